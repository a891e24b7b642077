#!/usr/bin/env python3
"""Chieti, Consiglio Comunale n. 2 del 12/01/2029: a flat ODT (.fodt) written by
hand (Halley-like print, Times), exported by LibreOffice Writer. The roll groups
the councillors under their council groups, each group's name on its own row.
Usage: cc02_chieti_fodt.py OUT.fodt CRESTDIR"""
import base64
import os
import sys
from xml.sax.saxutils import escape

from chieti_data import GROUPS, SINDACO, title_case

out, crestdir = sys.argv[1], sys.argv[2]
ABSENT = {"COLANTONIO ILARIA", "IEZZI MASSIMO", "CIPOLLONE VINCENZO", "SCIARRETTA DEBORA"}
img = base64.b64encode(open(os.path.join(crestdir, "crest_chieti.png"), "rb").read()).decode()

E = escape
body = []


def p(text, style="Body"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (style, text))


def b(t):
    return '<text:span text:style-name="B">%s</text:span>' % E(t)


def i(t):
    return '<text:span text:style-name="I">%s</text:span>' % E(t)


# letterhead
body.append('<text:p text:style-name="Center"><draw:frame draw:style-name="fr1" draw:name="stemma" '
            'text:anchor-type="as-char" svg:width="1.4cm" svg:height="1.7cm" draw:z-index="0"><draw:image>'
            '<office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>' % img)
p("COMUNE DI CHIETI", "Ente")
p("Provincia di Chieti", "EnteSub")
p("", "Small")
p("COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Titolo")
body.append('''<table:table table:name="Numero" table:style-name="TNum">
<table:table-column table:style-name="TNum.A"/><table:table-column table:style-name="TNum.B"/>
<table:table-row><table:table-cell table:style-name="Box" office:value-type="string"><text:p text:style-name="Cell">Numero %s</text:p></table:table-cell>
<table:table-cell table:style-name="Box" office:value-type="string"><text:p text:style-name="Cell">Del %s</text:p></table:table-cell></table:table-row>
</table:table>''' % (b("2"), b("12-01-2029")))
p("", "Small")
body.append('''<table:table table:name="Oggetto" table:style-name="TOgg">
<table:table-column table:style-name="TOgg.A"/><table:table-column table:style-name="TOgg.B"/>
<table:table-row><table:table-cell table:style-name="BoxT" office:value-type="string"><text:p text:style-name="CellB">Oggetto:</text:p></table:table-cell>
<table:table-cell table:style-name="BoxT" office:value-type="string"><text:p text:style-name="CellJ">%s</text:p></table:table-cell></table:table-row>
</table:table>''' % E("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEI DEHORS E DELLE OCCUPAZIONI DI "
                      "SUOLO PUBBLICO A SERVIZIO DEI PUBBLICI ESERCIZI NEL CENTRO STORICO"))
p("", "Small")
p("L'anno duemilaventinove il giorno dodici del mese di gennaio alle ore 15:30, nella Sala Consiliare di "
  "Palazzo d'Achille, a seguito di convocazione disposta dal Presidente del Consiglio con avviso prot. n. 1874 "
  "del 05/01/2029, regolarmente notificato, si è riunito il Consiglio Comunale in sessione ordinaria, seduta "
  "pubblica di prima convocazione.")
p("Dei Consiglieri comunali sono presenti n.  29 e assenti n.   4, come segue:")

# roll
rows = []


def rrow(name, role, pres):
    rows.append('<table:table-row><table:table-cell table:style-name="Rc" office:value-type="string">'
                '<text:p text:style-name="Roll">%s</text:p></table:table-cell>'
                '<table:table-cell table:style-name="Rc" office:value-type="string"><text:p text:style-name="Roll">'
                '%s</text:p></table:table-cell><table:table-cell table:style-name="Rc" office:value-type="string">'
                '<text:p text:style-name="RollC">%s</text:p></table:table-cell></table:table-row>'
                % (E(name), E(role), pres))


