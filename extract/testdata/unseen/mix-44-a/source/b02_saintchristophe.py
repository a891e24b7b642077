# Commune de Saint-Christophe / Comune di Saint-Christophe (AO) - Délibération du Conseil communal
# Flat ODT written by hand, converted by LibreOffice Writer (plain modern print).
# French above, Italian below, for the heading, the subject and the dispositive part; roll with dotted tab leaders.
import os, subprocess, tempfile, shutil
from xml.sax.saxutils import escape
from common import save_key, out, OUT

FN = 'deliberazione-saintchristophe-writer.pdf'
SUBJ_FR = 'APPROBATION DE LA RECTIFICATION N. 1 DU BUDGET PRÉVISIONNEL 2026/2028 ET APPLICATION DE LA QUOTE AFFECTÉE DE L\'EXCÉDENT D\'ADMINISTRATION.'
SUBJ_IT = 'APPROVAZIONE DELLA VARIAZIONE N. 1 AL BILANCIO DI PREVISIONE 2026/2028 E APPLICAZIONE DELLA QUOTA VINCOLATA DELL\'AVANZO DI AMMINISTRAZIONE.'
roll = [('PERRIN Luca', 'Syndic / Sindaco', True), ('BERTHOD Elena', 'Vice-syndic / Vicesindaco', True),
        ('CHAMPRETAVY Marco', 'Conseiller / Consigliere', True), ('DUJANY Sara', 'Conseillère / Consigliere', True),
        ('FAVRE Davide', 'Conseiller / Consigliere', True), ('GERBORE Monica', 'Conseillère / Consigliere', False),
        ('JACQUIN Paolo', 'Conseiller / Consigliere', True), ('LALE-DEMOZ Chiara', 'Conseillère / Consigliere', True),
        ('MARGUERETTAZ Ivo', 'Conseiller / Consigliere', True), ('NEX Valentina', 'Conseillère / Consigliere', True),
        ('OTTOZ Simone', 'Conseiller / Consigliere', True), ('PERRON Alessandra', 'Conseillère / Consigliere', True),
        ('QUENDOZ Fabrizio', 'Conseiller / Consigliere', False), ('ROLLANDIN Giorgio', 'Conseiller / Consigliere', True),
        ('VIÉRIN Nadia', 'Conseillère / Consigliere', True)]

def p(style, text): return '<text:p text:style-name="%s">%s</text:p>' % (style, text)
def e(t): return escape(t)
body = []
body.append(p('Title', 'DÉLIBÉRATION DU CONSEIL COMMUNAL N. 12'))
body.append(p('TitleIt', 'DELIBERAZIONE DEL CONSEIL COMUNALE N. 12'.replace('CONSEIL COMUNALE', 'CONSIGLIO COMUNALE')))
body.append(p('Sub', 'Séance ordinaire publique de première convocation / Adunanza ordinaria pubblica di prima convocazione'))
body.append(p('Obj', '<text:span text:style-name="B">OBJET :</text:span> ' + e(SUBJ_FR)))
body.append(p('ObjIt', '<text:span text:style-name="B">OGGETTO:</text:span> ' + e(SUBJ_IT)))
body.append(p('Fr', e("L'an deux mille vingt-six, le seize du mois de mars, à vingt heures trente minutes, dans la salle des délibérations de la Maison communale, s'est réuni le Conseil communal, convoqué conformément à la loi.")))
body.append(p('It', e("L'anno duemilaventisei, addì sedici del mese di marzo, alle ore 20:30, nella sala delle adunanze della Casa comunale, si è riunito il Consiglio comunale, convocato a norma di legge.")))
body.append(p('RollHead', e('Sont présents / Sono presenti :')))
for i, (n, r, pr) in enumerate(roll, 1):
    body.append(p('Roll', '%d.<text:tab/>%s<text:tab/>%s<text:tab/>%s' % (i, e(n), e(r), 'présent / presente' if pr else 'absent / assente')))
