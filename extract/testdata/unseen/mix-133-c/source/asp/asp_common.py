"""Shared pieces of the ASP Vittorio Fossombroni Word model (letterhead in the page header, footer with
the act's reference and page x of y)."""
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def field(run, instr):
    for kind, text in (('begin', None), ('instr', instr), ('separate', None), ('text', '1'), ('end', None)):
        if kind == 'instr':
            el = OxmlElement('w:instrText'); el.set(qn('xml:space'), 'preserve'); el.text = text
        elif kind == 'text':
            el = OxmlElement('w:t'); el.text = text
        else:
            el = OxmlElement('w:fldChar'); el.set(qn('w:fldCharType'), kind)
        run._r.append(el)


def bottom_border(p, sz=12, color='1F3A6E'):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement('w:pBdr')
    e = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', str(sz)), ('w:space', '4'), ('w:color', color)):
        e.set(qn(k), v)
    b.append(e); pPr.append(b)



def setup(doc, footer_ref):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(18), Mm(20)
    sec.header_distance, sec.footer_distance = Mm(9), Mm(9)
    st = doc.styles['Normal']
    st.font.name = 'Liberation Serif'
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Liberation Serif')
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.12
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Mm(166))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    ht.columns[0].width = Mm(22); ht.columns[1].width = Mm(144)
    c0, c1 = ht.rows[0].cells
    c0.width = Mm(22); c1.width = Mm(144)
    c0.paragraphs[0].add_run().add_picture('logo.png', width=Mm(17))
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('AZIENDA PUBBLICA DI SERVIZI ALLA PERSONA'); r.bold = True; r.font.size = Pt(13)
    r.font.name = 'Liberation Sans'; r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6E)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('VITTORIO FOSSOMBRONI'); r.bold = True; r.font.size = Pt(15); r.font.name = 'Liberation Sans'
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6E)
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('Casa di Riposo – Piaggetta Faenzi – 52100 Arezzo – P.IVA 01126870512'); r.font.size = Pt(8.5)
    r.font.name = 'Liberation Sans'
    hp = hdr.paragraphs[0]                      # python-docx leaves an empty paragraph above the table
    hp.paragraph_format.space_after = Pt(0)
    hp.add_run().font.size = Pt(2)
    hp2 = hdr.add_paragraph()
    bottom_border(hp2)
    hp2.paragraph_format.space_after = Pt(2)
    hp2.add_run().font.size = Pt(4)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t, instr in ((footer_ref + ' – Pagina ', 'PAGE'), (' di ', 'NUMPAGES')):
        r = fp.add_run(t); r.font.size = Pt(8); r.font.name = 'Liberation Sans'
        r = fp.add_run(); r.font.size = Pt(8); r.font.name = 'Liberation Sans'; field(r, instr)
    return sec
