# Writes ../keys.json and checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed).
import json, subprocess, os, re, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}

K = []
K.append({"file": "delibera-guastalla-lepida.pdf", "role": "act",
  "what": "Giunta deliberation 47/2026 (regional-suite ODT template, LibreOffice Writer): number and date in the title block, proposal/office strip, boxed OGGETTO, 5-row roll table with X in Presente/Assente and totals, prose vote, points 1.-4., running head and 'Pag. x di y' footer",
  "operative_points": 4,
  "act": {"municipality": "Comune di Guastalla", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 47, "date": "2026-03-19", "time": "15:00",
    "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DELLA PISTA CICLOPEDONALE DI VIA SACCO E VANZETTI – CUP D61B26000120004.",
    "proposing_office": "Settore Lavori Pubblici e Patrimonio", "proposal_number": 52, "proposal_date": "2026-03-16",
    "attendees": [A("BENASSI CAMILLA", "Sindaco"), A("FERRARI DAVIDE", "Vice Sindaco"), A("ARTIOLI MONICA", "Assessore"),
                  A("CODELUPPI LUCA", "Assessore", False), A("PANIZZI SARA", "Assessore")],
    "president": {"title": "Sig.ra", "role": "Sindaco", "name": "Camilla Benassi"},
    "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Gianluca Bertolini"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "delibera-borgosesia-sigaudo.pdf", "role": "act",
  "what": "Consiglio deliberation 12/2026 (Studio Sigaudo-style, ReportLab): crest box, register box with the number only, date and time in the words of the opening sentence (date in figures only in the page-2 running head), OGGETTO cell, 17-row roll SI/NO, split vote in prose with counts, points 1)-3), publication box",
  "operative_points": 3,
  "act": {"municipality": "Città di Borgosesia", "organ": "Consiglio Comunale", "kind": "deliberazione",
    "number": 12, "date": "2026-03-26", "time": "21:00",
    "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E LA GESTIONE DEGLI ORTI URBANI.",
    "attendees": [A("GUGLIELMINETTI ANDREA", "Sindaco"), A("CERUTTI PAOLA", "Consigliere"), A("ZANFA MICHELE", "Consigliere"),
                  A("BARBERIS ELENA", "Consigliere"), A("PRINA GIORGIO", "Consigliere"), A("FERRARIS SILVIA", "Consigliere", False),
                  A("DELLAROLE MARCO", "Consigliere"), A("GIORDANI LUCIA", "Consigliere"), A("TOSI ROBERTO", "Consigliere"),
                  A("CAVAGNINO ANNA", "Consigliere"), A("BONDETTI LORENZO", "Consigliere"), A("GAGLIARDINI MARTA", "Consigliere", False),
                  A("ROSSI GABRIELE", "Consigliere"), A("VERCELLOTTI IRENE", "Consigliere"), A("MOTTA FEDERICO", "Consigliere"),
                  A("PONZANA CLAUDIA", "Consigliere"), A("ALBERTI SIMONE", "Consigliere")],
    "president": {"title": "Sig.", "role": "Sindaco", "name": "Andrea GUGLIELMINETTI"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Elena RAVASENGA"},
    "vote": "majority",
    "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
    "immediately_executive": True}})
K.append({"file": "delibera-pontsaintmartin-publisys.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 of a Valle d'Aosta comune (web atti print, Chromium): bilingual letterhead, label grid (number, date, time, proposal, proposing office), OGGETTO bar, roll in prose (present, then absent), bulleted points, executivity under l.r. 54/1998, publication box",
  "operative_points": 3,
  "act": {"municipality": "Comune di Pont-Saint-Martin", "organ": "Giunta Comunale", "kind": "deliberazione",
    "number": 38, "date": "2026-03-24", "time": "18:15",
    "subject": "Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio comunale alle iniziative delle associazioni locali.",
    "proposing_office": "Ufficio Cultura, Turismo e Sport", "proposal_number": 44, "proposal_date": "2026-03-20",
    "attendees": [A("JUNOD Stefano", "Sindaco"), A("PERRUCHON Chantal", "Vice Sindaco"), A("BETHAZ Luca", "Assessore"),
                  A("VUILLERMOZ Nadia", "Assessore"), A("GLAREY Alessandro", "Assessore", False)],
    "president": {"title": "Sig.", "role": "Sindaco", "name": "Stefano Junod"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario dell’Ente", "name": "Monica Chenal"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-fiumeveneto-folium.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (APSystems Folium-style, OpenPDF): label grid with Area, Servizio, general number 214 of 20/03/2026 and area register 61 of 18/03/2026, OGGETTO row, points 1.-5., running head, visto contabile with commitment table on page 2",
  "operative_points": 5,
  "act": {"municipality": "Comune di Fiume Veneto", "organ": "Area Tecnica", "office": "Servizio Manutenzioni",
    "kind": "determinazione", "number": 214, "sector_number": 61, "date": "2026-03-20",
    "subject": "Servizio di sfalcio e manutenzione delle aree verdi comunali - stagione 2026. Affidamento diretto alla ditta Verde Livenza Soc. Coop. Sociale - CIG B7C2E10A4F. Impegno di spesa."}})
K.append({"file": "determina-terredicastelli-cedaf.pdf", "role": "act",
  "what": "determinazione dirigenziale of an Unione (Cedaf-style, TCPDF): letterhead with the member comuni, label grid (N. progr. 287, Data, N. proposta 341 del 20/03/2026, Struttura, Servizio), OGGETTO, points 1)-4), visto box",
  "operative_points": 4,
  "act": {"municipality": "Unione Terre di Castelli", "organ": "Struttura Welfare Locale", "office": "Servizio Sociale Territoriale",
    "kind": "determinazione", "number": 287, "date": "2026-03-23",
    "proposal_number": 341, "proposal_date": "2026-03-20",
    "subject": "Servizio di trasporto sociale per persone anziane e con disabilità – Proroga tecnica del contratto con la Cooperativa Sociale “Il Tiglio” fino al 30/06/2026 – CIG B5D9A21E07 – Impegno di spesa."}})
K.append({"file": "determina-offida-wolterskluwer.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa (Word template .docx through LibreOffice): Area and Servizio as headings, two-row register table (Registro Generale n. 98 del 24/03/2026, Registro di Area n. 27 del 23/03/2026), OGGETTO, points 1.-4., visto contabile, running head and footer",
  "operative_points": 4,
  "act": {"municipality": "Comune di Offida", "organ": "Area Amministrativa", "office": "Servizio Cultura e Turismo",
    "kind": "determinazione", "number": 98, "sector_number": 27, "date": "2026-03-24",
    "subject": "Impegno di spesa e liquidazione in acconto del contributo all’Associazione “Merletto a Tombolo Offidano” per la realizzazione della mostra “Fili d’Oro – Il merletto nelle Marche” – Anno 2026."}})
K.append({"file": "ordinanza-silvi-progettiesoluzioni.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente 19/2026 (web print, wkhtmltopdf): centred letterhead, protocol box, number and date in the title, OGGETTO, ORDINA with points 1-3 (HTML ordered list), DISPONE",
  "operative_points": 3,
  "act": {"municipality": "Comune di Silvi", "organ": "Sindaco", "kind": "ordinanza",
    "number": 19, "date": "2026-03-25",
    "subject": "Chiusura del plesso scolastico di Via Leonardo da Vinci nei giorni 26 e 27 marzo 2026 per interventi urgenti di disinfestazione e sanificazione."}})
K.append({"file": "avviso-courmayeur-alfresco.pdf", "role": "act",
  "what": "numbered avviso pubblico 4/2026 (in-house Alfresco repository print, wkhtmltopdf): letterhead with protocol box, Area and Ufficio under it, number in the heading, title block, articles with a table of stalls, repository metadata footer",
  "act": {"municipality": "Comune di Courmayeur", "organ": "Area Amministrativa e dei Servizi alla Persona",
    "office": "Ufficio Commercio e Attività Produttive", "kind": "avviso", "number": 4, "date": "2026-03-20",
    "subject": "AVVISO PUBBLICO PER L’ASSEGNAZIONE DI POSTEGGI TEMPORANEI NEL MERCATO ESTIVO DI COURMAYEUR – STAGIONE 2026"}})
K.append({"file": "attestazione-bondeno-access.pdf", "role": "certificate",
  "what": "certificate of publication (MS Access report look, fpdf2) of Giunta deliberation 36 of 12/03/2026, Reg. Pubblicazioni n. 412, published 13/03-28/03/2026, signed 30/03/2026",
  "act": {"municipality": "Comune di Bondeno", "kind": "attestazione", "number": 36, "date": "2026-03-12",
    "subject": "APPROVAZIONE DELLE TARIFFE PER L'UTILIZZO DELLE PALESTRE COMUNALI E DEL PALAZZETTO DELLO SPORT - STAGIONE SPORTIVA 2026/2027."}})
K.append({"file": "allegato-gradisca-foglioexcel.pdf", "role": "attachment",
  "what": "annex A to Giunta deliberation 29/2026: tariff sheet printed from a spreadsheet (flat ODS, LibreOffice Calc, landscape, printed grid, 'Foglio1' footer)",
  "act": {"municipality": "Comune di Gradisca d'Isonzo"}})
K.append({"file": "convocazione-notaresco-googledocs.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 2 April 2026 (Google Docs-like export, Chromium): centred letterhead, protocol and date line, addressees, agenda of 6 items in a table, signed by the Sindaco",
  "act": {"municipality": "Comune di Notaresco", "kind": "convocazione", "date": "2026-03-24",
    "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA"}})
K.append({"file": "avviso-castelraimondo-municipium.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza on TARI relief (Municipium 'stampa avviso' look, ReportLab canvas): coloured band, category chip, publication date, Area and Ufficio, title block, deadline box",
  "act": {"municipality": "Comune di Castelraimondo", "organ": "Area Economico-Finanziaria", "office": "Ufficio Tributi",
    "kind": "avviso", "date": "2026-03-23",
    "subject": "AGEVOLAZIONI TARI 2026 PER NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO – PRESENTAZIONE DELLE DOMANDE"}})

json.dump(K, open(os.path.join(O, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def strings(act):
    out = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in act: out.append((f, act[f]))
    for a in act.get("attendees", []):
        out += [("attendee", a["name"]), ("role", a["role"])]
    for p in ("president", "secretary"):
        if p in act:
            out += [(p, v) for v in act[p].values()]
    return out

bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(O, k["file"]), "-"], capture_output=True, text=True).stdout)
    for f, s in strings(k.get("act", {})):
        if norm(s) not in txt:
            bad += 1
            print("NOT FOUND", k["file"], f, repr(s))
print("checked", len(K), "keys;", bad, "strings not found verbatim")
