#!/usr/bin/env python3
"""Settimo San Pietro, house style "sipal": unnumbered esito written as a
flat ODF text document (the office's Writer model) and exported to PDF by
LibreOffice Writer. The letterhead is a borderless table in the page
header, the list of admitted applications is a two-column section, the page
footer holds the address and a page-number field."""
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

admitted = [
    ("14872", "26/09/2027", "secondaria di I grado"), ("14901", "27/09/2027", "primaria"),
    ("14955", "27/09/2027", "secondaria di II grado"), ("15010", "28/09/2027", "secondaria di I grado"),
    ("15088", "29/09/2027", "secondaria di II grado"), ("15102", "29/09/2027", "primaria"),
    ("15177", "30/09/2027", "secondaria di II grado"), ("15230", "01/10/2027", "secondaria di I grado"),
    ("15261", "01/10/2027", "primaria"), ("15309", "04/10/2027", "secondaria di II grado"),
    ("15344", "04/10/2027", "secondaria di II grado"), ("15398", "05/10/2027", "primaria"),
    ("15416", "05/10/2027", "secondaria di I grado"), ("15470", "06/10/2027", "secondaria di II grado"),
    ("15512", "07/10/2027", "primaria"), ("15563", "08/10/2027", "secondaria di I grado"),
    ("15601", "08/10/2027", "secondaria di II grado"), ("15648", "11/10/2027", "secondaria di II grado"),
    ("15690", "11/10/2027", "primaria"), ("15733", "12/10/2027", "secondaria di I grado"),
    ("15781", "13/10/2027", "secondaria di II grado"), ("15804", "14/10/2027", "primaria"),
    ("15852", "15/10/2027", "secondaria di I grado"), ("15899", "15/10/2027", "secondaria di II grado"),
]
excluded = [("15120", "29/09/2027", "ISEE superiore alla soglia di euro 14.650,00"),
            ("15702", "11/10/2027", "domanda priva della dichiarazione ISEE in corso di validità"),
            ("15910", "18/10/2027", "domanda pervenuta oltre il termine del 15/10/2027")]


