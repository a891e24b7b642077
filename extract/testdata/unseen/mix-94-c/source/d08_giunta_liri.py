# python-docx: minute of the Giunta dell'Unione, roll as a table with P/A marks; LibreOffice prints it
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document(); s = d.styles["Normal"]; s.font.name = "Calibri"; s.font.size = Pt(11)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
h = sec.header.paragraphs[0]; h.text = "UNIONE DEI COMUNI DELLA MEDIA VALLE DEL LIRI\nProvincia di Frosinone"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True
f = sec.footer.paragraphs[0]; f.text = "Deliberazione di Giunta dell'Unione n. 6 del 10/02/2026"; f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
def P(t, b=False, c=False):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b
    if c: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p
P("VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", True, True)
P("N. 6", True, True)
P("OGGETTO: Approvazione del Piano intercomunale di protezione civile – aggiornamento 2026.", True)
P("L'anno duemilaventisei, addì dieci del mese di febbraio, alle ore 17:00, nella sede dell'Unione, convocata nelle forme di legge, si è riunita la Giunta dell'Unione nelle persone dei Signori:")
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, x in enumerate(["Cognome e nome", "Carica", "Presente", "Assente"]): t.rows[0].cells[i].text = x
for n, r, pr in [("Di Palma Roberto", "Presidente", True), ("Capuano Marina", "Vice Presidente", True), ("Tomassi Luigi", "Assessore", False), ("Mancini Fabio", "Assessore", True), ("Pantano Giulia", "Assessore", True)]:
    c = t.add_row().cells; c[0].text = n; c[1].text = r; c[2].text = "X" if pr else ""; c[3].text = "" if pr else "X"
P("Presenti n. 4 – Assenti n. 1")
P("Partecipa il Segretario dell'Unione dott. Vincenzo Ruggiero, incaricato della redazione del verbale. Il Presidente Roberto Di Palma, constatato il numero legale, dichiara aperta la seduta.")
P("LA GIUNTA DELL'UNIONE", True, True)
P("Vista la proposta n. 9 del 03/02/2026 del Servizio associato di Protezione civile;")
P("Visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
P("Con voti unanimi, espressi in forma palese;")
P("DELIBERA", True, True)
P("1. di approvare l'aggiornamento 2026 del Piano intercomunale di protezione civile, allegato al presente atto;")
P("2. di trasmettere il Piano alla Prefettura di Frosinone e alla Regione Lazio – Agenzia regionale di Protezione civile;")
P("3. di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, confermato e sottoscritto.")
t2 = d.add_table(rows=2, cols=2)
t2.rows[0].cells[0].text = "IL PRESIDENTE"; t2.rows[0].cells[1].text = "IL SEGRETARIO"
t2.rows[1].cells[0].text = "Roberto Di Palma"; t2.rows[1].cells[1].text = "dott. Vincenzo Ruggiero"
d.save(sys.argv[1])
