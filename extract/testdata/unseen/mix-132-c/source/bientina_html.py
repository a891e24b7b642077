#!/usr/bin/env python3
"""Bientina (Toscana): the two documents printed from the Civilia-like HTML
model by headless Chromium. Writes avviso.html and convocazione.html into
the folder given as argv[1]."""
import os, sys

out = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
css = open(os.path.join(here, "bientina-style.css"), encoding="utf-8").read()
crest = open(os.path.join(here, "crest.svg.inc"), encoding="utf-8").read()

LH = f"""<div class="lh">{crest}<div><div class="nm">COMUNE DI BIENTINA</div>
<div class="pv">Provincia di Pisa</div></div></div>"""
FOOT = """<div class="foot"><span>Comune di Bientina – Piazza Vittorio Emanuele II, 53 – 56031 Bientina (PI)</span>
<span>PEC: comune.bientina@postacert.toscana.it – C.F. 00357180502</span></div>"""

def doc(body):
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<style>{css}</style></head><body>{body}</body></html>"""

# ---------------------------------------------------------------- avviso
avviso = doc(f"""
<div class="page">
{LH}
<div class="band">Area Servizi alla Persona</div>
<div class="prot"><span>Prot. n. 11873 del 07/08/2028</span><span>Bientina, 07/08/2028</span></div>
<div class="title">AVVISO PUBBLICO</div>
<div class="oggetto"><span class="lbl">Oggetto:</span><span>Contributi per il diritto allo studio – “Pacchetto Scuola” anno scolastico 2028/2029. Apertura dei termini per la presentazione delle domande.</span></div>
<div class="issuer">IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA</div>
<p>Vista la deliberazione della Giunta Regionale Toscana n. 742 del 3 luglio 2028, con la quale sono stati approvati gli indirizzi regionali per il diritto allo studio scolastico per l'anno scolastico 2028/2029;</p>
<p>Vista la propria determinazione n. 389 del 04/08/2028, con la quale è stato approvato lo schema del presente avviso e della relativa domanda;</p>
<div class="rn">RENDE NOTO</div>
<p>che dal giorno <b>7 agosto 2028</b> e fino alle ore 13:00 del giorno <b>29 settembre 2028</b> sono aperti i termini per la presentazione delle domande per l'assegnazione dell'incentivo economico individuale denominato “Pacchetto Scuola”, finalizzato a sostenere le spese necessarie per la frequenza scolastica (libri di testo, materiale didattico e servizi scolastici).</p>
<h3>Destinatari</h3>
<p>Possono presentare domanda gli studenti residenti nel Comune di Bientina, di età non superiore a 20 anni, iscritti per l'anno scolastico 2028/2029:</p>
<ul>
<li>a una scuola secondaria di primo o di secondo grado, statale, paritaria privata o degli Enti locali;</li>
<li>a un percorso di Istruzione e Formazione Professionale (IeFP) presso un'agenzia formativa accreditata;</li>
</ul>
<p>appartenenti a un nucleo familiare con indicatore ISEE, in corso di validità, non superiore a <b>€ 15.748,78</b>.</p>
<h3>Importi</h3>
<p>L'importo dell'incentivo è pari a € 280,00 per gli studenti della scuola secondaria di primo grado e a € 340,00 per quelli della scuola secondaria di secondo grado e dei percorsi IeFP, ed è incrementato del 50% per gli studenti con disabilità certificata ai sensi della L. 104/1992.</p>
<h3>Modalità di presentazione</h3>
<p>La domanda si presenta esclusivamente on line, tramite SPID o CIE, dallo sportello “Istanze on line” del sito istituzionale del Comune. Per l'assistenza alla compilazione è possibile rivolgersi all'Ufficio Scuola, il martedì e il giovedì dalle 9:00 alle 12:30, previo appuntamento al numero 0587 758421.</p>
<p>La graduatoria provvisoria dei beneficiari sarà pubblicata all'Albo Pretorio on line entro il 20 ottobre 2028; contro di essa è ammesso ricorso entro 10 giorni dalla pubblicazione.</p>
<p>Il responsabile del procedimento è la dott.ssa Chiara Lupetti. Il trattamento dei dati personali avviene ai sensi del Regolamento (UE) 2016/679, secondo l'informativa allegata al modulo di domanda.</p>
<div class="sig">Chiara Lupetti<div class="small">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate</div></div>
{FOOT}
</div>""")

# ---------------------------------------------------------------- convocazione
def rhead():
    return """<div class="rhead"><span>Comune di Bientina – Presidenza del Consiglio Comunale</span><span>Prot. n. 12655 del 24/08/2028</span></div>"""

def foot(n):
    return f"""<div class="foot"><span>Comune di Bientina – Piazza Vittorio Emanuele II, 53 – 56031 Bientina (PI)</span>
