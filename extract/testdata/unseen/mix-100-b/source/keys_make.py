# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-monterossoalmo-writer.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 24/2026 ('N. 24 del 12.3.2026') of Monterosso Almo (RG); roll as a table with 'Carica' before 'Nome' and presence written 'Presente'/'Assente' (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monterosso Almo", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 24, "date": "2026-03-12", "time": "13:30",
  "proposal_number": 29,
  "subject": "Approvazione del programma delle manifestazioni per la Festa di San Giovanni Battista 2026 e assegnazione delle risorse al Responsabile dell'Area Amministrativa.",
  "attendees": [A("Salvatore Campo", "Sindaco"), A("Giovanna Iacono", "Vice Sindaco"), A("Paolo Distefano", "Assessore", False), A("Maria Occhipinti", "Assessore")],
  "president": {"role": "Sindaco", "name": "Salvatore Campo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosalba Cannizzo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-burgio-halley.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 31/2026 of Burgio (AG), date in words ('addì ventisei del mese di marzo'); every glyph its own Tm+Tj; running head on both pages; the roll table starts at the foot of page 1 and continues on page 2; a Vice Segretario verbalises; vote in prose",
 "operative_points": 3,
 "act": {"municipality": "Comune di Burgio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-26", "time": "12:00",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di recupero e rifunzionalizzazione dell'ex Convento dei Cappuccini da destinare a Museo delle Campane e della Ceramica – CUP J97B26000030002.",
  "attendees": [A("FERRANTELLI Vito", "Sindaco"), A("SABELLA Rosa", "Vice Sindaco"), A("GALLO Antonino", "Assessore", False), A("MARINO Giuseppina", "Assessore"), A("TORTORICI Leonardo", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Vito Ferrantelli"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Calogero Mangiapane"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-olzai-sibar.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 18/2026 of Olzai (NU), fpdf2: label grid ORGANO/N./DATA/OGGETTO at the top, roll with a column for the time each member came in, majority vote stated in prose (3 in favour, 1 abstention)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Olzai", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-05", "time": "17:00",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026/2028 e verifica delle eccedenze di personale ai sensi dell'art. 33 del D.Lgs. n. 165/2001.",
  "attendees": [A("Daga Antonello", "Sindaco"), A("Ledda Marisa", "Vice Sindaco"), A("Cossu Pietro Paolo", "Assessore"), A("Fadda Caterina", "Assessore", False), A("Sanna Efisio", "Assessore")],
  "president": {"role": "Sindaco", "name": "Antonello Daga"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Mario Mereu"},
  "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-isnello-chromium.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 39/2026 of Isnello (PA), number and date in a two-cell register band; the roll is one sentence with roles in brackets ('Catanzaro Marcello (Sindaco), ...'); fixed footer (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Isnello", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 39, "date": "2026-03-19", "time": "11:15",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex Macello comunale all'Associazione \"Madonie Astronomia\" per attività di divulgazione scientifica connesse al GAL Hassin – Approvazione schema di contratto.",
  "attendees": [A("Catanzaro Marcello", "Sindaco"), A("Di Gangi Angela", "Vice Sindaco"), A("Mogavero Giuseppe", "Assessore"), A("Cascio Rosaria", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Marcello Catanzaro"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Vincenzo Gennaro"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-oniferi-wkhtml.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 22/2026 of Oniferi (NU), number/date in a box at the top right; roll table naming each member with his delegations ('Assessore – Lavori Pubblici, Viabilità, Ambiente'), X marks; Vice Segretario verbalises; vote in prose (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Oniferi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-23", "time": "16:45",
  "subject": "Adesione al progetto \"Cammino di San Gavino – Itinerari del Nuorese\" e approvazione dello schema di protocollo d'intesa con i Comuni di Orani, Sarule e Orotelli.",
  "attendees": [A("MELE Stefano", "Sindaco"), A("SEDDA Graziella", "Vice Sindaco"), A("PIRAS Giovanni Antonio", "Assessore", False), A("CARTA Monica", "Assessore")],
  "president": {"role": "Sindaco", "name": "Stefano Mele"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Antonella Mura"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-minervinodilecce-latex.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 17/2026 of Minervino di Lecce (LE), pdfLaTeX: letter-spaced letterhead and headings (microtype), two-column body with the P/A roll inside the left column, vote counts in prose",
 "operative_points": 3,
 "act": {"municipality": "Comune di Minervino di Lecce", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 17, "date": "2026-03-10", "time": "09:30",
  "subject": "Approvazione dello schema di convenzione con l’Associazione di Protezione Civile “Serre Salentine” per il servizio di prevenzione e spegnimento degli incendi boschivi – campagna AIB 2026.",
  "attendees": [A("Ettore Caroppo", "Sindaco"), A("Sara Marcucci", "Vice Sindaco"), A("Luigi Bleve", "Assessore"), A("Antonella Sergi", "Assessore", False), A("Fernando Serra", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Ettore Caroppo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Paola Stifani"},
  "vote": "unanimous", "vote_counts": {"present": 4, "voters": 4, "in_favour": 4, "against": 0, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-giurdignano-enscript.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' of the Area Tecnica of Giurdignano (LE), sector n. 12 of 10/03/2026, proposal n. 58 of 09/03/2026: an 80-column Courier report (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Giurdignano", "organ": "AREA TECNICA", "office": "SETTORE LAVORI PUBBLICI E PATRIMONIO", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-11", "proposal_number": 58, "proposal_date": "2026-03-09",
  "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DEI PERCORSI DI VISITA AL PARCO DEI MEGALITI - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A) DEL D.LGS. N. 36/2023 ALLA DITTA \"EDILSALENTO S.R.L.\" - CIG B9F2A07C31 - IMPEGNO DI SPESA."}},
{"file": "ordinanza-sanfratello-groff.pdf", "role": "act",
 "what": "ordinanza sindacale 'Ord. n. 9 del 16.3.2026' of San Fratello (ME), groff -ms through gropdf (base-14 Times, not embedded), footer line, ORDINA with 3 numbered points",
 "operative_points": 3,
 "act": {"municipality": "Comune di San Fratello", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-16",
  "subject": "Disciplina della circolazione e della sosta nel centro abitato in occasione della Festa dei Giudei – 1 e 2 aprile 2026."}},
{"file": "avviso-uggianolachiesa-word.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 of Uggiano la Chiesa (LE) for school-transport grants, protocol 2215 of 20/03/2026; Word template with the Area/Servizio/protocol in a letterhead table in the page header (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Uggiano la Chiesa", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "avviso", "number": 4, "date": "2026-03-20",
  "subject": "CONTRIBUTI PER IL TRASPORTO DEGLI STUDENTI PENDOLARI FREQUENTANTI GLI ISTITUTI SUPERIORI – ANNO SCOLASTICO 2025/2026"}},
{"file": "attestazione-nureci-datagraph.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 12 of 09/03/2026 (register n. 137/2026, 11/03-26/03/2026) of Nureci (OR): letterhead and grid are Form XObjects, values drawn before labels, stamp rotated 30°",
 "act": {"municipality": "Comune di Nureci", "organ": "Giunta Comunale", "kind": "attestazione", "number": 12, "date": "2026-03-09",
  "subject": "Concessione del patrocinio e di un contributo economico alla Parrocchia di San Pietro Apostolo per l'organizzazione della festa di Santa Maria di Monserrato 2026."}},
{"file": "allegato-morgongiori-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 15/2026 of Morgongiori (OR): plan of grants to 7 associations, an openpyxl sheet with merged header cells and section rows printed by LibreOffice Calc",
 "act": {"municipality": "Comune di Morgongiori"}},
{"file": "decreto-monteleonedipuglia-gies.pdf", "role": "act",
 "what": "decreto sindacale 3/2026 of Monteleone di Puglia (FG) appointing the head of the technical sector; lines justified with Tw, headings letter-spaced with Tc; number and date only in a box at the foot of the page",
 "operative_points": 4,
 "act": {"municipality": "Comune di Monteleone di Puglia", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-02",
  "subject": "Nomina del Responsabile del Settore Tecnico – Manutentivo e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000 per il periodo dal 1° marzo 2026 al 31 dicembre 2026."}},
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
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
