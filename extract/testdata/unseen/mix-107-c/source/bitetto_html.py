# Comune di Bitetto, "Civilia"-like house style, written as HTML:
#   giunta-96-bitetto-civilia.html -> headless Chromium (running head and foot as the
#                                      thead/tfoot of a page-long table, repeated on each page)
#   giunta-99-bitetto-civilia.html -> wkhtmltopdf (running head and foot from its
#                                      --header-*/--footer-* options)
# People, numbers and facts are invented.
import sys, os, html

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

CREST = """<svg width="46" height="56" viewBox="0 0 46 56" xmlns="http://www.w3.org/2000/svg">
<path d="M3 3 H43 V30 C43 44 30 51 23 54 C16 51 3 44 3 30 Z" fill="none" stroke="#1d3a6b" stroke-width="2"/>
<path d="M3 20 H43" stroke="#1d3a6b" stroke-width="1.5"/><circle cx="23" cy="36" r="6" fill="none" stroke="#1d3a6b" stroke-width="1.5"/>
</svg>"""

CSS = """
@page { size: A4; margin: 12mm 16mm 12mm 16mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #000; margin: 0; }
table.page { width: 100%; border-collapse: collapse; }
table.page > thead td, table.page > tfoot td { padding: 0; }
.rh { border-bottom: 1.5px solid #1d3a6b; padding-bottom: 4px; margin-bottom: 10px; }
.rh td { vertical-align: middle; }
.ente { font-size: 15pt; font-weight: bold; color: #1d3a6b; letter-spacing: 0.5px; }
.prov { font-size: 9pt; }
.rhnum { font-size: 8pt; text-align: right; color: #333; }
.rf { border-top: 1px solid #999; font-size: 7.5pt; color: #444; padding-top: 3px; margin-top: 8px; }
h1 { font-size: 12pt; text-align: center; margin: 4px 0 8px 0; }
table.grid { width: 100%; border-collapse: collapse; margin-bottom: 8px; }
table.grid td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
td.lab { background: #e8edf5; font-size: 8.5pt; width: 24%; }
td.val { font-weight: bold; }
p { text-align: justify; margin: 0 0 6px 0; line-height: 1.35; }
table.roll { width: 80%; margin: 4px auto 8px auto; border-collapse: collapse; }
table.roll th { background: #e8edf5; border: 1px solid #444; font-size: 9pt; padding: 2px 6px; }
table.roll td { border: 1px solid #444; padding: 2px 6px; }
table.roll td.c { text-align: center; }
table.roll tr.tot td { font-weight: bold; background: #f4f4f4; }
.organo { text-align: center; font-weight: bold; margin: 10px 0 6px 0; }
.delibera { text-align: center; font-weight: bold; letter-spacing: 0.45em; margin: 8px 0 6px 0; }
ol { margin: 0 0 8px 0; padding-left: 24px; }
ol li { text-align: justify; margin-bottom: 4px; line-height: 1.35; }
table.pareri { width: 100%; border-collapse: collapse; font-size: 9pt; margin-top: 10px; page-break-inside: avoid; }
table.pareri td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
table.firme { width: 100%; margin-top: 16px; page-break-inside: avoid; }
table.firme td { text-align: center; width: 50%; }
"""

GIUNTA = [("LORUSSO NICOLA", "Sindaco"), ("DE PALMA ANTONELLA", "Vice Sindaco"),
          ("MINERVINI VITO", "Assessore"), ("CAMPANELLI ROSA", "Assessore"),
          ("SCHIRALDI FRANCESCO", "Assessore"), ("LOVECCHIO MARIANNA", "Assessore")]


def letterhead(num_line):
    return f"""<table class="rh" width="100%"><tr>
<td width="56">{CREST}</td>
<td><div class="ente">COMUNE DI BITETTO</div><div class="prov">Città Metropolitana di Bari</div></td>
<td class="rhnum">{num_line}</td></tr></table>"""


def grid(number, date, prop, settore, subject):
    return f"""<h1>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</h1>
<table class="grid">
<tr><td class="lab">Deliberazione</td><td class="val">N. {number}</td>
    <td class="lab">Data</td><td class="val">{date}</td></tr>
<tr><td class="lab">Proposta</td><td colspan="3">{prop}</td></tr>
<tr><td class="lab">Settore proponente</td><td colspan="3">{settore}</td></tr>
<tr><td class="lab">OGGETTO</td><td colspan="3" class="val">{html.escape(subject)}</td></tr>
</table>"""


def roll(absent):
    rows = "".join(
        f"<tr><td>{n}</td><td>{r}</td><td class='c'>{'NO' if n in absent else 'SI'}</td></tr>"
        for n, r in GIUNTA)
    p, a = len(GIUNTA) - len(absent), len(absent)
    return f"""<table class="roll"><tr><th>Nominativo</th><th>Carica</th><th>Presente</th></tr>
{rows}<tr class="tot"><td colspan="2">Totale presenti: {p} &nbsp;&nbsp;&nbsp; Totale assenti: {a}</td><td></td></tr></table>"""


