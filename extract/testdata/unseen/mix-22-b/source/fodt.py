"""Tiny flat-ODT (.fodt) writer used for the LibreOffice Writer documents."""
from xml.sax.saxutils import escape as _e

def esc(s):
    return _e(s).replace('\t', '<text:tab/>')

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CBig" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="CSmall" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
 <style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Ind" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:text-align="start"><style:tab-stops><style:tab-stop style:position="9.5cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="{cellsize}pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="{cellsize}pt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="{cellsize}pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="U" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.0cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TBL" style:family="table"><style:table-properties style:width="16.8cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
 <style:style style:name="TG" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" fo:background-color="#e4e4e4"/></style:style>
 {colstyles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>{header}</style:header>
  <style:footer>{footer}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
'''
TAIL = '</office:text></office:body></office:document>\n'


class Doc:
    def __init__(self, title, author, font='Liberation Serif', size=11, cellsize=10):
        self.title, self.author, self.font, self.size, self.cellsize = title, author, font, size, cellsize
        self.parts = []
        self.colstyles = []
        self.header = ''
        self.footer = ''
        self.ntab = 0

    @staticmethod
    def para(text, style='J', rich=False):
        t = text if rich else esc(text)
        return f'<text:p text:style-name="{style}">{t}</text:p>'

    def p(self, text, style='J', rich=False):
        self.parts.append(self.para(text, style, rich))

    def blank(self):
        self.parts.append('<text:p text:style-name="Standard"/>')

    def table(self, rows, widths, border=True, head_rows=0, cell_style='Cell'):
        self.ntab += 1
        name = f'T{self.ntab}'
        cols = ''
        for i, w in enumerate(widths):
            cs = f'{name}c{i}'
            self.colstyles.append(f'<style:style style:name="{cs}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols += f'<table:table-column table:style-name="{cs}"/>'
        out = [f'<table:table table:name="{name}" table:style-name="TBL">{cols}']
        for ri, row in enumerate(rows):
            out.append('<table:table-row>')
            for c in row:
                if isinstance(c, tuple):
                    txt, st = c
                else:
                    txt, st = c, cell_style
                cst = ('TG' if ri < head_rows else 'TC') if border else 'TN'
                paras = ''.join(f'<text:p text:style-name="{st}">{esc(x)}</text:p>' for x in str(txt).split('\n'))
                out.append(f'<table:table-cell table:style-name="{cst}" office:value-type="string">{paras}</table:table-cell>')
            out.append('</table:table-row>')
        out.append('</table:table>')
        self.parts.append(''.join(out))

    def pagebreak(self):
        self.parts.append('<text:p text:style-name="PB"/>')

    def write(self, path):
        x = HEAD.format(title=esc(self.title), author=esc(self.author), font=self.font, size=self.size,
                        cellsize=self.cellsize, colstyles='\n'.join(self.colstyles),
                        header=self.header, footer=self.footer)
        x = x.replace('<office:automatic-styles>', '<office:automatic-styles><style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(x + '\n'.join(self.parts) + TAIL)

PAGE = '<text:page-number text:select-page="current">1</text:page-number>'
PAGES = '<text:page-count>1</text:page-count>'
