"""Minimal writer of flat ODF text documents (.fodt) for municipal acts.

Inline markup in text: **bold**, //italic//, __underline__, ^^small caps^^,
\t = tab, \n inside a paragraph = line break. U+00AD soft hyphens pass through."""
import base64, re
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')


def inline(text):
    out = []
    for part in re.split(r"(\*\*.+?\*\*|//.+?//|__.+?__|\^\^.+?\^\^)", text):
        if not part:
            continue
        for sty, mark in (("TB", "**"), ("TI", "//"), ("TU", "__"), ("TSC", "^^")):
            if part.startswith(mark) and part.endswith(mark) and len(part) > 4:
                out.append('<text:span text:style-name="%s">%s</text:span>' % (sty, inline_plain(part[2:-2])))
                break
        else:
            out.append(inline_plain(part))
    return "".join(out)


def inline_plain(s):
    s = escape(s)
    s = s.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    s = s.replace("{PAGE}", '<text:page-number text:select-page="current">1</text:page-number>')
    s = s.replace("{PAGES}", "<text:page-count>1</text:page-count>")
    s = re.sub(r"  +", lambda m: " " + '<text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)
    return s


class Doc:
    def __init__(self, font="Liberation Serif", size="11pt", margins=("2cm", "2cm", "2cm", "2cm")):
        self.font, self.size, self.margins = font, size, margins
        self.auto = []      # automatic styles
        self.body = []
        self.header = ""
        self.footer = ""
        self.n = 0
        self.images = {}
        self.extra_styles = []
        self.fonts = {font, "Liberation Sans", "Liberation Serif", "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed"}

    def _name(self, p):
        self.n += 1
        return "%s%d" % (p, self.n)

    # ---- paragraph style on the fly
    def pstyle(self, align="justify", size=None, bold=False, font=None, before="0cm", after="0.12cm",
               indent=None, first=None, tabs=(), border=None, keep=False, italic=False, line=None, parent="Standard", bg=None, color=None, right=None, pagebreak=False):
        nm = self._name("P")
        pp = ['fo:text-align="%s"' % align, 'fo:margin-top="%s"' % before, 'fo:margin-bottom="%s"' % after]
        if indent: pp.append('fo:margin-left="%s"' % indent)
        if right: pp.append('fo:margin-right="%s"' % right)
        if first: pp.append('fo:text-indent="%s"' % first)
        if border: pp += ['fo:border="%s"' % border, 'fo:padding="0.12cm"']
        if keep: pp.append('fo:keep-with-next="always"')
        if line: pp.append('fo:line-height="%s"' % line)
        if bg: pp.append('fo:background-color="%s"' % bg)
        if pagebreak: pp.append('fo:break-before="page"')
        ts = ""
        if tabs:
            ts = "<style:tab-stops>" + "".join(
                '<style:tab-stop style:position="%s" style:type="%s"%s/>' % (
                    pos, typ, ' style:leader-style="dotted" style:leader-text="."' if lead else "")
                for pos, typ, lead in tabs) + "</style:tab-stops>"
        tp = []
        if size: tp.append('fo:font-size="%s"' % size)
        if bold: tp.append('fo:font-weight="bold"')
        if italic: tp.append('fo:font-style="italic"')
        if font: tp.append('style:font-name="%s"' % font); self.fonts.add(font)
        if color: tp.append('fo:color="%s"' % color)
        self.auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s"><style:paragraph-properties %s>%s</style:paragraph-properties>%s</style:style>' % (
            nm, parent, " ".join(pp), ts, ('<style:text-properties %s/>' % " ".join(tp)) if tp else ""))
        return nm

    def p(self, text="", style=None, **kw):
        st = style or self.pstyle(**kw)
        x = '<text:p text:style-name="%s">%s</text:p>' % (st, inline(text))
        return x

    def add(self, *xs):
        self.body.extend(xs)

    def para(self, text="", **kw):
        self.add(self.p(text, **kw))

    # ---- lists
    def list_style(self, kind="num", fmt="1", suffix=".", bullet="•", indent=0.7, start_at=0.0):
        nm = self._name("L")
        levels = []
        if kind == "num":
            levels.append('<text:list-level-style-number text:level="1" style:num-format="%s" style:num-suffix="%s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" fo:text-indent="-%.2fcm" fo:margin-left="%.2fcm"/></style:list-level-properties></text:list-level-style-number>' % (fmt, suffix, start_at + indent, indent, start_at + indent))
        else:
            levels.append('<text:list-level-style-bullet text:level="1" text:bullet-char="%s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%.2fcm" fo:text-indent="-%.2fcm" fo:margin-left="%.2fcm"/></style:list-level-properties><style:text-properties style:font-name="DejaVu Sans"/></text:list-level-style-bullet>' % (escape(bullet), start_at + indent, indent, start_at + indent))
        self.auto.append('<text:list-style style:name="%s">%s</text:list-style>' % (nm, "".join(levels)))
        return nm

    def lst(self, items, kind="num", pstyle=None, **kw):
        ls = self.list_style(kind, **kw)
        ps = pstyle or self.pstyle(after="0.15cm")
        x = '<text:list text:style-name="%s">' % ls + "".join(
            '<text:list-item>%s</text:list-item>' % self.p(it, style=ps) for it in items) + "</text:list>"
        self.add(x)

    # ---- tables
    def table(self, rows, widths, border="0.5pt solid #000000", header_bg=None, cell_pad="0.08cm", align="center", pstyles=None, header_rows=0, valign="top", borders=None):
        """rows: list of lists of str (each may contain markup); a cell may be a tuple (text, pstyle)."""
        tn = self._name("T")
        total = sum(widths)
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fcm" table:align="%s"/></style:style>' % (tn, total, align))
        cols = ""
        for i, w in enumerate(widths):
            cn = "%s.C%d" % (tn, i)
            self.auto.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (cn, w))
            cols += '<table:table-column table:style-name="%s"/>' % cn
        cs = "%s.cell" % tn
        b = 'fo:border="%s"' % border if border else 'fo:border="none"'
        self.auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding="%s" %s style:vertical-align="%s"/></style:style>' % (cs, cell_pad, b, valign))
        hs = cs
        if header_bg:
            hs = "%s.head" % tn
            self.auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties fo:padding="%s" %s fo:background-color="%s"/></style:style>' % (hs, cell_pad, b, header_bg))
        dflt = self.pstyle(align="start", after="0cm")
        out = ['<table:table table:name="%s" table:style-name="%s">%s' % (tn, tn, cols)]
        if header_rows:
            out.append("<table:table-header-rows>")
        for ri, row in enumerate(rows):
            out.append("<table:table-row>")
            ci = 0
            for cell in row:
                span = 1
                if isinstance(cell, dict):
                    span = cell.get("span", 1); st = cell.get("style", dflt); txt = cell["text"]
                elif isinstance(cell, tuple):
                    txt, st = cell
                else:
                    txt, st = cell, (pstyles[ci] if pstyles else dflt)
                paras = "".join(self.p(line, style=st) for line in txt.split("\n\n")) if not txt.startswith("<") else txt
                csn = hs if ri < max(header_rows, 1 if header_bg else 0) else cs
                attr = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
                out.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (csn, attr, paras))
                for _ in range(span - 1):
                    out.append("<table:covered-table-cell/>")
                ci += span
            out.append("</table:table-row>")
            if header_rows and ri == header_rows - 1:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.add("".join(out))

    # ---- images and frames
    def image(self, path, w_cm, h_cm, anchor="as-char", name=None):
        data = base64.b64encode(open(path, "rb").read()).decode()
        fn = self._name("fr")
        self.auto.append('<style:style style:name="%s" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" style:wrap="none"/></style:style>' % fn)
        return ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="%s" svg:width="%.2fcm" svg:height="%.2fcm" draw:z-index="0"><draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>' % (fn, name or fn, anchor, w_cm, h_cm, data))

    def textframe(self, inner_xml, w_cm, x_cm, y_cm, border="0.6pt solid #000000", anchor="paragraph", wrap="none", bg=None, hrel="paragraph", vrel="paragraph"):
        fn = self._name("tf")
        bgx = (' fo:background-color="%s" draw:fill="solid" draw:fill-color="%s"' % (bg, bg)) if bg else ' fo:background-color="transparent" draw:fill="none"'
        self.auto.append('<style:style style:name="%s" style:family="graphic"><style:graphic-properties fo:border="%s" fo:padding="0.15cm" style:wrap="%s" style:horizontal-pos="from-left" style:horizontal-rel="%s" style:vertical-pos="from-top" style:vertical-rel="%s"%s/></style:style>' % (fn, border, wrap, hrel, vrel, bgx))
        return ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="%s" svg:x="%.2fcm" svg:y="%.2fcm" svg:width="%.2fcm" draw:z-index="1"><draw:text-box fo:min-height="0.5cm">%s</draw:text-box></draw:frame>' % (fn, fn, anchor, x_cm, y_cm, w_cm, inner_xml))

    # ---- sections
    def section(self, inner_xml, cols=2, gap="0.8cm", sep=False):
        sn = self._name("Sect")
        self.auto.append('<style:style style:name="%s" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="%d" fo:column-gap="%s">%s</style:columns></style:section-properties></style:style>' % (
            sn, cols, gap, '<style:column-sep style:width="0.3pt" style:color="#000000" style:height="100%"/>' if sep else ""))
        self.add('<text:section text:style-name="%s" text:name="%s">%s</text:section>' % (sn, sn, inner_xml))

    def write(self, path):
        fonts = "".join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (f, f) for f in sorted(self.fonts))
        t, b, l, r = self.margins
        styles = '''<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="%(font)s" fo:font-size="%(size)s" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:text-properties style:font-name="%(font)s" fo:font-size="%(size)s" fo:language="it" fo:country="IT"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="TU" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="TSC" style:family="text"><style:text-properties fo:font-variant="small-caps"/></style:style>
%(extra)s
</office:styles>''' % dict(font=self.font, size=self.size, extra="".join(self.extra_styles))
        auto = '''<office:automatic-styles>%s
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>''' % ("\n".join(self.auto), t, b, l, r)
        master = '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s</style:master-page></office:master-styles>' % (
            ("<style:header>%s</style:header>" % self.header) if self.header else "",
            ("<style:footer>%s</style:footer>" % self.footer) if self.footer else "")
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s><office:font-face-decls>%s</office:font-face-decls>%s%s%s<office:body><office:text>%s</office:text></office:body></office:document>' % (
            NS, fonts, styles, auto, master, "\n".join(self.body))
        open(path, "w", encoding="utf-8").write(xml)
