#!/usr/bin/env python3
"""Write one act as .docx (python-docx), for LibreOffice export. usage: docx_make.py ACT_ID OUT.docx"""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from acts import BY_ID, HOUSES, all_points, tail, point_label

a = BY_ID[sys.argv[1]]
h = HOUSES[a["house"]]
st = h["style"]
org = a["organ"].upper()
d = Document()
s = d.styles["Normal"]
s.font.name = "Liberation Sans" if st != "halley" else "Liberation Serif"
s.font.size = Pt(10.5)
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)

# letterhead in the page header
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run(h["comune"] + "\n"); r.bold = True; r.font.size = Pt(16)
r = hp.add_run(h["prov"]); r.font.size = Pt(10)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("%s n. %d del %s" % ("Delibera di " + a["organ"], a["number"], a["date"] if st != "datagraph" else a["date"].replace("/", ".")))
fr.font.size = Pt(8)


def para(text, bold=False, center=False, size=None, just=True, space=4):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else (WD_ALIGN_PARAGRAPH.JUSTIFY if just else WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(space)
    return p


if st == "halley":
    para("COPIA", bold=True, just=False)
    para("VERBALE DI DELIBERAZIONE DEL %s" % org, bold=True, center=True, size=12)
    if a.get("session"):
        para(a["session"], center=True, size=9)
    para("N. %d del %s" % (a["number"], a["date"]), bold=True, center=True)
    t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.cell(0, 0).paragraphs[0]
    c.add_run("OGGETTO: ").bold = True
    c.add_run(a["subject"]).bold = True
elif st == "sicraweb":
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    t.cell(0, 0).paragraphs[0].add_run("DELIBERAZIONE DEL " + org).bold = True
    t.cell(0, 0).add_paragraph(a.get("session", ""))
    t.cell(0, 1).paragraphs[0].add_run("N. %d" % a["number"]).bold = True
    t.cell(0, 2).paragraphs[0].add_run("Data %s" % a["date"]).bold = True
    m = t.cell(1, 0).merge(t.cell(1, 2))
    m.paragraphs[0].add_run("Oggetto: ").bold = True
    m.paragraphs[0].add_run(a["subject"])
else:
    para("ORIGINALE", bold=True, just=False, size=9)
    para("VERBALE DI DELIBERAZIONE DELLA %s" % org, bold=True, center=True, size=12)
    para("N. %d del %s" % (a["number"], a["date"].replace("/", ".")), bold=True, center=True)
    p = d.add_paragraph(); p.add_run("OGGETTO: ").bold = True; p.add_run(a["subject"])
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

para("")
para(a["opening"])
roll = a["roll"]
roles = roll[0]["role"] is not None
cols = 4 if roles else 3
t = d.add_table(rows=1 + len(roll), cols=cols); t.style = "Table Grid"
hdr = ["Cognome e Nome"] + (["Carica"] if roles else []) + ["Pres.", "Ass."]
for i, x in enumerate(hdr):
    t.cell(0, i).paragraphs[0].add_run(x).bold = True
for j, m in enumerate(roll, 1):
    vals = [m["name"]] + ([m["role"]] if roles else []) + (["X", ""] if m["present"] else ["", "X"])
    for i, x in enumerate(vals):
        t.cell(j, i).text = x
para("")
for p in a["after_roll"]:
    para(p)
if a.get("proposal"):
    n, dd, off = a["proposal"]
    para("Proposta n. %s del %s – Ufficio proponente: %s" % (n, dd, off), size=9)
para("LA " + org if org.startswith("GIUNTA") else "IL " + org, bold=True, center=True)
for p in a["premises"]:
    para(p)
para(a["verb"], bold=True, center=True)
for i, p in enumerate(all_points(a)):
    lab = point_label(a, i)
    q = para((lab + "\t" if lab else "") + p)
    q.paragraph_format.left_indent = Cm(0.8 if lab else 0)
    q.paragraph_format.first_line_indent = Cm(-0.8 if lab else 0)
for p in tail(a):
    para(p)
para("Letto, confermato e sottoscritto.", size=9)
t = d.add_table(rows=2, cols=2)
for i, (ti, nm) in enumerate(a["signs"]):
    t.cell(0, i).paragraphs[0].add_run(ti).bold = True
    t.cell(0, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, i).text = nm
    t.cell(1, i).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(sys.argv[2])
