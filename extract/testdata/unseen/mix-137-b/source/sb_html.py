# Sala Baganza, house style "civilianext": HTML printed by Chromium (01, 02) and wkhtmltopdf (05, 06).
import sys, html, os
from data import ACTS, dmy, DAYS_W

E = html.escape

def roll_table(a, wk):
    rows = []
    for i, r in enumerate(a["roll"], 1):
        p = "X" if r["present"] else ""
        ab = "" if r["present"] else ("AG" if r["justified"] else "A")
        rows.append(f"<tr><td class=c>{i}</td><td>{E(r['name'])}</td><td>{E(r['role'])}</td>"
                    f"<td class=c>{p}</td><td class=c>{ab}</td><td class=note>{E(r['note'])}</td></tr>")
    np = sum(r["present"] for r in a["roll"])
    na = len(a["roll"]) - np
    return f"""<table class=roll><thead><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Pres.</th><th>Ass.</th><th>Annotazioni</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p class=tot>Presenti n. {np} &nbsp;&nbsp;&nbsp; Assenti n. {na} &nbsp;&nbsp;&nbsp; <span class=leg>(AG = assente giustificato; A = assente)</span></p>"""

def vote_text(a):
    c = a["counts"]
    if a["vote"] == "unanimous":
        return f"Con voti unanimi favorevoli, espressi in forma palese per alzata di mano dai n. {c['present']} Consiglieri presenti e votanti,"
    parts = [f"favorevoli n. {c['in_favour']}"]
    parts.append(f"contrari n. {c['against']}" + (f" ({', '.join(a['against_names'])})" if a['against_names'] else ""))
    parts.append(f"astenuti n. {c['abstained']}" + (f" ({', '.join(a['abst_names'])})" if a['abst_names'] else ""))
    return f"Con voti {', '.join(parts)}, espressi in forma palese per alzata di mano dai n. {c['present']} Consiglieri presenti,"

