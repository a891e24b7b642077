# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-giarratana-latex.pdf", "role": "act",
 "what": "Sicilian Giunta Municipale: page 1 is the PROPOSTA DI DELIBERAZIONE n. 74 del 05/06/2026 (label grid with Settore proponente, proponent Assessore, SI PROPONE 1.-4., pareri), page 2 the VERBALE DI DELIBERAZIONE N. 81 del 09/06/2026 ('addì nove del mese di giugno, alle ore 13,30'), ruled roll with X under Presente/Assente, DELIBERA 1.-3. approving the proposal; pdfLaTeX (Times), running foot 'pag. x di 2' (2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Giarratana", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 81, "date": "2026-06-09", "time": "13:30",
  "proposal_number": 74, "proposal_date": "2026-06-05", "proposing_office": "AREA II – SERVIZI SOCIALI, CULTURALI E TURISTICI",
  "subject": "Approvazione del programma delle manifestazioni della Estate Giarratanese 2026 e assegnazione delle risorse al Responsabile dell’Area II.",
  "attendees": [A("LO GIUDICE Bartolo", "Sindaco"), A("CASCONE Giovanna", "Vice Sindaco"), A("GUASTELLA Corrado", "Assessore", False),
                A("MODICA Sebastiano", "Assessore"), A("ANGELICA Rosalba", "Assessore")],
  "president": {"title": "Dott.", "role": "Sindaco", "name": "Bartolo Lo Giudice"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Maria Grazia Sortino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-ucria-groff.pdf", "role": "act",
 "what": "Sicilian DETERMINAZIONE SINDACALE N. 14 DEL 10 GIUGNO 2026 (date in words in the heading, 10/06/2026 in the closing 'Dalla Residenza Municipale, lì'), boxed OGGETTO (tbl), spaced D E T E R M I N A with points 1)-4), address in the page foot; groff -ms + tbl, gropdf (1 page)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ucria", "organ": "Sindaco", "kind": "determinazione sindacale", "number": 14, "date": "2026-06-10",
  "subject": "Nomina del Responsabile comunale della Protezione Civile e individuazione dei Referenti delle funzioni di supporto del Centro Operativo Comunale (C.O.C.)."}},
{"file": "deliberazione-casabona-openpdf.pdf", "role": "act",
 "what": "deliberation n. 27 of 11/06/2026 of the Commissione Straordinaria (municipality dissolved under art. 143 TUEL) with the powers of the Giunta; register box with the title spanning two rows, proposal 35 of 08/06/2026 of the Settore Economico-Finanziario in a merged cell; roll of the three commissioners with a merged COMPONENTI header and SI/NO under PRESENZA; running head and foot on both pages; Java + OpenPDF, DejaVu as CID TrueType Identity-H (2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Casabona", "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 27, "date": "2026-06-11", "time": "11:00",
  "proposal_number": 35, "proposal_date": "2026-06-08", "proposing_office": "Settore Economico-Finanziario",
  "subject": "Approvazione del Piano di riequilibrio finanziario pluriennale ai sensi dell’art. 243-bis del D.Lgs. n. 267/2000 – Ricognizione della massa passiva e indirizzi operativi al Responsabile del Settore Economico-Finanziario.",
  "attendees": [A("Francesco PALUMBO", "Presidente"), A("Anna Maria CERAVOLO", "Componente"), A("Giuseppe LOMBARDO", "Componente", False)],
  "president": {"title": "Dott.", "role": "Presidente", "name": "Francesco Palumbo"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Teresa Marino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "ordinanza-palagiano-glyphs.pdf", "role": "act",
 "what": "ORDINANZA DIRIGENZIALE 'Reg. Gen. N. 211 del 12.06.2026 – N. 58 del Settore' (dotted dates) of a Settore: traffic rules for road works; every glyph drawn in its own text object, no space glyphs, lines justified by moving the glyphs; Albo stamp rotated 14° drawn last at the foot (ReportLab canvas, 1 page)",
 "operative_points": 4,
 "act": {"municipality": "Città di Palagiano", "organ": "SETTORE III – URBANISTICA, LAVORI PUBBLICI E AMBIENTE", "office": "Servizio Manutenzione, Viabilità e Traffico",
  "kind": "ordinanza", "number": 211, "sector_number": 58, "date": "2026-06-12",
  "subject": "Istituzione temporanea del senso unico di circolazione e del divieto di sosta con rimozione forzata in via Vittorio Veneto, nel tratto compreso tra via Mazzini e piazza Garibaldi, per i lavori di rifacimento della rete idrica dal 15 giugno al 10 luglio 2026."}},
{"file": "bando-laurenzana-word.pdf", "role": "act",
 "what": "unnumbered BANDO DI CONCORSO PUBBLICO (1 Istruttore Amministrativo-Contabile), Prot. n. 2741, Laurenzana 15/06/2026 on one line; letterhead in the Word page header, calendar table with a merged Sede cell and a merged 'Materie' row; python-docx, LibreOffice Writer (2 pages)",
 "act": {"municipality": "Comune di Laurenzana", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Personale", "kind": "bando", "date": "2026-06-15",
  "subject": "PER SOLI ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO, DA ASSEGNARE ALL’AREA ECONOMICO-FINANZIARIA"}},
{"file": "avviso-villaurbana-chromium.pdf", "role": "notice",
 "what": "unnumbered AVVISO (Prot. n. 2210, 16.06.2026) on refunds of travel costs for commuting students; Area and Servizio under the letterhead, title in capitals by CSS text-transform, ISEE table with a rowspan column and a colspan note row (headless Chromium, 1 page)",
 "act": {"municipality": "Comune di Villaurbana", "organ": "AREA SOCIO-CULTURALE", "office": "Servizio Pubblica Istruzione e Diritto allo Studio", "kind": "avviso", "date": "2026-06-16",
  "subject": "RIMBORSO DELLE SPESE DI VIAGGIO SOSTENUTE DAGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI SECONDO GRADO – ANNO SCOLASTICO 2025/2026"}},
{"file": "attestazione-frigento-fpdf.pdf", "role": "certificate",
 "what": "RELATA DI NOTIFICA of the Ufficio Messi (chronological register n. 143/2026), notified 17/06/2026 at 10,40 by hand: the notified act (ordinanza n. 19 del 10/06/2026 of the Area Tecnica, demolition order) in a label/value grid; letter-spaced headings by fpdf2 char spacing, tick boxes (1 page)",
 "act": {"municipality": "Comune di Frigento", "kind": "attestazione", "number": 19, "date": "2026-06-10",
  "subject": "Ingiunzione di demolizione delle opere edilizie abusive realizzate in località Pila, foglio 14, particella 603, e di ripristino dello stato dei luoghi ai sensi dell’art. 31 del D.P.R. n. 380/2001."}},
{"file": "decreto-orroli-tesseract.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 6 DEL 18/06/2026 as a 'scan': a 300 dpi greyscale page image (skewed 0.45°, speckled, blurred, round stamp and scribbled signature) with tesseract's invisible OCR text layer (GlyphLessFont); the OCR reads the subject's en dash as an em dash (1 page)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Orroli", "organ": "Sindaco", "kind": "decreto sindacale", "number": 6, "date": "2026-06-18",
  "subject": "Nomina del Responsabile dell’Area Tecnica e conferimento dell’incarico di Elevata Qualificazione per il periodo 1° luglio – 31 dicembre 2026."}},
{"file": "deliberazione-sanmarzano-wkhtml.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 23 of 19.06.2026 (dotted dates), number/date/seduta in a label grid with the OGGETTO spanning five cells, roll of 13 in two side-by-side P/A tables, majority vote with counts and names of those against/abstaining, immediate executivity by separate vote, publication relata on page 2 (wkhtmltopdf, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di San Marzano di San Giuseppe", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 23, "date": "2026-06-19", "time": "18:30",
  "subject": "Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifiche agli articoli 12, 18 e 27.",
  "attendees": [A("FORNARO Gregorio", "Sindaco"), A("CAMASSA Maria Luisa", "Consigliere"), A("DE PASCALIS Vito", "Consigliere"), A("LACAITA Antonella", "Consigliere"),
                A("MORRONE Cosimo", "Consigliere"), A("PIGNATELLI Rosanna", "Consigliere", False), A("QUARANTA Giuseppe", "Consigliere"), A("RIZZO Domenico", "Consigliere"),
                A("SANTORO Francesca", "Consigliere"), A("SCHIAVONE Angelo", "Consigliere"), A("TURCO Lucia", "Consigliere"), A("VESTITA Carmelo", "Consigliere"),
                A("ZACCARIA Michele", "Consigliere")],
  "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Antonella Lacaita"},
  "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Cosimo Dimitri"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-capistrano-enscript.pdf", "role": "act",
 "what": "determinazione 'N. 312/2026 R.G.', 'Registro di Area N. 71', 'Data di adozione 22.06.2026', 'Proposta N. 88 del 18.06.2026' in a character-drawn box; letter-spaced letterhead, enscript running head 'Comune di Capistrano - Det. n. 312/2026 R.G. / Pag. x di 2'; 80-column Courier (enscript + Ghostscript, 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Capistrano", "organ": "AREA TECNICO-MANUTENTIVA", "office": "Ufficio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 312, "sector_number": 71, "date": "2026-06-22", "proposal_number": 88, "proposal_date": "2026-06-18",
  "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA PUBBLICA ILLUMINAZIONE DI VIA NAZIONALE E DELLE FRAZIONI - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALL’IMPRESA ELETTROSUD S.R.L. - CUP J43D25000180001 - CIG B7F2C19A44"}},
{"file": "convocazione-olivetolucano-xobject.pdf", "role": "notice",
 "what": "letter of the Sindaco convening the Consiglio Comunale for 29/06/2026 at 17:30 (Prot. n. 1093, Oliveto Lucano, 19 giugno 2026); letterhead and foot are Form XObjects, Tc letter-spaced title, body justified with Tw, signature and date drawn before the body; 6-item agenda (ReportLab canvas, 1 page)",
 "act": {"municipality": "Comune di Oliveto Lucano", "kind": "convocazione", "date": "2026-06-19",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 29 giugno 2026."}},
{"file": "allegato-campofranco-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta Municipale deliberation 84 of 16/06/2026: allotment of grants to 7 sports associations, spreadsheet with merged title rows, a merged TOTALE cell, running head and 'Pagina 1 di 1' foot (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Campofranco"}},
]
# (file, field) pairs whose keyed string is deliberately not in the text layer (see NOTES.md)
EXPECT_MISSING = {("decreto-orroli-tesseract.pdf", "subject")}
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
    exp = [m for m in miss if (k["file"], m[0]) in EXPECT_MISSING]
    miss = [m for m in miss if (k["file"], m[0]) not in EXPECT_MISSING]
    for m in exp: print(k["file"], "deliberate exception (listed in NOTES.md):", m[0])
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
