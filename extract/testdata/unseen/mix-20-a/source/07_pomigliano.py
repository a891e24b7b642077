"""Certificato di pubblicazione of the Comune di Pomigliano d'Arco: a Word-processor form
(modulo) whose blanks of underscores were typed over by the clerk, so the values sit inside
the underscores. Written as a flat ODT (.fodt) and exported by LibreOffice Writer."""
import sys
from xml.sax.saxutils import escape

out = sys.argv[1] if len(sys.argv) > 1 else "07_pomigliano.fodt"

def t(s):
    return escape(s).replace("  ", " <text:s/>")

def fill(v, before=3, after=3):
    """a blank of underscores typed over: ___value___ (value in the fill style)"""
    return ("_" * before) + '<text:span text:style-name="F">' + t(v) + "</text:span>" + ("_" * after)

P = []
def p(style, xml):
    P.append('<text:p text:style-name="%s">%s</text:p>' % (style, xml))

p("Ente", "COMUNE DI POMIGLIANO D'ARCO")
p("Sub", "Città Metropolitana di Napoli")
p("Sub2", "Piazza Municipio, 1 – 80038 Pomigliano d'Arco (NA) – protocollo@pec.comune.pomiglianodarco.na.it")
p("Rule", "")
p("Sett", "SETTORE I – AFFARI GENERALI E ISTITUZIONALI")
p("Sett2", "Servizio Albo Pretorio e Notifiche")
p("Gap", "")
p("Reg", "Registro delle pubblicazioni n. " + fill("611", 4, 4) + " / 2026")
p("Gap", "")
p("Tit", "CERTIFICATO DI PUBBLICAZIONE")
p("Tit2", "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)")
p("Gap", "")
p("Body", "Il/La sottoscritto/a " + fill("Dott.ssa Carmela Russo", 4, 12) + ", Responsabile del Servizio Albo Pretorio, visti gli atti d'ufficio e su conforme attestazione del Messo Comunale,")
p("Cert", "C E R T I F I C A")
p("Body", "che copia della deliberazione adottata dal")
p("Chk", '<text:span text:style-name="Box">☐</text:span> Consiglio Comunale <text:tab/><text:span text:style-name="Box">☒</text:span> Giunta Comunale <text:tab/><text:span text:style-name="Box">☐</text:span> Commissario Straordinario')
p("Body", "n. " + fill("42", 5, 5) + " del " + fill("10/03/2026", 3, 5) + " avente ad oggetto:")
p("Ogg", fill("Approvazione del progetto “Estate Ragazzi 2026” e delle relative tariffe di compartecipazione.", 0, 28))
p("Line", "_" * 78)
p("Body", "è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale www.comune.pomiglianodarco.na.it, per quindici giorni consecutivi")
p("Body", "dal " + fill("12/03/2026", 3, 4) + " al " + fill("27/03/2026", 3, 4) + " senza opposizioni né reclami.")
p("Gap", "")
p("Body", "Si attesta inoltre che la deliberazione è divenuta esecutiva il " + fill("23/03/2026", 3, 4) + " ai sensi dell'art. 134, comma " + fill("3", 2, 2) + ", del D.Lgs. n. 267/2000.")
p("Gap", "")
p("Body", "Pomigliano d'Arco, lì " + fill("28/03/2026", 4, 6))
p("Gap", "")
p("Sig", "IL MESSO COMUNALE<text:tab/>IL RESPONSABILE DEL SERVIZIO")
p("Sig", fill("Gennaro Allocca", 4, 6) + "<text:tab/>" + fill("Dott.ssa Carmela Russo", 3, 5))
p("Gap", "")
p("Gap", "")
p("Foot", "Mod. AP/03 – rev. 2019 – Il presente certificato è rilasciato in carta libera per uso amministrativo.")

doc = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Certificato di pubblicazione - Reg. 611/2026</dc:title><meta:initial-creator>albo.pretorio</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.3cm" fo:margin-right="2cm"/></style:page-layout>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.04cm"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Sub2" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="1.1pt solid #000000" fo:padding="0cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="4pt"/></style:style>
 <style:style style:name="Sett" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sett2" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Reg" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="11.5pt"/></style:style>
 <style:style style:name="Tit" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="Tit2" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="150%" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="150%"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Line" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="150%" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Cert" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Chk" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="150%" fo:margin-left="0.6cm"><style:tab-stops><style:tab-stop style:position="5.2cm"/><style:tab-stop style:position="10.2cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:line-height="140%"><style:tab-stops><style:tab-stop style:position="9.2cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="11.5pt"/></style:style>
 <style:style style:name="Gap" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="F" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Box" style:family="text"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="12pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
""" + "\n".join(P) + """
</office:text></office:body></office:document>
"""
open(out, "w", encoding="utf-8").write(doc)
