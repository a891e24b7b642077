# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
C = "Consigliere"
K = [
{"file": "deliberazione-dolcedo-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Dolcedo (IM): roll table with a 'Presente / Assente' column holding the words, Sindaco presiding, majority vote with the contrary and the abstainers named (HTML opened as Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Dolcedo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-24", "time": "20:45",
  "subject": "Approvazione del Regolamento per la gestione e la manutenzione dei sentieri e delle mulattiere del territorio comunale.",
  "attendees": [A("AICARDI Marco", "Sindaco"), A("ARDOINO Silvia", C), A("BOERI Luca", C), A("CARLI Federica", C), A("DULBECCO Paolo", C, False),
                A("GHIGLIONE Anna", C), A("LANTERI Giorgio", C), A("MERLO Elisa", C), A("ORENGO Stefano", C), A("RAMELLA Chiara", C), A("SAGUATO Enrico", C, False)],
  "president": {"role": "Sindaco", "name": "Marco Aicardi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Manuela Rebaudo"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 7, "in_favour": 6, "against": 1, "abstained": 2},
  "immediately_executive": False}},
{"file": "deliberazione-usseaux-civilia.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 4/2026 of Usseaux (TO), seduta straordinaria di seconda convocazione; roll in prose naming only the four absent councillors; ratification of an urgent budget variation (reportlab, justified with Tw, headings letter-spaced with Tc)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Usseaux", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 4, "date": "2026-03-27", "time": "18:00",
  "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 18 DEL 26.02.2026 AVENTE AD OGGETTO “VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE 2026-2028” (ART. 175, COMMA 4, D.LGS. 267/2000).",
  "attendees": [A("Bermond Luca", C, False), A("Guiot Sara", C, False), A("Perron Davide", C, False), A("Challier Ivo", C, False)],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Elena Pastre"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Andrea Ghirardi"},
  "vote": "unanimous", "vote_counts": {"present": 7, "voters": 7, "in_favour": 7},
  "immediately_executive": True}},
{"file": "deliberazione-champorcher-apsystems.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 of Champorcher (AO), French/Italian heading; roll table with X under P or A; a councillor enters after the roll; segretario comunale reggente; vote with three abstainers named (fpdf2, DejaVu CID fonts, running head and foot on both pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Champorcher", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-30", "time": "20:30",
  "subject": "Modifica del Regolamento comunale per la concessione in uso degli alpeggi e dei pascoli di proprietà comunale.",
  "attendees": [A("BORDET Ivan", "Sindaco"), A("CRÉTIER Luisa", "Vicesindaco"), A("CHAMPRETAVY Marco", C), A("FRANCHINO Aline", C, False), A("GLAREY Paolo", C),
                A("JACQUEMET Sonia", C), A("LATEY Fabio", C, False), A("NOUSSAN Remo", C), A("PRAMOTTON Denise", C), A("THIÉBAT Mauro", C), A("VALLET Giulia", C)],
  "president": {"role": "Sindaco", "name": "Ivan Bordet"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale reggente", "name": "Nathalie Perrin"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 7, "in_favour": 7, "against": 0, "abstained": 3},
  "immediately_executive": False}},
{"file": "deliberazione-crodo-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026 of Crodo (VB): subject over six lines, date and time in words only, roll as two columns Presenti / Assenti, Vice Segretario, majority vote (pdfLaTeX, microtype letter-spacing, fancyhdr running head on both pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Crodo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-26", "time": "21:00",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL TORRENTE ALFENZA IN FRAZIONE MOZZIO E CONTESTUALE ADOZIONE DELLA VARIANTE SEMPLIFICATA AL P.R.G.C. AI SENSI DELL’ART. 17 BIS, COMMA 15 BIS, DELLA L.R. 56/1977 – CUP D47H25001230004.",
  "attendees": [A("RAINERI Ermanno", "Sindaco"), A("BERTOLETTI Cinzia", C), A("CHIOVINI Marco", C), A("DE MARCHI Loredana", C), A("FERRARIS Gianluca", C),
                A("GUGLIELMAZZI Nadia", C), A("MAFFEI Roberto", C), A("PIRAZZI Alessia", C), A("TESTORE Walter", C), A("ZANI Michela", C), A("BELLOTTI Dario", C, False)],
  "president": {"role": "Sindaco", "name": "Ermanno Raineri"},
  "secretary": {"title": "dott.", "role": "Vice Segretario comunale", "name": "Fabio Zanetta"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-lumarzo-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 23/2026 of Lumarzo (GE): roll transposed (names across the columns, Carica and Presenza as rows), register as a label grid, Vice Segretario (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Lumarzo", "organ": "Giunta comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-19", "time": "12:30",
  "subject": "Concessione in comodato d’uso gratuito dei locali dell’ex scuola di Pannesi all’Associazione “Amici di Lumarzo ODV” per il periodo 2026-2028. Approvazione schema di contratto.",
  "attendees": [A("CAMPODONICO Andrea", "Sindaco"), A("LAVAGNINO Rosa", "Vicesindaco"), A("PARODI Simone", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Andrea Campodonico"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Giovanna Rossi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-sanfront-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica e Manutentiva of Sanfront (CN): area number 31 of 17.3.2026, Reg. Gen. 118 of 18.3.2026, proposal 40 of 13.3.2026 in a grey label grid (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sanfront", "organ": "AREA TECNICA E MANUTENTIVA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 118, "sector_number": 31, "date": "2026-03-18", "proposal_number": 40, "proposal_date": "2026-03-13",
  "subject": "Lavori di rifacimento della copertura del campo polivalente di via Marconi. Affidamento diretto alla ditta Edil Po S.r.l. di Paesana ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023. CIG B9D2E11A7C. Impegno di spesa."}},
{"file": "determinazione-oyace-enscript.pdf", "role": "act",
 "what": "determinazione of the financial service of Oyace (AO), 'N. 22/2026 R.G. DEL 12.03.2026', proposal 27: an 80-column Courier report in capitals with bilingual header (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Oyace", "organ": "RESPONSABILE DEL SERVIZIO", "office": "SERVIZIO FINANZIARIO E TRIBUTI", "kind": "determinazione",
  "number": 22, "date": "2026-03-12", "proposal_number": 27, "proposal_date": "2026-03-10",
  "subject": "RIMBORSO DELL’IMPOSTA MUNICIPALE PROPRIA (IMU) VERSATA E NON DOVUTA PER L’ANNO D’IMPOSTA 2024 A N. 3 CONTRIBUENTI. IMPEGNO E LIQUIDAZIONE DELLA SPESA."}},
{"file": "ordinanza-ceriana-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 6/2026 of Ceriana (IM): every glyph drawn as its own text object, justified by spreading glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ceriana", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-20",
  "subject": "Divieto di abbruciamento di residui vegetali e di accensione di fuochi all’aperto su tutto il territorio comunale fino al 30 aprile 2026 per elevato pericolo di incendi boschivi."}},
{"file": "convocazione-montaldeo-groff.pdf", "role": "notice",
 "what": "letter of the Sindaco of Montaldeo (AL), prot. 612 of 30 March 2026, convening the Consiglio comunale in seduta straordinaria on 9 April 2026 (first call) and 10 April 2026 (second call), four-item agenda (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Montaldeo", "kind": "convocazione", "date": "2026-03-30",
  "subject": "Convocazione del Consiglio comunale in seduta straordinaria."}},
{"file": "attestazione-vobbia-padigitale.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio comunale deliberation 5 of 12/03/2026, published 16/03/2026 (register n. 97); letterhead and signature are Form XObjects, body drawn before the heading",
 "act": {"municipality": "Comune di Vobbia", "kind": "attestazione", "number": 5, "date": "2026-03-12",
  "subject": "Approvazione delle aliquote e delle detrazioni dell’Imposta Municipale Propria (IMU) per l’anno 2026"}},
{"file": "allegato-allein-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio comunale deliberation 6 of 25/03/2026 of Allein (AO): water tariffs 2026 as a spreadsheet with merged cells (openpyxl, LibreOffice Calc), file name in the running head",
 "act": {"municipality": "Comune di Allein"}},
{"file": "avviso-casanovalerrone-word.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 of Casanova Lerrone (SV), prot. 788 of 23/03/2026, on allotment gardens; Area/Servizio in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Casanova Lerrone", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Segreteria e Affari Generali", "kind": "avviso", "number": 3, "date": "2026-03-23",
  "subject": "AVVISO PUBBLICO PER LA CONCESSIONE IN USO DEGLI ORTI SOCIALI COMUNALI DI LOCALITÀ MARMORETO – TRIENNIO 2026-2028"}},
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
