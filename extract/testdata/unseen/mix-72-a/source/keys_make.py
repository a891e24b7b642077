# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
S = os.path.dirname(os.path.abspath(__file__)); D = S + "/.."
sys.path.insert(0, S); sys.dont_write_bytecode = True
from acts import D as A
def base(k, kind):
    a = A[k]; act = {"municipality": a["muni"]}
    if a.get("organ"): act["organ"] = a["organ"]
    if a.get("office"): act["office"] = a["office"]
    act["kind"] = kind
    if a.get("number"): act["number"] = a["number"]
    if a.get("sector"): act["sector_number"] = a["sector"]
    act["date"] = a["date"]
    if a.get("time"): act["time"] = a["time"]
    if a.get("prop"): act["proposal_number"] = a["prop"]; act["proposal_date"] = a["propiso"]
    act["subject"] = a["subject"]
    return a, act
def rec(k, kind, what, role="act", **extra):
    a, act = base(k, kind); act.update(extra)
    r = {"file": a["file"], "role": role, "what": what}
    if "points" in a: r["operative_points"] = len(a["points"])
    r["act"] = act; return r
def delib(k, what, president, **extra):
    a = A[k]
    return rec(k, "deliberazione", what, attendees=[{"name": n, "role": r, "present": p} for n, r, p in a["att"]],
               president=president, secretary={"title": a["secretary"][0], "role": a["secretary"][1], "name": a["secretary"][2]},
               vote="unanimous", immediately_executive=True, **extra)
P = A["pianoro_del"]
K = [
 delib("pianoro_del", "Giunta deliberation 38/2026 of Pianoro (BO): letterhead and rotated Albo stamp as Form XObjects, body drawn before the header, Tw-justified lines, Tc-spaced headings; number/date in a box 'Deliberazione n. 38 del 17/03/2026'; roll as a table with X under Presenti/Assenti; signatures on page 2 (ReportLab)",
       {"role": "Sindaca", "name": "MARCHI FRANCESCA"}),
 rec("pianoro_det", "determinazione", "determinazione of the Settore Lavori Pubblici e Patrimonio of Pianoro: register box at the top right (Reg. Gen. 211, Data 19/03/2026, Reg. Settore 47, Proposta n. 255 del 16/03/2026); every glyph its own text object, values drawn before labels; same Form XObject letterhead and rotated stamp as the deliberation (ReportLab)"),
 {"file": "attestazione-pianoro-fpdf.pdf", "role": "certificate", "what": "certificate of publication of Giunta deliberation 38/2026 of Pianoro (published 20/03–04/04/2026, Reg. pubbl. 612, signed 06/04/2026), fpdf2 with DejaVu Identity-H CID fonts",
  "act": {"municipality": "Comune di Pianoro", "kind": "attestazione", "number": P["number"], "date": P["date"], "subject": P["subject"]}},
 delib("valsa_del", "Giunta deliberation 41/2026 of Valsamoggia (BO): 'N. 41 del 18.3.2026', running head on the page, roll as a Word table with P / AG (assente giustificato) columns; Word template through LibreOffice",
       {"role": "Sindaco", "name": "Daniele Gamberini"}),
 rec("valsa_det", "determinazione", "determinazione of the Area Gestione del Territorio – Servizio Ambiente of Valsamoggia: header table with merged cells (Area – Servizio merged across four cells; 'DETERMINAZIONE N. 198 | DEL | 20/03/2026'; 'N. Area 52/2026'); running head and foot (python-docx, LibreOffice)"),
 {"file": "allegato-valsamoggia-calc.pdf", "role": "attachment", "what": "Allegato A) to Giunta deliberation 41/2026 of Valsamoggia: spreadsheet of the social transport services (openpyxl -> LibreOffice Calc, merged title rows, totals by formula)",
  "act": {"municipality": "Comune di Valsamoggia"}},
 rec("agliana_ord", "ordinanza", "ordinanza 27/2026 of the Settore Polizia Municipale of Agliana (PT), signed by the Comandante: CSS-grid label block (Ordinanza n. 27, Data 19/03/2026, Settore, Prot.) under the letterhead (headless Chromium)"),
 rec("agliana_det", "determinazione", "determinazione dirigenziale of the Settore Servizi Tecnici – Servizio Lavori Pubblici of Agliana: two-column label grid (N. Registro Generale 154, N. Registro di Settore 36, Data di adozione 16/03/2026), premises set in two CSS columns (headless Chromium)"),
 rec("agliana_avv", "avviso", "unnumbered avviso of the Settore Servizi alla Persona – Servizi Sociali of Agliana (utility bills contributions); the title is the subject; date only at the foot 'Agliana, 17/03/2026' (wkhtmltopdf)", role="notice"),
 rec("tr_dec", "decreto", "decreto del Sindaco 5/2026 of Terre Roveresche (PU): ruled grid 'Decreto n. 5 / Data 12 marzo 2026', letter-spaced headings (pdfLaTeX, microtype), footer on the page"),
 rec("tr_det", "determinazione", "determinazione of the Area Tecnica – Servizio Manutenzioni e Patrimonio of Terre Roveresche: tbl box with a spanned first row and 'Determinazione n. 87 del 18.3.2026 / N. di Area 23' (groff -ms + tbl, gropdf)"),
 delib("tr_del", "Giunta deliberation 19/2026 of Terre Roveresche as an 80-column Courier print in capitals: 'NUMERO : 19   DATA : 16.3.2026', roll in two columns side by side with P/A (enscript + Ghostscript)",
       {"role": "SINDACO", "name": "SORCINELLI ANTONIO"}),
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    strs += [("attendee", x["name"]) for x in a.get("attendees", [])] + [(f, a[f]["name"]) for f in ("president", "secretary") if f in a]
    # municipality and organ/office are compared case-insensitively (letterheads print them in capitals)
    miss = [(f, s) for f, s in strs if (s not in txt if f in ("subject", "attendee", "president", "secretary") else s.lower() not in txt.lower())]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
