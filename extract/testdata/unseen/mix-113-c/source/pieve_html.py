#!/usr/bin/env python3
"""Comune di Pieve Ligure - minutes in the layout of a Sicraweb-like package.

Writes four HTML files into the directory given as argv[1]:
  cc1.html, cc2.html  (printed by headless Chromium, @page margin boxes)
  cc3.html, gc4.html  (printed by wkhtmltopdf, no margin boxes)
"""
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

CREST = """<svg width="54" height="64" viewBox="0 0 54 64" xmlns="http://www.w3.org/2000/svg">
<path d="M4 6 H50 V34 C50 50 38 58 27 62 C16 58 4 50 4 34 Z" fill="#1d4e89" stroke="#0d2a4d" stroke-width="2"/>
<path d="M8 38 Q17 32 27 38 T46 38 V42 Q37 36 27 42 T8 42 Z" fill="#fff"/>
<path d="M8 46 Q17 40 27 46 T46 46 V49 Q37 43 27 49 T8 49 Z" fill="#fff"/>
<rect x="20" y="12" width="14" height="18" fill="#f2c230"/>
<rect x="24" y="6" width="6" height="8" fill="#f2c230"/>
</svg>"""

CSS = """
@page { size: A4; margin: 18mm 17mm 20mm 20mm; }
@page { @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font: 8pt Arial, sans-serif; color:#333; } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.32; color:#111; }
.lh { display:flex; align-items:center; border-bottom: 2px solid #1d4e89; padding-bottom: 6px; }
.lh table { border-collapse: collapse; }
.lh .t1 { font-size: 17pt; font-weight: bold; letter-spacing: .5px; color:#0d2a4d; }
.lh .t2 { font-size: 10pt; color:#333; }
.copy { float:right; font-weight:bold; font-size: 11pt; border:1px solid #000; padding: 2px 10px; }
.hdr { width:100%; border-collapse: collapse; margin-top: 10px; }
.hdr td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; }
.hdr .k { font-size: 8pt; text-transform: uppercase; color:#333; display:block; }
.hdr .v { font-weight: bold; font-size: 11pt; }
.title { text-align:center; font-weight:bold; font-size: 12.5pt; margin: 10px 0 2px 0; }
.sub { text-align:center; font-size: 9.5pt; margin-bottom: 8px; }
.ogg { border: 1px solid #000; margin: 6px 0 10px 0; width:100%; border-collapse: collapse; }
.ogg td { padding: 5px 7px; vertical-align: top; }
.ogg td.lab { width: 70px; font-weight: bold; }
.ogg td.txt { font-weight: bold; }
p { margin: 0 0 6px 0; text-align: justify; }
table.roll { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 9.5pt; }
table.roll th, table.roll td { border: 1px solid #555; padding: 2px 5px; }
table.roll th { background: #e6ecf3; font-size: 8.5pt; }
table.roll td.c { text-align:center; width: 38px; }
table.tot { border-collapse: collapse; margin: 4px 0 10px auto; font-size: 9.5pt; }
table.tot td { border: 1px solid #555; padding: 2px 8px; }
.center { text-align:center; font-weight:bold; margin: 10px 0 6px 0; letter-spacing: 1px; }
ol.disp { margin: 0 0 8px 0; padding-left: 22px; }
ol.disp li { text-align: justify; margin-bottom: 4px; }
table.firme { width:100%; margin-top: 18px; border-collapse: collapse; }
table.firme td { width:50%; text-align:center; vertical-align: top; padding: 2px; }
.pareri { border-top: 1px solid #000; margin-top: 12px; padding-top: 6px; font-size: 9.5pt; }
.pareri td { vertical-align: top; padding: 2px 6px; font-size: 9.5pt; }
.small { font-size: 8.5pt; color:#333; }
.pbb { page-break-before: always; }
"""

# Running head printed as a fixed element on every page (Chromium repeats it)
RUNHEAD_CSS = """
@page { margin-top: 24mm; @top-left { content: "Comune di Pieve Ligure - Deliberazione del Consiglio Comunale n. 2 del 14/01/2027"; font: 8pt Arial, sans-serif; color:#333; vertical-align: bottom; } }
@page :first { margin-top: 18mm; @top-left { content: none; } }
"""


