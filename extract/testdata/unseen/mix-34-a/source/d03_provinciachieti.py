# Decreto del Presidente della Provincia di Chieti.
# Flat ODT (LibreOffice Writer document) in the layout of Dedagroup's Civilia
# Next "atti" module; converted to PDF by LibreOffice (build.sh).
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

P = []  # body paragraphs as (style, text or xml)


def p(style, text, raw=False):
    P.append(f'<text:p text:style-name="{style}">{text if raw else e(text)}</text:p>')


p('Tit', 'DECRETO DEL PRESIDENTE DELLA PROVINCIA')
P.append('''<table:table table:name="Reg" table:style-name="Reg">
<table:table-column table:style-name="RegA"/><table:table-column table:style-name="RegB"/>
<table:table-column table:style-name="RegA"/><table:table-column table:style-name="RegB"/>
<table:table-row>
<table:table-cell table:style-name="CellL"><text:p text:style-name="CellLab">N. Registro Decreti</text:p></table:table-cell>
<table:table-cell table:style-name="Cell"><text:p text:style-name="CellVal">21</text:p></table:table-cell>
<table:table-cell table:style-name="CellL"><text:p text:style-name="CellLab">Data</text:p></table:table-cell>
<table:table-cell table:style-name="Cell"><text:p text:style-name="CellVal">10/03/2026</text:p></table:table-cell>
</table:table-row>
<table:table-row>
<table:table-cell table:style-name="CellL"><text:p text:style-name="CellLab">Proposta</text:p></table:table-cell>
<table:table-cell table:style-name="Cell"><text:p text:style-name="CellVal">n. 29 del 04/03/2026</text:p></table:table-cell>
<table:table-cell table:style-name="CellL"><text:p text:style-name="CellLab">Settore proponente</text:p></table:table-cell>
<table:table-cell table:style-name="Cell"><text:p text:style-name="CellVal">Settore 3 – Viabilità e Trasporti</text:p></table:table-cell>
</table:table-row>
</table:table>''')
p('Ogg', '<text:span text:style-name="B">OGGETTO: </text:span>' + e(
    'S.P. 119 "Fondovalle Alento" – Lavori di messa in sicurezza del tratto compreso tra il km 4+200 e il '
    'km 6+850 – Approvazione del progetto di fattibilità tecnico-economica. CUP D87H25001230003.'), raw=True)
p('Cen', 'IL PRESIDENTE DELLA PROVINCIA')
for t in [
    'Vista la legge 7 aprile 2014, n. 56, recante "Disposizioni sulle città metropolitane, sulle province, '
    'sulle unioni e fusioni di comuni", e in particolare l\'art. 1, comma 55, che attribuisce al Presidente '
    'della Provincia la competenza ad adottare gli atti attribuiti dallo Statuto;',
    'Visto lo Statuto della Provincia di Chieti, approvato dall\'Assemblea dei Sindaci con deliberazione n. 1 '
    'del 18/12/2014;',
    'Premesso che con decreto del Presidente n. 148 del 23/10/2025 è stato approvato il Programma triennale dei '
    'lavori pubblici 2026/2028, nel quale è inserito l\'intervento di messa in sicurezza della S.P. 119 '
    '"Fondovalle Alento", per un importo complessivo di € 1.350.000,00, finanziato con risorse del Ministero '
    'delle Infrastrutture e dei Trasporti di cui al D.M. 8 agosto 2024 n. 225;',
    'Visto il progetto di fattibilità tecnico-economica redatto dall\'Ufficio Progettazione del Settore 3, '
    'trasmesso con nota prot. n. 6120 del 02/03/2026 e composto dagli elaborati elencati nell\'allegato A;',
    'Dato atto che il progetto è stato sottoposto a verifica ai sensi dell\'art. 42 del D.Lgs. 31 marzo 2023, '
    'n. 36, con esito positivo, come da rapporto conclusivo del 03/03/2026;',
    'Acquisiti i pareri favorevoli di regolarità tecnica del Dirigente del Settore 3 – Viabilità e Trasporti e di '
    'regolarità contabile del Dirigente del Settore 1 – Risorse Finanziarie, ai sensi dell\'art. 49 del D.Lgs. '
    '18 agosto 2000, n. 267;',
]:
    p('Body', t)
p('Cen', 'D E C R E T A')
for i, t in enumerate([
    'di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della S.P. 119 '
    '"Fondovalle Alento", tratto km 4+200 – km 6+850, per un importo complessivo di € 1.350.000,00, di cui '
    '€ 1.012.400,00 per lavori e € 337.600,00 per somme a disposizione dell\'Amministrazione;',
    'di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 21540/3 del bilancio di '
    'previsione 2026/2028, annualità 2026;',
    'di demandare al Dirigente del Settore 3 gli adempimenti conseguenti, ivi compreso l\'avvio della '
    'procedura di affidamento della progettazione esecutiva;',
    'di dichiarare il presente decreto immediatamente eseguibile, ai sensi dell\'art. 134, comma 4, del D.Lgs. '
    'n. 267/2000, stante la necessità di rispettare il cronoprogramma del finanziamento.',
], 1):
    p('Num', f'{i})<text:tab/>' + e(t), raw=True)
p('Body', 'Chieti, 10/03/2026')
P.append('''<table:table table:name="Firme" table:style-name="Firme">
<table:table-column table:style-name="FirA"/><table:table-column table:style-name="FirA"/>
<table:table-row>
<table:table-cell table:style-name="CellN"><text:p text:style-name="Firma">Il Segretario Generale</text:p><text:p text:style-name="Firma">Dott.ssa Rossella Di Biase</text:p></table:table-cell>
<table:table-cell table:style-name="CellN"><text:p text:style-name="Firma">IL PRESIDENTE</text:p><text:p text:style-name="Firma">Avv. Lorenzo Di Fabio</text:p></table:table-cell>
</table:table-row></table:table>''')
p('Small', 'Documento firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e norme collegate; '
           'sostituisce il documento cartaceo e la firma autografa.')

body = '\n'.join(P)

doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="H3" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"
   fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.1cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.06pt solid #000000"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Tit" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"
   fo:border="0.5pt solid #000000" fo:padding="0.15cm" fo:background-color="#f2f2f2"/>
   <style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Cen" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.7cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.15cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.8cm"/>
   <style:text-properties fo:font-size="7.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="CellLab" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="CellVal" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Reg" style:family="table"><style:table-properties style:width="16.7cm" table:align="center"/></style:style>
 <style:style style:name="RegA" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="RegB" style:family="table-column"><style:table-column-properties style:column-width="4.95cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="CellL" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#dddddd"/></style:style>
 <style:style style:name="Firme" style:family="table"><style:table-properties style:width="16.7cm" table:align="center" fo:margin-top="0.6cm"/></style:style>
 <style:style style:name="FirA" style:family="table-column"><style:table-column-properties style:column-width="8.35cm"/></style:style>
 <style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header>
   <text:p text:style-name="H1">PROVINCIA DI CHIETI</text:p>
   <text:p text:style-name="H2">Corso Marrucino n. 97 – 66100 Chieti – www.provincia.chieti.it</text:p>
   <text:p text:style-name="H3">Ente di area vasta – C.F. 80001230698 – PEC: protocollo@pec.provincia.chieti.it</text:p>
  </style:header>
  <style:footer>
   <text:p text:style-name="Foot">Decreto del Presidente n. 21 del 10/03/2026 – pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count></text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
open(out, 'w', encoding='utf-8').write(doc)
