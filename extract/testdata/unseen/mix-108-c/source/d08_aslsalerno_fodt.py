#!/usr/bin/env python3
"""ASL Salerno - determina del Direttore della U.O.C. Acquisizione Beni e Servizi n. 1456/2026.
House style "AdWeb": a flat ODF text document typed on the agency's Writer model:
a header table with the logo box, the title "DETERMINAZIONE" letter-spaced with
fo:letter-spacing, a two-column grid with number, date, proposal and structure,
a footer with the act's number and "Pagina x di y" fields. LibreOffice exports it."""
import sys
from xml.sax.saxutils import escape as E

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
<office:meta><dc:title>Determina n. 1456 del 21/07/2026</dc:title><meta:generator>AdWeb Atti 2026</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.14cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="125%"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.35cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.16cm" fo:color="#1b4f8a"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#1b4f8a"/></style:style>
 <style:style style:name="Sm" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="Logo" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Pt" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.9cm" fo:text-indent="-0.7cm" fo:line-height="125%"/></style:style>
 <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="8.5cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="tHead" style:family="table"><style:table-properties style:width="16.8cm" table:align="margins"/></style:style>
 <style:style style:name="tHead.A" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="tHead.B" style:family="table-column"><style:table-column-properties style:column-width="13.8cm"/></style:style>
 <style:style style:name="cLogo" style:family="table-cell"><style:table-cell-properties fo:background-color="#1b4f8a" fo:padding="0.15cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="cEnte" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.3cm" fo:border-bottom="1.2pt solid #1b4f8a" style:vertical-align="middle"/></style:style>
 <style:style style:name="tGrid" style:family="table"><style:table-properties style:width="16.8cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="tGrid.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="tGrid.B" style:family="table-column"><style:table-column-properties style:column-width="12.6cm"/></style:style>
 <style:style style:name="cK" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6eef7" fo:padding="0.08cm" fo:border="0.5pt solid #7f93ad"/></style:style>
 <style:style style:name="cV" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7f93ad"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Foot">ASL Salerno – Determina n. 1456 del 21/07/2026 – Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def p(style, text, raw=False):
    return f'<text:p text:style-name="{style}">{text if raw else E(text)}</text:p>\n'


def row(k, v):
    return (f'<table:table-row><table:table-cell table:style-name="cK" office:value-type="string">{p("Cell", k)}'
            f'</table:table-cell><table:table-cell table:style-name="cV" office:value-type="string">{v}'
            f'</table:table-cell></table:table-row>\n')

body = ""
body += ('<table:table table:name="Intestazione" table:style-name="tHead">'
         '<table:table-column table:style-name="tHead.A"/><table:table-column table:style-name="tHead.B"/>'
         '<table:table-row><table:table-cell table:style-name="cLogo" office:value-type="string">'
         + p("Logo", "ASL") + p("Logo", "SA") +
         '</table:table-cell><table:table-cell table:style-name="cEnte" office:value-type="string">'
         + p("Ente", "Azienda Sanitaria Locale Salerno")
         + p("Sm", "Sede legale: Via Nizza 146 – 84124 Salerno – C.F./P.IVA 04701800650")
         + p("Sm", "protocollo@pec.aslsalerno.it – www.aslsalerno.it")
         + '</table:table-cell></table:table-row></table:table>\n')
body += p("Title", "DETERMINAZIONE")
OGG = ("Adesione alla Convenzione So.Re.Sa. per la fornitura di dispositivi medici per l'autocontrollo "
       "glicemico (aghi per penna e lancette pungidito) – periodo 01/08/2026 – 31/07/2027 – importo "
       "presunto € 186.400,00 oltre IVA")
