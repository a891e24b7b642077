#!/usr/bin/env python3
"""Piancastagnaio deliberations (house style "Civilia Next") as HTML.

  html_p.py 84 OUT.html   -> for headless Chromium (running head/foot in @page margin boxes,
                             roll in two side-by-side tables)
  html_p.py 87 OUT.html   -> for wkhtmltopdf (no running head or foot;
                             letter-spaced headings with CSS letter-spacing)
"""
import sys, html
from content_p import LETTERHEAD as LH, DELIB_84, DELIB_87

E = html.escape

CREST = """<svg width="58" height="70" viewBox="0 0 58 70" xmlns="http://www.w3.org/2000/svg">
<path d="M4 4 H54 V38 C54 54 40 62 29 67 C18 62 4 54 4 38 Z" fill="#f3efe2" stroke="#7a2b1e" stroke-width="2.5"/>
<path d="M29 14 L40 34 H18 Z" fill="#2f5d2c"/><rect x="27" y="34" width="4" height="10" fill="#6b4423"/>
<path d="M10 50 Q29 40 48 50" stroke="#7a2b1e" stroke-width="2" fill="none"/>
<rect x="4" y="4" width="50" height="7" fill="#7a2b1e"/></svg>"""


def page_html(d, mode):
    running = mode == "chromium"
    spaced = mode == "wkhtml"
    num, date = d["number"], d["date"]
    css = """
@page { size: A4; margin: 26mm 18mm 22mm 20mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.33; color:#111; }
.lh { display: table; width: 100%; border-bottom: 2px solid #7a2b1e; padding-bottom: 4px; }
.lh .c { display: table-cell; width: 66px; vertical-align: middle; }
.lh .t { display: table-cell; vertical-align: middle; }
.lh .n { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 17pt; font-weight: bold; color:#7a2b1e; }
.lh .p { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
.lh .a { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color:#444; }
.lh .o { display: table-cell; text-align: right; vertical-align: top; font-family: 'Liberation Sans', Arial, sans-serif;
         font-size: 9pt; font-weight: bold; }
.o span { border: 1px solid #111; padding: 2px 6px; }
h1 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 13pt; text-align: center; margin: 14px 0 6px 0; }
table.grid { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; }
table.grid td { border: 1px solid #333; padding: 3px 6px; vertical-align: top; }
table.grid .l { font-size: 7.5pt; color: #555; display: block; }
table.grid .v { font-weight: bold; font-size: 11pt; }
.ogg { border: 1px solid #333; border-top: none; padding: 6px; font-weight: bold; }
.ogg .lab { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; font-weight: normal; display: block; color:#555;}
p { text-align: justify; margin: 5px 0; }
.rollwrap { width: 100%; margin: 6px 0; }
.rollwrap td.col { width: 50%; vertical-align: top; padding: 0 4px; }
table.roll { width: 100%; border-collapse: collapse; font-size: 10pt; }
table.roll th { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; border-bottom: 1px solid #333; text-align: left; }
table.roll td { padding: 1px 3px; border-bottom: 1px dotted #999; }
.tot { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; text-align: right; }
.org { text-align: center; font-weight: bold; margin: 10px 0 4px 0; }
.disp { text-align: center; font-weight: bold; margin: 8px 0; page-break-after: avoid; }
ol { margin: 4px 0 4px 0; padding-left: 22px; } ol li { text-align: justify; margin: 3px 0; }
.sig { width: 100%; margin-top: 22px; } .sig td { width: 50%; text-align: center; vertical-align: top; }
.small { font-size: 8pt; color: #444; text-align: center; margin-top: 10px; }
.brk { page-break-before: always; }
.box { border: 1px solid #333; padding: 6px 10px; margin: 10px 0; }
.box h2 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0 0 4px 0; }
.signr { text-align: right; margin-top: 8px; }
table.cov { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 6px 0; }
table.cov th, table.cov td { border: 1px solid #555; padding: 2px 4px; } table.cov td.r { text-align: right; }
"""
    if running:
        css += """
@page { @top-left { content: "Comune di Piancastagnaio – Deliberazione della Giunta Comunale";
                    font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
        @top-right { content: "n. %(n)s del %(d)s"; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.5pt; color: #555;
                     vertical-align: bottom; padding-bottom: 3mm; }
        @bottom-left { content: "Deliberazione G.C. n. %(n)s del %(d)s – documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005";
                       font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7pt; color: #555; vertical-align: top; padding-top: 3mm; }
        @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font-family: 'Liberation Sans', Arial, sans-serif;
                        font-size: 7.5pt; color: #555; vertical-align: top; padding-top: 3mm; } }
""" % {"n": d["number"], "d": d["date"]}
    if spaced:
        css += "h1, .org, .disp, .box h2 { letter-spacing: 0.22em; }\nbody { zoom: 1.32; }\n"

    out = ["<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Deliberazione G.C. n. %s del %s</title>"
           "<style>%s</style></head><body>" % (num, date, css)]
    out.append("<div class='lh'><div class='c'>%s</div><div class='t'><div class='n'>%s</div><div class='p'>%s</div>"
               "<div class='a'>%s</div></div><div class='o'><span>ORIGINALE</span></div></div>"
               % (CREST, E(LH["name"]), E(LH["prov"]), E(LH["addr"])))
    out.append("<h1>DELIBERAZIONE DELLA GIUNTA COMUNALE</h1>")
    out.append("<table class='grid'><tr>"
               "<td><span class='l'>Numero</span><span class='v'>%s</span></td>"
               "<td><span class='l'>Data</span><span class='v'>%s</span></td>"
               "<td><span class='l'>Proposta</span>n. %s del %s</td>"
               "<td><span class='l'>Ufficio proponente</span>%s</td></tr></table>"
               % (num, date, d["proposal"], d["proposal_date"], E(d["proposing_office"])))
    out.append("<div class='ogg'><span class='lab'>OGGETTO:</span>%s</div>" % E(d["subject"]))
    out.append("<p>%s</p>" % E(d["intro"]))
    # roll: two side-by-side tables
    roll = d["roll"]
    half = (len(roll) + 1) // 2
    cols = [roll[:half], roll[half:]]
    out.append("<table class='rollwrap'><tr>")
    for col in cols:
        out.append("<td class='col'><table class='roll'><tr><th>Componente</th><th>Carica</th><th>Pres.</th><th>Ass.</th></tr>")
        for name, role, pres in col:
            out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                       % (E(name), E(role), "X" if pres else "", "" if pres else "X"))
        out.append("</table></td>")
    out.append("</tr></table>")
    out.append("<div class='tot'>Presenti: %s &nbsp;&nbsp; Assenti: %s</div>" % (d["present"], d["absent"]))
    for p in d["after_roll"]:
        out.append("<p>%s</p>" % E(p))
    out.append("<div class='org'>LA GIUNTA COMUNALE</div>")
    for p in d["premesse"]:
        out.append("<p>%s</p>" % E(p))
    out.append("<div class='disp'>DELIBERA</div><ol>")
    for p in d["points"]:
        out.append("<li>%s</li>" % E(p))
    out.append("</ol>")
    for p in d["after_points"]:
        out.append("<p>%s</p>" % E(p))
    out.append("<div class='disp'>DELIBERA altresì</div><p>%s</p>" % E(d["altresi"]))
    out.append("<p>Letto, approvato e sottoscritto.</p>")
    out.append("<table class='sig'><tr><td>IL SINDACO<br>Marco Pieraccini</td>"
               "<td>IL SEGRETARIO COMUNALE<br>Dott.ssa Caterina Lotti</td></tr></table>")
    out.append("<div class='small'>Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. "
               "L'originale è conservato negli archivi informatici del Comune di Piancastagnaio.</div>")

    # --- pages after the act
    out.append("<div class='brk'></div>")
    out.append("<h1>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</h1>")
    out.append("<p style='text-align:center'>sulla proposta di deliberazione n. %s del %s<br>"
               "Ufficio proponente: %s</p>" % (d["proposal"], d["proposal_date"], E(d["proposing_office"])))
    for title, text, pdate, role, name in d["pareri"]:
        out.append("<div class='box'><h2>%s</h2><p>%s</p><p>Piancastagnaio, %s</p>"
                   "<div class='signr'>%s<br><b>%s</b><br><i>(firmato digitalmente)</i></div></div>"
                   % (E(title), E(text), pdate, E(role), E(name)))
    out.append("<div class='box'><h2>ATTESTAZIONE DI COPERTURA FINANZIARIA</h2>"
               "<p>Ai sensi dell'art. 153, comma 5, del D.Lgs. 267/2000 si attesta la copertura finanziaria "
               "della spesa derivante dal presente atto, con le seguenti registrazioni contabili:</p>"
               "<table class='cov'><tr><th>Esercizio</th><th>Capitolo</th><th>Descrizione</th>"
               "<th>Registrazione</th><th>Importo €</th></tr>")
    for r in d["cover_rows"]:
        out.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class='r'>%s</td></tr>" % tuple(E(x) for x in r))
    out.append("</table><p>Piancastagnaio, %s</p><div class='signr'>Il Responsabile dell'Area Finanziaria<br>"
               "<b>Rag. Lucia Mambrini</b><br><i>(firmato digitalmente)</i></div></div>" % d["cover_date"])

    out.append("<div class='brk'></div>")
    out.append("<h1>CERTIFICATO DI PUBBLICAZIONE</h1>")
    out.append("<table class='grid'><tr><td><span class='l'>Registro Albo Pretorio on line</span>"
               "<span class='v'>N. %s</span></td><td><span class='l'>Deliberazione G.C.</span>n. %s del %s</td></tr></table>"
               % (d["cert_reg"], num, date))
    out.append("<p>Il sottoscritto, visti gli atti d'ufficio, certifica che copia della presente deliberazione "
               "viene pubblicata all'Albo Pretorio on line di questo Comune dal %s al %s per quindici giorni "
               "consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, e che contestualmente "
               "all'affissione viene comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del medesimo "
               "decreto.</p>" % (d["cert_from"], d["cert_to"]))
    out.append("<p>Piancastagnaio, %s</p><div class='signr'>%s<br><b>%s</b><br><i>(firmato digitalmente)</i></div>"
               % (d["cert_from"], E(d["cert_signer"][0]), E(d["cert_signer"][1])))
    out.append("<h1 style='margin-top:30px'>ESECUTIVITÀ</h1>")
    out.append("<p>La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
               "comma 4, del D.Lgs. 267/2000.</p>")
    out.append("<div class='signr'>Il Segretario Comunale<br><b>Dott.ssa Caterina Lotti</b></div>")
    out.append("</body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    which, dest = sys.argv[1], sys.argv[2]
    d = {"84": DELIB_84, "87": DELIB_87}[which]
    mode = "chromium" if which == "84" else "wkhtml"
    open(dest, "w", encoding="utf-8").write(page_html(d, mode))
