# Vignanello Giunta minute: python-docx (Word template with header/footer on every page, roll table with merged cells) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
hp = s.header.paragraphs[0]; hp.text = "COMUNE DI VIGNANELLO – Provincia di Viterbo\tGiunta Comunale"; hp.runs[0].font.size = Pt(8.5)
fp = s.footer.paragraphs[0]; fp.text = "Deliberazione G.C. n. 51 del 16/04/2026 – copia informatica conforme all'originale digitale"; fp.runs[0].font.size = Pt(8)
def P(t, b=False, c=False, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
P("COMUNE DI VIGNANELLO", True, True, 16); P("PROVINCIA DI VITERBO", False, True, 9)
P("COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", True, True, 12)
t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Numero 51"; t.cell(0, 1).text = "Seduta del 16/04/2026"
m = t.cell(1, 0).merge(t.cell(1, 1))
m.text = "OGGETTO: Concessione in uso temporaneo del Castello Ruspoli – piazzale esterno – per la manifestazione \"Vignanello in Festa\" 2026. Approvazione schema di accordo."
P("")
P("L'anno duemilaventisei, addì sedici del mese di aprile alle ore 13:15, nella Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:")
r = d.add_table(rows=1, cols=4); r.style = "Table Grid"
for i, h in enumerate(["Componente", "Qualifica", "Presente", "Assente"]): r.rows[0].cells[i].text = h
for n, q, pr in [("Scarnati Federico", "Sindaco", True), ("Pacifici Maria Grazia", "Vice Sindaco", True),
                 ("Anselmi Tiziano", "Assessore", False), ("Egidi Roberta", "Assessore", True), ("Fiordoni Marco", "Assessore", True)]:
    row = r.add_row().cells; row[0].text = n; row[1].text = q; row[2].text = "X" if pr else ""; row[3].text = "" if pr else "X"
tot = r.add_row().cells; m = tot[0].merge(tot[1]); m.text = "Totale presenti 4 – assenti 1"; m2 = tot[2].merge(tot[3]); m2.text = ""
P("")
P("Partecipa il Vice Segretario Comunale dott. Alessandro Ceccarelli, incaricato della redazione del verbale. Il Sindaco, Federico Scarnati, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopra indicato.")
P("LA GIUNTA COMUNALE", True, True)
for x in ["Premesso che l'Associazione Pro Loco Vignanello ha chiesto, con nota prot. n. 4127 del 02/04/2026, l'uso del piazzale esterno del Castello Ruspoli per lo svolgimento della manifestazione \"Vignanello in Festa\" nei giorni 30 e 31 maggio 2026;",
          "Considerato che la manifestazione rientra tra le iniziative di promozione turistica e culturale del territorio previste dal Documento Unico di Programmazione 2026-2028;",
          "Visto lo schema di accordo predisposto dal Servizio Cultura e Turismo, che disciplina modalità d'uso, obblighi di custodia e pulizia, e coperture assicurative;",
          "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile dell'Area Amministrativa e dal Responsabile dell'Area Finanziaria;",
          "Con voti unanimi resi nei modi di legge,"]:
    P(x)
P("DELIBERA", True, True)
for i, x in enumerate(["Di concedere in uso temporaneo e gratuito all'Associazione Pro Loco Vignanello il piazzale esterno del Castello Ruspoli nei giorni 30 e 31 maggio 2026 per la manifestazione \"Vignanello in Festa\".",
          "Di approvare lo schema di accordo allegato al presente atto quale parte integrante e sostanziale.",
          "Di demandare al Responsabile dell'Area Amministrativa la sottoscrizione dell'accordo e gli adempimenti conseguenti.",
          "Di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."], 1):
    P("%d) %s" % (i, x))
P("")
P("Letto, confermato e sottoscritto.")
f = d.add_table(rows=2, cols=2)
f.cell(0, 0).text = "IL SINDACO"; f.cell(0, 1).text = "IL VICE SEGRETARIO COMUNALE"
f.cell(1, 0).text = "F.to Federico Scarnati"; f.cell(1, 1).text = "F.to dott. Alessandro Ceccarelli"
P("")
P("ATTESTATO DI PUBBLICAZIONE", True, True)
P("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line per quindici giorni consecutivi dal 17/04/2026 (Reg. pubbl. n. 402) e contestualmente comunicata ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.")
P("Vignanello, 17/04/2026\t\tIl Messo Comunale – F.to Gianni Bracaglia")
d.save(sys.argv[1])
