# Writes delibera-bastia.fodt (flat ODF text), a Consiglio Comunale minute of the Comune di Bastia Umbra in the
# manner of a Progetti e Soluzioni "Atti" print: converted to PDF by LibreOffice Writer (see build.sh).
from xml.sax.saxutils import escape as e

SUBJECT = "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000."
ROLL = [('TOMASSINI MARCO', 'Sindaco', 'P'), ('FRATELLINI FRANCESCO', 'Presidente', 'P'), ('BRUNELLI ELISA', 'Consigliere', 'P'),
        ('CIANCALEONI LUCA', 'Consigliere', 'P'), ('MENCARELLI SARA', 'Consigliere', 'P'), ('PASSERI ROBERTO', 'Consigliere', 'A'),
        ('BIAGIOLI CHIARA', 'Consigliere', 'P'), ('ROSIGNOLI MATTEO', 'Consigliere', 'P'), ('SCIURPA GIULIA', 'Consigliere', 'P'),
        ('TOMASSONI DANIELE', 'Consigliere', 'P'), ('FALCINELLI ILARIA', 'Consigliere', 'A'), ('BALDONI STEFANO', 'Consigliere', 'P'),
        ('CAPORALI MONICA', 'Consigliere', 'P'), ('LUNGAROTTI PAOLO', 'Consigliere', 'P'), ('MARIOTTI VALENTINA', 'Consigliere', 'A'),
        ('BECCHETTI ANDREA', 'Consigliere', 'P'), ('PERUGINI ROSSANA', 'Consigliere', 'P')]


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>\n' % (style, text)


def cell(text, style='Tbl', cs='C1'):
    return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (cs, P(style, text))


def b(t):
    return '<text:span text:style-name="B">%s</text:span>' % t


body = ''
body += P('Head1', 'COMUNE DI BASTIA UMBRA')
body += P('Head2', 'PROVINCIA DI PERUGIA')
body += P('Head3', 'Piazza Cavour, 19 – 06083 Bastia Umbra (PG) – Tel. 075 80181 – P.IVA 00412260548')
body += P('Title', 'COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE')
# register grid
body += '<table:table table:name="Reg" table:style-name="Reg"><table:table-column table:number-columns-repeated="4" table:style-name="RegCol"/>'
body += '<table:table-row>' + cell(b('Numero'), 'TblC') + cell(b('22'), 'TblC') + cell(b('Del'), 'TblC') + cell(b('28-04-2026'), 'TblC') + '</table:table-row>'
body += '</table:table>\n'
body += P('Std', '')
body += '<table:table table:name="Ogg" table:style-name="Ogg"><table:table-column table:style-name="OggA"/><table:table-column table:style-name="OggB"/>'
body += '<table:table-row>' + cell('Oggetto:', 'Tbl', 'C0') + cell(b(e(SUBJECT)), 'Just', 'C0') + '</table:table-row></table:table>\n'
body += P('Std', '')
body += P('Just', "L'anno duemilaventisei il giorno ventotto del mese di aprile alle ore 18:00, nella Sala Consiliare della Sede Comunale, "
          "a seguito di regolare convocazione disposta dal Presidente del Consiglio con avviso prot. n. 11872 del 21-04-2026, "
          "notificato nei termini di legge, si è riunito il Consiglio Comunale in sessione " + b('Ordinaria') + " in " + b('Prima') +
          " convocazione, in seduta " + b('Pubblica') + ".")
body += P('Just', 'Dei Signori Consiglieri assegnati a questo Comune e in carica:')
body += '<table:table table:name="Roll" table:style-name="Roll"><table:table-column table:style-name="RA"/><table:table-column table:style-name="RB"/>' \
        '<table:table-column table:style-name="RC"/><table:table-column table:style-name="RD"/>'
body += '<table:table-row>' + ''.join(cell(b(x), 'TblS', 'C1') for x in ['N.', 'Componente', 'Qualifica', 'Presenza']) + '</table:table-row>'
for i, (n, r, p) in enumerate(ROLL, 1):
    body += '<table:table-row>' + cell(str(i) + '.', 'TblS') + cell(n, 'TblS') + cell(r, 'TblS') + cell(p, 'TblSC') + '</table:table-row>'
body += '</table:table>\n'
body += P('Just', 'ne risultano presenti n. ' + b('14') + ' e assenti n. ' + b('3') + '. (P = presente, A = assente)')
body += P('Just', "Assume la presidenza il Sig. FRATELLINI FRANCESCO in qualità di PRESIDENTE DEL CONSIGLIO, assistito dal "
          "SEGRETARIO GENERALE Dott. Fabrizio Proietti. Il Presidente, accertato il numero legale per la validità della seduta, "
          "nomina scrutatori i Consiglieri BIAGIOLI CHIARA, SCIURPA GIULIA e CAPORALI MONICA.")
