# Comune di Basiliano / Comun di Basilian (UD) - Consiglio comunale n. 23 del 10.06.2026.
# A flat ODF text document (.fodt) written as a Writer model saves it; LibreOffice Writer exports it (build.sh).
# Italian and Friulian letterhead; the roll is a ruled three-column table (Consigliere | Carica |
# Presente/Assente) with merged rows spanning all columns for the groups ("Maggioranza" / "Minoranza");
# the vote names those against and the one abstaining; the running head repeats number and date.
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Delibera CC 23-2026</dc:title><meta:initial-creator>segreteria</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Caladea" svg:font-family="Caladea" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Caladea" fo:font-size="11pt" fo:language="it" fo:country="IT"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.14cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Ente" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="18pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="EnteFur" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="12pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="EnteSub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm" fo:border-bottom="1.1pt solid #1f3864" fo:padding-bottom="0.15cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Titolo" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.05cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Num" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="12pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Ogg" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="2.2cm" fo:text-indent="-2.2cm" fo:padding="0.12cm" fo:border="0.6pt solid #000000" fo:margin-bottom="0.35cm" fo:text-align="start"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Centro" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.8cm"/>
  </style:style>
  <style:style style:name="Cella" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="CellaC" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="CellaH" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="9.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Gruppo" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="9pt" fo:font-style="italic" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Firma" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="Testa" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.08cm"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="8pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Piede" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="Carlito" fo:font-size="8pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Tab" style:family="table"><style:table-properties style:width="15.6cm" table:align="center"/></style:style>
  <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
  <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="5.0cm"/></style:style>
  <style:style style:name="TabC" style:family="table-column"><style:table-column-properties style:column-width="4.0cm"/></style:style>
  <style:style style:name="Td" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Th" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/></style:style>
  <style:style style:name="Tg" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="0.5pt solid #000000" fo:background-color="#f2f2f2"/></style:style>
  <style:style style:name="Sig" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.0cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Testa">Deliberazione del Consiglio comunale n. 23 del 10.06.2026</text:p></style:header>
   <style:footer><text:p text:style-name="Piede">Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

body = []


def p(txt, st="Standard"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (st, txt))


def cell(txt, cs="Td", ps="Cella", span=None):
    a = ' table:number-columns-spanned="%d"' % span if span else ""
    s = '<table:table-cell table:style-name="%s" office:value-type="string"%s><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (cs, a, ps, e(txt))
    if span:
        s += "<table:covered-table-cell/>" * (span - 1)
    return s


