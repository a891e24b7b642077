# Comune di Fiumefreddo Bruzio - Giunta deliberation, Delisa-like layout; hand-built .odt -> LibreOffice PDF
import sys, zipfile
from xml.sax.saxutils import escape as e
out = sys.argv[1]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls><style:font-face style:name="Bitstream Charter" svg:font-family="'Bitstream Charter'"/><style:font-face style:name="Nimbus Sans" svg:font-family="'Nimbus Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Bitstream Charter" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/><style:text-properties style:font-name="Nimbus Sans" fo:font-size="8pt" fo:font-style="italic"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Nimbus Sans" fo:font-size="7pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">Comune di Fiumefreddo Bruzio – Deliberazione della Giunta Comunale n. 27 del 11/03/2026 – pag. <text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
<style:footer><text:p text:style-name="Footer">Atto firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate. Il documento informatico originale è conservato negli archivi del Comune.</text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>'''

auto = '''<office:automatic-styles>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="CT" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Nimbus Sans" fo:font-size="18pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
<style:style style:name="CS" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="Nimbus Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="K" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:border="1.5pt double #000000" fo:padding="0.1cm"/><style:text-properties style:font-name="Nimbus Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="N" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="125%"/></style:style>
<style:style style:name="I" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm"/></style:style>
<style:style style:name="O" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.4cm" fo:text-indent="-2.4cm" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.15cm"/></style:style>
<style:style style:name="S" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="SM" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="T1" style:family="table"><style:table-properties style:width="16.5cm" table:align="center" fo:margin-top="0.6cm"/></style:style>
</office:automatic-styles>'''

def P(style, txt, raw=False):
    return f'<text:p text:style-name="{style}">{txt if raw else e(txt)}</text:p>'
def b(t): return f'<text:span text:style-name="B">{e(t)}</text:span>'

body = []
body += [P('C', '[stemma]'), P('CT', 'COMUNE DI FIUMEFREDDO BRUZIO'), P('CS', 'Provincia di Cosenza – Largo Municipio, 1 – 87030 Fiumefreddo Bruzio (CS)')]
body += [P('K', 'DELIBERAZIONE DELLA GIUNTA COMUNALE'), P('N', 'N. 27 del 11/03/2026')]
body.append(P('O', 'OGGETTO:\t' + e('CONCESSIONE CONTRIBUTO ECONOMICO ALL\'ASSOCIAZIONE PRO LOCO PER LA MANIFESTAZIONE "PASQUA FIUMEFREDDESE 2026" - INDIRIZZI AL RESPONSABILE DEL SERVIZIO.'), raw=True))
body.append(P('J', 'L\'anno ' + b('duemilaventisei') + ', il giorno ' + b('undici') + ' del mese di ' + b('marzo') + ', alle ore ' + b('12:30') + e(", nella Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale. Sono presenti i Sigg.: ") + b('PERRI ANTONIO') + e(' - Sindaco; ') + b('CARUSO MARIA GRAZIA') + e(' - Vice Sindaco; ') + b('VENTURA FRANCESCO') + e(' - Assessore. Risulta assente il Sig. ') + b('MAGNELLI SERGIO') + e(' - Assessore.'), raw=True))
body.append(P('J', "Partecipa il Segretario Comunale Dott. Francesco Greco, incaricato della redazione del verbale."))
body.append(P('J', "Presiede l'Avv. Antonio Perri, nella sua qualità di Sindaco, il quale, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta ed invita la Giunta a deliberare sull'argomento in oggetto."))
body.append(P('H', 'LA GIUNTA COMUNALE'))
for s in ["PREMESSO che l'Associazione Pro Loco di Fiumefreddo Bruzio, con nota acquisita al protocollo comunale n. 1688 del 24/02/2026, ha richiesto un contributo economico a sostegno della manifestazione \"Pasqua Fiumefreddese 2026\", comprendente la rappresentazione della Passione vivente nel centro storico e le iniziative collaterali previste dal 29 marzo al 6 aprile 2026;",
          "VISTO il vigente Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 30/04/2019;",
          "RITENUTA l'iniziativa meritevole di sostegno in quanto volta alla valorizzazione delle tradizioni religiose e culturali e alla promozione turistica del borgo;",
          "DATO ATTO che nel bilancio di previsione 2026/2028 è disponibile la somma di euro 3.500,00 al capitolo 1470 \"Contributi ad associazioni per manifestazioni culturali e turistiche\";",
          "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "AD UNANIMITÀ di voti favorevoli resi nei modi di legge;"]:
    body.append(P('J', s))
body.append(P('H', 'DELIBERA'))
for i, s in enumerate(["di concedere all'Associazione Pro Loco di Fiumefreddo Bruzio un contributo economico di euro 2.500,00 per la realizzazione della manifestazione \"Pasqua Fiumefreddese 2026\";",
                       "di demandare al Responsabile del Servizio Amministrativo l'adozione degli atti gestionali conseguenti, ivi compreso l'impegno di spesa sul capitolo 1470 del bilancio 2026;",
                       "di stabilire che la liquidazione avverrà a presentazione del rendiconto delle spese sostenute, corredato dai relativi giustificativi, entro sessanta giorni dalla conclusione dell'evento."], 1):
    body.append(P('I', f'{i})\t{s}'.replace('\t', '  ') if False else e(f'{i})') + '<text:tab/>' + e(s), raw=True))
body.append(P('J', "INOLTRE, con successiva e separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."))
body.append(P('J', "Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue."))
rows = [('IL SINDACO', 'IL SEGRETARIO COMUNALE'), ('Avv. Antonio Perri', 'Dott. Francesco Greco'), ('(firmato digitalmente)', '(firmato digitalmente)')]
tbl = '<table:table table:name="Firme" table:style-name="T1"><table:table-column table:number-columns-repeated="2"/>'
for a, c in rows:
    tbl += '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string">{P("S", x)}</table:table-cell>' for x in (a, c)) + '</table:table-row>'
tbl += '</table:table>'
body.append(tbl)
body.append(P('J', ''))
body.append(P('SM', "PARERI ai sensi dell'art. 49 del D.Lgs. 267/2000 – Regolarità tecnica: FAVOREVOLE – Il Responsabile del Servizio Amministrativo, Dott.ssa Rosa Pignataro. Regolarità contabile: FAVOREVOLE – Il Responsabile del Servizio Finanziario, Rag. Luigi De Seta."))

content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{auto}<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
with zipfile.ZipFile(out, 'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
    z.writestr('META-INF/manifest.xml', manifest, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('content.xml', content, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('styles.xml', styles, compress_type=zipfile.ZIP_DEFLATED)
