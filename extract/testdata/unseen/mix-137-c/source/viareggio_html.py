"""Viareggio house style ('Sicraweb') as the package's HTML print, for headless Chromium.
Running head (position: fixed, repeated on every page) carries the sector number;
the general register number stands in a box beside the hierarchy box.
economato: visto and certificate flowed in two CSS columns after the act."""
import sys, os, html
sys.path.insert(0, os.path.dirname(__file__))
from data import ACTS, it

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 22mm;
  @top-left { font: 7.5pt 'DejaVu Sans'; color: #444; border-bottom: .4pt solid #888; vertical-align: bottom; padding-bottom: 1mm; }
  @top-right { content: "Sicraweb – Atti – pag. " counter(page); font: 7.5pt 'DejaVu Sans'; color: #444; border-bottom: .4pt solid #888; vertical-align: bottom; padding-bottom: 1mm; }
  @bottom-center { content: "Piazza Nieri e Paolini, 1 – 55049 Viareggio (LU) – PEC comune.viareggio@postacert.toscana.it"; font: 7pt 'DejaVu Sans'; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10.3pt; line-height: 1.38; }
.rh { position: fixed; top: -14mm; left: 0; right: 0; font: 7.5pt 'DejaVu Sans'; color: #444;
      border-bottom: .4pt solid #888; padding-bottom: 1mm; }
.rh span { float: right; }
.rf { position: fixed; bottom: -12mm; left: 0; right: 0; text-align: center; font: 7pt 'DejaVu Sans'; }
.lh { text-align: center; }
.lh .crest { width: 26px; height: 32px; border: 1.2px solid #000; border-radius: 0 0 14px 14px; margin: 0 auto 4px; }
.lh h1 { font-size: 17pt; margin: 0; letter-spacing: .5pt; }
.lh .prov { font-size: 9.5pt; }
.boxes { display: flex; justify-content: space-between; margin: 10px 0 18px; font-family: 'DejaVu Sans'; }
.hier { border: .8pt solid #000; padding: 4px 8px; width: 62%; font-size: 8.5pt; }
.hier .s { font-weight: bold; font-size: 9pt; }
.reg { border: .8pt solid #000; padding: 4px 8px; width: 28%; text-align: center; font-size: 8.5pt; }
.reg b { font-size: 10pt; display: block; }
h2 { text-align: center; letter-spacing: 3.5pt; font-size: 13pt; margin: 6px 0 14px; }
.ogg { display: flex; font-family: 'DejaVu Sans'; font-weight: bold; font-size: 10pt; margin-bottom: 10px; }
.ogg .l { width: 70pt; flex: none; }
p { text-align: justify; margin: 0 0 4px; }
.verb { text-align: center; font-weight: bold; font-size: 11.5pt; margin: 10px 0 8px; }
ol { margin: 0; padding-left: 22px; } li { text-align: justify; margin-bottom: 4px; }
.firma { display: flex; justify-content: space-between; margin-top: 18px; }
.firma .f { text-align: center; width: 55%; }
.small { font: 7pt 'DejaVu Sans'; }
.cols { display: flex; gap: 10mm; margin-top: 22px; border-top: .6pt solid #000; padding-top: 8px;
        font-size: 9.3pt; break-inside: avoid; }
.cols > div { flex: 1; } .cols > div + div { border-left: .4pt solid #999; padding-left: 5mm; }
.cols h3 { font: bold 8.6pt 'DejaVu Sans'; text-align: center; margin: 0 0 6px; }
.cols .f { text-align: center; margin-top: 8px; }
"""


def page(a):
    e = html.escape
    d = a["dirigente"]
    role1, role2 = d["role"].split(" del ", 1)
    pts = "".join(f"<li>{e(p)}</li>" for p in a["points"])
    prem = "".join(f"<p>{e(p)}</p>" for p in a["premesse"])
    extra = ""
    v, ce = a.get("visto"), a.get("cert")
    if v or ce:
        extra = '<div class="cols">'
        if v:
            extra += (f'<div><h3>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</h3>'
                      f'<p>Ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile '
                      f'attestante la copertura finanziaria della spesa, registrata all\'impegno n. {v["impegno"]}.</p>'
                      f'<p>Viareggio, {it(v["date"])}</p><div class="f">{e(v["role"])}<br><b>{e(v["title"])} {e(v["name"])}</b></div></div>')
        if ce:
            w = ce["who"]
            extra += (f'<div><h3>CERTIFICATO DI PUBBLICAZIONE</h3>'
                      f'<p>Si certifica che copia della presente determinazione è stata pubblicata all\'Albo Pretorio on line '
                      f'dal {it(ce["dal"])} al {it(ce["al"])} per quindici giorni consecutivi, al n. {ce["reg"]} del registro delle pubblicazioni.</p>'
                      f'<div class="f">{e(w["role"])}<br><b>{e(w["title"])} {e(w["name"])}</b></div></div>')
        extra += "</div>"
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>{e(a['title'])} n. {a['number']} del {it(a['date'])}</title><style>{CSS}
@page {{ @top-left {{ content: "{a['settore']} – Determinazione settoriale n. {a['sector_number']} del {it(a['sector_date'])}"; }} }}</style></head><body>
<div class="lh"><div class="crest"></div><h1>{e(a['c']['muni'].upper())}</h1><div class="prov">{e(a['c']['prov'])}</div></div>
<div class="boxes"><div class="hier">{e(a['direzione'].upper())}<br><span class="s">{e(a['settore'])}</span><br>{e(a['servizio'])}</div>
<div class="reg">REGISTRO GENERALE<b>N. {a['number']}</b>del {it(a['date'])}</div></div>
<h2>{e(a['title'])}</h2>
<div class="ogg"><div class="l">OGGETTO:</div><div>{e(a['subject'])}</div></div>
<div class="verb">IL DIRIGENTE</div>
{prem}
<div class="verb">{a['verb']}</div>
<ol>{pts}</ol>
<div class="firma"><div>Viareggio, {it(a['date'])}</div><div class="f"><b>{e(role1)}</b><br>del {e(role2)}<br><b>{e(d['title'])} {e(d['name'])}</b><br>
<span class="small">documento firmato digitalmente ai sensi del D.Lgs. 82/2005</span></div></div>
{extra}
</body></html>"""


if __name__ == "__main__":
    outdir = sys.argv[1]
    for a in ACTS:
        if a["producer"] == "chromium":
            open(os.path.join(outdir, a["file"].replace(".pdf", ".html")), "w").write(page(a))
