# -*- coding: utf-8 -*-
"""B2: Pieve a Nievole minute n. 121 as the HTML print of the web client,
converted by wkhtmltopdf 0.12.6 (its header and footer options are not
available here, so the page carries no running head)."""
import html
import sys

from content import B2, PIEVE, APERTURA_PIEVE, PRES_PIEVE

e = html.escape


def page(act):
    c = PIEVE
    g = list(zip(c["giunta"], act["present"]))
    rows = []
    for i in range(3):
        cells = []
        for col in (g[:3], g[3:]):
            if i < len(col):
                (name, role), pres = col[i]
                cells.append("<td>%s</td><td>%s</td><td>%s</td>" % (e(name), e(role),
                                                                    "Presente" if pres else "Assente"))
            else:
                cells.append("<td class=empty></td><td class=empty></td><td class=empty></td>")
        rows.append("<tr>%s<td class=gap></td>%s</tr>" % tuple(cells))
    npres = sum(act["present"])
    t, role, name = c["secretary"]
    prem = "".join("<p>%s</p>" % e(p) for p in act["premesse"])
    pts = "".join("<tr><td class=n>%d)</td><td><p>%s</p></td></tr>" % (i + 1, e(p))
                  for i, p in enumerate(act["points"]))
    return """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Deliberazione G.C. n. {num} del {date}</title>
<style>
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11pt; margin: 0; zoom: 1.32; }}
.lh {{ text-align: center; border-bottom: 3px double #000; padding-bottom: 4px; }}
.lh .n {{ font-size: 16pt; font-weight: bold; }}
.lh .p {{ font-style: italic; }}
.lh .a {{ font-size: 8pt; }}
.tit {{ text-align: center; font-weight: bold; font-size: 12pt; letter-spacing: 3px; margin: 12px 0 6px 0; }}
table.num {{ width: 100%; border-collapse: collapse; }}
table.num td {{ border: 1px solid #000; padding: 3px 4px; text-align: center; }}
table.num td.b {{ font-weight: bold; }}
table.num td.s {{ text-align: left; font-size: 9pt; }}
.ogg {{ margin: 10px 0; font-weight: bold; display: table; }}
.ogg .l {{ display: table-cell; width: 80px; }} .ogg .t {{ display: table-cell; text-align: justify; }}
p {{ text-align: justify; margin: 0 0 4px 0; line-height: 1.28; }}
table.roll {{ width: 100%; border-collapse: collapse; font-size: 10pt; margin: 4px 0; }}
table.roll td {{ border-bottom: 1px solid #000; padding: 2px 3px; }}
table.roll td.gap, table.roll td.empty {{ border: none; width: 12px; }}
.tot {{ font-style: italic; font-size: 10pt; margin-bottom: 4px; }}
h3 {{ text-align: center; font-size: 11pt; margin: 10px 0 4px 0; }}
h2 {{ text-align: center; font-size: 12pt; letter-spacing: 5px; margin: 8px 0 4px 0; }}
table.pts {{ border-collapse: collapse; width: 100%; }} table.pts td {{ vertical-align: top; padding: 0; }}
table.pts td.n {{ width: 28px; }}
.sign {{ width: 100%; margin-top: 14px; text-align: center; page-break-inside: avoid; }}
.sign td {{ width: 50%; }}
.dig {{ text-align: center; font-size: 8pt; font-style: italic; margin-top: 6px; }}
.pub {{ border: 1px solid #000; padding: 4px; font-size: 9.5pt; margin-top: 14px; }}
</style></head><body>
<div class="lh"><div class="n">{cname}</div><div class="p">{prov}</div><div class="a">{addr}</div></div>
<div class="tit">DELIBERAZIONE DELLA GIUNTA COMUNALE</div>
<table class="num"><tr><td class="b">N. {num}</td><td class="b">Data {date}</td>
<td style="font-size:9pt">Proposta n. {prop} del {prop_date}</td></tr>
<tr><td class="s" colspan="3">Settore proponente: {prop_office}</td></tr></table>
<div class="ogg"><div class="l">OGGETTO:</div><div class="t">{subject}</div></div>
<p>{apertura}</p>
<table class="roll"><colgroup><col style="width:22%"><col style="width:15%"><col style="width:10%"><col style="width:2%"><col style="width:22%"><col style="width:15%"><col style="width:10%"></colgroup>{rows}</table>
<div class="tot">Presenti n. {npres} - Assenti n. {nass}</div>
<p>{presidency}</p>
<h3>LA GIUNTA COMUNALE</h3>
{prem}
<p>{vote_intro}</p>
<h2>{verb}</h2>
<table class="pts">{pts}</table>
<p style="margin-top:6px">{ie}</p>
<p style="font-style:italic;margin-top:12px">Il presente verbale viene letto, approvato e sottoscritto.</p>
<table class="sign"><tr><td><b>IL PRESIDENTE</b><br>{pres}</td><td><b>IL SEGRETARIO COMUNALE</b><br>{stitle} {sname}</td></tr></table>
<div class="dig">(Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate)</div>
<div class="pub">Pubblicata all'Albo Pretorio on line dal {pubd} per quindici giorni consecutivi, n. {pubn} del registro delle pubblicazioni.</div>
</body></html>""".format(
        num=act["num"], date=act["date"], cname=c["name"], prov=c["prov"], addr=e(c["addr"]),
        prop=act["prop"], prop_date=act["prop_date"], prop_office=e(act["prop_office"]),
        subject=e(act["subject"]),
        apertura=e(APERTURA_PIEVE.format(giorno=act["giorno"], ora=act["ora"])),
        rows="\n".join(rows), npres=npres, nass=5 - npres, presidency=e(act["presidency"]),
        prem=prem, vote_intro=e(act["vote_intro"]), verb=act["verb"], pts=pts, ie=e(act["ie"]),
        pres=PRES_PIEVE[act["num"]], stitle=t, sname=name, pubd=act["pub"][0],
        pubn=act["pub"][1])


if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="utf-8").write(page(B2))
