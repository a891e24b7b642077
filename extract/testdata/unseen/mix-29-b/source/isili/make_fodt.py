# Comune di Isili - Giunta deliberation 23/2026, laid out like a WPS Office word-processor template
# (Carlito body, running head, page x of y); written as a flat ODT and printed by LibreOffice Writer.
import sys
from xml.sax.saxutils import escape as e

P = []
def par(style, text):
    P.append(f'<text:p text:style-name="{style}">{text}</text:p>')

par("Ente", "COMUNE DI ISILI")
par("Prov", "Provincia del Sud Sardegna")
par("Prov", "Piazza San Giuseppe n. 6 – 08033 Isili (SU) – C.F. 00152820911 – PEC: protocollo@pec.comune.isili.su.it")
par("Copia", "COPIA CONFORME ALL’ORIGINALE")
par("Titolo", "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 23 DEL 04/03/2026")
par("Oggetto", '<text:span text:style-name="B">OGGETTO: </text:span>' + e("Concessione di un contributo economico straordinario all’Associazione Turistica Pro Loco di Isili per l’organizzazione della manifestazione “Sagra di San Giuseppe 2026”. Indirizzi al Responsabile del Servizio Amministrativo e Socio-Culturale."))
par("Body", e("L’anno duemilaventisei, addì quattro del mese di marzo, alle ore 13:15, nella Casa Comunale, si è riunita la Giunta Comunale convocata nelle forme di legge."))
par("Body", e("Sono presenti i Sigg.: Luca Murgia, Sindaco; Giovanna Porcu, Vice Sindaco; Efisio Lai, Assessore; Roberta Melis, Assessore. Risulta assente l’Assessore Antonio Cocco."))
par("Body", e("Presiede la seduta il Sindaco, Dott. Luca Murgia. Partecipa il Segretario Comunale, Dott.ssa Alessandra Pisano, che provvede alla redazione del presente verbale."))
par("Body", e("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta ed invita i presenti a deliberare sull’oggetto sopra indicato."))
par("Centro", "LA GIUNTA COMUNALE")
for s in [
    "PREMESSO che l’Associazione Turistica Pro Loco di Isili, con nota acquisita al protocollo n. 1822 del 16/02/2026, ha chiesto un contributo straordinario per l’organizzazione della tradizionale “Sagra di San Giuseppe 2026”, in programma dal 17 al 19 marzo 2026, allegando il programma e il preventivo di spesa di € 9.400,00;",
    "RICHIAMATO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 31 del 28/07/2021;",
    "CONSIDERATO che la manifestazione costituisce un momento rilevante di promozione del territorio e delle tradizioni della comunità del Sarcidano;",
    "VISTO il bilancio di previsione 2026/2028, approvato con deliberazione del Consiglio Comunale n. 6 del 27/01/2026;",
    "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile, resi ai sensi dell’art. 49 del D.Lgs. 267/2000 dai Responsabili dei Servizi competenti;",
    "Con votazione unanime favorevole, espressa in forma palese,"]:
    par("Body", e(s))
par("Centro", "D E L I B E R A")
for s in [
    "di concedere all’Associazione Turistica Pro Loco di Isili un contributo economico straordinario di € 5.000,00 per l’organizzazione della “Sagra di San Giuseppe 2026”;",
    "di dare atto che la spesa trova copertura sul capitolo 10520/4 “Contributi ad associazioni per manifestazioni” del bilancio 2026/2028, annualità 2026;",
    "di stabilire che il contributo sarà liquidato a seguito di presentazione del rendiconto delle spese sostenute, corredato dai relativi giustificativi;",
    "di demandare al Responsabile del Servizio Amministrativo e Socio-Culturale l’adozione degli atti gestionali conseguenti."]:
    P.append(f'<text:list text:style-name="Trattini"><text:list-item><text:p text:style-name="Punto">{e(s)}</text:p></text:list-item></text:list>')
par("Body", e("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, stante la prossimità della manifestazione."))

par("Sez", "PARERI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000")
par("Body", e("Parere di regolarità tecnica: FAVOREVOLE – Il Responsabile del Servizio Amministrativo e Socio-Culturale, F.to Dott.ssa Monica Serra"))
par("Body", e("Parere di regolarità contabile: FAVOREVOLE – Il Responsabile del Servizio Finanziario, F.to Rag. Sergio Pinna"))
par("Body", e("Letto, approvato e sottoscritto."))
P.append('''<table:table table:name="Firme" table:style-name="Firme"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="FirmaB">IL PRESIDENTE</text:p><text:p text:style-name="Firma">F.to Dott. Luca Murgia</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p text:style-name="FirmaB">IL SEGRETARIO COMUNALE</text:p><text:p text:style-name="Firma">F.to Dott.ssa Alessandra Pisano</text:p></table:table-cell></table:table-row></table:table>''')
par("Sez", "CERTIFICATO DI PUBBLICAZIONE")
par("Body", e("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è stata pubblicata all’Albo Pretorio on line del Comune in data 10/03/2026 per rimanervi quindici giorni consecutivi (n. 184 del Registro delle pubblicazioni) ed è stata trasmessa contestualmente ai capigruppo consiliari (art. 125 D.Lgs. 267/2000)."))
par("Dx", e("Isili, 10/03/2026 – Il Segretario Comunale F.to Dott.ssa Alessandra Pisano"))
par("Piccolo", e("Copia conforme all’originale per uso amministrativo. Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."))

body = "\n".join(P)
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Delibera GC 23 2026</dc:title><meta:generator>WPS Office-like template</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Carlito" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:letter-spacing="0.05cm" fo:color="#1f3864"/></style:style>
 <style:style style:name="Prov" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" fo:color="#404040"/></style:style>
 <style:style style:name="Copia" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Titolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:padding="0.12cm" fo:border-top="1.5pt solid #1f3864" fo:border-bottom="1.5pt solid #1f3864" fo:border-left="none" fo:border-right="none"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Oggetto" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.35cm" fo:margin-left="2.2cm" fo:text-indent="-2.2cm" fo:background-color="#f2f2f2" fo:padding="0.15cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="120%"/></style:style>
 <style:style style:name="Centro" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Sez" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.5cm" fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Punto" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="120%"/></style:style>
 <style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="FirmaB" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Dx" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Piccolo" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.6cm"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Testa" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="8pt" fo:color="#606060"/></style:style>
 <style:style style:name="Piede" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Trattini"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.3cm" fo:margin-right="2cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Firme" style:family="table"><style:table-properties style:width="16.7cm" table:align="center"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="Testa">Comune di Isili – Deliberazione G.C. n. 23/2026</text:p></style:header>
 <style:footer><text:p text:style-name="Piede">Pagina <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>'''
open(sys.argv[1], "w", encoding="utf-8").write(doc)
