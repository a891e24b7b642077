#!/usr/bin/env python3
"""Roncegno Terme, determinazione n. 151 (house style "Ascot Web") as HTML for headless Chromium.
The pareri and visto follow on a new page; the referto di pubblicazione is the office's printed
form, rows of underscores with the values typed over them (absolutely positioned spans).

  html_r.py OUT.html
"""
import sys, html
from content_r import LETTERHEAD as LH, DET_151 as D

E = html.escape


def blank(value, n=18):
    return ("<span class='blank'>%s<span class='fill'>%s</span></span>" % ("_" * n, E(value)))


def build(dest):
    css = """
@page { size: A4; margin: 18mm 20mm 22mm 23mm;
  @bottom-center { content: "Comune di Roncegno Terme – Determinazione n. %(n)s di data %(d)s – pag. " counter(page);
                   font-family: 'Liberation Serif', serif; font-size: 8pt; } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.32; }
.lh { text-align: center; border-bottom: 1px solid #000; padding-bottom: 4px; }
.lh .n { font-size: 16pt; font-weight: bold; } .lh .p { font-size: 11pt; } .lh .a { font-size: 7pt; }
.srv { text-align: center; margin-top: 14px; font-weight: bold; font-size: 11.5pt; }
.uff { text-align: center; font-size: 10.5pt; }
.tit { text-align: center; margin-top: 12px; font-weight: bold; font-size: 12pt; }
.num { text-align: center; font-size: 11.5pt; margin-bottom: 12px; }
table.ogg { width: 100%%; border-collapse: collapse; margin-bottom: 10px; }
table.ogg td { vertical-align: top; font-weight: bold; } table.ogg td.l { width: 26mm; }
p { text-align: justify; margin: 4px 0; }
.c { text-align: center; font-weight: bold; margin: 10px 0 6px 0; letter-spacing: 0.3em; }
ol { padding-left: 22px; margin: 0; } li { text-align: justify; margin: 3px 0; }
.sig { margin-top: 18px; margin-left: 55%%; text-align: center; }
.brk { page-break-before: always; }
h2 { text-align: center; font-size: 12pt; margin: 0; } .sub { text-align: center; font-size: 9pt; margin-bottom: 14px; }
.par { border-bottom: 1px solid #000; padding-bottom: 8px; margin-bottom: 14px; }
.par .t { font-weight: bold; }
.row { display: flex; justify-content: space-between; margin-top: 8px; }
.row .r { text-align: center; width: 55%%; }
table.cov { width: 100%%; border-collapse: collapse; font-size: 10pt; margin: 6px 0; }
table.cov th, table.cov td { border: 1px solid #000; padding: 2px 4px; } table.cov th { font-style: italic; font-weight: normal; }
table.cov td.r { text-align: right; }
.form { margin-top: 12px; line-height: 2.4; }
.blank { position: relative; display: inline-block; font-family: 'Liberation Serif', serif; }
.fill { position: absolute; left: 6px; bottom: 5px; font-family: 'Liberation Mono', 'Courier New', monospace;
        font-size: 10.5pt; white-space: nowrap; color: #102a70; }
""" % {"n": D["number"], "d": D["date"]}
    o = ["<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>Determinazione n. %s di data %s</title>"
         "<style>%s</style></head><body>" % (D["number"], D["date"], css)]
    a = o.append
    a("<div class='lh'><div class='n'>%s</div><div class='p'>%s</div><div class='a'>%s</div></div>"
      % (E(LH["name"]), E(LH["prov"]), E(LH["addr"])))
    a("<div class='srv'>%s</div><div class='uff'>%s</div>" % (E(D["servizio"]), E(D["ufficio"])))
    a("<div class='tit'>%s</div><div class='num'>N. %s di data %s</div>" % (E(D["title"]), D["number"], D["date_words"]))
    a("<table class='ogg'><tr><td class='l'>OGGETTO:</td><td>%s</td></tr></table>" % E(D["subject"]))
    a("<div class='c'>IL RESPONSABILE DEL SERVIZIO</div>")
    for p in D["premesse"]:
        a("<p>%s</p>" % E(p))
    a("<div class='c'>DETERMINA</div><ol>")
    for p in D["points"]:
        a("<li>%s</li>" % E(p))
    a("</ol>")
    a("<p style='margin-top:12px'>Roncegno Terme, %s</p>" % D["date"])
    a("<div class='sig'>%s<br>%s<br><i style='font-size:9pt'>(documento firmato digitalmente)</i></div>"
      % (E(D["signer"][0]), E(D["signer"][1])))

    a("<div class='brk'></div><h2>PARERE DI REGOLARITÀ TECNICA E VISTO DI REGOLARITÀ CONTABILE</h2>"
      "<div class='sub'>(art. 185 della L.R. 3 maggio 2018, n. 2) – Determinazione n. %s di data %s</div>"
      % (D["number"], D["date"]))
    tec, cont = D["pareri"]
    a("<div class='par'><div class='t'>%s</div><p>Si esprime parere favorevole in ordine alla regolarità "
      "tecnico-amministrativa del presente provvedimento.</p><div class='row'><span>Roncegno Terme, %s</span>"
      "<span class='r'>%s<br>%s</span></div></div>" % (E(tec[0]), tec[1], E(tec[2]), E(tec[3])))
    a("<div class='par'><div class='t'>%s ATTESTANTE LA COPERTURA FINANZIARIA</div><p>Si appone il visto di "
      "regolarità contabile e si attesta la copertura finanziaria della spesa, registrata come segue:</p>"
      "<table class='cov'><tr><th>Impegno</th><th>Capitolo</th><th>Esercizio</th><th>Importo (euro)</th>"
      "<th>Creditore</th></tr>" % E(cont[0]))
    for imp, cap, es, amt, cred in D["cover"]:
        a("<tr><td>%s</td><td>%s</td><td>%s</td><td class='r'>%s</td><td>%s</td></tr>" % (imp, cap, es, amt, E(cred)))
    a("</table><div class='row'><span>Roncegno Terme, %s</span><span class='r'>%s<br>%s</span></div></div>"
      % (cont[1], E(cont[2]), E(cont[3])))

    a("<div class='brk'></div><h2>REFERTO DI PUBBLICAZIONE</h2><div class='sub'>(art. 183, comma 1, della "
      "L.R. 3 maggio 2018, n. 2)</div>")
    a("<div class='form'>Si certifica che copia della presente determinazione è stata pubblicata all'albo "
      "telematico del Comune dal giorno %s al giorno %s per dieci giorni consecutivi, "
      "al n. %s del registro delle pubblicazioni.<br>Roncegno Terme, %s</div>"
      % (blank(D["cert_from"]), blank(D["cert_to"]), blank(D["cert_reg"], 10), blank(D["cert_from"])))
    a("<div class='sig'>IL SEGRETARIO COMUNALE<br>%s</div>" % blank("dott. Alessandro Caumo", 30))
    a("</body></html>")
    open(dest, "w", encoding="utf-8").write("\n".join(o))


if __name__ == "__main__":
    build(sys.argv[1])
