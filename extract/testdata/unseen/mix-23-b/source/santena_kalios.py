#!/usr/bin/env python3
"""Deliberazione di Giunta, Comune di Santena: a flat ODT (Writer) in the
layout of the Kalìos 'Gestione Atti' print, converted to PDF by LibreOffice."""
import sys
from xml.sax.saxutils import escape as e

OUT = sys.argv[1] if len(sys.argv) > 1 else "santena.fodt"

def p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'

def cell(text, style="Cell", pstyle="TC"):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'{p(pstyle, text)}</table:table-cell>')

roll = [
    ("DEMARIA LORENZO", "Sindaco", True),
    ("MOLINO CHIARA", "Vicesindaco", True),
    ("BALLATORE FABRIZIO", "Assessore", True),
    ("TOSCO ELENA", "Assessore", False),
    ("CAMUSSO PIERGIORGIO", "Assessore", True),
]

rows = ""
for n, r, pr in roll:
    rows += ('<table:table-row>' + cell(e(n), pstyle="TL") + cell(e(r), pstyle="TL")
             + cell("X" if pr else "") + cell("" if pr else "X") + '</table:table-row>\n')

subject = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "MANUTENZIONE STRAORDINARIA DEI MARCIAPIEDI DI VIA TETTI AGOSTINO E VIA "
           "SAN SALVÀ – CUP F37H26000120004.")

body = []
B = body.append
B(p("Center", "<text:span text:style-name=\"Bold\">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</text:span>"))
B(p("Center", "N. 38"))
B('<table:table table:name="Oggetto" table:style-name="TabOgg">'
  '<table:table-column table:style-name="TabOggA"/><table:table-column table:style-name="TabOggB"/>'
  '<table:table-row>' + cell("OGGETTO:", "CellNo", "TBold") + cell(e(subject), "CellNo", "TJustBold") +
  '</table:table-row></table:table>\n')
B(p("Just", "L’anno <text:span text:style-name=\"Bold\">duemilaventisei</text:span>, addì "
  "<text:span text:style-name=\"Bold\">diciassette</text:span> del mese di "
  "<text:span text:style-name=\"Bold\">marzo</text:span> alle ore <text:span text:style-name=\"Bold\">17:30</text:span>, "
  "nella solita sala delle adunanze, regolarmente convocata, si è riunita la Giunta Comunale nelle persone dei Signori:"))
B('<table:table table:name="Appello" table:style-name="TabApp">'
  '<table:table-column table:style-name="TabAppA"/><table:table-column table:style-name="TabAppB"/>'
  '<table:table-column table:style-name="TabAppC"/><table:table-column table:style-name="TabAppC"/>'
  '<table:table-header-rows><table:table-row>' + cell("Cognome e Nome", pstyle="THead") + cell("Carica", pstyle="THead")
  + cell("Presente", pstyle="THead") + cell("Assente", pstyle="THead") + '</table:table-row></table:table-header-rows>\n'
  + rows +
  '<table:table-row>' + cell("") + cell("Totale", pstyle="TR") + cell("4") + cell("1") + '</table:table-row>'
  '</table:table>\n')
B(p("Just", "Assiste all’adunanza il Segretario Comunale <text:span text:style-name=\"Bold\">Dott.ssa Laura Migliore</text:span>, "
  "il quale provvede alla redazione del presente verbale."))
B(p("Just", "Essendo legale il numero degli intervenuti, il Sig. <text:span text:style-name=\"Bold\">Lorenzo Demaria</text:span>, "
  "nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato."))
B(p("CenterB", "LA GIUNTA COMUNALE"))
for t in [
    "Premesso che con deliberazione del Consiglio Comunale n. 9 del 26/02/2026, dichiarata immediatamente eseguibile, è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028, nel quale è compreso il programma triennale dei lavori pubblici;",
    "Considerato che i marciapiedi di Via Tetti Agostino e di Via San Salvà presentano numerosi tratti ammalorati, con sollevamenti della pavimentazione dovuti agli apparati radicali delle alberature e con cordoli sconnessi, tali da costituire pericolo per la pubblica incolumità e da impedire la fruizione da parte delle persone con ridotta capacità motoria;",
    "Richiamata la determinazione del Responsabile dell’Area Tecnica n. 61 del 04/02/2026 con la quale è stato affidato all’Ing. Davide Ferrero di Chieri l’incarico per la redazione del progetto di fattibilità tecnico-economica dei lavori in oggetto;",
    "Visto il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato in data 09/03/2026, prot. n. 4127, composto dagli elaborati elencati nel dispositivo, che prevede una spesa complessiva di € 185.000,00, di cui € 142.600,00 per lavori a base d’asta (compresi € 4.300,00 per oneri della sicurezza non soggetti a ribasso) ed € 42.400,00 per somme a disposizione dell’Amministrazione;",
    "Visto il verbale di verifica del progetto redatto dal Responsabile Unico del Progetto in data 12/03/2026, ai sensi dell’art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
    "Visto il D.Lgs. 18 agosto 2000, n. 267 e s.m.i.;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili dei servizi interessati, allegati al presente atto;",
    "Con voti unanimi favorevoli espressi in forma palese,",
]:
    B(p("Just", e(t)))
