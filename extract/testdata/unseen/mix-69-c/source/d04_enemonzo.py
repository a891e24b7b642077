# Enemonzo: Consiglio comunale deliberation, python-docx (Word template) -> LibreOffice; build.sh then converts to PDF/A-2b with Ghostscript
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from docx.enum.table import WD_TABLE_ALIGNMENT
d = Document()
st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.6)
hp = sec.header.paragraphs[0]; hp.alignment = AL.CENTER
r = hp.add_run("COMUNE DI ENEMONZO"); r.bold = True; r.font.size = Pt(15)
hp2 = sec.header.add_paragraph("Regione Autonoma Friuli Venezia Giulia – Provincia di Udine"); hp2.alignment = AL.CENTER; hp2.runs[0].font.size = Pt(8.5)
fp = sec.footer.paragraphs[0]; fp.alignment = AL.CENTER
fr = fp.add_run("Deliberazione del Consiglio comunale n. 12 del 07/05/2026"); fr.font.size = Pt(8)
def P(text="", bold=False, align=AL.JUSTIFY, size=None, after=4):
    p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
    return p
P("ORIGINALE", bold=True, align=AL.RIGHT, size=9)
P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", bold=True, align=AL.CENTER, size=12.5)
P("Adunanza ordinaria di prima convocazione – seduta pubblica", align=AL.CENTER, size=9.5)
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "N. 12"; t.cell(0, 1).text = "OGGETTO: Approvazione del rendiconto della gestione per l'esercizio finanziario 2025."
t.cell(0, 0).width = Cm(2.5); t.cell(0, 1).width = Cm(14)
for c in t.rows[0].cells: c.paragraphs[0].runs[0].bold = True
P()
P("L'anno 2026, il giorno 7 del mese di maggio alle ore 20:00, nella sala consiliare del Municipio, a seguito di regolare convocazione, si è riunito il Consiglio comunale. Fatto l'appello nominale risultano:")
roll = [("Candotti Ivano", "Sindaco", True), ("De Crignis Mara", "Vice Sindaco", True), ("Tavoschi Renzo", "Consigliere", True),
        ("Screm Elisa", "Consigliere", True), ("Pellizzari Oscar", "Consigliere", False), ("Moro Sandra", "Consigliere", True),
        ("Zanier Walter", "Consigliere", True), ("Petris Gianni", "Consigliere", True), ("Del Fabbro Nadia", "Consigliere", True),
        ("Cimenti Loris", "Consigliere", True), ("Marsilio Daniela", "Consigliere", True)]
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, h in enumerate(("Cognome e nome", "Carica", "Presente", "Assente")):
    t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True
for n, ro, pr in roll:
    cs = t.add_row().cells; cs[0].text = n; cs[1].text = ro; cs[2].text = "Sì" if pr else ""; cs[3].text = "" if pr else "Sì"
    for c in cs[2:]: c.paragraphs[0].alignment = AL.CENTER
cs = t.add_row().cells; cs[0].text = "Totale"; cs[2].text = "10"; cs[3].text = "1"
P()
P("Assiste il Segretario comunale dott. Pierpaolo Gortani. Constatato il numero legale degli intervenuti, assume la presidenza il sig. Ivano Candotti nella sua qualità di Sindaco, il quale dichiara aperta la seduta.")
P("IL CONSIGLIO COMUNALE", bold=True, align=AL.CENTER)
for s in ["Visto l'art. 227 del D.Lgs. 18 agosto 2000, n. 267, che disciplina la formazione e l'approvazione del rendiconto della gestione;",
          "Vista la deliberazione della Giunta comunale n. 31 del 02/04/2026, con la quale è stato approvato lo schema di rendiconto per l'esercizio 2025 e la relazione illustrativa;",
          "Vista la relazione dell'Organo di revisione economico-finanziaria, acquisita al protocollo n. 1486 del 20/04/2026, con parere favorevole;",
          "Dato atto che il rendiconto chiude con un risultato di amministrazione di euro 612.347,18, di cui parte disponibile euro 184.905,40;",
          "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "Uditi gli interventi dei consiglieri, riportati nella registrazione della seduta;",
          "Con voti favorevoli n. 7, contrari n. 1 (Cimenti), astenuti n. 2 (Del Fabbro, Marsilio), espressi per alzata di mano da n. 10 consiglieri presenti, di cui n. 8 votanti,"]:
    P(s)
P("D E L I B E R A", bold=True, align=AL.CENTER)
for i, s in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che si allega quale parte integrante;",
                       "di approvare il risultato di amministrazione al 31/12/2025 in euro 612.347,18, nella composizione indicata in premessa;",
                       "di trasmettere il rendiconto alla banca dati delle amministrazioni pubbliche (BDAP) entro trenta giorni dall'approvazione."], 1):
    P("%d) %s" % (i, s))
P("Successivamente, con voti unanimi favorevoli resi da n. 10 consiglieri presenti e votanti, il Consiglio comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.")
P()
t = d.add_table(rows=2, cols=2)
t.cell(0, 0).text = "IL PRESIDENTE"; t.cell(0, 1).text = "IL SEGRETARIO COMUNALE"
t.cell(1, 0).text = "Ivano Candotti"; t.cell(1, 1).text = "dott. Pierpaolo Gortani"
for row in t.rows:
    for c in row.cells: c.paragraphs[0].alignment = AL.CENTER
d.core_properties.author = "Ufficio Segreteria"; d.core_properties.title = "Delibera CC 12/2026"
d.save(sys.argv[1])
