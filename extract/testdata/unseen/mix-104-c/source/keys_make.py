# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "ordinanza-summonte-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 'Ordinanza n. 14/2026' with a title line under the heading, date only at the end ('Summonte, 20 aprile 2026'); every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90 degrees in the left margin, drawn first (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Summonte", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-04-20",
  "subject": "Divieto di transito e di sosta in piazza Municipio e via Roma in occasione della Festa di San Nicola del 9 e 10 maggio 2026."}},
{"file": "ordinanza-pontelatone-latex.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE of the Polizia Locale, number only in a framed box 'Reg. Ord. n. 11 / del 21 aprile 2026 / Prot. n. 2214', title line under the heading; letter-spaced letterhead and headings (pdfLaTeX, microtype), running foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pontelatone", "organ": "Responsabile del Servizio di Polizia Locale", "office": "Servizio di Polizia Locale", "kind": "ordinanza", "number": 11, "date": "2026-04-21",
  "subject": "Istituzione del divieto di sosta con rimozione forzata in via Municipio per lavori di rifacimento della segnaletica orizzontale dal 27 al 30 aprile 2026."}},
{"file": "ordinanza-perdifumo-word.pdf", "role": "act",
 "what": "ordinanza sindacale on a school closure whose number is printed only in the running foot ('ORD-2026-6 del 22/04/2026'); title line under the heading (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Perdifumo", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-04-22",
  "subject": "Chiusura del plesso della scuola primaria e dell'infanzia di via Roma per interventi di disinfestazione nei giorni 27 e 28 aprile 2026."}},
{"file": "ordinanza-verbicaro-chromium.pdf", "role": "act",
 "what": "ordinanza sindacale on urban hygiene, 'Ordinanza n. 17/2026 del 16.4.2026' in a red stamp-like box rotated by CSS beside the letterhead; recitals in two CSS columns; ORDINA 1-5 (Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Verbicaro", "organ": "Sindaco", "kind": "ordinanza", "number": 17, "date": "2026-04-16",
  "subject": "Modalità di conferimento dei rifiuti urbani e divieto di abbandono dei rifiuti nel centro storico e nelle contrade."}},
{"file": "ordinanza-roccabernarda-groff.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE N. 8 del 17/04/2026 of the Responsabile dell'Area Tecnica closing a road; number box as a tbl table, number repeated in the running foot (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccabernarda", "organ": "Responsabile dell’Area Tecnica", "office": "Servizio Lavori Pubblici e Viabilità", "kind": "ordinanza", "number": 8, "date": "2026-04-17",
  "subject": "Chiusura temporanea al transito veicolare della strada comunale Roccabernarda – Serrarossa per lavori di ripristino del piano viabile dal 4 al 15 maggio 2026."}},
{"file": "deliberazione-petrona-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation N. 41 del 15.04.2026, time in words/figures in the preamble ('alle ore 12:30'), roll table with P/A columns marked X (HTML opened as a Writer document)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Petronà", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-04-15", "time": "12:30",
  "subject": "Approvazione del programma delle manifestazioni estive “Petronà Estate 2026” e concessione di contributi alle associazioni.",
  "attendees": [A("SCALISE Domenico", "Sindaco"), A("COSCO Maria Teresa", "Vicesindaco"), A("MARINO Giuseppe", "Assessore", False), A("PUCCI Antonella", "Assessore")],
  "president": {"role": "Sindaco", "name": "Domenico Scalise"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Talarico"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "ordinanza-valledolmo-enscript.pdf", "role": "act",
 "what": "ORDINANZA N. 21/2026 DEL 23/04/2026 of the Comandante della Polizia Municipale (REG. GEN. ORDINANZE N. 64) in a character-drawn box; 80-column Courier typescript in capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "COMUNE DI VALLEDOLMO", "organ": "COMANDANTE DELLA POLIZIA MUNICIPALE", "office": "CORPO DI POLIZIA MUNICIPALE", "kind": "ordinanza", "number": 21, "date": "2026-04-23",
  "subject": "DISCIPLINA DELLA SOSTA IN PIAZZA UMBERTO I E IN VIA VITTORIO EMANUELE NEI GIORNI DEL MERCATO SETTIMANALE."}},
{"file": "determinazione-casteltermini-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Responsabile dell'Area Tecnica: grey-labelled grid 'Numero di Area n. 37 del 14/04/2026', 'Reg. Gen. 212 del 15/04/2026', proposal 44 of 13/04/2026 (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Casteltermini", "organ": "AREA TECNICA", "office": "Servizio Viabilità e Manutenzioni", "kind": "determinazione",
  "number": 212, "sector_number": 37, "date": "2026-04-15", "proposal_number": 44, "proposal_date": "2026-04-13",
  "subject": "Affidamento diretto del servizio di noleggio e posa della segnaletica stradale temporanea per la Festa del Taratatà 2026 – CIG B9F2A41C07 – Impegno di spesa."}},
{"file": "ordinanza-raddusa-sicraweb.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente 'Ordinanza n. 19/2026 del 24/04/2026' in a blue stamp-like box, title line under the heading, letterhead header and 'ORD-2026-19' running foot on both pages (fpdf2, DejaVu as CID TrueType, producer set)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Raddusa", "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2026-04-24",
  "subject": "Ordinanza contingibile e urgente per la disinfestazione e la derattizzazione delle aree private incolte del centro abitato."}},
{"file": "certificato-bessude-xobject.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of ordinanza del Sindaco n. 5 of 14/04/2026 (Albo register 118/2026, 15/04-30/04/2026), issued 02/05/2026; letterhead and label grid are Form XObjects drawn last, values drawn before labels, stamp rotated 30 degrees drawn first (reportlab)",
 "act": {"municipality": "Comune di Bessude", "organ": "Sindaco", "kind": "certificato", "number": 5, "date": "2026-04-14",
  "subject": "Divieto di accensione di fuochi e di abbruciamento delle stoppie nelle campagne e nelle aree periurbane – stagione 2026."}},
{"file": "allegato-guamaggiore-calc.pdf", "role": "attachment",
 "what": "Allegato A to ordinanza of the Area Tecnica n. 9 of 21/04/2026: table of streets with traffic bans for the Festa di Santa Severa, merged title cells, landscape (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Guamaggiore"}},
{"file": "avviso-villasalto-reportlab.pdf", "role": "notice",
 "what": "unnumbered AVVISO ALLA CITTADINANZA of the Servizi Scolastici on suspension of school meals and closure of the nursery school; justified lines set Tw, letterhead and title letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Villasalto", "organ": "Area Amministrativa", "office": "Servizi Scolastici", "kind": "avviso", "date": "2026-04-22",
  "subject": "Sospensione del servizio di refezione scolastica e chiusura della scuola dell'infanzia dal 4 all'8 maggio 2026 per lavori di adeguamento della cucina."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
