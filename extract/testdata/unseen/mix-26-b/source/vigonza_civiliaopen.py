# Comune di Vigonza - Consiglio deliberation, imitating an APSystems "Civilia Open" export
# (the package writes an ODT which the office converts with LibreOffice Writer).
# This script writes a flat ODT (.fodt); build.sh converts it with soffice --convert-to pdf.
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

SUBJ = ("APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, "
        "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ARTT. 12, 18 E 27).")

roll = [("GRANDIS GIANFRANCO", "Sindaco", True),
        ("ZANON FRANCESCA", "Presidente del Consiglio", True),
        ("BETTIN MARCO", "Consigliere", True),
        ("CECCHINATO LAURA", "Consigliere", True),
        ("DE BENETTI ANDREA", "Consigliere", True),
        ("FAVARO SILVIA", "Consigliere", False),
        ("GASPARINI MATTEO", "Consigliere", True),
        ("LAZZARO ELISA", "Consigliere", True),
        ("MENEGHINI PAOLO", "Consigliere", True),
        ("MILAN ROBERTA", "Consigliere", True),
        ("NALE STEFANO", "Consigliere", True),
        ("PETTENUZZO GIORGIA", "Consigliere", False),
        ("RIGATO FILIPPO", "Consigliere", True),
        ("SCHIAVON ANNA", "Consigliere", True),
        ("TONIOLO DAVIDE", "Consigliere", True),
        ("VOLPATO IRENE", "Consigliere", True),
        ("ZORZI NICOLA", "Consigliere", True)]

def P(text, style="Body"):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)

rows = []
for i, (n, r, p) in enumerate(roll, 1):
    rows.append('<table:table-row>' + ''.join(
        '<table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell>' % P(e(x), "Cellp")
        for x in (str(i), n, r, "P" if p else "", "" if p else "A")) + '</table:table-row>')
roll_xml = ('<table:table table:name="Appello" table:style-name="TRoll">'
            '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/>'
            '<table:table-column table:style-name="C3"/><table:table-column table:style-name="C4"/>'
            '<table:table-column table:style-name="C4"/>'
            '<table:table-header-rows><table:table-row>' + ''.join(
                '<table:table-cell table:style-name="CellH" office:value-type="string">%s</table:table-cell>' % P(x, "CellB")
                for x in ("N.", "Cognome e Nome", "Carica", "Pres.", "Ass.")) +
            '</table:table-row></table:table-header-rows>' + ''.join(rows) + '</table:table>')

