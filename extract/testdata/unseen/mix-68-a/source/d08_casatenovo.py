# Comune di Casatenovo (LC): determinazione of the Settore Affari Generali in a J-Iride-like layout.
# Writes a flat ODF text document (.fodt): letterhead and register table in the body, a running head
# with the act's number and a foot "Pagina x di y" in the master page (repeated on every page).
# LibreOffice Writer exports it to PDF.
import sys
from xml.sax.saxutils import escape as E

OUT = sys.argv[1]

def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)

def cell(text, style="Cell", pstyle="Small", span=None):
    a = ' table:number-columns-spanned="%d"' % span if span else ""
    return '<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>' % (style, a, p(pstyle, text))

subject = ("APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE E DELLA GRADUATORIA FINALE DEL CONCORSO "
           "PUBBLICO PER ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO, AREA DEGLI ISTRUTTORI, "
           "A TEMPO PIENO E INDETERMINATO, PRESSO IL SETTORE SERVIZI ALLA PERSONA")

pre = [
 "Richiamata la deliberazione della Giunta comunale n. 12 del 29/01/2026, con la quale è stato approvato il "
 "Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028, sezione Piano triennale dei fabbisogni di "
 "personale, che prevede la copertura di n. 1 posto di Istruttore Amministrativo presso il Settore Servizi alla Persona;",
 "Richiamata la propria determinazione n. 96 del 18/02/2026, con la quale è stato approvato il bando di "
 "concorso pubblico per esami, pubblicato sul Portale inPA e, per estratto, nella Gazzetta Ufficiale – "
 "4ª Serie speciale Concorsi ed esami n. 17 del 27/02/2026;",
 "Richiamata la propria determinazione n. 301 del 10/04/2026, di nomina della Commissione esaminatrice;",
 "Visti i verbali n. 1 del 20/04/2026, n. 2 del 28/04/2026 e n. 3 del 05/05/2026, trasmessi dal Presidente "
 "della Commissione e acquisiti al protocollo comunale al n. 8842 del 06/05/2026;",
 "Verificata la regolarità del procedimento e ritenuto di approvare la graduatoria finale di merito formata "
 "dalla Commissione, di seguito riportata nelle prime tre posizioni:",
]
grad = [("1", "CAGLIANI Federica", "27,50/30", "28/30", "27,75"),
        ("2", "MAGNI Lorenzo", "26/30", "27,50/30", "26,75"),
        ("3", "PEREGO Alessia", "24,50/30", "26/30", "25,25")]
pre2 = [
 "Dato atto che la graduatoria completa, composta da n. 9 candidati idonei, è allegata al presente atto "
 "(Allegato 1) e che la stessa ha validità biennale ai sensi dell'art. 35, comma 5-ter, del D.Lgs. 165/2001;",
 "Dato atto che il Responsabile del procedimento è la dott.ssa Roberta Sala, istruttore direttivo del "
 "Servizio Personale;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 165/2001, il D.P.R. 487/1994 e il vigente Regolamento per "
 "l'accesso agli impieghi;",
 "Visto il decreto sindacale n. 14 del 22/12/2025 di nomina della sottoscritta quale Responsabile del "
 "Settore Affari Generali e Istituzionali;",
]
disp = [
 "di approvare i verbali della Commissione esaminatrice del concorso pubblico per esami per la copertura "
 "di n. 1 posto di Istruttore Amministrativo, Area degli Istruttori, a tempo pieno e indeterminato;",
 "di approvare la graduatoria finale di merito (Allegato 1) e di dichiarare vincitrice del concorso la "
 "candidata CAGLIANI Federica;",
 "di dare atto che l'assunzione avverrà previa verifica dei requisiti dichiarati e sottoscrizione del "
 "contratto individuale di lavoro, con decorrenza presunta dal 1° giugno 2026;",
 "di dare atto che la spesa trova copertura negli stanziamenti del bilancio 2026-2028 destinati alla spesa di personale;",
 "di pubblicare la graduatoria all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente – "
 "Bandi di concorso\" del sito istituzionale.",
]

body = []
body.append('<table:table table:name="Intestazione" table:style-name="THead">'
            '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>'
            '<table:table-row>'
            '<table:table-cell table:style-name="NoBorder" office:value-type="string">' + p("Crest", "[stemma]") + '</table:table-cell>'
            '<table:table-cell table:style-name="NoBorder" office:value-type="string">'
            + p("Ente", "COMUNE DI CASATENOVO") + p("Prov", "Provincia di Lecco")
            + p("Addr", "Piazza della Repubblica, 7 – 23880 Casatenovo (LC)") + '</table:table-cell></table:table-row></table:table>')