def P(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


body = []
body.append('<table:table table:name="Fascia" table:style-name="TBand">'
            '<table:table-column table:style-name="TBandA"/><table:table-column table:style-name="TBandB"/>'
            '<table:table-row><table:table-cell table:style-name="TBandCell" office:value-type="string">'
            + P("BandL", "Prot. n. 20114 del 22/12/2027") +
            '</table:table-cell><table:table-cell table:style-name="TBandCell" office:value-type="string">'
            + P("BandR", "Settimo San Pietro, 22 dicembre 2027") +
            '</table:table-cell></table:table-row></table:table>\n')
body.append(P("Gap", ""))
body.append(P("Oggetto", '<text:span text:style-name="SB">OGGETTO:</text:span><text:tab/>'
              + e("Esito dell'istruttoria delle domande di Borsa di studio regionale "
                  "(L.R. n. 5/2015) – anno scolastico 2026/2027.")))
body.append(P("Centre", "IL RESPONSABILE DEL SERVIZIO"))
for t in ("Visto l'avviso pubblico prot. n. 13980 del 9 settembre 2027, con il quale sono stati "
          "aperti i termini per la presentazione delle domande di Borsa di studio regionale per "
          "l'anno scolastico 2026/2027, destinata agli studenti delle scuole primarie e secondarie "
          "di primo e secondo grado appartenenti a nuclei familiari con ISEE non superiore a euro "
          "14.650,00;",
          "Vista la determinazione n. 118 del 21 dicembre 2027 (R.G. n. 931), con la quale è stato "
          "approvato l'esito dell'istruttoria delle domande pervenute;"):
    body.append(P("Body", e(t)))
body.append(P("CentreSp", "RENDE NOTO"))
body.append(P("Body", e("che sono pervenute complessivamente n. 27 domande, delle quali n. 24 sono "
                        "state ammesse e n. 3 escluse. Nel rispetto della normativa in materia di "
                        "protezione dei dati personali, le domande sono individuate con il numero e "
                        "la data di protocollo attribuiti al momento della presentazione.")))
body.append(P("Sub", "DOMANDE AMMESSE"))
body.append('<text:section text:style-name="Sect2" text:name="Ammesse">\n')
for n, d, o in admitted:
    body.append(P("List", e(f"Prot. n. {n} del {d} – {o}")))
body.append('</text:section>\n')
body.append(P("Sub", "DOMANDE ESCLUSE"))
for n, d, why in excluded:
    body.append(P("List", e(f"Prot. n. {n} del {d} – {why}")))
body.append(P("Body", e("L'elenco degli ammessi è trasmesso alla Regione Autonoma della Sardegna "
                        "per la successiva erogazione del beneficio, che avverrà direttamente da "
                        "parte dell'INPS mediante bonifico domiciliato o accredito sul conto indicato "
                        "nella domanda. Gli interessati possono presentare osservazioni o richieste "
                        "di riesame entro dieci giorni dalla pubblicazione del presente avviso "
                        "all'Albo Pretorio on line.")))
body.append(P("Body", e("Per informazioni: Servizio Pubblica Istruzione, sig.ra Marcella Orrù, "
                        "tel. 070 7691240, istruzione@comune.settimosanpietro.ca.it.")))
body.append(P("Gap", ""))
body.append(P("Sign", "Il Responsabile del Servizio"))
body.append(P("SignB", "dott.ssa Giovanna Serra"))
body.append(P("SignI", "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)"))

header = ('<table:table table:name="Intestazione" table:style-name="THead">'
          '<table:table-column table:style-name="THeadA"/><table:table-column table:style-name="THeadB"/>'
          '<table:table-row><table:table-cell office:value-type="string">'
          + P("Ente", "COMUNE DI SETTIMO SAN PIETRO") + P("Prov", "Città Metropolitana di Cagliari") +
          '</table:table-cell><table:table-cell office:value-type="string">'
          + P("AreaR", "AREA SOCIO-CULTURALE") + P("ServR", "Servizio Pubblica Istruzione")
          + P("TelR", "tel. 070 7691240 – istruzione@comune.settimosanpietro.ca.it") +
          '</table:table-cell></table:table-row></table:table>'
          + P("HeadRule", ""))
footer = P("Foot", "Comune di Settimo San Pietro – Piazza Municipio n. 1 – 09060 Settimo San Pietro (CA) – "
           "centralino 070 76911 – protocollo@pec.comune.settimosanpietro.ca.it") + \
    P("FootR", 'Pagina <text:page-number text:select-page="current">1</text:page-number> di '
               '<text:page-count>1</text:page-count>')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>SIPAL Atti - modello Writer</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
    fo:margin-bottom="1.0cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="16.8cm" style:rel-width="100%" table:align="margins"/></style:style>
 <style:style style:name="THeadA" style:family="table-column"><style:table-column-properties style:column-width="9.9cm" style:rel-column-width="9900*"/></style:style>
 <style:style style:name="THeadB" style:family="table-column"><style:table-column-properties style:column-width="6.9cm" style:rel-column-width="6900*"/></style:style>
 <style:style style:name="TBand" style:family="table"><style:table-properties style:width="16.8cm" table:align="left" fo:background-color="#e0e0e0"/></style:style>
 <style:style style:name="TBandA" style:family="table-column"><style:table-column-properties style:column-width="8.4cm" style:rel-column-width="8400*"/></style:style>
 <style:style style:name="TBandB" style:family="table-column"><style:table-column-properties style:column-width="8.4cm" style:rel-column-width="8400*"/></style:style>
 <style:style style:name="TBandCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:background-color="#e0e0e0" fo:border="none"/></style:style>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false">
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"><style:column-sep style:width="0.02cm" style:color="#888888" style:height="100%" style:style="solid"/></style:columns>
  </style:section-properties>
 </style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="AreaR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="ServR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="TelR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7pt" fo:color="#333333"/></style:style>
 <style:style style:name="HeadRule" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm" fo:border-bottom="1.6pt solid #8c1f1f" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="2pt"/></style:style>
 <style:style style:name="BandL" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BandR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Gap" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Oggetto" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="2.4cm" fo:text-indent="-2.4cm" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties fo:font-weight="bold" fo:font-size="11.5pt"/></style:style>
 <style:style style:name="SB" style:family="text"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CentreSp" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-weight="bold" fo:letter-spacing="0.12cm"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.16cm" fo:line-height="118%"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.12cm" fo:border-bottom="0.5pt solid #334d8c" fo:padding-bottom="0.03cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="List" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.3cm" fo:line-height="115%"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="SignB" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="SignI" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #4d4d80" fo:padding-top="0.08cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7pt" fo:color="#4d4d4d"/></style:style>
 <style:style style:name="FootR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#4d4d4d"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header>{header}</style:header>
  <style:footer>{footer}</style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{"".join(body)}
</office:text></office:body>
</office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
