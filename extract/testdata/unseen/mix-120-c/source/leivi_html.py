# -*- coding: utf-8 -*-
"""Leivi's minutes as the CiviliaNext-like web package prints them (HTML).

Usage: python3 leivi_html.py OUTDIR   -> writes L1.html, L2.html, L3.html
L1 and L3 are printed by Chromium (running foot in @page margin boxes),
L2 by wkhtmltopdf (no margin boxes: no running foot).
"""
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, LEIVI  # noqa: E402

CREST = """<svg width="58" height="70" viewBox="0 0 58 70" xmlns="http://www.w3.org/2000/svg">
<path d="M4 6 H54 V38 C54 56 40 64 29 68 C18 64 4 56 4 38 Z" fill="#1d4f91" stroke="#0d2a52" stroke-width="2"/>
<path d="M4 22 H54" stroke="#f2c318" stroke-width="6"/>
<circle cx="29" cy="44" r="8" fill="#f2c318"/>
<path d="M10 2 L16 8 L22 1 L29 8 L36 1 L42 8 L48 2 L48 7 H10 Z" fill="#c9a227"/>
</svg>"""

CSS = """
@page { size: A4; margin: 16mm 17mm 20mm 17mm;
  @bottom-left { content: "%(foot)s"; font: 7.5pt Arial, sans-serif; color: #444; }
  @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font: 7.5pt Arial, sans-serif; color:#444; }
}
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; margin: 0; }
table.lh { width: 100%%; border-collapse: collapse; border-bottom: 2px solid #1d4f91; }
table.lh td { vertical-align: middle; padding: 0 0 6px 0; }
.ente { font-size: 17pt; font-weight: bold; color: #1d4f91; letter-spacing: 1px; }
.sub { font-size: 10pt; font-style: italic; }
.addr { font-size: 7.5pt; color: #333; }
.titolo { margin: 12px 0 6px 0; padding: 5px 0; text-align: center; background: #e9eef6;
  font-weight: bold; font-size: 10.5pt; letter-spacing: 3px; border: 1px solid #9fb3d1; }
table.grid { width: 100%%; border-collapse: collapse; margin-bottom: 6px; }
table.grid td { border: 1px solid #9fb3d1; padding: 3px 6px; font-size: 9.5pt; }
table.grid td.lab { background: #f3f6fa; font-size: 7.5pt; color: #333; width: 16%%; }
.oggetto { border: 1px solid #9fb3d1; padding: 5px 8px; margin: 6px 0 10px 0; }
.oggetto .lab { font-size: 7.5pt; color: #333; display: block; margin-bottom: 2px; }
.oggetto .txt { font-weight: bold; }
p { margin: 0 0 6px 0; text-align: justify; line-height: 1.32; }
table.roll { border-collapse: collapse; margin: 4px auto 4px auto; width: 78%%; }
table.roll th { background: #f3f6fa; font-size: 8pt; border: 1px solid #9fb3d1; padding: 2px 6px; }
table.roll td { border: 1px solid #9fb3d1; padding: 2px 6px; font-size: 9.5pt; }
table.roll td.c { text-align: center; width: 13%%; }
.counts { text-align: right; width: 78%%; margin: 0 auto 8px auto; font-size: 9pt; }
.organ { text-align: center; font-weight: bold; margin: 10px 0 6px 0; }
.delibera { text-align: center; font-weight: bold; letter-spacing: 6px; margin: 10px 0 6px 0; }
ol { margin: 0 0 8px 0; padding-left: 22px; }
ol li { text-align: justify; line-height: 1.32; margin-bottom: 4px; }
table.firme { width: 100%%; margin-top: 14px; page-break-inside: avoid; }
table.firme td { width: 50%%; text-align: center; vertical-align: top; font-size: 9.5pt; }
table.firme .r { font-weight: bold; font-size: 8.5pt; }
.fd { font-size: 7pt; color: #555; font-style: italic; }
.pub { margin-top: 16px; border-top: 1px dashed #777; padding-top: 6px; font-size: 8.5pt; page-break-inside: avoid; }
.pub .h { font-weight: bold; letter-spacing: 2px; text-align: center; margin-bottom: 4px; }
"""


def esc(s):
    return html.escape(s, quote=False)


