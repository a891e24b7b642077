#!/usr/bin/env python3
"""Città di Albano Laziale - Consiglio Comunale n. 22 del 28/04/2027 ("Sicraweb" style).
Writes the HTML that headless Chromium prints. The roll on page 1 lists numbers, names
and offices in two columns; the presence marks stand in a second table pinned to the foot
of page 1 (P in the room, R remote, A absent). The Presidente del Consiglio arrives during
the sitting and takes the chair from the Vice Presidente."""
import sys
from albano_common import COUNCIL, CSS, letterhead

OUT = sys.argv[1] if len(sys.argv) > 1 else "a11.html"
NUM, DATA = 22, "28/04/2027"
marks = {n: "P" for n, _ in COUNCIL}
for n in ("SILVESTRI Giulia", "ZACCHEO Marco", "BIANCONI Laura", "AMICI Francesca", "FERRI Tommaso"):
    marks[n] = "A"
for n in ("SANTARELLI Roberta", "LUCIDI Federica"):
    marks[n] = "R"
assert sum(m != "A" for m in marks.values()) == 20

EXTRA = """
@page { size: A4; margin: 10mm 16mm 10mm 18mm; }
.p1 { height: 276mm; position: relative; page-break-after: always; overflow: hidden; }
.marks { position: absolute; bottom: 0; left: 0; right: 0; font-family: "Liberation Sans Narrow", sans-serif; font-size: 8pt; }
.marks table { width: 100%; border-collapse: collapse; }
.marks td, .marks th { border: 0.4pt solid #888; text-align: center; padding: 0.5mm 0; }
.marks th { background: #e6ebf3; font-weight: bold; }
.marks .cap { font-weight: bold; margin-bottom: 1mm; }
.marks .leg { font-size: 7pt; margin-top: 0.8mm; }
.runh { font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #333; border-bottom: 0.4pt solid #999; padding-bottom: 1mm; margin-bottom: 3mm; }
.runh .r { float: right; }
.cont { }
"""


def runhead(page):
    return ('<div class="runh">Città di Albano Laziale &ndash; Deliberazione del Consiglio Comunale n. %d del %s'
            '<span class="r">pag. %d</span></div>' % (NUM, DATA, page))


def roll_names():
    rows = ['<table class="roll"><tr><th>N.</th><th>Componente</th><th>Carica</th><th class="sep"></th>'
            '<th>N.</th><th>Componente</th><th>Carica</th></tr>']
    for i in range(13):
        a = COUNCIL[i]
        r = '<tr><td>%d</td><td>%s</td><td>%s</td><td class="sep"></td>' % (i + 1, a[0], a[1])
        if i + 13 < len(COUNCIL):
            b = COUNCIL[i + 13]
            r += '<td>%d</td><td>%s</td><td>%s</td></tr>' % (i + 14, b[0], b[1])
        else:
            r += '<td></td><td></td><td></td></tr>'
        rows.append(r)
    rows.append("</table>")
    return "\n".join(rows)


def marks_table():
    hd = "".join("<th>%d</th>" % i for i in range(1, 26))
    vl = "".join("<td>%s</td>" % marks[n] for n, _ in COUNCIL)
    return ('<div class="marks"><div class="cap">Rilevazione delle presenze al momento della votazione del punto n. 4 '
            'dell\'ordine del giorno</div><table><tr><th>N.</th>%s<th>Pres.</th><th>Ass.</th></tr>'
            '<tr><td><b>Esito</b></td>%s<td><b>20</b></td><td><b>5</b></td></tr></table>'
            '<div class="leg">P = presente in aula &nbsp; R = presente in collegamento da remoto &nbsp; A = assente. '
            'I numeri rinviano all\'elenco dei componenti.</div></div>' % (hd, vl))


