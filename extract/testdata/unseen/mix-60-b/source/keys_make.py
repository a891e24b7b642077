# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-nalles-gemnet.pdf", "role": "act",
 "what": "Giunta deliberation 112/2026 of Nalles/Nals (BZ), German/Italian: bilingual letterhead, heading and roll table; Betreff and Oggetto stacked; full German text followed by full Italian text (Java + OpenPDF, DejaVu as Identity-H CID fonts)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Nalles", "organ": "Giunta comunale", "kind": "deliberazione", "number": 112, "date": "2026-05-12", "time": "17:30",
  "subject": "Approvazione del progetto esecutivo per il rinnovo della condotta dell'acqua potabile in via Sirmiano – CUP H61B26000150004",
  "attendees": [A("MAIR Ludwig", "Sindaco"), A("GRUBER Ulrike", "Vicesindaca"), A("PICHLER Martin", "Assessore"), A("EGGER Sonja", "Assessora", False), A("ZANON Paolo", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Ludwig Mair"},
  "secretary": {"title": "Dr.", "role": "Segretario comunale", "name": "Thomas Alber"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-santamariadisala-sfera.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 18/2026 (verbale, python-docx + LibreOffice): date only in words ('addì ventotto del mese di aprile'), numbered roll of 17 in two side-by-side column groups with P/A, majority vote with counts and abstentions",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santa Maria di Sala", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 18, "date": "2026-04-28", "time": "20:30",
  "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 E DELLA RELAZIONE SULLA GESTIONE.",
  "attendees": [A("CAZZARO NATASCIA", "Sindaco"), A("MENIN ALBERTO", "Consigliere"), A("BARATTO SILVIA", "Consigliere"), A("FAVARETTO LUCA", "Consigliere"),
                A("TOSO ELENA", "Consigliere", False), A("ZAGO DIEGO", "Consigliere"), A("BOSCOLO MARTA", "Consigliere"), A("ZAMPIERI GIORGIO", "Consigliere"),
                A("VOLTAN PAOLA", "Consigliere"), A("CARRARO ENRICO", "Consigliere"), A("BELLIN CHIARA", "Consigliere", False), A("MARCATO STEFANO", "Consigliere"),
                A("PIOVESAN GIULIA", "Consigliere"), A("TREVISAN MARCO", "Consigliere"), A("FURLAN ANNA", "Consigliere"), A("DONÒ RICCARDO", "Consigliere", False),
                A("SCARPA DAVIDE", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Alberto Menin"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Guido Marchiori"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 12, "in_favour": 10, "against": 2, "abstained": 2},
  "immediately_executive": True}},
{"file": "deliberazione-formigine-attiweb.pdf", "role": "act",
 "what": "Giunta deliberation 64/2026 (ReportLab): letterhead, label grid (number/date/time, proposal/servizio) and OGGETTO box drawn in onPageEnd, i.e. after the body in the content stream; body justified with Tw; roll table with Presente/Assente",
 "operative_points": 4,
 "act": {"municipality": "Comune di Formigine", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 64, "date": "2026-05-07", "time": "15:00",
  "proposal_number": 71, "proposal_date": "2026-05-04", "proposing_office": "Servizio Sport e Associazionismo",
  "subject": "CONCESSIONE IN USO GRATUITO DELLA PALESTRA COMUNALE DI CORLO ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE 2026/2027 – APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.",
  "attendees": [A("FERRARINI Elisa", "Sindaca"), A("RIGHI Simone", "Vicesindaco"), A("CASOLARI Laura", "Assessora", False), A("GIOVANARDI Marco", "Assessore"),
                A("BONDI Federica", "Assessora"), A("MESCHIERI Paolo", "Assessore")],
  "president": {"role": "Sindaca", "name": "Elisa Ferrarini"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario Generale", "name": "Chiara Marastoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-pianurafriulana-consorzinet.pdf", "role": "act",
 "what": "deliberation 47/26 of the Consiglio di Amministrazione of a Consorzio di bonifica (fpdf2): letterhead and foot with number/date repeated on both pages, roll in prose, revisore present, majority vote with an abstention",
 "operative_points": 4,
 "act": {"municipality": "Consorzio di Bonifica Pianura Friulana", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 47, "date": "2026-05-13", "time": "10:00",
  "subject": "Lavori di manutenzione straordinaria dell'impianto idrovoro di Planais in Comune di San Giorgio di Nogaro – Approvazione del progetto esecutivo e dell'affidamento dei lavori – CUP C93H26000040005 – CIG B9D4E27A10.",
  "attendees": [A("Nadia Bertossi", "Presidente"), A("Daniele Turello", "Vicepresidente"), A("Mauro Tonizzo", "Consigliere"), A("Stefano Bertoli", "Consigliere"),
                A("Franca Zanin", "Consigliere"), A("Gianni Cudicio", "Consigliere"), A("Piero Moretti", "Consigliere", False)],
  "president": {"role": "Presidente", "name": "Nadia Bertossi"},
  "secretary": {"title": "dott. ing.", "role": "Direttore generale", "name": "Fulvio Zorzenon"},
  "vote": "majority", "vote_counts": {"present": 6, "voters": 5, "in_favour": 5, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-provpistoia-attiwebpa.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of a Provincia (Chromium): number, date and proposal printed ONLY in the CSS @page footer repeated on both pages ('Determinazione Dirigenziale n. 517 del 12/05/2026 – Proposta n. 602 del 08/05/2026'); 4 numbered points",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Pistoia", "organ": "AREA DI COORDINAMENTO PER LA GOVERNANCE TERRITORIALE DI AREA VASTA", "office": "Servizio Viabilità, Trasporti e Protezione Civile",
  "kind": "determinazione", "number": 517, "date": "2026-05-12", "proposal_number": 602, "proposal_date": "2026-05-08",
  "subject": "S.R. 66 \"Pistoiese\" – Lavori urgenti di consolidamento del muro di sostegno al km 22+400 in località Le Piastre, Comune di Pistoia – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edilstrade Appennino S.r.l. – CIG B8E61F3C25 – Impegno di spesa."}},
{"file": "determinazione-calenzano-groff.pdf", "role": "act",
 "what": "determinazione of the Settore Servizi Tecnici (groff -ms + tbl, gropdf): boxed tbl grid with 'Determinazione di settore: n. 112 del 8.5.2026' and 'Registro generale: N. 389/2026 R.G. del 11.5.2026'; 4 points 1)-4)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Calenzano", "organ": "SETTORE SERVIZI TECNICI", "office": "Ambiente e Protezione Civile", "kind": "determinazione",
  "number": 389, "sector_number": 112, "date": "2026-05-11",
  "subject": "SERVIZIO DI DISINFESTAZIONE DALLA ZANZARA TIGRE NELLE AREE PUBBLICHE E NELLE CADITOIE STRADALI – STAGIONE 2026 – AFFIDAMENTO DIRETTO ALLA DITTA IGIENE AMBIENTALE TOSCANA S.R.L. – CIG B7A2C54E91 – IMPEGNO DI SPESA."}},
{"file": "ordinanza-tenno-latex.pdf", "role": "act",
 "what": "ordinanza del Sindaco (pdfLaTeX, Times, fancyhdr running head 'Ordinanza n. 9/2026'): Trentino date form 'n. 9 dd. 14 maggio 2026', boxed Oggetto with guillemets, ORDINA with 4 numbered points",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tenno", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-05-14",
  "subject": "Divieto temporaneo di transito e di sosta lungo la strada comunale del Lago di Tenno, tratto da località Ville del Monte al parcheggio del lago, per la manifestazione «Tenno in Fiore» del 23 e 24 maggio 2026."}},
{"file": "decreto-distrettoceramico-goatti.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE n. 6 of 08/05/2026 of an Unione dei Comuni (hand-rolled Go PDF writer): every glyph its own Tm+Tj, lines justified by moving glyphs; DECRETA with 4 numbered points",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni del Distretto Ceramico", "organ": "Presidente", "kind": "decreto", "number": 6, "date": "2026-05-08",
  "subject": "NOMINA DEL RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA DELL'UNIONE DEI COMUNI DEL DISTRETTO CERAMICO PER IL TRIENNIO 2026–2028."}},
{"file": "avviso-gabiccemare-portalecomuni.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO on temporary beach concessions for summer events (CMS page printed by wkhtmltopdf): Settore/Servizio in a side box, title under the heading, sections 1-5, date 'Gabicce Mare, 11/05/2026' at the end",
 "act": {"municipality": "Comune di Gabicce Mare", "organ": "Settore Urbanistica, Edilizia e Demanio", "office": "Servizio Demanio Marittimo", "kind": "avviso", "date": "2026-05-11",
  "subject": "CONCESSIONE TEMPORANEA DI AREE DEMANIALI MARITTIME PER LO SVOLGIMENTO DI MANIFESTAZIONI E EVENTI – ESTATE 2026"}},
{"file": "allegato-lucignano-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 88 of 12/05/2026: rent-subsidy ranking of 14 pseudonymised beneficiaries, an Excel-style sheet (openpyxl) printed by LibreOffice Calc in the it_IT locale, merged title cells, totals row, header 'Det. n. 88/2026 – Allegato A'",
 "act": {"municipality": "Comune di Lucignano"}},
{"file": "attestazione-sangiovanninatisone-albosrv.pdf", "role": "certificate",
 "what": "certificate of publication (80-column Courier report, enscript + Ghostscript) of Giunta deliberation 41 of 07/05/2026, dotted-leader labels, published 11/05-26/05/2026, register 2026/000519",
 "act": {"municipality": "Comune di San Giovanni al Natisone", "kind": "attestazione", "number": 41, "date": "2026-05-07",
  "subject": "APPROVAZIONE DEL PROGETTO \"CENTRI ESTIVI 2026\" E DELLE TARIFFE DI COMPARTECIPAZIONE A CARICO DELLE FAMIGLIE."}},
{"file": "convocazione-jesolo-segreterianet.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 19/05/2026 18:30 (PDFBox 1.8): protocol stamp rotated 90 degrees in the left margin (drawn first), heading letter-spaced with Tc, 6-item agenda",
 "act": {"municipality": "Comune di Jesolo", "kind": "convocazione", "date": "2026-05-11",
  "subject": "Convocazione del Consiglio comunale in seduta ordinaria per il giorno martedì 19 maggio 2026."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