p(e("COMUNE DI BASILIANO"), "Ente")
p(e("Comun di Basilian"), "EnteFur")
p(e("Regione Autonoma Friuli Venezia Giulia – Piazza Municipio n. 1 – 33031 Basiliano (UD) – Tel. 0432 838111"), "EnteSub")
p(e("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), "Titolo")
p(e("N. 23 del 10.06.2026"), "Num")
p('<text:span text:style-name="B">OGGETTO:</text:span><text:tab/>' + e(
    "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026/2028 – Prima integrazione."), "Ogg")
p(e("L'anno duemilaventisei, il giorno dieci del mese di giugno, alle ore 20.00, nella sala consiliare del "
    "Municipio, a seguito di regolare convocazione, si è riunito in seduta pubblica di prima convocazione il "
    "Consiglio comunale. Fatto l'appello nominale, risultano:"))

rows = [("COSSETTINI Daniele", "Sindaco", "presente"), "Maggioranza",
        ("TOSOLINI Chiara", "Vicesindaco", "presente"),
        ("DEL NEGRO Paolo", "Consigliere", "presente"),
        ("MICULAN Sara", "Consigliere", "presente"),
        ("BERTOLISSI Marco", "Consigliere", "presente"),
        ("PERESSINI Anna", "Consigliere", "assente giustificata"),
        ("CRAGNOLINI Luca", "Consigliere", "presente"),
        ("ZORATTI Elisa", "Consigliere", "presente"),
        ("FABBRO Matteo", "Consigliere", "presente"), "Minoranza",
        ("PITTARO Gianni", "Consigliere", "presente"),
        ("TONEATTO Laura", "Consigliere", "presente"),
        ("ZANIN Roberto", "Consigliere", "presente"),
        ("COSSIO Valentina", "Consigliere", "presente")]
t = ['<table:table table:name="Appello" table:style-name="Tab">',
     '<table:table-column table:style-name="TabA"/><table:table-column table:style-name="TabB"/><table:table-column table:style-name="TabC"/>',
     '<table:table-header-rows><table:table-row>' + cell("Consigliere", "Th", "CellaH") + cell("Carica", "Th", "CellaH")
     + cell("Presente/Assente", "Th", "CellaH") + '</table:table-row></table:table-header-rows>']
for r in rows:
    if isinstance(r, str):
        t.append('<table:table-row>' + cell(r, "Tg", "Gruppo", span=3) + '</table:table-row>')
    else:
        t.append('<table:table-row>' + cell(r[0]) + cell(r[1]) + cell(r[2], ps="CellaC") + '</table:table-row>')
t.append('</table:table>')
body.append("".join(t))
p(e("Presenti n. 12 – Assenti n. 1"), "Centro")

p(e("Assume la presidenza il sig. Daniele Cossettini, Sindaco, il quale, riconosciuto legale il numero degli "
    "intervenuti, dichiara aperta la seduta. Partecipa il Segretario comunale dott.ssa Michela Tomada, che "
    "provvede alla redazione del presente verbale."))
p(e("IL CONSIGLIO COMUNALE"), "Centro")
for s in [
    "Premesso che l'art. 58 del D.L. n. 112/2008, convertito dalla L. n. 133/2008, prevede che il Consiglio comunale "
    "approvi il Piano delle alienazioni e valorizzazioni immobiliari, allegato al bilancio di previsione;",
    "Richiamata la propria deliberazione n. 7 del 26.02.2026, con la quale è stato approvato il Piano per il triennio "
    "2026/2028;",
    "Rilevato che l'Ufficio tecnico ha segnalato l'opportunità di inserire nel Piano il reliquato stradale di via "
    "Cjampagnis a Variano (foglio 21, mappale 418) e l'ex magazzino comunale di Orgnano, non più utilizzati per "
    "finalità istituzionali, per un valore di stima complessivo di euro 86.400,00;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. "
    "267/2000 e il parere del Revisore dei conti;",
    "Uditi gli interventi dei consiglieri Pittaro e Cossio, riportati nel verbale di seduta;",
    "Con voti favorevoli n. 8, contrari n. 3 (Pittaro, Toneatto, Zanin), astenuti n. 1 (Cossio), espressi in forma "
    "palese dai n. 12 consiglieri presenti, di cui n. 11 votanti,",
]:
    p(e(s))
p(e("DELIBERA"), "Centro")
for i, s in enumerate([
    "di approvare la prima integrazione al Piano delle alienazioni e valorizzazioni immobiliari 2026/2028, "
    "inserendo i beni descritti nell'allegato A, che forma parte integrante del presente atto;",
    "di dare atto che l'inserimento dei beni nel Piano ne determina la classificazione come patrimonio disponibile;",
    "di demandare al Responsabile dell'Area tecnica e tecnico-manutentiva l'avvio delle procedure di alienazione."], 1):
    p('<text:span text:style-name="B">%d)</text:span><text:tab/>' % i + e(s), "Punto")
p(e("Successivamente, con separata votazione, con voti favorevoli n. 8, contrari n. 3 (Pittaro, Toneatto, Zanin) e "
    "astenuti n. 1 (Cossio), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 1, "
    "comma 19, della L.R. n. 21/2003."))
p(e("Letto, confermato e sottoscritto."))
sig = ['<table:table table:name="Firme" table:style-name="Sig"><table:table-column table:number-columns-repeated="2"/>',
       '<table:table-row>' + cell("IL PRESIDENTE", "Sig", "CellaH").replace('table:style-name="Sig"', '') +
       cell("IL SEGRETARIO COMUNALE", "Sig", "CellaH").replace('table:style-name="Sig"', '') + '</table:table-row>',
       '<table:table-row>' + cell("sig. Daniele Cossettini", "Sig", "Firma").replace('table:style-name="Sig"', '') +
       cell("dott.ssa Michela Tomada", "Sig", "Firma").replace('table:style-name="Sig"', '') + '</table:table-row>',
       '</table:table>']
body.append("".join(sig))
p("")
p(e("Documento sottoscritto con firma digitale. Pubblicato all'Albo pretorio on line dal 12.06.2026 al 27.06.2026."), "Piede")

open(out, "w", encoding="utf-8").write(HEAD + "\n".join(body) + TAIL)