def letterhead(copy="ORIGINALE"):
    return f"""
<div class="lh"><table><tr><td style="padding-right:12px">{CREST}</td>
<td><div class="t1">COMUNE DI PIEVE LIGURE</div>
<div class="t2">Città Metropolitana di Genova</div>
<div class="t2 small">Piazza 4 Novembre 1 - 16031 Pieve Ligure (GE) - C.F. 00857690105</div></td></tr></table>
<div style="flex:1"></div><div class="copy">{copy}</div></div>"""


COUNCIL = [
    # name, carica, gruppo
    ("BORDONE Alessandro", "Sindaco", "Insieme per Pieve"),
    ("CAFFARENA Marta", "Consigliere", "Insieme per Pieve"),
    ("OLIVARI Stefano", "Consigliere", "Insieme per Pieve"),
    ("DAPELO Giulia", "Consigliere", "Insieme per Pieve"),
    ("MOLFINO Carlo", "Consigliere", "Insieme per Pieve"),
    ("SCHIAFFINO Paola", "Consigliere", "Insieme per Pieve"),
    ("ROCCATAGLIATA Luca", "Consigliere", "Insieme per Pieve"),
    ("CASSOLA Federica", "Consigliere", "Insieme per Pieve"),
    ("DIGHERO Andrea", "Consigliere", "Pieve Bene Comune"),
    ("GAGGERO Silvia", "Consigliere", "Pieve Bene Comune"),
    ("PORCILE Matteo", "Consigliere", "Pieve Bene Comune"),
]


def roll_table(absent, group=True):
    rows = []
    for i, (n, r, g) in enumerate(COUNCIL, 1):
        p = "" if n in absent else "X"
        a = "X" if n in absent else ""
        gcell = f"<td>{g}</td>" if group else ""
        rows.append(f"<tr><td class='c'>{i}</td><td>{n}</td><td>{r}</td>{gcell}<td class='c'>{p}</td><td class='c'>{a}</td></tr>")
    gh = "<th>Gruppo consiliare</th>" if group else ""
    return f"""<table class="roll"><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th>{gh}<th>Pres.</th><th>Ass.</th></tr>
{''.join(rows)}</table>"""


def totals(present, absent):
    return f"""<table class="tot"><tr><td>Consiglieri assegnati</td><td><b>11</b></td><td>In carica</td><td><b>11</b></td>
<td>Presenti</td><td><b>{present}</b></td><td>Assenti</td><td><b>{absent}</b></td></tr></table>"""


def hdr_cc(num, date, prop, propdate, area):
    return f"""<table class="hdr"><tr>
<td style="width:24%"><span class="k">Deliberazione n.</span><span class="v">{num}</span></td>
<td style="width:24%"><span class="k">Data</span><span class="v">{date}</span></td>
<td><span class="k">Proposta</span>n. {prop} del {propdate}<br><span class="small">{area}</span></td></tr></table>"""


def page(title, body, extra_css=""):
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>{title}</title>
<style>{CSS}{extra_css}</style></head><body>{body}</body></html>"""


def firme(pres_role, pres_name, sec_role, sec_name):
    return f"""<p style="margin-top:14px">Letto, approvato e sottoscritto.</p>
<table class="firme"><tr><td><b>{pres_role}</b><br>F.to {pres_name}</td><td><b>{sec_role}</b><br>F.to {sec_name}</td></tr></table>
<p class="small" style="margin-top:10px">Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.</p>"""


def pareri(tec, tec_name, cont=True):
    c = ""
    if cont:
        c = f"""<tr><td><b>Regolarità contabile</b></td><td>FAVOREVOLE</td><td>Il Responsabile dell'Area Economico-Finanziaria<br>F.to rag. Daniela Canepa</td></tr>"""
    return f"""<div class="pareri"><b>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>
<table><tr><td><b>Regolarità tecnica</b></td><td>FAVOREVOLE</td><td>{tec}<br>F.to {tec_name}</td></tr>{c}</table></div>"""


