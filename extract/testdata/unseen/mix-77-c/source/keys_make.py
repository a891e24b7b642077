# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-arquapetrarca-chromium.pdf", "role": "act",
 "what": "Albo 'Dettaglio atto' web page of a determinazione printed by Chromium: site header with the body's name, breadcrumb, label/value table (Tipo atto, Numero 'Reg. Gen. 311', Numero di settore 58/2026, Data, Oggetto, Area, Ufficio, Periodo di pubblicazione, N. registro Albo 96/2026)",
 "act": {"municipality": "Comune di Arquà Petrarca", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 58, "date": "2026-02-03",
  "subject": "Affidamento del servizio di manutenzione del verde pubblico e delle aree cimiteriali per l'anno 2026 – CIG B9D41C27A3 – Impegno di spesa"}},
{"file": "ordinanza-dozza-wkhtmltopdf.pdf", "role": "act",
 "what": "Albo detail page of ordinanza sindacale 'n. 12 del 3.2.2026' printed by wkhtmltopdf: small-caps labels over values, extract of the text with ORDINA 1-3 as an HTML list; the body's name only in the site footer at the bottom",
 "operative_points": 3,
 "act": {"municipality": "Comune di Dozza", "organ": "Sindaco", "office": "Polizia Locale", "kind": "ordinanza", "number": 12, "date": "2026-02-03",
  "subject": "Istituzione del senso unico alternato regolato da impianto semaforico in via Emilia, località Toscanella, per lavori di rifacimento della rete fognaria dal 9 al 27 febbraio 2026."}},
{"file": "avviso-ortasangiulio-portale.pdf", "role": "notice",
 "what": "Albo 'Dettaglio pubblicazione' page of an unnumbered avviso (Chromium): the body's name only in the breadcrumb and the contacts side column (two columns), label rows N. registro Albo 47/2026, Numero atto '–', Data atto, Oggetto, Ufficio, Periodo di pubblicazione",
 "act": {"municipality": "Comune di Orta San Giulio", "office": "Ufficio Tecnico – Demanio Lacuale", "kind": "avviso", "date": "2026-02-10",
  "subject": "Avviso pubblico per la concessione in uso temporaneo degli ormeggi comunali del Lungolago Bossi – stagione 2026"}},
{"file": "deliberazione-fontanigorda-writer.pdf", "role": "act",
 "what": "ESTRATTO of Giunta deliberation N. 9 (no roll, '(omissis)'), number and OGGETTO in a two-cell box, date and time in words 'addì cinque del mese di febbraio alle ore 17:30' (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fontanigorda", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 9, "date": "2026-02-05", "time": "17:30",
  "subject": "Approvazione del progetto \"Estate Ragazzi in Val Trebbia 2026\" e richiesta di contributo alla Regione Liguria.",
  "president": {"title": "sig.", "role": "Sindaco", "name": "Gianni Repetto"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Cevasco"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "decreto-pamparato-word.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 2/2026 (nomina Responsabile Servizio Tecnico), Word document with the body in the running head and the number in the running foot (python-docx, LibreOffice); date only in 'Pamparato, lì 09/02/2026'",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pamparato", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-02-09",
  "subject": "Nomina del Responsabile del Servizio Tecnico e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per l'anno 2026."}},
{"file": "matrimonio-predore-excel.pdf", "role": "notice",
 "what": "pubblicazione di matrimonio 'Atto n. 1 – Parte I – Serie A – Anno 2026' as an Excel sheet (openpyxl, LibreOffice Calc): merged title rows, bordered SPOSO/SPOSA grid, file-name footer",
 "act": {"municipality": "Comune di Predore", "office": "Ufficio dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 1, "date": "2026-02-12",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "ordinanza-aieta-halley.pdf", "role": "act",
 "what": "ordinanza sindacale N. 5 del 13/02/2026 (fire ban): every glyph its own BT/Tm/Tj, no space glyphs, lines justified by moving words; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Aieta", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-02-13",
  "subject": "Divieto di accensione di fuochi e di abbruciamento di residui vegetali in tutto il territorio comunale nel periodo di allerta meteo."}},
{"file": "deliberazione-montalbanoelicona-civilia.pdf", "role": "act",
 "what": "ESTRATTO of Consiglio deliberation N. 4 del 16/02/2026 with no roll: justified lines set Tw, headings letter-spaced with Tc, letterhead a Form XObject drawn last; majority vote with counts (reportlab)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Montalbano Elicona", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 4, "date": "2026-02-16", "time": "18:30",
  "subject": "Approvazione del Regolamento per l'applicazione dell'imposta di soggiorno.",
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio", "name": "Maria Catania"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Antonino Russo"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": False}},
{"file": "determinazione-santostefanodisessanio-enscript.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.', 'N. 12 DEL SERVIZIO', proposal 15 of 12/02/2026: 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Santo Stefano di Sessanio", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZIO TURISMO E CULTURA", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-02-16", "proposal_number": 15, "proposal_date": "2026-02-12",
  "subject": "ORGANIZZAZIONE DELLA RASSEGNA \"BORGO IN MUSICA 2026\" - AFFIDAMENTO DEL SERVIZIO DI SERVICE AUDIO E LUCI - CIG B8F21A04C6 - IMPEGNO DI SPESA."}},
{"file": "attestazione-bagnolideltrigno-fpdf2.pdf", "role": "certificate",
 "what": "attestazione di pubblicazione of Giunta deliberation 7 of 02/02/2026, published 04/02-19/02/2026 (reg. 41/2026), issued 20/02/2026: bordered label/value grid (fpdf2, core Helvetica)",
 "act": {"municipality": "Comune di Bagnoli del Trigno", "kind": "attestazione", "number": 7, "date": "2026-02-02",
  "subject": "Concessione del patrocinio e di un contributo alla Pro Loco per la manifestazione \"Carnevale Bagnolese 2026\"."}},
{"file": "avviso-zungri-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO (extra opening hours for the CIE): letter-spaced 'AVVISO' (microtype \\lsstyle), small-caps Area/Servizi line, fancyhdr head and foot (pdfLaTeX, T1, curly apostrophes)",
 "act": {"municipality": "Comune di Zungri", "organ": "Area Amministrativa", "office": "Servizi Demografici", "kind": "avviso", "date": "2026-02-18",
  "subject": "APERTURA STRAORDINARIA DELL’UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D’IDENTITÀ ELETTRONICA"}},
{"file": "decreto-sarule-groff.pdf", "role": "act",
 "what": "DECRETO N. 3 DEL 19.2.2026 of the Sindaco (nomina Vicesindaco), groff -ms with DECRETA 1-3 as .IP, running foot, closing date in words (gropdf, base-14 Times)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sarule", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-02-19",
  "subject": "Nomina del Vicesindaco e conferimento delle deleghe assessorili."}},
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
