#!/usr/bin/env python3
"""San Bartolomeo al Mare, Consiglio Comunale n. 28 of 29/11/2028, Sicraweb
house style from its Writer model: a flat ODF document (the package merges
its .odt model and LibreOffice exports it), the roll in a two-column
section read down, the role before each name, a footer with page fields.
Usage: c28_sanbartolomeo_fodt.py OUT.fodt"""
import sys
from xml.sax.saxutils import escape as E

OUT = sys.argv[1]

roll = [("Sindaco", "ANFOSSI Davide", "presente"),
        ("Consigliere", "LANTERI Chiara", "presente"),
        ("Consigliere", "NOVARO Stefano", "presente"),
        ("Consigliere", "GHIGLIONE Paola", "presente"),
        ("Consigliere", "REVELLI Giorgio", "presente"),
        ("Consigliere", "ORENGO Simona", "presente"),
        ("Consigliere", "ALLAVENA Luca", "presente"),
        ("Consigliere", "GANDOLFO Marisa", "presente"),
        ("Consigliere", "BONAVIA Pietro", "presente"),
        ("Consigliere", "CALVINI Elisa", "presente"),
        ("Consigliere", "RAMELLA Franco", "presente"),
        ("Consigliere", "SASSO Andrea", "presente"),
        ("Consigliere", "BERTONE Giulia", "assente")]