def pareri(tec, tdate, con, cdate):
    return f"""<table class="pareri">
<tr><td colspan="3"><b>PARERI ESPRESSI AI SENSI DELL'ART. 49, COMMA 1, DEL D.LGS. N. 267/2000</b></td></tr>
<tr><td>Regolarità tecnica</td><td>FAVOREVOLE</td><td>{tec} - {tdate}</td></tr>
<tr><td>Regolarità contabile</td><td>FAVOREVOLE</td><td>{con} - {cdate}</td></tr></table>"""


def firme(pres, secr):
    return f"""<p style="margin-top:12px">Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto come segue.</p>
<table class="firme"><tr><td><b>IL SINDACO</b></td><td><b>IL SEGRETARIO GENERALE</b></td></tr>
<tr><td>{pres}</td><td>{secr}</td></tr>
<tr><td style="font-size:8pt">(firmato digitalmente)</td><td style="font-size:8pt">(firmato digitalmente)</td></tr></table>"""


def g96():
    subject = ("Centri estivi comunali 2026 per minori dai 3 ai 14 anni. Approvazione del progetto e "
               "indirizzi al Responsabile del Settore III.")
    body = grid("96", "09/06/2026", "n. 104 del 03/06/2026",
                "SETTORE III - SERVIZI SOCIALI, CULTURA E SPORT", subject)
    body += """<p>L'anno 2026 il giorno 9 del mese di giugno alle ore 17:30 nella sala delle adunanze della
Sede Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:</p>"""
    body += roll({"CAMPANELLI ROSA"})
    body += """<p>Presiede la seduta il Sindaco, avv. Nicola Lorusso.</p>
<p>Partecipa con funzioni consultive, referenti e di assistenza il Segretario Generale, dott. Michele Armenise,
che cura la verbalizzazione.</p>
<p>Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare
sull'argomento in oggetto.</p>
<div class="organo">LA GIUNTA COMUNALE</div>
<p>Premesso che l'Amministrazione comunale intende garantire anche per l'estate 2026 l'organizzazione di centri
estivi diurni per minori di età compresa tra i 3 e i 14 anni, quale servizio di conciliazione dei tempi di vita e
di lavoro delle famiglie e di socializzazione per i più giovani;</p>
<p>Visto il progetto predisposto dal Settore III - Servizi Sociali, Cultura e Sport, che prevede lo svolgimento
delle attività dal 29 giugno al 7 agosto 2026 presso i plessi scolastici comunali e il campo sportivo comunale,
per un massimo di 120 iscritti suddivisi in gruppi per fasce di età;</p>
<p>Considerato che la spesa complessiva, stimata in € 46.800,00, trova copertura per € 31.200,00 nelle risorse
del Fondo per le politiche della famiglia assegnate al Comune e per € 15.600,00 nelle quote di compartecipazione
a carico delle famiglie;</p>
<p>Visti il D.Lgs. n. 267/2000 e lo Statuto comunale;</p>
<p>Visti i pareri favorevoli espressi dal Responsabile del Settore III in ordine alla regolarità tecnica e dal
Responsabile del Settore II - Servizi Finanziari in ordine alla regolarità contabile, ai sensi dell'art. 49,
comma 1, del D.Lgs. n. 267/2000;</p>
<p>Con voti unanimi espressi nelle forme di legge,</p>
<div class="delibera">DELIBERA</div>
<ol>
<li>di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;</li>
<li>di approvare il progetto "Centri estivi comunali 2026", allegato al presente atto quale parte integrante
e sostanziale (Allegato A);</li>
<li>di stabilire la quota di compartecipazione a carico delle famiglie in € 40,00 settimanali, ridotta a
€ 25,00 per il secondo figlio e per i nuclei familiari con ISEE inferiore a € 9.000,00;</li>
<li>di demandare al Responsabile del Settore III l'adozione degli atti gestionali conseguenti, ivi compresa la
procedura per l'individuazione del soggetto gestore;</li>
<li>di trasmettere copia del presente atto ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs.
n. 267/2000.</li>
</ol>
<p>Successivamente, LA GIUNTA COMUNALE, ravvisata l'urgenza di provvedere per consentire l'apertura delle
iscrizioni, con separata e unanime votazione, espressa in forma palese,</p>
<div class="delibera">DELIBERA</div>
<p>di dichiarare il presente provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del
D.Lgs. n. 267/2000.</p>"""
    body += pareri("Il Responsabile del Settore III, dott.ssa Paola Mastrorilli", "04/06/2026",
                   "Il Responsabile del Settore II, dott. Vincenzo Cramarossa", "05/06/2026")
    body += firme("avv. Nicola Lorusso", "dott. Michele Armenise")
    doc = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Deliberazione di Giunta Comunale n. 96 del 09/06/2026</title><style>{CSS}</style></head><body>
