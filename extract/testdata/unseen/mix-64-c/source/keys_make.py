# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-avelengo-chromium.pdf", "role": "act",
 "what": "Beschluss des Gemeindeausschusses / deliberazione della Giunta comunale Nr./n. 58 of 14.04.2026 17:30 of Gemeinde Hafling / Comune di Avelengo: German/Italian letterhead, subject printed German then Italian, roll table with bilingual roles and X marks (one absent justified), premises and dispositive part in a German | Italian two-column table (Chromium, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Avelengo", "organ": "Giunta comunale", "kind": "deliberazione", "number": 58, "date": "2026-04-14", "time": "17:30",
  "subject": "Approvazione del progetto esecutivo per il rinnovo della condotta dell'acqua potabile in località Falzeben – CUP G27H26000090005",
  "attendees": [A("Menz Andreas", "Sindaco"), A("Alber Verena", "Vicesindaca"), A("Reiterer Josef", "Assessore"), A("Mair Christine", "Assessora", False), A("Egger Lukas", "Assessore")],
  "president": {"role": "Sindaco", "name": "Andreas Menz"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Martin Gufler"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-pontey-latex.pdf", "role": "act",
 "what": "Détermination du secrétaire communal / determinazione del segretario comunale n. 19 of 9 April 2026 (dates in words, 'No 19 du 9 avril 2026 | N. 19 del 9 aprile 2026' box) of Commune de Pontey: French/Italian letterhead, heading and subject (Objet / Oggetto), Italian body; letter-spaced headings by microtype (pdfLaTeX, 1 page)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontey", "organ": "Segretario comunale", "kind": "determinazione", "number": 19, "date": "2026-04-09",
  "subject": "Adesione al servizio associato di gestione degli archivi comunali dell’Unità dei Comuni e impegno della spesa per l’anno 2026."}},
{"file": "deliberazione-natisonetorre-insiel.pdf", "role": "act",
 "what": "deliberation 14/2026 of the Comitato esecutivo of the Comunità di montagna del Natisone e Torre / Gorska skupnost Nadiže in Tera: every Italian paragraph followed by its Slovene version in italics, 'N. / Št. 14 | del / z dne 16.04.2026' box, roll table with P/A columns and totals, majority vote 3/0/1 (fpdf2, DejaVu as CID TrueType, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comunità di montagna del Natisone e Torre", "organ": "Comitato esecutivo", "kind": "deliberazione", "number": 14, "date": "2026-04-16", "time": "15:00",
  "subject": "Approvazione dello schema di convenzione con i Comuni di Pulfero, Savogna e Stregna per la gestione associata del servizio di sgombero neve – stagioni invernali 2026/2027 e 2027/2028.",
  "attendees": [A("Qualla Fabio", "Presidente"), A("Chiabai Loredana", "Vicepresidente"), A("Bergnach Mauro", "Componente"), A("Trusgnach Elisa", "Componente", False), A("Cendou Michele", "Componente")],
  "president": {"role": "Presidente", "name": "Fabio Qualla"},
  "secretary": {"title": "dott.", "role": "Segretario", "name": "Paolo Dorbolò"},
  "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "decreto-provpescara-openpdf.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE DELLA PROVINCIA N. 41 del 20/04/2026: page 1 is a cover sheet with only 'PROVINCIA DI PESCARA / DECRETO DEL PRESIDENTE / N. 41'; the act on page 2 with a two-cell number/date box, Settore line under the letterhead, justified paragraphs (word spacing), DECRETA 1.-4., running foot from page 2 (Java + OpenPDF, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Pescara", "organ": "Presidente", "kind": "decreto", "number": 41, "date": "2026-04-20",
  "subject": "Approvazione del Piano provinciale di manutenzione straordinaria dei ponti e viadotti della rete stradale provinciale – annualità 2026 – e assegnazione delle risorse ai sensi del D.M. 225/2021."}},
{"file": "deliberazione-altavaltanaro-word.pdf", "role": "act",
 "what": "VERBALE DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE N. 22 del 21/04/2026 of an Unione Montana; subject printed twice (capitals in the OGGETTO box, mixed case in «...» in the body); date and time in words ('addì ventuno del mese di aprile, alle ore diciotto e trenta'); roll table with Sì/No; header and footer on both pages (python-docx, LibreOffice Writer, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Alta Val Tanaro", "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 22, "date": "2026-04-21", "time": "18:30",
  "subject": "ADESIONE AL BANDO REGIONALE PER IL SOSTEGNO DEI SERVIZI DI TRASPORTO A CHIAMATA NELLE AREE MONTANE – APPROVAZIONE DEL PROGETTO \"TANARO BUS 2026\" E DELLA QUOTA DI COFINANZIAMENTO.",
  "attendees": [A("FERRARI Luca", "Presidente"), A("BRUNO Annalisa", "Vicepresidente"), A("GIACCHELLO Piero", "Assessore"), A("ODDO Marina", "Assessore", False), A("CANAVESE Sergio", "Assessore")],
  "president": {"title": "sig.", "role": "Presidente", "name": "Luca Ferrari"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Gianfranco Ravera"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-aspambito9-halley.pdf", "role": "act",
 "what": "deliberation 11/2026 of the Consiglio di Amministrazione of ASP Ambito 9 (Jesi): every glyph placed on its own (Tm+Tj), justification by moving glyphs; ruled roll with titles, roles and 'presente'/'assente giustificato'; Albo stamp rotated 90° in the right margin (ReportLab, 1 page)",
 "operative_points": 4,
 "act": {"municipality": "ASP AMBITO 9", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 11, "date": "2026-04-23", "time": "16:00",
  "subject": "Approvazione del progetto di servizio \"Sollievo a domicilio\" per le famiglie che assistono persone non autosufficienti e della relativa convenzione con l'Ambito Territoriale Sociale 9.",
  "attendees": [A("Stefania Bacci", "Presidente"), A("Roberto Cingolani", "Vicepresidente"), A("Maria Grazia Pieroni", "Consigliere"), A("Fabio Mancinelli", "Consigliere", False), A("Enrico Santinelli", "Consigliere")],
  "president": {"title": "Avv.", "role": "Presidente", "name": "Stefania Bacci"},
  "secretary": {"title": "dott.", "role": "Direttore", "name": "Lorenzo Federici"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-bonificaromagnaoccidentale-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of a Consorzio di Bonifica: label grid with merged cells (Area, Settore, Registro Generale N. 137 / Data 22.4.2026, Registro di Area N. 48, Proposta n. 161 del 17.4.2026 spanning two rows), shaded OGGETTO, D E T E R M I N A with an HTML list 1.-4. (wkhtmltopdf, 1 page)",
 "operative_points": 4,
 "act": {"municipality": "Consorzio di Bonifica della Romagna Occidentale", "organ": "AREA TECNICA", "office": "Settore Manutenzione Opere di Bonifica", "kind": "determinazione",
  "number": 137, "sector_number": 48, "date": "2026-04-22", "proposal_number": 161, "proposal_date": "2026-04-17",
  "subject": "Lavori di risezionamento e ripresa frane dello Scolo Fossatone nei Comuni di Lugo e Bagnacavallo – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 – CUP E47H26000210005 – CIG B9D4F17A22."}},
{"file": "ordinanza-sanguinetto-groff.pdf", "role": "act",
 "what": "ORDINANZA DEL SINDACO 'Ord. n. 12 del 24.4.2026' (traffic ban for a festival), groff -ms with hanging OGGETTO, O R D I N A 1.-4., closing 'addì ventiquattro aprile duemilaventisei', running foot (groff/gropdf, 1 page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sanguinetto", "organ": "Sindaco", "kind": "ordinanza", "number": 12, "date": "2026-04-24",
  "subject": "Divieto di transito e di sosta nel centro storico in occasione della manifestazione «Castello in Festa 2026» nei giorni 1, 2 e 3 maggio 2026."}},
{"file": "determinazione-trevico-enscript.pdf", "role": "act",
 "what": "two acts in one file: page 1 a determinazione of the Area Amministrativa as an 80-column Courier report (box 'DETERMINAZIONE N. 47/2026 R.G. DATA 27/04/2026 / N. 12 DEL SERVIZIO PROPOSTA N. 55 DEL 23/04/2026'), page 2 the Messo's CERTIFICATO DI PUBBLICAZIONE of it (reg. 231/2026, 28/04-13/05/2026) (enscript + Ghostscript, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Trevico", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Affari Generali e Demografici", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-04-27", "proposal_number": 55, "proposal_date": "2026-04-23",
  "subject": "ACQUISTO DI ARREDI PER LA BIBLIOTECA COMUNALE \"FRANCESCO DE SANCTIS\" - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B8F20C7E51"}},
{"file": "bando-mores-postscript.pdf", "role": "act",
 "what": "unnumbered BANDO PUBBLICO (grazing lots, Prot. n. 2644 del 28/04/2026) of the Area Tecnica – Servizio Patrimonio: hand-written PostScript, ISO Latin-1 re-encoded base fonts (hyphen comes out as U+2212, apostrophe as ’), two-column articles justified with widthshow, blocks drawn in the order foot, signature, right column, left column, title, letterhead (Ghostscript, 1 page)",
 "act": {"municipality": "Comune di Mores", "organ": "AREA TECNICA", "office": "Servizio Patrimonio", "kind": "bando", "date": "2026-04-28",
  "subject": "PER L’ASSEGNAZIONE IN CONCESSIONE DI LOTTI DI TERRENO COMUNALE AD USO PASCOLO − ANNATA AGRARIA 2026/2027"}},
{"file": "deliberazione-cassaro-sicraweb.pdf", "role": "act",
 "what": "Consiglio comunale deliberation N. 9 del 29/04/2026 (Sicily; 'il giorno ventinove del mese di aprile, alle ore diciannove'): letterhead and foot are Form XObjects, lines justified with Tw, headings letter-spaced with Tc; roll of 10 councillors in two side-by-side ruled groups with X under P/A; majority vote 6/2/0 (ReportLab, 1 page)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cassaro", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-04-29", "time": "19:00",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.",
  "attendees": [A("Grasso Salvatore", "Consigliere"), A("Vinci Concetta", "Consigliere"), A("Bordonaro Giuseppe", "Consigliere"), A("Aliffi Maria Rita", "Consigliere", False), A("Tarascio Corrado", "Consigliere"),
                A("Caruso Angela", "Consigliere"), A("Messina Paolo", "Consigliere"), A("Randone Sebastiano", "Consigliere", False), A("Fazzino Lucia", "Consigliere"), A("Spadaro Gaetano", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio comunale", "name": "Salvatore Grasso"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Rosaria Calvo"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "allegato-pratovecchiostia-calc.pdf", "role": "attachment",
 "what": "ALLEGATO A to determinazione 118 of 24/04/2026 (rent-support grants, 28 pseudonymised beneficiaries): spreadsheet with merged title rows printed landscape by LibreOffice Calc over 2 pages, header row repeated, file name and 'Pagina x di y' in the foot",
 "act": {"municipality": "Comune di Pratovecchio Stia"}},
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
sys.exit(1 if bad else 0)
