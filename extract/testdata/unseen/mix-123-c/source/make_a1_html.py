# -*- coding: utf-8 -*-
"""A1: Castrezzato minute n. 131 as the HTML print of the web client,
printed by headless Chromium. The running foot is drawn in the @page
margin boxes (@bottom-left, @bottom-right) with counter(page) and
counter(pages)."""
import html
import sys

from content import A1, CASTREZZATO, PREMESSA_CASTREZZATO_APERTURA
from crest import SVG

e = html.escape


def page(act):
    c = CASTREZZATO
    rows = []
    for i, ((name, role), pres) in enumerate(zip(c["giunta"], act["present"])):
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>"
                    % (i + 1, e(name), e(role), "X" if pres else "", "" if pres else "X"))
    npres = sum(act["present"])
    t, role, name = c["secretary"]
    pts = "".join("<li>%s</li>" % e(p) for p in act["points"])
    prem = "".join("<p>%s</p>" % e(p) for p in act["premesse"])
    return """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>Deliberazione G.C. n. {num} del {date}</title>
<style>
@page {{ size: A4; margin: 16mm 19mm 22mm 19mm;
  @bottom-left {{ content: "Comune di Castrezzato"; font: 7.5pt "Liberation Sans", Arial, sans-serif;
                  border-top: 0.3pt solid #000; vertical-align: top; padding-top: 2pt; }}
  @bottom-right {{ content: "Deliberazione G.C. n. {num} del {date} - Pag. " counter(page) " di " counter(pages);
                   font: 7.5pt "Liberation Sans", Arial, sans-serif; border-top: 0.3pt solid #000;
                   vertical-align: top; padding-top: 2pt; }} }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.3; margin: 0; }}
.lh {{ display: flex; align-items: flex-start; border-bottom: 0.8pt solid #000; padding-bottom: 4pt; }}
.lh .crest {{ width: 48pt; margin-right: 12pt; }}
.lh .txt {{ flex: 1; }}
.lh .name {{ font-size: 16pt; font-weight: bold; }}
.lh .small {{ font-size: 7.5pt; }}
.lh .ente {{ font-size: 7.5pt; }}
.band {{ background: #dcdcdc; text-align: center; font-weight: bold; font-size: 11pt;
         letter-spacing: 1.4pt; margin: 8pt 0 6pt 0; padding: 2pt; }}
.numrow {{ display: flex; justify-content: space-between; }}
.numrow .n {{ font-weight: bold; font-size: 11pt; }}
.numrow .n span {{ margin-left: 40pt; }}
.numrow .prop {{ text-align: right; font-size: 8.5pt; }}
.ogg {{ display: flex; border-top: 0.4pt solid #000; border-bottom: 0.4pt solid #000;
        padding: 5pt 0; margin-top: 4pt; font-weight: bold; }}
.ogg .lab {{ width: 62pt; flex: none; }}
p {{ text-align: justify; margin: 0 0 4pt 0; }}
table.roll {{ width: 100%; border-collapse: collapse; font-size: 9pt; margin: 4pt 0; }}
table.roll th {{ background: #e6e6e6; text-align: left; }}
table.roll td, table.roll th {{ border-top: 0.4pt solid #000; border-bottom: 0.4pt solid #000; padding: 2pt 4pt; }}
td.c {{ text-align: center; }}
.tot {{ font-style: italic; font-size: 9pt; }}
h3 {{ text-align: center; font-size: 10.5pt; margin: 8pt 0 4pt 0; }}
h2 {{ text-align: center; font-size: 11pt; letter-spacing: 2.8pt; margin: 8pt 0 4pt 0; }}
ol {{ margin: 0 0 4pt 0; padding-left: 18pt; }}
ol li {{ text-align: justify; margin-bottom: 4pt; }}
.sign {{ display: flex; justify-content: space-around; text-align: center; margin-top: 16pt; page-break-inside: avoid; }}
.sign .r {{ font-size: 7.5pt; font-style: italic; }}
.ref {{ border-top: 0.4pt solid #000; margin-top: 20pt; font-size: 9pt; page-break-inside: avoid; }}
</style></head><body>
<div class="lh"><div class="crest">{svg}</div>
<div class="txt"><div class="name">{cname}</div><div>{prov}</div>
<div class="small">{addr}</div><div class="small">{tel}</div></div>
<div class="ente">{ente}</div></div>
<div class="band">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</div>
<div class="numrow"><div class="n">N. {num}<span>del {date}</span></div>
<div class="prop">Proposta n. {prop} del {prop_date}<br>Area proponente: {prop_office}</div></div>
<div class="ogg"><div class="lab">OGGETTO:</div><div>{subject}</div></div>
<p style="margin-top:6pt">{apertura}</p>
<table class="roll"><tr><th style="width:18pt">N.</th><th>Cognome e nome</th><th>Carica</th><th style="text-align:center">Presente</th><th style="text-align:center">Assente</th></tr>
{rows}</table>
<div class="tot">Presenti n. {npres} - Assenti n. {nass}</div>
<p>Partecipa alla seduta il {srole} {stitle} {sname}, che provvede alla redazione del presente verbale.</p>
<p>{presidency}</p>
<h3>LA GIUNTA COMUNALE</h3>
{prem}
<p>{vote_intro}</p>
<h2>{verb}</h2>
<ol>{pts}</ol>
<p>{ie}</p>
<p style="font-style:italic;margin-top:8pt">Letto, confermato e sottoscritto.</p>
<div class="sign"><div><b>IL PRESIDENTE</b><br>Alessandro Bonera<br><span class="r">(firmato digitalmente)</span></div>
<div><b>IL SEGRETARIO COMUNALE</b><br>{stitle} {sname}<br><span class="r">(firmato digitalmente)</span></div></div>
<div class="ref"><b>REFERTO DI PUBBLICAZIONE</b><br>Si certifica che copia del presente verbale viene
pubblicata all'Albo Pretorio on line di questo Comune il giorno {pubd}, per quindici giorni consecutivi
(registro delle pubblicazioni n. {pubn}).</div>
</body></html>
""".format(num=act["num"], date=act["date"], svg=SVG, cname=c["name"], prov=c["prov"],
           addr=e(c["addr"]), tel=e(c["tel"]), ente=c["ente"], prop=act["prop"],
           prop_date=act["prop_date"], prop_office=e(act["prop_office"]),
           subject=e(act["subject"]),
           apertura=e(PREMESSA_CASTREZZATO_APERTURA.format(giorno=act["giorno"], ora=act["ora"])),
           rows="\n".join(rows), npres=npres, nass=5 - npres, srole=role, stitle=t, sname=name,
           presidency=e(act["presidency"]), prem=prem, vote_intro=e(act["vote_intro"]),
           verb=act["verb"], pts=pts, ie=e(act["ie"]), pubd=act["pub"][0], pubn=act["pub"][1])


if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="utf-8").write(page(A1))