def grow(g):
    rows.append('<table:table-row><table:table-cell table:style-name="Rg" table:number-columns-spanned="3" '
                'office:value-type="string"><text:p text:style-name="RollG">%s</text:p></table:table-cell>'
                '<table:covered-table-cell/><table:covered-table-cell/></table:table-row>' % E(g))


rrow(SINDACO[0], SINDACO[1], "Presente")
for g, members in GROUPS:
    grow(g)
    for n, r in members:
        rrow(n, r, "Assente" if n in ABSENT else "Presente")
body.append('<table:table table:name="Appello" table:style-name="TRoll"><table:table-column '
            'table:style-name="TRoll.A"/><table:table-column table:style-name="TRoll.B"/><table:table-column '
            'table:style-name="TRoll.C"/>%s</table:table>' % "".join(rows))
p("", "Small")
p("Sono presenti, senza diritto di voto, gli Assessori: Di Giovanni Teresa, D'Angelo Pietro, Mancini Laura, "
  "Di Marzio Roberto.")
p("Assume la presidenza l'Avv. Fabio D'Alessandro, Presidente del Consiglio Comunale.")
p("Partecipa il Segretario Generale Dott.ssa Mariarosaria Tinari, incaricata della redazione del verbale.")
p("Il Presidente, accertato il numero legale, dichiara aperta la seduta e invita il Consiglio a deliberare "
  "sull'oggetto sopra indicato, iscritto al punto n. 3 dell'ordine del giorno. Vengono designati scrutatori i "
  "consiglieri Bucciarelli Sara, Di Fabio Luca e Di Berardino Paolo.")
p("IL CONSIGLIO COMUNALE", "Heading")
for lead, rest in [
    ("Vista", " la proposta di deliberazione n. 4 del 03/01/2029 – Settore proponente: Settore Sviluppo "
              "Economico e Attività Produttive;"),
    ("Premesso", " che con deliberazione del Consiglio Comunale n. 112 del 27/11/2014 è stato approvato il "
                 "regolamento per l'installazione di dehors stagionali e permanenti, successivamente modificato "
                 "con deliberazione n. 41 del 30/04/2021;"),
    ("Considerato", " che il Piano di recupero del Centro Storico e le linee guida concordate con la "
                    "Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Chieti e Pescara "
                    "richiedono criteri uniformi per tipologie, materiali e colori delle strutture poste su Corso "
                    "Marrucino, Piazza Valignani, Piazza G.B. Vico e nelle vie limitrofe;"),
    ("Dato atto", " che lo schema di regolamento, composto da n. 24 articoli e n. 3 allegati tecnici, è stato "
                  "illustrato alle associazioni di categoria nell'incontro del 02/12/2028 ed esaminato dalla II "
                  "Commissione Consiliare Permanente nelle sedute del 18/12/2028 e del 08/01/2029;"),
    ("Visti", " l'art. 52 del D.Lgs. 15 dicembre 1997, n. 446, l'art. 1, commi 816 e seguenti, della L. 27 "
              "dicembre 2019, n. 160, e l'art. 42 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("Visti", " i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
              "267/2000, allegati al presente atto;"),
    ("Uditi", " gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;"),
]:
    p(i(lead) + E(rest))
p("Con la seguente votazione, espressa per alzata di mano e accertata dal Presidente con l'assistenza degli "
  "scrutatori:")
p("Presenti n. 29 – Votanti n. 27 – Favorevoli n. 18 – Contrari n. 9 (Di Pietrantonio, Ruggieri, Di Berardino, "
  "D'Orazio, Di Matteo, Febo, Zappacosta, Di Carlo, D'Ercole) – Astenuti n. 2 (Tatasciore, Pantalone)", "Voto")
