# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
S = os.path.dirname(os.path.abspath(__file__)); D = S + "/.."
sys.path.insert(0, S); sys.dont_write_bytecode = True
from acts import D as A
def det(k, what, proposal=True, **extra):
    a = A[k]
    act = {"municipality": a["muni"], "organ": a["organ"]}
    if a.get("office"): act["office"] = a["office"]
    act["kind"] = "decreto" if a["file"].startswith("decreto") else "determinazione"
    act["number"] = a["number"]
    if a.get("sector"): act["sector_number"] = a["sector"]
    act["date"] = a["date"]
    if proposal and a.get("prop"): act["proposal_number"] = a["prop"]; act["proposal_date"] = a["propiso"]
    if a.get("proposing"): act["proposing_office"] = a["proposing"]
    act["subject"] = a["subject"]; act.update(extra)
    return {"file": a["file"], "role": "act", "what": what, "operative_points": len(a["points"]), "act": act}
K = [
 det("buti", "determinazione of Settore 3 of Buti (PI): label grid with colons (Numero Registro Generale : 143, Data, Numero Settore : 38, Settore, Servizio, Proposta n. : 52 del 10/03/2026); every glyph in its own text object, values column drawn before the labels (ReportLab)"),
 det("sangimignano", "Determinazione dirigenziale of the Direzione Servizi al Territorio, Servizio Patrimonio e Manutenzioni of San Gimignano (SI): 'N. 214/2026 R.G.', 'Registro della Direzione n. 61', date 19.3.2026 in a three-cell grid; Proposta n. 233 del 16.3.2026; running head and foot on both pages (python-docx, LibreOffice)"),
 det("castiglionfibocchi", "determinazione of the Area Amministrativa of Castiglion Fibocchi (AR): five-cell register table whose values (Area, Servizio, N. Reg. Gen. 87, N. Area 24, Data 25-02-2026) sit under their grey labels (headless Chromium)"),
 det("zuccarello", "determinazione of the Area Tecnica of Zuccarello (SV): no number in the header; 'Determinazione n. 27 del 5 marzo 2026' only in a box on the signature page 2 (groff -ms, tbl)"),
 det("mioglia", "determinazione of the Area Amministrativa of Mioglia (SV) in Courier capitals: label grid 'NUMERO GENERALE : N. 12 DEL 3.2.2026', 'NUMERO DI AREA : N. 4'; certificate of publication at the foot (enscript + Ghostscript)"),
 det("castelnuovodiporto", "determinazione of the Settore II of Castelnuovo di Porto (RM): body, Settore and Servizio in a coloured letterhead band on the left, 'Reg. Gen. 311 del 23/03/2026', 'Reg. Settore II n. 72', 'Proposta n. 342 del 18/03/2026' in a box on the right (wkhtmltopdf)"),
 det("canalemonterano", "decreto del Sindaco 4/2026 of Canale Monterano (RM): ruled label grid 'Decreto n.: 4 / Data: 2 febbraio 2026 / Organo / Ufficio proponente / Oggetto'; letter-spaced headings (pdfLaTeX, microtype)",
     proposing_office="Segreteria generale – Servizio Personale"),
 det("ostravetere", "determinazione of the Area Servizi alla Persona of Ostra Vetere (AN): register box 'Determinazione n. 98 / del 20-03-2026 / Registro di Area n. 19' at the top right of the running head of both pages (fpdf2, Identity-H CID fonts)"),
 det("sagrantino", "decreto del Presidente 3/2026 of the Unione dei Comuni Terre dell'Olio e del Sagrantino (PG): grid with labels over values (Decreto n. / 3 / 2026, Data / 09/02/2026, Proposta / n. 5 del 4 febbraio 2026, Ufficio proponente); letterhead and rotated Albo stamp as Form XObjects, body drawn before the header, Tw justification, Tc headings (ReportLab)"),
 det("nocciano", "determinazione of the Area Tecnico-Manutentiva of Nocciano (PE): header table with merged cells (Area:, Servizio:, Det. n.: 64 (Reg. Gen.), N. di Area: 21, Data: 27/03/2026, Proposta: n. 71 del 25/03/2026, Oggetto merged across three cells) (python-docx, LibreOffice)"),
 det("ripateatina", "determinazione of the Area Economico-Finanziaria of Ripa Teatina (CH): two-column label grid (Reg. generale n.: 102, Reg. di area n.: 29) with no date in it; date only in words 'addì ventisei del mese di marzo' of 'L'anno duemilaventisei' (headless Chromium, CSS grid)"),
 det("bolognano", "decreto sindacale 2/2026 of Bolognano (PE): number and date in a ruled band 'N. 2 del 15 gennaio 2026' under a letter-spaced title (hand-written PostScript with ashow, Ghostscript ps2pdf)"),
]
# Mioglia: the ASCII apostrophe of the source is drawn with Courier's quoteright, which pdftotext gives as U+2019
K[4]["act"]["subject"] = K[4]["act"]["subject"].replace("'", "’")
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k["act"]
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
