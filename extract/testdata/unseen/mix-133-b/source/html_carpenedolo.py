# -*- coding: utf-8 -*-
"""Carpenedolo, house style "civilianext", as the web client prints it:
HTML for Chromium (A3) and for wkhtmltopdf (A4).  The letterhead and the
register box are a table head, which the browser repeats on every page.
usage: python3 html_carpenedolo.py OUTDIR   (writes A3.html and A4.html)
"""
import sys, os, html

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts

CSS = """
@page { size: A4; margin: 14mm 18mm 20mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; margin: 0; }
table.page { width: 100%; border-collapse: collapse; }
thead td { padding: 0 0 6mm 0; }
.lh { width: 100%; border-bottom: 1.5px solid #1f3a68; border-collapse: collapse; }
.lh td { vertical-align: top; padding: 0 0 2mm 0; }
.crest { width: 40px; }
.comune { font-size: 15pt; font-weight: bold; color: #1f3a68; }
.prov { font-size: 9pt; }
.area { font-size: 10pt; font-weight: bold; margin-top: 5px; }
.off { font-size: 9pt; }
.reg { border: 1px solid #000; width: 66mm; border-collapse: collapse; font-size: 9pt; }
.reg td { padding: 2px 6px; }
.reg .t { text-align: center; font-weight: bold; letter-spacing: 2.5px; border-bottom: 1px solid #000; font-size: 10pt; }
.subj { border: 1.2px solid #000; border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; }
.subj td { padding: 5px 7px; font-weight: bold; vertical-align: top; text-align: justify; }
.subj td.l { width: 23mm; white-space: nowrap; }
h2 { text-align: center; font-size: 10pt; letter-spacing: 1.5px; margin: 3mm 0 2mm 0; }
h3 { text-align: center; font-size: 11pt; letter-spacing: 5px; margin: 4mm 0 2mm 0; }
p { text-align: justify; margin: 0 0 5px 0; line-height: 1.35; font-size: 10.5pt; }
ol { margin: 0; padding-left: 8mm; }
ol li { text-align: justify; margin-bottom: 4px; line-height: 1.35; font-size: 10.5pt; }
ul.two { column-count: 2; column-gap: 8mm; margin: 2mm 0 3mm 0; padding-left: 6mm; font-size: 9.5pt; }
.sign { margin: 6mm 0 0 55%; text-align: center; }
.sign .r { font-weight: bold; font-size: 9.5pt; }
.sign .d { font-style: italic; font-size: 7.5pt; margin-top: 2px; }
.place { margin-top: 6mm; }
.last { page-break-before: always; break-before: page; }
table.imp { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0; }
table.imp th, table.imp td { border: 0.6px solid #000; padding: 2px 4px; vertical-align: top; }
table.imp th { background: #e8ecf4; text-align: left; }
td.n { text-align: right; white-space: nowrap; }
.cert { border: 1px solid #000; padding: 4px 8px; margin-top: 8mm; font-size: 9pt; }
.cert .t { text-align: center; font-weight: bold; }
.small { font-size: 9pt; }
.foot { font-size: 7pt; border-top: 0.5px solid #000; padding: 2px 0 0 0; }
tfoot td { padding-top: 4mm; }
"""

CREST = """<svg width="34" height="46" viewBox="0 0 26 36"><path d="M0 0 H26 V20 C26 30 13 34 13 36 C13 34 0 30 0 20 Z"
fill="#dfe6f2" stroke="#1f3a68" stroke-width="1"/><rect x="5" y="10" width="16" height="4" fill="#1f3a68"/>
<rect x="11" y="6" width="4" height="20" fill="#1f3a68"/></svg>"""


def e(s):
    return html.escape(s, quote=False)


