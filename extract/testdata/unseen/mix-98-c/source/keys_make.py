# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "decreto-canaldelferro-insiel.pdf", "role": "act",
 "what": "decreto del Presidente n. 3 of 12.2.2026 of a FVG Comunità di montagna appointing the head of the associated technical service (fpdf2, recitals in two side-by-side justified columns, numbered points)",
 "operative_points": 4,
 "act": {"municipality": "Comunità di montagna Canal del Ferro e Val Canale", "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2026-02-12",
  "subject": "Nomina del Responsabile del Servizio Tecnico associato e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° marzo 2026 – 31 dicembre 2026."}},
{"file": "decreto-lomazzo-latex.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 5/2026 of 16 febbraio 2026 appointing the head of the Area Servizi alla Persona (pdfLaTeX, letter-spaced headings, running head and foot)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Lomazzo", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-02-16",
  "subject": "Nomina del Responsabile dell’Area Servizi alla Persona e attribuzione delle funzioni di cui all’art. 107 del d.lgs. 267/2000."}},
{"file": "ordinanza-caeranodisanmarco-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale n. 18 of 10/03/2026 on traffic for a local fair; number and date in two boxes; every glyph its own Tm/Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Caerano di San Marco", "organ": "Sindaco", "kind": "ordinanza", "number": 18, "date": "2026-03-10",
  "subject": "Divieto temporaneo di transito e di sosta in via Montello e in piazza Armando Diaz per lo svolgimento della manifestazione “Festa di Primavera 2026” nei giorni 21 e 22 marzo 2026."}},
{"file": "ordinanza-vimodrone-sicraweb.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente of the Sindaco: 'ORDINANZA N. 27 / 2026', 'DEL 04.03.2026', 'R.G. 112' in a boxed grid with the subject in a merged row (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vimodrone", "organ": "Sindaco", "kind": "ordinanza", "number": 27, "date": "2026-03-04",
  "subject": "Ordinanza contingibile e urgente per la rimozione e lo smaltimento di rifiuti contenenti amianto abbandonati nell'area privata di via Padana Superiore angolo via Piave."}},
{"file": "bando-dugali-word.pdf", "role": "act",
 "what": "numbered BANDO N. 2/2026 of a Lombard land-reclamation Consorzio (competition for 2 maintenance workers), prot. 1184 of 18 February 2026; body and area in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Consorzio di bonifica Dugali, Naviglio, Adda Serio", "organ": "Area Amministrativa", "office": "Ufficio Gare e Contratti", "kind": "bando", "number": 2, "date": "2026-02-18",
  "subject": "BANDO DI CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 2 POSTI DI OPERATORE DI MANUTENZIONE IDRAULICA – CATEGORIA OPERAI – A TEMPO PIENO E INDETERMINATO"}},
{"file": "avviso-bassolodigiano-chromium.pdf", "role": "notice",
 "what": "unnumbered AVVISO of an ASP (Azienda di Servizi alla Persona) on enrolment for summer stays for the elderly, dated 25 febbraio 2026 (Chromium)",
 "act": {"municipality": "ASP Basso Lodigiano", "office": "Servizio Accoglienza e Ufficio Relazioni con il Pubblico", "kind": "avviso", "date": "2026-02-25",
  "subject": "APERTURA DELLE ISCRIZIONI AI SOGGIORNI CLIMATICI ESTIVI PER ANZIANI – ESTATE 2026"}},
{"file": "matrimonio-pradamano-groff.pdf", "role": "notice",
 "what": "banns (pubblicazione di matrimonio n. 4/2026, affixed 16/03-24/03/2026) of a FVG Comune: groff -ms + tbl boxed SPOSO/SPOSA table, empty relata with underscore blanks, running foot",
 "act": {"municipality": "Comune di Pradamano", "organ": "Ufficiale dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 4, "date": "2026-03-16",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "convocazione-valbrenta-apkappa.pdf", "role": "notice",
 "what": "avviso di convocazione of the Consiglio of an Unione Montana for 12 March 2026 at 20:30 with a 12-item agenda split over 2 pages, prot. 1672 of 3 marzo 2026; letterhead and foot are Form XObjects; agenda and signature drawn before the heading",
 "act": {"municipality": "Unione Montana Valbrenta", "kind": "convocazione", "date": "2026-03-03",
  "subject": "Convocazione del Consiglio dell'Unione in seduta ordinaria per il giorno 12 marzo 2026."}},
{"file": "allegato-villorba-calc.pdf", "role": "attachment",
 "what": "Allegato B to Giunta deliberation 31 of 05/03/2026: road-resurfacing plan table with the frazione cells merged over several rows and a total row (openpyxl .xlsx -> LibreOffice Calc)",
 "act": {"municipality": "Comune di Villorba"}},
{"file": "deliberazione-caratebrianza-civilia.pdf", "role": "act",
 "what": "Giunta deliberation 24 of 26.02.2026 (date also in words 'addì ventisei del mese di febbraio'); roll as a two-column grid with X marks under P/A; body justified with Tw, headings letter-spaced with Tc; subject in a box",
 "operative_points": 3,
 "act": {"municipality": "Comune di Carate Brianza", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 24, "date": "2026-02-26", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL CENTRO SPORTIVO DI VIA XX SETTEMBRE - CUP D47H25001230004.",
  "attendees": [A("VERONESI LUCA", "Sindaco"), A("PASSONI MARTA", "Vice Sindaco"), A("CAZZANIGA ROBERTO", "Assessore"), A("SALA ELISA", "Assessore", False), A("VILLA GIORGIO", "Assessore"), A("RIVA FEDERICA", "Assessore")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Luca Veronesi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Anna Maria Longoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-bagnolomella-halley.pdf", "role": "act",
 "what": "determinazione '47/2026 R.G. DEL 09.03.2026', 'N. SETTORIALE 12', 'PROPOSTA N. 58 DEL 05.03.2026' in a character-drawn box; 80-column Courier capitals (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bagnolo Mella", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "UFFICIO TRIBUTI", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-09", "proposal_number": 58, "proposal_date": "2026-03-05",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI 2026 - CIG B9D4C2071E - IMPEGNO DI SPESA."}},
{"file": "attestazione-ponzanoveneto-writer.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 29 of 03/03/2026, affixed 06/03-21/03/2026 (register n. 311), label/value table (HTML opened in LibreOffice Writer)",
 "act": {"municipality": "Comune di Ponzano Veneto", "kind": "attestazione", "number": 29, "date": "2026-03-03",
  "subject": "Approvazione del calendario delle manifestazioni culturali e delle iniziative estive “Ponzano Estate 2026”."}},
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
