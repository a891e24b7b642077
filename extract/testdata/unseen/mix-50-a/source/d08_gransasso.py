# Ente Parco Nazionale del Gran Sasso e Monti della Laga - numbered AVVISO PUBBLICO,
# written as a flat ODT (LibreOffice Writer document) and exported to PDF by soffice (see build.sh)
import sys
from xml.sax.saxutils import escape as E
out = sys.argv[1]
paras = []
def p(style, text): paras.append('<text:p text:style-name="%s">%s</text:p>' % (style, text))
def li(items):
    s = '<text:list text:style-name="L1">'
    for t in items: s += '<text:list-item><text:p text:style-name="Body">%s</text:p></text:list-item>' % E(t)
    paras.append(s + '</text:list>')
p('Title', 'AVVISO PUBBLICO N. 3/2026')
p('Subj', E('Concessione di contributi per la realizzazione di recinzioni elettrificate e per l\'acquisto di cani da guardiania a tutela del patrimonio zootecnico dalle predazioni del lupo – Annualità 2026'))
p('Center', 'IL DIRETTORE')
for t in ['Vista la legge 6 dicembre 1991, n. 394, «Legge quadro sulle aree protette»;',
          'Visto il Regolamento per l\'indennizzo dei danni da fauna selvatica e per la prevenzione, approvato con deliberazione del Consiglio Direttivo n. 19 del 27/06/2024;',
          'In esecuzione della determinazione direttoriale n. 112 del 05/03/2026, con la quale è stato approvato il presente avviso e prenotata la spesa di € 180.000,00 sul capitolo 5230 del bilancio 2026;']:
    p('Body', E(t))
p('Center', 'RENDE NOTO')
p('Body', E('che sono aperti i termini per la presentazione delle domande di contributo secondo le disposizioni seguenti.'))
arts = [('Art. 1 – Beneficiari', 'Possono presentare domanda gli allevatori, singoli o associati, titolari di codice aziendale ASL, con pascoli o ricoveri ubicati nei Comuni del Parco ricadenti nelle Province di L\'Aquila, Teramo, Pescara, Rieti e Ascoli Piceno.'),
        ('Art. 2 – Interventi ammissibili', 'Sono ammissibili: a) recinzioni elettrificate fisse o mobili per il ricovero notturno degli animali; b) acquisto di cani da guardiania di razza pastore maremmano-abruzzese iscritti al ROI; c) dissuasori acustici e luminosi.'),
        ('Art. 3 – Entità del contributo', 'Il contributo è pari all\'80% della spesa ammissibile, fino a un massimo di € 6.000,00 per azienda. Le domande sono finanziate secondo la graduatoria, fino a esaurimento delle risorse.'),
        ('Art. 4 – Termini e modalità', 'La domanda, redatta sul modello allegato (Allegato A), deve pervenire entro le ore 12:00 del 30 aprile 2026 esclusivamente a mezzo PEC all\'indirizzo gransassolagapark@pec.it.'),
        ('Art. 5 – Responsabile del procedimento', 'Responsabile del procedimento è il dott. for. Giorgio Di Giammarco, Servizio Scientifico e Conservazione della Natura (tel. 0862 60521).')]
for h, t in arts:
    p('Heading', E(h)); p('Body', E(t))
p('Body', E('Il presente avviso è pubblicato all\'Albo on line dell\'Ente e sul sito istituzionale www.gransassolagapark.it, e trasmesso ai Comuni del Parco per l\'affissione ai rispettivi Albi pretori.'))
p('Left', 'Assergi, 18/03/2026')
p('Sign', 'IL DIRETTORE')
p('Sign', 'Dott. Alfonso Calzolaio')
p('SignSmall', '(firmato digitalmente)')
doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Avviso pubblico n. 3/2026 - contributi prevenzione danni lupo</dc:title><meta:initial-creator>Servizio Scientifico</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="120%"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Subj" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" fo:padding="0.2cm" fo:border="0.5pt solid #2e5a2e"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<style:style style:name="Left" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/></style:style>
<style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="SignSmall" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:text-align="center"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Head1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:color="#2e5a2e"/></style:style>
<style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm" fo:padding-bottom="0.15cm" fo:border-bottom="1pt solid #2e5a2e"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.1cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Head1">Ente Parco Nazionale del Gran Sasso e Monti della Laga</text:p><text:p text:style-name="Head2">Servizio Scientifico e Conservazione della Natura</text:p><text:p text:style-name="Head2">Via del Convento, 1 – 67100 Assergi (AQ) – C.F. 93023110669</text:p></style:header>
<style:footer><text:p text:style-name="Foot">Avviso pubblico n. 3/2026 – pagina <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
''' + '\n'.join(paras) + '''
</office:text></office:body></office:document>'''
open(out, 'w').write(doc)
