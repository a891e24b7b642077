# python-docx Word document (header with body, footer with register), converted by LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as A
out = sys.argv[1]
d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
h = sec.header.paragraphs[0]; h.text = "COMUNE DI BLERA – Provincia di Viterbo\tVerbale G.C."; h.runs[0].bold = True
f = sec.footer.paragraphs[0]; f.text = "Via Roma, 6 – 01010 Blera (VT) – PEC protocollo@pec.comune.blera.vt.it"; f.alignment = A.CENTER
def P(t, b=False, al=A.JUSTIFY, sz=None):
    p = d.add_paragraph(); r = p.add_run(t); r.bold = b; p.alignment = al
    if sz: r.font.size = Pt(sz)
    return p
P("COMUNE DI BLERA", True, A.CENTER, 16); P("Provincia di Viterbo", False, A.CENTER)
P("DELIBERAZIONE DELLA GIUNTA COMUNALE", True, A.CENTER, 12)
t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
for i, (a, b) in enumerate((("Numero", "N. 26/2026"), ("Data", "20 marzo 2026"), ("Ora", "13:00"))):
    t.cell(0, i).text = a; t.cell(1, i).text = b
P("")
P("Oggetto: Approvazione del progetto “Estate ragazzi 2026” e determinazione delle tariffe di partecipazione.", True)
P("L'anno duemilaventisei, addì venti del mese di marzo, alle ore 13:00, nella Sede Municipale, si è riunita la Giunta Comunale. Presiede il Vicesindaco Paola Ciucci, in sostituzione del Sindaco assente. Partecipa il Segretario Comunale dott. Alessandro Ruspantini, che redige il verbale. Risultano:")
r = d.add_table(rows=1, cols=4); r.style = "Table Grid"
for i, x in enumerate(("Cognome e Nome", "Carica", "P", "A")): r.rows[0].cells[i].text = x
for row in (("Mancini Elena", "Sindaco", "", "A"), ("Ciucci Paola", "Vicesindaco", "P", ""), ("Bartoli Giacomo", "Assessore anziano", "P", ""), ("Fiorentini Sonia", "Assessore", "P", "")):
    cs = r.add_row().cells
    for i, x in enumerate(row): cs[i].text = x
P("")
P("LA GIUNTA COMUNALE", True, A.CENTER)
P("Premesso che l'Amministrazione intende organizzare, nei mesi di luglio e agosto 2026, un centro estivo per i ragazzi dai 6 ai 14 anni; visto il progetto predisposto dall'Ufficio Servizi Sociali; visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
P("Con voti favorevoli due, contrari nessuno, astenuti uno (Bartoli), espressi in forma palese,")
P("DELIBERA", True, A.CENTER)
for i, x in enumerate(("di approvare il progetto “Estate ragazzi 2026”, allegato quale parte integrante;",
                       "di determinare la tariffa settimanale di partecipazione in euro 45,00, ridotta a euro 30,00 per il secondo figlio;",
                       "di demandare al Responsabile dell'Area Servizi Sociali l'adozione degli atti gestionali conseguenti."), 1):
    P("%d) %s" % (i, x))
P("Successivamente, con separata votazione unanime, la Giunta dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
P("Letto, approvato e sottoscritto", True, A.CENTER)
g = d.add_table(rows=2, cols=2); g.style = "Table Grid"
g.cell(0, 0).text = "IL VICESINDACO"; g.cell(0, 1).text = "IL SEGRETARIO COMUNALE"; g.cell(1, 0).text = "Paola Ciucci"; g.cell(1, 1).text = "dott. Alessandro Ruspantini"
for row in g.rows:
    for c in row.cells: c.paragraphs[0].alignment = A.CENTER
d.save(out)
