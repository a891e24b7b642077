# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def C(n, role="Consigliere", present=True): return A(n, role, present)
def VC(p, v, f, c, a): return {"present": p, "voters": v, "in_favour": f, "against": c, "abstained": a}
K = [
{"file": "deliberazione-segrate-chromium.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 9/2026 of the Città di Segrate (MI): label grid under the letterhead, numbered roll table N. / Cognome e Nome / Carica / Presente / Assente / Da remoto with totals, two members remote, 'X (giust.)'; Presidente del Consiglio presiding; roll-call vote with names of those against and the abstainer; immediate executivity voted apart with other counts (headless Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Città di Segrate", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "20:45",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER IL FUNZIONAMENTO DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI CONSILIARI IN MODALITÀ MISTA E TELEMATICA",
  "attendees": [A("MICHELI Paolo Giovanni", "Sindaco"), A("BRAMBILLA Chiara", "Presidente del Consiglio"), C("COLOMBO Davide"), C("VILLA Serena"), C("GALBIATI Marco"),
   C("SALA Federica"), C("CRIPPA Andrea", present=False), C("MAURI Elisa"), C("CATTANEO Luigi"), C("RONCHI Valentina"), C("RIVA Stefano"), C("POZZI Martina"),
   C("FUMAGALLI Roberto"), C("LONGONI Alessia"), C("MONTI Giorgio", present=False), C("BASSI Cristina"), C("VERGANI Matteo"), C("TAGLIABUE Irene"), C("MARIANI Fabio"),
   C("REDAELLI Laura"), C("MERONI Simone"), C("FRIGERIO Anna", present=False), C("SPINELLI Claudio"), C("AROSIO Beatrice"), C("CORBETTA Emanuele")],
  "president": {"role": "Presidente del Consiglio Comunale", "name": "Chiara Brambilla"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Antonella Scotti"},
  "vote": "majority", "vote_counts": VC(22, 21, 15, 6, 1), "immediately_executive": True}},
{"file": "deliberazione-corsico-wkhtmltopdf.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 17 of 25.3.2026 of Corsico (MI): register box 'Deliberazione n. 17 del 25.3.2026', roll in prose (presenti; assenti giustificati; assente), a councillor absent at the roll enters during the item, vote with names of those against and abstaining, immediate executivity voted apart (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Corsico", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 17, "date": "2026-03-25", "time": "20:30",
  "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028 (ART. 175, COMMA 2, D.LGS. 267/2000) E APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE VINCOLATO",
  "attendees": [A("ZANOTTI Stefano", "Sindaco")] + [C(n) for n in ["FOSSATI Walter", "MORETTI Giulia", "LAZZARONI Paolo", "FERRARIO Daniela", "PARRAVICINI Enrico",
   "CASIRAGHI Monica", "NAVA Alberto", "BIFFI Francesca", "ROSSETTI Giuseppe", "PIROVANO Lucia", "VALTORTA Mauro", "GEROSA Silvia", "ORNAGHI Luca", "SIRONI Patrizia",
   "CAZZANIGA Dario", "BOSISIO Elena", "RADAELLI Michele", "PANZERI Ilaria", "MAGNI Carlo", "COLZANI Nicola"]] +
   [C(n, present=False) for n in ["TREZZI Angelo", "ZUCCHI Marta", "CANTÙ Riccardo", "BONFANTI Giacomo"]],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Walter Fossati"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Raffaele Lo Presti"},
  "vote": "majority", "vote_counts": VC(22, 20, 15, 5, 2), "immediately_executive": True}},
{"file": "deliberazione-lainate-word.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 12/2026 of Lainate (MI): date and hour in words ('addì ventisei del mese di marzo alle ore diciannove e trenta'), roll table with merged group rows SINDACO / CONSIGLIERI DI MAGGIORANZA / MINORANZA and P / A columns, a councillor leaves before the vote, letterhead in the running head and act number in the running foot (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lainate", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 12, "date": "2026-03-26", "time": "19:30",
  "subject": "Approvazione del Piano di Governo del Territorio – variante parziale al Piano delle Regole per l'ambito produttivo di via Manzoni. Controdeduzioni alle osservazioni e approvazione definitiva.",
  "attendees": [A("LANDONIO Andrea", "Sindaco")] + [C(n, present=(n not in ("CORTI Anna", "CROCI Paola"))) for n in ["PORRO Silvia", "GRASSI Emanuele", "MARELLI Chiara",
   "BERETTA Luca", "CORTI Anna", "PAGANI Marco", "SCOTTI Elena", "CASATI Roberto", "LEGNANI Sara", "BORSANI Pietro", "AIROLDI Giovanni", "CROCI Paola", "GORLA Fabrizio",
   "BANFI Marta", "TORNAGHI Ivano", "MAZZUCCHELLI Rita"]],
  "president": {"title": "dott.", "role": "Presidente del Consiglio Comunale", "name": "Emanuele Grassi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Grazia Locatelli"},
  "vote": "majority", "vote_counts": VC(14, 14, 10, 4, 0), "immediately_executive": True}},
{"file": "deliberazione-castellanza-maggioli.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 8 of 12 March 2026 of Castellanza (VA): every glyph its own Tm+Tj, justified by moving glyphs; roll in prose with first name first and '(Sindaco)'; a councillor absent at the roll enters during the discussion; unanimous vote with counts; no immediate executivity",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castellanza", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 8, "date": "2026-03-12", "time": "21:00",
  "subject": "ISTITUZIONE DELLA CONSULTA COMUNALE PER LO SPORT E APPROVAZIONE DEL RELATIVO REGOLAMENTO DI FUNZIONAMENTO.",
  "attendees": [A("Mirella Cerini", "Sindaco")] + [C(n) for n in ["Paola Ceriani", "Gianni Bettoni", "Luisa Crespi", "Davide Azimonti", "Silvia Fontana", "Carlo Rabolini",
   "Erica Marinoni", "Marco Tosi", "Giulia Castiglioni", "Alberto Colombo", "Michela Brusatori", "Ivan Gatti", "Sonia Ferioli"]] +
   [C(n, present=False) for n in ["Renato Macchi", "Francesca Belloni", "Luca Ghiringhelli"]],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Paola Ceriani"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Francesco Bertoni"},
  "vote": "unanimous", "vote_counts": VC(15, 15, 15, 0, 0), "immediately_executive": False}},
{"file": "deliberazione-gardonevaltrompia-latex.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 15 of 27-03-2026 of Gardone Val Trompia (BS) on a motion: two-column pdfLaTeX minute, roll table in the left column with Pr. / As. / Rem. marks and no role column, a remote councillor disconnects before the vote, majority vote with names, explicitly not immediately executive",
 "operative_points": 2,
 "act": {"municipality": "Comune di Gardone Val Trompia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 15, "date": "2026-03-27", "time": "18:00",
  "subject": "MOZIONE PRESENTATA DAL GRUPPO CONSILIARE “GARDONE BENE COMUNE” IN MERITO ALLA RIAPERTURA DEL PUNTO DI PRIMO INTERVENTO PRESSO IL PRESIDIO SANITARIO DI VALLE. DISCUSSIONE E VOTAZIONE.",
  "attendees": [A(n, "", n not in ("BORGHETTI Luca", "BELLERI Mauro")) for n in ["BONTEMPI Pierangelo", "ZANARDELLI Sara", "BERETTA Gianluca", "FERRAGLIO Marta",
   "PEDRETTI Claudio", "GHIDINI Nadia", "BORGHETTI Luca", "TANGHETTI Elena", "BREGOLI Andrea", "ZUBANI Chiara", "SABATTI Osvaldo", "RAMPINELLI Ilaria", "BELLERI Mauro",
   "GUERINI Dario", "PASINETTI Anna", "MORANDI Piero", "CAPUZZI Giada"]],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Gianluca Beretta"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Lucia Facchinetti"},
  "vote": "majority", "vote_counts": VC(14, 13, 9, 4, 1), "immediately_executive": False}},
{"file": "deliberazione-calolziocorte-halley.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 11 of 23.3.2026 of Calolziocorte (LC): letterhead, act line and 'pagina x di y' repeated on both pages (fpdf2), roll table Presente / Assente / Collegato da remoto with SI marks and totals, date as '23 (ventitré)', a councillor leaves before the vote, majority vote with names, immediate executivity voted apart",
 "operative_points": 3,
 "act": {"municipality": "Comune di Calolziocorte", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-23", "time": "20:30",
  "subject": "ESAME ED APPROVAZIONE DEL RENDICONTO DELLA GESTIONE DELL'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000.",
  "attendees": [A("GHEZZI Marco", "Sindaco"), A("VALSECCHI Roberta", "Presidente")] + [C(n, present=(n not in ("LOCATELLI Fabio", "AGAZZI Enrico"))) for n in ["ROTA Giuseppe",
   "PIROLA Chiara", "MAGGI Alessandro", "CORTI Nadia", "LOCATELLI Fabio", "BOLIS Marta", "MAZZOLENI Ivo", "BRUMANA Lisa", "CASTELLI Diego", "PANZERI Giulia", "AGAZZI Enrico",
   "BONACINA Silvia", "TENTORI Paolo", "RAVASIO Lucia", "CARSANIGA Luca"]],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Roberta Valsecchi"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Giovanni Balestra"},
  "vote": "majority", "vote_counts": VC(14, 14, 10, 4, 0), "immediately_executive": True}},
{"file": "deliberazione-cerano-groff.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 'N. 7 del 2.3.2026' of Cerano (NO), groff -ms typeset to PostScript and distilled by Ghostscript: roll in prose, surname first, '(Sindaco)' after the first name; a justified-absent councillor enters after the roll; majority vote with names; immediate executivity voted apart",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cerano", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-02", "time": "21:00",
  "subject": "Approvazione della convenzione per la gestione associata del servizio di Polizia Locale con i Comuni di Sozzago e Terdobbiate per il triennio 2026-2028.",
  "attendees": [A("Ferraris Andrea", "Sindaco")] + [C(n) for n in ["Balossini Elisa", "Pastore Giovanni", "Gambaro Luca", "Bellotti Sara", "Albertini Mario", "Zanetta Ilaria",
   "Pagani Ettore", "Cerutti Paolo", "Barbaglia Rosa"]] + [C(n, present=False) for n in ["Boca Francesca", "Rossari Alberto", "Mora Stefano"]],
  "president": {"role": "Presidente del Consiglio Comunale", "name": "Giovanni Pastore"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Cristina Canova"},
  "vote": "majority", "vote_counts": VC(11, 10, 8, 2, 1), "immediately_executive": True}},
{"file": "deliberazione-quarona-siscom.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 'N. 5 del 16/02/2026' of Quarona (VC): reportlab, every justified line sets Tw, headings letter-spaced with Tc; roll in two side-by-side column groups (1-6, 7-11) with P / A / A.G.; unanimous; immediately executive by a separate unanimous vote",
 "operative_points": 3,
 "act": {"municipality": "Comune di Quarona", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5, "date": "2026-02-16", "time": "18:30",
  "subject": "Adesione al Patto dei Sindaci per il Clima e l'Energia e approvazione delle linee di indirizzo per il Piano d'Azione per l'Energia Sostenibile e il Clima (PAESC) dell'Alta Valsesia.",
  "attendees": [A("GUGLIELMINA Francesco", "Sindaco")] + [C(n, present=(n not in ("ZANFA Giorgio", "PELLA Sergio"))) for n in ["TOSI Marina", "VIETTI Renzo",
   "CARESTIA Daniela", "ZANFA Giorgio", "DELLAROLE Mara", "GIACOBINO Piero", "CALCIATI Lorena", "PELLA Sergio", "RAGOZZA Fulvio", "CANTONO Elisa"]],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Marina Tosi"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Maurizio Cerutti"},
  "vote": "unanimous", "vote_counts": VC(9, 9, 9, 0, 0), "immediately_executive": True}},
{"file": "convocazione-grignasco-enscript.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio Comunale of Grignasco (NO) for 26/03/2026 at 21:00 (second call 27/03), protocol 1872 of 18 March 2026, 7-item agenda; 80-column Courier text through enscript and Ghostscript",
 "act": {"municipality": "Comune di Grignasco", "kind": "convocazione", "date": "2026-03-18",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 26 marzo 2026."}},
{"file": "attestazione-ghemme-civilia.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio Comunale deliberation 4 of 23/02/2026, Albo register 211, published 02/03-17/03/2026: letterhead a Form XObject, values drawn before their labels, Albo stamp rotated 90 degrees in the right margin (reportlab)",
 "act": {"municipality": "Comune di Ghemme", "kind": "attestazione", "number": 4, "date": "2026-02-23",
  "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEGLI ORTI URBANI DI VIA ROMAGNANO E VIA BORGOMANERO."}},
{"file": "allegato-brandizzo-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio Comunale deliberation 10 of 30/03/2026: attendance and vote sheet per agenda item (merged header cells, P/A and F/C/AS marks, entries and exits in the legend), spreadsheet printed landscape by LibreOffice Calc with the file name in the running head",
 "act": {"municipality": "Comune di Brandizzo"}},
{"file": "determinazione-cassolnovo-writer.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa, sector n. 47/2026 of 18/03/2026, general register 311 registered 19/03/2026, proposal 62 of 17/03/2026, paying councillors' attendance fees; register box as a bordered table (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cassolnovo", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Segreteria e Affari Generali", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-19", "proposal_number": 62, "proposal_date": "2026-03-17",
  "subject": "LIQUIDAZIONE DEI GETTONI DI PRESENZA SPETTANTI AI CONSIGLIERI COMUNALI PER LA PARTECIPAZIONE ALLE SEDUTE DEL CONSIGLIO COMUNALE E DELLE COMMISSIONI CONSILIARI – SECONDO SEMESTRE 2025."}},
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
assert len(K) == 12 and len({k["file"] for k in K}) == 12
assert sorted(k["file"] for k in K) == sorted(f for f in os.listdir(D) if f.endswith(".pdf")), "keys and PDFs differ"
raise SystemExit(1 if bad else 0)