body += P('Title', 'IL CONSIGLIO COMUNALE')
for t in [
    "PREMESSO che, ai sensi dell'art. 227 del D.Lgs. 18 agosto 2000, n. 267, il rendiconto della gestione è deliberato dall'organo consiliare "
    "entro il 30 aprile dell'anno successivo, tenuto motivatamente conto della relazione dell'organo di revisione;",
    "VISTA la deliberazione della Giunta Comunale n. 61 del 27-03-2026, con la quale è stato approvato lo schema di rendiconto "
    "dell'esercizio 2025 e la relazione sulla gestione di cui all'art. 151, comma 6, del D.Lgs. 267/2000;",
    "VISTA la deliberazione della Giunta Comunale n. 48 del 12-03-2026, relativa al riaccertamento ordinario dei residui attivi e passivi "
    "al 31/12/2025;",
    "VISTA la relazione dell'Organo di Revisione economico-finanziaria, acquisita al protocollo n. 10933 del 10-04-2026;",
    "DATO ATTO che il rendiconto 2025 chiude con un risultato di amministrazione di € 4.812.336,17, di cui parte disponibile "
    "€ 612.904,55, come dettagliato negli allegati;",
    "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, riportati nel resoconto integrale della seduta, "
    "conservato agli atti;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile del Responsabile dell'Area Economico-Finanziaria, ai sensi "
    "dell'art. 49 del D.Lgs. 267/2000;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente: Presenti n. 14, Votanti n. 13, "
    "Astenuti n. 1 (BECCHETTI ANDREA), Voti favorevoli n. 10, Voti contrari n. 3 (BALDONI STEFANO, CAPORALI MONICA, LUNGAROTTI PAOLO);",
]:
    body += P('Just', e(t))
body += P('Title', 'DELIBERA')
for i, t in enumerate([
    "Di approvare il Rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico "
    "e dallo stato patrimoniale, corredato degli allegati previsti dall'art. 11, comma 4, del D.Lgs. 118/2011;",
    "Di accertare il risultato di amministrazione al 31/12/2025 in € 4.812.336,17, così composto: parte accantonata € 3.102.118,40; "
    "parte vincolata € 841.503,22; parte destinata agli investimenti € 255.810,00; parte disponibile € 612.904,55;",
    "Di dare atto che l'Ente non risulta strutturalmente deficitario sulla base dei parametri di cui al D.M. 4 agosto 2023;",
    "Di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione.",
], 1):
    body += P('Num', '%d) %s' % (i, e(t)))
body += P('Just', "Inoltre, stante l'urgenza di trasmettere i dati alla BDAP, con separata votazione dal seguente esito: Presenti n. 14, "
          "Votanti n. 13, Astenuti n. 1, Voti favorevoli n. 10, Voti contrari n. 3,")
body += P('Title', 'DELIBERA')
body += P('Just', "di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
body += P('Std', '')
body += P('Just', 'Letto, approvato e sottoscritto.')
body += '<table:table table:name="Sig" table:style-name="Sig"><table:table-column table:number-columns-repeated="2" table:style-name="SigCol"/>'
body += '<table:table-row>' + cell('IL PRESIDENTE DEL CONSIGLIO', 'TblC', 'C0') + cell('IL SEGRETARIO GENERALE', 'TblC', 'C0') + '</table:table-row>'
body += '<table:table-row>' + cell('F.to FRATELLINI FRANCESCO', 'TblC', 'C0') + cell('F.to Dott. Fabrizio Proietti', 'TblC', 'C0') + '</table:table-row></table:table>\n'
body += P('Std', '')
body += P('Box', b('ATTESTATO DI PUBBLICAZIONE') + '<text:line-break/>Della suestesa deliberazione viene iniziata oggi la pubblicazione all\'Albo '
          'Pretorio on line per quindici giorni consecutivi dal 06-05-2026 al 21-05-2026 (Reg. Pubbl. n. 904).<text:line-break/>'
          'Bastia Umbra, 06-05-2026 – IL RESPONSABILE DELLA PUBBLICAZIONE F.to Sig.ra Laura Cecchetti')
body += P('Box', b('ESECUTIVITÀ') + '<text:line-break/>La presente deliberazione è divenuta esecutiva il 28-04-2026, essendo stata dichiarata '
          'immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).')
body += P('Small', 'È copia conforme all\'originale, firmato digitalmente ai sensi del D.Lgs. 82/2005, per uso amministrativo.')

FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera C.C. n. 22 del 28-04-2026</dc:title><meta:generator>Progetti e Soluzioni - Atti Amministrativi</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Std" style:family="paragraph"/>
 <style:style style:name="Just" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.12cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.7cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="Head1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="Head3" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm" fo:border-bottom="0.6pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Tbl" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="TblC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10.5pt"/></style:style>
 <style:style style:name="TblS" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="TblSC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:border="0.5pt solid #000000" fo:padding="0.15cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Reg" style:family="table"><style:table-properties style:width="12cm" table:align="center"/></style:style>
 <style:style style:name="RegCol" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Ogg" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="OggA" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="OggB" style:family="table-column"><style:table-column-properties style:column-width="14.8cm"/></style:style>
 <style:style style:name="Roll" style:family="table"><style:table-properties style:width="13cm" table:align="center"/></style:style>
 <style:style style:name="RA" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="RB" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="RC" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="RD" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="Sig" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="SigCol" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="C0" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="HF">Deliberazione di Consiglio Comunale n. 22 del 28-04-2026</text:p></style:header>
 <style:footer><text:p text:style-name="HF">COMUNE DI BASTIA UMBRA – Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>3</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
''' + body + '''</office:text></office:body></office:document>
'''
open('delibera-bastia.fodt', 'w').write(FODT)