p("DELIBERA", "Heading")
pts = [
    "di approvare il \"Regolamento comunale per la disciplina dei dehors e delle occupazioni di suolo pubblico a "
    "servizio dei pubblici esercizi nel Centro Storico\", composto da n. 24 articoli e n. 3 allegati tecnici, che "
    "costituisce parte integrante e sostanziale del presente atto;",
    "di abrogare il regolamento approvato con deliberazione del Consiglio Comunale n. 112 del 27/11/2014 e "
    "successive modificazioni, a decorrere dall'entrata in vigore del nuovo regolamento;",
    "di stabilire che le concessioni in essere conservano efficacia fino alla loro scadenza e comunque non oltre "
    "il 31/12/2029, entro il quale i titolari dovranno adeguare le strutture alle nuove prescrizioni;",
    "di demandare al Dirigente del Settore Sviluppo Economico e Attività Produttive e al Comandante della "
    "Polizia Locale, per quanto di rispettiva competenza, l'adozione degli atti conseguenti;",
    "di disporre la pubblicazione del regolamento sul sito istituzionale dell'Ente, nella sezione "
    "\"Amministrazione Trasparente\" – Disposizioni generali – Atti generali.",
]
for k, t in enumerate(pts, 1):
    p("%d) %s" % (k, E(t)), "Punto")
p("Successivamente,", "Body")
p("IL CONSIGLIO COMUNALE", "Heading")
p("Con separata votazione, espressa per alzata di mano, che dà il seguente risultato: Presenti n. 29 – Votanti "
  "n. 27 – Favorevoli n. 18 – Contrari n. 9 – Astenuti n. 2,")
p("DELIBERA", "Heading")
p("di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
  "267/2000, per consentire l'applicazione delle nuove norme dall'imminente stagione primaverile.")
p("", "Small")
p("Il presente verbale viene letto, approvato e sottoscritto.")
body.append('''<table:table table:name="Firme" table:style-name="TFirme">
<table:table-column table:style-name="TFirme.A" table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Center">IL PRESIDENTE</text:p><text:p text:style-name="Center">F.to Avv. Fabio D'Alessandro</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p text:style-name="Center">IL SEGRETARIO GENERALE</text:p><text:p text:style-name="Center">F.to Dott.ssa Mariarosaria Tinari</text:p></table:table-cell></table:table-row>
</table:table>''')
p("", "Small")
p("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "SmallB")
p("Parere di regolarità tecnica: Favorevole. Chieti, 04-01-2029. Il Dirigente del Settore Sviluppo Economico e "
  "Attività Produttive, F.to Dott. Giuseppe Di Nardo", "Small")
p("Parere di regolarità contabile: Favorevole. Chieti, 05-01-2029. Il Dirigente del Settore Risorse Finanziarie, "
  "F.to Dott.ssa Anna Rita Cianci", "Small")

FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Deliberazione del Consiglio Comunale n. 2 del 12-01-2029</dc:title>
<meta:initial-creator>Segreteria Generale</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="11pt" fo:language="it" fo:country="IT" fo:hyphenate="false"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Voto" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-right="0.8cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="EnteSub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.04cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CellJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Roll" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="RollC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="RollG" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="SmallB" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TNum" style:family="table"><style:table-properties style:width="9cm" table:align="center"/></style:style>
 <style:style style:name="TNum.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="TNum.B" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="TOgg" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="TOgg.A" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="TOgg.B" style:family="table-column"><style:table-column-properties style:column-width="14.8cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
 <style:style style:name="BoxT" style:family="table-cell"><style:table-cell-properties fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none" fo:padding="0.1cm"/></style:style>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="15cm" table:align="center"/></style:style>
 <style:style style:name="TRoll.A" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TRoll.B" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="TRoll.C" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Rc" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.02cm" fo:padding-bottom="0.02cm" fo:padding-left="0.1cm" fo:border="none"/></style:style>
 <style:style style:name="Rg" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.05cm" fo:padding-left="0.1cm" fo:border-bottom="0.5pt solid #808080" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="TFirme" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="TFirme.A" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">Delibera C.C. n. 2 del 12/01/2029 – Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(FODT.replace("%s", "\n".join(body)))
