# Small helpers over odfpy to write .odt files that LibreOffice Writer turns into PDF.
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Footer, Header, FontFace, HeaderStyle, FooterStyle,
                       HeaderFooterProperties)
from odf.text import P, Span, PageNumber, PageCount, LineBreak, Tab
from odf.table import Table, TableColumn, TableRow, TableCell


class Doc:
    def __init__(self, font="Liberation Serif", size="11pt", landscape=False,
                 margins=("2cm", "2cm", "2cm", "2cm")):
        self.d = OpenDocumentText()
        self.font = font
        for f in ("Liberation Serif", "Liberation Sans", "DejaVu Sans", "Nimbus Sans Narrow",
                  "Linux Libertine O", "Nimbus Roman", "DejaVu Sans Condensed"):
            self.d.fontfacedecls.addElement(FontFace(name=f, fontfamily=f))
        self._n = 0
        pl = PageLayout(name="PL1")
        w, h = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h,
                                           printorientation="landscape" if landscape else "portrait",
                                           margintop=margins[0], marginbottom=margins[1],
                                           marginleft=margins[2], marginright=margins[3]))
        hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0cm", marginbottom="0.4cm"))
        fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.4cm"))
        pl.addElement(hs); pl.addElement(fs)
        self.d.automaticstyles.addElement(pl)
        self.mp = MasterPage(name="Standard", pagelayoutname=pl)
        self.d.masterstyles.addElement(self.mp)
        self.styles = {}

    def pstyle(self, size=None, bold=False, italic=False, align="justify", font=None,
               before="0cm", after="0.15cm", indent=None, underline=False, border=None,
               caps=False, bg=None, keep=False, margin_left=None):
        key = (size, bold, italic, align, font, before, after, indent, underline, border, caps, bg,
               keep, margin_left)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        s = Style(name="P%d" % self._n, family="paragraph")
        tp = dict(fontname=font or self.font, fontsize=size or "11pt")
        tp["fontsizeasian"] = tp["fontsize"]
        tp["fontsizecomplex"] = tp["fontsize"]
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if underline:
            tp["textunderlinestyle"] = "solid"; tp["textunderlinewidth"] = "auto"
            tp["textunderlinecolor"] = "font-color"
        if caps:
            tp["texttransform"] = "uppercase"
        s.addElement(TextProperties(**tp))
        pp = dict(textalign=align, margintop=before, marginbottom=after)
        if indent:
            pp["textindent"] = indent
        if margin_left:
            pp["marginleft"] = margin_left
        if border:
            pp["border"] = border; pp["padding"] = "0.15cm"
        if bg:
            pp["backgroundcolor"] = bg
        if keep:
            pp["keepwithnext"] = "always"
        s.addElement(ParagraphProperties(**pp))
        self.d.automaticstyles.addElement(s)
        self.styles[key] = s
        return s

    def tstyle(self, bold=False, italic=False, size=None):
        key = ("T", bold, italic, size)
        if key in self.styles:
            return self.styles[key]
        self._n += 1
        s = Style(name="T%d" % self._n, family="text")
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        s.addElement(TextProperties(**tp))
        self.d.automaticstyles.addElement(s)
        self.styles[key] = s
        return s

    def para(self, runs, target=None, **kw):
        """runs: str or list of (text, {'b':..,'i':..}) or str; '\n' -> line break, '\t' -> tab"""
        p = P(stylename=self.pstyle(**kw))
        if isinstance(runs, str):
            runs = [runs]
        for r in runs:
            if isinstance(r, str):
                txt, fmt = r, {}
            else:
                txt, fmt = r
            parent = p
            if fmt:
                sp = Span(stylename=self.tstyle(bold=fmt.get("b", False), italic=fmt.get("i", False),
                                               size=fmt.get("size")))
                p.addElement(sp)
                parent = sp
            self._add_text(parent, txt)
        (target if target is not None else self.d.text).addElement(p)
        return p

    def _add_text(self, parent, txt):
        parts = txt.split("\n")
        for i, part in enumerate(parts):
            if i:
                parent.addElement(LineBreak())
            tparts = part.split("\t")
            for j, tp in enumerate(tparts):
                if j:
                    parent.addElement(Tab())
                if tp:
                    parent.addText(tp)

    def table(self, widths, rows, border="0.5pt solid #000000", pad="0.08cm", target=None,
              cellkw=None, header_bg=None, width_total=None, align="center", bg_rows=None):
        """rows: list of rows; each cell is str, or dict(text=..., kw=..., span=n)"""
        self._n += 1
        tname = "Tab%d" % self._n
        ts = Style(name=tname, family="table")
        tot = width_total or "%.2fcm" % sum(widths)
        ts.addElement(TableProperties(width=tot, align=align))
        self.d.automaticstyles.addElement(ts)
        t = Table(name=tname, stylename=ts)
        for i, w in enumerate(widths):
            cs = Style(name="%s.C%d" % (tname, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.d.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        cellstyles = {}

        def cstyle(bg, brd):
            k = (bg, brd)
            if k not in cellstyles:
                self._n += 1
                s = Style(name="%s.X%d" % (tname, self._n), family="table-cell")
                props = dict(padding=pad, border=brd or "none")
                if bg:
                    props["backgroundcolor"] = bg
                s.addElement(TableCellProperties(**props))
                self.d.automaticstyles.addElement(s)
                cellstyles[k] = s
            return cellstyles[k]

        for ri, row in enumerate(rows):
            tr = TableRow()
            for cell in row:
                if not isinstance(cell, dict):
                    cell = dict(text=cell)
                bg = cell.get("bg") or (header_bg if ri == 0 and header_bg else None)
                if bg_rows and ri in bg_rows:
                    bg = bg_rows[ri]
                attrs = dict(stylename=cstyle(bg, cell.get("border", border)), valuetype="string")
                if cell.get("span", 1) > 1:
                    attrs["numbercolumnsspanned"] = cell["span"]
                tc = TableCell(**attrs)
                kw = dict(cellkw or {})
                kw.update(cell.get("kw", {}))
                kw.setdefault("after", "0cm")
                texts = cell["text"] if isinstance(cell["text"], list) and cell["text"] and isinstance(cell["text"][0], list) else [cell["text"]]
                for tx in texts:
                    self.para(tx, target=tc, **kw)
                tr.addElement(tc)
                for _ in range(cell.get("span", 1) - 1):
                    from odf.table import CoveredTableCell
                    tr.addElement(CoveredTableCell())
            t.addElement(tr)
        (target if target is not None else self.d.text).addElement(t)
        return t

    def header(self):
        h = Header()
        self.mp.addElement(h)
        return h

    def footer(self):
        f = Footer()
        self.mp.addElement(f)
        return f

    def page_x_of_y(self, target, prefix, **kw):
        p = P(stylename=self.pstyle(**kw))
        p.addText(prefix)
        p.addElement(PageNumber(selectpage="current", numformat="1"))
        p.addText(" di ")
        p.addElement(PageCount(numformat="1"))
        target.addElement(p)

    def save(self, path):
        self.d.save(path)
