#!/usr/bin/env python3
"""Comune di Piansano -- "Sicraweb" house style, written as HTML.

Writes three HTML files into the directory given:
  giunta-58.html     -> Chromium (letter-spaced heading, running head with the number, page x of y)
  giunta-61.html     -> wkhtmltopdf (same template; its @page boxes are ignored by that engine)
  consiglio-20.html  -> Chromium (the roll of those present laid out in two columns)
"""
import sys, os

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

CREST = """<svg width="58" height="70" viewBox="0 0 58 70" xmlns="http://www.w3.org/2000/svg">
<path d="M4 6 H54 V34 C54 52 40 62 29 67 C18 62 4 52 4 34 Z" fill="#f3e7c9" stroke="#7a1f1f" stroke-width="2.4"/>
<path d="M4 6 H54 V20 H4 Z" fill="#7a1f1f"/>
<circle cx="16" cy="13" r="3" fill="#f3e7c9"/><circle cx="29" cy="13" r="3" fill="#f3e7c9"/><circle cx="42" cy="13" r="3" fill="#f3e7c9"/>
<path d="M12 52 L22 34 L29 44 L36 30 L46 52 Z" fill="#2f5d2f"/>
<path d="M1 3 L8 0 L15 3 L22 0 L29 3 L36 0 L43 3 L50 0 L57 3" fill="none" stroke="#b08a2e" stroke-width="2"/>
</svg>"""

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 20mm;
  @top-center { content: "%(runhead)s"; font: 8pt Arial, Helvetica, sans-serif; color: #444;
                border-bottom: 0.5pt solid #888; }
  @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font: 8pt Arial, Helvetica, sans-serif; }
  @bottom-left { content: "Comune di Piansano - Sicraweb Atti"; font: 7pt Arial, Helvetica, sans-serif; color: #666; }
}
@page :first { @top-center { content: none; border: none; } }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11.2pt; line-height: 1.42; color: #111; }
table.lh { width: 100%%; border-collapse: collapse; border-bottom: 1.6pt solid #7a1f1f; margin-bottom: 5mm; }
table.lh td { vertical-align: middle; padding: 0 0 2mm 0; }
.ente { font-family: Arial, Helvetica, sans-serif; font-size: 18pt; font-weight: bold; color: #7a1f1f; letter-spacing: 0.5pt; }
.prov { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; }
.addr { font-family: Arial, Helvetica, sans-serif; font-size: 7.5pt; color: #333; }
.numbox { border: 1pt solid #111; font-family: Arial, Helvetica, sans-serif; font-size: 9.5pt; padding: 2mm 3mm; width: 44mm; }
.numbox b { font-size: 11pt; }
h1 { font-family: Arial, Helvetica, sans-serif; font-size: 11.5pt; text-align: center; letter-spacing: 2.1pt;
     margin: 1mm 0 4mm 0; font-weight: bold; }
.copia { font-family: Arial, Helvetica, sans-serif; font-size: 9pt; text-align: center; letter-spacing: 1pt; margin-bottom: 1mm; }
table.ogg { width: 100%%; border-collapse: collapse; margin-bottom: 5mm; }
table.ogg td { border: 0.8pt solid #111; padding: 2mm 3mm; font-family: Arial, Helvetica, sans-serif; font-size: 10.2pt; vertical-align: top; }
table.ogg td.l { width: 22mm; background: #e9e4da; font-weight: bold; }
table.ogg td.s { font-weight: bold; }
p { margin: 0 0 2.2mm 0; text-align: justify; }
p.c { text-align: center; font-weight: bold; letter-spacing: 2pt; margin: 3mm 0 3mm 0; }
p.pt { padding-left: 8mm; text-indent: -6mm; }
.roll { columns: 2; column-gap: 10mm; margin: 1mm 0 3mm 8mm; padding: 0; list-style: none; }
.roll li { break-inside: avoid; margin-bottom: 0.8mm; }
table.pareri { width: 100%%; border-collapse: collapse; font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; margin: 4mm 0; }
table.pareri td { border: 0.5pt solid #777; padding: 1.5mm 2mm; vertical-align: top; }
table.firme { width: 100%%; margin-top: 6mm; text-align: center; }
table.firme td { width: 50%%; vertical-align: top; padding-bottom: 3mm; }
.fd { font-size: 8pt; color: #444; font-style: italic; }
.pub { border-top: 0.8pt solid #111; margin-top: 6mm; padding-top: 2mm; font-family: Arial, Helvetica, sans-serif; font-size: 8.5pt; }
.pub h2 { font-size: 9.5pt; text-align: center; letter-spacing: 1.5pt; margin: 1mm 0 2mm 0; }
"""


def page(organ_title, num, data, subject, body, runhead, firme, pub, seduta=None, extra_css=""):
    sed = ("<tr><td class='l'>Seduta</td><td>%s</td></tr>" % seduta) if seduta else ""
    return """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Deliberazione %(org)s n. %(num)d del %(data)s</title>
<style>%(css)s</style></head><body>
<table class="lh"><tr>
<td style="width:20mm">%(crest)s</td>
<td><div class="ente">COMUNE DI PIANSANO</div><div class="prov">Provincia di Viterbo</div>
<div class="addr">Piazza Indipendenza, 1 - 01010 Piansano (VT) - Tel. 0761 450021 - protocollo@pec.comune.piansano.vt.it</div></td>
<td style="width:52mm; text-align:right"><div class="numbox" style="margin-left:auto; text-align:left">
DELIBERAZIONE N. <b>%(num)d</b><br>Data: <b>%(data)s</b></div></td>
</tr></table>
<div class="copia">COPIA CONFORME ALL'ORIGINALE DIGITALE</div>
<h1>VERBALE DI DELIBERAZIONE %(org)s</h1>
<table class="ogg"><tr><td class="l">OGGETTO:</td><td class="s">%(subj)s</td></tr>%(sed)s</table>
%(body)s
<table class="firme"><tr><td>%(f1)s</td><td>%(f2)s</td></tr></table>
<div class="pub"><h2>RELATA DI PUBBLICAZIONE</h2>%(pub)s</div>
</body></html>""" % dict(org=organ_title, num=num, data=data, subj=subject, sed=sed, body=body,
                         crest=CREST, css=CSS % {"runhead": runhead} + extra_css, f1=firme[0], f2=firme[1], pub=pub)


def P(t, cls=None):
    return "<p%s>%s</p>\n" % (" class='%s'" % cls if cls else "", t)


FIRME_G = ("Il Sindaco<br><b>Paolo BRUSCHINI</b><br><span class='fd'>(documento firmato digitalmente)</span>",
           "Il Segretario Comunale<br><b>dott. Fabrizio LATINI</b><br><span class='fd'>(documento firmato digitalmente)</span>")
FIRME_C = ("La Presidente del Consiglio<br><b>Giulia ZAPPAROLI</b><br><span class='fd'>(documento firmato digitalmente)</span>",
           "Il Segretario Comunale<br><b>dott. Fabrizio LATINI</b><br><span class='fd'>(documento firmato digitalmente)</span>")


def pareri(rows):
    return "<table class='pareri'>%s</table>\n" % "".join(
        "<tr><td style='width:58%%'>%s</td><td>%s</td></tr>" % r for r in rows)


# ------------------------------------------------------------- Giunta 58
b = ""
b += P("L'anno <b>duemilaventisette</b>, addì <b>sei</b> del mese di <b>luglio</b>, alle ore <b>17:00</b>, nella "
       "sede municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale.")
b += P("Sono presenti il Sindaco Paolo BRUSCHINI, che presiede la seduta, e gli Assessori Chiara FALESIEDI e "
       "Luca MANCINELLI. Assiste il Segretario Comunale dott. Fabrizio LATINI, incaricato della redazione del verbale.")
b += P("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta e invita la "
       "Giunta a deliberare sull'argomento in oggetto.")
b += P("LA GIUNTA COMUNALE", "c")
b += P("<b>Vista</b> l'istanza presentata dal Comitato Festeggiamenti di Piansano, acquisita al protocollo "
       "comunale n. 3391 del 24/06/2027, con la quale si chiede un contributo economico a sostegno "
       "dell'organizzazione della Festa di Mezza Estate, in programma dal 12 al 15 agosto 2027;")
b += P("<b>Considerato</b> che la manifestazione, giunta alla trentesima edizione, costituisce un momento "
       "significativo di aggregazione della comunità e di promozione del territorio e dei prodotti tipici "
       "locali, con ricadute positive sulle attività commerciali del paese;")
b += P("<b>Visto</b> il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e "
       "vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 29/04/2019, e in "
       "particolare l'art. 6, che riserva alla Giunta la concessione dei contributi straordinari;")
b += P("<b>Dato atto</b> che nel bilancio di previsione 2027/2029, esercizio 2027, alla Missione 7, Programma 1, "
       "capitolo 1350 &laquo;Contributi per manifestazioni turistiche&raquo;, risulta la necessaria disponibilità;")
b += P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del "
       "D.Lgs. 18 agosto 2000, n. 267;")
b += P("All'unanimità dei voti favorevoli, resi nelle forme di legge;")
b += P("DELIBERA", "c")
for t in ["1. di concedere al Comitato Festeggiamenti di Piansano un contributo straordinario di euro 3.000,00 "
          "per l'organizzazione della Festa di Mezza Estate 2027;",
          "2. di dare atto che la spesa trova copertura alla Missione 7, Programma 1, capitolo 1350 del bilancio "
          "di previsione 2027/2029, esercizio 2027;",
          "3. di stabilire che il contributo sarà liquidato, per il 50% a titolo di anticipo, entro il 31 luglio "
          "2027 e, per il saldo, a presentazione del rendiconto delle spese sostenute;",
          "4. di demandare al Responsabile dell'Area Amministrativa l'adozione dei conseguenti atti di gestione."]:
    b += P(t, "pt")
b += P("Successivamente, con separata e unanime votazione, la presente deliberazione è dichiarata "
       "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire "
       "l'erogazione dell'anticipo nei tempi previsti.")
b += pareri([("<b>Parere di regolarità tecnica</b>: favorevole<br>Piansano, 01/07/2027",
              "Il Responsabile dell'Area Amministrativa<br>f.to dott.ssa Serena Mechelli"),
             ("<b>Parere di regolarità contabile</b>: favorevole<br>Piansano, 02/07/2027",
              "Il Responsabile dell'Area Finanziaria<br>f.to rag. Mirko Pacchiarotti")])
pub = ("<p>Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line "
       "del Comune il 08/07/2027, n. 611 di registro, e vi rimarrà per quindici giorni consecutivi, ai sensi "
       "dell'art. 124 del D.Lgs. n. 267/2000, ed è stata contestualmente comunicata ai Capigruppo consiliari.</p>"
       "<p>Piansano, 08/07/2027 &nbsp;&nbsp;&nbsp; Il Messo Comunale - f.to Anna Rita Cordeschi</p>")
open(os.path.join(OUT, "giunta-58.html"), "w").write(page(
    "DELLA GIUNTA COMUNALE", 58, "06/07/2027",
    "CONCESSIONE DI UN CONTRIBUTO ECONOMICO AL COMITATO FESTEGGIAMENTI DI PIANSANO PER LA FESTA DI MEZZA "
    "ESTATE 2027 - ATTO DI INDIRIZZO",
    b, "Comune di Piansano - Deliberazione di Giunta Comunale n. 58 del 06/07/2027", FIRME_G, pub))

# ------------------------------------------------------------- Giunta 61
b = ""
b += P("L'anno <b>duemilaventisette</b>, addì <b>tredici</b> del mese di <b>luglio</b>, alle ore <b>18:00</b>, "
       "nella sede municipale, si è riunita la Giunta Comunale, convocata nei modi di legge.")
b += P("Risultano presenti: Paolo BRUSCHINI &ndash; Sindaco; Chiara FALESIEDI &ndash; Vice Sindaco. "
       "Risulta assente giustificato: Luca MANCINELLI &ndash; Assessore.")
b += P("Presiede l'adunanza il Sindaco, Paolo BRUSCHINI. Partecipa il Segretario Comunale, dott. Fabrizio "
       "LATINI, che provvede alla redazione del presente verbale.")
b += P("LA GIUNTA COMUNALE", "c")
b += P("<b>Premesso</b> che via della Madonna del Riposo, principale collegamento tra il centro abitato e la "
       "zona artigianale, presenta tratti privi di marciapiede e di illuminazione, con conseguente pericolo "
       "per il transito pedonale, come segnalato anche dal Comando di Polizia Locale con nota prot. n. 2874 "
       "del 26/05/2027;")
b += P("<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, "
       "trasmesso con nota prot. n. 3560 del 05/07/2027, dell'importo complessivo di euro 185.000,00, di cui "
       "euro 142.300,00 per lavori a base d'asta e euro 42.700,00 per somme a disposizione "
       "dell'Amministrazione;")
b += P("<b>Dato atto</b> che l'intervento è inserito nel programma triennale dei lavori pubblici 2027/2029 ed "
       "è finanziato con contributo regionale di cui alla determinazione della Regione Lazio n. G08412 del "
       "17/06/2027 e, per la quota residua, con fondi propri di bilancio;")
b += P("<b>Visti</b> il D.Lgs. 31 marzo 2023, n. 36 e il relativo Allegato I.7;")
b += P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. n. 267/2000;")
b += P("Con voti unanimi favorevoli, espressi in forma palese;")
b += P("DELIBERA", "c")
for t in ["1. di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza di via "
          "della Madonna del Riposo, dell'importo complessivo di euro 185.000,00, secondo il quadro economico "
          "allegato sotto la lettera A);",
          "2. di dare atto che il Codice Unico di Progetto dell'intervento è E17H27000410004 e che il "
          "Responsabile Unico del Progetto è l'ing. Tommaso Ruspantini, Responsabile dell'Area Tecnica;",
          "3. di demandare al Responsabile dell'Area Tecnica gli adempimenti per l'affidamento della "
          "progettazione esecutiva."]:
    b += P(t, "pt")
b += P("Inoltre, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione "
       "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante la "
       "scadenza del 31/07/2027 fissata dalla Regione per la trasmissione del progetto.")
b += pareri([("<b>Parere di regolarità tecnica</b>: favorevole<br>Piansano, 08/07/2027",
              "Il Responsabile dell'Area Tecnica<br>f.to ing. Tommaso Ruspantini"),
             ("<b>Parere di regolarità contabile</b>: favorevole<br>Piansano, 09/07/2027",
              "Il Responsabile dell'Area Finanziaria<br>f.to rag. Mirko Pacchiarotti")])
pub = ("<p>Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line "
       "del Comune il 15/07/2027, n. 640 di registro, e vi rimarrà per quindici giorni consecutivi, ai sensi "
       "dell'art. 124 del D.Lgs. n. 267/2000, ed è stata contestualmente comunicata ai Capigruppo consiliari.</p>"
       "<p>Piansano, 15/07/2027 &nbsp;&nbsp;&nbsp; Il Messo Comunale - f.to Anna Rita Cordeschi</p>")
open(os.path.join(OUT, "giunta-61.html"), "w").write(page(
    "DELLA GIUNTA COMUNALE", 61, "13/07/2027",
    "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DI VIA "
    "DELLA MADONNA DEL RIPOSO - CUP E17H27000410004",
    b, "Comune di Piansano - Deliberazione di Giunta Comunale n. 61 del 13/07/2027", FIRME_G, pub,
    # the unpatched wkhtmltopdf prints about 0.78 of the size asked for: the office scaled the page up
    extra_css="\nhtml { zoom: 1.27; }\n"))

# ---------------------------------------------------------- Consiglio 20
b = ""
b += P("L'anno <b>duemilaventisette</b>, addì <b>venti</b> del mese di <b>luglio</b>, alle ore <b>18:30</b>, "
       "nella sala consiliare del Palazzo Comunale, previa convocazione notificata ai sensi del vigente "
       "Regolamento del Consiglio Comunale, si è riunito il Consiglio Comunale in sessione ordinaria e in "
       "seduta pubblica di prima convocazione.")
b += P("La Presidente del Consiglio Giulia ZAPPAROLI procede all'appello nominale, dal quale risultano "
       "presenti, al momento della trattazione del punto 1 all'ordine del giorno, i Consiglieri:")
b += """<ul class="roll">
<li>BRUSCHINI Paolo, Sindaco</li>
<li>ZAPPAROLI Giulia, Presidente del Consiglio</li>
<li>FALESIEDI Chiara, Consigliere</li>
<li>MANCINELLI Luca, Consigliere</li>
<li>CECCARINI Fabio, Consigliere</li>
<li>SANTORI Massimo, Consigliere</li>
<li>TASCIOTTI Irene, Consigliere (entra alle ore 18:45)</li>
<li>DE SANTIS Walter, Consigliere</li>
<li>CHIATTI Valerio, Consigliere</li>
</ul>
"""
b += P("e risultano assenti i Consiglieri PAPINI Roberta (giustificata) e PULCINELLI Sara. Presenti n. 9 "
       "&ndash; Assenti n. 2.")
b += P("Partecipa il Segretario Comunale dott. Fabrizio LATINI, con funzioni di verbalizzante. La Presidente, "
       "constatata la presenza del numero legale, dichiara aperta la seduta.")
b += P("IL CONSIGLIO COMUNALE", "c")
b += P("<b>Richiamata</b> la deliberazione della Giunta Comunale n. 52 del 22/06/2027, adottata in via "
       "d'urgenza ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, con la quale sono state apportate "
       "al bilancio di previsione 2027/2029 le variazioni necessarie a finanziare il servizio di centro "
       "estivo per i minori e la manutenzione straordinaria della copertura della scuola dell'infanzia;")
b += P("<b>Dato atto</b> che la citata deliberazione deve essere sottoposta a ratifica del Consiglio "
       "Comunale, a pena di decadenza, entro i sessanta giorni successivi alla sua adozione;")
b += P("<b>Visto</b> il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale n. 11 "
       "del 30/06/2027;")
b += P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. n. 267/2000;")
b += P("Udita la relazione del Sindaco e gli interventi dei Consiglieri DE SANTIS e CHIATTI, che dichiarano "
       "l'astensione del gruppo &laquo;Piansano Bene Comune&raquo;;")
b += P("Con la seguente votazione, resa per alzata di mano: presenti n. 9, votanti n. 7, favorevoli n. 7, "
       "contrari n. 0, astenuti n. 2 (DE SANTIS Walter e CHIATTI Valerio);")
b += P("DELIBERA", "c")
for t in ["1. di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della "
          "Giunta Comunale n. 52 del 22/06/2027, avente ad oggetto &laquo;Variazione d'urgenza al bilancio di "
          "previsione 2027/2029&raquo;;",
          "2. di dare atto che, a seguito della variazione ratificata, permangono gli equilibri di bilancio."]:
    b += P(t, "pt")
b += P("Successivamente, con separata votazione dall'esito identico (presenti n. 9, votanti n. 7, favorevoli "
       "n. 7, astenuti n. 2), il Consiglio Comunale dichiara la presente deliberazione immediatamente "
       "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
b += pareri([("<b>Parere di regolarità tecnica e contabile</b>: favorevole<br>Piansano, 13/07/2027",
              "Il Responsabile dell'Area Finanziaria<br>f.to rag. Mirko Pacchiarotti")])
pub = ("<p>Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line "
       "del Comune il 23/07/2027, n. 668 di registro, e vi rimarrà per quindici giorni consecutivi, ai sensi "
       "dell'art. 124 del D.Lgs. n. 267/2000.</p>"
       "<p>Piansano, 23/07/2027 &nbsp;&nbsp;&nbsp; Il Messo Comunale - f.to Anna Rita Cordeschi</p>")
open(os.path.join(OUT, "consiglio-20.html"), "w").write(page(
    "DEL CONSIGLIO COMUNALE", 20, "20/07/2027",
    "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 52 DEL 22/06/2027 AVENTE AD OGGETTO: VARIAZIONE "
    "D'URGENZA AL BILANCIO DI PREVISIONE 2027/2029",
    b, "Comune di Piansano - Deliberazione di Consiglio Comunale n. 20 del 20/07/2027", FIRME_C, pub,
    seduta="Sessione ordinaria - seduta pubblica di prima convocazione"))
