# -*- coding: utf-8 -*-
"""House style of the Unione dei Comuni dell'Appennino Bolognese
("Civilia Next"-like print of a minute) as HTML.
  A1 -> printed by headless Chromium (page margin boxes for running head/foot)
  A2 -> printed by wkhtmltopdf (roll grouped by Comune, rotated Albo stamp)
usage: unione_html.py A1|A2 out.html"""
import sys, html
from content import D, GIORNI, it_date, UNIONE_COMUNI

key, out = sys.argv[1], sys.argv[2]
d = D[key]
e = html.escape
day = int(d["date"][8:10])
giunta = d["organ"].startswith("Giunta")
kind_label = ("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE" if giunta
              else "DELIBERAZIONE DEL CONSIGLIO DELL'UNIONE")
short = ("Delibera G.U." if giunta else "Delibera C.U.")

CREST = """<svg width="58" height="70" viewBox="0 0 58 70"><path d="M4 4 H54 V38 C54 56 40 64 29 68 C18 64 4 56 4 38 Z"
 fill="#e9eef5" stroke="#1f3b63" stroke-width="2"/><path d="M10 44 L20 26 L28 38 L36 20 L48 44 Z" fill="#3f6e3a"/>
<circle cx="40" cy="14" r="4" fill="#d9a400"/><path d="M8 50 C20 46 38 54 50 48" stroke="#1f3b63" stroke-width="2" fill="none"/></svg>"""

css = """
@page { size: A4; margin: 24mm 17mm 22mm 20mm;
  @top-left { content: "Unione dei Comuni dell'Appennino Bolognese"; font: 7.5pt Arial, sans-serif; color:#555; }
  @top-right { content: "%(short)s n. %(num)d del %(date)s"; font: 7.5pt Arial, sans-serif; color:#555; }
  @bottom-left { content: "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005"; font: 7pt Arial, sans-serif; color:#555; }
  @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font: 7.5pt Arial, sans-serif; }
}
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; color:#111; margin:0; }
table.lh { border-collapse: collapse; width:100%%; border-bottom: 2px solid #1f3b63; }
table.lh td { vertical-align: middle; padding: 0 0 6px 0; } table.lh td.t { padding-left: 12px; }
.lh .n { font-size: 14pt; font-weight: bold; color:#1f3b63; letter-spacing: .3px; }
.lh .s { font-size: 8.5pt; }
.lh .m { font-size: 7pt; color:#444; margin-top:2px; }
.hd { width:100%%; border-collapse: collapse; margin-top: 10px; border:1px solid #1f3b63; }
.hd td { padding: 5px 8px; font-weight: bold; font-size: 11pt; }
.hd .k { background:#e9eef5; }
.hd .r { border-left:1px solid #1f3b63; white-space: nowrap; text-align:right; }
.pr { font-size: 8.5pt; margin: 3px 0 8px 0; }
.ogg { border:1px solid #999; padding: 6px 8px; margin-bottom: 10px; }
.ogg b { display:block; font-size: 8pt; color:#1f3b63; }
.ogg span { font-weight: bold; }
table.roll { border-collapse: collapse; width: 100%%; margin: 6px 0; font-size: 9pt; }
table.roll th { background:#e9eef5; text-align:left; border:1px solid #999; padding: 2px 5px; font-size: 8pt; }
table.roll td { border:1px solid #bbb; padding: 2px 5px; }
table.roll td.c { text-align:center; }
p { text-align: justify; margin: 0 0 5px 0; }
h3 { text-align:center; font-size: 10.5pt; margin: 10px 0 6px 0; letter-spacing: 1px; }
ol { margin: 0 0 6px 0; padding-left: 22px; } ol li { text-align: justify; margin-bottom: 3px; }
.firme { width:100%%; margin-top: 18px; text-align:center; page-break-inside: avoid; }
.firme td { width: 50%%; text-align:center; vertical-align: top; }
.stamp { position:absolute; left:0; top: 760px; -webkit-transform: rotate(-90deg); transform: rotate(-90deg);
  -webkit-transform-origin: left top; transform-origin: left top; font-size: 7pt; color:#1f3b63; border:1px solid #1f3b63; padding: 2px 6px; white-space: nowrap; }
.small { font-size: 8pt; }
""" % dict(short=short, num=d["number"], date=it_date(d["date"]))

