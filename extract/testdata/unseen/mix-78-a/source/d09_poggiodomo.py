# Comune di Poggiodomo (PG): certificate of publication of a Giunta deliberation, Word form (python-docx) -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
h = s.header.paragraphs[0]; h.text = "COMUNE DI POGGIODOMO\nProvincia di Perugia"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in h.runs: r.bold = True; r.font.size = Pt(13)
f = s.footer.paragraphs[0]; f.text = "Via del Municipio, 1 – 06040 Poggiodomo (PG) – PEC: comune.poggiodomo@postacert.umbria.it"; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in f.runs: r.font.size = Pt(8)
def p(t, b=False, c=False, sz=None):
    q = d.add_paragraph(); r = q.add_run(t); r.bold = b
    if sz: r.font.size = Pt(sz)
    if c: q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else: q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return q
p("CERTIFICATO DI PUBBLICAZIONE", True, True, 14)
p("(art. 124 del D.Lgs. 18 agosto 2000, n. 267)", False, True, 10)
t = d.add_table(rows=5, cols=2); t.style = "Table Grid"
cells = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "22"), ("Data", "2 aprile 2026"),
         ("Oggetto", "APPROVAZIONE DEL PIANO DI PROTEZIONE CIVILE COMUNALE – AGGIORNAMENTO 2026 DELLE SCHEDE DI SCENARIO PER IL RISCHIO SISMICO E IDROGEOLOGICO"),
         ("Registro pubblicazioni", "n. 97")]
for row, (a, b) in zip(t.rows, cells):
    row.cells[0].text = a; row.cells[1].text = b; row.cells[0].paragraphs[0].runs[0].bold = True
    row.cells[0].width = Cm(4.5); row.cells[1].width = Cm(12)
d.add_paragraph()
p("Il sottoscritto Vicesegretario comunale, visti gli atti d'ufficio,")
p("CERTIFICA", True, True)
p("che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 7 aprile 2026 e vi rimarrà per quindici giorni consecutivi, fino al 22 aprile 2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000;")
p("che la stessa è stata comunicata ai capigruppo consiliari con nota prot. n. 611 del 7 aprile 2026, ai sensi dell'art. 125 del D.Lgs. 267/2000.")
p("Poggiodomo, 7 aprile 2026")
q = p("IL VICESEGRETARIO COMUNALE\ndott. Lorenzo Cesaroni"); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.save(sys.argv[1])
