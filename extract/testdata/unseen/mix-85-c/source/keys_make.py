# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
# The rolls of the seven Consiglio minutes are keyed from acts.py (the same invented data the generators print);
# each was read back against the rendered page.
import json, subprocess, re, os, sys
S = os.path.dirname(os.path.abspath(__file__)); D = S + "/.."
sys.path.insert(0, S); sys.dont_write_bytecode = True
from acts import ACTS
def delib(file, key, what, municipality, organ, roles=None):
    a = ACTS[key]; v = a["vote"]
    att = [{"name": r["name"], "role": (roles or {}).get(r["role"], r["role"]), "present": r["present"]} for r in a["roll"]]
    return {"file": file, "role": "act", "what": what, "operative_points": len(a["points"]),
            "act": {"municipality": municipality, "organ": organ, "kind": "deliberazione", "number": a["n"], "date": a["date"], "time": a["time"],
                    "subject": a["subject"], "attendees": att, "president": {"role": a["pres"][0], "name": a["pres"][1]},
                    "secretary": {"title": a["sec"][0], "role": a["sec"][1], "name": a["sec"][2]},
                    "vote": "unanimous" if v[3] == 0 and v[4] == 0 else "majority",
                    "vote_counts": {"present": v[0], "voters": v[1], "in_favour": v[2], "against": v[3], "abstained": v[4]},
                    "immediately_executive": a["ie"]}}
K = [
delib("deliberazione-pretoro-writer.pdf", "pretoro", "Consiglio comunale deliberation 7/2026, date in words, bordered roll table N./name/Carica/Gruppo/Presenza with 'Presente'/'Assente giust.', entrance after the roll, vote as a 5-column table (HTML opened as Writer document, LibreOffice)",
      "Comune di Pretoro", "Consiglio Comunale"),
delib("deliberazione-montesanmartino-reportlab.pdf", "montesanmartino", "Consiglio comunale deliberation 5/2026 'n. 5 del 27.3.2026', roll with X marks in P/A columns, justified text (Tw), 2 pages, majority vote with one abstention (reportlab platypus)",
      "Comune di Monte San Martino", "Consiglio Comunale"),
delib("deliberazione-farindola-hypersic.pdf", "farindola", "Consiglio comunale deliberation 11/2026 in a boxed register line; roll split in two side-by-side column groups, roles only as '(Sindaco)'/'(Pres.)' after the name, group names truncated in the cells (fpdf2)",
      "Comune di Farindola", "Consiglio Comunale", roles={"Presidente del Consiglio": "Presidente del Consiglio"}),
delib("deliberazione-roccapia-halley.pdf", "roccapia", "Consiglio comunale deliberation 4/2026 'N. 4 DEL 19-03-2026': every glyph drawn on its own, justified lines by moved words, roll columns drawn cell by cell, Albo stamp rotated 90° in the left margin; not immediately executive",
      "Comune di Rocca Pia", "Consiglio Comunale"),
delib("deliberazione-tossicia-groff.pdf", "tossicia", "Consiglio comunale deliberation 9/2026 set by groff -ms + tbl, hyphenated justified text, running foot with page number, no entrances, 2 pages",
      "Comune di Tossicia", "Consiglio Comunale"),
delib("deliberazione-unionemaiellaorientale-wkhtml.pdf", "unione", "deliberation 3/2026 of the Consiglio of an Unione dei Comuni Montani; group column holds the member Comune; wkhtmltopdf with 'Pagina 1 di 1' footer",
      "Unione dei Comuni Montani Maiella Orientale - Verde Aventino", "Consiglio dell'Unione"),
delib("deliberazione-lapedona-xobject.pdf", "lapedona", "Consiglio comunale deliberation 10/2026; letterhead and foot are one Form XObject drawn on both pages, page number outside it; roll with 'Presente'/'Assente giust.' columns marked SI",
      "Comune di Lapedona", "Consiglio Comunale"),
{"file": "convocazione-lettopalena-chromium.pdf", "role": "notice",
 "what": "avviso di convocazione of the Consiglio comunale for 27/03/2026 at 18:30 (second call 30/03/2026), prot. 1187 of 16/03/2026, five agenda items, signed by the Presidente del Consiglio (Chromium)",
 "act": {"municipality": "Comune di Lettopalena", "kind": "convocazione", "date": "2026-03-16", "meeting_date": "2026-03-27", "meeting_time": "18:30",
  "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", "items": 5}},
{"file": "convocazione-poggiosanmarcello-word.pdf", "role": "notice",
 "what": "convocation letter of the Consiglio comunale for 26/03/2026 at 21:00, prot. 0000842 of 18/03/2026; Comune named only in the Word running head; four agenda items in a numbered list (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Poggio San Marcello", "kind": "convocazione", "date": "2026-03-18", "meeting_date": "2026-03-26", "meeting_time": "21:00",
  "subject": "Convocazione del Consiglio Comunale in seduta pubblica di prima convocazione, sessione straordinaria – 26 marzo 2026.", "items": 4}},
{"file": "relata-pennasangiovanni-enscript.pdf", "role": "certificate",
 "what": "one-page relata di pubblicazione of Consiglio deliberation 6 of 20.03.2026, published 24.03.2026-08.04.2026 (register n. 211), signed by the Messo; 80-column Courier text (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Penna San Giovanni", "kind": "relata", "number": 6, "date": "2026-03-20",
  "subject": "Approvazione delle aliquote dell’Imposta Municipale Propria (IMU) per l’anno 2026."}},
{"file": "attestazione-barrea-latex.pdf", "role": "certificate",
 "what": "one-page attestazione di pubblicazione of Consiglio deliberation 2 of 16.3.2026, affixed 18/03/2026 (register n. 147), also attesting immediate executivity; letter-spaced headings (pdfLaTeX, microtype)",
 "act": {"municipality": "Comune di Barrea", "kind": "attestazione", "number": 2, "date": "2026-03-16",
  "subject": "Approvazione del Piano Economico Finanziario del servizio integrato di gestione dei rifiuti urbani e delle tariffe TARI per l’anno 2026."}},
{"file": "allegato-monteleonedifermo-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio deliberation 8 of 26/03/2026: table of six properties of the alienation plan 2026-2028 with total, spreadsheet printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di Monteleone di Fermo"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
