# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def VC(p, v, f, a, s): return {"present": p, "voters": v, "in_favour": f, "against": a, "abstained": s}
CC = "Consigliere"
K = [
{"file": "deliberazione-roccalbegna-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026 of Roccalbegna (GR), pdfLaTeX twocolumn with full-width title block, roll in prose with hyphenated roles, majority vote naming the two against",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccalbegna", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-04-09", "time": "18:30",
  "subject": "Approvazione del rendiconto della gestione per l’esercizio finanziario 2025.",
  "attendees": [A("Galli Massimo", "Sindaco"), A("Bindi Laura", CC), A("Corsi Enrico", CC), A("Fabbrini Sara", CC), A("Marchi Paolo", CC), A("Nardi Giulia", CC),
                A("Vanni Carlo", CC, False), A("Pieri Stefano", CC), A("Rossi Alessio", CC), A("Ulivieri Marta", CC, False), A("Tognetti Elena", CC)],
  "president": {"role": "Sindaco", "name": "Massimo Galli"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Cristina Fanciulli"},
  "vote": "majority", "vote_counts": VC(9, 9, 7, 2, 0), "immediately_executive": True}},
{"file": "deliberazione-trequanda-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Trequanda (SI): Word document whose body is a two-column section (python-docx, LibreOffice); roll in prose, president is the Presidente del Consiglio, majority vote naming those against",
 "operative_points": 4,
 "act": {"municipality": "Comune di Trequanda", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-04-16", "time": "21:00",
  "subject": "Variazione al Bilancio di previsione 2026-2028 (art. 175 D.Lgs. 267/2000) e applicazione di quota dell'avanzo di amministrazione vincolato.",
  "attendees": [A("Roberta Landi", "Sindaco"), A("Lorenzo Mecacci", "Presidente del Consiglio"), A("Daniele Burresi", CC), A("Chiara Franci", CC), A("Michele Guerrini", CC),
                A("Alessandra Pallini", CC), A("Gianni Rosati", CC), A("Tommaso Bianciardi", CC), A("Federica Tistarelli", CC), A("Marco Pagliai", CC, False), A("Irene Cappelli", CC, False)],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Lorenzo Mecacci"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Fabio Del Ciondolo"},
  "vote": "majority", "vote_counts": VC(9, 9, 7, 2, 0), "immediately_executive": True}},
{"file": "deliberazione-esanatoglia-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026 of Esanatoglia (MC), HTML with CSS column-count:2 printed by Chromium; roll as one sentence (Sindaco, then 'i Consiglieri ...'), majority vote naming three against, not immediately executive",
 "operative_points": 3,
 "act": {"municipality": "Comune di Esanatoglia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-04-28", "time": "19:00",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE.",
  "attendees": [A("Giovanni Bartocci", "Sindaco"), A("Anna Maria Cingolani", CC), A("Paolo Crescentini", CC), A("Sabrina Farroni", CC), A("Luca Gubbiotti", CC),
                A("Maria Letizia Moretti", CC), A("Roberto Pettinari", CC), A("Silvia Quagliarini", CC), A("Marco Santoni", CC), A("Elisa Ragni", CC, False), A("Nicola Tacconi", CC, False)],
  "president": {"role": "Sindaco", "name": "Giovanni Bartocci"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Marcello Ciccarelli"},
  "vote": "majority", "vote_counts": VC(9, 9, 6, 3, 0), "immediately_executive": False}},
{"file": "deliberazione-cossignano-wkhtml.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38/2026 of Cossignano (AP), mixed sitting: roll table Cognome e Nome / Carica / Presente / Assente / In videoconferenza with 'Vice Sindaco' and 'Assessore esterno' (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cossignano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-21", "time": "13:15",
  "subject": "Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco di Cossignano per la manifestazione \"Cossignano in Fiore 2026\".",
  "attendees": [A("VAGNONI ROBERTO", "Sindaco"), A("CAPRIOTTI ELISA", "Vice Sindaco"), A("FELICIONI DARIO", "Assessore"), A("SPINOZZI MARIKA", "Assessore esterno", False)],
  "president": {"role": "Sindaco", "name": "Roberto Vagnoni"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Antonella Virgili"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-vitorchiano-reportlab.pdf", "role": "act",
 "what": "Giunta comunale deliberation 52/2026 of Vitorchiano (VT): register grid with the subject in a merged row; roll table with merged header 'Presenza' over Presente / Assente / In videoconferenza and a total row; Times justified with Tw (ReportLab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vitorchiano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2026-04-23", "time": "12:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del Belvedere di Piazza Roma. CUP G47H26000130004.",
  "attendees": [A("Ruggero Grassotti", "Sindaco"), A("Michela Arcangeli", "Vice Sindaco"), A("Stefano Mecarini", "Assessore"), A("Laura Tofani", "Assessore esterno", False), A("Andrea Pacifici", "Assessore esterno")],
  "president": {"role": "Sindaco", "name": "Ruggero Grassotti"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Gianluca Marinelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-santanatoliadinarco-jiride.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 of Sant'Anatolia di Narco (PG): two narrow justified columns, every glyph its own BT/Td/Tj; the prose roll runs across the column break; proposal number in the pareri box; majority vote naming three against; 2 pages",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sant'Anatolia di Narco", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-04-30", "time": "18:00",
  "proposal_number": 11, "proposal_date": "2026-04-22",
  "subject": "Approvazione della convenzione per la gestione associata del servizio di polizia locale con i Comuni di Scheggino e Vallo di Nera.",
  "attendees": [A("Tullio Fibraroli", "Sindaco"), A("Gabriella Matteucci", CC), A("Sergio Angelini", CC), A("Daniela Canali", CC), A("Pietro Bonifazi", CC, False), A("Franca Moscatelli", CC),
                A("Giorgio Salvati", CC), A("Rita Venturini", CC), A("Mauro Carocci", CC), A("Luciana Sabatini", CC, False), A("Enzo Paolucci", CC)],
  "president": {"role": "Sindaco", "name": "Tullio Fibraroli"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Riccardo Pitoni"},
  "vote": "majority", "vote_counts": VC(9, 9, 6, 3, 0), "immediately_executive": True}},
{"file": "determinazione-montefelcino-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, Reg. Gen. 311 and N. Settore 47/2026 of 07/05/2026, proposal 52 of 05/05/2026, in a grey-labelled grid (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montefelcino", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-05-07", "proposal_number": 52, "proposal_date": "2026-05-05",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2026 alla ditta Verde Metauro s.r.l. – CIG B9F2C71D35 – Impegno di spesa."}},
{"file": "ordinanza-vallerotonda-enscript.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026 on fire prevention, an 80-column Courier text (letter-spaced name, '=' rules) through enscript and Ghostscript",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vallerotonda", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-05-12",
  "subject": "DIVIETO DI ACCENSIONE DI FUOCHI E DI ABBRUCIAMENTO DI RESIDUI VEGETALI NEL PERIODO DI MASSIMA PERICOLOSITA’ PER GLI INCENDI BOSCHIVI - ANNO 2026."}},
{"file": "attestazione-cetona-groff.pdf", "role": "certificate",
 "what": "certificate of publication (groff -ms, gropdf) of Consiglio deliberation 17 of 22/04/2026, register n. 402/2026, published 27/04-12/05/2026, executive 08/05/2026",
 "act": {"municipality": "Comune di Cetona", "kind": "attestazione", "number": 17, "date": "2026-04-22",
  "subject": "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028 — Integrazione."}},
{"file": "convocazione-seggiano-sicraweb.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale for 28/05/2026 at 18:00, prot. 2316 of 20/05/2026: letterhead, foot and the boxed agenda are Form XObjects; agenda and signature drawn first, letterhead last (ReportLab)",
 "act": {"municipality": "Comune di Seggiano", "kind": "convocazione", "date": "2026-05-20",
  "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
{"file": "allegato-casperia-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 44/2026: tariffs for municipal halls and sports grounds, openpyxl sheet printed landscape by LibreOffice Calc (sheet name head, file name and 'Pagina 1 di 1' foot)",
 "act": {"municipality": "Comune di Casperia"}},
{"file": "decreto-roccantica-urbismart.pdf", "role": "act",
 "what": "decreto del Sindaco 5/2026 appointing the head of the Area Finanziaria (fpdf2); Albo stamp rotated 90° in the right margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccantica", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-05-04",
  "subject": "Nomina del Responsabile dell'Area Finanziaria e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 1° maggio – 31 dicembre 2026."}},
]
# deliberate exceptions (see NOTES.md): a role normalised from the plural 'i Consiglieri'; a name printed only letter-spaced
EXC = {("deliberazione-esanatoglia-chromium.pdf", "role", CC), ("ordinanza-vallerotonda-enscript.pdf", "municipality", "Comune di Vallerotonda")}
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
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)
            and (k["file"], f, s) not in EXC]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