def page(a):
    chromium = a["producer"] == "chromium"
    d = dmy(a["date"])
    day = int(a["date"][8:])
    pres, seg = a["president"], a["secretary"]
    pts = "".join(f"<li>{E(p)}</li>" for p in a["points"])
    running = f"Comune di Sala Baganza &ndash; Deliberazione del Consiglio Comunale n. {a['number']} del {d}"
    stamp = ""
    if a["number"] == 2:
        stamp = "<div class=stamp>PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 18/01/2029 AL 02/02/2029 &ndash; REG. PUBBL. N. 47</div>"
    imm = ""
    if a["imm"]:
        imm = f"<p>Successivamente, stante l'urgenza, con separata votazione che dà il medesimo esito ({vote_text(a)[9:-1]}), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.</p>"
    if chromium:
        fixed = f"<table class=lay><thead><tr><th><div class=runhead>{running}</div></th></tr></thead><tfoot><tr><td><div class=runfoot>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 &ndash; {running}</div></td></tr></tfoot><tbody><tr><td>"
        fixed_end = "</td></tr></tbody></table>"
    else:
        fixed = fixed_end = ""
    return f"""<!DOCTYPE html><html lang=it><head><meta charset=utf-8><title>Delibera CC {a['number']}/2029</title>
<style>
@page {{ size: A4; margin: 16mm 16mm 14mm 14mm; }}
body {{ padding-left: 9mm; font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; text-align: justify; }}
.head {{ display: table; width: 100%; border-bottom: 2px solid #1d3f6e; padding-bottom: 6px; }}
.crest {{ display: table-cell; width: 60px; vertical-align: middle; }}
.crest div {{ width: 48px; height: 58px; border: 2px solid #1d3f6e; border-radius: 0 0 24px 24px; background: #dfe7f2; }}
.ente {{ display: table-cell; vertical-align: middle; }}
.ente h1 {{ font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; white-space: nowrap; text-align: left; letter-spacing: 4px; margin: 0; color: #1d3f6e; }}
.ente p {{ margin: 0; font-size: 9.5pt; letter-spacing: 1px; }}
.numbox {{ display: table-cell; width: 150px; vertical-align: middle; text-align: center; border: 1px solid #1d3f6e; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.numbox b {{ font-size: 12pt; }}
h2 {{ font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; text-align: center; margin: 12px 0 2px 0; letter-spacing: 2px; }}
.sess {{ text-align: center; font-size: 9.5pt; margin: 0 0 8px 0; }}
.ogg {{ border: 1px solid #999; padding: 6px 8px; margin: 8px 0; font-weight: bold; }}
.prop {{ font-size: 9pt; color: #333; margin: 0 0 8px 0; }}
table.roll {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; font-family: 'DejaVu Sans', sans-serif; }}
table.roll th, table.roll td {{ border: 1px solid #777; padding: 2px 5px; text-align: left; }}
td.c {{ text-align: center !important; width: 38px; }}
td.note {{ font-style: italic; font-size: 8.5pt; }}
.tot {{ font-size: 9.5pt; }} .leg {{ font-size: 8.5pt; }}
.center {{ text-align: center; font-weight: bold; letter-spacing: 3px; margin: 10px 0; }}
ol li {{ margin-bottom: 4px; }}
.firme {{ display: table; width: 100%; margin-top: 24px; page-break-inside: avoid; }}
.firme div {{ display: table-cell; width: 50%; text-align: center; }}
.runhead {{ font-size: 8pt; color: #555; text-align: right; border-bottom: 0.5px solid #aaa; padding-bottom: 2px; margin-bottom: 6px; font-weight: normal; }}
table.lay {{ width: 100%; border-collapse: collapse; }} table.lay > thead > tr > th, table.lay > tfoot > tr > td {{ padding: 0; font-weight: normal; }}
.runfoot {{ font-size: 7.5pt; color: #555; text-align: center; border-top: 0.5px solid #aaa; margin-top: 6px; padding-top: 2px; }}
.stamp {{ position: absolute; left: 0; top: 230mm; width: 150mm; transform: rotate(-90deg); transform-origin: left top; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #8a1c1c; border: 1px solid #8a1c1c; padding: 2px 4px; }}
</style></head><body>
{fixed}{stamp}
<div class=head><div class=crest><div></div></div>
<div class=ente><h1>COMUNE DI SALA BAGANZA</h1><p>Provincia di Parma</p><p>Piazza della Gioventù, 1 &ndash; 43038 Sala Baganza (PR)</p></div>
<div class=numbox>ORIGINALE<br>Deliberazione n. <b>{a['number']}</b><br>del {d}</div></div>
<h2>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</h2>
<p class=sess>Adunanza ordinaria di prima convocazione &ndash; seduta pubblica</p>
<div class=ogg>OGGETTO: {E(a['subject'])}</div>
<p class=prop>Proposta n. {a['proposal_number']}/2029 &ndash; Ufficio proponente: {E(a['proposing_office'])}</p>
<p>L'anno duemilaventinove, addì {DAYS_W[day]} del mese di gennaio, alle ore {a['time']}, nella Sala consiliare della Rocca Sanvitale, previa osservanza delle formalità prescritte dalla legge e dallo Statuto, sono stati convocati a seduta i componenti del Consiglio Comunale. All'appello risultano:</p>
{roll_table(a, not chromium)}
<p>Partecipa alla seduta il {seg['role']} {seg['title']} {seg['name']}, che provvede alla redazione del presente verbale.</p>
<p>Essendo legale il numero degli intervenuti, il {pres['title']} {pres['name']}, nella sua qualità di {pres['role']}, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.</p>
<p class=center>IL CONSIGLIO COMUNALE</p>
<p>{E(a['premise'])}</p>
<p>Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;</p>
<p>{E(vote_text(a))}</p>
<p class=center>DELIBERA</p>
<ol>{pts}</ol>
{imm}
<p>Letto, confermato e sottoscritto.</p>
<div class=firme><div>IL {pres['role'].upper()}<br>{pres['title']} {pres['name']}</div><div>IL {seg['role'].upper()}<br>{seg['title']} {seg['name']}</div></div>
<p style="font-size:8pt;text-align:center;margin-top:14px">Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 7 marzo 2005, n. 82</p>
{fixed_end}</body></html>"""

if __name__ == "__main__":
    out = sys.argv[1]
    for a in ACTS:
        if a["comune"] == "SB":
            open(os.path.join(out, a["file"].replace(".pdf", ".html")), "w").write(page(a))
