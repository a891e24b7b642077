# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-chiusidellaverna-palitalsoft.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38/2026 (Chiusi della Verna): number and date as 'n. 38 del 16.4.2026', day and month in words in the minute, roll in prose ('Sono presenti i signori …; sono assenti i signori …'), OGGETTO in a two-cell box (python-docx, LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Chiusi della Verna", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-16", "time": "13:00",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale della Beccia – CUP D47H26000120004.",
  "attendees": [A("Giampaolo Tellini", "Sindaco"), A("Sara Bardelli", "Vice Sindaco"), A("Marco Ricciarini", "Assessore"), A("Elena Checcacci", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Giampaolo Tellini"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Lucia Ferrini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-monteleonedispoleto-delibereonline.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 (Monteleone di Spoleto), 3 pages: running head with number and date on every page, majority vote with counts, signatures on page 2 and the roll as a P/A table on the last page after the signatures (Java + OpenPDF)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Monteleone di Spoleto", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-04-17", "time": "18:30",
  "subject": "Modifica del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Approvazione.",
  "attendees": [A("ANGELINI Marisa", "Sindaco"), A("TOMASSONI Luca", "Consigliere"), A("DI CARLO Ilaria", "Consigliere"), A("CESARINI Piero", "Consigliere"),
                A("FEDELI Simona", "Consigliere", False), A("ROSATI Giorgio", "Consigliere"), A("MATTIOLI Enrico", "Consigliere"), A("BERNABEI Chiara", "Consigliere"),
                A("PASQUALI Roberto", "Consigliere"), A("SENSINI Daniela", "Consigliere"), A("VALENTINI Mauro", "Consigliere", False)],
  "president": {"role": "Sindaco", "name": "Marisa Angelini"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio Carloni"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-frontone-eurosoft.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica (Frontone): three-cell register grid (N. 47/2026 R.G. del 15/04/2026, Registro di Area n. 19, Proposta n. 52), the 'Visto di regolarità contabile' box on the first page above the body; justified lines set Tw, letterhead and headings letter-spaced with Tc (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Frontone", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-04-15", "proposal_number": 52, "proposal_date": "2026-04-13",
  "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria \"Giovanni Pascoli\" – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CIG B9F2C47A13 – Impegno di spesa."}},
{"file": "ordinanza-pacentro-mosaico.pdf", "role": "act",
 "what": "ordinanza sindacale 14/2026 (Pacentro): 'ORDINANZA SINDACALE / N. 14 / del 18.4.2026' in a box at the top right; every glyph drawn on its own, lines justified by moving glyphs; Albo stamp rotated 90° in the right margin (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pacentro", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-04-18",
  "subject": "Misure di prevenzione degli incendi boschivi e divieto di abbruciamento di residui vegetali nel territorio comunale – periodo 20 aprile – 30 settembre 2026."}},
{"file": "avviso-canepina-gdocs.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 (Canepina) for the allotment of social vegetable gardens: a Google Docs document (Arial → Liberation Sans, class-styled spans, bullet list), printed by the Skia PDF backend with Google Docs' document info",
 "act": {"municipality": "Comune di Canepina", "organ": "Area Amministrativa", "office": "Ufficio Patrimonio", "kind": "avviso", "number": 4, "date": "2026-04-17",
  "subject": "PER LA CONCESSIONE IN USO DEGLI ORTI SOCIALI COMUNALI IN LOCALITÀ PIAN DEL CASALE – ANNUALITÀ 2026-2028"}},
{"file": "decreto-polino-groffms.pdf", "role": "act",
 "what": "decreto del Sindaco 3/2026 (Polino) appointing the head of the Area Tecnica, date in words; page 2 is the Messo's certificate of publication of the same decree (Reg. n. 112, 17/04/2026) — two acts in one file, the decree is keyed (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Polino", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-04-16",
  "subject": "Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000 per il periodo 1° maggio – 31 dicembre 2026."}},
{"file": "determinazione-vernio-sintesi.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE (Vernio): label grid Settore/Servizio/Responsabile with Reg. Gen. 311 del 15/04/2026, N. Settore 58 del 14/04/2026, Proposta n. 342 del 13/04/2026; shaded OGGETTO block; numbered dispositive list (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vernio", "organ": "SETTORE 3 – SERVIZI TECNICI E AMBIENTE", "office": "Ambiente, Verde pubblico e Protezione civile", "kind": "determinazione",
  "number": 311, "sector_number": 58, "date": "2026-04-15", "proposal_number": 342, "proposal_date": "2026-04-13",
  "subject": "Servizio di sfalcio dell'erba e manutenzione del verde lungo le strade comunali – stagione 2026. Determina a contrarre e affidamento diretto alla Cooperativa sociale \"Il Faggio\" di Vaiano. CIG B8D4E71F25."}},
{"file": "deliberazione-civitellacasanova-texgrid.pdf", "role": "act",
 "what": "Giunta comunale deliberation 27/2026 (Civitella Casanova): 'Numero 27' beside the OGGETTO, date only in the running head ('Delibera G.C. n. 27 del 20.04.2026') and in words ('addì venti del mese di aprile alle ore diciassette e minuti trenta'); roll as a P/A table; letter-spaced headings (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Civitella Casanova", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-04-20", "time": "17:30",
  "subject": "Approvazione dello schema di convenzione con la Pro Loco di Vestea per la gestione del rifugio comunale “Fonte della Luna” – stagione estiva 2026.",
  "attendees": [A("DI GIAMBERARDINO Giuseppe", "Sindaco"), A("MARCOZZI Antonella", "Vice Sindaco"), A("DE LUCA Emidio", "Assessore", False)],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Di Giamberardino"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Anna Maria Ciarrocchi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "convocazione-belfortedelchienti-telescrivente.pdf", "role": "notice",
 "what": "letter convening the Consiglio comunale for 28/04/2026 at 21,00 (second call 29/04/2026), prot. 1638, dated 'Belforte del Chienti, 15.4.2026': an 80-column Courier letter with ASCII rules and apostrophe accents (E', terra'), enscript + Ghostscript",
 "act": {"municipality": "Comune di Belforte del Chienti", "kind": "convocazione", "date": "2026-04-15",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA"}},
{"file": "certificato-cellinoattanasio-xforms.pdf", "role": "certificate",
 "what": "certificato di pubblicazione (Reg. 405/2026, 20/04/2026) of Giunta deliberation 41 of 13/04/2026 (Cellino Attanasio): label/value grid; letterhead and foot are Form XObjects; blocks drawn out of reading order (foot, signature, grid bottom-up, title, letterhead last) (ReportLab canvas, Carlito)",
 "act": {"municipality": "Comune di Cellino Attanasio", "organ": "Giunta Comunale", "kind": "attestazione", "number": 41, "date": "2026-04-13",
  "subject": "Lavori di efficientamento energetico dell'impianto di pubblica illuminazione delle frazioni Scorrano e Valviano – Approvazione del progetto esecutivo – CUP E94H25000930005.",
  "immediately_executive": True}},
{"file": "allegato-sambucapistoiese-librecalc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 64/2026 of the Area Tecnica (Sambuca Pistoiese): programme of maintenance of the vicinal roads, a spreadsheet with a two-level merged header (Tratto da/a, Importo Lavori/IVA) and computed totals, printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di Sambuca Pistoiese"}},
{"file": "bando-poggiocatino-skiacss.pdf", "role": "act",
 "what": "BANDO DI CONCORSO N. 1/2026 (Poggio Catino) for six school merit grants: issuing Settore/Servizio and protocol at the top right, body in two CSS columns with a small table, date in words at the foot (Chromium)",
 "act": {"municipality": "Comune di Poggio Catino", "organ": "SETTORE I – AMMINISTRATIVO", "office": "Servizio Pubblica Istruzione e Cultura", "kind": "bando", "number": 1, "date": "2026-04-20",
  "subject": "PER L'ASSEGNAZIONE DI N. 6 BORSE DI STUDIO A STUDENTI MERITEVOLI RESIDENTI – ANNO SCOLASTICO 2025/2026"}},
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
print("all keyed strings found" if not bad else "%d file(s) with missing strings" % bad)