body.append(p('Fr', e('Présents : 13 – Absents : 2')))
body.append(p('It', e('Presenti: 13 – Assenti: 2')))
body.append(p('It', e("Assiste à la séance / Partecipa alla seduta il Segretario dell'Ente locale, Dott.ssa Monica Praz.")))
body.append(p('It', e("Le Syndic, M. Luca PERRIN, constatant le nombre légal des présents, assume la présidence. / Il Sindaco, Sig. Luca PERRIN, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta.")))
body.append(p('Centre', 'IL CONSIGLIO COMUNALE'))
prem = [
 "RICHIAMATA la propria deliberazione n. 58 del 22/12/2025, con la quale è stato approvato il bilancio di previsione finanziario per il triennio 2026/2028 e il documento unico di programmazione (DUP) 2026/2028;",
 "RICHIAMATA la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta) e, in particolare, l'articolo 21 concernente le competenze del Consiglio comunale;",
 "VISTO il decreto legislativo 23 giugno 2011, n. 118 e, in particolare, il principio contabile applicato concernente la contabilità finanziaria (allegato 4/2);",
 "CONSIDERATA la necessità di applicare al bilancio la quota vincolata dell'avanzo di amministrazione presunto, pari a euro 142.300,00, derivante da trasferimenti regionali per interventi sulla viabilità comunale di Sorreley e di Croix-Noire;",
 "DATO ATTO che, a seguito della variazione, permangono gli equilibri di bilancio e il rispetto dei vincoli di finanza pubblica, come risulta dal prospetto allegato;",
 "VISTO il parere favorevole espresso dall'organo di revisione economico-finanziaria con verbale n. 3 del 10/03/2026;",
 "VISTI i pareri favorevoli di legittimità e di regolarità contabile espressi ai sensi dell'articolo 49-bis della l.r. 54/1998;",
 "UDITI gli interventi dei Consiglieri, riportati nel verbale integrale della seduta;",
]
for t in prem: body.append(p('It', e(t)))
body.append(p('It', e('CON la seguente votazione, espressa per alzata di mano / AVEC le vote suivant, exprimé à main levée :')))
body.append('''<table:table table:name="Vote" table:style-name="VoteT"><table:table-column table:style-name="VoteA"/><table:table-column table:style-name="VoteB"/>''' +
  ''.join('<table:table-row><table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell><table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell></table:table-row>' % (p('Cell', e(a)), p('CellR', e(b)))
          for a, b in [('Présents / Presenti', 'n. 13'), ('Votants / Votanti', 'n. 12'), ('Pour / Favorevoli', 'n. 9'),
                       ('Contre / Contrari', 'n. 3 (Conseillers / Consiglieri NEX, OTTOZ, VIÉRIN)'), ('Abstention / Astenuti', 'n. 1 (Conseiller / Consigliere JACQUIN)')]) +
  '</table:table>')
body.append(p('Centre', 'DÉLIBÈRE'))
fr = ["d'approuver la rectification n. 1 du budget prévisionnel 2026/2028, au sens des tableaux annexés qui font partie intégrante de la présente délibération ;",
      "d'appliquer au budget 2026 la quote affectée de l'excédent d'administration présumé, s'élevant à 142 300,00 euros ;",
      "de donner acte que les équilibres du budget sont respectés."]
it = ["di approvare la variazione n. 1 al bilancio di previsione 2026/2028, secondo i prospetti allegati che costituiscono parte integrante della presente deliberazione;",
      "di applicare al bilancio 2026 la quota vincolata dell'avanzo di amministrazione presunto, pari a euro 142.300,00;",
      "di dare atto che risultano rispettati gli equilibri di bilancio."]
for i, t in enumerate(fr, 1): body.append(p('FrPt', '%d)<text:tab/>%s' % (i, e(t))))
body.append(p('Centre', 'DELIBERA'))
for i, t in enumerate(it, 1): body.append(p('ItPt', '%d)<text:tab/>%s' % (i, e(t))))
body.append(p('Fr', e('Lu, approuvé et signé / Letto, approvato e sottoscritto')))
body.append('''<table:table table:name="Sig" table:style-name="SigT"><table:table-column table:style-name="SigC" table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string">%s%s%s</table:table-cell><table:table-cell office:value-type="string">%s%s%s</table:table-cell></table:table-row></table:table>''' % (
  p('SigP', 'LE SYNDIC / IL SINDACO'), p('SigP', 'Luca PERRIN'), p('SigS', '(firmato digitalmente)'),
  p('SigP', e("LE SECRÉTAIRE / IL SEGRETARIO DELL'ENTE LOCALE")), p('SigP', 'Dott.ssa Monica PRAZ'), p('SigS', '(firmato digitalmente)')))