def roll_html(a):
    st = a["roll_style"]
    rows = []
    if st == "PA":
        rows.append("<tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>P/A</th></tr>")
        for i, (n, r, p) in enumerate(a["roll"], 1):
            rows.append("<tr><td class='c'>%d</td><td>%s</td><td>%s</td><td class='c'>%s</td></tr>"
                        % (i, esc(n), esc(r), "P" if p else "A"))
    elif st == "X":
        rows.append("<tr><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>")
        for n, r, p in a["roll"]:
            rows.append("<tr><td>%s</td><td>%s</td><td class='c'>%s</td><td class='c'>%s</td></tr>"
                        % (esc(n), esc(r), "X" if p else "", "" if p else "X"))
    elif st == "SINO":
        rows.append("<tr><th>Cognome e Nome</th><th>Carica</th><th>Presente</th></tr>")
        for n, r, p in a["roll"]:
            rows.append("<tr><td>%s</td><td>%s</td><td class='c'>%s</td></tr>"
                        % (esc(n), esc(r), "SI" if p else "NO"))
    out = "<table class='roll'>%s</table>" % "".join(rows)
    if a["counts"]:
        out += ("<div class='counts'>Presenti n. %s &nbsp;&nbsp;&ndash;&nbsp;&nbsp; Assenti n. %s</div>"
                % a["counts"])
    return out


def build(key, foot=True):
    a = ACTS[key]
    footer = "%s – %s n. %d del %s" % ("Comune di Leivi", a["short"], a["number"], a["date"])
    css = CSS % {"foot": footer}
    if not foot:
        # wkhtmltopdf knows no margin boxes; the package's plain print has no foot
        css = css.replace("@bottom-left", "@x-bl").replace("@bottom-right", "@x-br")
        css += "\nbody { zoom: 1.3; }\n" 
    h = ["<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'>",
         "<title>%s n. %d</title><style>%s</style></head><body>" % (a["short"], a["number"], css)]
    h.append("<table class='lh'><tr><td style='width:70px'>%s</td><td>"
             "<div class='ente'>%s</div><div class='sub'>%s</div>"
             "<div class='addr'>%s<br>%s</div></td></tr></table>"
             % (CREST, LEIVI["name"], LEIVI["sub"], esc(LEIVI["addr"]), LEIVI["pec"]))
    h.append("<div class='titolo'>%s</div>" % a["kind_title"])
    h.append("<table class='grid'><tr><td class='lab'>Numero</td><td><b>%d</b></td>"
             "<td class='lab'>Data</td><td><b>%s</b></td></tr>" % (a["number"], a["date"]))
    if a.get("proposal"):
        pn, pd, po = a["proposal"]
        h.append("<tr><td class='lab'>Proposta</td><td>n. %d del %s</td>"
                 "<td class='lab'>Ufficio proponente</td><td>%s</td></tr>" % (pn, pd, po))
    if a.get("session"):
        h.append("<tr><td class='lab'>Seduta</td><td colspan='3'>%s</td></tr>" % a["session"])
    h.append("</table>")
    h.append("<div class='oggetto'><span class='lab'>OGGETTO:</span><span class='txt'>%s</span></div>"
             % esc(a["subject"]))
    for p in a["opening"]:
        h.append("<p>%s</p>" % esc(p))
    h.append(roll_html(a))
    for p in a["after_roll"]:
        h.append("<p>%s</p>" % esc(p))
    h.append("<div class='organ'>%s</div>" % a["organ_line"])
    for p in a["premesse"]:
        h.append("<p>%s</p>" % esc(p))
    h.append("<p>%s</p>" % esc(a["vote_pre"]))
    h.append("<div class='delibera'>DELIBERA</div><ol>")
    for p in a["points"]:
        h.append("<li>%s</li>" % esc(p))
    h.append("</ol>")
    for p in a["post"]:
        h.append("<p>%s</p>" % esc(p))
    h.append("<p><i>Letto, confermato e sottoscritto.</i></p>")
    (r1, n1), (r2, n2) = a["signs"]
    h.append("<table class='firme'><tr><td><div class='r'>%s</div>%s<div class='fd'>firmato digitalmente</div></td>"
             "<td><div class='r'>%s</div>%s<div class='fd'>firmato digitalmente</div></td></tr></table>"
             % (r1, esc(n1), r2, esc(n2)))
    h.append("<div class='pub'><div class='h'>CERTIFICATO DI PUBBLICAZIONE</div>%s"
             "<div style='text-align:right;margin-top:4px'>L'incaricato della pubblicazione<br>"
             "Marta Cuneo</div></div>" % esc(a["pub"]))
    h.append("<div class='fd' style='margin-top:10px'>Documento informatico firmato digitalmente "
             "ai sensi del D.Lgs. n. 82/2005 e norme collegate, il quale sostituisce il documento "
             "cartaceo e la firma autografa.</div>")
    h.append("</body></html>")
    return "\n".join(h)


if __name__ == "__main__":
    out = sys.argv[1]
    for k, foot in (("L1", True), ("L2", False), ("L3", True)):
        with open(os.path.join(out, k + ".html"), "w", encoding="utf-8") as f:
            f.write(build(k, foot))
