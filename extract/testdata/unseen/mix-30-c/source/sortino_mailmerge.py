# Convocation of Sortino's council: a Writer letter merged from the councillors' sheet (CSV exported from Excel);
# the record merged for the Albo is the last one. Writes a flat ODT (.fodt) that LibreOffice converts to PDF.
import sys, csv
from xml.sax.saxutils import escape as e
rec = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter=";"))[-1]
OUT = sys.argv[2]
odg = ["Lettura e approvazione dei verbali della seduta precedente;",
       "Comunicazioni del Presidente del Consiglio e del Sindaco;",
       "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025;",
       "Riconoscimento di legittimità di debito fuori bilancio ai sensi dell'art. 194, comma 1, lett. a) del D.Lgs. 267/2000 – sentenza del Giudice di Pace di Siracusa n. 188/2025;",
       "Regolamento comunale per l'istituzione e la disciplina del Baratto amministrativo – Approvazione;",
       "Mozione del gruppo consiliare “Sortino Bene Comune” sulla valorizzazione della Necropoli di Pantalica."]
items = "".join('<text:list-item><text:p text:style-name="Odg">%s</text:p></text:list-item>' % e(x) for x in odg)
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Convocazione Consiglio Comunale 16/04/2026</dc:title><meta:initial-creator>Ufficio Presidenza del Consiglio</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="it" fo:country="IT"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Ente" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.06cm"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Pres" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.06pt solid #000000" fo:padding-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Prot" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="Dest" style:family="paragraph"><style:paragraph-properties fo:margin-left="9.5cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="DestB" style:family="paragraph" style:parent-style-name="Dest"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ogg" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.4cm" fo:margin-left="2cm" fo:text-indent="-2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:line-height="125%"/></style:style>
<style:style style:name="Cen" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:letter-spacing="0.1cm"/></style:style>
<style:style style:name="Odg" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Firma" style:family="paragraph"><style:paragraph-properties fo:margin-left="7.5cm" fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.06pt solid #000000" fo:padding-top="0.1cm"/><style:text-properties fo:font-size="7.5pt" style:font-name="Liberation Sans"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.6cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Foot">Comune di Sortino – Piazza Municipio, 1 – 96010 Sortino (SR) – tel. 0931 917011 – PEC protocollo@pec.comune.sortino.sr.it</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Ente">COMUNE DI SORTINO</text:p>
<text:p text:style-name="Sub">Libero Consorzio Comunale di Siracusa</text:p>
<text:p text:style-name="Pres">PRESIDENZA DEL CONSIGLIO COMUNALE</text:p>
<text:p text:style-name="Prot">Prot. n. 5321<text:tab/><text:tab/><text:tab/><text:tab/><text:tab/><text:tab/>Sortino, 08/04/2026</text:p>
<text:p text:style-name="Dest"/>
<text:p text:style-name="DestB">{e(rec["Titolo"])}{"" if rec["Titolo"].endswith("'") else " "}{e(rec["Destinatario"])}</text:p>
<text:p text:style-name="Dest">{e(rec["Indirizzo"])}</text:p>
<text:p text:style-name="Dest">{e(rec["Localita"])}</text:p>
<text:p text:style-name="Dest"/>
<text:p text:style-name="Dest">e, p.c.<text:tab/>Al Sindaco</text:p>
<text:p text:style-name="Dest"><text:tab/>Al Segretario Generale</text:p>
<text:p text:style-name="Dest"><text:tab/>Ai Responsabili delle Aree</text:p>
<text:p text:style-name="Dest"><text:tab/>Alla Stazione Carabinieri</text:p>
<text:p text:style-name="Ogg">Oggetto:<text:tab/>Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 16 aprile 2026.</text:p>
<text:p text:style-name="Body">Ai sensi dell'art. 19 della L.R. 26 agosto 1992, n. 7, dell'art. 20 della L.R. 15 marzo 1963, n. 16 e del vigente Regolamento per il funzionamento del Consiglio Comunale, su determinazione di questa Presidenza,</text:p>
<text:p text:style-name="Cen">SI CONVOCA</text:p>
<text:p text:style-name="Body">il Consiglio Comunale in sessione ordinaria, in seduta pubblica, presso l'Aula consiliare “Salvatore Ciccio” di Palazzo di Città, per il giorno <text:span>giovedì 16 aprile 2026 alle ore 19:00</text:span>, per la trattazione del seguente</text:p>
<text:p text:style-name="Cen">ORDINE DEL GIORNO</text:p>
<text:list text:style-name="L1">{items}</text:list>
<text:p text:style-name="Body">In caso di mancanza del numero legale la seduta è rinviata di un'ora; perdurando la mancanza del numero legale, la seduta sarà rinviata al giorno successivo, venerdì 17 aprile 2026, alla stessa ora e con il medesimo ordine del giorno, senza ulteriore avviso di convocazione.</text:p>
<text:p text:style-name="Body">Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Presidenza del Consiglio e consultabili dai Consiglieri nelle ore d'ufficio.</text:p>
<text:p text:style-name="Standard"/>
<text:p text:style-name="Firma">IL PRESIDENTE DEL CONSIGLIO COMUNALE</text:p>
<text:p text:style-name="Firma">Avv. Corrado Amenta</text:p>
<text:p text:style-name="Firma"><text:span>(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993)</text:span></text:p>
<text:p text:style-name="Standard"/>
<text:p text:style-name="Small">Pubblicato all'Albo Pretorio on line al n. 611/2026 dal 08/04/2026 al 17/04/2026.</text:p>
</office:text></office:body></office:document>'''
open(OUT, "w", encoding="utf-8").write(doc)
