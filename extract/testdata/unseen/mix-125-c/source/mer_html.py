# -*- coding: utf-8 -*-
"""M4: Merano minute as an HTML page of the package, printed by wkhtmltopdf
(its header/footer options are not used; the running head is the first line
of the page)."""
import sys
from html import escape as e
from data import MER_ACTS
from mer_model import blocks, running

CSS = """
body { font-family: "Liberation Serif", serif; font-size: 14.5px; line-height: 1.32; margin: 0; zoom: 1.32; }
.run { font: 10px 'Liberation Sans', sans-serif; text-align: center; border-bottom: 1px solid #000; padding-bottom: 2px; margin-bottom: 10px; }
table.lh { width: 100%; border-bottom: 2px solid #000; font-family: 'Liberation Sans', sans-serif; }
table.lh td { vertical-align: top; }
.lh .n { font-size: 17px; font-weight: bold; }
.lh .p { font-size: 11px; }
.crest { width: 30px; height: 38px; background: #888; margin: 0 auto; }
.ind { font: 9px 'Liberation Sans', sans-serif; text-align: center; }
h1 { text-align: center; font-size: 19px; margin: 12px 0 0; }
h1 + div { text-align: center; font-style: italic; font-size: 15px; margin-bottom: 8px; }
table.num { margin: 0 auto 8px; border-collapse: collapse; font: 12px 'Liberation Sans', sans-serif; }
table.num td { border: 1px solid #000; padding: 3px 8px; }
.prop { font: 11px 'Liberation Sans', sans-serif; margin-bottom: 8px; }
.prop span { float: right; }
table.ogg { width: 100%; font-family: 'Liberation Sans', sans-serif; margin-bottom: 8px; border: 1px solid #000; }
table.ogg td { vertical-align: top; padding: 2px 4px; }
table.ogg td.l { width: 80px; }
p { text-align: justify; margin: 0 0 4px; }
table.roll { width: 100%; border-collapse: collapse; font: 11.5px 'Liberation Sans', sans-serif; }
table.roll th, table.roll td { border: 1px solid #000; padding: 1px 4px; text-align: left; }
table.roll th { background: #ddd; }
table.roll th i { font-weight: normal; }
table.roll .m { text-align: center; }
table.roll .sep { border-left: 2.5px solid #000; }
.leg { font: 9px 'Liberation Sans', sans-serif; margin-bottom: 8px; }
h2 { text-align: center; font-size: 15px; margin: 10px 0 5px; }
h2.d { letter-spacing: 6px; }
ol { margin: 0 0 6px; padding-left: 28px; }
ol li { text-align: justify; margin-bottom: 3px; }
table.firme { width: 100%; margin: 16px 0; page-break-inside: avoid; }
table.firme td { text-align: center; width: 50%; }
.small { font-size: 10px; font-style: italic; }
.pub { border-top: 1px solid #000; margin-top: 14px; padding-top: 4px; page-break-inside: avoid; }
"""


def html(a):
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (e(running(a)), CSS)]
    out.append("<div class='run'>%s</div>" % e(running(a)))
    bl = blocks(a)
    pub = False
    for b in bl:
        k = b[0]
        if k == "letterhead":
            out.append("<table class='lh'><tr><td><div class='n'>%s</div><div class='p'>%s</div></td><td><div class='crest'></div></td><td style='text-align:right'><div class='n'>%s</div><div class='p'>%s</div></td></tr></table><div class='ind'>%s</div>" % tuple(e(x) for x in b[1:6]))
        elif k == "title":
            out.append("<h1>%s</h1><div>%s</div>" % (e(b[1]), e(b[2])))
        elif k == "numrow":
            out.append("<table class='num'><tr>%s</tr></table>" % "".join("<td>%s / %s <b>%s</b></td>" % (e(x), e(y), e(z)) for x, y, z in b[1]))
        elif k == "proposal":
            out.append("<div class='prop'>%s<span>%s</span></div>" % (e(b[1]), e(b[2])))
        elif k == "subject":
            out.append("<table class='ogg'><tr><td class='l'><b>%s</b></td><td><b>%s</b></td></tr><tr><td class='l'><i>%s</i></td><td><i>%s</i></td></tr></table>" % tuple(e(x) for x in b[1:5]))
        elif k == "para":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "roll2":
            left, right = b[1]
            rows = []
            for i in range(max(len(left), len(right))):
                cells = []
                for half, sep in ((left, ""), (right, " class='sep'")):
                    if i < len(half):
                        n, r, p = half[i]
                        cells.append("<td%s>%s</td><td>%s</td><td class='m'>%s</td>" % (sep, e(n), e(r), "X" if p else "a.g."))
                    else:
                        cells.append("<td%s></td><td></td><td></td>" % sep)
                rows.append("<tr>%s</tr>" % "".join(cells))
            hd = "<th%s>Cognome e nome<br><i>Zu- und Vorname</i></th><th>Carica<br><i>Amt</i></th><th class='m'>pres.<br><i>anw.</i></th>"
            out.append("<table class='roll'><tr>%s%s</tr>%s</table>" % (hd % "", hd % " class='sep'", "".join(rows)))
            out.append("<div class='leg'>X = presente / anwesend &nbsp; a.g. = assente giustificato / entschuldigt abwesend</div>")
        elif k == "center":
            if b[1] == "delibera":
                out.append("<h2 class='d'>delibera</h2>")
            else:
                out.append("<h2>%s</h2>" % e(b[1]))
        elif k == "points":
            out.append("<ol>%s</ol>" % "".join("<li>%s</li>" % e(p) for p in b[1]))
        elif k == "signatures":
            out.append("<table class='firme'><tr><td><b>%s</b></td><td><b>%s</b></td></tr><tr><td>%s</td><td>%s</td></tr><tr><td class='small'>%s</td><td class='small'>%s</td></tr></table>" % (
                e(b[1][0]), e(b[2][0]), e(b[1][1]), e(b[2][1]), e(b[3]), e(b[3])))
        elif k == "pubhead":
            out.append("<div class='pub'><b>%s</b>" % e(b[1]))
            pub = True
    if pub:
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    act = [x for x in MER_ACTS if x["id"] == sys.argv[1]][0]
    open(sys.argv[2], "w", encoding="utf-8").write(html(act))
