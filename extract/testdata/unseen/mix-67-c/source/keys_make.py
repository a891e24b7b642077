# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-bacchiglione-word.pdf", "role": "act",
 "what": "deliberation 58/2026 of the Consiglio di Amministrazione of a Consorzio di Bonifica (Veneto): number, date and minute number in a label-over-value grid, roll in a table with X under Presente/Assente, running head and 'Pag. N di M' fields from page 2 (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Consorzio di Bonifica Bacchiglione", "organ": "Consiglio di Amministrazione", "kind": "deliberazione",
  "number": 58, "date": "2026-05-07", "time": "16:30",
  "subject": "Lavori di manutenzione straordinaria e ripresa delle frane arginali dello scolo Maestro in Comune di Saonara – Approvazione del progetto esecutivo e determinazione a contrarre. CUP D57H26000410005.",
  "attendees": [A("FERRO Paolo", "Presidente"), A("ZANON Giulia", "Vice Presidente"), A("MENEGHETTI Luca", "Consigliere"),
                A("BORTOLAMI Anna", "Consigliere", False), A("CAVINATO Sergio", "Consigliere – rappresentante dei Comuni")],
  "president": {"role": "Presidente", "name": "Paolo Ferro"},
  "secretary": {"title": "dott.ssa", "role": "Segretario verbalizzante", "name": "Elisa Pavan"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-ciss38-chromium.pdf", "role": "act",
 "what": "deliberation 6/2026 of the Assemblea consortile of an intercommunal social-services consortium (Piemonte): roll of 12 member Comuni with representative, qualifica and quota in a table with merged header cells (Presenza over P | A), majority vote with counts (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "C.I.S.S. 38 – Consorzio Intercomunale dei Servizi Sociali", "organ": "Assemblea consortile", "kind": "deliberazione",
  "number": 6, "date": "2026-04-28", "time": "17:30",
  "subject": "Approvazione del Rendiconto della gestione per l'esercizio 2025 e destinazione del risultato di amministrazione.",
  "attendees": [A("CHIANTARETTO Marco", "Sindaco"), A("BERTOTTI Laura", "Sindaco"), A("GIACOMA ROSA Enrico", "Assessore delegato"),
                A("FAVRE Stefania", "Sindaco"), A("PERINO Walter", "Sindaco"), A("BORELLO Ilaria", "Consigliere delegato", False),
                A("REGIS Davide", "Sindaco"), A("COSTANTINO Paola", "Vice Sindaco delegato"), A("BLANC Luigi", "Sindaco", False),
                A("ROLANDO Fabio", "Sindaco"), A("MARTINETTO Sara", "Sindaco"), A("OBERTO Giorgio", "Sindaco")],
  "president": {"title": "sig.ra", "role": "Presidente dell'Assemblea", "name": "Laura Bertotti"},
  "secretary": {"title": "dott.", "role": "Segretario del Consorzio", "name": "Fabrizio Garbolino"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-vallesabbia-latex.pdf", "role": "act",
 "what": "deliberation 47/2026 of the Giunta Esecutiva of a Comunità Montana (Lombardia): pdfLaTeX, letter-spaced letterhead and headings (microtype), number and date in a two-cell box, roll as two side-by-side P/A tables, running head and foot on both pages, date in words and 'ore 18.00'",
 "operative_points": 3,
 "act": {"municipality": "Comunità Montana di Valle Sabbia", "organ": "Giunta Esecutiva", "kind": "deliberazione",
  "number": 47, "date": "2026-05-05", "time": "18:00",
  "subject": "Approvazione del progetto esecutivo degli interventi di manutenzione straordinaria della rete sentieristica e dei percorsi ciclopedonali della Valle Sabbia – Lotto 2026 – CUP G67H26000130002.",
  "attendees": [A("Bonomi Gianluca", "Presidente"), A("Zanetti Marco", "Vice Presidente"), A("Pasini Elisa", "Assessore"),
                A("Freddi Osvaldo", "Assessore", False), A("Mora Chiara", "Assessore")],
  "president": {"role": "Presidente", "name": "Gianluca Bonomi"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Alberto Lorenzi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-asltaranto-reportlab.pdf", "role": "act",
 "what": "deliberation 812/2026 of the Direttore Generale of an ASL (Puglia): letterhead, page-2 running head and foot are reused Form XObjects, body drawn before the letterhead and number box on each page, lines justified with Tw; proposing structure and proposal in the number box; pareri in boxes on page 2 (ReportLab)",
 "operative_points": 5,
 "act": {"municipality": "Azienda Sanitaria Locale Taranto", "organ": "Direttore Generale", "kind": "deliberazione",
  "number": 812, "date": "2026-05-06",
  "proposing_office": "S.C. Gestione Risorse Umane", "proposal_number": 935, "proposal_date": "2026-04-29",
  "subject": "Avviso pubblico, per titoli e colloquio, per il conferimento di incarichi a tempo determinato di Dirigente Medico – disciplina di Pediatria. Ammissione ed esclusione dei candidati e nomina della Commissione esaminatrice.",
  "immediately_executive": True}},
{"file": "deliberazione-sannioalifano-glyphs.pdf", "role": "act",
 "what": "deliberation 37/2026 of the Commissario Straordinario of a Consorzio di Bonifica (Campania), 'N. 37 del 29.4.2026': a PDF written by hand with every glyph placed alone by Tm (no space characters), the dispositive part drawn before the heading, and the Albo stamp drawn glyph by glyph rotated 90° up the left margin",
 "operative_points": 4,
 "act": {"municipality": "Consorzio di Bonifica del Sannio Alifano", "organ": "Commissario Straordinario", "kind": "deliberazione",
  "number": 37, "date": "2026-04-29",
  "subject": "Ruolo di contribuenza consortile per l'anno 2026 - Approvazione e messa in riscossione.",
  "immediately_executive": True}},
{"file": "determinazione-lucretili-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Direttore of a regional park (Lazio): general register 118 and service register 27 in a label grid at the top right (the label 'Registro Generale' wrapped over two lines), the Servizio under the heading (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Parco Naturale Regionale Monti Lucretili", "organ": "Direttore", "office": "Servizio Naturalistico e Educazione Ambientale",
  "kind": "determinazione", "number": 118, "sector_number": 27, "date": "2026-05-04",
  "subject": "Monitoraggio della popolazione di lupo (Canis lupus) nel territorio del Parco – Affidamento del servizio di fototrappolaggio per l'anno 2026 ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 – CIG B91E4C02A7 – Impegno di spesa."}},
{"file": "determinazione-atotoscanacosta-fpdf2.pdf", "role": "act",
 "what": "determinazione 41/2026 of the Direttore Generale of a waste ATO authority (Toscana): DejaVu CID fonts (Identity-H), letterhead with number and date and the foot repeated on both pages, premises in two balanced justified columns, proposing structure in a label grid (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "ATO Toscana Costa", "organ": "Direttore Generale", "kind": "determinazione",
  "number": 41, "date": "2026-05-08", "proposing_office": "Area Pianificazione e Controllo",
  "subject": "Affidamento del servizio di supporto tecnico-economico per la predisposizione dei Piani Economico Finanziari 2026-2029 secondo il metodo tariffario MTR-3 di ARERA – Determinazione a contrarre e affidamento diretto – CIG B8D0E61F35."}},
{"file": "decreto-provlucca-groff.pdf", "role": "act",
 "what": "decreto del Presidente 52/2026 of a Provincia (Toscana): groff -ms typeset by gropdf, proposal and proposing service in a tbl box, number and date repeated in the page foot",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Lucca", "organ": "Presidente", "kind": "decreto", "number": 52, "date": "2026-05-06",
  "proposal_number": 61, "proposal_date": "2026-04-30", "proposing_office": "Servizio Viabilità e Infrastrutture",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di consolidamento del ponte sul torrente Pedogna lungo la S.P. 2 Lodovica, in Comune di Borgo a Mozzano. CUP E27H26000250001.",
  "immediately_executive": True}},
{"file": "avviso-danielemoro-openpdf.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of external mobility of an ASP (Friuli Venezia Giulia), prot. 1482 of 11/05/2026; letterhead with the Area/Ufficio line drawn by a page event, articles in a borderless two-column table (OpenPDF)",
 "act": {"municipality": "Azienda Pubblica di Servizi alla Persona “Daniele Moro”", "organ": "Area Amministrativa", "office": "Ufficio Personale",
  "kind": "avviso", "date": "2026-05-11",
  "subject": "MOBILITÀ ESTERNA VOLONTARIA PER LA COPERTURA DI N. 2 POSTI DI OPERATORE SOCIO SANITARIO, CATEGORIA B, A TEMPO PIENO E INDETERMINATO"}},
{"file": "convocazione-metalla-writer.pdf", "role": "notice",
 "what": "letter convening the Assemblea of an Unione dei Comuni (Sardegna) for 18/05/2026 at 16:00, prot. 611 of 08.05.2026: flat ODF in Writer, protocol/date and addressees in text frames, agenda as a table",
 "act": {"municipality": "Unione dei Comuni Metalla e il Mare", "kind": "convocazione", "date": "2026-05-08",
  "subject": "Convocazione dell'Assemblea dell'Unione – seduta ordinaria del 18 maggio 2026."}},
{"file": "attestazione-provcaserta-enscript.pdf", "role": "certificate",
 "what": "certificate of the start of publication (Albo register 1187/2026, 04/05/2026) of decreto presidenziale 44 of 30/04/2026 of a Provincia (Campania): 80-column Courier report with a box of + - | and dotted labels (enscript + Ghostscript)",
 "act": {"municipality": "Provincia di Caserta", "kind": "attestazione", "number": 44, "date": "2026-04-30",
  "subject": "PIANO PROVINCIALE DI DIMENSIONAMENTO DELLA RETE DELLE ISTITUZIONI SCOLASTICHE - ANNO SCOLASTICO 2027/2028 - APPROVAZIONE."}},
{"file": "allegato-cellinameduna-calc.pdf", "role": "attachment",
 "what": "Allegato A to the Consiglio di Amministrazione's deliberation 29/2026 of a Consorzio di Bonifica (Friuli Venezia Giulia): 46 maintenance works on 2 landscape pages, merged title cells, header row repeated, footer with page numbers (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Consorzio di Bonifica Cellina Meduna"}},
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
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