html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Deliberazione C.C. n. %(n)d del %(d)s</title><style>%(css)s %(extra)s</style></head><body>
<div class="p1">
%(rh1)s
%(lh)s
<div class="ogg"><div class="l">OGGETTO</div><div class="s">RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI VELLETRI N. 412/2026, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000</div></div>
<div class="prop">Proposta di deliberazione n. 17 del 14/04/2027 &nbsp;|&nbsp; Settore proponente: SETTORE III &ndash; AVVOCATURA E CONTENZIOSO &nbsp;|&nbsp; Seduta pubblica, sessione ordinaria, prima convocazione</div>
<p>L'anno duemilaventisette, il giorno ventotto del mese di aprile, alle ore 16:00, nella Sala consiliare &ldquo;Sandro Pertini&rdquo; del Palazzo Comunale, convocato con avviso prot. n. 21877 del 21/04/2027, si è riunito il Consiglio Comunale in seduta pubblica, in forma mista. Il Consiglio è composto dai seguenti membri (per le presenze si veda il prospetto a piè di pagina):</p>
%(roll)s
<p>Alle ore 17:50, conclusa la votazione del punto n. 3, esce dall'aula il Consigliere ZACCHEO Marco; alle ore 17:55 entra in aula il Consigliere GUIDONI Stefano. Alle ore 18:05 entra in aula la <b>Presidente del Consiglio Comunale, avv. Chiara DE ANGELIS</b>, che assume la presidenza della seduta in luogo del Vice Presidente dott. Fabio PALOMBI e la mantiene per la trattazione del presente punto, iscritto al n. 4 dell'ordine del giorno.</p>
<p>Partecipa il <b>Segretario Generale, dott.ssa Raffaella CARDINALI</b>, che cura la redazione del verbale. Sono presenti, senza diritto di voto, gli Assessori MARINI Daniela e FERRANTE Paolo.</p>
%(marks)s
</div>
<div class="cont">
%(rh2)s
<div class="ctr">IL CONSIGLIO COMUNALE</div>
<p>Premesso che con sentenza n. 412/2026, depositata il 18/12/2026, il Giudice di Pace di Velletri ha condannato il Comune di Albano Laziale al risarcimento dei danni subiti dal sig. R.M. a seguito di un sinistro stradale occorso in via Cancelliera per la presenza di una buca non segnalata sul piano viabile, oltre interessi legali e spese di giudizio;</p>
<p>Dato atto che la sentenza è esecutiva e che la somma complessivamente dovuta ammonta a euro 4.736,82, di cui euro 3.120,00 a titolo di risarcimento, euro 96,42 per interessi legali ed euro 1.520,40 per spese e competenze legali, comprensive di accessori di legge;</p>
<p>Richiamato l'art. 194, comma 1, lett. a), del D.Lgs. 18 agosto 2000, n. 267, ai sensi del quale il Consiglio Comunale riconosce la legittimità dei debiti fuori bilancio derivanti da sentenze esecutive;</p>
<p>Vista la relazione del Dirigente del Settore III in data 09/04/2027 e il parere favorevole dell'Organo di revisione economico-finanziaria reso con verbale n. 11 del 20/04/2027, ai sensi dell'art. 239, comma 1, lett. b), n. 6, del D.Lgs. n. 267/2000;</p>
<p>Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;</p>
<p>Udita la relazione dell'Assessore al Bilancio e l'intervento del Consigliere GUIDONI Stefano, che annuncia voto contrario, e della Consigliera PROIETTI Martina, che annuncia l'astensione del proprio gruppo;</p>
<p>Con votazione resa per alzata di mano e, per i componenti collegati da remoto, per dichiarazione verbale, che dà il seguente risultato: <b>presenti n. 20, votanti n. 16, favorevoli n. 15, contrari n. 1 (GUIDONI Stefano), astenuti n. 4 (PROIETTI Martina, SBARDELLA Emanuele, TESTA Riccardo, VALERI Silvia)</b>,</p>
<div class="ctr">D E L I B E R A</div>
<ol>
<li>di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimità del debito fuori bilancio di euro 4.736,82 derivante dalla sentenza del Giudice di Pace di Velletri n. 412/2026;</li>
<li>di dare atto che la spesa trova copertura alla Missione 01, Programma 11, capitolo 1580 &ldquo;Oneri da contenzioso&rdquo; del bilancio di previsione 2027-2029, annualità 2027;</li>
<li>di demandare al Dirigente del Settore III l'adozione degli atti di impegno e di liquidazione;</li>
<li>di trasmettere la presente deliberazione alla Procura regionale della Corte dei conti per il Lazio, ai sensi dell'art. 23, comma 5, della Legge 27 dicembre 2002, n. 289.</li>
</ol>
<p>Successivamente, con separata votazione dal medesimo esito (presenti n. 20, favorevoli n. 15, contrari n. 1, astenuti n. 4), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di evitare l'aggravio di ulteriori interessi e spese.</p>
<p style="margin-top:4mm">Letto, approvato e sottoscritto.</p>
<table class="sig"><tr><td><b>LA PRESIDENTE DEL CONSIGLIO</b><br>avv. Chiara DE ANGELIS<br><small>(firmato digitalmente)</small></td>
<td><b>IL SEGRETARIO GENERALE</b><br>dott.ssa Raffaella CARDINALI<br><small>(firmato digitalmente)</small></td></tr></table>
<div class="box">Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005. Sicraweb &ndash; Atti.</div>
</div>
</body></html>
""" % {"n": NUM, "d": DATA, "css": CSS, "extra": EXTRA, "roll": roll_names(), "marks": marks_table(),
       "rh1": runhead(1), "rh2": runhead(2),
       "lh": letterhead("Deliberazione del<br>Consiglio Comunale", NUM, DATA)}
open(OUT, "w", encoding="utf-8").write(html)
