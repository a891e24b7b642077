"""Comune di Meldola - Allegato A to a determinazione: list of admitted
applications in two CSS columns, running head repeated with position:fixed;
printed by headless Chromium (see build.sh)."""
import random, sys
random.seed(113)
rows = []
for i in range(1, 141):
    ident = "%06d" % random.randint(100000, 999999)
    fascia = random.choice([1, 1, 1, 2])
    school = random.choice(["Sec. I gr.", "Sec. I gr.", "Sec. II gr.", "Sec. II gr.", "Sec. II gr."])
    amount = {("Sec. I gr.", 1): 165.0, ("Sec. I gr.", 2): 115.0,
              ("Sec. II gr.", 1): 240.0, ("Sec. II gr.", 2): 168.0}[(school, fascia)]
    amount = amount - random.choice([0, 0, 0, 12.5, 23.8, 41.2])
    rows.append((i, ident, school, fascia, amount))
total = sum(r[4] for r in rows)
def eur(x):
    s = "%.2f" % x
    a, b = s.split(".")
    if len(a) > 3:
        a = a[:-3] + "." + a[-3:]
    return a + "," + b
items = "\n".join(
    f'<tr><td class="n">{n}</td><td>ERGO-2026-{ident}</td><td>{sc}</td><td class="c">{fa}</td><td class="r">{eur(am)}</td></tr>'
    for n, ident, sc, fa, am in rows)
half = (len(rows) + 1) // 2
def table(part):
    body = "\n".join(
        f'<tr><td class="n">{n}</td><td>ERGO-2026-{ident}</td><td>{sc}</td><td class="c">{fa}</td><td class="r">{eur(am)}</td></tr>'
        for n, ident, sc, fa, am in part)
    return ('<table class="list"><thead><tr><th>n.</th><th>ID domanda</th><th>Scuola</th><th>Fascia</th><th>Euro</th></tr></thead>'
            f'<tbody>{body}</tbody></table>')
html = f"""<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8">
<title>Allegato A - Determinazione n. 15/2027</title>
<style>
@page {{ size: A4; margin: 1.0cm 1.8cm 1.6cm 1.8cm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; }}
.runhead {{ position: fixed; top: 0; left: 0; right: 0; font-size: 7.5pt; color: #555;
           border-bottom: 0.5pt solid #7a121a; padding-bottom: 2pt; }}
.runhead span {{ float: right; }}
.lh {{ display: flex; align-items: center; gap: 12pt; margin-bottom: 10pt; }}
.lh .name {{ color: #7a121a; font-weight: bold; font-size: 15pt; }}
.lh .prov {{ font-style: italic; font-size: 9.5pt; }}
h1 {{ font-size: 11pt; text-align: center; margin: 8pt 0 2pt 0; }}
h2 {{ font-size: 10pt; text-align: center; font-weight: normal; margin: 0 0 10pt 0; }}
.cols {{ column-count: 2; column-gap: 0.8cm; column-rule: 0.4pt solid #999; }}
table {{ width: 100%; border-collapse: collapse; font-size: 8pt; }}
th {{ background: #eee; border-bottom: 0.6pt solid #333; text-align: left; padding: 1.5pt 3pt; }}
table.list td {{ padding: 1.2pt 3pt; border-bottom: 0.3pt solid #ccc; }}
td.r {{ text-align: right; }} td.c {{ text-align: center; }} td.n {{ color: #666; text-align: right; }}
.page, .page > tbody > tr > td {{ border: none; padding: 0; }} td.spacer {{ height: 0.9cm; border: none; }} .page {{ width: 100%; }}
.note {{ margin-top: 10pt; font-size: 8.5pt; text-align: justify; }}
.tot {{ margin-top: 6pt; font-weight: bold; text-align: right; }}
.sign {{ margin-top: 18pt; margin-left: 55%; text-align: center; font-size: 9pt; }}
</style></head><body>
<table class="page"><thead><tr><td class="spacer"></td></tr></thead><tbody><tr><td class="pagecell">
<div class="runhead">Comune di Meldola – Allegato A alla determinazione n. 15 del 13/01/2027<span>Area Servizi alla Persona</span></div>
<div class="lh">
<svg width="40" height="52" viewBox="0 0 42 66"><rect x="4" y="0" width="34" height="8" fill="#786e64"/>
<path d="M0 10 H42 V44 L21 66 L0 44 Z" fill="#7a121a" stroke="#000"/><rect x="0" y="27" width="42" height="7" fill="#f0c83c"/></svg>
<div><div class="name">COMUNE DI MELDOLA</div><div class="prov">Provincia di Forlì-Cesena</div></div>
</div>
<h1>ALLEGATO A</h1>
<h2>Contributi per l'acquisto dei libri di testo – anno scolastico 2026/2027 (L.R. 26/2001)<br>
Elenco delle domande ammesse, residenti nel Comune di Meldola</h2>
<div class="cols">{table(rows)}</div>
<div class="tot">Totale domande ammesse: {len(rows)} – Totale contributi: euro {eur(total)}</div>
<div class="note">Le domande sono identificate con il numero assegnato dall'applicativo regionale ER.GO, nel rispetto
della normativa sulla protezione dei dati personali (Regolamento UE 2016/679). Fascia 1: ISEE da 0 a 10.632,94 euro;
fascia 2: ISEE da 10.632,95 a 15.748,78 euro. Gli importi sono riproporzionati sulla base del riparto regionale.</div>
<div class="sign">Il Responsabile del procedimento<br>Elisa Bandini</div>
</td></tr></tbody></table>
</body></html>"""
open(sys.argv[1], "w").write(html)