body += ('<table:table table:name="Estremi" table:style-name="tGrid">'
         '<table:table-column table:style-name="tGrid.A"/><table:table-column table:style-name="tGrid.B"/>'
         + row("Numero", p("Cell", '<text:span text:style-name="B">1456</text:span>', raw=True))
         + row("Data", p("Cell", '<text:span text:style-name="B">21/07/2026</text:span>', raw=True))
         + row("Proposta", p("Cell", "n. 1702 del 17/07/2026"))
         + row("Struttura", p("Cell", "U.O.C. Acquisizione Beni e Servizi – Dipartimento Amministrativo"))
         + row("Responsabile del procedimento", p("Cell", "dott.ssa Anna Sessa"))
         + row("Oggetto", p("Cell", f'<text:span text:style-name="B">{E(OGG)}</text:span>', raw=True))
         + '</table:table>\n')
body += p("C", "IL DIRETTORE DELLA U.O.C. ACQUISIZIONE BENI E SERVIZI")
for t in [
    "VISTA la deliberazione del Direttore Generale n. 1021 del 29/12/2025, con la quale sono state "
    "delegate ai Direttori delle Unità Operative Complesse dell'area amministrativa le funzioni di "
    "adozione degli atti di gestione, ivi comprese le adesioni alle convenzioni della centrale di "
    "committenza regionale;",
    "PREMESSO che So.Re.Sa. S.p.A., soggetto aggregatore della Regione Campania, ha stipulato la "
    "convenzione per la fornitura di dispositivi medici per l'autocontrollo glicemico destinati alle "
    "Aziende sanitarie regionali, con durata di trentasei mesi;",
    "CONSIDERATO che ai sensi dell'articolo 9, comma 3, del D.L. 24 aprile 2014, n. 66, convertito dalla "
    "legge 23 giugno 2014, n. 89, le Aziende sanitarie sono tenute ad approvvigionarsi attraverso il "
    "soggetto aggregatore di riferimento per le categorie merceologiche individuate con D.P.C.M.;",
    "VISTO il fabbisogno annuale comunicato dalla U.O.C. Farmaceutica Territoriale con nota prot. n. "
    "154210 del 02/07/2026, quantificato in 2.180.000 aghi per penna e 1.460.000 lancette pungidito "
    "per i pazienti diabetici assistiti dai Distretti sanitari;",
    "RITENUTO di aderire alla convenzione per il periodo dal 01/08/2026 al 31/07/2027, per l'importo "
    "presunto di euro 186.400,00 oltre IVA al 4%;",
    "ATTESTATA la regolarità tecnica e amministrativa del procedimento da parte del Responsabile del "
    "procedimento, che dichiara l'assenza di conflitti di interesse;",
]:
    body += p("J", t)
body += p("C", "DETERMINA")
pts = [
    "di aderire alla Convenzione So.Re.Sa. per la fornitura di dispositivi medici per l'autocontrollo "
    "glicemico per il periodo dal 01/08/2026 al 31/07/2027;",
    "di autorizzare l'emissione degli ordinativi di fornitura per l'importo presunto di euro 186.400,00 "
    "oltre IVA al 4%, pari a euro 193.856,00 complessivi;",
    "di imputare la spesa al conto economico 5010107010 \"Dispositivi medici per diabetici\" dei bilanci "
    "2026 e 2027, per le quote di competenza;",
    "di nominare direttore dell'esecuzione del contratto il dott. Paolo Vitolo, farmacista dirigente della "
    "U.O.C. Farmaceutica Territoriale;",
    "di trasmettere il presente atto alla U.O.C. Gestione Economico-Finanziaria e alla U.O.C. "
    "Farmaceutica Territoriale per quanto di competenza.",
]
for i, t in enumerate(pts, 1):
    body += p("Pt", f"{i}.\t{t}", raw=False).replace("\t", "<text:tab/>")
body += p("J", "Il presente provvedimento è immediatamente esecutivo e sarà pubblicato all'Albo pretorio "
                "on line aziendale ai sensi dell'art. 32 della legge 69/2009.")
body += p("Standard", "")
body += p("Sig", "Il Direttore della U.O.C. Acquisizione Beni e Servizi")
body += p("Sig", '<text:span text:style-name="B">dott. Gennaro Iannuzzi</text:span>', raw=True)
body += p("Sig", "(firmato digitalmente)")

xml = HEAD + body + "</office:text></office:body></office:document>\n"
open(out, "w", encoding="utf-8").write(xml)