<table class="page">
<thead><tr><td>{letterhead("Deliberazione della Giunta Comunale<br>n. 96 del 09/06/2026")}</td></tr></thead>
<tfoot><tr><td><div class="rf">Comune di Bitetto - Deliberazione G.C. n. 96 del 09/06/2026 - Documento informatico
firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.</div></td></tr></tfoot>
<tbody><tr><td>{body}</td></tr></tbody></table></body></html>"""
    open(os.path.join(OUT, "giunta-96-bitetto-civilia.html"), "w", encoding="utf-8").write(doc)


def g99():
    subject = ("Piano Triennale dei Fabbisogni di Personale 2026/2028. Prima modifica della "
               "sottosezione 3.3 del PIAO 2026/2028.")
    body = letterhead("")
    body += grid("99", "16/06/2026", "n. 110 del 12/06/2026",
                 "SETTORE I - AFFARI GENERALI E RISORSE UMANE", subject)
    body += """<p>L'anno 2026 il giorno 16 del mese di giugno alle ore 13:00 nella sala delle adunanze della
Sede Comunale, a seguito di regolare convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:</p>"""
    body += roll({"DE PALMA ANTONELLA"})
    body += """<p>Presiede l'adunanza il Sindaco Nicola LORUSSO.</p>
<p>Assiste il Segretario Generale, dott. Michele ARMENISE, incaricato della redazione del verbale.</p>
<p>Il Presidente, riconosciuta la validità della seduta, pone in trattazione l'argomento in oggetto.</p>
<div class="organo">LA GIUNTA COMUNALE</div>
<p>Richiamata la propria deliberazione n. 14 del 29/01/2026, con la quale è stato approvato il Piano Integrato
di Attività e Organizzazione (PIAO) 2026/2028 e, nella sottosezione 3.3, il Piano Triennale dei Fabbisogni di
Personale;</p>
<p>Preso atto che, successivamente all'approvazione del Piano, sono intervenute due cessazioni dal servizio non
previste, di un Istruttore amministrativo del Settore I e di un Istruttore di vigilanza del Settore IV - Polizia
Locale, a decorrere rispettivamente dal 1° maggio e dal 1° luglio 2026;</p>
<p>Ritenuto di dover aggiornare la programmazione per l'anno 2026 prevedendo la copertura dei due posti
mediante scorrimento di graduatorie vigenti di altri enti o, in subordine, mediante concorso pubblico, nel
rispetto della capacità assunzionale calcolata ai sensi dell'art. 33, comma 2, del D.L. n. 34/2019;</p>
<p>Acquisito il parere favorevole del Revisore dei conti, verbale n. 9 del 10/06/2026, in ordine al rispetto
del contenimento della spesa di personale;</p>
<p>Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, comma 1, del
D.Lgs. n. 267/2000;</p>
<p>Con voti unanimi favorevoli, espressi per alzata di mano (presenti e votanti n. 5),</p>
<div class="delibera">DELIBERA</div>
<ol>
<li>di modificare il Piano Triennale dei Fabbisogni di Personale 2026/2028, contenuto nella sottosezione 3.3
del PIAO 2026/2028, come risulta dal prospetto allegato (Allegato 1);</li>
<li>di prevedere per l'anno 2026 la copertura di n. 1 posto di Istruttore amministrativo e di n. 1 posto di
Istruttore di vigilanza, area degli Istruttori, a tempo pieno e indeterminato;</li>
<li>di dare atto che la spesa di personale resta contenuta entro i limiti di cui all'art. 1, comma 557, della
Legge n. 296/2006;</li>
<li>di trasmettere il presente atto alla Ragioneria Generale dello Stato tramite il sistema SICO entro trenta
giorni dall'adozione.</li>
</ol>
<p>Con successiva votazione, unanime e palese, la Giunta Comunale DELIBERA altresì di dichiarare il presente
atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.</p>"""
    body += pareri("Il Responsabile del Settore I, dott.ssa Annamaria Sblendorio", "12/06/2026",
                   "Il Responsabile del Settore II, dott. Vincenzo Cramarossa", "15/06/2026")
    body += firme("Nicola Lorusso", "dott. Michele Armenise")
    doc = f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Deliberazione di Giunta Comunale n. 99 del 16/06/2026</title><style>{CSS}
@page {{ margin: 0; }}</style></head><body>{body}</body></html>"""
    open(os.path.join(OUT, "giunta-99-bitetto-civilia.html"), "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    g96()
    g99()