body.append(p('Box', e("RELATION DE PUBLICATION / REFERTO DI PUBBLICAZIONE – La présente délibération est publiée au tableau d'affichage en ligne de la Commune pendant quinze jours consécutifs à compter du 18/03/2026 et devient exécutoire dès le premier jour de sa publication (art. 52 ter, l.r. 54/1998). / La presente deliberazione è pubblicata all'albo pretorio on line del Comune per quindici giorni consecutivi a decorrere dal 18/03/2026 e diviene esecutiva dal primo giorno di pubblicazione (art. 52 ter, l.r. 54/1998).")))

fodt = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Deliberazione del Consiglio comunale n. 12/2026</dc:title><meta:initial-creator>Ufficio Segreteria</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="TitleIt" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="9.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Obj" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:padding="0.15cm" fo:border-top="0.5pt solid #000000" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-bottom="none" fo:margin-bottom="0cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="ObjIt" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:padding="0.15cm" fo:border-bottom="0.5pt solid #000000" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Fr" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-style="italic" fo:language="fr" fo:country="FR"/></style:style>
 <style:style style:name="It" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="0cm"/></style:style>
 <style:style style:name="RollHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Roll" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"><style:tab-stops><style:tab-stop style:position="0.8cm"/><style:tab-stop style:position="6.2cm"/><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.1cm"/></style:style>
 <style:style style:name="FrPt" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.8cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-style="italic" fo:language="fr" fo:country="FR"/></style:style>
 <style:style style:name="ItPt" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.8cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="CellR" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="SigP" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="SigS" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:text-align="justify" fo:padding="0.2cm" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="HeaderB" style:family="paragraph" style:parent-style-name="Header"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="HeaderL" style:family="paragraph" style:parent-style-name="Header"><style:paragraph-properties fo:border-bottom="0.75pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="VoteT" style:family="table"><style:table-properties style:width="11cm" table:align="center" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="VoteA" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="VoteB" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="SigT" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="SigC" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header>''' + p('Header', 'RÉGION AUTONOME VALLÉE D\'AOSTE – REGIONE AUTONOMA VALLE D\'AOSTA') + p('HeaderB', 'COMMUNE DE SAINT-CHRISTOPHE') + p('HeaderB', 'COMUNE DI SAINT-CHRISTOPHE') + p('HeaderL', 'Hameau de Grand-Chemin, 17 – 11020 Saint-Christophe (AO) – PEC protocollo@pec.comune.saint-christophe.ao.it') + '''</style:header>
 <style:footer>''' + p('Footer', 'Délibération du Conseil communal / Deliberazione del Consiglio comunale n. 12 du/del 16/03/2026 – page/pagina <text:page-number text:select-page="current"/> de/di <text:page-count/>') + '''</style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>''' + '\n'.join(body) + '''</office:text></office:body></office:document>'''

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, 'delibera_cc_12_2026.fodt')
open(src, 'w').write(fodt)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/lo', '--convert-to', 'pdf', '--outdir', tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, 'delibera_cc_12_2026.pdf'), out(FN))

save_key({"file": FN, "role": "act",
 "what": "Consiglio deliberation 12/2026 of Saint-Christophe (Valle d'Aosta), French above Italian for heading, subject and dispositive part, roll as numbered list with dotted leaders, vote counts in a small bilingual table (LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Saint-Christophe", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 12,
         "date": "2026-03-16", "time": "20:30", "subject": SUBJ_IT,
         "attendees": [{"name": n, "role": r.split(' / ')[1], "present": pr} for n, r, pr in roll],
         "president": {"title": "Sig.", "role": "Sindaco", "name": "Luca PERRIN"},
         "secretary": {"title": "Dott.ssa", "role": "Segretario dell'Ente locale", "name": "Monica Praz"},
         "vote": "majority", "vote_counts": {"present": 13, "voters": 12, "in_favour": 9, "against": 3, "abstained": 1}}})
