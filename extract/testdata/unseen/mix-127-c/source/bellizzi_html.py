# -*- coding: utf-8 -*-
"""Bellizzi's Sicraweb house style as HTML (printed by Chromium or wkhtmltopdf).

usage: python3 bellizzi_html.py FILE.pdf OUT.html chromium|wkhtml
"""
import html
import sys

import data

CREST = """<svg width="58" height="70" viewBox="0 0 58 70" xmlns="http://www.w3.org/2000/svg">
<path d="M4 4 H54 V38 C54 56 40 64 29 68 C18 64 4 56 4 38 Z" fill="#1d4e89" stroke="#a07c1c" stroke-width="3"/>
<path d="M14 20 H44 M14 30 H44 M14 40 H44" stroke="#f2d16b" stroke-width="4"/>
<circle cx="29" cy="52" r="6" fill="#f2d16b"/></svg>"""


def e(s):
    return html.escape(s, quote=False)


def build(a, engine):
    m = a["muni"]
    num, d = a["number"], data.dmy(a["date"])
    giunta = a["organ"] == "Giunta Comunale"
    organ_up = "GIUNTA COMUNALE" if giunta else "CONSIGLIO COMUNALE"
    pres, sec = a["president"], a["secretary"]
    foot = f"Deliberazione {'della Giunta' if giunta else 'del Consiglio'} Comunale n. {num} del {d}"
    css = """
    @page { size: A4; margin: 18mm 17mm 22mm 20mm; }
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#111; }
    .lh { width:100%; border-collapse: collapse; border-bottom: 2px solid #1d4e89; }
    .lh td { vertical-align: middle; padding-bottom: 6px; }
    .lh .t { margin-left: 14px; }
    .lh .n { font-size: 19pt; font-weight: bold; color:#1d4e89; }
    .lh .p { font-size: 10pt; }
    .lh .a { font-size: 8pt; color:#444; }
    table.box { width:100%; border-collapse: collapse; margin-top:10px; }
    table.box td { border: 1px solid #333; padding: 4px 6px; vertical-align: top; }
    .kind { font-weight:bold; font-size: 12pt; letter-spacing: 0.22em; text-align:center; }
    .orig { text-align:center; font-weight:bold; width: 22%; }
    .lbl { font-size: 8pt; color:#555; display:block; }
    .val { font-weight: bold; font-size: 11pt; }
    p { text-align: justify; margin: 5px 0; line-height: 1.32; }
    table.roll { border-collapse: collapse; margin: 6px auto; width: 88%; font-size: 9.5pt; }
    table.roll th, table.roll td { border: 1px solid #444; padding: 2px 6px; }
    table.roll th { background: #e4e9f1; }
    table.roll td.c { text-align:center; width: 14%; }
    .tot { text-align:center; font-weight:bold; margin: 4px 0 8px 0; }
    .cap { text-align:center; font-weight:bold; margin: 10px 0 6px 0; font-size: 11pt; }
    ol { margin: 4px 0 4px 0; padding-left: 24px; }
    ol li { text-align: justify; margin-bottom: 4px; line-height: 1.32; }
    table.par { width:100%; border-collapse: collapse; font-size: 9pt; margin-top: 12px; page-break-inside: avoid; }
    table.par td { border: 1px solid #777; padding: 4px 6px; vertical-align: top; }
    table.sig { width:100%; margin-top: 18px; page-break-inside: avoid; }
    table.sig td { width:50%; text-align:center; vertical-align: top; padding: 2px; }
    .note { font-size: 7.5pt; color:#444; text-align:center; margin-top: 14px; }
    .foot { position: fixed; bottom: -12mm; left: 0; right: 0; font-size: 7.5pt; color:#333;
            border-top: 0.5px solid #999; padding-top: 2px; display:flex; justify-content: space-between; }
    """
    if engine == "wkhtml":
        css += " body { zoom: 1.32; } .kind { letter-spacing: 0.08em; } "
    out = [f"<!DOCTYPE html><html lang='it'><head><meta charset='utf-8'><title>{e(foot)}</title><style>{css}</style></head><body>"]
    if engine == "chromium":
        out.append(f"<div class='foot'><span>{e(m['name'].title().replace('Di', 'di'))} – Sicraweb Atti</span><span>{e(foot)}</span></div>")
    out.append(f"<table class='lh'><tr><td style='width:66px'>{CREST}</td><td class='t'><div class='n'>{e(m['name'])}</div>"
               f"<div class='p'>{e(m['prov'])}</div><div class='a'>{e(m['addr'])} – PEC: {e(m['pec'])}</div></td></tr></table>")
    out.append("<table class='box'><tr>"
               f"<td class='kind' colspan='2'>DELIBERAZIONE DEL{'LA' if giunta else ''} {organ_up}</td>"
               "<td class='orig'>ORIGINALE</td></tr><tr>"
               f"<td><span class='lbl'>Numero</span><span class='val'>N. {num}</span></td>"
               f"<td><span class='lbl'>Data</span><span class='val'>{d}</span></td>"
               f"<td><span class='lbl'>Proposta</span><span class='val'>{a['proposal_number']}/2028</span></td></tr>")
    if not giunta:
        out.append(f"<tr><td colspan='3' style='text-align:center;font-size:9pt'>{e(a['seduta'])}</td></tr>")
    out.append(f"<tr><td colspan='3'><b>OGGETTO:</b> <b>{e(a['subject'])}</b></td></tr></table>")
    where = ("nella Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale con "
             "l'intervento dei signori:") if giunta else (
             "nella Sala consiliare \"Sandro Pertini\", a seguito di convocazione prot. n. 4630 del "
             f"{'14/03/2028' if num == 9 else '21/03/2028'}, regolarmente notificata, si è riunito in "
             "sessione ordinaria il Consiglio Comunale. All'appello nominale risultano:")
    out.append(f"<p>L'anno duemilaventotto, {a['date_words']}, alle ore {a['time']}, {where}</p>")
    out.append("<table class='roll'><tr><th>N.</th><th>Cognome e Nome</th><th>Carica</th><th>Presente</th><th>Assente</th></tr>")
    for i, (n, r, p) in enumerate(a["roll"], 1):
        out.append(f"<tr><td class='c'>{i}</td><td>{e(n)}</td><td>{e(r)}</td>"
                   f"<td class='c'>{'SI' if p else 'NO'}</td><td class='c'>{'NO' if p else 'SI'}</td></tr>")
    out.append("</table>")
    pc = data.present_count(a)
    out.append(f"<div class='tot'>Presenti n. {pc} &nbsp;&nbsp;&nbsp; Assenti n. {len(a['roll']) - pc}</div>")
    out.append(f"<p>Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione "
               f"(art. 97, comma 4, lett. a, D.Lgs. 267/2000), il {sec['role']} {sec['title']} {e(sec['name'])}.</p>")
    if giunta:
        fem = pres.get("fem")
        out.append(f"<p>Presiede la seduta {'la' if fem else 'il'} {pres['role']} {pres['title']} {e(pres['name'])}"
                   f"{', in assenza del Sindaco,' if pres['role'] != 'Sindaco' else ''} {'la' if fem else 'il'} quale, constatato il numero legale "
                   "degli intervenuti, dichiara aperta la riunione e invita i presenti a deliberare sull'oggetto sopra indicato.</p>")
        out.append(f"<p>{e(a['event'])}</p>")
    else:
        out.append(f"<p>Presiede la seduta il {pres['role']}, {pres['title']} {e(pres['name'])}, il quale, riconosciuta la "
                   "validità del numero legale, dichiara aperta la seduta e pone in discussione l'argomento in oggetto, "
                   "iscritto al punto n. 3 dell'ordine del giorno.</p>")
        out.append(f"<p>{e(a['event'])}</p>")
    out.append(f"<div class='cap'>{'LA GIUNTA COMUNALE' if giunta else 'IL CONSIGLIO COMUNALE'}</div>")
    out.append(f"<p>Vista la proposta di deliberazione n. {a['proposal_number']} del {data.dmy(a['proposal_date'])}, "
               f"predisposta dal {e(a['proposing_office'])}, avente ad oggetto quanto in epigrafe;</p>")
    for par in a["premessa"]:
        out.append(f"<p>{e(par)}</p>")
    out.append(f"<p>{e(a['vote_text'])}</p>")
    out.append("<div class='cap'>DELIBERA</div><ol>")
    for pt in a["points"]:
        out.append(f"<li>{e(pt)}</li>")
    out.append("</ol>")
    if a.get("ie_text"):
        out.append(f"<p>{e(a['ie_text'])}</p>")
    if a.get("exec_note"):
        out.append(f"<p><i>{e(a['exec_note'])}</i></p>")
    out.append("<table class='par'>")
    for kind, who, name, dt in a["pareri"]:
        out.append(f"<tr><td style='width:32%'><b>PARERE DI {kind}</b><br>(art. 49 D.Lgs. 267/2000)</td>"
                   f"<td>Si esprime parere <b>FAVOREVOLE</b>.<br>{e(who)}<br>{e(name)} – data {dt}</td></tr>")
    out.append("</table>")
    ptitle = ("IL SINDACO" if pres["role"] == "Sindaco" else "IL PRESIDENTE")
    out.append("<p style='margin-top:14px'>Letto, confermato e sottoscritto.</p>")
    out.append(f"<table class='sig'><tr><td>{ptitle}<br>{pres['title']} {e(pres['name'])}</td>"
               f"<td>IL {sec['role'].upper()}<br>{sec['title']} {e(sec['name'])}</td></tr></table>")
    out.append("<div class='note'>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
               "che sostituisce il documento cartaceo e la firma autografa.</div>")
    out.append("</body></html>")
    return "\n".join(out)


if __name__ == "__main__":
    f, outp, engine = sys.argv[1:4]
    with open(outp, "w", encoding="utf-8") as fh:
        fh.write(build(data.BY_FILE[f], engine))
