"""Comune di Arezzo, determinazione n. 124 del 15/01/2026 - plain Writer template (fodt), exported as PDF/A-2b."""
from fodt_common import Doc
from logo import crest

S = "\u00ad"  # soft hyphen
logo = crest("logo-arezzo.png", field=(150, 20, 40), charge=(250, 250, 250), variant=1)
d = Doc(font="DejaVu Serif", size="10pt", margins=("1.6cm", "1.5cm", "2.3cm", "2.3cm"))
img = d.image(logo, 1.2, 1.5)
c0 = d.pstyle(align="center", after="0cm")
d.header = ('<text:p text:style-name="%s">%s</text:p>' % (c0, img) +
            d.p("Comune di Arezzo", align="center", size="15pt", bold=True, after="0cm", font="DejaVu Serif") +
            d.p("^^Direzione Servizi Finanziari e Patrimonio^^", align="center", size="9.5pt", after="0.1cm") )
d.auto.append('<style:style style:name="FR" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #808080" fo:padding-top="0.08cm"/><style:text-properties fo:font-size="7.5pt" style:font-name="DejaVu Sans"/></style:style>')
d.footer = '<text:p text:style-name="FR">Comune di Arezzo – Piazza della Libertà, 1 – 52100 Arezzo – PEC comune.arezzo@postacert.toscana.it<text:line-break/>Pag. <text:page-number text:select-page="current">1</text:page-number> di <text:page-count>1</text:page-count></text:p>'

d.para("DIREZIONE SERVIZI FINANZIARI E PATRIMONIO", align="start", bold=True, size="10.5pt", after="0cm", font="DejaVu Sans")
d.para("Ufficio Patrimonio e Provveditorato", align="start", size="10pt", after="0.4cm", font="DejaVu Sans")
d.para("DETERMINAZIONE DIRIGENZIALE N. 124 DEL 15/01/2026", align="center", bold=True, size="12pt", after="0.3cm", border="1pt double #000000")
tl = [("6cm", "left", True)]
d.para("Classificazione\t06.05 – Patrimonio – Concessioni", align="start", size="9pt", after="0cm", tabs=[("4.2cm", "left", True)])
d.para("Fascicolo\t2026/06.05/000012", align="start", size="9pt", after="0.3cm", tabs=[("4.2cm", "left", True)])
d.para("**OGGETTO:** Concessione in uso temporaneo di locali della Casa delle Culture di via Guido Monaco alla Pro Loco Arezzo A.P.S. per l'anno 2026. Approvazione dello schema di convenzione.",
       align="justify", after="0.4cm", indent="2.3cm", first="-2.3cm")
d.para("IL DIRETTORE", align="center", bold=True, after="0.25cm")
for t in [
 "**Premesso** che il Comune di Arezzo è proprietario dell'immobile denominato «Casa delle Culture», sito in via Guido Monaco n. 64, censito al Catasto Fabbricati al foglio 118, particella 412, sub. 3, destinato a sede di associazioni e a iniziative culturali e di promo" + S + "zione del territorio;",
 "**Vista** l'istanza della Pro Loco Arezzo A.P.S., acquisita al protocollo generale n. 2418 del 08/01/2026, con la quale l'associazione chiede la concessione in uso, per l'anno 2026, di due locali al piano terra dell'immobile, per complessivi mq 46, da adibire a punto di informazione turistica e a sede delle attività associative;",
 "**Richiamato** il vigente Regolamento per la concessione in uso a terzi dei beni immobili comunali, approvato con deliberazione del Consiglio Comunale n. 77 del 21/07/2022, e in particolare l'art. 11, che consente la concessione a canone agevolato a favore di enti del Terzo Settore che svolgono attività di interesse generale;",
 "**Dato atto** che il canone annuo, determinato dall'Ufficio Patrimonio sulla base dei valori dell'Osservatorio del Mercato Immobiliare, ammonta a € 5.520,00 e che, applicata la riduzione dell'80% prevista dal citato art. 11, il canone dovuto è pari a **€ 1.104,00**;",
 "**Ritenuto** di approvare lo schema di convenzione allegato al presente atto, che disciplina durata, obblighi di manu" + S + "tenzione ordinaria, oneri per le utenze e coperture assicurative a carico del concessionario;",
 "**Visti** l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e l'atto sindacale di conferimento dell'incarico di direzione prot. n. 128774 del 29/12/2025;",
]:
    d.para(t, after="0.18cm")
d.para("D E T E R M I N A", align="center", bold=True, before="0.25cm", after="0.2cm", keep=True)
d.lst([
 "di concedere in uso temporaneo alla Pro Loco Arezzo A.P.S., C.F. 92007650518, per il periodo 01/02/2026 – 31/12/2026, due locali al piano terra della Casa delle Culture di via Guido Monaco n. 64, per complessivi mq 46, al canone annuo agevolato di € 1.104,00;",
 "di approvare lo schema di convenzione, allegato sub A) al presente provvedimento quale parte integrante e sostanziale;",
 "di accertare l'entrata di € 1.012,00, pari al canone di competenza dell'esercizio 2026, al capitolo 30100/2 «Fitti attivi di fabbricati» del bilancio di previsione 2026/2028.",
], kind="num", fmt="a", suffix=")")
d.para("Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per la Toscana entro 60 giorni dalla pubblicazione all'Albo Pretorio on line, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.", before="0.3cm", size="9pt", italic=True)
d.para("Arezzo, 15/01/2026", align="start", before="0.4cm", after="0.1cm")
d.para("^^Il Direttore^^\n//Dott. Alessandro Fabbroni//\n(firmato digitalmente)", align="end", after="0cm")
d.write("determina-arezzo-word.fodt")