box = ('<table:table table:name="Registro" table:style-name="TBox">'
       '<table:table-column table:style-name="B1"/><table:table-column table:style-name="B2"/>'
       '<table:table-row>'
       '<table:table-cell table:style-name="CellBox" office:value-type="string">%s%s</table:table-cell>'
       '<table:table-cell table:style-name="CellBox" office:value-type="string">%s%s%s</table:table-cell>'
       '</table:table-row></table:table>') % (
    P("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "BoxTitle"),
    P("Sessione ordinaria \u2013 Seduta pubblica di prima convocazione", "BoxSmall"),
    P("Delibera n. 9", "BoxTitleR"), P("del 27/02/2026", "BoxTitleR"), P("COPIA CONFORME", "BoxSmallR"))

body = []
body.append(box)
body.append(P("", "Body"))
body.append('<text:p text:style-name="Subj"><text:span text:style-name="B">OGGETTO: </text:span>%s</text:p>' % e(SUBJ))
body.append(P("L'anno duemilaventisei il giorno ventisette del mese di febbraio alle ore 20:30 nella sala consiliare "
              "della Sede Municipale, a seguito di regolari inviti, si è riunito il Consiglio Comunale in sessione "
              "ordinaria, seduta pubblica di prima convocazione."))
body.append(P("Eseguito l'appello, risultano:"))
body.append(roll_xml)
body.append(P("Presenti n. 15 \u2013 Assenti n. 2", "Right"))
body.append(P("Partecipa alla seduta il Vice Segretario Comunale Dott. Paolo Scarpa."))
body.append(P("La Sig.ra Francesca Zanon, nella sua qualità di Presidente del Consiglio, constatato il numero legale "
              "degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare sull'oggetto sopra "
              "indicato. Sono nominati scrutatori i Consiglieri: Lazzaro Elisa, Rigato Filippo, Zorzi Nicola."))
body.append(P("IL CONSIGLIO COMUNALE", "Center"))
for t in [
    "UDITA la relazione dell'Assessore al Bilancio, come riportata nel resoconto integrale della seduta;",
    "RICHIAMATA la propria deliberazione n. 14 del 29/03/2021, con la quale è stato approvato il Regolamento per "
    "l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria di cui "
    "all'art. 1, commi 816-836, della Legge 27 dicembre 2019, n. 160;",
    "RITENUTO necessario aggiornare gli articoli 12 (occupazioni per traslochi e cantieri), 18 (esposizione "
    "pubblicitaria su impianti temporanei) e 27 (riduzioni ed esenzioni) alla luce delle richieste pervenute dalle "
    "attività economiche del territorio e delle indicazioni della Commissione consiliare Bilancio, riunitasi il "
    "17/02/2026;",
    "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 4 del 19/02/2026, "
    "acquisito al protocollo n. 3911;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "n. 267/2000 dal Responsabile del Settore Economico Finanziario;",
    "UDITI gli interventi dei Consiglieri, come riportati nel resoconto integrale;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"]:
    body.append(P(e(t)))
body.append(P("presenti n. 15, votanti n. 14, astenuti n. 1 (Cecchinato), voti favorevoli n. 10, voti contrari n. 4 "
              "(De Benetti, Meneghini, Nale, Schiavon)", "Indent"))
body.append(P("D E L I B E R A", "Center"))
for i, t in enumerate([
    "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per l'applicazione del canone patrimoniale "
    "di concessione, autorizzazione o esposizione pubblicitaria, nel testo riportato nell'allegato sub A), che "
    "costituisce parte integrante e sostanziale del presente provvedimento;",
    "di dare atto che le modifiche entrano in vigore dal 1° aprile 2026;",
    "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze \u2013 Dipartimento delle "
    "Finanze, secondo le modalità previste dalla normativa vigente."], 1):
    body.append(P("%d) %s" % (i, e(t)), "Point"))
body.append(P("Successivamente, con separata votazione che dà il seguente esito: presenti n. 15, votanti n. 14, "
              "astenuti n. 1, favorevoli n. 10, contrari n. 4, il Consiglio Comunale dichiara la presente "
              "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."))
body.append(P("Letto, approvato e sottoscritto.", "Body"))
sig = ('<table:table table:name="Firme" table:style-name="TSig">'
       '<table:table-column table:style-name="B1s"/><table:table-column table:style-name="B1s"/>'
       '<table:table-row><table:table-cell office:value-type="string">%s%s</table:table-cell>'
       '<table:table-cell office:value-type="string">%s%s</table:table-cell></table:table-row></table:table>') % (
    P("IL PRESIDENTE DEL CONSIGLIO", "CellBC"), P("Francesca Zanon", "CellC"),
    P("IL VICE SEGRETARIO COMUNALE", "CellBC"), P("Dott. Paolo Scarpa", "CellC"))
body.append(sig)
body.append(P("", "Body"))
body.append(P("CERTIFICATO DI PUBBLICAZIONE", "Center"))
body.append(P("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del "
              "Comune per 15 giorni consecutivi a decorrere dal 06/03/2026 (n. 402 del Registro delle pubblicazioni).",
              "Small"))
body.append(P("Documento sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 e s.m.i.", "Small"))

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera CC 9/2026</dc:title><meta:generator>Civilia Open - Atti</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="125%" fo:margin-bottom="0.16cm"/></style:style>
 <style:style style:name="Indent" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Point" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.6cm"/></style:style>
 <style:style style:name="Subj" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:padding="0.15cm" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Cellp" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph" style:parent-style-name="Cellp"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="CellBC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="BoxTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BoxTitleR" style:family="paragraph" style:parent-style-name="BoxTitle"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="BoxSmall" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="BoxSmallR" style:family="paragraph" style:parent-style-name="BoxSmall"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Head1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="18pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="Head2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="1pt solid #000000" fo:padding-bottom="0.1cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #000000"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TRoll" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="1cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>
 <style:style style:name="C4" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
 <style:style style:name="TBox" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="B1" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
 <style:style style:name="B2" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="TSig" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="B1s" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:background-color="#e6e6e6" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="1pt solid #000000"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Head1">COMUNE DI VIGONZA</text:p><text:p text:style-name="Head2">Provincia di Padova</text:p></style:header>
  <style:footer><text:p text:style-name="Foot">Delibera di Consiglio Comunale n. 9 del 27/02/2026 \u2013 Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>3</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
''' + "\n".join(body) + '''
</office:text></office:body></office:document>
'''
open(out, "w", encoding="utf-8").write(doc)