def page(act, running_foot, engine="chromium"):
    t = act["town"]
    pre, post = acts.recitals(act)
    head = f"""
<table class="lh"><tr>
 <td class="crest">{CREST}</td>
 <td><div class="comune">{e(t['comune'])}</div><div class="prov">{e(t['provincia'])}</div>
     <div class="area">{e(act['area'])}</div><div class="off">{e(act['office'])}</div></td>
 <td style="text-align:right"><table class="reg" align="right">
   <tr><td class="t" colspan="2">DETERMINAZIONE</td></tr>
   <tr><td>Reg. Gen. N.</td><td><b>{act['reg_gen']}</b> del <b>{act['reg_gen_date']}</b></td></tr>
   <tr><td>Reg. Area N.</td><td><b>{act['sect']}</b> del <b>{act['sect_date']}</b></td></tr>
 </table></td></tr></table>"""
    b = []
    b.append(f"""<table class="subj"><tr><td class="l">OGGETTO:</td><td>{e(act['subject'])}</td></tr></table>""")
    b.append(f"<h2>{e(act['resp'][2])}</h2>")
    for p in pre + act["premesse"]:
        b.append(f"<p>{e(p)}</p>")
    if act.get("operators"):
        b.append('<ul class="two">' + "".join(f"<li>{e(o)}</li>" for o in act["operators"]) + "</ul>")
    for p in act.get("premesse_after", []):
        b.append(f"<p>{e(p)}</p>")
    if act.get("criteri"):
        rows = "".join(f"<tr><td>{c[0]}</td><td>{e(c[1])}</td><td class='n'>{c[2]}</td></tr>" for c in act["criteri"])
        b.append(f"<table class='imp'><tr><th>Criterio</th><th>Descrizione</th><th>Punti max</th></tr>{rows}"
                 f"<tr><td></td><td><b>Totale</b></td><td class='n'><b>100</b></td></tr></table>")
    for p in act.get("premesse_after2", []) + post:
        b.append(f"<p>{e(p)}</p>")
    b.append("<h3>DETERMINA</h3><ol>" + "".join(f"<li>{e(p)}</li>" for p in act["determina"]) + "</ol>")
    r = act["resp"]
    b.append(f"""<div class="place">Carpenedolo, {act['sect_date']}</div>
<div class="sign"><div class="r">{e(r[2])}</div><div>{e(r[0])} {e(r[1])}</div>
<div class="d">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</div></div>""")
    # last page
    rows = "".join(f"<tr><td>{i[0]}</td><td>{i[1]}</td><td>{i[2]}</td><td>{e(i[3])}</td><td class='n'>{i[4]}</td></tr>"
                   for i in act["impegni"])
    fin = t["fin"]
    m = t["messo"]
    pb = act["pubbl"]
    b.append(f"""<div class="last">
<h2>VISTO DI REGOLARITÀ CONTABILE</h2>
<p class="small" style="text-align:center">attestante la copertura finanziaria (art. 147-bis e art. 183, comma 7, del D.Lgs. 267/2000)</p>
<p class="small">Il Responsabile dell'Area Economico-Finanziaria, esaminata la determinazione in oggetto, appone il visto di
regolarità contabile e attesta la copertura finanziaria della spesa, che trova imputazione come segue:</p>
<table class="imp"><tr><th>Esercizio</th><th>Impegno n.</th><th>Capitolo</th><th>Descrizione</th><th>Importo €</th></tr>{rows}</table>
<p class="small">Creditore: {e(act['creditor'])}</p>
<div class="place">Carpenedolo, {act['visto_date']}</div>
<div class="sign"><div class="r">{e(fin[2])}</div><div>{e(fin[0])} {e(fin[1])}</div>
<div class="d">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</div></div>
<div class="cert"><div class="t">CERTIFICATO DI PUBBLICAZIONE</div>
<div class="t">Registro delle pubblicazioni n. {pb['reg']}</div>
<p class="small">Si certifica che copia della presente determinazione viene pubblicata all'Albo Pretorio on line di questo
Comune per quindici giorni consecutivi, dal {pb['from']} al {pb['to']}, ai sensi dell'art. 32, comma 1, della Legge
18 giugno 2009, n. 69.</p><p class="small">Carpenedolo, {pb['from']}</p></div>
<div class="sign"><div class="r">{e(m[2])}</div><div>{e(m[0])} {e(m[1])}</div>
<div class="d">Documento firmato digitalmente ai sensi del D.Lgs. 82/2005</div></div>
</div>""")
    foot = ""
    if running_foot:
        foot = (f'<tfoot><tr><td><div class="foot">{e(t["address"])}<br>PEC: {e(t["pec"])}<span style="float:right">'
                f'Det. Reg. Gen. n. {act["reg_gen"]} del {act["reg_gen_date"]}</span></div></td></tr></tfoot>')
    if engine == "wkhtmltopdf":
        # the old Qt WebKit of wkhtmltopdf neither repeats a table head nor breaks pages inside a
        # table cell: the office's template for it is a plain flow, header once, foot at the end,
        # and a zoom that makes up for its 96 dpi.
        foot_div = (f'<div class="foot" style="margin-top:8mm">{e(t["address"])}<br>PEC: {e(t["pec"])}'
                    f'<span style="float:right">Det. Reg. Gen. n. {act["reg_gen"]} del {act["reg_gen_date"]}</span></div>')
        return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Determinazione n. {act['reg_gen']}/2028 - Comune di Carpenedolo</title><style>{CSS}
body {{ zoom: 1.3; }}</style></head>
<body>{head}<div style="height:5mm"></div>{''.join(b)}{foot_div}</body></html>"""
    return f"""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Determinazione n. {act['reg_gen']}/2028 - Comune di Carpenedolo</title><style>{CSS}</style></head>
<body><table class="page"><thead><tr><td>{head}</td></tr></thead>{foot}
<tbody><tr><td>{''.join(b)}</td></tr></tbody></table></body></html>"""


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    open(os.path.join(out, "A3.html"), "w").write(page(acts.BY_ID["A3"], True))
    open(os.path.join(out, "A4.html"), "w").write(page(acts.BY_ID["A4"], True, "wkhtmltopdf"))
