# -*- coding: utf-8 -*-
"""Comune di Codevigo, "Civilia Next" house style, as HTML.

python3 codevigo_html.py OUTDIR  -> writes codevigo-<n>.html for the acts
printed by Chromium (9, 12) and by wkhtmltopdf (15).
"""
import html
import os
import sys

from data import (codevigo, CODEVIGO_ROLL, CODEVIGO_RESP, CODEVIGO_SECRETARY,
                  CODEVIGO_PRESIDENT, dmy, day, DAY_WORDS, MONTHS)

CREST = """<svg width="58" height="70" viewBox="0 0 58 70" xmlns="http://www.w3.org/2000/svg">
<path d="M4 6 H54 V38 C54 56 40 64 29 68 C18 64 4 56 4 38 Z" fill="#e8eef7" stroke="#1d3f73" stroke-width="2"/>
<path d="M4 26 H54" stroke="#1d3f73" stroke-width="1.5"/>
<circle cx="29" cy="16" r="6" fill="#c8a43a"/>
<path d="M12 46 q8 -8 17 0 q9 8 17 0" fill="none" stroke="#1d3f73" stroke-width="2"/>
<path d="M12 54 q8 -8 17 0 q9 8 17 0" fill="none" stroke="#1d3f73" stroke-width="2"/>
</svg>"""

