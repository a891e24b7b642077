#!/usr/bin/env python3
"""Città di Cossato – Giunta Comunale deliberation 47/2026.
Imitates a CSI Piemonte "Stilo"-style minute. Flat ODT written here, converted by LibreOffice Writer."""
import subprocess, sys, os
from xml.sax.saxutils import escape as e

OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
        "DELL'AREA GIOCHI DEL PARCO COMUNALE DI VIA MARCONI – CUP F82B26000010004.")
ROLL = [("CORRADINO ENRICO", "Sindaco", True), ("BOGLIETTI SILVIA", "Vice Sindaco", True),
        ("MOSCA DAVIDE", "Assessore", True), ("TARELLO FEDERICA", "Assessore", False),
        ("GILARDI ROBERTO", "Assessore", True)]

def p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{text}</text:p>'

def cell(text, style="Cell", cs="TC"):
    return f'<table:table-cell table:style-name="{cs}" office:value-type="string">{p(text, style)}</table:table-cell>'

rows = ''.join('<table:table-row>' + cell(e(n)) + cell(r) + cell('X' if pr else '', 'CellC') + cell('' if pr else 'X', 'CellC') + '</table:table-row>' for n, r, pr in ROLL)
roll = f'''<table:table table:name="Presenze" table:style-name="TRoll">
<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/><table:table-column table:style-name="C3"/>
<table:table-header-rows><table:table-row>{cell('Cognome e Nome','CellH','TH')}{cell('Carica','CellH','TH')}{cell('Presente','CellH','TH')}{cell('Assente','CellH','TH')}</table:table-row></table:table-header-rows>
{rows}</table:table>'''

regbox = f'''<table:table table:name="Registro" table:style-name="TReg">
<table:table-column table:style-name="R1"/><table:table-column table:style-name="R2"/>
<table:table-row>{cell('<text:span text:style-name="B">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</text:span>','CellL','TH')}{cell('<text:span text:style-name="B">N. 47</text:span>','CellC','TH')}</table:table-row>
<table:table-row>{cell('<text:span text:style-name="B">OGGETTO:</text:span> ' + e(SUBJ),'CellJ')}{cell('Data<text:line-break/><text:span text:style-name="B">19/03/2026</text:span>','CellC')}</table:table-row>
</table:table>'''

