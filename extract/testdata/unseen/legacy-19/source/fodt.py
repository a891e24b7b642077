"""Minimal flat-ODT (.fodt) writer: paragraphs typed as in a typewriter-style
Writer document (tabs, runs of spaces, underscores), converted to PDF by
LibreOffice (soffice --headless --convert-to pdf)."""
from xml.sax.saxutils import escape
import re

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>{generator}</meta:generator><dc:title>{title}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="{generic}" style:font-pitch="{pitch}"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:tab-stop-distance="{tabdist}"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="{lh}"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{mt}" fo:margin-bottom="{mb}" fo:margin-left="{ml}" fo:margin-right="{mr}"/>
  <style:footer-style/>
 </style:page-layout>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="J" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="JI" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="{hang}" fo:text-indent="-{hang}" fo:text-align="justify"/></style:style>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 {tabstyles}
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="BU" style:family="text"><style:text-properties fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="S" style:family="text"><style:text-properties fo:font-size="{small}pt"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def runs(s):
    """Inline markup: **bold**, __underlined__ (only where marked with [u]..[/u]),
    [b]..[/b], [u]..[/u], [bu]..[/bu], [i]..[/i], [s]..[/s]; tabs and runs of spaces kept."""
    out = []
    pos = 0
    for m in re.finditer(r"\[(b|u|bu|i|s)\](.*?)\[/\1\]", s):
        out.append(plain(s[pos:m.start()]))
        out.append('<text:span text:style-name="%s">%s</text:span>' % (m.group(1).upper(), plain(m.group(2))))
        pos = m.end()
    out.append(plain(s[pos:]))
    return "".join(out)


def plain(s):
    res = []
    for part in re.split(r"(\t| {2,})", s):
        if part == "\t":
            res.append("<text:tab/>")
        elif part.startswith("  "):
            res.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        elif part:
            res.append(escape(part))
    return "".join(res)


def build(paras, path, font="Courier New", generic="modern", pitch="fixed",
          size=11, lh="100%", margins=("2cm", "2cm", "2.5cm", "2cm"),
          tabdist="1.25cm", tabsets=None, footer="", generator="LibreOffice/7.4",
          title="", hang="0.8cm", small=9, hangs=None):
    """paras: list of (style, text). style in Standard,C,R,J,JI,H,PB or a tab style
    name T1.. defined by tabsets {name: [(pos_cm, 'left'|'center'|'right'), ...]}."""
    tabstyles = []
    for name, stops in (tabsets or {}).items():
        st = "".join('<style:tab-stop style:position="%scm"%s/>' % (p, '' if a == 'left' else ' style:type="%s"' % a)
                     for p, a in stops)
        h = (hangs or {}).get(name)
        ind = ' fo:margin-left="%scm" fo:text-indent="-%scm"' % (h, h) if h else ''
        tabstyles.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                         '<style:paragraph-properties%s><style:tab-stops>%s</style:tab-stops></style:paragraph-properties></style:style>' % (name, ind, st))
    mt, mb, ml, mr = margins
    head = HEAD.format(font=font, generic=generic, pitch=pitch, size=size, lh=lh,
                       mt=mt, mb=mb, ml=ml, mr=mr, tabdist=tabdist,
                       tabstyles="\n ".join(tabstyles), footer=footer,
                       generator=escape(generator), title=escape(title), hang=hang, small=small)
    body = []
    for style, text in paras:
        if text == "":
            body.append('<text:p text:style-name="%s"/>' % style)
        else:
            body.append('<text:p text:style-name="%s">%s</text:p>' % (style, runs(text)))
    open(path, "w", encoding="utf-8").write(head + "\n".join(body) + "\n" + TAIL)
