# Determinazione - Comune di Ronciglione (VT)
# A flat OpenDocument text (.fodt), the kind of template kept in Collabora Online /
# LibreOffice by a small finance office: label grid on top, body, signature and
# visto; converted to PDF by LibreOffice (build.sh).
import sys
from xml.sax.saxutils import escape as e

SUBJ = "Rimborso di somme indebitamente versate a titolo di IMU per gli anni d'imposta 2022 e 2023 – contribuente identificato con codice n. 40318. Liquidazione."

premesse = [
    "<text:span text:style-name='B'>Premesso</text:span> che con istanza acquisita al protocollo generale n. 2291 del 04/02/2026 il contribuente identificato con codice n. 40318 ha chiesto il rimborso dell'Imposta Municipale Propria versata per gli anni d'imposta 2022 e 2023 su un fabbricato accatastato in categoria C/2, risultato pertinenza dell'abitazione principale;",
    "<text:span text:style-name='B'>Verificato</text:span>, a seguito dell'istruttoria svolta dal Servizio Tributi, che le somme di € 412,00 per l'anno 2022 e di € 412,00 per l'anno 2023 risultano indebitamente versate, non essendo dovuta l'imposta per le pertinenze dell'abitazione principale ai sensi dell'art. 1, comma 740, della Legge 27 dicembre 2019, n. 160;",
    "<text:span text:style-name='B'>Visto</text:span> l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, che disciplina i termini per il rimborso dei tributi locali e il calcolo degli interessi;",
    "<text:span text:style-name='B'>Visti</text:span> il D.Lgs. 18 agosto 2000, n. 267, il vigente Regolamento comunale per la disciplina dell'IMU e il decreto sindacale n. 3 del 09/01/2026 di nomina della sottoscritta quale Responsabile del Settore Economico-Finanziario;",
]
punti = [
    "di disporre, per le motivazioni espresse in premessa, il rimborso al contribuente identificato con codice n. 40318 della somma complessiva di € 851,36, di cui € 824,00 a titolo di imposta ed € 27,36 a titolo di interessi legali;",
    "di imputare la spesa al capitolo 1345 «Rimborsi di tributi comunali» del bilancio di previsione 2026/2028, esercizio 2026, impegno n. 318/2026;",
    "di dare atto che i dati identificativi del contribuente sono conservati agli atti del Servizio Tributi e omessi nella presente determinazione ai sensi del Regolamento (UE) 2016/679.",
]


def P(style, text):
    return f"<text:p text:style-name='{style}'>{text}</text:p>\n"


grid = f"""
<table:table table:name='Etichette' table:style-name='Tgrid'>
 <table:table-column table:style-name='Cw1'/><table:table-column table:style-name='Cw2'/><table:table-column table:style-name='Cw1'/><table:table-column table:style-name='Cw2'/>
 <table:table-row>
  <table:table-cell table:style-name='Cgr' table:number-columns-spanned='4' office:value-type='string'>{P('GridHead','SETTORE ECONOMICO-FINANZIARIO')}</table:table-cell>
  <table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Servizio')}</table:table-cell>
  <table:table-cell table:style-name='Cc' table:number-columns-spanned='3' office:value-type='string'>{P('Val','Servizio Tributi')}</table:table-cell>
  <table:covered-table-cell/><table:covered-table-cell/>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Registro Generale N.')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Val','214')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Data')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Val','11/03/2026')}</table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Registro di Settore N.')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Val','38')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Data')}</table:table-cell>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Val','10/03/2026')}</table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:style-name='Cc' office:value-type='string'>{P('Lab','Oggetto')}</table:table-cell>
  <table:table-cell table:style-name='Cc' table:number-columns-spanned='3' office:value-type='string'>{P('ValB', e(SUBJ))}</table:table-cell>
  <table:covered-table-cell/><table:covered-table-cell/>
 </table:table-row>
</table:table>
"""

