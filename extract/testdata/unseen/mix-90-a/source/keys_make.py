# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-nerviano-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 41/2026 of Nerviano: bordered roll table with the role column before the name and Presente/Assente columns marked X, count line 'Presenti: 4 Assenti: 1', Vice Segretario standing in (HTML opened by LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Nerviano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-17", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO DI VIA VILLORESI – CUP H41B26000120004",
  "attendees": [A("COZZI DANIELA", "Sindaco"), A("CARUGO ALBERTO", "Vice Sindaco"), A("MARAZZINI LUCIA", "Assessore", False), A("GIUDICI PAOLO", "Assessore"), A("BERETTA SILVANA", "Assessore esterno")],
  "president": {"title": "dott.ssa", "role": "Sindaco", "name": "Daniela Cozzi"},
  "secretary": {"title": "dott.", "role": "Vice Segretario", "name": "Marco Lualdi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-brugherio-jiride.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 18/2026 of Brugherio: every glyph its own BT/Tf/Td/Tj/ET, justified by spreading glyphs; roll 'Consigliere  NAME  P/A', count line, majority vote with counts, immediate executability voted apart with counts; chaired by the Presidente del Consiglio",
 "operative_points": 3,
 "act": {"municipality": "Città di Brugherio", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-26", "time": "20:45",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE.",
  "attendees": [A("ASSI ROBERTO", "Sindaco"), A("MAGNI ELENA", "Consigliere"), A("BALCONI STEFANO", "Consigliere"), A("FUMAGALLI CHIARA", "Consigliere", False),
                A("PEREGO LUCA", "Consigliere"), A("VILLA MARTINA", "Consigliere"), A("COLOMBO ANDREA", "Consigliere"), A("SALA FEDERICA", "Consigliere", False),
                A("RIGAMONTI DAVIDE", "Consigliere"), A("TORNAGHI SARA", "Consigliere"), A("BONFANTI MATTEO", "Consigliere"), A("CEREDA GIORGIA", "Consigliere"), A("MOTTA RICCARDO", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Davide Rigamonti"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario Generale", "name": "Paola Brambilla"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-concorezzo-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation 29/2026 of Concorezzo: page 1 is a cover sheet (body, 'N. 29 R.D.', boxed subject, 'Seduta del 24 marzo 2026'); the date in words, the time, the roll table (role before name, P/A) and the count line are on page 2 (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Concorezzo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 29, "date": "2026-03-24", "time": "17:00",
  "subject": "ADESIONE AL PROGETTO SOVRACOMUNALE “BRIANZA CHE ACCOGLIE” PER L’INCLUSIONE SOCIALE DEI NUCLEI FRAGILI – ANNO 2026.",
  "attendees": [A("CAPITANIO MAURO", "Sindaco"), A("ZANINELLI MICAELA", "Vice Sindaco"), A("MAGNI RICCARDO", "Assessore", False), A("BORGONOVO ELISA", "Assessore"), A("RIVA GABRIELE", "Assessore"), A("GIUSSANI TERESA", "Assessore esterno")],
  "president": {"role": "Sindaco", "name": "Mauro Capitanio"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario", "name": "Laura Sironi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-stezzano-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Stezzano ('N. 9 del 30.3.2026'): roll in two CSS columns read side by side by pdftotext, count line, majority vote with an abstention (11 present, 10 voting), immediate executability voted apart (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Stezzano", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "20:30",
  "subject": "Variazione al bilancio di previsione finanziario 2026-2028 (art. 175, comma 2, D.Lgs. 267/2000) e applicazione di quota dell'avanzo di amministrazione.",
  "attendees": [A("PESENTI CARLO", "Sindaco"), A("FACCHINETTI ANNA", "Consigliere"), A("LOCATELLI PIETRO", "Consigliere"), A("BREMBILLA GIULIA", "Consigliere", False),
                A("CATTANEO LUIGI", "Consigliere"), A("GHISLENI ROBERTA", "Consigliere"), A("MAZZOLENI IVAN", "Consigliere"), A("PAGANI SILVIA", "Consigliere"),
                A("RONZONI FABIO", "Consigliere", False), A("ZANCHI MARIA", "Consigliere"), A("BONACINA DARIO", "Consigliere"), A("CORNA ELISA", "Consigliere"), A("VALSECCHI NICOLA", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Carlo Pesenti"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Enrico Signorelli"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-selvazzanodentro-civilia.pdf", "role": "act",
 "what": "Giunta comunale deliberation 52/2026 of Selvazzano Dentro: running head with number and date repeated on both pages, 'Pagina n di m' foot; roll table Qualifica/Cognome e nome/Presenza with 'assente giustificato'; no immediate executability; publication certificate on page 2 (fpdf2, DejaVu)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Selvazzano Dentro", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2026-03-19", "time": "12:00",
  "subject": "Approvazione dello schema di convenzione con l'Istituto Comprensivo \"Selvazzano 1\" per la gestione del servizio di pre e post scuola nell'anno scolastico 2026/2027.",
  "attendees": [A("BOTTIN LUCA", "Sindaco"), A("PETTENELLA SARA", "Vicesindaco"), A("SCARSO FILIPPO", "Assessore"), A("FORMAGGIO LORENA", "Assessore", False),
                A("ZANONI GIACOMO", "Assessore"), A("RAMPAZZO MICHELA", "Assessore esterno"), A("BORTOLAMI ENRICO", "Assessore", False)],
  "president": {"title": "ing.", "role": "Sindaco", "name": "Luca Bottin"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Generale", "name": "Nicola Bergamin"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "deliberazione-cassola-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 37/2026 of Cassola ('N. 37 del 24-03-2026'): 80-column Courier report in capitals, roll 'SINDACO  ZANETTI ALDO ....  P' with dotted leaders, ASCII apostrophe accents (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cassola", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 37, "date": "2026-03-24", "time": "09:30",
  "subject": "CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALLA PRO LOCO DI SAN ZENO PER LA \"FESTA DI PRIMAVERA 2026\".",
  "attendees": [A("ZANETTI ALDO", "SINDACO"), A("BIASION NADIA", "VICE SINDACO"), A("BONTORIN MARCO", "ASSESSORE"), A("CAMPAGNOLO IRENE", "ASSESSORE", False),
                A("FERRONATO GIANNI", "ASSESSORE"), A("TASCA ROBERTA", "ASSESSORE ESTERNO")],
  "president": {"title": "Sig.", "role": "SINDACO", "name": "ZANETTI ALDO"},
  "secretary": {"title": "dott.ssa", "role": "VICE SEGRETARIO", "name": "Elisa Cremasco"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-paullo-reportlab.pdf", "role": "act",
 "what": "Giunta comunale deliberation 26/2026 of Paullo ('n. 26 del 16.3.2026'): justified lines set Tw, headings letter-spaced with Tc, signatures and footer drawn before the heading; roll 'Sindaco  NAME  P', count line 'Presenti n. 4 Assenti n. 1'",
 "operative_points": 2,
 "act": {"municipality": "Comune di Paullo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 26, "date": "2026-03-16", "time": "18:15",
  "subject": "APPROVAZIONE DEL PIANO OPERATIVO PER IL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO – STAGIONE 2026/2027 – ATTO DI INDIRIZZO.",
  "attendees": [A("LORENZINI FEDERICO", "Sindaco"), A("GUARNERI ALESSIA", "Vice Sindaco"), A("CAVALLI STEFANO", "Assessore", False), A("MAINARDI ROBERTA", "Assessore"), A("BOSONI GIUSEPPE", "Assessore esterno")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Federico Lorenzini"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Andrea Cappellini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-rozzano-sicraweb.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of Rozzano: grey-labelled register grid 'Registro Generale N. 311 del 12/03/2026', 'Registro di Settore N. 47/2026', 'Proposta N. 352 del 10/03/2026'; Area/Servizio top right; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Città di Rozzano", "organ": "AREA SERVIZI AL CITTADINO", "office": "Servizio Istruzione e Diritto allo Studio", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-12", "proposal_number": 352, "proposal_date": "2026-03-10",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI ASSISTENZA EDUCATIVA SCOLASTICA PER ALUNNI CON DISABILITÀ – PERIODO APRILE-GIUGNO 2026 – CIG B9F2C7710A – IMPEGNO DI SPESA"}},
{"file": "ordinanza-travagliato-groff.pdf", "role": "act",
 "what": "ORDINANZA N. 14/2026 of the Settore Polizia Locale of Travagliato: traffic ban for a fair, groff -ms typeset, guillemets in the subject, running foot 'Ordinanza n. 14/2026 — pag. 1'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Travagliato", "organ": "Settore Polizia Locale", "kind": "ordinanza", "number": 14, "date": "2026-03-20",
  "subject": "Istituzione del divieto di transito e di sosta in via Roma e piazza Libertà in occasione della «Fiera di San Michele» del 29 marzo 2026."}},
{"file": "attestazione-musiledipiave-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 33 of 18/03/2026 (reg. pubbl. n. 412, 20/03-04/04/2026), issued 07/04/2026; letterhead and foot are Form XObjects, body drawn before the heading, Albo stamp rotated 90° in the left margin",
 "act": {"municipality": "Comune di Musile di Piave", "kind": "attestazione", "number": 33, "date": "2026-03-18",
  "subject": "Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028."}},
{"file": "convocazione-castenedolo-word.pdf", "role": "notice",
 "what": "letter (prot. 6104 of 25/03/2026) convening the Consiglio comunale for Thursday 2 April 2026 at 20:30 with a 5-item agenda; letterhead in the Word header (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Castenedolo", "kind": "convocazione", "date": "2026-03-25",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria per il giorno giovedì 2 aprile 2026."}},
{"file": "allegato-caldiero-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio deliberation 11 of 27/03/2026: budget-variation table (merged title rows, bordered grid, SUM formulas), an Excel sheet (openpyxl) printed landscape by LibreOffice Calc, header naming the deliberation, 'Pagina 1 di 1' footer",
 "act": {"municipality": "Comune di Caldiero"}},
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