B(p("CenterB", "D E L I B E R A"))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria dei marciapiedi di Via Tetti Agostino e Via San Salvà, redatto dall’Ing. Davide Ferrero, dell’importo complessivo di € 185.000,00, composto da: relazione tecnico-illustrativa, computo metrico estimativo, quadro economico, elaborati grafici (tavv. 1-4), prime indicazioni per la stesura del piano di sicurezza;",
    "di dare atto che la spesa complessiva di € 185.000,00 trova copertura alla Missione 10, Programma 5, Capitolo 8230/1 del bilancio di previsione 2026/2028, esercizio 2026, finanziata con avanzo di amministrazione destinato agli investimenti;",
    "di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti, compreso l’affidamento della progettazione esecutiva;",
    "di dare atto che il Responsabile Unico del Progetto è l’Arch. Simona Gillio, Responsabile dell’Area Tecnica.",
]
for i, t in enumerate(pts, 1):
    B(p("Num", f"{i}. " + e(t)))
B(p("Just", "Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara la presente deliberazione "
  "<text:span text:style-name=\"Bold\">immediatamente eseguibile</text:span>, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, "
  "stante l’urgenza di avviare la progettazione esecutiva."))
B(p("Just", "Letto, confermato e sottoscritto."))
B('<table:table table:name="Firme" table:style-name="TabOgg">'
  '<table:table-column table:style-name="TabFirma"/><table:table-column table:style-name="TabFirma"/>'
  '<table:table-row>' + cell("IL SINDACO", "CellNo") + cell("IL SEGRETARIO COMUNALE", "CellNo") + '</table:table-row>'
  '<table:table-row>' + cell("Lorenzo Demaria", "CellNo") + cell("Dott.ssa Laura Migliore", "CellNo") + '</table:table-row>'
  '<table:table-row>' + cell("(firmato digitalmente)", "CellNo", "TSmall") + cell("(firmato digitalmente)", "CellNo", "TSmall") + '</table:table-row>'
  '</table:table>\n')
B('<text:p text:style-name="Break"/>')
B(p("CenterB", "PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000"))
B(p("Just", "Parere di regolarità tecnica: FAVOREVOLE. Santena, 13/03/2026. Il Responsabile dell’Area Tecnica – Arch. Simona Gillio"))
B(p("Just", "Parere di regolarità contabile: FAVOREVOLE. Santena, 13/03/2026. Il Responsabile dell’Area Economico-Finanziaria – Rag. Marco Audisio"))
B(p("CenterB", "CERTIFICATO DI PUBBLICAZIONE"))
B(p("Just", "La presente deliberazione viene pubblicata all’Albo Pretorio on line del Comune per quindici giorni consecutivi dal 19/03/2026 "
  "al 03/04/2026, ai sensi dell’art. 124 del D.Lgs. 267/2000, ed è contestualmente comunicata ai Capigruppo consiliari "
  "ai sensi dell’art. 125 del medesimo decreto."))
B(p("Just", "Santena, 19/03/2026 — Il Segretario Comunale – Dott.ssa Laura Migliore"))
B(p("CenterB", "ESECUTIVITÀ"))
B(p("Just", "[X] Dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.<text:line-break/>"
  "[  ] Divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, del D.Lgs. 267/2000)."))

styles = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Just" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CenterB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="HeadCom" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="HeadSub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="HeadCrest" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7pt" fo:font-style="italic" fo:color="#555555"/></style:style>
 <style:style style:name="HeadRule" style:family="paragraph"><style:paragraph-properties fo:text-align="right" fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.08cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.06pt solid #000000" fo:padding-top="0.08cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="TC" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
 <style:style style:name="TL" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
 <style:style style:name="TR" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="THead" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TBold" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TJustBold" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TSmall" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="TabOgg" style:family="table"><style:table-properties style:width="16.8cm" table:align="left" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TabOggA" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="TabOggB" style:family="table-column"><style:table-column-properties style:column-width="14.2cm"/></style:style>
 <style:style style:name="TabFirma" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
 <style:style style:name="TabApp" style:family="table"><style:table-properties style:width="15cm" table:align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TabAppA" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TabAppB" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="TabAppC" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellNo" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>
   <text:p text:style-name="HeadCrest">[stemma del Comune]</text:p>
   <text:p text:style-name="HeadCom">COMUNE DI SANTENA</text:p>
   <text:p text:style-name="HeadSub">Città Metropolitana di Torino</text:p>
   <text:p text:style-name="HeadSub">Piazza Martiri della Libertà, 7 – 10026 Santena (TO) – C.F. 84500680014</text:p>
   <text:p text:style-name="HeadRule">ORIGINALE</text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name="Foot">Deliberazione della Giunta Comunale n. 38 del 17/03/2026 – Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count><text:line-break/>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Gestione Atti Kalìos</text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
"""

doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GC 38/2026</dc:title><meta:initial-creator>kalios</meta:initial-creator></office:meta>
{styles}
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document>
"""
open(OUT, "w", encoding="utf-8").write(doc)