body = ""
body += P('Title', 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE')
body += grid
body += P('Center', 'LA RESPONSABILE DEL SETTORE')
for s in premesse:
    body += P('Body', s)
body += P('Center', 'DETERMINA')
for s in punti:
    body += f"<text:list text:style-name='Num'><text:list-item>{P('ListP', e(s))}</text:list-item></text:list>\n" if False else ''
body += "<text:list text:style-name='Num'>\n" + ''.join(f"<text:list-item>{P('ListP', e(s))}</text:list-item>\n" for s in punti) + "</text:list>\n"
body += P('Body', "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Lazio entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
body += P('Sign', 'La Responsabile del Settore Economico-Finanziario<text:line-break/>Dott.ssa Federica Ceccarelli<text:line-break/><text:span text:style-name="I">(documento firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005)</text:span>')
body += P('Center', 'VISTO DI REGOLARITÀ CONTABILE')
body += P('Body', "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 151, comma 4, del D.Lgs. 267/2000. Impegno n. 318/2026.")
body += P('Sign', 'Ronciglione, 11/03/2026<text:line-break/>La Responsabile del Servizio Finanziario<text:line-break/>Dott.ssa Federica Ceccarelli')
body += P('Small', "Pubblicata all'Albo Pretorio on line dal 12/03/2026 per 15 giorni consecutivi – N. reg. pubbl. 366")

doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0'
 xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'
 xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0'
 xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0'
 xmlns:svg='urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0'
 xmlns:meta='urn:oasis:names:tc:opendocument:xmlns:meta:1.0'
 xmlns:dc='http://purl.org/dc/elements/1.1/'
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Determina Reg. Gen. 214-2026</dc:title><meta:generator>Collabora Office</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name='Caladea' svg:font-family='Caladea'/>
 <style:font-face style:name='Carlito' svg:font-family='Carlito'/>
</office:font-face-decls>
<office:styles>
 <style:style style:name='Standard' style:family='paragraph'><style:text-properties style:font-name='Caladea' fo:font-size='11.5pt'/></style:style>
 <style:style style:name='Body' style:family='paragraph' style:parent-style-name='Standard'><style:paragraph-properties fo:text-align='justify' fo:margin-bottom='0.16cm' fo:line-height='125%'/></style:style>
 <style:style style:name='Title' style:family='paragraph' style:parent-style-name='Standard'><style:paragraph-properties fo:text-align='center' fo:margin-top='0.2cm' fo:margin-bottom='0.25cm'/><style:text-properties fo:font-size='13pt' fo:font-weight='bold'/></style:style>
 <style:style style:name='Center' style:family='paragraph' style:parent-style-name='Standard'><style:paragraph-properties fo:text-align='center' fo:margin-top='0.35cm' fo:margin-bottom='0.25cm' fo:keep-with-next='always'/><style:text-properties fo:font-weight='bold' fo:letter-spacing='0.05cm'/></style:style>
 <style:style style:name='ListP' style:family='paragraph' style:parent-style-name='Body'/>
 <style:style style:name='Sign' style:family='paragraph' style:parent-style-name='Standard'><style:paragraph-properties fo:text-align='center' fo:margin-left='8cm' fo:margin-top='0.6cm' fo:margin-bottom='0.3cm'/></style:style>
 <style:style style:name='Small' style:family='paragraph' style:parent-style-name='Standard'><style:paragraph-properties fo:margin-top='0.6cm' fo:border-top='0.5pt solid #000000' fo:padding-top='0.1cm'/><style:text-properties fo:font-size='8.5pt' style:font-name='Carlito'/></style:style>
 <style:style style:name='Lab' style:family='paragraph'><style:text-properties style:font-name='Carlito' fo:font-size='9pt' fo:color='#404040'/></style:style>
 <style:style style:name='Val' style:family='paragraph'><style:text-properties style:font-name='Carlito' fo:font-size='10.5pt'/></style:style>
 <style:style style:name='ValB' style:family='paragraph'><style:paragraph-properties fo:text-align='justify'/><style:text-properties style:font-name='Carlito' fo:font-size='10.5pt' fo:font-weight='bold'/></style:style>
 <style:style style:name='GridHead' style:family='paragraph'><style:paragraph-properties fo:text-align='center'/><style:text-properties style:font-name='Carlito' fo:font-size='11pt' fo:font-weight='bold'/></style:style>
 <style:style style:name='Head1' style:family='paragraph'><style:paragraph-properties fo:text-align='center'/><style:text-properties style:font-name='Caladea' fo:font-size='17pt' fo:font-weight='bold' fo:letter-spacing='0.04cm'/></style:style>
 <style:style style:name='Head2' style:family='paragraph'><style:paragraph-properties fo:text-align='center' fo:border-bottom='1.2pt solid #7a1f1f' fo:padding-bottom='0.1cm'/><style:text-properties style:font-name='Caladea' fo:font-size='10pt' fo:font-style='italic'/></style:style>
 <style:style style:name='Foot' style:family='paragraph'><style:paragraph-properties fo:text-align='center'/><style:text-properties style:font-name='Carlito' fo:font-size='8pt'/></style:style>
 <text:list-style style:name='Num'>
  <text:list-level-style-number text:level='1' style:num-suffix=')' style:num-format='1'>
   <style:list-level-properties text:list-level-position-and-space-mode='label-alignment'>
    <style:list-level-label-alignment text:label-followed-by='listtab' text:list-tab-stop-position='0.8cm' fo:text-indent='-0.8cm' fo:margin-left='0.8cm'/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name='B' style:family='text'><style:text-properties fo:font-weight='bold'/></style:style>
 <style:style style:name='I' style:family='text'><style:text-properties fo:font-style='italic' fo:font-size='9pt'/></style:style>
 <style:style style:name='Tgrid' style:family='table'><style:table-properties style:width='17cm' table:align='center' fo:margin-bottom='0.3cm'/></style:style>
 <style:style style:name='Cw1' style:family='table-column'><style:table-column-properties style:column-width='3.6cm'/></style:style>
 <style:style style:name='Cw2' style:family='table-column'><style:table-column-properties style:column-width='4.9cm'/></style:style>
 <style:style style:name='Cc' style:family='table-cell'><style:table-cell-properties fo:border='0.5pt solid #000000' fo:padding='0.08cm'/></style:style>
 <style:style style:name='Cgr' style:family='table-cell'><style:table-cell-properties fo:border='0.5pt solid #000000' fo:padding='0.08cm' fo:background-color='#d9d9d9'/></style:style>
 <style:page-layout style:name='pm1'>
  <style:page-layout-properties fo:page-width='21cm' fo:page-height='29.7cm' fo:margin-top='1.2cm' fo:margin-bottom='1.2cm' fo:margin-left='2cm' fo:margin-right='2cm'/>
  <style:header-style><style:header-footer-properties fo:min-height='0cm' fo:margin-bottom='0.4cm'/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height='0cm' fo:margin-top='0.4cm'/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name='Standard' style:page-layout-name='pm1'>
  <style:header>
   <text:p text:style-name='Head1'>COMUNE DI RONCIGLIONE</text:p>
   <text:p text:style-name='Head2'>Provincia di Viterbo</text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name='Foot'>Determinazione Reg. Gen. n. 214 del 11/03/2026 – Pag. <text:page-number text:select-page='current'>1</text:page-number> di <text:page-count>1</text:page-count></text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""
open(sys.argv[1], 'w', encoding='utf-8').write(doc)
