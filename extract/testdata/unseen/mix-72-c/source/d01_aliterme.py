# Giunta Municipale deliberation of Alì Terme: python-docx model, converted by LibreOffice Writer
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI ALÌ TERME\n"); r.bold = True; r.font.size = Pt(15)
h.add_run("Città Metropolitana di Messina\nVia Roma n. 1 – 98021 Alì Terme (ME) – C.F. 00399640838").font.size = Pt(9)
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
f.add_run("Deliberazione G.M. n. 41 del 12.5.2026").font.size = Pt(8)
def P(t, b=False, al=WD_ALIGN_PARAGRAPH.JUSTIFY, sz=11):
    p = d.add_paragraph(); p.alignment = al; r = p.add_run(t); r.bold = b; r.font.size = Pt(sz); return p
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", True, WD_ALIGN_PARAGRAPH.CENTER, 13)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, x in enumerate(["N. 41", "del 12.5.2026", "Proposta n. 52 del 8.5.2026"]): t.cell(0, i).text = x
m = t.cell(1, 0).merge(t.cell(1, 2)); m.text = "Ufficio proponente: Area Amministrativa – Servizi Sociali"
p = P("OGGETTO: ", True); p.add_run("Approvazione del progetto “Estate Serena 2026” per le attività ricreative in favore della popolazione anziana e assegnazione delle risorse al Responsabile dell’Area Amministrativa.").bold = True
P("L’anno duemilaventisei, il giorno dodici del mese di maggio, alle ore 13,00 e seguenti, nella sala delle adunanze della Casa Comunale, si è riunita la Giunta Municipale convocata nelle forme di legge. Risultano:")
rows = [("Carlo Giuseppe Rigano", "Sindaco", "X", ""), ("Tindara Crisafulli", "Vice Sindaco", "X", ""),
        ("Salvatore Bonaccorso", "Assessore", "", "X"), ("Maria Grazia Cannistrà", "Assessore", "X", "")]
t = d.add_table(rows=2, cols=4); t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(1, 0)); a.text = "Cognome e Nome"
b = t.cell(0, 1).merge(t.cell(1, 1)); b.text = "Carica"
c = t.cell(0, 2).merge(t.cell(0, 3)); c.text = "Presenze"
t.cell(1, 2).text = "P"; t.cell(1, 3).text = "A"
for row in rows:
    cs = t.add_row().cells
    for i, x in enumerate(row): cs[i].text = x
cs = t.add_row().cells; cs[0].merge(cs[1]).text = "Totale"; cs[2].text = "3"; cs[3].text = "1"
P("Presiede il Sindaco Carlo Giuseppe Rigano. Partecipa il Segretario Comunale dott.ssa Rosaria Lo Presti, che cura la redazione del presente verbale. Il Presidente, constatato il numero legale, dichiara aperta la seduta.")
P("LA GIUNTA MUNICIPALE", True, WD_ALIGN_PARAGRAPH.CENTER)
P("Vista la proposta di deliberazione n. 52 del 8.5.2026 predisposta dall’Area Amministrativa; visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991; ritenuto di dover garantire anche per la stagione estiva 2026 le attività di socializzazione in favore degli anziani residenti;")
P("Con voti unanimi e favorevoli, espressi nelle forme di legge,")
P("D E L I B E R A", True, WD_ALIGN_PARAGRAPH.CENTER)
for i, x in enumerate(["di approvare il progetto “Estate Serena 2026”, allegato alla proposta, per le attività ricreative e di socializzazione in favore della popolazione anziana;",
    "di assegnare al Responsabile dell’Area Amministrativa la somma di € 6.500,00 sul capitolo 1890 del bilancio di previsione 2026-2028, esercizio 2026;",
    "di demandare al Responsabile dell’Area Amministrativa l’adozione dei successivi atti gestionali;",
    "di dichiarare, con separata votazione unanime, il presente atto immediatamente esecutivo ai sensi dell’art. 12, comma 2, della L.R. 44/1991."], 1):
    P(f"{i}. {x}")
P("Letto, confermato e sottoscritto.")
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL SINDACO"; t.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
t.cell(1, 0).text = "Carlo Giuseppe Rigano"; t.cell(1, 1).text = "dott.ssa Rosaria Lo Presti"
d.save(sys.argv[1])
