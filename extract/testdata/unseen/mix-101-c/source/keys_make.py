# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-cintocaomaggiore-writer.pdf", "role": "act",
 "what": "determina a contrarre of the Area Tecnica, register code DT/2026/00123: a frontespizio (cover sheet with a boxed data grid) on page 1, the act itself on page 2 (HTML opened by LibreOffice Writer)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cinto Caomaggiore", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 123, "date": "2026-04-14", "proposal_number": 151, "proposal_date": "2026-04-10",
  "subject": "Determina a contrarre per l'affidamento diretto del servizio di manutenzione del verde pubblico per la stagione 2026 ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023 – CIG B9F4A27C13"}},
{"file": "determinazione-sospirolo-reportlab.pdf", "role": "act",
 "what": "determinazione with register code 2026/DET/0047, sector n. 12, proposal 58: heading laid out in a table beside a drawn crest, label grid on the right; body justified with Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sospirolo", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Cultura e Biblioteca", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-04-09", "proposal_number": 58, "proposal_date": "2026-04-07",
  "subject": "Impegno di spesa per la fornitura di arredi per la sezione ragazzi della biblioteca civica – affidamento diretto alla ditta Arredi Scolastici Dolomiti s.r.l. – CIG B4D07F2E96"}},
{"file": "determinazione-pianiga-chromium.pdf", "role": "act",
 "what": "determinazione di liquidazione, general register 211, sector n. 38, with a 'prospetto contabile' accounting table (merged header and total cells) (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pianiga", "organ": "SETTORE SERVIZI SOCIALI", "office": "Ufficio Servizi alla Persona", "kind": "determinazione",
  "number": 211, "sector_number": 38, "date": "2026-04-16",
  "subject": "Liquidazione alla Cooperativa Sociale Il Girasole del corrispettivo per il servizio di assistenza domiciliare – mese di marzo 2026 – CIG B7D2290E41"}},
{"file": "determinazione-cavasodeltomba-latex.pdf", "role": "act",
 "what": "determina a contrarre of the Area Vigilanza, n. 9 of the Area, general register 96 (also in the running head); date only in words ('addì quindici del mese di aprile'); letter-spaced headings (pdfLaTeX, microtype)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cavaso del Tomba", "organ": "Area Vigilanza", "office": "Polizia Locale", "kind": "determinazione",
  "number": 96, "sector_number": 9, "date": "2026-04-15",
  "subject": "Determina a contrarre e affidamento diretto della fornitura di vestiario per il personale della Polizia Locale – CIG B6C0E3A851"}},
{"file": "determinazione-pojanamaggiore-halley.pdf", "role": "act",
 "what": "determinazione '58/2026 R.G.', '14/2026 Reg. Area', proposal 71: an 80-column Courier report in capitals with a character-drawn accounting box (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pojana Maggiore", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI", "kind": "determinazione",
  "number": 58, "sector_number": 14, "date": "2026-04-13", "proposal_number": 71, "proposal_date": "2026-04-09",
  "subject": "LAVORI DI SISTEMAZIONE DEI VIALETTI E DEI LOCULI DEL CIMITERO DEL CAPOLUOGO - APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE - LIQUIDAZIONE DEL SALDO - CUP F47H25000120004 - CIG B2F6A90C38"}},
{"file": "allegato-castelbaldo-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione R.G. 64 of 15/04/2026: list of 24 electricity invoices, spreadsheet with merged title rows printed landscape by LibreOffice Calc, header row repeated, file name in the running head",
 "act": {"municipality": "Comune di Castelbaldo"}},
{"file": "attestazione-gaiarine-jiride.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione 87 of 08/04/2026 that prints the Albo's own register number ('REGISTRO ALBO N. 398/2026') in a box above the title; published 09/04-24/04/2026, issued 27/04/2026 (fpdf2)",
 "act": {"municipality": "Comune di Gaiarine", "kind": "attestazione", "number": 87, "date": "2026-04-08",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU – anno d'imposta 2025"}},
{"file": "determinazione-villarperosa-kibernetes.pdf", "role": "act",
 "what": "determinazione of the Area Finanziaria, sector n. 31, R.G. n. 162: every glyph placed in its own text object, lines justified by moving glyphs; Albo stamp (reg. 251/2026) rotated 90 degrees in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Villar Perosa", "organ": "Area Finanziaria", "office": "Ufficio Tributi", "kind": "determinazione",
  "number": 162, "sector_number": 31, "date": "2026-04-16",
  "subject": "Approvazione della lista di carico del canone unico patrimoniale per le occupazioni del mercato settimanale – anno 2026."}},
{"file": "determinazione-sordevolo-wkhtml.pdf", "role": "act",
 "what": "determinazione 52 of the Servizio Amministrativo adopted by the Segretario comunale; premises and dispositive part side by side in two columns; date '22 aprile 2026' and in words (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sordevolo", "organ": "SERVIZIO AMMINISTRATIVO", "kind": "determinazione", "number": 52, "date": "2026-04-22",
  "subject": "Acquisto di materiale di cancelleria e di consumo per gli uffici comunali – Impegno di spesa – CIG B5A19C0D72"}},
{"file": "determinazione-cossanobelbo-groff.pdf", "role": "act",
 "what": "determina a contrarre 'n. 19/UT del 20.4.2026', R.G. n. 74, running head and foot on both pages (groff -ms, gropdf)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cossano Belbo", "organ": "AREA TECNICA", "office": "UFFICIO TECNICO COMUNALE", "kind": "determinazione",
  "number": 74, "sector_number": 19, "date": "2026-04-20",
  "subject": "Affidamento del servizio di sfalcio delle banchine stradali comunali anno 2026 – Determina a contrarre – CIG B3E7F18A20"}},
{"file": "avviso-bosconero-word.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (market survey for the summer centre), prot. 3317 of 20/04/2026; Area/Servizi in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Bosconero", "organ": "AREA AMMINISTRATIVA", "office": "Servizi alla Persona e Istruzione", "kind": "avviso", "number": 3, "date": "2026-04-20",
  "subject": "INDAGINE DI MERCATO PER L'AFFIDAMENTO DEL SERVIZIO DI CENTRO ESTIVO COMUNALE 2026"}},
{"file": "determinazione-carpignanosesia-reportlab.pdf", "role": "act",
 "what": "determinazione of the Settore Amministrativo, Reg. Gen. n. 112, Reg. Settore SA/27 (award after tender): letterhead and foot are Form XObjects on both pages; dispositive part and signature drawn before the heading (out of reading order)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Carpignano Sesia", "organ": "SETTORE AMMINISTRATIVO", "office": "Servizio Istruzione", "kind": "determinazione",
  "number": 112, "sector_number": 27, "date": "2026-04-21",
  "subject": "Servizio di refezione scolastica per gli aa.ss. 2026/2027 e 2027/2028 – Approvazione dei verbali di gara e aggiudicazione – CIG B8C4E1F590"}},
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
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