# ---------------------------------------------------------------- CC 1
def cc1():
    absent = {"CASSOLA Federica", "PORCILE Matteo"}
    body = letterhead() + hdr_cc(1, "14/01/2027", 3, "05/01/2027", "Area Economico-Finanziaria") + """
<div class="title">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div class="sub">Adunanza ordinaria di prima convocazione - Seduta pubblica</div>
<table class="ogg"><tr><td class="lab">OGGETTO:</td><td class="txt">NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2027/2029 - APPROVAZIONE.</td></tr></table>
<p>L'anno duemilaventisette, addì quattordici del mese di gennaio alle ore 20:30, nella Sala Consiliare del Palazzo Comunale, convocato dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All'appello nominale risultano:</p>
""" + roll_table(absent) + totals(9, 2) + """
<p>Risultano assenti giustificati i Consiglieri CASSOLA Federica e PORCILE Matteo.</p>
<p>Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il Segretario Comunale dott.ssa Roberta Cevasco.</p>
<p>Il Sig. Alessandro Bordone, nella sua qualità di Sindaco, assume la presidenza e, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a trattare l'argomento indicato in oggetto, iscritto al punto n. 1 dell'ordine del giorno.</p>
<div class="center">IL CONSIGLIO COMUNALE</div>
<p>PREMESSO che l'art. 170 del D.Lgs. 18 agosto 2000, n. 267 dispone che la Giunta presenti al Consiglio il Documento Unico di Programmazione e, entro il 15 novembre di ciascun anno, la relativa nota di aggiornamento;</p>
<p>RICHIAMATA la propria deliberazione n. 21 del 29/07/2026 con la quale è stato presentato il DUP 2027/2029;</p>
<p>VISTA la deliberazione della Giunta Comunale n. 88 del 12/11/2026 di approvazione della nota di aggiornamento al DUP 2027/2029, depositata agli atti del Consiglio nei termini previsti dal vigente Regolamento di contabilità;</p>
<p>VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, dott. Marco Ferrando, reso con verbale n. 14 del 02/12/2026 e acquisito al protocollo n. 9832;</p>
<p>UDITA la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Dighero e Gaggero, i quali preannunciano il voto contrario del gruppo "Pieve Bene Comune", come da registrazione integrale della seduta conservata agli atti;</p>
<p>ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce;</p>
<p>CON VOTI favorevoli n. 7, contrari n. 2 (Dighero, Gaggero), astenuti nessuno, espressi per alzata di mano dai n. 9 Consiglieri presenti e votanti;</p>
<div class="center">D E L I B E R A</div>
<ol class="disp">
<li>di approvare la Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2027/2029, allegata alla presente quale parte integrante e sostanziale;</li>
<li>di dare atto che il DUP costituisce presupposto necessario di tutti gli altri documenti di programmazione dell'Ente;</li>
<li>di pubblicare il documento approvato sul sito istituzionale, nella sezione "Amministrazione trasparente - Bilanci".</li>
</ol>
<p>Successivamente, stante l'urgenza di procedere all'approvazione del bilancio di previsione, con separata votazione che dà il seguente esito: presenti n. 9, votanti n. 9, favorevoli n. 7, contrari n. 2 (Dighero, Gaggero),</p>
<div class="center">DELIBERA</div>
<p>di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
""" + pareri("Il Responsabile dell'Area Economico-Finanziaria", "rag. Daniela Canepa") + firme(
        "IL SINDACO - PRESIDENTE", "Alessandro Bordone", "IL SEGRETARIO COMUNALE", "dott.ssa Roberta Cevasco")
    return page("Delibera CC 1/2027", body)


