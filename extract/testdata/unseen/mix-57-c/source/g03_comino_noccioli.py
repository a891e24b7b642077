# Giunta of the Unione dei Comuni Valle di Comino, in the manner of a Noccioli pre-printed form
# filled in a word processor: writes a flat ODT and converts it with LibreOffice.
import sys, os, subprocess, html
out = sys.argv[1]
work = os.path.dirname(os.path.abspath(out)) + '/scratch'
os.makedirs(work, exist_ok=True)
E = html.escape

def p(text, style='Body'):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)

def cell(content, style='Cell'):
    return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (style, content)

body = []
body.append(p('UNIONE DEI COMUNI VALLE DI COMINO', 'Ente'))
body.append(p('(Provincia di Frosinone)', 'Prov'))
body.append(p('Sede legale: Atina (FR)', 'Prov'))
body.append(p('', 'Body'))
# boxed heading, typical of the pre-printed form
body.append('<table:table table:name="Testata" table:style-name="TBox"><table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>'
            '<table:table-row>' + cell(p('COPIA', 'CellC')) + cell(p('VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL’UNIONE', 'CellTit')) + '</table:table-row>'
            '<table:table-row>' + cell(p('N. 9', 'CellBig')) + cell(p('<text:span text:style-name="B">OGGETTO:</text:span> Approvazione dello schema di convenzione con i Comuni aderenti per la gestione associata del servizio di trasporto scolastico – a.s. 2026/2027.', 'CellL')) + '</table:table-row>'
            '</table:table>')
body.append(p('', 'Body'))
body.append(p('L’anno <text:span text:style-name="B">duemilaventisei</text:span> il giorno <text:span text:style-name="B">quindici</text:span> del mese di <text:span text:style-name="B">aprile</text:span> alle ore <text:span text:style-name="B">12,00</text:span> e seguenti, nella sede dell’Unione in Atina, Piazza Marconi, regolarmente convocata, si è riunita la Giunta dell’Unione.'))
body.append(p('All’appello sono presenti i Sigg.: FABRIZI MARIO (Presidente), TEMPESTA LUCIA (Vice Presidente), DI PEDE ANTONIO (Assessore), CAPALDI ROCCO (Assessore); risulta assente il Sig. MANCINI GIANNI (Assessore).'))
body.append(p('Presiede la seduta il Presidente dell’Unione Mario Fabrizi. Partecipa il Segretario dell’Unione Dott. Gaetano Ricci, incaricato della redazione del verbale.'))
body.append(p('Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a deliberare sull’oggetto sopra indicato.'))
body.append(p('LA GIUNTA DELL’UNIONE', 'Centro'))
for t in ['Premesso che lo Statuto dell’Unione, all’art. 8, annovera tra le funzioni conferite dai Comuni aderenti il servizio di trasporto scolastico per gli alunni delle scuole dell’infanzia, primarie e secondarie di primo grado;',
          'Considerato che la convenzione vigente, approvata con deliberazione del Consiglio dell’Unione n. 4 del 28/04/2023, scade al termine dell’anno scolastico 2025/2026;',
          'Visto lo schema di nuova convenzione, composto da 14 articoli, che disciplina il riparto dei costi tra i Comuni in proporzione al numero degli alunni trasportati e ai chilometri percorsi su ciascun territorio;',
          'Dato atto che sulla proposta sono stati espressi i pareri di cui all’art. 49 del D.Lgs. n. 267/2000, riportati in calce;',
          'All’unanimità dei voti favorevoli, resi nelle forme di legge;']:
    body.append(p(t))
body.append(p('D E L I B E R A', 'Centro'))
for letter, t in zip('abcd', ['di approvare lo schema di convenzione per la gestione associata del servizio di trasporto scolastico per l’anno scolastico 2026/2027, allegato al presente atto;',
          'di trasmettere il presente atto ai Comuni aderenti per l’approvazione dello schema da parte dei rispettivi Consigli comunali;',
          'di autorizzare il Presidente alla sottoscrizione della convenzione, una volta approvata da tutti i Comuni aderenti;',
          'di dare atto che il presente provvedimento non comporta impegni di spesa a carico del bilancio dell’Unione.']):
    body.append(p('%s) %s' % (letter, t), 'Punto'))
body.append(p('Con successiva e separata votazione, all’unanimità, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.'))
body.append(p('', 'Body'))
# pareri box
body.append('<table:table table:name="Pareri" table:style-name="TBox"><table:table-column table:style-name="ColH"/><table:table-column table:style-name="ColH"/>'
            '<table:table-row>' + cell(p('PARERE DI REGOLARITÀ TECNICA', 'CellTit') + p('Favorevole', 'CellC') + p('Il Responsabile del Servizio – Dott.ssa Anna Rea', 'CellSm')) +
            cell(p('PARERE DI REGOLARITÀ CONTABILE', 'CellTit') + p('Non dovuto', 'CellC') + p('Il Responsabile del Servizio Finanziario – Rag. Pietro Caringi', 'CellSm')) + '</table:table-row></table:table>')
body.append(p('', 'Body'))
body.append(p('Letto, confermato e sottoscritto.'))
body.append('<table:table table:name="Firme" table:style-name="TNoBox"><table:table-column table:style-name="ColH"/><table:table-column table:style-name="ColH"/>'
            '<table:table-row>' + cell(p('IL PRESIDENTE', 'CellC') + p('F.to Mario Fabrizi', 'CellC'), 'CellN') + cell(p('IL SEGRETARIO', 'CellC') + p('F.to Dott. Gaetano Ricci', 'CellC'), 'CellN') + '</table:table-row></table:table>')
body.append(p('', 'Body'))
body.append(p('CERTIFICATO DI PUBBLICAZIONE', 'Centro'))
body.append(p('Si certifica che copia della presente deliberazione viene pubblicata all’Albo Pretorio on line dell’Unione per quindici giorni consecutivi dal 17/04/2026 (Reg. Pubbl. n. 88).', 'Small'))
body.append(p('Atina, lì 17/04/2026 — IL SEGRETARIO F.to Dott. Gaetano Ricci', 'Small'))
body.append(p('Copia conforme all’originale, per uso amministrativo.', 'Small'))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GU 9-2026</dc:title><meta:initial-creator>Segreteria Unione</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Times" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Times" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Punto" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CellTit" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
<style:style style:name="CellBig" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="15pt"/></style:style>
<style:style style:name="CellL" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="CellSm" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="TBox" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="TNoBox" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="13.8cm"/></style:style>
<style:style style:name="ColH" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="1.2pt solid #000000" fo:padding="0.15cm" style:vertical-align="middle"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.1cm"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:footer><text:p text:style-name="Foot">Delibera G.U. n. 9 del 15/04/2026 – pag. <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>''' + '\n'.join(body) + '''</office:text></office:body></office:document>'''
src = os.path.join(work, 'delibera-giunta-unionecomino-noccioli.fodt')
open(src, 'w', encoding='utf-8').write(doc)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + work + '/lo-profile', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', os.path.dirname(os.path.abspath(out)), src], check=True, stdout=subprocess.DEVNULL)
