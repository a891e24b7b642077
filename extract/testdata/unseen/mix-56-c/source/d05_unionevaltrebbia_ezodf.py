# Determinazione of the Unione dei Comuni Bassa Val Trebbia e Val Luretta - ODT written with ezodf,
# converted by LibreOffice (soffice --convert-to pdf) in build.sh
import sys, ezodf
from ezodf import Paragraph, Table, Span
out = sys.argv[1]
doc = ezodf.newdoc('odt', out)
NS = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
def st(name, para='', text=''):
    doc.inject_style(f'<style:style {NS} style:name="{name}" style:family="paragraph"><style:paragraph-properties {para}/><style:text-properties style:font-name="Liberation Sans" fo:font-family="Liberation Sans" {text}/></style:style>')
st('Ente', 'fo:text-align="center"', 'fo:font-size="15pt" fo:font-weight="bold"')
st('Sub', 'fo:text-align="center"', 'fo:font-size="9pt"')
st('Sett', 'fo:text-align="center" fo:margin-top="0.4cm" fo:border-bottom="0.5pt solid #000000" fo:padding="0.1cm"', 'fo:font-size="12pt" fo:font-weight="bold"')
st('Tit', 'fo:text-align="center" fo:margin-top="0.3cm"', 'fo:font-size="12pt" fo:font-weight="bold"')
st('Ogg', 'fo:text-align="justify" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:border="0.5pt solid #000000" fo:padding="0.15cm"', 'fo:font-size="11pt" fo:font-weight="bold"')
st('Body', 'fo:text-align="justify" fo:margin-bottom="0.18cm"', 'fo:font-size="10.5pt"')
st('Pt', 'fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.15cm"', 'fo:font-size="10.5pt"')
st('Cen', 'fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"', 'fo:font-size="11pt" fo:font-weight="bold"')
st('Firma', 'fo:text-align="end" fo:margin-top="0.6cm"', 'fo:font-size="10.5pt"')
st('Small', 'fo:text-align="center" fo:margin-top="0.5cm"', 'fo:font-size="8pt" fo:font-style="italic"')
b = doc.body
b += Paragraph('UNIONE DEI COMUNI BASSA VAL TREBBIA E VAL LURETTA', 'Ente')
b += Paragraph('Provincia di Piacenza', 'Sub')
b += Paragraph('Sede legale: Piazza Marconi, 2 – 29010 Rottofreno (PC) – unione.bassavaltrebbia@cert.provincia.pc.it', 'Sub')
b += Paragraph('SETTORE POLIZIA LOCALE', 'Sett')
b += Paragraph('DETERMINAZIONE N. 37 DEL 11/03/2026', 'Tit')
b += Paragraph('OGGETTO: ACQUISTO DI N. 2 ETILOMETRI OMOLOGATI E DEL SERVIZIO DI TARATURA PERIODICA PER IL CORPO DI POLIZIA LOCALE – AFFIDAMENTO DIRETTO TRAMITE MEPA E IMPEGNO DI SPESA – CIG B5E7D22A10', 'Ogg')
b += Paragraph('IL RESPONSABILE DEL SETTORE', 'Cen')
for t in [
 'RICHIAMATO il decreto del Presidente dell’Unione n. 2 del 08/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità del Settore Polizia Locale;',
 'RICHIAMATA la deliberazione del Consiglio dell’Unione n. 5 del 30/01/2026, di approvazione del bilancio di previsione 2026/2028;',
 'CONSIDERATO che i due etilometri in dotazione al Corpo, acquistati nel 2014, non sono più riparabili e che il controllo del tasso alcolemico rientra tra gli obiettivi del piano di sicurezza stradale 2026;',
 'VISTA l’offerta presentata sul Mercato Elettronico della Pubblica Amministrazione dalla ditta Strumenti Sicurezza Stradale S.r.l. di Fidenza (PR), trattativa diretta n. 5120944, per un importo di euro 11.980,00 oltre IVA, comprensivo di taratura iniziale e di due tarature annuali successive;',
 'DATO ATTO che l’importo è inferiore alla soglia di cui all’art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e che sono stati verificati i requisiti dell’operatore economico;',
 'VISTI il D.Lgs. 267/2000 e il regolamento di contabilità dell’Unione;']:
    b += Paragraph(t, 'Body')
b += Paragraph('DETERMINA', 'Cen')
for i, t in enumerate([
 'di affidare alla ditta Strumenti Sicurezza Stradale S.r.l. la fornitura di n. 2 etilometri omologati con stampante e il servizio di taratura periodica per tre anni, per l’importo di euro 11.980,00 oltre IVA 22%, per complessivi euro 14.615,60;',
 'di impegnare la spesa complessiva di euro 14.615,60 al capitolo 3120/40 “Attrezzature Polizia Locale” del bilancio 2026;',
 'di dare atto che il contratto è stipulato mediante il documento di stipula generato dalla piattaforma MePA;',
 'di dare atto che il Responsabile Unico del Progetto è il sottoscritto Responsabile del Settore.'], 1):
    b += Paragraph(f'{i}.\t{t}', 'Pt')
b += Paragraph('IL RESPONSABILE DEL SETTORE POLIZIA LOCALE', 'Firma')
b += Paragraph('Comm. Sup. Andrea Bersani', 'Firma')
b += Paragraph('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e successive modificazioni', 'Small')
doc.save()