members = " &middot; ".join(e(c) for c in UNIONE_COMUNI)
H = []
H.append("<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>%s n. %d</title><style>%s</style></head><body>"
         % (short, d["number"], css))
if key == "A2":
    # this wkhtmltopdf (unpatched Qt) ignores --zoom and prints CSS points at 3/4 size
    H.append("<style>body{padding-left:12mm; zoom:1.33}</style>")
    H.append("<div class='stamp'>UNIONE DEI COMUNI DELL'APPENNINO BOLOGNESE &ndash; ALBO PRETORIO ON LINE &ndash; "
             "Pubblicazione n. 412 dal 26/04/2027 al 11/05/2027</div>")
H.append("<table class='lh'><tr><td style='width:60px'>%s</td><td class='t'><div class='n'>UNIONE DEI COMUNI DELL'APPENNINO BOLOGNESE</div>"
         "<div class='s'>Città metropolitana di Bologna &ndash; Piazza della Pace, 4 &ndash; 40038 Vergato (BO)</div>"
         "<div class='m'>%s</div></td></tr></table>" % (CREST, members))
if key == "A2":
    H.append("<div class='small' style='text-align:right;margin-top:4px'>Seduta ordinaria pubblica di prima convocazione</div>")
H.append("<table class='hd'><tr><td class='k'>%s</td><td class='r'>N. %d del %s</td></tr></table>"
         % (kind_label, d["number"], it_date(d["date"])))
H.append("<div class='pr'>Proposta n. %d del %s &ndash; Area proponente: %s</div>"
         % (d["proposal_number"], it_date(d["proposal_date"]), e(d["proposing_office"])))
H.append("<div class='ogg'><b>OGGETTO:</b><span>%s</span></div>" % e(d["subject"]))

if giunta:
    H.append("<p>L'anno duemilaventisette (2027), il giorno %s del mese di aprile, alle ore %s, nella sede dell'Unione in Vergato, "
             "convocata nei modi di legge e di Statuto, si è riunita la Giunta dell'Unione, composta dai Sindaci dei Comuni aderenti. "
             "All'appello risultano:</p>" % (GIORNI[day], d["time"]))
    H.append("<table class='roll'><tr><th>Componente</th><th>Comune</th><th>Carica</th><th>Presenti</th><th>Assenti</th></tr>")
    for r in d["roll"]:
        H.append("<tr><td>%s</td><td>%s</td><td>%s</td><td class='c'>%s</td><td class='c'>%s</td></tr>"
                 % (e(r["name"]), e(r["comune"]), e(r["role"]), "X" if r["present"] else "", "" if r["present"] else "X"))
    np = sum(r["present"] for r in d["roll"])
    H.append("</table><p><b>Totale presenti: %d &nbsp;&nbsp; Totale assenti: %d</b></p>" % (np, len(d["roll"]) - np))
    H.append("<p>Partecipa alla seduta il Segretario dell'Unione dott. Fabrizio Melloni, il quale provvede alla redazione del presente verbale.</p>")
    H.append("<p>Essendo legale il numero degli intervenuti, la dott.ssa Giulia Venturi, nella sua qualità di Presidente dell'Unione, "
             "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.</p>")
    H.append("<h3>LA GIUNTA DELL'UNIONE</h3>")