# ---------------------------------------------------------------- CC 2
def cc2():
    absent = {"CASSOLA Federica", "PORCILE Matteo"}
    premesse = """
<p>PREMESSO che l'art. 151, comma 1, del D.Lgs. 267/2000 stabilisce che gli enti locali deliberano entro il 31 dicembre il bilancio di previsione finanziario, riferito ad un orizzonte temporale almeno triennale, e che tale termine può essere differito con decreto del Ministro dell'Interno;</p>
<p>RICHIAMATA la propria deliberazione n. 1, adottata in data odierna, di approvazione della Nota di aggiornamento al Documento Unico di Programmazione 2027/2029;</p>
<p>VISTA la deliberazione della Giunta Comunale n. 91 del 26/11/2026, con la quale è stato approvato lo schema del bilancio di previsione finanziario 2027/2029 con i relativi allegati;</p>
<p>DATO ATTO che lo schema di bilancio e i relativi allegati sono stati messi a disposizione dei Consiglieri con nota prot. n. 9917 del 04/12/2026, nel rispetto dei termini stabiliti dal Regolamento comunale di contabilità, e che entro il termine assegnato non sono pervenuti emendamenti;</p>
<p>VISTI:</p>
<ul>
<li>il programma triennale delle opere pubbliche 2027/2029 e l'elenco annuale 2027;</li>
<li>il piano delle alienazioni e valorizzazioni immobiliari per il triennio 2027/2029;</li>
<li>la deliberazione della Giunta Comunale n. 84 del 05/11/2026 di determinazione delle tariffe dei servizi a domanda individuale per l'anno 2027;</li>
<li>la nota integrativa al bilancio redatta secondo il principio contabile applicato 4/1;</li>
</ul>
<p>VISTO il parere favorevole dell'Organo di revisione economico-finanziaria reso con verbale n. 15 del 09/12/2026, ai sensi dell'art. 239, comma 1, lett. b), del D.Lgs. 267/2000;</p>
<p>CONSIDERATO che il bilancio di previsione 2027/2029 rispetta il pareggio finanziario complessivo e gli equilibri di parte corrente e di parte capitale previsti dall'art. 162 del D.Lgs. 267/2000, come risulta dal prospetto allegato;</p>
<p>UDITA la relazione del Sindaco e il dibattito che ne è seguito, nel corso del quale intervengono i Consiglieri Dighero, Gaggero e Porcile, come da registrazione integrale conservata agli atti;</p>
<p>ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
"""
    body = letterhead() + hdr_cc(2, "14/01/2027", 4, "05/01/2027", "Area Economico-Finanziaria") + """
<div class="title">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div class="sub">Adunanza ordinaria di prima convocazione - Seduta pubblica</div>
<table class="ogg"><tr><td class="lab">OGGETTO:</td><td class="txt">BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 E RELATIVI ALLEGATI - ESAME ED APPROVAZIONE.</td></tr></table>
<p>L'anno duemilaventisette, addì quattordici del mese di gennaio alle ore 20:30, nella Sala Consiliare del Palazzo Comunale, convocato dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All'appello nominale risultano:</p>
""" + roll_table(absent) + totals(9, 2) + """
<p>Partecipa il Segretario Comunale dott.ssa Roberta Cevasco, la quale provvede alla redazione del presente verbale.</p>
<p>Presiede il Sindaco Alessandro Bordone.</p>
<p class="small" style="border:1px dashed #777;padding:4px 6px">Si dà atto che prima della trattazione del presente punto (ore 21:10) entra in aula il Consigliere PORCILE Matteo: presenti n. 10. Durante la discussione (ore 21:35) esce dall'aula il Consigliere OLIVARI Stefano, che non rientra: presenti al momento della votazione n. 9.</p>
<div class="center">IL CONSIGLIO COMUNALE</div>
""" + premesse + """
<p>CON la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 8, favorevoli n. 6, contrari n. 2 (Dighero, Gaggero), astenuti n. 1 (Porcile);</p>
<div class="center">D E L I B E R A</div>
<ol class="disp">
<li>di approvare il bilancio di previsione finanziario 2027/2029, redatto secondo lo schema di cui all'allegato 9 del D.Lgs. 118/2011, nelle risultanze riportate nel prospetto allegato;</li>
<li>di approvare altresì tutti gli allegati previsti dall'art. 11, comma 3, del D.Lgs. 118/2011 e dall'art. 172 del D.Lgs. 267/2000;</li>
<li>di dare atto che il bilancio garantisce il pareggio finanziario complessivo e il rispetto degli equilibri di cui all'art. 162 del D.Lgs. 267/2000;</li>
<li>di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni dall'approvazione.</li>
</ol>
<p>Successivamente, con separata votazione dal medesimo esito (presenti n. 9, favorevoli n. 6, contrari n. 2, astenuti n. 1), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
""" + pareri("Il Responsabile dell'Area Economico-Finanziaria", "rag. Daniela Canepa") + firme(
        "IL SINDACO", "Alessandro Bordone", "IL SEGRETARIO COMUNALE", "dott.ssa Roberta Cevasco")
    return page("Delibera CC 2/2027", body, RUNHEAD_CSS)


# ---------------------------------------------------------------- CC 3 (wkhtmltopdf)
WK_CSS = """
html { zoom: 1.28; }
.lh { display:block; overflow:hidden; }
.lh table { float:left; }
.copy { margin-top: 18px; }
"""


