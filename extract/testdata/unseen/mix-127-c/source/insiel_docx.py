# -*- coding: utf-8 -*-
"""San Canzian d'Isonzo's Insiel 80-column report pasted into Word (Liberation Mono),
with the act's number as a running head, exported by LibreOffice. The DELIBERA line
is letter-spaced by character spacing instead of typed spaces.

usage: python3 insiel_docx.py FILE.pdf OUT.docx
"""
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import data
import insiel_text as it


def field(p, instr):
    r = p.add_run()
    r.font.size = Pt(8)
    r.font.name = "Liberation Mono"
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    ins = OxmlElement("w:instrText"); ins.set(qn("xml:space"), "preserve"); ins.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for x in (f1, ins, f2, t, f3):
        r._r.append(x)


def build(a, out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Mono"; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Mono")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.0
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2.2), Cm(1.5), Cm(1.8), Cm(1.6)
    hp = s.header.paragraphs[0]
    r = hp.add_run(it.head_line(a) + "    Pag. "); r.font.size = Pt(8)
    field(hp, "PAGE")
    for ln in it.lines(a, spaced=False):
        p = doc.add_paragraph()
        if ln.strip() == "DELIBERA":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run("DELIBERA"); r.bold = True
            rPr = r._r.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "140"); rPr.append(sp)
        else:
            r = p.add_run(ln)
            if ln.startswith(("COMUNE DI", "OGGETTO:")) or ln.strip().startswith("VERBALE DI"):
                r.bold = True
    doc.core_properties.author = "Insiel - Delibere"
    doc.core_properties.title = it.head_line(a)
    doc.save(out)


if __name__ == "__main__":
    build(data.BY_FILE[sys.argv[1]], sys.argv[2])
