"""Tiny helper to write flat ODF text documents (.fodt) by hand."""
from xml.sax.saxutils import escape as _e

def e(s):
    return _e(s)

def rich(s):
    """**bold**, __underline__, //italic//, ^^smallcaps^^ markers -> spans"""
    import re
    s = e(s)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="B">\1</text:span>', s)
    s = re.sub(r"__(.+?)__", r'<text:span text:style-name="U">\1</text:span>', s)
    s = re.sub(r"//(.+?)//", r'<text:span text:style-name="I">\1</text:span>', s)
    s = re.sub(r"\^\^(.+?)\^\^", r'<text:span text:style-name="SC">\1</text:span>', s)
    s = re.sub(r"\[\[FN(\d+)\|(.+?)\]\]", lambda m: _footnote_xml(m.group(1), m.group(2)), s)
    s = s.replace("\t", "<text:tab/>").replace("\n", "<text:line-break/>")
    return s

def p(text="", style="P"):
    return f'<text:p text:style-name="{style}">{rich(text)}</text:p>'

def raw_p(xml, style="P"):
    return f'<text:p text:style-name="{style}">{xml}</text:p>'

def footnote(n, text):
    return "[[FN" + str(n) + "|" + text + "]]"

def _footnote_xml(n, text):
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{text}</text:p></text:note-body></text:note>')

def table(name, colwidths_cm, rows, cellstyle="CellBox", pstyle="TP", header_rows=0, hstyle="TPB", hcell="CellHead", spans=None):
    """rows: list of lists of strings (or None for covered cells)."""
    spans = spans or {}
    out = [f'<table:table table:name="{name}" table:style-name="Tbl{len(colwidths_cm)}_{name}">']
    for i, w in enumerate(colwidths_cm):
        out.append(f'<table:table-column table:style-name="{name}.C{i}"/>')
    for r, row in enumerate(rows):
        out.append("<table:table-row>")
        for c, val in enumerate(row):
            if val is None:
                out.append("<table:covered-table-cell/>")
                continue
            span = spans.get((r, c))
            attr = f' table:number-columns-spanned="{span}"' if span else ""
            cs = hcell if r < header_rows else cellstyle
            ps = hstyle if r < header_rows else pstyle
            if isinstance(val, tuple):
                val, ps = val
            paras = "".join(p(line, ps) for line in val.split("\n\n"))
            out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{attr}>{paras}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    styles = [f'<style:style style:name="Tbl{len(colwidths_cm)}_{name}" style:family="table"><style:table-properties style:width="{sum(colwidths_cm)}cm" table:align="center"/></style:style>']
    for i, w in enumerate(colwidths_cm):
        styles.append(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
    return "".join(out), "".join(styles)

def olist(items, style="LNum", pstyle="P"):
    out = [f'<text:list text:style-name="{style}">']
    for it in items:
        out.append(f'<text:list-item>{p(it, pstyle)}</text:list-item>')
    out.append("</text:list>")
    return "".join(out)

def doc(body, header="", footer="", font="Liberation Serif", size="11pt", extra_styles="",
        margins=("2cm", "2cm", "2cm", "2cm"), header_first=None):
    t, b, l, r = margins
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="it" fo:country="IT"
     fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="PI" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:text-indent="1cm"/>
 </style:style>
 <style:style style:name="L" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="CB" style:family="paragraph" style:parent-style-name="C">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Head1" style:family="paragraph" style:parent-style-name="C">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:text-transform="uppercase"/>
 </style:style>
 <style:style style:name="Head2" style:family="paragraph" style:parent-style-name="C">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="C">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
  <style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="SmallC" style:family="paragraph" style:parent-style-name="Small">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="HFR" style:family="paragraph" style:parent-style-name="HF">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="TP" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="TPC" style:family="paragraph" style:parent-style-name="TP">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="TPJ" style:family="paragraph" style:parent-style-name="TP">
  <style:paragraph-properties fo:text-align="justify"/>
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TPB" style:family="paragraph" style:parent-style-name="TP">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sig" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm">
   <style:tab-stops>
    <style:tab-stop style:position="2.8cm" style:type="center"/>
    <style:tab-stop style:position="8.5cm" style:type="center"/>
    <style:tab-stop style:position="14.2cm" style:type="center"/>
   </style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Sig1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm">
   <style:tab-stops><style:tab-stop style:position="12.5cm" style:type="center"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Hang" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-left="2.3cm" fo:text-indent="-2.3cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Box" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:border="0.5pt solid #000000" fo:padding="0.2cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
 </style:style>
 {extra_styles}
 <text:list-style style:name="LNum">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="LDash">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LRoman">
  <text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.7cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="SC" style:family="text"><style:text-properties fo:font-variant="small-caps"/></style:style>
 <style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#dddddd"/></style:style>
 <style:style style:name="CellNone" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 {{TABLESTYLES}}
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{t}" fo:margin-bottom="{b}" fo:margin-left="{l}" fo:margin-right="{r}"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{header}</style:header>
  <style:footer>{footer}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''

def build(path, parts, **kw):
    body, tstyles = [], []
    for x in parts:
        if isinstance(x, tuple):
            body.append(x[0]); tstyles.append(x[1])
        else:
            body.append(x)
    s = doc("\n".join(body), **kw).replace("{TABLESTYLES}", "\n".join(tstyles))
    open(path, "w", encoding="utf-8").write(s)
