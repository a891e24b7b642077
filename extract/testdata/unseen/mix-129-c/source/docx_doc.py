"""Bedizzole n. 83: the Sicraweb-like model as a Word document (python-docx), exported by LibreOffice."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
from acts import ACTS, num_date
import common as C
OUT = sys.argv[1]
for a in ACTS:
    if a["producer"] != "libreoffice-docx": continue
    d = Document()
    s = d.sections[0]; s.page_height = Cm(29.7); s.page_width = Cm(21); s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.6)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    hp = s.header.paragraphs[0]; hp.text = f"Comune di Bedizzole - Deliberazione di Giunta Comunale n. {a['number']} del {num_date(a['date'])}"; hp.alignment = AL.CENTER
    hp.runs[0].font.size = Pt(8); hp.runs[0].italic = True
    fp = s.footer.paragraphs[0]; fp.text = f"Delibera G.C. n. {a['number']}/2028 - Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005"; fp.alignment = AL.CENTER; fp.runs[0].font.size = Pt(7.5)
    t = d.add_table(rows=1, cols=2); t.autofit = False
    c0, c1 = t.rows[0].cells; c0.width = Cm(11); c1.width = Cm(6)
    p = c0.paragraphs[0]; r = p.add_run("COMUNE DI BEDIZZOLE"); r.bold = True; r.font.size = Pt(16); r.font.name = "Liberation Serif"
    p = c0.add_paragraph(); r = p.add_run("Provincia di Brescia"); r.font.name = "Liberation Serif"
    p = c0.add_paragraph(); r = p.add_run("Piazza Vittorio Emanuele II, 1 - 25081 Bedizzole (BS)"); r.font.size = Pt(8)
    c1.paragraphs[0].add_run("Codice ente 10989").font.size = Pt(8)
    p = c1.add_paragraph(); r = p.add_run(f"DELIBERAZIONE N. {a['number']}"); r.bold = True
    c1.add_paragraph(f"in data {num_date(a['date'])}")
    for pp in c1.paragraphs: pp.alignment = AL.CENTER
    t.style = "Table Grid"
    p = d.add_paragraph(); p.alignment = AL.CENTER; r = p.add_run("VERBALE DI " + C.kind_title(a)); r.bold = True; r.font.size = Pt(12)
    p = d.add_paragraph(); r = p.add_run(C.proposal_line(a)); r.italic = True; r.font.size = Pt(8.5)
    p = d.add_paragraph(); r = p.add_run("OGGETTO: "); r.bold = True; r = p.add_run(a["subject"]); r.bold = True
    p = d.add_paragraph(C.opening(a) + " " + C.assist(a)); p.alignment = AL.JUSTIFY
    d.add_paragraph("All'appello risultano:")
    for r_ in a["roll"]:
        p = d.add_paragraph(style="List Number")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5)); p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
        p.add_run(f"{r_['name']}\t{r_['role']}\t{'presente' if r_['present'] else 'assente'}")
        p.paragraph_format.space_after = Pt(0)
    np = sum(r_["present"] for r_ in a["roll"])
    d.add_paragraph(f"Presenti n. {np}            Assenti n. {len(a['roll']) - np}")
    p = d.add_paragraph(C.presides(a)); p.alignment = AL.JUSTIFY
    p = d.add_paragraph(); p.alignment = AL.CENTER; p.add_run("LA GIUNTA COMUNALE").bold = True
    for x in C.premesse(a):
        p = d.add_paragraph(x); p.alignment = AL.JUSTIFY
    p = d.add_paragraph(); p.alignment = AL.CENTER; p.add_run("DELIBERA").bold = True
    for i, x in enumerate(a["points"], 1):
        p = d.add_paragraph(f"{i}. {x}"); p.alignment = AL.JUSTIFY; p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    p = d.add_paragraph(C.ie_text(a)); p.alignment = AL.JUSTIFY
    d.add_paragraph("Letto, approvato e sottoscritto.")
    t = d.add_table(rows=2, cols=2)
    (r1, n1), (r2, n2) = C.sig(a)
    t.cell(0, 0).paragraphs[0].add_run(r1).bold = True; t.cell(0, 1).paragraphs[0].add_run(r2).bold = True
    t.cell(1, 0).text = n1; t.cell(1, 1).text = n2
    d.save(f"{OUT}/{a['file'][:-4]}.docx")
