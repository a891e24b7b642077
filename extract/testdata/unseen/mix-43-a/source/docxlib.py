# Small helpers over python-docx for the "Word template" documents.
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "r": WD_ALIGN_PARAGRAPH.RIGHT, None: None, "l": WD_ALIGN_PARAGRAPH.LEFT}
class Doc:
    def __init__(self, font="Liberation Serif", size=11, margins=(2.0, 2.0, 2.2, 2.0)):
        self.d = Document()
        s = self.d.sections[0]
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        st = self.d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.paragraph_format.space_after = Pt(3); st.paragraph_format.line_spacing = 1.1
        self.section = s
    def p(self, parts="", align=None, size=None, bold=False, italic=False, after=None, before=None, indent=None, first=None, target=None, color=None):
        doc = target if target is not None else self.d
        para = doc.add_paragraph()
        if AL[align] is not None: para.alignment = AL[align]
        if after is not None: para.paragraph_format.space_after = Pt(after)
        if before is not None: para.paragraph_format.space_before = Pt(before)
        if indent is not None: para.paragraph_format.left_indent = Cm(indent)
        if first is not None: para.paragraph_format.first_line_indent = Cm(first)
        if isinstance(parts, str): parts = [(parts, "")]
        for t, f in parts:
            r = para.add_run(t)
            r.bold = bold or "b" in f; r.italic = italic or "i" in f; r.underline = "u" in f
            if size: r.font.size = Pt(size)
            if color: r.font.color.rgb = RGBColor.from_string(color)
        return para
    def table(self, rows, widths, header=True, size=10, borders=True, bold_first_col=False, align=None):
        t = self.d.add_table(rows=len(rows), cols=len(widths))
        if borders: t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths): t.columns[j].width = Cm(w)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j); cell.width = Cm(widths[j])
                cell.paragraphs[0].text = ""
                r = cell.paragraphs[0].add_run(str(val)); r.font.size = Pt(size)
                r.bold = (header and i == 0) or (bold_first_col and j == 0)
                if align and align[j]: cell.paragraphs[0].alignment = AL[align[j]]
                cell.paragraphs[0].paragraph_format.space_after = Pt(1)
        return t
    def header_text(self, lines, align="c", size=9, bold_first=True):
        h = self.section.header; h.is_linked_to_previous = False
        first = True
        for ln in lines:
            para = h.paragraphs[0] if first else h.add_paragraph()
            para.alignment = AL[align]
            r = para.add_run(ln); r.font.size = Pt(size); r.bold = bold_first and first
            first = False
    def footer_text(self, text, size=8, page=True):
        f = self.section.footer; f.is_linked_to_previous = False
        para = f.paragraphs[0]; para.alignment = AL["c"]
        r = para.add_run(text); r.font.size = Pt(size)
        if page:
            r2 = para.add_run(" - Pag. "); r2.font.size = Pt(size)
            self._field(para, "PAGE", size)
            r3 = para.add_run(" di "); r3.font.size = Pt(size)
            self._field(para, "NUMPAGES", size)
    def _field(self, para, code, size):
        r = para.add_run(); r.font.size = Pt(size)
        a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin")
        b = OxmlElement("w:instrText"); b.set(qn("xml:space"), "preserve"); b.text = code
        c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end")
        r._r.append(a); r._r.append(b); r._r.append(c)
    def save(self, fn): self.d.save(fn)
