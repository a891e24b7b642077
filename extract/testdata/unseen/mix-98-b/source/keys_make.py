# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "delibera-lamamocogno-reportlab.pdf", "role": "act",
 "what": "Giunta deliberation 31/2026 of Lama Mocogno (MO): ReportLab, justified text (Tw); proposal and proposing office above the subject; roll table with P/A and a videoconference column; Vice Sindaco presiding in the Sindaco's absence; separate unanimous vote for immediate executivity",
 "operative_points": 4,
 "act": {"municipality": "Comune di Lama Mocogno", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-24", "time": "12:30",
  "proposal_number": 38, "proposal_date": "2026-03-19", "proposing_office": "Area Tecnica – Lavori Pubblici",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE MOCOGNO – PIANO DEL PRETE – CUP H47H26000120004.",
  "attendees": [A("MAGNANI GIAN DOMENICO", "Sindaco", False), A("TOGNARELLI SILVIA", "Vice Sindaco"), A("BONUCCHI MARCO", "Assessore"), A("FERRARI ELENA", "Assessore esterno"), A("GALLI DAVIDE", "Assessore", False)],
  "president": {"role": "Vice Sindaco", "name": "Silvia Tognarelli"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Paola Morandi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "delibera-carpineti-writer.pdf", "role": "act",
 "what": "Giunta deliberation 27/2026 of Carpineti (RE), python-docx → LibreOffice Writer; a two-page minute: page 1 has number, proposal/office grid, subject and dispositive part, page 2 the sitting (time in words and figures), roll table with P/A and 'Da remoto', votes",
 "operative_points": 4,
 "act": {"municipality": "Comune di Carpineti", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-17", "time": "18:00",
  "proposal_number": 33, "proposing_office": "Servizio Finanziario e Tributi",
  "subject": "Variazione d'urgenza al bilancio di previsione 2026-2028 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000.",
  "attendees": [A("Tiziano Borghi", "Sindaco"), A("Giulia Ferretti", "Vice Sindaco"), A("Lorenzo Canovi", "Assessore"), A("Maria Grazia Baroni", "Assessore esterno", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Tiziano Borghi"},
  "secretary": {"title": "Dott. Avv.", "role": "Segretario Generale", "name": "Massimo Ganapini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "delibera-casalfiumanese-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 19/2026 of Casalfiumanese (BO), Chromium; proposal 45/2026 and Settore in a box above the subject; numbered roll table P/A/Videoconferenza; vote with counts (one abstention), separate vote with counts for immediate executivity; two pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di Casalfiumanese", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-26", "time": "17:45",
  "proposal_number": 45, "proposal_date": "2026-03-20", "proposing_office": "Settore Servizi alla Persona",
  "subject": "APPROVAZIONE DEI CRITERI PER L’EROGAZIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DELLE FAMIGLIE PER LA FREQUENZA DEI CENTRI ESTIVI 2026.",
  "attendees": [A("BELTRANDI BEATRICE", "Sindaco"), A("ZANELLI MATTEO", "Vice Sindaco"), A("RICCI MACCARINI LUISA", "Assessore"), A("GOLINELLI ANDREA", "Assessore esterno"), A("TAMPIERI CHIARA", "Assessore", False)],
  "president": {"title": "Sig.ra", "role": "Sindaco", "name": "Beatrice Beltrandi"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Annalisa Dall’Olio"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 3, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "delibera-rufina-latex.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026 of Rufina (FI), pdfLaTeX; date written 25.3.2026; roll table with merged header cells (Presenza: P | A | Videoconf.) and a totals row; two assessori esterni; Sindaco presiding",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rufina", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-25", "time": "15:00",
  "proposal_number": 29, "proposal_date": "2026-03-23", "proposing_office": "Ufficio Cultura, Turismo e Sport",
  "subject": "Approvazione del programma delle iniziative culturali “Rufina Estate 2026” e concessione del patrocinio gratuito alle associazioni organizzatrici.",
  "attendees": [A("Vito Maida", "Sindaco"), A("Daniele Bacci", "Vice Sindaco"), A("Francesca Parrini", "Assessore esterno"), A("Leonardo Mariotti", "Assessore", False), A("Serena Cantini", "Assessore esterno")],
  "president": {"role": "Sindaco", "name": "Vito Maida"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Riccardo Salvadori"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "delibera-montaione-wkhtml.pdf", "role": "act",
 "what": "Giunta deliberation 36/2026 of Montaione (FI), wkhtmltopdf; label grid (Atto / Numero e data / Proposta / Oggetto) with the subject in the grid; roll in two side-by-side columns with P/A/V marks (V = videoconference); Vice Sindaco presiding",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montaione", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 36, "date": "2026-03-27", "time": "09:30",
  "proposal_number": 41, "proposal_date": "2026-03-24", "proposing_office": "Area Affari Generali e Servizi al Cittadino",
  "subject": "Adesione alla manifestazione regionale “Toscana Borghi Aperti 2026” e approvazione del relativo schema di accordo con la Pro Loco.",
  "attendees": [A("Paolo Pomponi", "Sindaco", False), A("Sabrina Fontanelli", "Vice Sindaco"), A("Marco Bellucci", "Assessore"), A("Caterina Nencioni", "Assessore esterno"), A("Gabriele Tafi", "Assessore")],
  "president": {"role": "Vice Sindaco", "name": "Sabrina Fontanelli"},
  "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Francesco Cioni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "delibera-tredozio-groff.pdf", "role": "act",
 "what": "Giunta deliberation 14/2026 of Tredozio (FC), groff -ms + tbl (gropdf); 'Atto n. 14' with the date only in words in the body and in the running foot; time in words; boxed roll table P/A + videoconference",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tredozio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-30", "time": "13:30",
  "proposal_number": 17, "proposing_office": "Servizio Segreteria e Affari Generali",
  "subject": "CONCESSIONE IN COMODATO D’USO GRATUITO DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI PETRICCIO ALL’ASSOCIAZIONE \"AMICI DI TREDOZIO APS\" PER IL TRIENNIO 2026-2028.",
  "attendees": [A("SIMONA VIETINA", "Sindaco"), A("LUCA MAMBELLI", "Vice Sindaco"), A("MARTINA GIANNELLI", "Assessore esterno", False)],
  "president": {"title": "Sig.ra", "role": "Sindaco", "name": "Simona Vietina"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Rosanna Furii"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determina-subbiano-fpdf.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Subbiano (AR), fpdf2: label grid with sector number 42, Reg. Gen. 311 and proposal 58",
 "operative_points": 4,
 "act": {"municipality": "Comune di Subbiano", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 42, "date": "2026-03-18", "proposal_number": 58, "proposal_date": "2026-03-16",
  "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA PALESTRA COMUNALE DI CASTELNUOVO - AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 ALLA DITTA TERMOIMPIANTI CASENTINO S.R.L. - CUP E94D26000030004 - CIG B9F2A61C3D"}},
{"file": "ordinanza-gemmano-enscript.pdf", "role": "act",
 "what": "ordinanza sindacale 7/2026 of Gemmano (RN): 70-column Courier typescript (enscript + ps2pdf), apostrophes for accents",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gemmano", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-19",
  "subject": "DIVIETO TEMPORANEO DI TRANSITO SULLA STRADA COMUNALE ONFERNO - MARAZZANO PER LAVORI DI CONSOLIDAMENTO DEL MURO DI SOSTEGNO."}},
{"file": "decreto-provinciaterni-attiweb.pdf", "role": "act",
 "what": "decreto del Presidente della Provincia di Terni n. 18/2026, hand-written PDF: every glyph placed with its own Tm, justified lines spread glyph by glyph, body drawn bottom-up, letterhead in a Form XObject, Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Provincia di Terni", "organ": "Presidente della Provincia", "kind": "decreto", "number": 18, "date": "2026-03-23",
  "subject": "Approvazione del Piano provinciale degli interventi di manutenzione straordinaria degli edifici scolastici di istruzione secondaria superiore - annualità 2026.",
  "immediately_executive": True}},
{"file": "attestazione-buonconvento-writer.pdf", "role": "certificate",
 "what": "certificate of publication and executivity of Giunta deliberation 24 of 20/03/2026 of Buonconvento (SI), published 23/03-07/04/2026, register 211/2026; HTML form opened by LibreOffice Writer",
 "act": {"municipality": "Comune di Buonconvento", "kind": "attestazione", "number": 24, "date": "2026-03-20",
  "subject": "Approvazione del progetto “Buonconvento Biblioteca Aperta 2026” e richiesta di contributo alla Regione Toscana."}},
{"file": "allegato-bucine-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 21/2026 of Bucine (AR): school-service tariffs by ISEE band, an openpyxl sheet printed by LibreOffice Calc (merged title rows, sheet name header, file-name footer)",
 "act": {"municipality": "Comune di Bucine"}},
{"file": "avviso-arpaumbria-chromium.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 of ARPA Umbria (two study grants), letter-spaced headings (CSS letter-spacing), Chromium",
 "act": {"municipality": "ARPA Umbria", "organ": "Sezione Amministrazione", "office": "Ufficio Risorse Umane", "kind": "avviso", "number": 2, "date": "2026-03-25",
  "subject": "SELEZIONE PUBBLICA PER TITOLI E COLLOQUIO PER IL CONFERIMENTO DI N. 2 BORSE DI STUDIO SUL MONITORAGGIO DELLA QUALITÀ DELL’ARIA NELLA CONCA TERNANA"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
