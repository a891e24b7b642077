#!/usr/bin/env python3
"""Writes delibera_cc_12_2026.fodt: a Writer document of the Segreteria
(Liberation Serif, two-column roll as a borderless table, vote in prose)."""
from xml.sax.saxutils import escape as E

roll = [
 ("VESPRINI ANDREA","Sindaco","P"),("MARINANGELI CHIARA","Consigliere","P"),
 ("TOSONI FABRIZIO","Presidente","P"),("CATALINI ROBERTA","Consigliere","P"),
 ("ALESSANDRINI MARCO","Consigliere","A"),("FERRACUTI LORENZO","Consigliere","P"),
 ("PAZZELLI SILVIA","Consigliere","P"),("CORRADINI DAVIDE","Consigliere","P"),
 ("VITALI GIULIA","Consigliere","P"),("RICCI EMANUELE","Consigliere","P"),
 ("LUCIANI PAOLA","Consigliere","A"),("SABBATINI STEFANO","Consigliere","P"),
 ("MONTELPARE ILARIA","Consigliere","P"),("CENSI GIACOMO","Consigliere","P"),
 ("D'ANGELO ROSSANA","Consigliere","P"),("FRATTINI MATTEO","Consigliere","P"),
 ("BERDINI ANNA","Consigliere","A"),
]

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'
def b(t): return f'<text:span text:style-name="B">{E(t)}</text:span>'

def cell(t, style="Cell"):
    return f'<table:table-cell table:style-name="TC"><text:p text:style-name="{style}">{t}</text:p></table:table-cell>'

rows = ""
half = 9
for i in range(half):
    l = roll[i]; li = i+1
    line = cell(f"{li}. {E(l[0])}") + cell(E(l[1])) + cell(l[2], "CellC")
    if i + half < len(roll):
        r = roll[i+half]; ri = i+half+1
        line += cell(f"{ri}. {E(r[0])}") + cell(E(r[1])) + cell(r[2], "CellC")
    else:
        line += cell("") + cell("") + cell("", "CellC")
    rows += f"<table:table-row>{line}</table:table-row>\n"

body = ""
body += p("COMUNE DI PORTO SAN GIORGIO", "Ente")
body += p("Provincia di Fermo", "Prov")
body += p("", "Body")
body += p("ORIGINALE", "Right")
body += p("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Titolo")
body += p("N. 12 del 05/03/2026", "Titolo")
body += p("Adunanza straordinaria di prima convocazione – Seduta pubblica", "Center")
body += p("", "Body")
body += p(b("OGGETTO:") + " " + b("Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – Modifiche agli articoli 14, 22 e 31."), "Ogg")
body += p("", "Body")
body += p("L’anno duemilaventisei, addì cinque del mese di marzo, alle ore 18:00, nella Sala consiliare del Palazzo Municipale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale.")
body += p("All’appello nominale risultano:")
body += ('<table:table table:name="Appello" table:style-name="TApp">'
         '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>'
         '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>\n'
         + rows + '</table:table>\n')
body += p("Presenti n. 14 – Assenti n. 3 (Alessandrini, Luciani, Berdini)", "Right")
body += p("Presiede la seduta il Presidente del Consiglio " + b("Sig. Fabrizio Tosoni") + ". Partecipa il Segretario Generale " + b("Dott. Alberto Paoletti") + ", incaricato della redazione del verbale. Il Presidente, riconosciuta la legalità dell’adunanza, nomina scrutatori i Consiglieri Vitali, Ricci e D’Angelo.")
body += p("IL CONSIGLIO COMUNALE", "Center")
body += p("Premesso che con deliberazione consiliare n. 9 del 29/03/2021 è stato approvato il Regolamento per la disciplina del canone unico patrimoniale di cui all’art. 1, commi 816 e seguenti, della Legge 27 dicembre 2019, n. 160;")
body += p("Ritenuto necessario modificare gli articoli 14 (occupazioni per manifestazioni ed eventi), 22 (riduzioni ed esenzioni) e 31 (sanzioni e indennità) per adeguarli alle esigenze emerse nella stagione balneare 2025;")
body += p("Visto il parere favorevole della II Commissione consiliare permanente espresso nella seduta del 26/02/2026;")
body += p("Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, nonché il parere dell’Organo di revisione (verbale n. 4 del 27/02/2026);")
body += p("Uditi gli interventi dei Consiglieri, riportati nella trascrizione integrale della seduta depositata agli atti;")
body += p("Con la seguente votazione, resa per alzata di mano e proclamata dal Presidente: presenti n. 14, votanti n. 13, astenuti n. 1 (Censi), voti favorevoli n. 10, voti contrari n. 3 (Sabbatini, Montelpare, D’Angelo);")
body += p("DELIBERA", "Center")
body += p("1) di approvare le modifiche agli articoli 14, 22 e 31 del Regolamento comunale per la disciplina del canone unico patrimoniale, nel testo riportato nell’Allegato A, parte integrante e sostanziale del presente atto;", "Punto")
body += p("2) di stabilire che le modifiche si applicano dal 1° aprile 2026;", "Punto")
body += p("3) di disporre la pubblicazione del Regolamento aggiornato nella sezione “Amministrazione trasparente” del sito istituzionale e la trasmissione al Ministero dell’Economia e delle Finanze tramite il Portale del federalismo fiscale.", "Punto")
body += p("Successivamente, con voti favorevoli n. 10, contrari n. 3 e astenuti n. 1, resi per alzata di mano, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.")
body += p("", "Body")
body += p("Letto, approvato e sottoscritto.")
body += ('<table:table table:name="Firme" table:style-name="TApp"><table:table-column table:style-name="CF"/><table:table-column table:style-name="CF"/>'
         '<table:table-row>' + cell("IL PRESIDENTE DEL CONSIGLIO", "CellC") + cell("IL SEGRETARIO GENERALE", "CellC") + '</table:table-row>'
         '<table:table-row>' + cell("Fabrizio Tosoni", "CellC") + cell("Dott. Alberto Paoletti", "CellC") + '</table:table-row>'
         '<table:table-row>' + cell("(firmato digitalmente)", "CellC") + cell("(firmato digitalmente)", "CellC") + '</table:table-row></table:table>\n')

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="120%"/></style:style>
 <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="18pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:border="0.5pt solid #000000" fo:padding="0.15cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
 <style:style style:name="CellC" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.06pt solid #000000"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TApp" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="1.3cm"/></style:style>
 <style:style style:name="CF" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="Head">Comune di Porto San Giorgio – Deliberazione C.C. n. 12 del 05/03/2026</text:p></style:header>
 <style:footer><text:p text:style-name="Foot">Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count> – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open("delibera_cc_12_2026.fodt", "w", encoding="utf-8").write(doc)
