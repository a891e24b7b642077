#!/usr/bin/env python3
"""Writes the office's ODT template with relatorio placeholders (text:placeholder "<expr>",
"<for each=...>"), the way a relatorio-based records tool keeps its notice model."""
import sys, zipfile

def ph(expr):
    expr = expr.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
    return '<text:placeholder text:placeholder-type="text">%s</text:placeholder>' % expr

content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">
<office:automatic-styles>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="20pt" fo:font-weight="bold" fo:color="#003366"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Uff" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:border-bottom="1.2pt solid #003366" fo:padding-bottom="0.15cm"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Avviso" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.8cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="30pt" fo:font-weight="bold" fo:color="#b00000"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Corpo" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm" fo:line-height="130%"/>
  <style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Punto" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.2cm"/>
  <style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Piede" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="1.2cm"/>
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="Ente">{ph('<ente>')}</text:p>
<text:p text:style-name="Sub">{ph('<provincia>')}</text:p>
<text:p text:style-name="Uff">{ph('<ufficio>')}</text:p>
<text:p text:style-name="Avviso">AVVISO</text:p>
<text:p text:style-name="Titolo">{ph('<titolo>')}</text:p>
<text:p text:style-name="Corpo">{ph('<premessa>')}</text:p>
<text:p text:style-name="Corpo">{ph('<for each="p in punti">')}</text:p>
<text:p text:style-name="Punto">• {ph('<p>')}</text:p>
<text:p text:style-name="Corpo">{ph('</for>')}</text:p>
<text:p text:style-name="Corpo">{ph('<chiusura>')}</text:p>
<text:p text:style-name="Corpo">{ph('<luogo_data>')}</text:p>
<text:p text:style-name="Firma">{ph('<firma_ruolo>')}</text:p>
<text:p text:style-name="Firma">{ph('<firma_nome>')}</text:p>
<text:p text:style-name="Piede">{ph('<piede>')}</text:p>
</office:text></office:body></office:document-content>'''

styles = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:font-face-decls/>
<office:styles><style:default-style style:family="paragraph">
 <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="12pt" fo:language="it" fo:country="IT"/>
</style:default-style></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1">
 <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
</style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>'''

meta = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:meta><meta:generator>relatorio</meta:generator><dc:title>Avviso</dc:title></office:meta>
</office:document-meta>'''

manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''

with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
    z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('styles.xml', styles, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('meta.xml', meta, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
