#!/usr/bin/env python3
"""Comune di Spinea - Giunta deliberation 47/2026, layout after Halley Veneto's
'verbale di deliberazione' print. Writes a flat ODT (.fodt); build.sh converts it
with LibreOffice Writer (soffice --convert-to pdf)."""
import sys
from xml.sax.saxutils import escape as x

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-spinea-halleyveneto.fodt"

SUBJECT = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE "
           "\"AUSER INSIEME SPINEA APS\" PER IL SERVIZIO DI TRASPORTO SOCIALE DI "
           "PERSONE ANZIANE E FRAGILI - ANNI 2026-2027.")

ROLL = [("BERTOLDO CHIARA", "Sindaco", True),
        ("FAVARETTO NICOLA", "Vice Sindaco", True),
        ("MENEGHETTI SARA", "Assessore", True),
        ("TREVISAN ALBERTO", "Assessore", False),
        ("CAZZIN ELENA", "Assessore", True),
        ("SCARPA DAVIDE", "Assessore", True)]


def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>\n'


def span(parts, style="Body"):
    out = f'<text:p text:style-name="{style}">'
    for t, bold in parts:
        out += f'<text:span text:style-name="B">{x(t)}</text:span>' if bold else x(t)
    return out + "</text:p>\n"


def cell(text, style="Cell"):
    return (f'<table:table-cell table:style-name="TC" office:value-type="string">'
            f'{p(text, style)}</table:table-cell>')


body = ""
body += p("COPIA", "Copy")
body += p("COMUNE DI SPINEA", "Ente")
body += p("Città Metropolitana di Venezia", "Prov")
body += p("Piazza Municipio, 1 - 30038 Spinea (VE) - C.F. 82001910270", "Small")
body += p("", "Body")
body += p("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Title")
body += p("N. 47 del 12-03-2026", "Title")
body += p("", "Body")
# subject box (a one-cell table, as the package prints it)
body += ('<table:table table:name="Oggetto" table:style-name="TOgg">'
         '<table:table-column table:style-name="COgg1"/><table:table-column table:style-name="COgg2"/>'
         '<table:table-row>'
         + cell("Oggetto:", "CellB") + cell(SUBJECT, "CellB") +
         '</table:table-row></table:table>\n')
body += p("", "Body")
body += p("L'anno duemilaventisei il giorno dodici del mese di marzo alle ore 17:30 nella "
          "Residenza Municipale, in seguito a convocazione disposta dal Sindaco, si è "
          "riunita la Giunta Comunale nelle persone dei Signori:")
body += ('<table:table table:name="Appello" table:style-name="TRoll">'
         '<table:table-column table:style-name="CR1"/><table:table-column table:style-name="CR2"/>'
         '<table:table-column table:style-name="CR3"/>'
         '<table:table-header-rows><table:table-row>'
         + cell("Cognome e Nome", "CellB") + cell("Carica", "CellB") + cell("Presenti/Assenti", "CellB") +
         '</table:table-row></table:table-header-rows>')
for n, r, pr in ROLL:
    body += '<table:table-row>' + cell(n) + cell(r) + cell("Presente" if pr else "Assente") + '</table:table-row>'
body += '</table:table>\n'
body += p("Presenti n. 5     Assenti n. 1", "Right")
body += p("")
body += p("Partecipa alla seduta il Segretario Generale Dott.ssa Lucia Zanon.")
body += p("La Sig.ra Chiara Bertoldo, nella sua qualità di Sindaco, assume la presidenza e, "
          "constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
          "la Giunta a deliberare sull'oggetto sopra indicato.")
body += p("")
body += p("Proposta n. 52 del 05-03-2026 - Settore Servizi Sociali e alla Persona", "Small")
body += p("LA GIUNTA COMUNALE", "Center")
for t in [
    "PREMESSO che il Comune di Spinea, nell'ambito delle politiche a sostegno della "
    "domiciliarità, garantisce il trasporto di persone anziane, disabili o comunque in "
    "condizione di fragilità verso strutture sanitarie, presidi ospedalieri, centri diurni "
    "e servizi di riabilitazione presenti nel territorio dell'Azienda ULSS 3 Serenissima;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 31 del 21-03-2024, con la quale è "
    "stata approvata la precedente convenzione con l'Associazione \"Auser Insieme Spinea APS\", "
    "scaduta il 31-12-2025;",
    "VISTO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente "
    "alle amministrazioni pubbliche di sottoscrivere con le organizzazioni di volontariato e "
    "le associazioni di promozione sociale, iscritte da almeno sei mesi nel Registro unico "
    "nazionale del Terzo settore, convenzioni finalizzate allo svolgimento in favore di terzi "
    "di attività o servizi sociali di interesse generale, se più favorevoli rispetto al ricorso al mercato;",
    "DATO ATTO che l'Associazione ha svolto il servizio nel biennio 2024-2025 effettuando "
    "complessivamente n. 2.318 trasporti, con un rimborso delle sole spese effettivamente "
    "sostenute e documentate, e che la stessa risulta regolarmente iscritta al RUNTS;",
    "ESAMINATO lo schema di convenzione predisposto dal Settore Servizi Sociali e alla Persona, "
    "allegato al presente provvedimento quale parte integrante e sostanziale (Allegato A), che "
    "prevede un rimborso massimo annuo di euro 18.500,00;",
    "VISTI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 18 agosto "
    "2000, n. 267, in ordine alla regolarità tecnica e contabile, riportati in calce;",
    "CON VOTI unanimi favorevoli espressi nelle forme di legge,",
]:
    body += p(t, "Just")