def P(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


roll_x = ""
for i, (r, n, pa) in enumerate(roll):
    st = "RollBreak" if i == 7 else "Roll"
    roll_x += P(st, f"{E(r)}<text:tab/>{E(n)}<text:tab/>{E(pa)}")

body = [
    "Premesso che con deliberazione di Consiglio Comunale n. 41 del 20/12/2027 è stato approvato il bilancio "
    "di previsione finanziario 2028/2030 e che con deliberazione n. 12 del 29/04/2028 è stato approvato il "
    "rendiconto della gestione 2027, che ha accertato un avanzo di amministrazione di cui una quota vincolata "
    "derivante da trasferimenti;",
    "Visto l'art. 175, comma 2, del D.Lgs. n. 267/2000, ai sensi del quale le variazioni al bilancio sono di "
    "competenza dell'organo consiliare e possono essere deliberate sino al 30 novembre di ciascun anno;",
    "Vista la richiesta del Responsabile dell'Area Tecnica di integrare gli stanziamenti destinati agli "
    "interventi di ripristino conseguenti alla mareggiata del 2 e 3 novembre 2028 e di applicare la quota "
    "vincolata dell'avanzo derivante dal contributo regionale per la difesa della costa, pari a euro "
    "64.200,00;",
    "Dato atto che la variazione, dettagliata nei prospetti allegati sotto le lettere A) e B), garantisce il "
    "permanere degli equilibri di bilancio di cui all'art. 193 del D.Lgs. n. 267/2000;",
    "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 14 del "
    "24/11/2028, ai sensi dell'art. 239, comma 1, lett. b), n. 2, del D.Lgs. n. 267/2000;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell'Area Finanziaria, "
    "rag. Silvia Bonanni, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Udita l'illustrazione del Sindaco e il dibattito che ne è seguito, riportato nella registrazione della seduta;",
    "Con la seguente votazione, espressa in forma palese: presenti n. 12, votanti n. 12, favorevoli n. 9, "
    "contrari n. 3 (Ramella, Sasso, Calvini), astenuti n. 0,",
]
points = [
    "di approvare la variazione al bilancio di previsione finanziario 2028/2030, di competenza e di cassa, "
    "come risultante dai prospetti allegati sotto le lettere A) e B), parte integrante e sostanziale del "
    "presente atto;",
    "di applicare al bilancio dell'esercizio 2028 la quota vincolata dell'avanzo di amministrazione pari a "
    "euro 64.200,00, destinata agli interventi di difesa e ripristino della costa;",
    "di dare atto che con la presente variazione permangono gli equilibri di bilancio e il rispetto dei "
    "vincoli di finanza pubblica;",
    "di trasmettere il presente atto al Tesoriere comunale ai sensi dell'art. 216 del D.Lgs. n. 267/2000.",
]

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Deliberazione del Consiglio Comunale n. 28 del 29/11/2028</dc:title>
<meta:generator>Sicraweb Atti Amministrativi - modello DELCC</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #000000" fo:padding-top="0.08cm"/>
  <style:text-properties fo:font-size="7.5pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm"
    fo:margin-bottom="1.2cm" fo:margin-left="2.1cm" fo:margin-right="1.8cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.9cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm" fo:line-height="118%"/>
 </style:style>
 <style:style style:name="Ente" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#1d3f6e"/>
 </style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Box" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Organo" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.16cm"/>
 </style:style>
 <style:style style:name="Tipo" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Ogg" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="1.9cm" fo:text-indent="-1.9cm" fo:border-top="0.6pt solid #000000"
   fo:border-bottom="0.6pt solid #000000" fo:padding="0.1cm" fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Prop" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Center" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="11pt"/>
 </style:style>
 <style:style style:name="Roll" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="2.3cm"/><style:tab-stop style:position="6.2cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="RollBreak" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.05cm" fo:break-before="column">
   <style:tab-stops><style:tab-stop style:position="2.3cm"/><style:tab-stop style:position="6.2cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Tot" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Punto" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-bottom="0.12cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Sig" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="SigB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Note" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Sect" style:family="section">
  <style:section-properties text:dont-balance-text-columns="true">
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="17.1cm" table:align="left"/></style:style>
 <style:style style:name="THead.A" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="THead.B" style:family="table-column"><style:table-column-properties style:column-width="10.3cm"/></style:style>
 <style:style style:name="THead.C" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="TBox" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="TCrest" style:family="table-cell"><style:table-cell-properties fo:border="0.8pt solid #1d3f6e" style:vertical-align="middle"/></style:style>
 <style:style style:name="TNone" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.25cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="Rule" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="1.5pt solid #1d3f6e" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="3pt"/>
 </style:style>
 <style:style style:name="Tiny" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="5.5pt" fo:color="#1d3f6e"/>
 </style:style>
 <style:style style:name="Bd" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">Delibera C.C. n. 28 del 29/11/2028 – Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<table:table table:name="Intestazione" table:style-name="THead">
 <table:table-column table:style-name="THead.A"/><table:table-column table:style-name="THead.B"/><table:table-column table:style-name="THead.C"/>
 <table:table-row>
  <table:table-cell table:style-name="TCrest"><text:p text:style-name="Tiny">STEMMA</text:p></table:table-cell>
  <table:table-cell table:style-name="TNone"><text:p text:style-name="Ente">COMUNE DI SAN BARTOLOMEO AL MARE</text:p><text:p text:style-name="Prov">Provincia di Imperia</text:p></table:table-cell>
  <table:table-cell table:style-name="TBox">
   <text:p text:style-name="Box">Deliberazione n. <text:span text:style-name="Bd">28</text:span></text:p>
   <text:p text:style-name="Box">Data <text:span text:style-name="Bd">29/11/2028</text:span></text:p>
   <text:p text:style-name="Box">Ora <text:span text:style-name="Bd">20:45</text:span></text:p>
  </table:table-cell>
 </table:table-row>
</table:table>
<text:p text:style-name="Rule"/>
<text:p text:style-name="Organo">CONSIGLIO COMUNALE</text:p>
<text:p text:style-name="Tipo">Verbale di deliberazione – Adunanza ordinaria di prima convocazione – Seduta pubblica</text:p>
<text:p text:style-name="Ogg">Oggetto:<text:tab/>Variazione al bilancio di previsione finanziario 2028/2030 e applicazione di quota dell'avanzo di amministrazione vincolato (art. 175, comma 2, D.Lgs. n. 267/2000).</text:p>
<text:p text:style-name="Prop">Proposta n. 36 del 20/11/2028 – Servizio proponente: AREA FINANZIARIA</text:p>
<text:p text:style-name="Body">L'anno duemilaventotto, addì ventinove del mese di novembre alle ore 20:45, nella sala consiliare del Palazzo Comunale, convocato nei modi di legge con avviso prot. n. 10218 del 23/11/2028, si è riunito il Consiglio Comunale in adunanza ordinaria di prima convocazione. All'appello nominale risultano:</text:p>
<text:section text:style-name="Sect" text:name="Appello">
{roll_x}</text:section>
<text:p text:style-name="Tot">Presenti n. 12 – Assenti n. 1</text:p>
<text:p text:style-name="Body">Partecipa il Segretario Comunale dott. Marco Rollandi, il quale provvede alla redazione del presente verbale.</text:p>
<text:p text:style-name="Body">Presiede il Sindaco Sig. Davide Anfossi, il quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e pone in discussione l'argomento iscritto al punto 3 dell'ordine del giorno.</text:p>
<text:p text:style-name="Center">IL CONSIGLIO COMUNALE</text:p>
{"".join(P("Body", E(t)) for t in body)}<text:p text:style-name="Center">DELIBERA</text:p>
{"".join(P("Punto", f"{i}.<text:tab/>" + E(t)) for i, t in enumerate(points, 1))}<text:p text:style-name="Body">Successivamente, con separata votazione che riporta il medesimo esito, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante la scadenza del 30 novembre per le variazioni di bilancio.</text:p>
<text:p text:style-name="Body"><text:span text:style-name="Bd">Letto, confermato e sottoscritto.</text:span></text:p>
<table:table table:name="Firme" table:style-name="THead">
 <table:table-column table:number-columns-repeated="2"/>
 <table:table-row>
  <table:table-cell><text:p text:style-name="SigB">Il Sindaco</text:p><text:p text:style-name="Sig">Davide Anfossi</text:p><text:p text:style-name="Small">(firmato digitalmente)</text:p></table:table-cell>
  <table:table-cell><text:p text:style-name="SigB">Il Segretario Comunale</text:p><text:p text:style-name="Sig">dott. Marco Rollandi</text:p><text:p text:style-name="Small">(firmato digitalmente)</text:p></table:table-cell>
 </table:table-row>
</table:table>
<text:p text:style-name="Note">Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.</text:p>
</office:text></office:body></office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
