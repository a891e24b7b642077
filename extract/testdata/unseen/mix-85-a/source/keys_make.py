# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
GC, CC = "Giunta comunale", "Consiglio comunale"
K = [
{"file": "deliberazione-valgoglio-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 'n. 14 del 12.3.2026' of Valgoglio (BG); roll in two side-by-side column groups 'COGNOME Nome / Carica / P/A'; vote in prose, immediate executability voted separately; every justified line sets Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valgoglio", "organ": GC, "kind": "deliberazione", "number": 14, "date": "2026-03-12", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER LA FRAZIONE NOVAZZA – CUP B77H26000120004",
  "attendees": [A("BERTOCCHI Marco", "Sindaco"), A("FORNONI Laura", "Vicesindaco"), A("MORSTABILINI Ivan", "Assessore", False), A("PEDRETTI Silvia", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Marco Bertocchi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Cinzia Bonaldi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-male-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation N. 9 of Malè (TN); the roll is one sentence naming only the three absent councillors; majority vote with counts; president is the Presidente del Consiglio (HTML -> LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Malè", "organ": CC, "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "20:00",
  "subject": "Approvazione del Regolamento comunale per la gestione delle malghe e dei pascoli di proprietà comunale.",
  "attendees": [A("Iachelini Stefano", None, False), A("Zanon Marta", None, False), A("Podetti Luca", None, False)],
  "president": {"title": "signor", "role": "Presidente del Consiglio", "name": "Bruno Paoli"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Giorgio Menapace"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 14, "in_favour": 11, "against": 2, "abstained": 1},
  "immediately_executive": False}},
{"file": "deliberazione-ampezzo-insiel.pdf", "role": "act",
 "what": "Giunta comunale deliberation 21 of 24/03/2026 of Ampezzo (UD), presided by the Vicesindaco because the Sindaco is absent; running head and foot repeated on both pages (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ampezzo", "organ": GC, "kind": "deliberazione", "number": 21, "date": "2026-03-24", "time": "17:00",
  "subject": "Concessione di contributi alle associazioni culturali e sportive per l'anno 2026.",
  "attendees": [A("Cleva Adriano", "Sindaco", False), A("Candotti Mara", "Vicesindaco"), A("Spangaro Enrico", "Assessore"), A("De Prato Lucia", "Assessore")],
  "president": {"title": "sig.ra", "role": "Vicesindaco", "name": "Mara Candotti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Loris Candoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-vallarsa-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation N. 7/2026 of Vallarsa (TN): roll of 12 as a table flowed into two CSS columns; Segretario 'reggente a scavalco'; unanimous vote in prose, immediate executability voted separately (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vallarsa", "organ": CC, "kind": "deliberazione", "number": 7, "date": "2026-03-18", "time": "20:30",
  "subject": "Variazione al bilancio di previsione 2026-2028 e applicazione di quota dell'avanzo di amministrazione vincolato.",
  "attendees": [A("STOFFELLA Geremia", "Sindaco"), A("PEZZATO Anna", "Consigliere"), A("MARTINI Daniele", "Consigliere"), A("ROBOL Elisa", "Consigliere", False), A("COBBE Franco", "Consigliere"), A("ZENDRI Michela", "Consigliere"),
                A("ANGHEBEN Luigi", "Consigliere"), A("PLAZZER Sara", "Consigliere"), A("BRUSCO Tiziano", "Consigliere", False), A("RAOSS Nadia", "Consigliere"), A("FRISINGHELLI Ivo", "Consigliere"), A("VALLE Cristina", "Consigliere")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Geremia Stoffella"},
  "secretary": {"title": "dott.", "role": "Segretario comunale reggente a scavalco", "name": "Alberto Dalprà"},
  "vote": "unanimous", "vote_counts": {"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-dogna-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation N. 8 of Dogna (UD), date and time only in words/prose ('addì cinque del mese di marzo alle ore 12:00'); P/A roll as a ruled two-group tabular; Segretario reggente a scavalco; running head (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Dogna", "organ": GC, "kind": "deliberazione", "number": 8, "date": "2026-03-05", "time": "12:00",
  "subject": "Adesione al progetto regionale “Borghi alpini accoglienti” e approvazione dello schema di accordo con il Comune di Chiusaforte.",
  "attendees": [A("SIMONETTI Elena", "Sindaco"), A("DI LENARDA Paolo", "Vicesindaco"), A("FAVOT Renzo", "Assessore", False)],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Elena Simonetti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale reggente a scavalco", "name": "Manuela Di Bernardo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-cusio-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Cusio (BG): grey-labelled register strip 'Reg. Gen. 311 | Data 17/03/2026 | Reg. Settore 22 | Proposta 40 del 16/03/2026' (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cusio", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
  "number": 311, "sector_number": 22, "date": "2026-03-17", "proposal_number": 40, "proposal_date": "2026-03-16",
  "subject": "Affidamento del servizio di sgombero neve sulle strade comunali per la stagione 2026/2027 – CIG B91F2C7A05 – Impegno di spesa."}},
{"file": "manifesto-ossana-groff.pdf", "role": "notice",
 "what": "manifesto of the Sindaco of Ossana (TN) proclaiming civic mourning (IL SINDACO … P R O C L A M A), date only in the closing line 'Ossana, 19 marzo 2026', running foot (groff -ms, gropdf)",
 "act": {"municipality": "Comune di Ossana", "organ": "Sindaco", "kind": "avviso", "date": "2026-03-19",
  "subject": "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI SABATO 21 MARZO 2026"}},
{"file": "comunicato-pagnona-enscript.pdf", "role": "notice",
 "what": "COMUNICATO STAMPA N. 5/2026 of the Ufficio Stampa of Pagnona (LC), 'Pagnona, 20.03.2026' on the number line; 80-column Courier with '=' rules, title in capitals over two lines (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Pagnona", "office": "UFFICIO STAMPA", "kind": "avviso", "number": 5, "date": "2026-03-20",
  "subject": "RIAPRE LA STRADA PROVINCIALE 67 DOPO LA FRANA DI FEBBRAIO: CONCLUSI I LAVORI DI CONSOLIDAMENTO DEL VERSANTE"}},
{"file": "attestazione-preone-kibernetes.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 12 of 10/03/2026 of Preone (UD), published 12/03-27/03/2026 (Reg. pubbl. 64/2026); every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Preone", "kind": "attestazione", "number": 12, "date": "2026-03-10",
  "subject": "Approvazione del piano di taglio del bosco comunale di Pani per la stagione silvana 2026."}},
{"file": "allegato-tartano-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 17 of 19/03/2026 of Tartano (SO): 40 pseudonymised grant applicants, merged title rows, header row repeated, file name in the running head, landscape, 2 pages (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "Comune di Tartano"}},
{"file": "convocazione-socchieve-reportlab.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale of Socchieve (UD) for 24/03/2026 at 20:00, Prot. n. 1032, 'Socchieve, 13.3.2026'; letterhead and foot are Form XObjects reused on both pages; signature and agenda drawn before the heading (reportlab)",
 "act": {"municipality": "Comune di Socchieve", "kind": "convocazione", "date": "2026-03-13",
  "subject": "Convocazione del Consiglio comunale – seduta ordinaria del 24 marzo 2026."}},
{"file": "ordinanza-caldes-word.pdf", "role": "act",
 "what": "ORDINANZA DEL SINDACO N. 6 DEL 16.03.2026 of Caldes (TN): traffic ban for works on a retaining wall; Word template with running head/foot (python-docx -> LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Caldes", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-16",
  "subject": "Divieto di transito veicolare sulla strada comunale del Castello di San Michele per lavori di consolidamento del muro di sostegno."}},
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
    miss = [(f, s) for f, s in strs if s is not None and (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
