# Comune di Roccagloriosa - certificate of publication of Giunta deliberation 23/2026 (Word form, python-docx;
# the PDF is made by LibreOffice). Letterhead in the page header, act data in a label table.
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2.2)
st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(12)
h = s.header.paragraphs[0]; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = h.add_run("COMUNE DI ROCCAGLORIOSA\n"); r.bold = True; r.font.size = Pt(16)
r = h.add_run("Provincia di Salerno"); r.italic = True
f = s.footer.paragraphs[0]; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = f.add_run("Via Roma, 1 – 84060 Roccagloriosa (SA) – Ufficio Segreteria"); r.font.size = Pt(8)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("CERTIFICATO DI PUBBLICAZIONE"); r.bold = True; r.font.size = Pt(15)
p = d.add_paragraph("(art. 124 del D.Lgs. 18 agosto 2000, n. 267)"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "23"), ("Data", "24.3.2026"),
             ("Oggetto", "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Roccagloriosa – Acquavena. CUP D27H26000120004."),
             ("Registro pubblicazioni", "n. 142 / 2026")]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True; row[0].width = Cm(4.5); row[1].width = Cm(12)
d.add_paragraph()
p = d.add_paragraph("Il sottoscritto Segretario Comunale, su conforme attestazione del Messo comunale, CERTIFICA che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 27.3.2026 e vi rimarrà per quindici giorni consecutivi, fino al 11.4.2026, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.")
p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
p = d.add_paragraph("La deliberazione è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000)."); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
d.add_paragraph("Roccagloriosa, 27.3.2026")
for line in ["IL MESSO COMUNALE", "Rocco Speranza", "", "IL SEGRETARIO COMUNALE", "dott.ssa Carmela Pinto"]:
    p = d.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
d.save(sys.argv[1])