def cc3():
    absent = {"BORDONE Alessandro", "SCHIAFFINO Paola"}
    votes = {
        "BORDONE Alessandro": "assente", "CAFFARENA Marta": "favorevole", "OLIVARI Stefano": "favorevole",
        "DAPELO Giulia": "favorevole", "MOLFINO Carlo": "favorevole", "SCHIAFFINO Paola": "assente",
        "ROCCATAGLIATA Luca": "favorevole", "CASSOLA Federica": "favorevole", "DIGHERO Andrea": "contrario",
        "GAGGERO Silvia": "contrario", "PORCILE Matteo": "contrario",
    }
    vrows = "".join(f"<tr><td>{n}</td><td>{votes[n].upper()}</td></tr>" for n, _, _ in COUNCIL if votes[n] != "assente")
    body = letterhead() + hdr_cc(3, "28/01/2027", 6, "15/01/2027", "Area Tecnica - Servizio Demanio Marittimo") + """
<div class="title">VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</div>
<div class="sub">Adunanza ordinaria di prima convocazione - Seduta pubblica</div>
<table class="ogg"><tr><td class="lab">OGGETTO:</td><td class="txt">APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA GESTIONE DELLE SPIAGGE LIBERE E DELLE SPIAGGE LIBERE ATTREZZATE.</td></tr></table>
<p>L'anno duemilaventisette, addì ventotto del mese di gennaio alle ore 18:00, nella Sala Consiliare del Palazzo Comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. All'appello nominale risultano:</p>
""" + roll_table(absent) + totals(9, 2) + """
<p>Essendo assente il Sindaco, presiede la seduta il Vicesindaco, Consigliere Marta Caffarena, ai sensi dell'art. 12 dello Statuto comunale.</p>
<p>Partecipa alla seduta il Vice Segretario Comunale dott. Paolo Queirolo, incaricato della redazione del verbale.</p>
<div class="center">IL CONSIGLIO COMUNALE</div>
<p>PREMESSO che il Piano comunale di utilizzo delle aree demaniali marittime, approvato dalla Regione Liguria ai sensi della L.R. 13/1999, individua lungo il litorale comunale tratti di spiaggia libera e di spiaggia libera attrezzata;</p>
<p>RITENUTO necessario disciplinare in modo organico le modalità di fruizione e di affidamento in gestione di tali aree, anche al fine di garantire la sicurezza della balneazione e l'accessibilità alle persone con disabilità;</p>
<p>VISTO lo schema di regolamento predisposto dall'Area Tecnica - Servizio Demanio Marittimo, composto di n. 18 articoli, esaminato dalla Commissione consiliare permanente nella seduta del 21/01/2027;</p>
<p>DATO ATTO che il Consigliere Dighero ha chiesto, ai sensi dell'art. 41 del Regolamento del Consiglio comunale, che la votazione avvenga per appello nominale e che la richiesta è stata accolta dalla Presidente;</p>
<p>ACQUISITO il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica ai sensi dell'art. 49 del D.Lgs. 267/2000, dando atto che il provvedimento non comporta riflessi diretti o indiretti sulla situazione economico-finanziaria dell'Ente;</p>
<p>PROCEDUTOSI alla votazione per appello nominale, con l'assistenza degli scrutatori Dapelo, Molfino e Gaggero, che dà il seguente risultato:</p>
<table class="roll" style="width:60%"><tr><th>Consigliere</th><th>Voto espresso</th></tr>""" + vrows + """</table>
<p>Presenti n. 9 - Votanti n. 9 - Voti favorevoli n. 6 - Voti contrari n. 3 - Astenuti n. 0</p>
<div class="center">D E L I B E R A</div>
<ol class="disp">
<li>di approvare il "Regolamento comunale per la gestione delle spiagge libere e delle spiagge libere attrezzate", composto di n. 18 articoli, nel testo allegato al presente atto quale parte integrante e sostanziale;</li>
<li>di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo pretorio on line della presente deliberazione;</li>
<li>di trasmettere copia del Regolamento alla Capitaneria di Porto di Genova e alla Regione Liguria - Settore Demanio Marittimo.</li>
</ol>
<p>La presente deliberazione, non essendo stata dichiarata immediatamente eseguibile, diverrà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.</p>
""" + pareri("Il Responsabile dell'Area Tecnica", "geom. Franco Repetto", cont=False) + firme(
        "IL PRESIDENTE", "Marta Caffarena", "IL VICE SEGRETARIO COMUNALE", "dott. Paolo Queirolo")
    return page("Delibera CC 3/2027", body, WK_CSS)