<span>Convocazione Consiglio Comunale – pag. {n} di 2</span></div>"""

conv = doc(f"""
<div class="page">
{rhead()}
{LH}
<div class="band">Presidenza del Consiglio Comunale</div>
<div class="prot"><span>Prot. n. 12655 del 24/08/2028</span><span>Bientina, 24 agosto 2028</span></div>
<p style="margin:5mm 0 0 95mm; text-align:left">Ai Consiglieri Comunali<br>Al Sindaco<br>Al Segretario Comunale<br>e p.c. Al Prefetto di Pisa<br>Al Comandante della Stazione Carabinieri di Bientina</p>
<div class="oggetto"><span class="lbl">Oggetto:</span><span>Convocazione del Consiglio Comunale in seduta ordinaria – giovedì 31 agosto 2028, ore 21:00.</span></div>
<div class="issuer">IL PRESIDENTE DEL CONSIGLIO COMUNALE</div>
<p>Visti l'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e gli articoli 12 e 13 del vigente Regolamento per il funzionamento del Consiglio Comunale;</p>
<p>Sentita la Conferenza dei Capigruppo nella riunione del 22 agosto 2028;</p>
<div class="rn">CONVOCA</div>
<p>il Consiglio Comunale in seduta <b>ordinaria</b> e <b>pubblica</b>, di prima convocazione, presso la Sala Consiliare del Palazzo Comunale, per il giorno</p>
<p style="text-align:center"><b>giovedì 31 agosto 2028 alle ore 21:00</b></p>
<p>e, occorrendo, in seconda convocazione per il giorno venerdì 1° settembre 2028 alla stessa ora, per la trattazione del seguente</p>
<div class="rn">ORDINE DEL GIORNO</div>
<ol>
<li>Comunicazioni del Sindaco.</li>
<li>Approvazione dei verbali delle sedute del 29 giugno 2028 e del 20 luglio 2028.</li>
<li>Ratifica della deliberazione della Giunta Comunale n. 96 del 27 luglio 2028, avente ad oggetto “Variazione d'urgenza al bilancio di previsione 2028-2030 ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000”.</li>
<li>Assestamento generale e salvaguardia degli equilibri del bilancio di previsione 2028-2030 ai sensi degli articoli 175, comma 8, e 193 del D.Lgs. 267/2000.</li>
</ol>
</div>
<div class="page">
{rhead()}
<ol start="5" style="margin-top:10mm">
<li>Documento Unico di Programmazione (DUP) 2029-2031: presentazione al Consiglio Comunale.</li>
<li>Regolamento comunale per la concessione di contributi e vantaggi economici alle associazioni: modifica degli articoli 4 e 9.</li>
<li>Mozione presentata dal gruppo consiliare “Bientina Futura” in merito alla sicurezza della Strada Provinciale 3 Bientinese – prot. n. 11204 del 28/07/2028.</li>
<li>Interrogazione del consigliere Riccardo Pardini in merito ai lavori di manutenzione del Canale Emissario – prot. n. 11530 del 02/08/2028.</li>
</ol>
<p>Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e sono consultabili dai Consiglieri, nell'orario di apertura al pubblico, a partire dal terzo giorno precedente la seduta.</p>
<p>La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.</p>
<div class="sig">IL PRESIDENTE DEL CONSIGLIO COMUNALE<br><br>Alessio Bacci<div class="small">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</div></div>
{foot(2)}
</div>""").replace("</ol>\n</div>\n<div class=\"page\">", "</ol>\n" + foot(1) + "\n</div>\n<div class=\"page\">", 1)

open(os.path.join(out, "avviso.html"), "w", encoding="utf-8").write(avviso)
open(os.path.join(out, "convocazione.html"), "w", encoding="utf-8").write(conv)