body = [
 p('L’anno <text:span text:style-name="B">duemilaventisei</text:span>, addì <text:span text:style-name="B">diciannove</text:span> del mese di <text:span text:style-name="B">marzo</text:span>, alle ore <text:span text:style-name="B">17:30</text:span>, nella solita sala delle adunanze, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti la Giunta Comunale.'),
 p('Fatto l’appello risultano:'),
 roll,
 p('Totale presenti: 4 – Totale assenti: 1', 'BodyR'),
 p('Partecipa alla seduta il Segretario Comunale <text:span text:style-name="B">Dott.ssa Laura FERRARIS</text:span>, la quale provvede alla redazione del presente verbale.'),
 p('Essendo legale il numero degli intervenuti, il Sig. <text:span text:style-name="B">CORRADINO Enrico</text:span>, nella sua qualità di <text:span text:style-name="B">Sindaco</text:span>, assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.'),
 p('LA GIUNTA COMUNALE', 'Title2'),
 p('Premesso che il Comune di Cossato è proprietario del parco comunale di via Marconi, nel quale è presente un’area attrezzata con giochi per l’infanzia installati nel 2004, oggi in parte non più conformi alla norma UNI EN 1176 e in stato di usura tale da richiederne la sostituzione;'),
 p('Richiamata la deliberazione della Giunta Comunale n. 12 del 29/01/2026, con la quale è stato approvato il Documento di indirizzo alla progettazione dell’intervento e individuato quale Responsabile Unico del Progetto l’Ing. Paolo Sella, Responsabile dell’Area Tecnica;'),
 p('Visto il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico comunale, trasmesso con nota prot. n. 4471 del 10/03/2026, composto da relazione tecnico-illustrativa, elaborati grafici, computo metrico estimativo e quadro economico, che prevede una spesa complessiva di € 128.000,00, di cui € 96.500,00 per lavori a base d’asta ed € 3.200,00 per oneri della sicurezza non soggetti a ribasso;'),
 p('Dato atto che la spesa trova copertura alla Missione 9, Programma 2, Capitolo 28150 del bilancio di previsione 2026-2028, annualità 2026, finanziato con contributo regionale concesso con D.D. n. 311 del 18/12/2025 e per la restante parte con risorse proprie;'),
 p('Visti il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;'),
 p('Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili delle Aree competenti;'),
 p('Con voti unanimi favorevoli espressi in forma palese;'),
 p('D E L I B E R A', 'Title2'),
 p('1) di approvare il progetto di fattibilità tecnico-economica per la riqualificazione dell’area giochi del parco comunale di via Marconi, dell’importo complessivo di € 128.000,00, secondo il quadro economico riportato in premessa;', 'Point'),
 p('2) di dare atto che la spesa trova copertura alla Missione 9, Programma 2, Capitolo 28150 del bilancio di previsione 2026-2028, annualità 2026;', 'Point'),
 p('3) di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti per l’affidamento della progettazione esecutiva e dei lavori;', 'Point'),
 p('4) di dare atto che il presente provvedimento sarà pubblicato all’Albo Pretorio on line per quindici giorni consecutivi e comunicato ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.', 'Point'),
 p('Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara la presente deliberazione <text:span text:style-name="B">immediatamente eseguibile</text:span> ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di presentare la rendicontazione del contributo regionale entro il 30/04/2026.'),
 p('Letto, confermato e sottoscritto.'),
 '''<table:table table:name="Firme" table:style-name="TSig"><table:table-column table:style-name="S1"/><table:table-column table:style-name="S1"/>
<table:table-row>''' + cell('IL SINDACO<text:line-break/>CORRADINO Enrico<text:line-break/>(firmato digitalmente)', 'CellC', 'TN') + cell('IL SEGRETARIO COMUNALE<text:line-break/>Dott.ssa Laura FERRARIS<text:line-break/>(firmato digitalmente)', 'CellC', 'TN') + '''</table:table-row></table:table>''',
 p('PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000', 'Title3'),
 p('Parere di regolarità tecnica: FAVOREVOLE – Il Responsabile dell’Area Tecnica, Ing. Paolo Sella – 17/03/2026'),
 p('Parere di regolarità contabile: FAVOREVOLE – Il Responsabile dell’Area Finanziaria, Dott.ssa Monica Bertinetti – 18/03/2026'),
]

fodt = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm" fo:line-height="118%"/></style:style>
<style:style style:name="BodyR" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Point" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Title2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="Title3" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.15cm" fo:border-top="0.5pt solid #000000" fo:padding-top="0.15cm"/><style:text-properties fo:font-weight="bold" fo:font-size="9.5pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
<style:style style:name="CellH" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
<style:style style:name="CellL" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="CellJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Head1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="17pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="1.2pt solid #1f3864" fo:padding-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:color="#1f3864"/></style:style>
<style:style style:name="Crest" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7pt" fo:color="#777777"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #777777" fo:padding-top="0.1cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#444444"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="TRoll" style:family="table"><style:table-properties style:width="15cm" table:align="center" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
<style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
<style:style style:name="TReg" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-bottom="0.4cm"/></style:style>
<style:style style:name="R1" style:family="table-column"><style:table-column-properties style:column-width="13.8cm"/></style:style>
<style:style style:name="R2" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="TSig" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.3cm"/></style:style>
<style:style style:name="S1" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:background-color="#e8e8e8" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="TN" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:header><text:p text:style-name="Crest">[stemma]</text:p><text:p text:style-name="Head1">CITTÀ DI COSSATO</text:p><text:p text:style-name="Head2">Provincia di Biella – Piazza Angiono, 14 – 13836 Cossato (BI) – C.F. 83001370027</text:p></style:header>
<style:footer><text:p text:style-name="Foot">Deliberazione G.C. n. 47 del 19/03/2026 – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. – Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>3</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{regbox}
{''.join(body)}
</office:text></office:body></office:document>'''

os.makedirs('build', exist_ok=True)
open('build/delibera-cossato-csistilo.fodt', 'w').write(fodt)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', 'build', 'build/delibera-cossato-csistilo.fodt'], check=True, capture_output=True)
os.replace('build/delibera-cossato-csistilo.pdf', os.path.join(OUT, 'delibera-cossato-csistilo.pdf'))
