# -*- coding: utf-8 -*-
"""San Sperate house style as the package's web module prints it (S2), HTML
for wkhtmltopdf. wkhtmltopdf's own header and footer options are not used:
the page template draws the running head (with the Area and the number)
and the page foot inside a page box, as the module's print view does; the
module scales the page with CSS zoom.
Usage: python3 ssp_html.py S2 out.html
"""
import sys
import html
import acts


def build(act, out):
    h = acts.SSP
    e = html.escape
    head = ("<div class='rh'><span class='l'>%s – %s</span><span class='r'>Determinazione n. %d del %s</span></div>"
            % (e(h["muni_caps"]), e(act["organ"]), act["rg"][0], act["rg"][1]))

    def foot(n, tot):
        return "<div class='rf'>Pag. %d di %d</div>" % (n, tot)
    prem = "".join("<p>%s</p>" % e(p) for p in act["premesse"])
    pts = "".join("<tr><td class='n'>%d.</td><td>%s</td></tr>" % (i, e(p))
                  for i, p in enumerate(act["points"], 1))
    v = act["visto"]
    page1 = f"""
<div class="lh"><div class="crest">&#9670;</div><div>
<div class="muni">{e(h['muni_caps'])}</div><div class="prov">{e(h['prov'])}</div>
<div class="addr">{e(h['addr'])}</div></div></div>
<h1>DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO</h1>
<table class="grid">
<tr><td class="k">Numero generale</td><td class="v">{act['rg'][0]}</td><td class="k">Data</td><td class="v">{act['rg'][1]}</td></tr>
<tr><td class="k">Numero di Area</td><td class="v">{act['rs'][0]}</td><td class="k">Data</td><td class="v">{act['rs'][1]}</td></tr>
<tr><td class="k">Proposta n.</td><td class="v">{act['prop'][0]}</td><td class="k">del</td><td class="v">{act['prop'][1]}</td></tr>
</table>
<div class="uff">Ufficio proponente: {e(act['prop_office'])}</div>
<table class="ogg"><tr><td class="l">OGGETTO:</td><td class="s">{e(act['subject'])}</td></tr></table>
<h2>{e(act['intro'])}</h2>
{prem}
"""
    page2 = f"""
<h2>{e(act['verb'])}</h2>
<table class="pts">{pts}</table>
<div class="sign">{e(act['sign'][0])}<br><b>{e(act['sign'][1])}</b><br><i class="fd">(firmato digitalmente)</i></div>
<div class="visto"><b>PARERE DI REGOLARITÀ CONTABILE E ATTESTAZIONE DELLA COPERTURA FINANZIARIA</b><br>
Si esprime parere favorevole di regolarità contabile e si attesta la copertura finanziaria della spesa
di {e(v['amount'])} (impegni {e(v['impegno'])}).<br>
San Sperate, {v['date']} – {e(v['who'][0])}: {e(v['who'][1])}</div>
<div class="pubbl">Il presente atto è pubblicato all'Albo Pretorio on line per quindici giorni consecutivi.</div>
"""
    doc = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>Determinazione n. {act['rg'][0]} del {act['rg'][1]}</title>
<style>
body {{ margin: 0; zoom: 1.3; font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }}
.page {{ position: relative; height: 268mm; page-break-after: always; }}
.page.last {{ page-break-after: auto; }}
.rh {{ font-size: 8.5pt; border-bottom: 0.6pt solid #000; padding-bottom: 1mm; margin-bottom: 7mm; overflow: hidden; }}
.rh .l {{ font-weight: bold; float: left; }} .rh .r {{ float: right; }}
.rf {{ position: absolute; bottom: 0; right: 0; font-size: 8pt; }}
.lh {{ display: -webkit-box; }}
.crest {{ font-size: 34pt; color: #2b4c7e; width: 24mm; }}
.muni {{ font-size: 18pt; font-weight: bold; }}
.prov {{ font-style: italic; font-size: 10pt; margin: 1mm 0 2mm 0; }}
.addr {{ font-size: 7.5pt; }}
h1 {{ text-align: center; font-size: 13pt; margin: 6mm 0 3mm 0; }}
h2 {{ text-align: center; font-size: 10.5pt; margin: 3mm 0 2mm 0; }}
table.grid {{ width: 100%; border-collapse: collapse; font-size: 9.5pt; }}
table.grid td {{ border: 0.6pt solid #000; padding: 1mm 1.5mm; }}
table.grid td.k {{ background: #e6e6e6; }} table.grid td.v {{ font-weight: bold; }}
.uff {{ font-size: 9pt; margin: 1.5mm 0 4mm 0; }}
table.ogg {{ width: 100%; border-collapse: collapse; margin-bottom: 3mm; }}
table.ogg td {{ vertical-align: top; font-weight: bold; }}
table.ogg td.l {{ width: 22mm; }} table.ogg td.s {{ text-align: justify; }}
p {{ text-align: justify; margin: 0 0 1.5mm 0; }}
table.pts {{ width: 100%; border-collapse: collapse; }}
table.pts td {{ vertical-align: top; text-align: justify; padding-bottom: 1.2mm; }}
table.pts td.n {{ width: 8mm; }}
.sign {{ margin: 10mm 0 0 60mm; text-align: center; }}
.fd {{ font-size: 8pt; }}
.visto {{ border: 0.6pt solid #000; padding: 2mm; font-size: 9pt; margin-top: 12mm; }}
.pubbl {{ font-size: 8.5pt; margin-top: 4mm; }}
</style></head><body>
<div class="page last">{head}{page1}{page2}{foot(1, 1)}</div>
</body></html>
"""
    open(out, "w", encoding="utf-8").write(doc)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