body += p("DELIBERA", "Center")
for i, t in enumerate([
    "di approvare lo schema di convenzione con l'Associazione \"Auser Insieme Spinea APS\" per "
    "il servizio di trasporto sociale di persone anziane e fragili per gli anni 2026-2027, "
    "allegato alla presente deliberazione quale parte integrante e sostanziale (Allegato A);",
    "di dare atto che la spesa massima complessiva di euro 37.000,00 (euro 18.500,00 per "
    "ciascuna annualità) trova copertura al capitolo 11045/5 \"Trasferimenti ad associazioni "
    "per servizi sociali\" del bilancio di previsione 2026-2028;",
    "di demandare al Responsabile del Settore Servizi Sociali e alla Persona la sottoscrizione "
    "della convenzione e l'adozione dei conseguenti atti di impegno;",
    "di trasmettere copia della presente deliberazione ai Capigruppo consiliari ai sensi "
    "dell'art. 125 del D.Lgs. n. 267/2000.",
], 1):
    body += p(f"{i}. {t}", "Point")
body += p("")
body += p("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale "
          "dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. "
          "134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di garantire la continuità "
          "del servizio.", "Just")
# pareri
body += p("", "Break")
body += p("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "Center")
body += p("Parere di regolarità tecnica: FAVOREVOLE", "Just")
body += p("Spinea, 05-03-2026          Il Responsabile del Settore  F.to Dott.ssa Paola Bonaldo", "Just")
body += p("Parere di regolarità contabile: FAVOREVOLE", "Just")
body += p("Spinea, 06-03-2026          Il Responsabile del Settore Economico Finanziario  F.to Rag. Michele Pavan", "Just")
body += p("")
body += p("Letto, approvato e sottoscritto.", "Just")
body += ('<table:table table:name="Firme" table:style-name="TSig">'
         '<table:table-column table:style-name="CS"/><table:table-column table:style-name="CS"/>'
         '<table:table-row>' + cell("IL SINDACO", "CellC") + cell("IL SEGRETARIO GENERALE", "CellC") + '</table:table-row>'
         '<table:table-row>' + cell("F.to Chiara Bertoldo", "CellC") + cell("F.to Dott.ssa Lucia Zanon", "CellC") + '</table:table-row>'
         '</table:table>\n')
body += p("")
body += p("REFERTO DI PUBBLICAZIONE (Art. 124 D.Lgs. 267/2000)", "Center")
body += p("Certifico io sottoscritto Segretario Generale, su conforme dichiarazione del Messo, che "
          "copia del presente verbale viene pubblicata il giorno 16-03-2026 all'Albo Pretorio on "
          "line ove rimarrà esposta per 15 giorni consecutivi.", "Just")
body += p("Reg. Pubbl. N. 512", "Small")
body += p("IL SEGRETARIO GENERALE  F.to Dott.ssa Lucia Zanon", "Right")
body += p("")
body += p("Copia conforme all'originale, in carta libera ad uso amministrativo.", "Small")
body += p("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", "Small")

FODT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GC 47/2026</dc:title><meta:generator>Halley Veneto - Atti Amministrativi</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"/>
 <style:style style:name="Just" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm"/></style:style>
 <style:style style:name="Point" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="Copy" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name="Liberation Serif"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="TOgg" style:family="table"><style:table-properties style:width="16.8cm" table:align="left" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="COgg1" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="COgg2" style:family="table-column"><style:table-column-properties style:column-width="14.6cm"/></style:style>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="14cm" table:align="center"/></style:style>
 <style:style style:name="CR1" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="CR2" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="CR3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="TSig" style:family="table"><style:table-properties style:width="16.8cm" table:align="center"/></style:style>
 <style:style style:name="CS" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:footer><text:p text:style-name="Footer">DELIBERAZIONE DELLA GIUNTA COMUNALE n. 47 del 12-03-2026 - Pag. <text:page-number text:select-page="current">1</text:page-number> - COMUNE DI SPINEA</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""
open(OUT, "w", encoding="utf-8").write(FODT)
