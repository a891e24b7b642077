# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "ordinanza-tiggiano-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente 14/2026 (water unfit to drink), 'Ordinanza n. 14/2026 del 3.4.2026' under the letterhead; every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tiggiano", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-04-03",
  "subject": "Divieto temporaneo di utilizzo dell'acqua erogata dalla rete idrica comunale a scopo potabile nelle vie Roma, Vittorio Emanuele III e Serrano.",
  "signers": ["Lucio Scarcia"]}},
{"file": "ordinanza-corsano-word.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente closing the schools for an orange weather alert, 'Reg. Ord. n. 22 / del 14/01/2026' in a box right of the letterhead in the Word header (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Corsano", "organ": "Sindaco", "kind": "ordinanza", "number": 22, "date": "2026-01-14",
  "subject": "Chiusura delle scuole di ogni ordine e grado del territorio comunale nella giornata di giovedì 15 gennaio 2026 per allerta meteorologica di colore arancione.",
  "signers": ["Rocco Petracca"]}},
{"file": "ordinanza-rignanogarganico-enscript.pdf", "role": "act",
 "what": "ordinanza sindacale on waste abandoned on municipal land, 'ORD. N. 9 - PROT. N. 2231 ... DEL 21/04/2026', 80-column Courier in capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rignano Garganico", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-21",
  "subject": "RIMOZIONE DEI RIFIUTI ABBANDONATI SULL’AREA COMUNALE DI LOCALITA’ COPPA DEL FORNO E RIPRISTINO DELLO STATO DEI LUOGHI.",
  "signers": ["MICHELE SCHIAVONE"]}},
{"file": "decreto-anzanodipuglia-latex.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 3 DEL 2 FEBBRAIO 2026 appointing the Responsabile dell'Area Tecnica; letter-spaced headings (microtype \\lsstyle), running head 'Decreto n. 3/2026' (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Anzano di Puglia", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-02-02",
  "subject": "Nomina del Responsabile dell’Area Tecnica e conferimento dell’incarico di Elevata Qualificazione per l’anno 2026.",
  "signers": ["Gerardo Ciccone"]}},
{"file": "ordinanza-carbone-chromium.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente 6/2026 (water unfit to drink) issued by IL VICESINDACO in the Sindaco's absence; number/date/protocol in a box right of the letterhead (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Carbone", "organ": "Vicesindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-09",
  "subject": "Non potabilità dell'acqua distribuita dall'acquedotto comunale nelle contrade Calda e Cerreto – divieto di utilizzo per uso potabile e alimentare.",
  "signers": ["Rocco Di Sanzo"]}},
{"file": "ordinanza-fardella-wkhtml.pdf", "role": "act",
 "what": "ordinanza sindacale N. 4/2026 of 26.1.2026 closing the schools for snow, header fields in a grey-labelled grid with a merged Oggetto cell (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fardella", "organ": "Sindaco", "kind": "ordinanza", "number": 4, "date": "2026-01-26",
  "subject": "Chiusura della scuola dell'infanzia e della scuola primaria di Fardella nei giorni 27 e 28 gennaio 2026 a causa delle abbondanti nevicate e della formazione di ghiaccio sulle strade.",
  "signers": ["Maria Teresa Fiore"]}},
{"file": "decreto-gallicchio-groff.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO n. 2 of 12 marzo 2026 appointing the Responsabile dell'Area Amministrativa e Finanziaria; number/date/subject in a boxed tbl table, running foot (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gallicchio", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-12",
  "subject": "Nomina del Responsabile dell’Area Amministrativa e Finanziaria - periodo 1 aprile 2026 - 31 marzo 2027.",
  "signers": ["Domenico Spaltro"]}},
{"file": "ordinanza-cersosimo-halley.pdf", "role": "act",
 "what": "ordinanza 11/2026 revoking the water ban of ordinance 8/2026; 2 pages, letterhead with the boxed 'ORDINANZA N. 11 DEL 05/05/2026' repeated on every page, 'Pag. x di 2' foot, TrueType fonts embedded as CID Type0 (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cersosimo", "organ": "Sindaco", "kind": "ordinanza", "number": 11, "date": "2026-05-05",
  "subject": "Revoca dell'ordinanza n. 8 del 14/04/2026 e ripristino della potabilità dell'acqua nel centro abitato.",
  "signers": ["Giovanni Rinaldi"]}},
{"file": "ordinanza-caloveto-civilia.pdf", "role": "act",
 "what": "ordinanza sindacale 'N. 17/2026 Reg. Ord. — 12 giugno 2026' on abandoned waste (asbestos, tyres) along a municipal road; headings letter-spaced with Tc, body lines justified with Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Caloveto", "organ": "Sindaco", "kind": "ordinanza", "number": 17, "date": "2026-06-12",
  "subject": "Ordinanza contingibile e urgente per la rimozione dei rifiuti abbandonati lungo la strada comunale Caloveto – Santa Lucia e la bonifica delle aree pubbliche limitrofe.",
  "signers": ["Umberto Mazza"]}},
{"file": "ordinanza-pentone-apkappa.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente closing the schools for snow, 'ORD. N. 3 – PROT. N. 612 / del 19/02/2026' in a box right of the letterhead; letterhead and foot are Form XObjects drawn last, the dispositive part and signature drawn before the heading (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pentone", "organ": "Sindaco", "kind": "ordinanza", "number": 3, "date": "2026-02-19",
  "subject": "Chiusura delle scuole di ogni ordine e grado per il giorno 20 febbraio 2026 a causa delle avverse condizioni meteorologiche (neve e gelate).",
  "signers": ["Francesca Mauro"]}},
{"file": "decreto-olivadi-writer.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 4 with no date in the heading: 'L'anno duemilaventisei, addì ventisei del mese di marzo' and 'addì 26 marzo 2026' at the end; appointment of the Responsabile dell'Area Vigilanza (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Olivadi", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-26",
  "subject": "Conferimento dell'incarico di Responsabile dell'Area Vigilanza al Comandante della Polizia Locale – anno 2026.",
  "signers": ["Vincenzo Scalise"]}},
{"file": "certificato-careri-halley.pdf", "role": "certificate",
 "what": "certificate of publication of ordinanza sindacale 21 of 07/04/2026, published 08/04-23/04/2026 (register n. 264/2026), label table, signed by the Messo on 24/04/2026 (ReportLab platypus)",
 "act": {"municipality": "Comune di Careri", "kind": "certificato di pubblicazione", "number": 21, "date": "2026-04-07",
  "subject": "Divieto di abbandono e deposito incontrollato di rifiuti sulle aree pubbliche e sulle sponde della fiumara Careri – misure urgenti."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
# deliberate exceptions (see NOTES.md): keyed strings that are not in the text layer as such
EXPECTED = {("ordinanza-rignanogarganico-enscript.pdf", "municipality")}
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject", "kind"):
        if f in a: strs.append((f, a[f]))
    for s in a.get("signers", []): strs.append(("signer", s))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    exp = [m for m in miss if (k["file"], m[0]) in EXPECTED]; miss = [m for m in miss if m not in exp]
    if exp: print("  expected exception:", exp)
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