else:
    H.append("<p>L'anno duemilaventisette (2027), addì %s del mese di aprile, alle ore %s, nella Sala consiliare del Comune di Vergato, "
             "previa convocazione del Presidente del Consiglio prot. n. 5702 del 16/04/2027, notificata a tutti i componenti, "
             "si è riunito il Consiglio dell'Unione in seduta ordinaria pubblica di prima convocazione.</p>" % (GIORNI[day], d["time"]))
    H.append("<p>Fatto l'appello nominale risultano presenti e assenti i signori:</p>")
    H.append("<table class='roll'><tr><th>Comune</th><th>Cognome e nome</th><th>Qualifica</th><th>Presente</th></tr>")
    rows = d["roll"]
    for i in range(0, len(rows), 2):
        a, b = rows[i], rows[i + 1]
        H.append("<tr><td rowspan='2'>%s</td><td>%s</td><td>%s</td><td class='c'>%s</td></tr>"
                 % (e(a["comune"]), e(a["name"]), a["role"], "SI" if a["present"] else "NO"))
        H.append("<tr><td>%s</td><td>%s</td><td class='c'>%s</td></tr>"
                 % (e(b["name"]), b["role"], "SI" if b["present"] else "NO"))
    np = sum(r["present"] for r in rows)
    H.append("</table><p><b>Consiglieri assegnati n. 24 &ndash; presenti n. %d &ndash; assenti n. %d</b></p>" % (np, len(rows) - np))
    H.append("<p>Assiste la dott.ssa Laura Cevenini, Vice Segretario dell'Unione, incaricata della redazione del verbale.</p>")
    H.append("<p>Presiede la seduta il sig. Massimo Tolomelli, Presidente del Consiglio dell'Unione, il quale, constatato il numero legale, "
             "dichiara aperta la discussione sull'argomento in oggetto, iscritto al punto 3 dell'ordine del giorno.</p>")
    H.append("<p>Sono nominati scrutatori i Consiglieri Biagi, Carboni e Giacomelli.</p>")
    H.append("<h3>IL CONSIGLIO DELL'UNIONE</h3>")

for p in d["premesse"]:
    H.append("<p>%s</p>" % e(p))
if giunta:
    H.append("<p>Con voti unanimi favorevoli, espressi in forma palese,</p>")
else:
    vc = d["vote_counts"]
    H.append(
             "<p>Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente: presenti n. %d, votanti n. %d, "
             "favorevoli n. %d, contrari n. %d (Consiglieri Giacomelli, Raimondi, Carboni e Gamberini), astenuti n. %d,</p>"
             % (vc["present"], vc["voters"], vc["in_favour"], vc["against"], vc["abstained"]))
H.append("<h3>DELIBERA</h3><ol>")
for p in d["points"]:
    H.append("<li>%s</li>" % e(p))
H.append("</ol>")
if giunta:
    H.append("<p>Successivamente, con separata votazione unanime e palese, la Giunta dell'Unione, stante l'urgenza di procedere "
             "all'approvazione del rendiconto entro i termini di legge, dichiara la presente deliberazione immediatamente eseguibile "
             "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.</p>")
else:
    H.append("<p>Successivamente, con separata votazione (presenti n. 19, favorevoli n. 15, contrari n. 4), il Consiglio dell'Unione "
             "dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.</p>")
H.append("<p class='small'>Pareri espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000: regolarità tecnica FAVOREVOLE, regolarità "
         "contabile FAVOREVOLE &ndash; il Responsabile dell'Area Servizi Finanziari dott.ssa Michela Grandi.</p>")
H.append("<p style='margin-top:10px'>Letto, confermato e sottoscritto.</p>")
if giunta:
    H.append("<table class='firme'><tr><td>Il Presidente<br><b>dott.ssa Giulia Venturi</b><br><span class='small'>(firmato digitalmente)</span></td>"
             "<td>Il Segretario dell'Unione<br><b>dott. Fabrizio Melloni</b><br><span class='small'>(firmato digitalmente)</span></td></tr></table>")
else:
    H.append("<table class='firme'><tr><td>Il Presidente del Consiglio<br><b>Massimo Tolomelli</b><br><span class='small'>(firmato digitalmente)</span></td>"
             "<td>Il Vice Segretario<br><b>dott.ssa Laura Cevenini</b><br><span class='small'>(firmato digitalmente)</span></td></tr></table>")
H.append("</body></html>")
open(out, "w", encoding="utf-8").write("\n".join(H))
