# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
CSN = "Comune di Castel San Niccolò"; UV = "Unione di Comuni Valmarecchia"; SE = "Comune di Sant'Egidio alla Vibrata"; CM = "Città di Castel Madama"
K = [
{"file": "deliberazione-castelsanniccolo-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026, seduta pubblica di prima convocazione, sessione straordinaria; roll table with groups running over the page break (header row repeated); a councillor absent at the roll enters before the item (HTML opened by LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": CSN, "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-27", "time": "21:00",
  "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di Segreteria comunale con i Comuni di Montemignaio e Ortignano Raggiolo.",
  "attendees": [A("BIGIARINI Lorenzo", "Sindaco"), A("CIOFINI Paola", "Consigliere"), A("GORI Simone", "Consigliere"), A("TELLINI Marco", "Consigliere"),
                A("VANNINI Chiara", "Consigliere"), A("BRUNI Andrea", "Consigliere"), A("FABBRINI Sara", "Consigliere"), A("MARIOTTINI Davide", "Consigliere"),
                A("ROSSI Gabriele", "Consigliere"), A("FANI Ilaria", "Consigliere", False), A("CECCHERINI Luca", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Lorenzo Bigiarini"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Elena Marri"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "certificato-castelsanniccolo-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 7 of 27/03/2026 printed as a detached last page ('Pag. 4 di 4', running head of the deliberation): published 31/03-15/04/2026, reg. n. 214; letterhead and foot are Form XObjects drawn after the body, Albo stamp rotated 90° in the left margin",
 "act": {"municipality": CSN, "kind": "attestazione", "number": 7, "date": "2026-03-27",
  "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di Segreteria comunale con i Comuni di Montemignaio e Ortignano Raggiolo."}},
{"file": "determinazione-castelsanniccolo-groff.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, Reg. Gen. 311 / Reg. Settore n. 42 del 3.3.2026, proposal 58 del 2.3.2026, in a tbl box (groff -ms, gropdf); running foot 'Determinazione Reg. Gen. 311'",
 "operative_points": 4,
 "act": {"municipality": CSN, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 42, "date": "2026-03-03", "proposal_number": 58, "proposal_date": "2026-03-02",
  "subject": "Lavori di messa in sicurezza del versante a monte della strada comunale di Cetica – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CUP B77H25001230004 – CIG B9F2C41D07 – Impegno di spesa."}},
{"file": "deliberazione-valmarecchia-chromium.pdf", "role": "act",
 "what": "deliberation 5/2026 of the Consiglio of an Unione di Comuni, presided by the Presidente del Consiglio; roll as a numbered list flowing in two CSS columns (name – role (Comune, group) – presente/assente); a councillor leaves before the vote (Chromium)",
 "operative_points": 3,
 "act": {"municipality": UV, "organ": "Consiglio dell'Unione", "kind": "deliberazione", "number": 5, "date": "2026-03-30", "time": "18:30",
  "subject": "Approvazione del Piano intercomunale di Protezione Civile dell'Unione – aggiornamento 2026.",
  "attendees": [A("Bernardi Stefano", "Presidente dell'Unione"), A("Fabbri Monica", "Presidente del Consiglio"), A("Sartini Michele", "Consigliere"),
                A("Bartolini Giorgia", "Consigliere"), A("Giannini Matteo", "Consigliere", False), A("Pazzini Erika", "Consigliere", False),
                A("Casadei Roberto", "Consigliere"), A("Guidi Lucia", "Consigliere"), A("Renzi Federico", "Consigliere"), A("Vandi Silvia", "Consigliere"),
                A("Crociani Paolo", "Consigliere", False), A("Tonini Alessia", "Consigliere")],
  "president": {"role": "Presidente del Consiglio", "name": "Fabbri Monica"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Gianluca Ceccarelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-valmarecchia-latex.pdf", "role": "act",
 "what": "deliberation 14/2026 of the Giunta of the same Unione; roll in prose ('Sono presenti i Sigg.: …'); letter-spaced letterhead and headings (pdfLaTeX, microtype \\textls), number and date also in the running head",
 "operative_points": 3,
 "act": {"municipality": UV, "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 14, "date": "2026-03-24", "time": "12:00",
  "subject": "Concessione di contributi alle associazioni di volontariato di protezione civile operanti nel territorio dell’Unione per l’anno 2026.",
  "attendees": [A("Bernardi Stefano", "Presidente"), A("Sartini Michele", "Vice Presidente"), A("Giannini Matteo", "Assessore"), A("Casadei Roberto", "Assessore"), A("Renzi Federico", "Assessore", False)],
  "president": {"role": "Presidente dell’Unione", "name": "Stefano Bernardi"},
  "secretary": {"title": "dott.", "role": "Segretario dell’Unione", "name": "Gianluca Ceccarelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "convocazione-valmarecchia-wkhtml.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio dell'Unione for 30/03/2026 at 18:30, prot. 2215 of 23/03/2026, agenda of 5 items in a table (wkhtmltopdf)",
 "act": {"municipality": UV, "kind": "convocazione", "date": "2026-03-23",
  "subject": "Convocazione del Consiglio dell'Unione – seduta del 30 marzo 2026."}},
{"file": "deliberazione-santegidio-sicraweb.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026, seduta pubblica di prima convocazione, sessione straordinaria, presided by the Presidente del Consiglio; roll with groups split over the page break ('(segue appello)'); one councillor enters before the vote, one leaves after it; vote 9/2 (names)/1; every glyph its own Tm+Tj (reportlab)",
 "operative_points": 3,
 "act": {"municipality": SE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-26", "time": "19:00",
  "subject": "Approvazione del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.",
  "attendees": [A("Pompizii Elisabetta", "Sindaco"), A("Di Girolamo Antonio", "Presidente del Consiglio"), A("Marcozzi Dario", "Consigliere"), A("Ciarrocchi Sonia", "Consigliere"),
                A("Di Matteo Walter", "Consigliere"), A("Tancredi Michela", "Consigliere"), A("Rapagnetta Luigi", "Consigliere"), A("Di Sabatino Irene", "Consigliere"),
                A("Camaioni Fabio", "Consigliere"), A("Ferretti Gianni", "Consigliere"), A("Marinucci Paola", "Consigliere"), A("Pallottini Marco", "Consigliere", False),
                A("Bruni Cristina", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Di Girolamo Antonio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Marina Di Berardino"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "relata-santegidio-fpdf.pdf", "role": "certificate",
 "what": "RELATA DI PUBBLICAZIONE of Giunta deliberation 41 of 19/03/2026 printed as a detached last page ('Pagina 5 di 5', running head of the deliberation); label grid, reg. 612/2026, published 23/03-07/04/2026, signed 08/04/2026 (fpdf2)",
 "act": {"municipality": SE, "kind": "attestazione", "number": 41, "date": "2026-03-19",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione energetica della scuola primaria di via Roma – CUP D47D26000120006."}},
{"file": "ordinanza-santegidio-enscript.pdf", "role": "act",
 "what": "traffic ordinance of the Polizia Locale, 'ORDINANZA N. 27/2026 R.O.  DATA: 24.03.2026' in a character-drawn band; 80-column Courier in capitals (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sant’Egidio alla Vibrata", "organ": "SETTORE IV - POLIZIA LOCALE E VIABILITA’", "kind": "ordinanza", "number": 27, "date": "2026-03-24",
  "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE IN VIA DEL LAVORO E VIA MARCO POLO PER LO SVOLGIMENTO DELLA FIERA DI PRIMAVERA DEL 5 APRILE 2026."}},
{"file": "deliberazione-castelmadama-word.pdf", "role": "act",
 "what": "Giunta comunale deliberation 'n. 36 del 19.3.2026', date in words ('addì diciannove del mese di marzo'); P/A roll table with merged title and totals rows; letterhead in the Word header (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": CM, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 36, "date": "2026-03-19", "time": "13:30",
  "subject": "Approvazione del progetto \"Estate Ragazzi 2026\" e delle tariffe di compartecipazione al centro estivo comunale.",
  "attendees": [A("Sanna Alessandro", "Sindaco"), A("Coccia Valentina", "Vice Sindaco"), A("Petrucci Giorgio", "Assessore", False), A("Salvati Martina", "Assessore"), A("Tomei Riccardo", "Assessore")],
  "president": {"role": "Sindaco", "name": "Alessandro Sanna"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio Onorati"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "allegato-castelmadama-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 36/2026: tariff grid by ISEE band (spreadsheet printed by LibreOffice Calc, Italian number format)",
 "act": {"municipality": CM}},
{"file": "deliberazione-montesantamaria-jiride.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 'N. 9 del 28-03-2026', seduta pubblica di prima convocazione, sessione straordinaria; roll as two side-by-side column groups plus a spanning Sindaco row; a councillor leaves before the vote; vote 6/2 (names)/0; reportlab platypus, justified lines with Tw, letter-spaced letterhead with Tc",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monte Santa Maria Tiberina", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-28", "time": "10:00",
  "subject": "Variante al Piano Regolatore Generale – parte operativa – per la rilocalizzazione dell'area per attrezzature sportive in località Lippiano. Adozione ai sensi dell'art. 32 della L.R. 1/2015.",
  "attendees": [A("Polidori Nadia", "Consigliere"), A("Cenciarini Mirko", "Consigliere"), A("Pasqui Lorenzo", "Consigliere", False), A("Sgrevi Agnese", "Consigliere"), A("Bonucci Fabio", "Consigliere", False),
                A("Mariucci Elena", "Consigliere"), A("Rometti Sauro", "Consigliere"), A("Tanzi Giacomo", "Consigliere"), A("Baldelli Rita", "Consigliere"), A("Fiorucci Nicola", "Consigliere", False),
                A("Polchi Marco", "Sindaco")],
  "president": {"role": "Sindaco", "name": "Marco Polchi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Beatrice Nardelli"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "immediately_executive": False}},
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
print(len(K), "files,", bad, "with missing strings"); sys.exit(1 if bad else 0)
