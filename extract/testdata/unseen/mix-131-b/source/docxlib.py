"""python-docx helpers shared by the Writer-made documents."""
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Pt


def field(run, instr):
    for kind, text in (('begin', None), (None, instr), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            el = OxmlElement('w:fldChar')
            el.set(qn('w:fldCharType'), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement('w:instrText')
            el.set(qn('xml:space'), 'preserve')
            el.text = ' %s ' % instr
            run._r.append(el)
        else:
            el = OxmlElement('w:t')
            el.text = text
            run._r.append(el)


def borders(table, sz=4):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:color'), '000000')
        b.append(el)
    pr.append(b)


def cell_border(cell, sides='top,left,bottom,right', sz=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for e in sides.split(','):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:color'), '000000')
        b.append(el)
    tcPr.append(b)


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), fill)
    tcPr.append(sh)


def para(container, text='', bold=False, italic=False, size=11, align=None, before=0, after=4,
         font=None, indent=None, first=None):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if font:
            r.font.name = font
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.left_indent = indent
    if first is not None:
        pf.first_line_indent = first
    return p


def set_cell(cell, text, bold=False, size=10, align=None, italic=False):
    cell.text = ''
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    return p


def widths(table, ws):
    table.autofit = False
    for col, w in zip(table.columns, ws):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, ws):
            c.width = w