# ---------------------------------------------------------------- GC 4 (wkhtmltopdf)
def gc4():
    giunta = [("BORDONE Alessandro", "Sindaco", True), ("CAFFARENA Marta", "Vicesindaco", True), ("OLIVARI Stefano", "Assessore", False)]
    rows = "".join(f"<tr><td>{n}</td><td>{r}</td><td class='c'>{'X' if p else ''}</td><td class='c'>{'' if p else 'X'}</td></tr>" for n, r, p in giunta)
    body = letterhead("COPIA") + """<table class="hdr"><tr>
<td style="width:24%"><span class="k">Deliberazione n.</span><span class="v">4</span></td>
<td style="width:24%"><span class="k">Data</span><span class="v">19/01/2027</span></td>
<td><span class="k">Proposta</span>n. 5 del 13/01/2027<br><span class="small">Area Amministrativa - Segreteria Generale</span></td></tr></table>
<div class="title">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</div>
<table class="ogg"><tr><td class="lab">OGGETTO:</td><td class="txt">APPROVAZIONE DEL PIANO ESECUTIVO DI GESTIONE (PEG) 2027/2029 - ASSEGNAZIONE DELLE RISORSE FINANZIARIE AI RESPONSABILI DI AREA.</td></tr></table>
<p>L'anno duemilaventisette, addì diciannove del mese di gennaio alle ore 12:00, nella sede comunale, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei Signori:</p>
<table class="roll" style="width:75%"><tr><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>""" + rows + """</table>
<table class="tot" style="margin-left:0"><tr><td>Totale presenti</td><td><b>2</b></td><td>Totale assenti</td><td><b>1</b></td></tr></table>
<p>Partecipa il Segretario Comunale dott.ssa Roberta Cevasco.</p>
<p>Il Sindaco Alessandro Bordone, assunta la presidenza e constatata la legalità dell'adunanza, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.</p>
<div class="center">LA GIUNTA COMUNALE</div>
<p>RICHIAMATE le deliberazioni del Consiglio Comunale n. 1 e n. 2 del 14/01/2027, dichiarate immediatamente eseguibili, di approvazione della Nota di aggiornamento al DUP 2027/2029 e del bilancio di previsione finanziario 2027/2029;</p>
<p>VISTO l'art. 169 del D.Lgs. 267/2000, ai sensi del quale la Giunta delibera il piano esecutivo di gestione entro venti giorni dall'approvazione del bilancio di previsione;</p>
<p>VISTO il decreto sindacale n. 11 del 30/12/2026 di conferimento degli incarichi di Elevata Qualificazione ai Responsabili di Area per l'anno 2027;</p>
<p>ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;</p>
<p>CON VOTI unanimi favorevoli espressi nelle forme di legge;</p>
<div class="center">D E L I B E R A</div>
<ol class="disp">
<li>di approvare il Piano Esecutivo di Gestione (PEG) 2027/2029, parte finanziaria, allegato alla presente quale parte integrante e sostanziale;</li>
<li>di assegnare ai Responsabili di Area le risorse finanziarie indicate nel PEG per il conseguimento degli obiettivi di gestione;</li>
<li>di dare atto che gli obiettivi di performance saranno definiti con successivo aggiornamento del PIAO 2027/2029;</li>
<li>di trasmettere copia della presente ai Responsabili di Area e all'Organo di revisione.</li>
</ol>
<p>Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.</p>
""" + firme("IL SINDACO", "Alessandro Bordone", "IL SEGRETARIO COMUNALE", "dott.ssa Roberta Cevasco") + """
<p class="small" style="margin-top:10px;border-top:1px solid #000;padding-top:4px">Copia conforme all'originale informatico, per uso amministrativo. Pieve Ligure, 20/01/2027 - Il Segretario Comunale</p>"""
    return page("Delibera GC 4/2027", body, WK_CSS)


os.makedirs(OUT, exist_ok=True)
for name, fn in (("cc1", cc1), ("cc2", cc2), ("cc3", cc3), ("gc4", gc4)):
    with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
        f.write(fn())
