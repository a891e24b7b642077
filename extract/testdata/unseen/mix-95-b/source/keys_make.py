# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from acts import *
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-vinadio-writer.pdf", "role": "act", "what": "determinazione of the Area Tecnica, sector UT/18 adopted 09/03/2026, Reg. Gen. 96 registered 11/03/2026, proposal 121 of 06/03/2026 in a grey label grid (HTML opened by LibreOffice Writer)", "operative_points": 3,
 "act": {"municipality": "Comune di Vinadio", "organ": "AREA TECNICA E MANUTENTIVA", "office": "Ufficio Tecnico - Viabilità", "kind": "determinazione", "number": 96, "sector_number": 18, "date": "2026-03-11", "proposal_number": 121, "proposal_date": "2026-03-06", "subject": VINADIO["subj"]}},
{"file": "determinazione-bossolasco-reportlab.pdf", "role": "act", "what": "determinazione whose first page is a cover sheet (frontespizio) with the fields in a box grid; service n. AG/9 adopted 05.03.2026, Reg. Gen. 41, executive 10.03.2026, proposal 52 of 04.03.2026; Tw-justified body, Tc-spaced headings (reportlab)", "operative_points": 4,
 "act": {"municipality": "Comune di Bossolasco", "organ": "Servizio Amministrativo - Affari Generali", "kind": "determinazione", "number": 41, "sector_number": 9, "date": "2026-03-05", "proposal_number": 52, "proposal_date": "2026-03-04", "subject": BOSSO["subj"]}},
{"file": "ordinanza-dego-glyphs.pdf", "role": "act", "what": "ordinanza 7/2026 of the Responsabile del Servizio Tecnico closing Via Santuario; one Tm/Tj per glyph, justified by moving glyphs; rotated Albo stamp in the left margin (reportlab)", "operative_points": 4,
 "act": {"municipality": "Comune di Dego", "organ": "Responsabile del Servizio Tecnico", "kind": "ordinanza", "number": 7, "date": "2026-03-16", "subject": DEGO["subj"]}},
{"file": "determinazione-mignanego-fpdf.pdf", "role": "act", "what": "determinazione whose register data is only in the running foot: 'n. LP/27 del 12/03/2026 - Reg. Gen. n. 133 del 17/03/2026 - Proposta n. 160' (fpdf2)", "operative_points": 4,
 "act": {"municipality": "Comune di Mignanego", "organ": "Settore Lavori Pubblici", "kind": "determinazione", "number": 133, "sector_number": 27, "date": "2026-03-17", "proposal_number": 160, "subject": MIGNA["subj"]}},
{"file": "determinazione-colico-latex.pdf", "role": "act", "what": "determinazione Reg. Gen. 58, Servizio Cultura n. SC/7, adopted 'addì dodici del mese di marzo' and registered 13 marzo 2026; two-column body (pdfLaTeX multicol)", "operative_points": 3,
 "act": {"municipality": "Comune di Colico", "organ": "Area Servizi alla Persona", "office": "Biblioteca e Cultura", "kind": "determinazione", "number": 58, "sector_number": 7, "date": "2026-03-13", "subject": COLICO["subj"]}},
{"file": "ordinanza-sulzano-groff.pdf", "role": "act", "what": "ordinanza sindacale 5 of 18 March 2026, bathing ban (groff -ms, Ghostscript)", "operative_points": 3,
 "act": {"municipality": "Comune di Sulzano", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-18", "subject": SULZANO["subj"]}},
{"file": "determinazione-ranica-chromium.pdf", "role": "act", "what": "determinazione 'N. 87/2026 R.G.' of 12.03.2026, sector SS/12 adopted 10.03.2026, fields in a CSS grid with small labels above values (Chromium)", "operative_points": 3,
 "act": {"municipality": "Comune di Ranica", "organ": "Settore Servizi Sociali", "office": "Ufficio Casa", "kind": "determinazione", "number": 87, "sector_number": 12, "date": "2026-03-12", "subject": RANICA["subj"]}},
{"file": "decreto-bubbio-wkhtmltopdf.pdf", "role": "act", "what": "decreto del Sindaco 'N. 2 DEL 3.3.2026', prot. 611 (wkhtmltopdf)", "operative_points": 3,
 "act": {"municipality": "Comune di Bubbio", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-03", "subject": BUBBIO["subj"]}},
{"file": "avviso-grosio-enscript.pdf", "role": "act", "what": "numbered AVVISO PUBBLICO N. 3/2026, prot. 1954 of 19 March 2026, 80-column Courier text (enscript, Ghostscript)",
 "act": {"municipality": "Comune di Grosio", "organ": "Area Amministrativa", "office": "Servizio Commercio e SUAP", "kind": "avviso", "number": 3, "date": "2026-03-19", "subject": GROSIO["subj"].replace("'", "’")}},
{"file": "attestazione-cicagna-word.pdf", "role": "certificate", "what": "certificate of publication of determinazione 38 of 09/03/2026, Albo register 174, 10/03-25/03/2026 (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Cicagna", "kind": "attestazione", "number": 38, "date": "2026-03-09", "subject": CICAGNA["subj"]}},
{"file": "allegato-delebio-calc.pdf", "role": "attachment", "what": "Allegato A to determinazione 71 of 16/03/2026: green-maintenance list, merged title cells, file name in the running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Delebio"}},
{"file": "determinazione-bargagli-xobject.pdf", "role": "act", "what": "determinazione Reg. Gen. N. 102 registered 20/03/2026, area n. AA/15 adopted 18/03/2026, proposal 118 of 17/03/2026; letterhead and register box are Form XObjects drawn after the body (reportlab)", "operative_points": 3,
 "act": {"municipality": "Comune di Bargagli", "organ": "Area Amministrativa", "office": "Servizi Scolastici", "kind": "determinazione", "number": 102, "sector_number": 15, "date": "2026-03-20", "proposal_number": 118, "proposal_date": "2026-03-17", "subject": BARGAGLI["subj"]}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
assert len(K) == 12 and sorted(k["file"] for k in K) == sorted(f for f in os.listdir(D) if f.endswith(".pdf"))
raise SystemExit(1 if bad else 0)
