# Comune di Villadossola (VB) - Giunta comunale n. 58/2026.
# A flat ODF text document (.fodt) as an office's Writer model saves it; LibreOffice Writer exports it.
# Roll in prose ("Sono presenti i Signori: ... Assenti giustificati: ..."), date and hour in words,
# number and date in figures only in the page footer ("n. 58 del 28.4.2026").
import sys
from xml.sax.saxutils import escape as e

out = sys.argv[1]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Delibera GC 58-2026</dc:title><meta:initial-creator>ufficio.segreteria</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:language="it" fo:country="IT"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm" fo:margin-bottom="0.16cm" fo:line-height="118%"/>
  </style:style>
  <style:style style:name="Ente" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="17pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/>
  </style:style>
  <style:style style:name="EnteSub" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Titolo" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:padding="0.15cm" fo:border-top="0.06pt solid #000000" fo:border-bottom="0.06pt solid #000000"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="12.5pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Centro" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.25cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Punto" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-left="0.75cm" fo:text-indent="-0.75cm"/>
  </style:style>
  <style:style style:name="Firma" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Piede" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:border-top="0.06pt solid #808080" fo:padding-top="0.1cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Originale" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:font-weight="bold"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Sp" style:family="text"><style:text-properties fo:letter-spacing="0.12cm" fo:font-weight="bold"/></style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="2.2cm"/>
   <style:footer-style><style:header-footer-properties fo:min-height="0.9cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Piede">Comune di Villadossola – Deliberazione G.C. n. 58 del 28.4.2026 – pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>2</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

body = []
def p(txt, st="Standard"):
    body.append('<text:p text:style-name="%s">%s</text:p>' % (st, txt))

p(e("ORIGINALE"), "Originale")
p(e("COMUNE DI VILLADOSSOLA"), "Ente")
p(e("Provincia del Verbano-Cusio-Ossola"), "EnteSub")
p(e("Piazza della Repubblica, 1 – 28844 Villadossola (VB) – Tel. 0324 794811 – PEC: comune.villadossola@legalmail.it"), "EnteSub")
p(e("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 58"), "Titolo")
p('<text:span text:style-name="B">OGGETTO:</text:span> ' + e(
    "Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica "
    "della palestra comunale di via Sempione – CUP H73D26000120004."))
p(e("L'anno duemilaventisei, addì ventotto del mese di aprile, alle ore diciotto e trenta, nella sala delle "
    "adunanze della Sede Comunale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, "
    "si è riunita la Giunta Comunale."))
p(e("Sono presenti i Signori: MELLERIO Bruno, Sindaco; ZANOLETTI Paola, Vicesindaco; TOGNETTI Marco, "
    "Assessore; PIRAZZI Elisa, Assessore."))
p(e("Assenti giustificati: BIONDA Stefano, Assessore."))
p(e("Presenti n. 4 – Assenti n. 1."))
p(e("Partecipa alla seduta il Segretario Comunale dott.ssa Laura Ferraris, la quale provvede alla redazione "
    "del presente verbale."))
p(e("Il Sig. Bruno Mellerio, nella sua qualità di Sindaco, assunta la presidenza e riconosciuto legale il "
    "numero degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato."))
p(e("LA GIUNTA COMUNALE"), "Centro")
for t in [
    "Vista la proposta di deliberazione n. 71 del 22/04/2026 presentata dall'Area Tecnica – Servizio Lavori Pubblici;",
    "Premesso che la palestra comunale di via Sempione, utilizzata dalla scuola secondaria di primo grado e dalle "
    "associazioni sportive del territorio, presenta consumi energetici elevati dovuti all'involucro edilizio privo "
    "di isolamento e a un impianto termico ormai vetusto;",
    "Considerato che l'Amministrazione intende partecipare al bando regionale per l'efficientamento energetico "
    "degli edifici pubblici (Programma regionale FESR 2021-2027), la cui scadenza è fissata al 15 maggio 2026;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, composto da "
    "relazione tecnico-illustrativa, elaborati grafici, calcolo sommario della spesa e quadro economico, per un "
    "importo complessivo di € 640.000,00, di cui € 498.500,00 per lavori a base d'asta;",
    "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Con voti unanimi favorevoli espressi nelle forme di legge;",
]:
    p(e(t))
p('<text:span text:style-name="Sp">DELIBERA</text:span>', "Centro")
for n, t in enumerate([
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della "
    "palestra comunale di via Sempione, per un importo complessivo di € 640.000,00, secondo il quadro economico "
    "riportato nella relazione di progetto;",
    "di dare atto che l'opera è inserita nel Programma triennale dei lavori pubblici 2026-2028 e che la spesa sarà "
    "finanziata con il contributo regionale richiesto e, per la quota di cofinanziamento di € 64.000,00, con "
    "fondi propri di bilancio;",
    "di autorizzare il Sindaco a presentare alla Regione Piemonte la domanda di contributo entro il termine "
    "del 15 maggio 2026;",
    "di nominare Responsabile Unico del Progetto l'arch. Davide Grossi, Responsabile dell'Area Tecnica.",
], 1):
    p("%d.<text:tab/>%s" % (n, e(t)), "Punto")
p(e("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione "
    "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'imminente "
    "scadenza del bando regionale."))
p(e("Letto, confermato e sottoscritto."))
body.append("""<table:table table:name="Firme"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p text:style-name="Firma">IL SINDACO</text:p><text:p text:style-name="Firma">Bruno Mellerio</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="Firma">IL SEGRETARIO COMUNALE</text:p><text:p text:style-name="Firma">dott.ssa Laura Ferraris</text:p></table:table-cell></table:table-row></table:table>""")
p(e("(documento sottoscritto con firma digitale ai sensi degli artt. 20 e 21 del D.Lgs. 82/2005)"), "EnteSub")

open(out, "w", encoding="utf-8").write(HEAD + "\n".join(body) + TAIL)
