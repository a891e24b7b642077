import json, subprocess, re, sys
D = "/tmp/round19/mix-41-b/"
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "deliberazione-oggiono-mediagroup98.pdf", "role": "act",
  "what": "Giunta deliberation 47/2026 (docx via LibreOffice): three-cell register box, OGGETTO in a bordered two-cell table, roll as a borderless list with Presente/Assente, numbered points, publication box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Oggiono", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 47,
   "date": "2026-04-14", "time": "18:00",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE DI VIA LAZZARETTO – CUP F64H26000110004",
   "attendees": [A("CASTAGNA ROBERTO", "Sindaco"), A("VALSECCHI MARTA", "Vicesindaco"), A("BONFANTI LUCA", "Assessore"),
                 A("MAGNI SILVIA", "Assessore", False), A("RIPAMONTI DAVIDE", "Assessore")],
   "president": {"title": "Dott.", "role": "Sindaco", "name": "Roberto Castagna"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Gianluca Ferrario"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-viadana-reportlab.pdf", "role": "act",
  "what": "Consiglio deliberation 18/2026 (ReportLab): register box, 17-member roll in a two-column table (P/A), vote counts in a five-cell table, majority, running head from page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Viadana", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 18,
   "date": "2026-04-28", "time": "20:30",
   "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000",
   "attendees": [A("CAVALLARI NICOLA", "Sindaco"), A("BERTOLETTI MARCO", "Presidente"), A("ZANICHELLI ANNA", "Consigliere"),
                 A("GHIZZI FEDERICO", "Consigliere"), A("ROSSATO ELISA", "Consigliere"), A("MANTOVANI PIETRO", "Consigliere", False),
                 A("AZZALI CHIARA", "Consigliere"), A("FERRARI GIORGIO", "Consigliere"), A("BORSARI LUCIA", "Consigliere"),
                 A("TAGLIAVINI MATTEO", "Consigliere"), A("PREVIDI SARA", "Consigliere"), A("SANFELICI ANDREA", "Consigliere", False),
                 A("VEZZANI PAOLO", "Consigliere"), A("CASELLI MONICA", "Consigliere"), A("ARTONI LORENZO", "Consigliere"),
                 A("FORNASARI GIULIA", "Consigliere"), A("DALL'ASTA FABIO", "Consigliere")],
   "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale", "name": "Marco Bertoletti"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Paola Guernieri"},
   "vote": "majority",
   "vote_counts": {"present": 15, "voters": 14, "in_favour": 10, "against": 4, "abstained": 1},
   "immediately_executive": True}},
 {"file": "deliberazione-francofonte-chrome.pdf", "role": "act",
  "what": "Giunta Municipale deliberation 62/2026 of a Sicilian comune (Chromium print of a web page, browser header/footer with date, title, URL, 1/2): register grid with proposal, roll in prose, numbered points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Francofonte", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 62,
   "date": "2026-05-06", "time": "13:15",
   "subject": "Concessione contributo straordinario all'Associazione \"Pro Loco Francofonte\" per l'organizzazione della Sagra dell'Arancia Rossa – edizione 2026. Atto di indirizzo.",
   "proposing_office": "Area I – Affari Generali e Servizi alla Persona", "proposal_number": 71, "proposal_date": "2026-04-30",
   "attendees": [A("Salvatore Lentini", "Sindaco"), A("Maria Grazia Sortino", "Vice Sindaco"), A("Giuseppe Carfì", "Assessore"),
                 A("Rosaria Bonaccorsi", "Assessore"), A("Alessio Monaco", "Assessore", False)],
   "president": {"title": "Dott.", "role": "Sindaco", "name": "Salvatore Lentini"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Concetta Failla"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-antolatigullio-itext7.pdf", "role": "act",
  "what": "Unione's determinazione R.G. 112 / Area 38 (OpenPDF): Area band and Servizio in a label grid with both register numbers, date and CIG; numbered points; accounting visa table",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni Valli dell'Antola e del Tigullio", "organ": "Area Tecnica",
   "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione", "number": 112, "sector_number": 38,
   "date": "2026-05-05",
   "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO E MANUTENZIONE DEL VERDE LUNGO LA VIABILITÀ DI COMPETENZA DELL'UNIONE – ANNUALITÀ 2026 – IMPEGNO DI SPESA"}},
 {"file": "determinazione-bibbona-neooffice.pdf", "role": "act",
  "what": "Settore determinazione 289/2026 (flat ODT via LibreOffice): number and date in a centred heading line, 'Oggetto:' inline, dash-bulleted points, register table at the foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Bibbona", "organ": "Settore Servizi Finanziari", "office": "Ufficio Tributi",
   "kind": "determinazione", "number": 289, "date": "2026-05-07",
   "subject": "Rimborso di somme indebitamente versate a titolo di IMU per l’anno d’imposta 2024 – contribuente identificato con codice utente n. 18452 – impegno e liquidazione di spesa."}},
 {"file": "determinazione-tolve-clipper.pdf", "role": "act",
  "what": "determinazione 74 (R.G. 156) printed as an 80-column Courier DOS report (fpdf2): rules of = and -, both register numbers in two lines, numbered points, financial visa and publication lines",
  "operative_points": 3,
  "act": {"municipality": "Comune di Tolve", "organ": "Area Tecnica - Manutentiva",
   "office": "Servizio Manutenzioni e Pubblica Illuminazione", "kind": "determinazione", "number": 156, "sector_number": 74,
   "date": "2026-05-08",
   "subject": "LIQUIDAZIONE FATTURA N. 12/PA DEL 15/04/2026 ALLA DITTA ELETTROSUD DI LAURENZANA VITO PER FORNITURA DI MATERIALE ELETTRICO PER LA PUBBLICA ILLUMINAZIONE. CIG B5D8E7A214"}},
 {"file": "ordinanza-sonnino-yii.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente 14/2026 (TCPDF): protocol stamp in the header, label grid with number, date and proposing Settore, lettered points a)-d) under ORDINA",
  "operative_points": 4,
  "act": {"municipality": "Comune di Sonnino", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-05-11",
   "subject": "Ordinanza contingibile e urgente per l’eliminazione del pericolo per la pubblica incolumità derivante dal distacco di elementi del cornicione del fabbricato sito in Via Cavour n. 18 – Foglio 34, particella 512.",
   "proposing_office": "Settore III – Lavori Pubblici, Urbanistica e Protezione Civile"}},
 {"file": "avviso-gandino-wkhtmltopdf.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 (wkhtmltopdf): framed letterhead with Area and Servizi on the right, title block, sections 1-5 with a scoring table, Albo stamp line on top",
  "act": {"municipality": "Comune di Gandino", "organ": "Area Amministrativa", "office": "Servizi alla Persona, Cultura e Sport",
   "kind": "avviso", "number": 3, "date": "2026-05-04",
   "subject": "PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER L'ATTIVITÀ GIOVANILE – ANNO 2026"}},
 {"file": "attestazione-geracisiculo-siciliadigitale.pdf", "role": "certificate",
  "what": "certificate of publication (PDFBox) of Consiglio deliberation 9 of 29/04/2026: label/value grid with type, number, date, register n. 318, period and subject, then ATTESTA prose and two signatures",
  "act": {"municipality": "Comune di Geraci Siculo", "organ": "Consiglio Comunale", "kind": "attestazione", "number": 9,
   "date": "2026-04-29",
   "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DELL'IMPOSTA DI SOGGIORNO – MODIFICHE AGLI ARTICOLI 4, 6 E 9"}},
 {"file": "allegato-radda-quarkxpress.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 38/2026: two-page tariff schedule in a brochure layout (ReportLab canvas), colour band letterhead, five tinted tables",
  "act": {"municipality": "Comune di Radda in Chianti"}},
 {"file": "convocazione-macchiagodena-latex.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale (pdfLaTeX): fancyhdr running head with protocol number and date, addressees block, seven-item order of the day, relata box",
  "act": {"municipality": "Comune di Macchiagodena", "kind": "convocazione", "date": "2026-05-08",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-accettura-komascript.pdf", "role": "notice",
  "what": "unnumbered avviso written as a KOMA-Script letter (scrlttr2): centred letterhead, addressees, reference line (Rif., Prot. n., Data), 'Oggetto:' subject, bullets, closing",
  "act": {"municipality": "Comune di Accettura", "organ": "Area Amministrativa", "office": "Ufficio Servizi Scolastici",
   "kind": "avviso", "date": "2026-05-12",
   "subject": "Iscrizioni ai servizi di trasporto e di mensa scolastica per l’anno scolastico 2026/2027"}},
]
json.dump(K, open(D + "keys.json", "w"), ensure_ascii=False, indent=1)
# check every keyed string against pdftotext -layout, whitespace collapsed
bad = 0
for k in K:
    t = subprocess.run(["pdftotext", "-layout", D + k["file"], "-"], capture_output=True, text=True).stdout
    t = re.sub(r"\s+", " ", t)
    tl = t.lower()
    def chk(v, where):
        global bad
        if isinstance(v, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and v not in ("unanimous", "majority", "act"):
            vv = re.sub(r"\s+", " ", v)
            if vv not in t and vv.lower() not in tl:
                print("MISSING", k["file"], where, repr(v)); bad += 1
        elif isinstance(v, dict):
            for a, b in v.items(): chk(b, where + "." + a)
        elif isinstance(v, list):
            for i, b in enumerate(v): chk(b, where + f"[{i}]")
    a = dict(k["act"]); a.pop("kind", None)
    chk(a, "act")
print("bad", bad)
