# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "certificato-lozzoatestino-groff.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of Giunta deliberation 58 of 03/09/2026 (Albo reg. 611, 07/09-22/09/2026): label grid with colons (Atto / Numero / Data / Oggetto / Registro / Pubblicato dal / Al), spaced CERTIFICA, signed 23/09/2026 (groff -ms + tbl, gropdf)",
 "act": {"municipality": "Comune di Lozzo Atestino", "organ": "Giunta Comunale", "kind": "certificato", "number": 58, "date": "2026-09-03",
  "subject": "Approvazione del progetto esecutivo dei lavori di sistemazione del sagrato e della piazza di Valbona - CUP H17H26000210004."}},
{"file": "attestazione-tavenna-halley.pdf", "role": "certificate",
 "what": "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE of Consiglio deliberation 21 of 28.8.2026 (reg. 233, 02/09-17/09/2026): pre-printed Times form with dotted blanks, Courier values typed 1.5 pt above the dots in a second pass (reportlab)",
 "act": {"municipality": "Comune di Tavenna", "organ": "CONSIGLIO COMUNALE", "kind": "attestazione", "number": 21, "date": "2026-08-28",
  "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI CONTRADA SAN GIUSTO E PER LA DETERMINAZIONE DELLE RELATIVE TARIFFE."}},
{"file": "certificato-galeata-wkhtml.pdf", "role": "certificate",
 "what": "CERTIFICATO DI ESECUTIVITÀ as one sentence naming the act: Consiglio deliberation 34 of 28 luglio 2026 (date in words), subject in «», published 4-19 August, executive 14 August after ten days, not immediately executive (wkhtmltopdf)",
 "act": {"municipality": "Comune di Galeata", "organ": "Consiglio Comunale", "kind": "certificato", "number": 34, "date": "2026-07-28",
  "subject": "Variazione di assestamento generale e salvaguardia degli equilibri di bilancio per l’esercizio 2026 (artt. 175, comma 8, e 193 del D.Lgs. 267/2000).",
  "immediately_executive": False}},
{"file": "relata-smerillo-fpdf.pdf", "role": "certificate",
 "what": "RELATA DI PUBBLICAZIONE of the Messo comunale (chronological register 402/2026) for ordinanza 12 of 9 settembre 2026 of the Area Tecnica, published 10/09-25/09/2026: letter-spaced headings (fpdf2 char spacing), label/value grid with underlined values, tick boxes",
 "act": {"municipality": "Comune di Smerillo", "kind": "attestazione", "number": 12, "date": "2026-09-09",
  "subject": "Ordinanza di rimozione del materiale franato e di messa in sicurezza della scarpata a monte della strada comunale per la frazione Santa Maria in Vallibus."}},
{"file": "decreto-montesantamariatiberina-openpdf.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 6 del 14.09.2026 (appointment of the head of the technical area), 2 pages: running head with number/date and 'Pagina X di 2' foot from a page event; DECRETA points 1-4; the last page is the certificate of publication (reg. 379, 15.09-30.09.2026) after the act (Java, OpenPDF 1.3.30)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Monte Santa Maria Tiberina", "organ": "Sindaco", "kind": "decreto", "number": 6, "date": "2026-09-14",
  "subject": "Nomina del Responsabile dell’Area Tecnico-Manutentiva e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000 per il periodo 15 settembre – 31 dicembre 2026."}},
{"file": "avviso-sassodicastalda-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO (firewood lots for civic use), dated only by the closing line in words 'addì ventuno del mese di settembre dell'anno duemilaventisei'; letter-spaced letterhead and heading (microtype), small-caps Area/Servizio line (pdfLaTeX)",
 "act": {"municipality": "Comune di Sasso di Castalda", "organ": "Area Tecnica", "office": "Servizio Patrimonio e Usi Civici", "kind": "avviso", "date": "2026-09-21",
  "subject": "ASSEGNAZIONE DEI LOTTI DI LEGNA DA ARDERE PER USO CIVICO STAGIONE SILVANA 2026/2027"}},
{"file": "avviso-cintoeuganeo-word.pdf", "role": "notice",
 "what": "unnumbered avviso di deposito of a town-planning variant, title on two centred lines, Area/Servizio in the Word page header, Prot. 5127 and date top right (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Cinto Euganeo", "organ": "Area Tecnica", "office": "Servizio Urbanistica ed Edilizia Privata", "kind": "avviso", "date": "2026-09-16",
  "subject": "AVVISO DI DEPOSITO DELLA VARIANTE N. 4 AL PIANO DEGLI INTERVENTI E DEL RAPPORTO AMBIENTALE PRELIMINARE"}},
{"file": "avviso-vastogirardi-chromium.pdf", "role": "notice",
 "what": "numbered title 'AVVISO PUBBLICO N. 5/2026' (expression of interest for a mountain refuge), body in two CSS columns, date 11.09.2026 at the foot (Chromium headless)",
 "act": {"municipality": "Comune di Vastogirardi", "organ": "Settore Amministrativo", "office": "Ufficio Patrimonio", "kind": "avviso", "number": 5, "date": "2026-09-11",
  "subject": "Manifestazione di interesse per l'affidamento in gestione del rifugio comunale di Monte Capraro – stagioni 2026/2029"}},
{"file": "convocazione-montecreto-enscript.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale (25/09/2026 20:30, second call 28/09) as an 80-column Courier report in capitals, character-drawn boxes, dotted-leader label lines PROT./DATA, six-item agenda box (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Montecreto", "kind": "convocazione", "date": "2026-09-18",
  "subject": "CONVOCAZIONE CONSIGLIO COMUNALE - SESSIONE ORDINARIA"}},
{"file": "convocazione-trivigno-apkappa.pdf", "role": "notice",
 "what": "convocation of the Consiglio Comunale by its Presidente for 29/09/2026 18:30, 2 pages: letterhead and foot Form XObjects reused; page 1 drawn out of reading order (signature, agenda, addressees, body before letterhead, protocol line and OGGETTO); agenda continues on page 2 (reportlab)",
 "act": {"municipality": "Comune di Trivigno", "kind": "convocazione", "date": "2026-09-22",
  "subject": "Convocazione del Consiglio Comunale in sessione straordinaria – seduta del 29 settembre 2026."}},
{"file": "ordinanza-fiastra-kibernetes.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 27 DEL 8.9.2026 (bathing ban in the lake): every glyph its own Tm+Tj, no space glyphs, lines justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Fiastra", "organ": "Sindaco", "kind": "ordinanza", "number": 27, "date": "2026-09-08",
  "subject": "Divieto temporaneo di balneazione nelle acque del lago di Fiastra in località Boccafornace a seguito di esiti analitici sfavorevoli."}},
{"file": "ordinanza-poggiodomo-writer.pdf", "role": "act",
 "what": "ordinanza of the Area Tecnica e Vigilanza (traffic regulation for works): boxed 'ORDINANZA / N. 9/2026 R.G.' beside 'Reg. settore n. 4 / del 15 settembre 2026', ORDINA points 1-4 (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Poggiodomo", "organ": "AREA TECNICA E VIGILANZA", "kind": "ordinanza", "number": 9, "sector_number": 4, "date": "2026-09-15",
  "subject": "Regolamentazione temporanea della circolazione sulla strada comunale Poggiodomo – Mucciafora per lavori di consolidamento del muro di sostegno."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
# Deliberate exception (see NOTES.md): in the Tavenna form the typed subject lines alternate with
# the dotted blanks they are typed over, so the subject is checked with runs of dots removed.
DOTS_OK = {"attestazione-tavenna-halley.pdf"}
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    raw = subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout
    txt = norm(raw); low = txt.lower()
    undotted = norm(re.sub(r"\.{4,}", " ", raw))
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = []
    for f, s in strs:
        hay = txt if f == "subject" else low
        needle = s if f == "subject" else s.lower()
        if needle in hay: continue
        if f == "subject" and k["file"] in DOTS_OK and s in undotted: print("  (subject found only with dot runs removed)"); continue
        miss.append((f, s))
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
