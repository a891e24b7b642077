# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True, **kw): return dict({"name": name, "role": role, "present": present}, **kw)
def C(p, v, f, a, ab): return {"present": p, "voters": v, "in_favour": f, "against": a, "abstained": ab}
CC = "Consiglio Comunale"
K = [
{"file": "deliberazione-casteldelgiudice-writer.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 5/2026 (HTML opened as a Writer document, LibreOffice): roll in a three-column grid of names with P/A marks, only the Sindaco's role printed",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castel del Giudice", "organ": CC, "kind": "deliberazione", "number": 5, "date": "2026-02-12", "time": "18:30",
  "subject": "Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.",
  "attendees": [A("IACOVONE Lino", "Sindaco"), A("PETRARCA Anna", None), A("FANTINI Carlo", None), A("SCARANO Ilaria", None),
                A("DI NUCCI Marta", None), A("MARINELLI Sergio", None), A("COLASANTE Rita", None, False), A("DI LALLO Franco", None),
                A("CAROSELLA Pietro", None, False), A("ZAPPONE Giulia", None), A("TOMASSONE Enzo", None)],
  "president": {"role": "Sindaco", "name": "Lino Iacovone"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Raffaele Cianciullo"},
  "vote": "unanimous", "vote_counts": C(9, 9, 9, 0, 0), "immediately_executive": True}},
{"file": "deliberazione-belmontedelsannio-reportlab.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 3/2026, date and time in words (addì ventisei del mese di gennaio, ore diciannove); roll in prose naming the Consigliere anziano; justified lines set Tw (ReportLab platypus)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Belmonte del Sannio", "organ": CC, "kind": "deliberazione", "number": 3, "date": "2026-01-26", "time": "19:00",
  "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di segreteria comunale con il Comune di Agnone.",
  "attendees": [A("Errico Venditti", "Sindaco"), A("Nicola Santilli", "Consigliere anziano"), A("Maria Grazia Di Iorio", "Consigliere"), A("Antonio Marracino", "Consigliere"),
                A("Silvia Ricciuto", "Consigliere"), A("Paolo Sabelli", "Consigliere"), A("Loredana Carnevale", "Consigliere"), A("Vincenzo Lemme", "Consigliere"),
                A("Daniela Paglione", "Consigliere", False), A("Giuseppe Fiadino", "Consigliere", False)],
  "president": {"role": "Sindaco", "name": "Errico Venditti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Annalisa Marinucci"},
  "vote": "unanimous", "vote_counts": C(8, 8, 8, 0, 0), "immediately_executive": True}},
{"file": "deliberazione-torelladelsannio-halley.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation Reg. Gen. n. 8 of 28/02/2026 (DUP and budget; fpdf2): roll table with Carica and Gruppo consiliare columns and X marks under Presente/Assente; majority vote naming who voted against",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torella del Sannio", "organ": CC, "kind": "deliberazione", "number": 8, "date": "2026-02-28", "time": "10:00",
  "proposal_number": 6, "proposal_date": "2026-02-10",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del bilancio di previsione finanziario 2026/2028.",
  "attendees": [A("TESTA Amedeo", "Sindaco", group="Uniti per Torella"), A("MASTROPIETRO Lucia", "Consigliere", group="Uniti per Torella"), A("IANIRO Domenico", "Consigliere", group="Uniti per Torella"),
                A("CIAMARRA Elena", "Consigliere", group="Uniti per Torella"), A("DI PAOLO Stefano", "Consigliere", False, group="Uniti per Torella"), A("FRATIANNI Rosa", "Consigliere", group="Uniti per Torella"),
                A("PALLOTTA Marco", "Consigliere", group="Uniti per Torella"), A("COLAVITA Gino", "Consigliere", group="Torella Domani"), A("SPINA Teresa", "Consigliere", group="Torella Domani"),
                A("RICCI Alberto", "Consigliere", False, group="Torella Domani"), A("GIANCOLA Sara", "Consigliere", group="Torella Domani")],
  "president": {"role": "Sindaco", "name": "Amedeo Testa"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Michele Lombardozzi"},
  "vote": "majority", "vote_counts": C(9, 9, 7, 2, 0), "voted_against": ["Colavita", "Spina"], "immediately_executive": True}},
{"file": "deliberazione-concacasale-chromium.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 7/2026 (Chromium): chaired by the Presidente del Consiglio; vote by appello nominale in a table, then counts naming who voted against and who abstained; not immediately executive",
 "operative_points": 3,
 "act": {"municipality": "Comune di Conca Casale", "organ": CC, "kind": "deliberazione", "number": 7, "date": "2026-03-05", "time": "17:00",
  "subject": "Ricognizione periodica delle partecipazioni pubbliche detenute dal Comune ai sensi dell'art. 20 del D.Lgs. 175/2016 – Alienazione della quota nella società Molise Acque Servizi S.r.l.",
  "attendees": [A("Cefaratti Antonella", "Presidente del Consiglio"), A("Ricci Vittorio", "Sindaco"), A("Lancellotta Mario", None), A("Verrecchia Paola", None),
                A("Di Meo Giorgio", None), A("Falcone Silvana", None), A("Caranci Luigi", None), A("Martino Bruno", None),
                A("Peluso Anna", None, False), A("Gizzi Roberto", None, False)],
  "president": {"role": "Presidente del Consiglio", "name": "Antonella Cefaratti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Carmela Vitale"},
  "vote": "majority", "vote_counts": C(8, 7, 5, 2, 1), "voted_against": ["Falcone Silvana", "Caranci Luigi"], "abstained_names": ["Martino Bruno"],
  "immediately_executive": False}},
{"file": "deliberazione-villettabarrea-wkhtml.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 11/2026 (wkhtmltopdf): roll as a two-pair table (Consiglieri | Pres./Ass. twice) with 'Assente giustificato'; the minute is taken by the Vice Segretario Comunale",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villetta Barrea", "organ": CC, "kind": "deliberazione", "number": 11, "date": "2026-03-18", "time": "18:00",
  "subject": "Variazione al bilancio di previsione 2026/2028 ai sensi dell'art. 175 del D.Lgs. 267/2000 per lavori di messa in sicurezza della strada comunale Madonna del Carmine.",
  "attendees": [A("DI CICCO Fernando", "Sindaco"), A("MASCIOLI Elisa", None), A("CICCHETTI Renato", None), A("PASQUARELLI Ugo", None, False),
                A("PIETRANTONIO Luca", None), A("GRASSI Valeria", None, False), A("D'AMICO Franca", None), A("SABATINI Walter", None)],
  "president": {"role": "Sindaco", "name": "Fernando Di Cicco"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Gianluca Orsini"},
  "vote": "majority", "vote_counts": C(6, 6, 5, 1, 0), "voted_against": ["Sabatini"], "immediately_executive": True}},
{"file": "deliberazione-calascio-latex.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 2/2026 in seduta straordinaria di seconda convocazione (pdfLaTeX, letter-spaced heading, running head): roll table Nominativo/Carica/P/A, quorum of one third",
 "operative_points": 3,
 "act": {"municipality": "Comune di Calascio", "organ": CC, "kind": "deliberazione", "number": 2, "date": "2026-01-14", "time": "16:00", "convocation": "seconda convocazione",
  "subject": "Adesione alla Comunità Energetica Rinnovabile “Terre della Baronia” e approvazione dello statuto.",
  "attendees": [A("Paolo Baldi", "Sindaco"), A("Chiara Fiorenza", "Consigliere"), A("Walter Properzi", "Consigliere", False), A("Orietta Gizzi", "Consigliere"),
                A("Mauro Leone", "Consigliere", False), A("Bruno De Santis", "Consigliere"), A("Lisa Anelli", "Consigliere", False)],
  "president": {"role": "Sindaco", "name": "Paolo Baldi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosanna Ciccone"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-roccacasale-enscript.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation N. 4/2026 R.G. (80-column Courier in capitals, enscript + Ghostscript): roll with dotted leaders naming the CONSIGLIERE ANZIANO; majority with one abstention; immediate executability voted separately with its own counts (6/0/0)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccacasale", "organ": "CONSIGLIO COMUNALE", "kind": "deliberazione", "number": 4, "date": "2026-01-30", "time": "20:30",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO RIFIUTI E DELLE TARIFFE TARI PER L’ANNO 2026.",
  "attendees": [A("DI GIROLAMO ENRICO", "SINDACO"), A("CELLINI MARIANNA", "CONSIGLIERE ANZIANO"), A("TABACCO VINCENZO", "CONSIGLIERE"), A("DI PIETRO ANNALISA", "CONSIGLIERE"),
                A("ROSSETTI GIULIO", "CONSIGLIERE", False), A("SANTUCCI PAMELA", "CONSIGLIERE"), A("VALLERA CLAUDIO", "CONSIGLIERE")],
  "president": {"role": "SINDACO", "name": "DI GIROLAMO ENRICO"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "ANTONIO DI NINO"},
  "vote": "majority", "vote_counts": C(6, 5, 5, 0, 1), "abstained_names": ["VALLERA"],
  "immediately_executive": True, "immediately_executive_vote_counts": C(6, 6, 6, 0, 0)}},
{"file": "attestazione-bugnara-groff.pdf", "role": "certificate",
 "what": "certificate of publication (groff -ms, Ghostscript) of Consiglio Comunale deliberation 9 of 27.02.2026, Reg. Pubbl. n. 97, published 3-18 March 2026, signed by the Messo on 19.03.2026; subject in italics as a quoted paragraph",
 "act": {"municipality": "Comune di Bugnara", "kind": "attestazione", "number": 9, "date": "2026-02-27",
  "subject": "Approvazione del Regolamento comunale per la concessione di contributi alle associazioni culturali e sportive"}},
{"file": "convocazione-pescorocchiano-kibernetes.pdf", "role": "notice",
 "what": "convocation of the Consiglio Comunale for 16/03/2026 at 18:30 (second call 17/03), prot. 1327 of 9 March 2026, 5-item agenda; every glyph its own text object, justified lines spread by moving words; Albo stamp rotated 90° in the left margin",
 "act": {"municipality": "Comune di Pescorocchiano", "kind": "convocazione", "date": "2026-03-09", "time": "18:30",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria."}},
{"file": "determinazione-castelditora-word.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica (python-docx Word file with header/footer, LibreOffice): register table with sector n. 23 of 04.03.2026, Reg. Gen. n. 61 of 05.03.2026 and proposal 29 of 02.03.2026",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castel di Tora", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
  "number": 61, "sector_number": 23, "date": "2026-03-05", "proposal_number": 29, "proposal_date": "2026-03-02",
  "subject": "Lavori di manutenzione straordinaria del pontile comunale sul Lago del Turano. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023. CIG B9F2A7E113 – CUP F17B25000330002."}},
{"file": "allegato-ascrea-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio Comunale deliberation 6 of 27.03.2026: IMU rates 2026 as a spreadsheet (openpyxl, LibreOffice Calc, landscape, file name in the header, 'Pagina 1 di 1')",
 "act": {"municipality": "Comune di Ascrea"}},
{"file": "ordinanza-varcosabino-sicraweb.pdf", "role": "act",
 "what": "ordinanza sindacale 3/2026 (ReportLab): letterhead and foot are Form XObjects drawn after the body; Albo stamp rotated 90° in the right margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Varco Sabino", "organ": "Sindaco", "kind": "ordinanza", "number": 3, "date": "2026-03-20",
  "subject": "Divieto di transito sulla strada comunale Varco – Collegiove per lavori di ripristino del muro di sostegno a valle della carreggiata."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    for p in a.get("attendees", []):
        strs += [("att", p["name"])] + ([("role", p["role"])] if p["role"] else []) + ([("group", p["group"])] if "group" in p else [])
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
