# -*- coding: utf-8 -*-
"""C2: Collecorvino minute as the package's HTML print view, printed by
headless Chromium. The running foot is a position:fixed block, which Chromium
repeats on every printed page."""
import sys
from html import escape as e
from data import COLL_ACTS
from coll_model import blocks, running

CSS = """
@page { size: A4; margin: 18mm 20mm 22mm 20mm; }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.3; }
.lh { text-align: center; border-bottom: 1.5pt double #000; padding-bottom: 4pt; position: relative; }
.lh .crest { position: absolute; left: 0; top: 0; width: 34pt; height: 42pt; border: 1pt solid #000; border-radius: 0 0 17pt 17pt; }
.lh .nome { font-size: 17pt; font-weight: bold; }
.lh .prov { font-style: italic; }
.lh .ind { font-family: 'Liberation Sans', sans-serif; font-size: 7pt; }
.copia { position: absolute; right: 0; top: 0; border: 1pt solid #000; font: bold 10pt 'Liberation Sans', sans-serif; padding: 2pt 8pt; }
h1 { font: bold 11.5pt 'Liberation Sans', sans-serif; text-align: center; letter-spacing: 1.2pt; margin: 10pt 0 6pt; }
table.num { border-collapse: collapse; width: 100%; font-family: 'Liberation Sans', sans-serif; }
table.num td { border: 0.6pt solid #000; padding: 3pt 6pt; }
table.num td.big { font-size: 12pt; font-weight: bold; width: 28%; }
table.num td.small { font-size: 7.5pt; border: none; }
.ogg { border: 0.6pt solid #000; margin: 8pt 0; padding: 4pt 6pt; font: bold 10.5pt 'Liberation Sans', sans-serif; display: flex; }
.ogg .lab { width: 70pt; flex: none; }
p { text-align: justify; margin: 0 0 3pt; }
table.roll { border-collapse: collapse; width: 100%; font: 9.5pt 'Liberation Sans', sans-serif; margin: 3pt 0; }
table.roll th { background: #e0e0e0; border: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; }
table.roll td { border: 0.5pt solid #000; padding: 2pt 4pt; }
table.roll .c { text-align: center; width: 60pt; }
.counts { text-align: right; font: bold 9.5pt 'Liberation Sans', sans-serif; margin-bottom: 6pt; }
.counts span { margin-left: 18pt; }
h2 { text-align: center; font-size: 11.5pt; margin: 8pt 0 4pt; }
h2.del { letter-spacing: 4pt; }
ol { margin: 0 0 4pt 0; padding-left: 24pt; }
ol li { text-align: justify; margin-bottom: 2pt; }
.pareri { font: 8.5pt 'Liberation Sans', sans-serif; margin-top: 8pt; page-break-inside: avoid; }
.pareri table { width: 100%; border-collapse: collapse; }
.pareri td { border: 0.4pt solid #000; padding: 4pt 6pt; vertical-align: top; }
.pareri td.r { text-align: center; width: 45%; }
table.firme { width: 100%; margin: 6pt 0 14pt; page-break-inside: avoid; }
table.firme td { text-align: center; width: 50%; }
.sigr { display: flex; justify-content: space-between; margin: 4pt 0 10pt; }
.sigr .r { text-align: center; width: 45%; }
.note { font: italic 7.5pt 'Liberation Sans', sans-serif; margin-top: 10pt; }
.foot { position: fixed; bottom: -12mm; left: 0; right: 0; border-top: 0.4pt solid #000; font: 7.5pt 'Liberation Sans', sans-serif; padding-top: 2pt; }
"""


def html(a):
    page = ("@page { @bottom-left { content: '%s'; font: 7.5pt 'Liberation Sans', sans-serif; border-top: 0.4pt solid #000; }"
            " @bottom-right { content: 'Pag. ' counter(page) ' di ' counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; border-top: 0.4pt solid #000; } }") % running(a)
    out = ["<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>%s</title><style>%s%s</style></head><body>" % (e(running(a)), CSS, page)]
    for b in blocks(a):
        k = b[0]
        if k == "letterhead":
            out.append("<div class='lh'><div class='crest'></div><div class='copia'>COPIA</div><div class='nome'>%s</div><div class='prov'>%s</div><div class='ind'>%s</div></div>" % (e(b[1]), e(b[2]), e(b[3])))
        elif k == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
        elif k == "numrow":
            out.append("<table class='num'><tr><td class='big'>%s</td><td class='big'>%s</td><td class='small'>%s<br>%s</td></tr></table>" % (e(b[1]), e(b[2]), e(b[3]), e(b[4])))
        elif k == "subject":
            out.append("<div class='ogg'><div class='lab'>%s</div><div>%s</div></div>" % (e(b[1]), e(b[2])))
        elif k == "para":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "roll":
            rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td class='c'>%s</td><td class='c'>%s</td></tr>" % (
                n, e(name), e(role), "X" if p else "", "" if p else "X") for n, name, role, p in b[1])
            out.append("<table class='roll'><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th class='c'>Presente</th><th class='c'>Assente</th></tr>%s</table>" % rows)
        elif k == "counts":
            out.append("<div class='counts'><span>%s</span><span>%s</span></div>" % (e(b[1]), e(b[2])))
        elif k == "center":
            if b[1].startswith("D E L"):
                out.append("<h2 class='del'>DELIBERA</h2>")
            else:
                out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "points":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(p) for p in b[1]))
        elif k == "pareri":
            rows = "".join("<tr><td>%s<br>%s</td><td class='r'>%s<br>%s</td></tr>" % tuple(e(x) for x in r) for r in b[2])
            out.append("<div class='pareri'><b>%s</b><table>%s</table></div>" % (e(b[1]), rows))
        elif k == "signatures":
            out.append("<table class='firme'><tr><td><b>%s</b></td><td><b>%s</b></td></tr><tr><td>%s</td><td>%s</td></tr></table>" % (
                e(b[1][0]), e(b[2][0]), e(b[1][1]), e(b[2][1])))
        elif k == "sigright":
            out.append("<div class='sigr'><div>%s</div><div class='r'><b>%s</b><br>%s</div></div>" % (e(b[1]), e(b[2]), e(b[3])))
        elif k == "note":
            out.append("<div class='note'>%s</div>" % e(b[1]))
    out.append("</body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    act = [a for a in COLL_ACTS if a["id"] == sys.argv[1]][0]
    open(sys.argv[2], "w", encoding="utf-8").write(html(act))
