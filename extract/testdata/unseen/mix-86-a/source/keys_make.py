# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, D)
from acts import A
OUT = D + "/.."
def iso(d): dd, mm, yy = d.split("/"); return "%s-%s-%s" % (yy, mm, dd)
def det(tok, muni, what, pts, **kw):
    a = A[tok]
    act = {"municipality": muni, "organ": a["organ"], "office": a["office"], "kind": "determinazione",
           "number": a["rg"], "sector_number": a["sec"], "date": iso(a["rgdate"]),
           "proposal_number": a["prop"], "proposal_date": iso(a["propdate"]), "subject": a["subj"]}
    act.update(kw)
    for f in [f for f, v in act.items() if v is None]: del act[f]
    return {"role": "act", "what": what, "operative_points": pts, "act": act}
K = [
 dict(file="determinazione-roccarainola-halley.pdf", **det("roccarainola", "Comune di Roccarainola",
  "determinazione n. 37 of Settore II (proposal 52): 80-column Courier report over 2 pages (enscript + Ghostscript); the general register number and date appear only in the running foot of each page 'Determinazione R.G. n. 412 del 17/04/2026 - Pag. 1 di 2'", 4)),
 dict(file="determinazione-castelforte-writer.pdf", **det("castelforte", "Comune di Castelforte",
  "determinazione n. 19 of Settore I (proposal 24), HTML opened by LibreOffice Writer, 2 pages; R.G. 288 of 09/04/2026 only in the registration/publication certificate closing the last page", 3)),
 dict(file="determinazione-cerenzia-kibernetes.pdf", **det("cerenzia", "Comune di Cerenzia",
  "determinazione of the Area Tecnica n. 21 (proposal 27); every glyph drawn on its own (BT/Tm/Tj per glyph), lines justified by moving glyphs; R.G. 143 of 21/04/2026 only in a box at the bottom of the page", 4)),
 dict(file="determinazione-pietravairano-sicraweb.pdf", **det("pietravairano", "Comune di Pietravairano",
  "determinazione of the Area Amministrativa; register box with printed blanks 'N. Reg. Sett. ____ del ____' and 'N. Reg. Gen. ____ del ____' filled in by a blue hand-style stamp (tilted Courier-BoldOblique, drawn last, out of reading order); rotated Albo stamp in the right margin", 3)),
 dict(file="determinazione-corenoausonio-chromium.pdf", **det("coreno", "Comune di Coreno Ausonio",
  "determinazione di liquidazione with CIG in the subject (headless Chromium), label grid Area/Servizio/Determinazione di Area n./Proposta n.; R.G. 231 of 23/04/2026 only in a position:fixed running foot repeated on both pages", 3)),
 dict(file="determinazione-mandatoriccio-wkhtml.pdf", **det("mandatoriccio", "Comune di Mandatoriccio",
  "determinazione n. 9 of the Settore Finanziario (wkhtmltopdf); the office (Servizio Tributi) appears only in the signature 'IL RESPONSABILE DEL SERVIZIO TRIBUTI'; R.G. 177 of 10/04/2026 only in the 'REGISTRO GENERALE' box closing the page", 3)),
 dict(file="determinazione-montefredane-latex.pdf", **det("montefredane", "Comune di Montefredane",
  "determinazione 'n. 8 del Settore III' (pdfLaTeX, letter-spaced titles with microtype, small-caps Settore line); R.G. 164 of 03/04/2026 only in the fancyhdr running foot", 3)),
 dict(file="determinazione-vicalvi-halley.pdf", **det("vicalvi", "Comune di Vicalvi",
  "determinazione of the Area Tecnica n. 26 (proposal 31), fpdf2 with letter-spaced (Tc) heading and a label grid with unequal cells; 'Reg. Gen. N. 202/2026 del 16/04/2026' only in the footer; the proposal is printed without its date", 4, proposal_date=None)),
 dict(file="determinazione-calopezzati-groff.pdf", **det("calopezzati", "Comune di Calopezzati",
  "determinazione of the Area Amministrativa n. 12 (proposal 15), groff -ms over 2 pages; R.G. 118 of 20/04/2026 only in the 'CERTIFICATO DI REGISTRAZIONE E PUBBLICAZIONE' on the last page", 3)),
 dict(file="determinazione-maranoequo-word.pdf", **det("maranoequo", "Comune di Marano Equo",
  "determinazione n. 5 of the Area Servizi Demografici (python-docx Word template converted by LibreOffice); 'N. 97/2026 R.G.' and the registration date only in a bordered table in the page footer", 3)),
 {"file": "attestazione-casamarciano-civilia.pdf", "role": "certificate",
  "what": "certificate of publication of determinazione R.G. 254 of 08/04/2026 (sector n. 31 of 07/04/2026), Albo register n. 412, 09/04–24/04/2026, issued 27/04/2026; reportlab with Tw-justified lines and Tc letter-spaced headings",
  "act": {"municipality": "Comune di Casamarciano", "kind": "attestazione", "number": 254, "date": "2026-04-08",
          "subject": "Affidamento del servizio di manutenzione del verde pubblico e delle aree cimiteriali per il periodo maggio – ottobre 2026 – Determinazione a contrarre e impegno di spesa – CIG B9C27D4F18"}},
 {"file": "allegato-pallagorio-calc.pdf", "role": "attachment",
  "what": "Allegato A to determinazione n. 17 (R.G. 133 of 22/04/2026) of the Area Amministrativa: 18 pseudonymised beneficiaries of the commuting-students grant, openpyxl worksheet printed by LibreOffice Calc",
  "act": {"municipality": "Comune di Pallagorio"}},
]
json.dump(K, open(OUT + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", OUT + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k["act"]
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    nums = [str(a[f]) for f in ("number", "sector_number", "proposal_number") if f in a]
    dates = ["/".join(reversed(a[f].split("-"))) for f in ("date", "proposal_date") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    miss += [("num", n) for n in nums if not re.search(r"\b%s\b" % n, txt)] + [("date", d) for d in dates if d not in txt]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
