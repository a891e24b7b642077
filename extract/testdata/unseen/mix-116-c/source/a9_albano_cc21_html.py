#!/usr/bin/env python3
"""Città di Albano Laziale - Consiglio Comunale n. 21 del 28/04/2027 ("Sicraweb" style).
Writes the HTML that wkhtmltopdf prints: a two-column roll with notes (remote members,
a late arrival), the Vice Presidente del Consiglio in the chair, a roll-call vote table
in two columns, a running head repeated by the table header on every page."""
import sys
from albano_common import COUNCIL, CSS, letterhead

OUT = sys.argv[1] if len(sys.argv) > 1 else "a9.html"
NUM, DATA = 21, "28/04/2027"
absent = {"DE ANGELIS Chiara", "SILVESTRI Giulia", "BIANCONI Laura", "GUIDONI Stefano", "AMICI Francesca",
          "FERRI Tommaso"}
notes = {"SANTARELLI Roberta": "da remoto", "LUCIDI Federica": "da remoto", "PIERMARINI Daniele": "entra ore 16:40"}
votes = {}
for n, _ in COUNCIL:
    votes[n] = "Assente" if n in absent else "Favorevole"
for n in ("PROIETTI Martina", "SBARDELLA Emanuele", "TESTA Riccardo", "VALERI Silvia"):
    votes[n] = "Contrario"
votes["ZACCHEO Marco"] = "Astenuto"
assert sum(v == "Favorevole" for v in votes.values()) == 14


def roll_table():
    rows = ['<table class="roll"><tr><th>N.</th><th>Componente</th><th>Carica</th><th>P</th><th>A</th><th>Note</th>'
            '<th class="sep"></th><th>N.</th><th>Componente</th><th>Carica</th><th>P</th><th>A</th><th>Note</th></tr>']
    left, right = COUNCIL[:13], COUNCIL[13:]
    for i in range(13):
        cells = []
        for k, part in enumerate((left, right)):
            if i < len(part):
                n, r = part[i]
                idx = i + 1 + 13 * k
                p = "" if n in absent else "X"
                a = "X" if n in absent else ""
                cells.append('<td>%d</td><td>%s</td><td>%s</td><td class="m">%s</td><td class="m">%s</td><td>%s</td>'
                             % (idx, n, r, p, a, notes.get(n, "")))
            else:
                cells.append('<td></td><td colspan="2"><b>Presenti n. 19 &ndash; Assenti n. 6</b></td>'
                             '<td class="m"></td><td class="m"></td><td></td>')
        rows.append("<tr>" + cells[0] + '<td class="sep"></td>' + cells[1] + "</tr>")
    rows.append("</table>")
    return "\n".join(rows)


def vote_table():
    rows = ['<table class="roll"><tr><th>Consigliere</th><th>Voto</th><th class="sep"></th>'
            '<th>Consigliere</th><th>Voto</th></tr>']
    left, right = COUNCIL[:13], COUNCIL[13:]
    for i in range(13):
        a = left[i][0]
        b = right[i][0] if i < len(right) else ""
        rows.append('<tr><td>%s</td><td>%s</td><td class="sep"></td><td>%s</td><td>%s</td></tr>'
                    % (a, votes[a], b, votes.get(b, "")))
    rows.append("</table>")
    return "\n".join(rows)


html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Deliberazione C.C. n. %(n)d del %(d)s</title><style>%(css)s</style></head><body>
<table class="page">
<thead><tr><td><div class="run">Città di Albano Laziale &ndash; Deliberazione del Consiglio Comunale n. %(n)d del %(d)s<span class="r">Sicraweb &ndash; Atti</span></div></td></tr></thead>
<tfoot><tr><td><div class="foot">Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005. Copia conforme all'originale informatico depositato presso la Segreteria Generale.</div></td></tr></tfoot>
<tbody><tr><td>
%(lh)s
<div class="ogg"><div class="l">OGGETTO</div><div class="s">MODIFICHE AL REGOLAMENTO PER IL FUNZIONAMENTO DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI CONSILIARI: DISCIPLINA DELLE SEDUTE IN MODALITÀ TELEMATICA E MISTA</div></div>
<div class="prop">Proposta di deliberazione n. 14 del 12/04/2027 &nbsp;|&nbsp; Settore proponente: SETTORE I &ndash; AFFARI GENERALI E ISTITUZIONALI &nbsp;|&nbsp; Seduta pubblica, sessione ordinaria, prima convocazione</div>

