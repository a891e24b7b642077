# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "decreto-morigerati-latex.pdf", "role": "act",
 "what": "DECRETO SINDACALE 'n. 4 del 15.6.2026' of Morigerati appointing the Giunta after the May 2026 elections (pdflatex, lmodern T1): letterhead, OGGETTO, Premesso/Visto, DECRETA 1.-4. with a ruled table of the two assessori inside point 1, acceptance lines, running foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Morigerati", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-06-15",
  "subject": "Nomina dei componenti della Giunta comunale a seguito delle consultazioni elettorali del 24 e 25 maggio 2026."}},
{"file": "decreto-sorradile-word.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 2 del 08/01/2026 of Sorradile naming the three Responsabili di Area (E.Q.) for 2026: Word template (python-docx, LibreOffice), letterhead in the running head, table of Aree with vertically merged cells inside point 1, DECRETA 1.-5., 'Dalla Residenza Municipale, 08/01/2026'",
 "operative_points": 5,
 "act": {"municipality": "Comune di Sorradile", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-01-08",
  "subject": "Nomina dei Responsabili delle Aree e conferimento degli incarichi di Elevata Qualificazione (E.Q.) per l'anno 2026."}},
{"file": "decreto-carpegna-wkhtml.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO n. 7 of 12/02/2026 of Carpegna naming the single-member Nucleo di valutazione 2026-2028: HTML via wkhtmltopdf, coloured letterhead, label table Numero/Data/Ufficio proponente/Oggetto, DECRETA 1.-4. as an HTML list",
 "operative_points": 4,
 "act": {"municipality": "Comune di Carpegna", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-02-12",
  "proposing_office": "Segreteria Generale – Ufficio Personale",
  "subject": "NOMINA DEL COMPONENTE UNICO DEL NUCLEO DI VALUTAZIONE PER IL TRIENNIO 2026-2028."}},
{"file": "decreto-borgotossignano-enscript.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 5/2026 of Borgo Tossignano naming a new Vicesindaco: 80-column Courier text (enscript + ps2pdf) with character-drawn OGGETTO box, the date only in words ('addì venti del mese di febbraio') and at the end ('li'' 20 febbraio 2026'), enscript running head on both pages, DECRETA 1)-5)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Borgo Tossignano", "organ": "Sindaco", "kind": "decreto", "number": 5, "date": "2026-02-20",
  "subject": "NOMINA DEL VICESINDACO E CONFERIMENTO DELLE DELEGHE ALL’ASSESSORE STEFANIA CAVINA."}},
{"file": "decreto-provinciafermo-chromium.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE n. 23 of 18/03/2026 of the Provincia di Fermo (road maintenance plan 2026): headless Chromium, CSS-grid register box (decree, proposal 31 of 16/03/2026, Settore proponente, immediately executive), OGGETTO box, DECRETA 1.-4., two signatures, publication box",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Fermo", "organ": "Presidente", "kind": "decreto", "number": 23, "date": "2026-03-18",
  "proposal_number": 31, "proposal_date": "2026-03-16", "proposing_office": "Settore Viabilità, Infrastrutture e Urbanistica",
  "subject": "Approvazione del Piano provinciale degli interventi di manutenzione ordinaria della rete stradale per l'anno 2026 e assegnazione delle risorse ai Centri operativi.",
  "immediately_executive": True}},
{"file": "provvedimento-tufillo-groff.pdf", "role": "act",
 "what": "PROVVEDIMENTO SINDACALE N. 6 DEL 23.3.2026 of Tufillo naming the funzionario responsabile IMU/TARI: groff -ms with a boxed tbl OGGETTO row, DISPONE 1.-3. as .IP, running foot, 'Dalla Residenza Municipale, lì 23 marzo 2026'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tufillo", "organ": "Sindaco", "kind": "provvedimento", "number": 6, "date": "2026-03-23",
  "subject": "Individuazione del funzionario responsabile dell’Imposta Municipale Propria (IMU) e della Tassa sui Rifiuti (TARI) ai sensi dell’art. 1, commi 692 e 778, della legge 27 dicembre 2013, n. 147, e della legge 27 dicembre 2019, n. 160."}},
{"file": "decreto-montazzoli-glyph.pdf", "role": "act",
 "what": "'IL SINDACO' / 'DECRETO N. 3' of Montazzoli designating the DPO, dated only at the foot ('Dalla Residenza Municipale, lì 14.01.2026'): ReportLab canvas with every glyph drawn on its own and justified lines spread glyph by glyph; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montazzoli", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-01-14",
  "subject": "Nomina del Responsabile della Protezione dei Dati personali (RPD/DPO) ai sensi dell'art. 37 del Regolamento (UE) 2016/679."}},
{"file": "determina-sanpietroavellana-fpdf.pdf", "role": "act",
 "what": "DETERMINAZIONE SINDACALE of San Pietro Avellana (the Sindaco as Responsabile dell'Area Tecnica, art. 53 c. 23 L. 388/2000): fpdf2, Area/Servizio heading, grid Registro Generale N. 48 del 10/03/2026, Registro di Area N. 12, Proposta N. 15 del 06/03/2026, DETERMINA 1)-4), visto contabile",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Pietro Avellana", "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Viabilità", "kind": "determinazione",
  "number": 48, "sector_number": 12, "date": "2026-03-10", "proposal_number": 15, "proposal_date": "2026-03-06",
  "subject": "Servizio di sgombero neve e trattamento antighiaccio sulla viabilità comunale - stagione invernale 2025/2026. Integrazione dell'impegno di spesa a favore della ditta Di Nucci Movimento Terra S.n.c. - CIG B9F3A27C15."}},
{"file": "determina-monteverde-rawpdf.pdf", "role": "act",
 "what": "DETERMINAZIONE DEL SINDACO (Responsabile dell'Area Amministrativa) 'N. 57/2026 R.G.', 'N. 9/2026 Area Amministrativa', 17/03/2026 of Monteverde: hand-written PDF, base-14 fonts, letterhead and foot in a Form XObject, lines justified with Tw, title letter-spaced with Tc, blocks drawn in reverse reading order",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monteverde", "organ": "Area Amministrativa", "office": "Cultura, Turismo e Associazionismo", "kind": "determinazione",
  "number": 57, "sector_number": 9, "date": "2026-03-17",
  "subject": "Concessione di un contributo all'Associazione Pro Loco Monteverde per la manifestazione \"Monteverde in Fiore\" - edizione 2026. Impegno e liquidazione della spesa."}},
{"file": "certificato-cuccarovetere-reportlab.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of decreto sindacale n. 2 of 05/03/2026 (Segretario comunale of a convenzione): ReportLab platypus label table (reg. pubbl. 96/2026, type, number, date, subject, period 06/03-21/03/2026), ATTESTA, issued 23/03/2026",
 "act": {"municipality": "Comune di Cuccaro Vetere", "kind": "attestazione", "number": 2, "date": "2026-03-05",
  "subject": "Nomina del Segretario comunale titolare della sede di segreteria convenzionata tra i Comuni di Cuccaro Vetere e Futani."}},
{"file": "allegato-sadali-calc.pdf", "role": "attachment",
 "what": "Allegato A to decreto sindacale n. 4 of 20/01/2026 of Sadali: weighting of the E.Q. positions, an .xlsx (openpyxl, formulas) printed landscape by LibreOffice Calc with file name as header and 'Pagina 1 di 1' foot",
 "act": {"municipality": "Comune di Sadali"}},
{"file": "avviso-nughedusantavittoria-reportlab.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO of the Sindaco of Nughedu Santa Vittoria for the Nucleo di valutazione 2026-2028 (prot. 812 of 02/03/2026): coloured band letterhead, heading letter-spaced with Tc, body in two columns with the right column drawn first (ReportLab canvas)",
 "act": {"municipality": "Comune di Nughedu Santa Vittoria", "organ": "Sindaco", "kind": "avviso", "date": "2026-03-02",
  "subject": "AVVISO PUBBLICO PER LA NOMINA DEL COMPONENTE UNICO DEL NUCLEO DI VALUTAZIONE – TRIENNIO 2026-2028"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