body.append(p("Settore", "SETTORE AFFARI GENERALI E ISTITUZIONALI"))
body.append(p("Servizio", "Servizio Personale"))
body.append(p("Titolo", "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE"))
body.append('<table:table table:name="Registro" table:style-name="TReg">'
            '<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2"/>'
            '<table:table-column table:style-name="C3"/><table:table-column table:style-name="C4"/>'
            '<table:table-row>' + cell("Registro generale", "Grey", "SmallB") + cell("N. 412", "Cell", "Val")
            + cell("Data", "Grey", "SmallB") + cell("13/05/2026", "Cell", "Val") + '</table:table-row>'
            '<table:table-row>' + cell("Proposta", "Grey", "SmallB") + cell("N. 498", "Cell", "Small")
            + cell("del", "Grey", "SmallB") + cell("07/05/2026", "Cell", "Small") + '</table:table-row>'
            '</table:table>')
body.append('<text:p text:style-name="Oggetto"><text:span text:style-name="B">OGGETTO:</text:span><text:tab/>'
            '<text:span text:style-name="B">' + E(subject) + '</text:span></text:p>')
body.append(p("Centro", "LA RESPONSABILE DEL SETTORE"))
for t in pre:
    body.append(p("Body", E(t)))
rows = ['<table:table-row>' + "".join(cell(h, "Grey", "SmallB") for h in ("Pos.", "Candidato", "Prova scritta", "Prova orale", "Punteggio finale")) + '</table:table-row>']
for r in grad:
    rows.append('<table:table-row>' + "".join(cell(v) for v in r) + '</table:table-row>')
body.append('<table:table table:name="Graduatoria" table:style-name="TGrad">'
            + "".join('<table:table-column table:style-name="G%d"/>' % i for i in range(1, 6)) + "".join(rows) + '</table:table>')
for t in pre2:
    body.append(p("Body", E(t)))
body.append(p("Centro", "DETERMINA"))
body.append('<text:list text:style-name="Num">' + "".join(
    '<text:list-item>' + p("ListBody", E(t)) + '</text:list-item>' for t in disp) + '</text:list>')
body.append(p("Luogo", "Casatenovo, 13/05/2026"))
body.append(p("Firma", "LA RESPONSABILE DEL SETTORE<text:line-break/>AFFARI GENERALI E ISTITUZIONALI<text:line-break/>dott.ssa Cristina Brambilla<text:line-break/><text:span text:style-name=\"I\">(documento firmato digitalmente)</text:span>"))
body.append(p("Box", "<text:span text:style-name=\"B\">PARERE DI REGOLARITÀ CONTABILE E VISTO ATTESTANTE LA COPERTURA FINANZIARIA</text:span><text:line-break/>"
              "Si attesta che il presente provvedimento non comporta impegno di spesa ulteriore rispetto agli stanziamenti di personale già previsti. "
              "Casatenovo, 13/05/2026 – Il Responsabile del Settore Economico-Finanziario: rag. Mauro Villa"))

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
<office:meta><dc:title>Determinazione n. 412 del 13/05/2026</dc:title><meta:generator>J-Iride Atti – Maggioli</meta:generator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.08cm"/>
  <style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #808080" fo:padding-top="0.08cm"/>
  <style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="16.5cm" table:align="left" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="14.3cm"/></style:style>
 <style:style style:name="NoBorder" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm" style:vertical-align="middle"/></style:style>
 <style:style style:name="TReg" style:family="table"><style:table-properties style:width="11cm" table:align="right" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="C4" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Grey" style:family="table-cell"><style:table-cell-properties fo:background-color="#dcdcdc" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="TGrad" style:family="table"><style:table-properties style:width="15cm" table:align="center" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="G1" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="G2" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
 <style:style style:name="G3" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="G4" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="G5" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Crest" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7pt" fo:color="#888888"/></style:style>
 <style:style style:name="Ente" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt"/></style:style>
 <style:style style:name="Addr" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Settore" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:border-top="1.2pt solid #000000" fo:padding-top="0.1cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Servizio" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="SmallB" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Val" style:family="paragraph"><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Oggetto" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2.3cm" fo:text-indent="-2.3cm" fo:margin-bottom="0.35cm">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.14cm" fo:line-height="120%"/></style:style>
 <style:style style:name="ListBody" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.14cm" fo:line-height="120%"/></style:style>
 <style:style style:name="Luogo" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/></style:style>
 <style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="8.5cm" fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="normal"/></style:style>
 <style:style style:name="Box" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:border="0.5pt solid #000000" fo:padding="0.15cm" fo:text-align="justify"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" fo:font-size="8.5pt"/></style:style>
 <text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
  <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties>
 </text:list-level-style-number></text:list-style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:header><text:p text:style-name="Header">Comune di Casatenovo – Determinazione n. 412 del 13/05/2026</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
''' + "\n".join(body) + '''
</office:text></office:body></office:document>
'''
open(OUT, "w", encoding="utf-8").write(doc)
