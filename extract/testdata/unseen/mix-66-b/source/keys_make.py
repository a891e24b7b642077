# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed):
# subjects exactly, the other strings case-insensitively. Exits 1 if a string is missing.
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-pontesanpietro-word.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Ponte San Pietro (BG); letterhead and the breadcrumb 'Area Tecnica – Servizio Lavori Pubblici' in the Word page header (repeated on page 2); two shaded cells side by side 'Reg. Gen. n. 287 del 14/04/2026' | 'Reg. Sett. n. 61 del 13/04/2026'; python-docx through LibreOffice, 2 pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ponte San Pietro", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
  "number": 287, "sector_number": 61, "date": "2026-04-14",
  "subject": "Lavori di riqualificazione del parcheggio pubblico di via Adda – Approvazione del progetto esecutivo e determinazione a contrarre mediante affidamento diretto. CUP C87H25001230004 – CIG B9F2A17C3E."}},
{"file": "determinazione-sandonadipiave-chromium.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of the 3° Settore of San Donà di Piave (VE): label grid with Settore, Servizio, 'Registro Generale n. 1.316 del 16/04/2026' (thousands dot) and 'Proposta n. 1.402 del 15/04/2026' on one row; HTML ordered list of 5 points; headless Chromium",
 "operative_points": 5,
 "act": {"municipality": "Città di San Donà di Piave", "organ": "3° SETTORE – SERVIZI ALLA PERSONA", "office": "Servizio Politiche Sociali e Abitative", "kind": "determinazione",
  "number": 1316, "date": "2026-04-16", "proposal_number": 1402, "proposal_date": "2026-04-15",
  "subject": "Fondo comunale per il sostegno all'accesso alle abitazioni in locazione – anno 2026. Approvazione della graduatoria definitiva dei beneficiari e impegno di spesa."}},
{"file": "determinazione-cittacaudina-openpdf.pdf", "role": "act",
 "what": "determinazione of the Centrale Unica di Committenza of the Unione dei Comuni Città Caudina (BN/AV): register table with merged cells (Settore cell spanning 3 rows, REGISTRO GENERALE / REGISTRO DI SETTORE spanning 2 columns) 'N. 47/2026 R.G. 15/04/2026 | N. 12/2026 R.S. 14/04/2026'; running head and 'Pagina X di Y' foot on both pages; OpenPDF",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni Città Caudina", "organ": "SETTORE TECNICO", "office": "Centrale Unica di Committenza", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-04-15",
  "subject": "Procedura negoziata senza bando per l'affidamento dei lavori di adeguamento sismico ed efficientamento energetico della scuola primaria di via Roma per conto del Comune di Airola – Nomina della commissione giudicatrice. CUP H17G24000310001 – CIG B8C41E2D77."}},
{"file": "determinazione-maddaloni-sfera.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of the Settore V of Maddaloni (CE) whose numbers stand only in a box at the top right ('Reg. Gen. n. 318 / del 13.04.2026 / Reg. Sett. V n. 44'), the title carrying none; ReportLab, one Tm per glyph and no space characters, content stream out of reading order (foot, body, letterhead, box last)",
 "operative_points": 4,
 "act": {"municipality": "Città di Maddaloni", "organ": "SETTORE V – LAVORI PUBBLICI E MANUTENZIONE", "office": "Servizio Manutenzione Strade e Infrastrutture", "kind": "determinazione",
  "number": 318, "sector_number": 44, "date": "2026-04-13",
  "subject": "Intervento urgente di ripristino della pavimentazione stradale in via Napoli e in via Appia Antica – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 e impegno di spesa. CIG B6D93A0F12."}},
{"file": "determinazione-rizziconi-groff.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Rizziconi (RC): boxed tbl 'DETERMINAZIONE N. 164 del Registro Generale | N. 38 del Registro dell'Area / Proposta n. 79 del 14.04.2026 | Ufficio proponente'; the act's own date only in words ('L'anno duemilaventisei, addì sedici del mese di aprile'); groff -ms (gropdf), 2 pages",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rizziconi", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Pubblica Istruzione e Servizi Scolastici", "kind": "determinazione",
  "number": 164, "sector_number": 38, "date": "2026-04-16", "proposal_number": 79, "proposal_date": "2026-04-14",
  "proposing_office": "Pubblica Istruzione",
  "subject": "Servizio di refezione scolastica per l’anno scolastico 2025/2026 – Liquidazione delle fatture relative ai mesi di febbraio e marzo 2026 in favore della ditta Ristorazione Piana S.r.l. – CIG B2A7F09C61."}},
{"file": "decreto-cmvenezia-lualatex.pdf", "role": "act",
 "what": "decreto del Sindaco metropolitano n. 23 of the Città metropolitana di Venezia: label grid (Atto, 'n. 23 del 17.04.2026', Proposta n. 31 del 14.04.2026, Struttura proponente), running head with the number on both pages; LuaLaTeX with Liberation fonts embedded as CID TrueType Identity-H",
 "operative_points": 4,
 "act": {"municipality": "Città metropolitana di Venezia", "organ": "Sindaco metropolitano", "kind": "decreto",
  "number": 23, "date": "2026-04-17", "proposal_number": 31, "proposal_date": "2026-04-14",
  "proposing_office": "Area Lavori Pubblici – Servizio Viabilità",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della S.P. 42 “Jesolana” tra il km 4+200 e il km 6+850, in Comune di Jesolo. CUP B37H25002140003.",
  "immediately_executive": True}},
{"file": "ordinanza-partanna-pdfbox.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente n. 9/2026 of Partanna (TP): evacuation of a building after a partial roof collapse; PDFBox 1.8, lines at fixed coordinates justified with Tw, headings letter-spaced with Tc, page written bottom-up (foot, stamp, signature, points, premises, heading last), Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Partanna", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-15",
  "subject": "Sgombero immediato e interdizione all'uso dell'edificio sito in via Vittorio Emanuele angolo vicolo Sant'Anna a seguito del crollo parziale della copertura."}},
{"file": "ordinanza-lazise-wkhtml.pdf", "role": "act",
 "what": "traffic ordinance of the Settore Polizia Locale of Lazise (VR) 'ORDINANZA N. 47/2026 R.G.' with 'Reg. Sett. P.L. n. 18 – Lazise, 20/04/2026' under it; Settore/Ufficio at the right of the letterhead; wkhtmltopdf",
 "operative_points": 5,
 "act": {"municipality": "Comune di Lazise", "organ": "SETTORE POLIZIA LOCALE", "office": "Ufficio Viabilità e Traffico", "kind": "ordinanza",
  "number": 47, "sector_number": 18, "date": "2026-04-20",
  "subject": "Modifica temporanea della circolazione stradale sul Lungolago Marconi e in via Porta del Lion in occasione della manifestazione \"Lazise in Fiore\" del 25 e 26 aprile 2026."}},
{"file": "deliberazione-sancataldo-writer.pdf", "role": "act",
 "what": "verbale di deliberazione della Giunta Municipale n. 58 of San Cataldo (CL), proposal 71 of the Settore II in a box, date and time in words/commas ('addì sedici del mese di aprile, alle ore 13,15'), roll table with X under Presente/Assente and a Totale row; the last page holds the certificate of publication (Reg. pubbl. 733, 17/04–02/05/2026) and of executivity; flat ODF through LibreOffice Writer, 3 pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Cataldo", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 58, "date": "2026-04-16", "time": "13:15",
  "proposal_number": 71, "proposal_date": "2026-04-14", "proposing_office": "Settore II – Servizi Finanziari",
  "subject": "Riaccertamento ordinario dei residui attivi e passivi al 31 dicembre 2025 ai sensi dell'art. 3, comma 4, del D.Lgs. n. 118/2011 e variazione degli stanziamenti del fondo pluriennale vincolato.",
  "attendees": [A("Modaffari Gioacchino", "Sindaco"), A("Riggi Carmela", "Vice Sindaco"), A("Lo Cascio Salvatore", "Assessore"),
                A("Bruccoleri Enza", "Assessore", False), A("Amico Calogero", "Assessore"), A("Scarantino Marianna", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Gioacchino Modaffari"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Rosalba Ferrara"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "allegato-cotronei-calc.pdf", "role": "attachment",
 "what": "ALLEGATO A to determinazione n. 112 of 15/04/2026 of the Area Tecnica of Cotronei (KR), with its own heading 'ELENCO DELLE AREE VERDI COMUNALI OGGETTO DEL SERVIZIO DI MANUTENZIONE – ANNO 2026': table with merged title and group rows (Centro urbano, Località Trepidò, Villaggio Palumbo) and a total; openpyxl .xlsx printed by LibreOffice Calc",
 "act": {"municipality": "Comune di Cotronei"}},
{"file": "decreto-soresina-fpdf2.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO 'N. 5 del 14.4.2026' of Soresina (CR) naming the Vice Segretario; date without leading zeros, repeated in the running head of page 2 and the foot of both pages; fpdf2 core fonts, justified with Tw",
 "operative_points": 5,
 "act": {"municipality": "Comune di Soresina", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-04-14",
  "subject": "Individuazione del Vice Segretario comunale e attribuzione delle funzioni vicarie del Segretario per il periodo dal 15 aprile 2026 al 31 dicembre 2028."}},
{"file": "determinazione-battipaglia-enscript.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of Battipaglia (SA) as an 80-column Latin-1 Courier report: register block with dotted labels 'REG. GEN. N. ..: 742 / DEL ...: 15/04/2026 / REG. SETT. N. .: 96' beside 'PROPOSTA N. 811 DEL 10/04/2026'; subject in capitals; enscript running head with the number on both pages; Ghostscript",
 "operative_points": 4,
 "act": {"municipality": "Città di Battipaglia", "organ": "SETTORE AMBIENTE, ECOLOGIA E SERVIZI CIMITERIALI", "office": "SERVIZIO IGIENE URBANA", "kind": "determinazione",
  "number": 742, "sector_number": 96, "date": "2026-04-15", "proposal_number": 811, "proposal_date": "2026-04-10",
  "subject": "SERVIZIO DI RACCOLTA E TRASPORTO DEI RIFIUTI SOLIDI URBANI DIFFERENZIATI E INDIFFERENZIATI - PROROGA TECNICA DEL CONTRATTO REP. N. 1.522/2021 NELLE MORE DELLA CONCLUSIONE DELLA NUOVA PROCEDURA DI GARA - IMPEGNO DI SPESA PERIODO MAGGIO-LUGLIO 2026 - CIG B7E20C4419"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
print(len(K), "keys;", "all keyed strings found" if not bad else "%d files with missing strings" % bad)
sys.exit(1 if bad else 0)
