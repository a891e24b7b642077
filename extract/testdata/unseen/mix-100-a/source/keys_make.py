# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-bicinicco-insiel.pdf", "role": "act",
 "what": "Giunta comunale deliberation 23/2026 of Bicinicco: number and date in a box of the running head repeated on both pages; roll table with X marks in Pres./Ass. columns, '(g)' absent justified; justified with Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bicinicco", "organ": "Giunta comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-24", "time": "18:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza sismica della scuola primaria \"G. Marconi\". CUP H41B26000120006.",
  "attendees": [A("ZANIN Giovanni", "Sindaco"), A("TOMADINI Laura", "Vicesindaco"), A("PITTIONI Marco", "Assessore", False), A("CECOTTI Elisa", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Giovanni Zanin"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Chiara Ermacora"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-bicinicco-insiel.pdf", "role": "act",
 "what": "determinazione of the Area tecnica, sector n. 58, Reg. Gen. 311 of 25/03/2026, proposal 66 of 23/03/2026, all in a four-cell label grid (fpdf2, DejaVu)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bicinicco", "organ": "AREA TECNICA E TECNICO-MANUTENTIVA", "office": "Servizio Lavori pubblici e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 58, "date": "2026-03-25", "proposal_number": 66, "proposal_date": "2026-03-23",
  "subject": "Affidamento diretto del servizio di manutenzione del verde pubblico per l'anno 2026 ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 – CIG B9D4E27A13 – Impegno di spesa."}},
{"file": "ordinanza-bicinicco-insiel.pdf", "role": "act",
 "what": "ordinanza sindacale 'N. 9 del 26.3.2026' (groff -ms, Times; number repeated in the page foot)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bicinicco", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-26",
  "subject": "Divieto di abbruciamento dei residui vegetali su tutto il territorio comunale dal 27 marzo al 30 aprile 2026."}},
{"file": "attestazione-bicinicco-insiel.pdf", "role": "certificate",
 "what": "certificate of publication (26/03–10/04/2026, register n. 188) of Giunta deliberation 23 of 24/03/2026, the one in this set; 80-column Courier with dotted labels (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Bicinicco", "kind": "attestazione", "number": 23, "date": "2026-03-24",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza sismica della scuola primaria \"G. Marconi\". CUP H41B26000120006."}},
{"file": "deliberazione-cavedago-ascot.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 of Cavedago: number and date 'n. 7 dd. 27.03.2026' only in the Word running head; date and time in words/dots in the opening formula; roll table with merged header cells (Assente: giust./ingiust.); majority vote with abstentions (python-docx → LibreOffice, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cavedago", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-27", "time": "20:30",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.",
  "attendees": [A("Fedrizzi Cristian", "Sindaco"), A("Donini Marta", "Vicesindaco"), A("Viola Stefano", "Consigliere"), A("Daldoss Irene", "Consigliere"),
                A("Tasin Luca", "Consigliere", False), A("Bonetti Silvia", "Consigliere"), A("Sartori Mattia", "Consigliere"), A("Zeni Paola", "Consigliere"),
                A("Clementi Andrea", "Consigliere"), A("Fedrizzi Nadia", "Consigliere"), A("Rigotti Enrico", "Consigliere", False), A("Bernardi Giulia", "Consigliere")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Cristian Fedrizzi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Elena Paoli"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 8, "in_favour": 8, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "determinazione-cavedago-ascot.pdf", "role": "act",
 "what": "determinazione del Segretario comunale: heading without number; 'Registro delle determinazioni n. 41 di data 23 marzo 2026' and proposal 48 only in a table at the end (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cavedago", "organ": "Segretario comunale", "office": "Servizio Segreteria e Affari generali", "kind": "determinazione",
  "number": 41, "date": "2026-03-23", "proposal_number": 48, "proposal_date": "2026-03-20",
  "subject": "Liquidazione del contributo ordinario per l'anno 2026 al Corpo dei Vigili del Fuoco Volontari di Cavedago."}},
{"file": "decreto-cavedago-ascot.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 2/2026, date only in words at the end ('addì ventisei del mese di marzo duemilaventisei'); letter-spaced letterhead (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cavedago", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-26",
  "subject": "Nomina del Responsabile della protezione dei dati personali (RPD/DPO) ai sensi dell’art. 37 del Regolamento (UE) 2016/679."}},
{"file": "avviso-cavedago-ascot.pdf", "role": "notice",
 "what": "unnumbered AVVISO on the yearly allotment of firewood (sorte); issuing office in a right-aligned block of the letterhead (wkhtmltopdf)",
 "act": {"municipality": "Comune di Cavedago", "organ": "Servizio Tecnico", "office": "Ufficio Foreste e Patrimonio", "kind": "avviso", "date": "2026-03-24",
  "subject": "ASSEGNAZIONE DELLA LEGNA DA ARDERE AD USO INTERNO (SORTE) PER L'ANNO 2026"}},
{"file": "deliberazione-propata-jente.pdf", "role": "act",
 "what": "Giunta comunale deliberation 14/2026 of Propata: number alone in a box, date and time only in words in the opening formula; roll table with a merged 'Presenza' header over P/A; letter-spaced letterhead (OpenPDF)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Propata", "organ": "Giunta comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-25", "time": "11:00",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare all'Associazione Pro Loco di Propata per l'anno 2026.",
  "attendees": [A("ROSASCO Giorgio", "Sindaco"), A("CAVAGNARO Anna", "Vice Sindaco"), A("GUANO Pietro", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Giorgio Rosasco"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Andrea Traverso"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-propata-jente.pdf", "role": "act",
 "what": "determinazione of the Servizio finanziario: 'N. 47/2026 R.G.', service number 12 and date '26 marzo 2026' only in a box at the foot; every glyph placed on its own (Tm+Tj), justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Propata", "organ": "SERVIZIO FINANZIARIO", "office": "Ufficio Ragioneria e Tributi", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-26",
  "subject": "Impegno e liquidazione della quota associativa per l'anno 2026 ad ANCI Liguria."}},
{"file": "ordinanza-propata-jente.pdf", "role": "act",
 "what": "ordinanza of the Responsabile del Servizio Tecnico n. 5/2026 closing a road; letterhead and number/date band are Form XObjects drawn last, signature and points drawn first (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Propata", "organ": "Responsabile del Servizio Tecnico", "kind": "ordinanza", "number": 5, "date": "2026-03-27",
  "subject": "Chiusura al traffico della strada comunale per la frazione Caprile dal 30 marzo al 10 aprile 2026 per lavori di consolidamento del muro di sostegno."}},
{"file": "avviso-propata-jente.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (manifestazione di interesse for a mountain hut), office and protocol/date in a bordered two-cell table under the letterhead (HTML through LibreOffice Writer)",
 "act": {"municipality": "Comune di Propata", "organ": "Servizio Amministrativo", "office": "Ufficio Patrimonio", "kind": "avviso", "number": 3, "date": "2026-03-27",
  "subject": "MANIFESTAZIONE DI INTERESSE PER LA GESTIONE DEL RIFUGIO ESCURSIONISTICO COMUNALE \"CASA DEL ROCCA\" – STAGIONE 2026"}},
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