<p>L'anno duemilaventisette, il giorno ventotto del mese di aprile, alle ore 16:00, nella Sala consiliare &ldquo;Sandro Pertini&rdquo; del Palazzo Comunale, convocato con avviso prot. n. 21877 del 21/04/2027 notificato nei termini di regolamento, si è riunito il Consiglio Comunale in seduta pubblica, in forma mista, con la partecipazione di alcuni componenti in collegamento audio-video. Al momento della votazione del presente punto, iscritto al n. 3 dell'ordine del giorno, risultano:</p>
%(roll)s
<p style="font-size:9pt">I componenti indicati &ldquo;da remoto&rdquo; partecipano in videoconferenza ai sensi dell'art. 12-bis del Regolamento; la loro identità è stata accertata dal Segretario Generale. Sono altresì presenti, senza diritto di voto, gli Assessori MARINI Daniela, FERRANTE Paolo e CORSI Alessia.</p>
<p>Presiede la seduta il <b>Vice Presidente del Consiglio Comunale, dott. Fabio PALOMBI</b>, in assenza della Presidente. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il <b>Segretario Generale, dott.ssa Raffaella CARDINALI</b>.</p>

<div class="ctr">IL CONSIGLIO COMUNALE</div>
<p>Premesso che l'art. 73 del D.L. 17 marzo 2020, n. 18 aveva consentito, durante lo stato di emergenza, lo svolgimento delle sedute degli organi collegiali in videoconferenza e che l'esperienza maturata ha dimostrato l'utilità di tale modalità per garantire la partecipazione dei componenti impossibilitati a essere presenti in aula;</p>
<p>Richiamato il Regolamento per il funzionamento del Consiglio Comunale e delle Commissioni consiliari, approvato con deliberazione del Consiglio Comunale n. 47 del 27/07/2015 e successivamente modificato con deliberazione n. 12 del 30/03/2021;</p>
<p>Vista la proposta di modifica degli articoli 12, 18 e 27 del Regolamento, esaminata dalla Conferenza dei Capigruppo nella riunione del 06/04/2027 e dalla I Commissione consiliare permanente nella seduta del 15/04/2027, che ha espresso parere favorevole a maggioranza;</p>
<p>Dato atto che sulla proposta è stato acquisito il parere favorevole di regolarità tecnica del Dirigente del Settore I, ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, e che la stessa non comporta riflessi diretti o indiretti sulla situazione economico-finanziaria dell'Ente;</p>
<p>Udita la relazione del Consigliere TOMASSINI Luca, Presidente della I Commissione, e gli interventi dei Consiglieri PROIETTI Martina, SBARDELLA Emanuele e ZACCHEO Marco, il cui resoconto integrale è riportato nella trascrizione della registrazione della seduta;</p>
<p>Il Vice Presidente pone in votazione la proposta. Su richiesta della Consigliera PROIETTI Martina la votazione si svolge per appello nominale, con il seguente esito:</p>
%(votes)s
<p><b>Presenti n. 19 &ndash; Votanti n. 18 &ndash; Voti favorevoli n. 14 &ndash; Voti contrari n. 4 &ndash; Astenuti n. 1.</b></p>
<p>Visto l'esito della votazione, proclamato dal Vice Presidente con l'assistenza degli scrutatori,</p>
<div class="ctr">D E L I B E R A</div>
<ol>
<li>di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per il funzionamento del Consiglio Comunale e delle Commissioni consiliari, nel testo allegato sotto la lettera &ldquo;A&rdquo; quale parte integrante e sostanziale del presente atto;</li>
<li>di dare atto che il testo coordinato del Regolamento sarà pubblicato nella sezione &ldquo;Amministrazione trasparente&rdquo; del sito istituzionale;</li>
<li>di dare atto che le modifiche entrano in vigore il primo giorno del mese successivo a quello in cui la presente deliberazione diventa esecutiva.</li>
</ol>
<p>La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.</p>
<div class="box"><b>PARERE DI REGOLARITÀ TECNICA</b> (art. 49 D.Lgs. 267/2000): FAVOREVOLE.<br>Il Dirigente del Settore I &ndash; dott. Marco SERAFINI &ndash; 14/04/2027</div>
<p style="margin-top:4mm">Letto, approvato e sottoscritto.</p>
<table class="sig"><tr><td><b>IL VICE PRESIDENTE DEL CONSIGLIO</b><br>dott. Fabio PALOMBI<br><small>(firmato digitalmente)</small></td>
<td><b>IL SEGRETARIO GENERALE</b><br>dott.ssa Raffaella CARDINALI<br><small>(firmato digitalmente)</small></td></tr></table>
</td></tr></tbody></table></body></html>
""" % {"n": NUM, "d": DATA, "css": CSS, "roll": roll_table(), "votes": vote_table(),
       "lh": letterhead("Deliberazione del<br>Consiglio Comunale", NUM, DATA)}
open(OUT, "w", encoding="utf-8").write(html)
