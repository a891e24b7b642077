# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
EXPECTED_MISSING = {("pubblicazione-sestino-latex.pdf", "subject")}  # letter-spaced by microtype, see NOTES.md
K = [
{"file": "ordinanza-polinago-glyphs.pdf", "role": "act",
 "what": "traffic ordinance 18/2026 P.L. headed 'IL COMANDANTE DELLA POLIZIA LOCALE' (no 'ORDINANZA' heading), reportlab: every glyph its own Tm/Tj, no space characters; rotated blue Albo stamp in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Polinago", "organ": "Comandante della Polizia Locale", "kind": "ordinanza", "number": 18, "date": "2026-05-04",
  "subject": "Disciplina temporanea della circolazione in via Giardini Nord e piazza Zanni per lo svolgimento della \"Festa di Primavera\" del 17 maggio 2026."}},
{"file": "ordinanza-careggine-fpdf.pdf", "role": "act",
 "what": "works ordinance 9/2026 of the Responsabile dell'Area Tecnica: label grid Area/Servizio/Registro Ordinanze at the top, heading is the issuer's title, O R D I N A spaced, points 1.-4. (fpdf2, DejaVu Sans)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Careggine", "organ": "AREA TECNICA", "office": "Lavori Pubblici e Viabilità", "kind": "ordinanza", "number": 9, "date": "2026-05-06",
  "subject": "Chiusura temporanea della Strada Provinciale n. 50 e della strada comunale per Isola Santa per lavori di consolidamento del muro di sostegno in località Le Coste."}},
{"file": "ordinanza-montecreto-groff.pdf", "role": "act",
 "what": "Sindaco's contingent and urgent ordinance (drinking water): the number 7 of 07/05/2026 is printed only in the page footer; groff -ms -> PostScript -> Ghostscript",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montecreto", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-05-07",
  "subject": "Misure contingibili e urgenti per la tutela della salute pubblica a seguito del superamento dei parametri di potabilità nell’acquedotto della frazione Acquaria."}},
{"file": "avviso-mulazzo-enscript.pdf", "role": "notice",
 "what": "avviso di deposito (art. 140 c.p.c.) of the Messo comunale, Reg. Deposito n. 23/2026 of 08/05/2026: 80-column Courier text with dotted box, spaced R E N D E  N O T O (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Mulazzo", "office": "UFFICIO MESSO COMUNALE", "kind": "avviso", "number": 23, "date": "2026-05-08",
  "subject": "AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE"}},
{"file": "pubblicazione-sestino-latex.pdf", "role": "notice",
 "what": "pubblicazione di matrimonio n. 4/2026 (affixed from 11/05/2026): pdfLaTeX with microtype letter-spaced title, bride/groom table, fancyhdr running head and foot",
 "act": {"municipality": "Comune di Sestino", "organ": "Ufficiale dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 4, "date": "2026-05-11",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "decreto-afor-chromium.pdf", "role": "act",
 "what": "decreto di esproprio n. 3/2026 of the Agenzia Forestale Regionale (Umbria): label grid with merged Oggetto cell, parcels table with two-row header and rowspan, Art. 1-4 (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Agenzia Forestale Regionale", "organ": "Dirigente del Servizio Patrimonio ed Espropri", "office": "Servizio Patrimonio ed Espropri", "kind": "decreto", "number": 3, "date": "2026-05-12",
  "subject": "Lavori di adeguamento della viabilità forestale Pian delle Macinare – Monte Cucco in Comune di Costacciaro – CUP H63D25000940002. Decreto di esproprio ai sensi dell'art. 23 del D.P.R. 8 giugno 2001, n. 327."}},
{"file": "avviso-chitignano-word.pdf", "role": "notice",
 "what": "unnumbered avviso pubblico for summer-camp contributions with its deadline (ore 12:00 del 15 giugno 2026) under the title; letterhead in the Word header; python-docx -> LibreOffice",
 "act": {"municipality": "Comune di Chitignano", "organ": "Area Amministrativa", "office": "Servizi Sociali", "kind": "avviso", "date": "2026-05-13",
  "subject": "PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DELLE FAMIGLIE CON FIGLI FREQUENTANTI I CENTRI ESTIVI – ANNO 2026"}},
{"file": "ordinanza-vetto-wkhtml.pdf", "role": "act",
 "what": "traffic ordinance N. 12/2026 P.L. headed 'IL COMANDANTE della Polizia Locale', number and date '14.5.2026' in a box at the top right (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vetto", "organ": "Comandante della Polizia Locale", "office": "Servizio di Polizia Locale", "kind": "ordinanza", "number": 12, "date": "2026-05-14",
  "subject": "Istituzione del divieto di sosta e del limite di velocità di 30 km/h in via Don Pasquino Borghi per il mercato settimanale estivo."}},
{"file": "ordinanza-monterchi-writer.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE N. 21/2026 R.O. for a village festival (glass containers, music hours), date 'lì 15 maggio 2026' in a grid; HTML opened by LibreOffice Writer",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monterchi", "organ": "SETTORE AFFARI GENERALI E ATTIVITÀ PRODUTTIVE", "kind": "ordinanza", "number": 21, "date": "2026-05-15",
  "subject": "Orari di svolgimento e limitazioni alla vendita di bevande in contenitori di vetro in occasione della \"Festa della Polenta 2026\"."}},
{"file": "ordinanza-semproniano-reportlab.pdf", "role": "act",
 "what": "roadworks ordinance n. 15 of 18/05/2026 headed 'IL RESPONSABILE DEL SERVIZIO': every justified line sets Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Semproniano", "organ": "Area Tecnica", "office": "Servizio Manutenzioni", "kind": "ordinanza", "number": 15, "date": "2026-05-18",
  "subject": "Senso unico alternato e divieto di transito ai veicoli di massa superiore a 3,5 t sulla strada comunale Semproniano – Catabbio per lavori di rifacimento del manto stradale."}},
{"file": "attestazione-baiso-xobject.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of ordinanza sindacale 11/2026 (Albo n. 298, 05/05-20/05/2026): letterhead as a Form XObject, signature drawn before the body (reportlab)",
 "act": {"municipality": "Comune di Baiso", "kind": "attestazione", "number": 11, "date": "2026-05-04",
  "subject": "Divieto di abbruciamento di residui vegetali all'aperto su tutto il territorio comunale dal 1° giugno al 30 settembre 2026"}},
{"file": "allegato-sangodenzo-calc.pdf", "role": "attachment",
 "what": "Allegato A to ordinance 16/2026: calendar of road closures for a cycle race, spreadsheet (openpyxl -> LibreOffice Calc), landscape, merged title rows, header row repeated on page 2",
 "act": {"municipality": "Comune di San Godenzo"}},
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
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)
            and (k["file"], f) not in EXPECTED_MISSING]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
assert len(K) == 12
raise SystemExit(1 if bad else 0)
