# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-castellomolinadifiemme-writer.pdf", "role": "act",
 "what": "Giunta deliberation 38/2026 (Castello-Molina di Fiemme, TN): date in words 'addì diciassette del mese di marzo alle ore 17.30', present members listed one per line then 'Assenti: nessuno' (HTML as Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castello-Molina di Fiemme", "organ": "Giunta comunale", "kind": "deliberazione", "number": 38, "date": "2026-03-17", "time": "17:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del parco giochi di località Stramentizzo. CUP C61B26000120005.",
  "attendees": [A("MALFER MICHELE", "Sindaco"), A("VANZO ELENA", "Vicesindaco"), A("DELUGAN STEFANO", "Assessore"), A("ZENI MARTA", "Assessore"), A("GIACOMELLI ROBERTO", "Assessore")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Michele Malfer"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Alberto Bonelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-lauregno-gisprotokoll.pdf", "role": "act",
 "what": "Giunta deliberation 42/2026 (Lauregno/Laurein, BZ): German/Italian letterhead, headings and register line 'Nr. / N. 42 vom / del 19.03.2026 Uhr / ore 19:00', bilingual roll table (Funktion / Funzione, anw. / pres., abw. / ass. with 'entsch. / giust.'), German subject in italics above the Italian one; running head and foot (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Lauregno", "organ": "Giunta comunale", "kind": "deliberazione", "number": 42, "date": "2026-03-19", "time": "19:00",
  "subject": "Approvazione del progetto esecutivo per il risanamento della condotta dell'acqua potabile in località Obermühl.",
  "attendees": [A("Zöschg Rudolf", "Sindaco"), A("Kollmann Judith", "Vicesindaca"), A("Pichler Armin", "Assessore", False), A("Mairhofer Anna", "Assessora")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Rudolf Zöschg"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Martin Pichler"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-rhemessaintgeorges-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 27/2026 (Rhêmes-Saint-Georges, AO): French/Italian letterhead and labels, roll table with only a 'Presente' column (X for present, blank for the absent Sindaco), the Vicesindaco presides, 'Segretario dell'Ente in convenzione', executive on publication (Chromium, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rhêmes-Saint-Georges", "organ": "Giunta comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-24", "time": "18:00",
  "subject": "Approvazione della convenzione con il Consorzio di miglioramento fondiario Chaudanne per la manutenzione del ru de Mélignon – anno 2026.",
  "attendees": [A("BÉTHAZ Christian", "Sindaco", False), A("JORDANEY Nadia", "Vicesindaco"), A("THÉRISOD Alain", "Assessore"), A("CRÉTIER Mirella", "Assessore"), A("PERRIN Fabrizio", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Nadia Jordaney"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell'Ente", "name": "Daniela Chenuil"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "deliberazione-treppoligosullo-kibernetes.pdf", "role": "act",
 "what": "Giunta deliberation 31/2026 (Treppo Ligosullo, UD): roll in prose, 'assenti giustificati' (the Sindaco and an assessore) named in a sentence, the Vicesindaco presides, 'Segretario comunale reggente'; every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Treppo Ligosullo", "organ": "Giunta comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-20", "time": "12:00",
  "subject": "Approvazione del progetto di valorizzazione della Casa Carnica di Ligosullo quale punto informativo turistico e richiesta di contributo alla Regione Friuli Venezia Giulia.",
  "attendees": [A("Puntel Sara", "Vicesindaco"), A("Matiz Roberto", "Assessore"), A("Di Centa Marco", "Assessore"), A("Cescutti Luigino", "Sindaco", False), A("Craighero Lucia", "Assessore", False)],
  "president": {"role": "Vicesindaco", "name": "Puntel Sara"},
  "secretary": {"title": "dott.", "role": "Segretario comunale reggente", "name": "Paolo Del Fabbro"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-lorenzagodicadore-latex.pdf", "role": "act",
 "what": "Giunta deliberation 29/2026 (Lorenzago di Cadore, BL): date in words, roll table with P/A marks carrying footnotes (videoconference; absent justified), premises in two columns, majority vote with an abstention, letter-spaced headings, running head (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lorenzago di Cadore", "organ": "Giunta comunale", "kind": "deliberazione", "number": 29, "date": "2026-03-26", "time": "18:30",
  "subject": "Approvazione del piano di taglio dei boschi comunali per l’anno 2026 e indirizzi per la vendita del legname in piedi.",
  "attendees": [A("DE MARIO SERGIO", "Sindaco"), A("DA RIN CHIARA", "Vicesindaco"), A("ZANDEGIACOMO PAOLO", "Assessore"), A("TREMONTI ANNA", "Assessore"), A("FRESCURA MATTIA", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Sergio De Mario"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Michela Fontana"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 3, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-dambel-groff.pdf", "role": "act",
 "what": "Giunta deliberation 44/2026 (Dambel, TN): 'n. 44 dd. 23.03.2026' in the running foot, boxed tbl roll with X under P/A, two assessori esterni marked '(esterno)' after the name (groff -ms, tbl, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Dambel", "organ": "Giunta comunale", "kind": "deliberazione", "number": 44, "date": "2026-03-23", "time": "20:00",
  "subject": "Approvazione del rendiconto del servizio di custodia forestale per l’anno 2025 e riparto della spesa tra i Comuni del consorzio.",
  "attendees": [A("FANTI GIORGIO", "Sindaco"), A("PANCHERI CHIARA", "Vicesindaco"), A("COVI ALBERTO", "Assessore"), A("ZUECH MONICA", "Assessore", False)],
  "president": {"title": "signor", "role": "Sindaco", "name": "Giorgio Fanti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Luca Inama"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-torrebelvicino-apkappa.pdf", "role": "act",
 "what": "Giunta deliberation 52/2026 (Torrebelvicino, VI): 'DELIBERAZIONE N. 52 DEL 25-03-2026', roll grid with Presenti/Assenti columns and an 'Assessore (esterno)', Vicesegretario; letterhead, roll and signatures are Form XObjects and the page is drawn bottom-up (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torrebelvicino", "organ": "Giunta comunale", "kind": "deliberazione", "number": 52, "date": "2026-03-25", "time": "18:15",
  "subject": "Criteri per l'erogazione di contributi ai gestori dei centri estivi per l'anno 2026.",
  "attendees": [A("CAMPAGNOLO EMANUELE", "Sindaco"), A("DALLA RIVA MARTINA", "Vicesindaco"), A("PERUZZI GIANNI", "Assessore", False), A("BORTOLOSO ILARIA", "Assessore"), A("MENEGUZZO FABIO", "Assessore (esterno)")],
  "president": {"role": "Sindaco", "name": "Emanuele Campagnolo"},
  "secretary": {"title": "dott.ssa", "role": "Vicesegretario comunale", "name": "Giovanna Cocco"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-gazzoveronese-halley.pdf", "role": "act",
 "what": "Giunta deliberation 36/2026 (Gazzo Veronese, VR): 80-column Courier report in capitals, character-drawn box, roll with P/A in separate columns and totals, the Vicesindaco presides in the Sindaco's absence, Vice Segretario (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gazzo Veronese", "organ": "Giunta comunale", "kind": "deliberazione", "number": 36, "date": "2026-03-27", "time": "13:00",
  "subject": "CONCESSIONE DI CONTRIBUTO ALLA SCUOLA DELL’INFANZIA PARITARIA \"SAN BIAGIO\" DI SAN PIETRO IN VALLE PER L’ANNO SCOLASTICO 2025/2026.",
  "attendees": [A("BONFANTE ANDREA", "SINDACO", False), A("MARCHI LORENA", "VICESINDACO"), A("PERAZZANI DAVIDE", "ASSESSORE"), A("GUERRA ELISA", "ASSESSORE")],
  "president": {"title": "SIG.RA", "role": "VICESINDACO", "name": "LORENA MARCHI"},
  "secretary": {"title": "DOTT.", "role": "VICE SEGRETARIO COMUNALE", "name": "MIRKO ZANINI"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-roverchiara-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 96/2026 R.G. del 18.3.2026 – N. 31 del Registro di Area' (Roverchiara, VR): grey-labelled grid with Area, Servizio, numbers, proposal and Oggetto; points 1.-4.; visto contabile (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roverchiara", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici – Ecologia", "kind": "determinazione",
  "number": 96, "sector_number": 31, "date": "2026-03-18", "proposal_number": 112, "proposal_date": "2026-03-16",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e delle aree verdi comunali – anno 2026 – alla ditta Verde Adige s.r.l. di Legnago. Impegno di spesa. CIG B4F27C91D3."}},
{"file": "attestazione-valdastico-word.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 19 of 12/03/2026 (Valdastico, VI), published 16/03-31/03/2026, register n. 142/2026, subject in curly quotes; header and footer from a Word template (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Valdastico", "organ": "Giunta Comunale", "kind": "attestazione", "number": 19, "date": "2026-03-12",
  "subject": "Approvazione dello schema di convenzione con l'Unione Montana Pasubio Alto Vicentino per la gestione associata del servizio di polizia locale – periodo 2026-2028.",
  "immediately_executive": True}},
{"file": "ordinanza-lillianes-halley.pdf", "role": "act",
 "what": "ordinanza 6/2026 of the Sindaco (Lillianes, AO): road closure for works; lines justified with Tw, letterhead and headings letter-spaced with Tc; ORDINA points 1.-3. (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lillianes", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-16",
  "subject": "Divieto di transito veicolare sulla strada comunale per la frazione Granges nel tratto compreso tra il ponte sul torrente Lys e il villaggio di Pianas, per lavori di consolidamento del muro di sostegno."}},
{"file": "allegato-fontainemore-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 21/2026 (Fontainemore, AO): tariffs of the multipurpose hall and sports facilities, a spreadsheet printed landscape by LibreOffice Calc with running head and 'Pagina 1 di 1'",
 "act": {"municipality": "Comune di Fontainemore"}},
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
