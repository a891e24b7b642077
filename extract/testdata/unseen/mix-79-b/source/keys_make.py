# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-gambellara-writer.pdf", "role": "act", "what": "Giunta deliberation 23/2026; header is a two-column bordered table, body name left, register (N. 23 del 12.03.2026) right; roll table with Pres./Ass. X marks (LibreOffice Writer)", "operative_points": 3,
 "act": {"municipality": "Comune di Gambellara", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-12", "time": "18:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza dell'incrocio tra via Marconi e via Sorio – CUP H21B26000090004.",
  "attendees": [A("Dal Ferro Michela", "Sindaco"), A("Zanovello Piero", "Vicesindaco"), A("Cracco Elisa", "Assessore", False), A("Pieropan Luca", "Assessore"), A("Menegazzo Anna", "Assessore")],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Dal Ferro Michela"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Renato Bortolan"}, "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-fossaltadiportogruaro-civilia.pdf", "role": "act", "what": "Consiglio deliberation 9/2026; number and date only in the running head of each page; roll in prose with absent justified; majority vote with counts; justified with Tw (reportlab)", "operative_points": 4,
 "act": {"municipality": "Comune di Fossalta di Portogruaro", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "20:30",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2026.",
  "attendees": [A("Natale Sidran", "Sindaco")] + [A(n, "Consigliere") for n in ("Chiara Bravin", "Marco Drigo", "Elena Moretto", "Paolo Sclippa", "Giorgia Tonon", "Fabio Vizzotto", "Denis Bergamo", "Lucia Furlanis", "Ivo Stival")] + [A(n, "Consigliere", False) for n in ("Sara Pitton", "Renzo Zanin", "Matteo Basso")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Natale Sidran"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Cristina Battiston"}, "vote": "majority",
  "vote_counts": {"present": 10, "voters": 10, "in_favour": 7, "against": 3, "abstained": 0}, "immediately_executive": True}},
{"file": "determinazione-forniavoltri-insiel.pdf", "role": "act", "what": "determinazione Reg. Gen. 87 / N. Area 31 of 17/03/2026, proposal 102; kind printed letter-spaced and rotated 90° in a coloured left band; label grid (fpdf2)", "operative_points": 3,
 "act": {"municipality": "Comune di Forni Avoltri", "organ": "Area Tecnica e Tecnico-Manutentiva", "office": "Servizio Patrimonio e Manutenzioni", "kind": "determinazione", "number": 87, "sector_number": 31, "date": "2026-03-17",
  "proposal_number": 102, "proposal_date": "2026-03-13",
  "subject": "Affidamento del servizio di sgombero neve sulla viabilità comunale della frazione di Collina per la stagione invernale 2025/2026 – integrazione impegno di spesa. CIG B9F2A71C03."}},
{"file": "ordinanza-vajont-latex.pdf", "role": "act", "what": "ordinanza 6/2026, date in words ('Addì nove del mese di marzo dell'anno duemilaventisei'); the letterhead is printed at the bottom of the page (fancyhdr footer, pdfLaTeX)", "operative_points": 3,
 "act": {"municipality": "Comune di Vajont", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-09",
  "subject": "Divieto temporaneo di transito e di sosta in via Maniago per lavori di rifacimento della rete idrica."}},
{"file": "determinazione-bagnodiromagna-chromium.pdf", "role": "act", "what": "determinazione 'N. 47/2026 R.G.' (Settore n. 12) of 18/03/2026; boxed OGGETTO printed before the kind heading, body name in small print under it (Chromium)", "operative_points": 4,
 "act": {"municipality": "Comune di Bagno di Romagna", "organ": "SETTORE AFFARI GENERALI", "office": "Servizio Cultura, Turismo e Sport", "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-03-18",
  "proposal_number": 61, "proposal_date": "2026-03-16",
  "subject": "CONCESSIONE DEL CONTRIBUTO ORDINARIO ALL'ASSOCIAZIONE PRO LOCO DI SAN PIERO IN BAGNO PER LE INIZIATIVE DI PROMOZIONE TURISTICA DELL'ANNO 2026 – IMPEGNO DI SPESA."}},
{"file": "decreto-casteldelrio-kibernetes.pdf", "role": "act", "what": "decreto del Sindaco 'N. 3 del 20.3.2026' printed in copia conforme with a rotated copy stamp; every glyph its own Tm+Tj, lines justified by moving glyphs (reportlab)", "operative_points": 3,
 "act": {"municipality": "Comune di Castel del Rio", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-20",
  "subject": "Nomina del Responsabile dell'Area Economico-Finanziaria e attribuzione della posizione di elevata qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "avviso-fanano-wkhtml.pdf", "role": "notice", "what": "unnumbered AVVISO, protocol 2417 of 19/03/2026 in the right cell of a two-column header table (wkhtmltopdf)",
 "act": {"municipality": "Comune di Fanano", "office": "Servizi Demografici ed Elettorali", "kind": "avviso", "date": "2026-03-19",
  "subject": "APERTURA STRAORDINARIA DELL'UFFICIO ELETTORALE PER IL RILASCIO DELLE TESSERE ELETTORALI"}},
{"file": "attestazione-montieri-halley.pdf", "role": "certificate", "what": "certificate of publication (register 196/2026, 27/03–11/04/2026) of Consiglio deliberation 11 of 24/03/2026; 80-column Courier report with dotted labels (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Montieri", "kind": "attestazione", "number": 11, "date": "2026-03-24",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI COMUNALI"}},
{"file": "convocazione-palaia-groff.pdf", "role": "notice", "what": "convocation of the Consiglio Comunale for 30/03/2026 at 21.00, protocol 3380 of 20/03/2026, 5-item agenda; protocol repeated in the running foot (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Palaia", "kind": "convocazione", "date": "2026-03-20",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria per il giorno 30 marzo 2026."}},
{"file": "allegato-zovencedo-calc.pdf", "role": "attachment", "what": "Allegato A to determinazione 18/2026: quadro economico with merged header and category cells, landscape (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "Comune di Zovencedo"}},
{"file": "bando-cintoeuganeo-word.pdf", "role": "act", "what": "BANDO N. 1/2026, protocol 1902 of 16/03/2026, rent-support grants; the letterhead (body, Area, Ufficio) is in the page footer (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Cinto Euganeo", "organ": "Area Servizi alla Persona", "office": "Ufficio Servizi Sociali", "kind": "bando", "number": 1, "date": "2026-03-16",
  "subject": "BANDO PER L'ASSEGNAZIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
{"file": "deliberazione-borghi-apkappa.pdf", "role": "act", "what": "Giunta deliberation N. 31, date and time in words/prose only ('addì ventisei del mese di marzo, alle ore 12,30'); letterhead/foot Form XObjects; roll P/A in two side-by-side columns; signatures drawn before DELIBERA (reportlab)", "operative_points": 3,
 "act": {"municipality": "Comune di Borghi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-26", "time": "12:30",
  "subject": "Approvazione dello schema di accordo con l'Unione dei Comuni Valle del Savio per la manutenzione del sentiero escursionistico del Rio Salto.",
  "attendees": [A("Ruscelli Matteo", "Sindaco"), A("Bartoletti Silvia", "Vicesindaco"), A("Pari Giorgio", "Assessore", False), A("Venturi Chiara", "Assessore"), A("Magnani Lorenzo", "Assessore")],
  "president": {"role": "Sindaco", "name": "Matteo Ruscelli"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Enrico Fabbri"}, "vote": "unanimous", "immediately_executive": True}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