CSS_COMMON = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; }
.lh { display: table; width: 100%; border-bottom: 2px solid #1d3f73; padding-bottom: 6px; }
.lh > div { display: table-cell; vertical-align: middle; }
.lh .crest { width: 70px; }
.lh .ente { font-size: 17pt; font-weight: bold; color: #1d3f73; letter-spacing: 1px; }
.lh .prov { font-size: 10pt; }
.lh .orig { width: 110px; text-align: right; }
.lh .orig span { border: 1px solid #333; padding: 3px 8px; font-size: 9pt; font-weight: bold; }
h1 { font-size: 12.5pt; text-align: center; margin: 14px 0 8px 0; letter-spacing: 0.5px; }
table.hb { width: 100%; border-collapse: collapse; margin-bottom: 8px; }
table.hb td { border: 1px solid #555; padding: 4px 6px; vertical-align: top; font-size: 10pt; }
table.hb .lab { font-size: 8pt; color: #444; display: block; }
table.hb .val { font-weight: bold; }
.ogg { border: 1px solid #555; padding: 6px; margin-bottom: 10px; }
.ogg b { display: block; font-size: 8.5pt; color: #444; margin-bottom: 2px; }
.ogg p { margin: 0; font-weight: bold; }
p { margin: 0 0 6px 0; text-align: justify; }
table.roll { border-collapse: collapse; margin: 6px auto 8px auto; width: 80%; }
table.roll th, table.roll td { border: 1px solid #777; padding: 2px 8px; font-size: 10pt; }
table.roll th { background: #e8eef7; font-size: 9pt; }
table.roll td.c { text-align: center; width: 60px; }
.tot { text-align: center; font-size: 9.5pt; margin-bottom: 10px; }
.organ { text-align: center; font-weight: bold; margin: 10px 0 6px 0; }
.delibera { text-align: center; font-weight: bold; letter-spacing: 4px; margin: 8px 0; }
ol { margin: 0 0 8px 0; padding-left: 22px; }
ol li { text-align: justify; margin-bottom: 4px; }
.pareri { border-top: 1px solid #1d3f73; margin-top: 14px; padding-top: 6px; page-break-inside: avoid; }
.pareri h2 { font-size: 10pt; margin: 0 0 6px 0; }
.parere { margin-bottom: 8px; font-size: 9.5pt; }
.parere .firma { text-align: right; }
.sign { display: table; width: 100%; margin-top: 16px; page-break-inside: avoid; }
.sign > div { display: table-cell; width: 50%; text-align: center; }
.fd { font-size: 8pt; text-align: center; margin-top: 14px; color: #444; }
"""


def words_date(a):
    return "addì %s del mese di %s" % (DAY_WORDS[day(a["date"])], MONTHS[int(a["date"][5:7]) - 1])


def build(a, running_foot):
    e = html.escape
    n, d = a["number"], dmy(a["date"])
    css = CSS_COMMON
    if running_foot:
        css += """
@page { size: A4; margin: 16mm 16mm 20mm 18mm;
  @bottom-left { content: "Deliberazione di Giunta Comunale n. %d del %s"; font-family: 'Liberation Sans'; font-size: 8pt; color: #333; }
  @bottom-right { content: "Pag. " counter(page) " di " counter(pages); font-family: 'Liberation Sans'; font-size: 8pt; color: #333; }
}
""" % (n, d)
    else:
        css += "\n@page { size: A4; margin: 16mm 16mm 18mm 18mm; }\n"
    roll_rows = []
    npres = 0
    for name, role in CODEVIGO_ROLL:
        present = name not in a["absent"]
        npres += present
        roll_rows.append("<tr><td>%s</td><td>%s</td><td class=c>%s</td><td class=c>%s</td></tr>"
                         % (e(name), role, "X" if present else "", "" if present else "X"))
    st, sr, sn = CODEVIGO_SECRETARY
    pt, pr, pn = CODEVIGO_PRESIDENT
    area = a["area"]
    pareri = ["""<div class=parere><b>PARERE DI REGOLARITÀ TECNICA</b><br>
Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica della proposta di deliberazione n. %d del %s.
<div class=firma>Codevigo, %s<br>Il Responsabile dell'%s<br>%s<br><i>(firmato digitalmente)</i></div></div>"""
              % (a["proposal_number"], dmy(a["proposal_date"]), dmy(a["proposal_date"]), area, CODEVIGO_RESP[area])]
    if a["contabile"]:
        pareri.append("""<div class=parere><b>PARERE DI REGOLARITÀ CONTABILE</b><br>
Si esprime parere FAVOREVOLE in ordine alla regolarità contabile e si attesta la copertura finanziaria della spesa.
<div class=firma>Codevigo, %s<br>Il Responsabile dell'Area Economico-Finanziaria<br>%s<br><i>(firmato digitalmente)</i></div></div>"""
                      % (dmy(a["proposal_date"]), CODEVIGO_RESP["Area Economico-Finanziaria"]))
    else:
        pareri.append("""<div class=parere><b>PARERE DI REGOLARITÀ CONTABILE</b><br>
Non dovuto: la proposta non comporta riflessi diretti o indiretti sulla situazione economico-finanziaria o sul patrimonio dell'ente.</div>""")
    body = """<!DOCTYPE html><html lang=it><head><meta charset="utf-8"><title>Deliberazione di Giunta Comunale n. {n} del {d}</title>
<style>{css}</style></head><body>
<div class=lh><div class=crest>{crest}</div><div><div class=ente>COMUNE DI CODEVIGO</div><div class=prov>Provincia di Padova</div></div>
<div class=orig><span>ORIGINALE</span></div></div>
<h1>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</h1>
<table class=hb><tr>
<td style="width:18%"><span class=lab>Numero</span><span class=val>{n}</span></td>
<td style="width:22%"><span class=lab>Data</span><span class=val>{d}</span></td>
<td style="width:25%"><span class=lab>Proposta</span><span class=val>n. {pn_} del {pd}</span></td>
<td><span class=lab>Ufficio proponente</span><span class=val>{po}</span></td></tr></table>
<div class=ogg><b>OGGETTO:</b><p>{subj}</p></div>
<p>L'anno duemilaventotto, {wd}, alle ore {t}, nella sala delle adunanze della sede municipale, previa convocazione nei modi di legge, si è riunita la Giunta Comunale nelle persone dei signori:</p>
<table class=roll><tr><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>
{rows}</table>
<div class=tot>Totale presenti: {np} &nbsp;&nbsp; Totale assenti: {na}</div>
<p>Partecipa alla seduta la {st} {sn}, {sr}, che provvede alla redazione del presente verbale.</p>
<p>Il {pt} {pn}, nella sua qualità di {pr}, assunta la presidenza e constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.</p>
<div class=organ>LA GIUNTA COMUNALE</div>
{prem}
<p>{vote}</p>
<div class=delibera>DELIBERA</div>
<ol>{points}</ol>
{ie}
<div class=pareri><h2>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000</h2>{pareri}</div>
<p style="margin-top:14px">Letto, confermato e sottoscritto.</p>
<div class=sign><div>IL SINDACO<br><br>{pn}</div><div>IL SEGRETARIO COMUNALE<br><br>{st} {sn}</div></div>
<div class=fd>Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.</div>
</body></html>""".format(
        n=n, d=d, css=css, crest=CREST, pn_=a["proposal_number"], pd=dmy(a["proposal_date"]),
        po=e(a["proposing_office"]), subj=e(a["subject"]), wd=words_date(a), t=a["time"],
        rows="\n".join(roll_rows), np=npres, na=len(CODEVIGO_ROLL) - npres,
        st=st, sn=sn, sr=sr, pt=pt, pn=pn, pr=pr,
        prem="\n".join("<p>%s</p>" % e(p) for p in a["premises"]),
        vote=e(a["vote_text"]),
        points="".join("<li>%s</li>" % e(p) for p in a["points"]),
        ie=("<p>%s</p>" % e(a["ie_text"])) if a["ie_text"] else
           "<p>La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.</p>",
        pareri="\n".join(pareri))
    return body


if __name__ == "__main__":
    out = sys.argv[1]
    for a in codevigo:
        if a["number"] in (9, 12):
            html_text = build(a, running_foot=True)
        elif a["number"] == 15:
            html_text = build(a, running_foot=False)
        else:
            continue
        with open(os.path.join(out, "codevigo-%d.html" % a["number"]), "w", encoding="utf-8") as f:
            f.write(html_text)
