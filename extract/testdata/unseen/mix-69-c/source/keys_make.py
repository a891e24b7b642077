# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-faeto-qpdf.pdf", "role": "act",
 "what": "three files merged by qpdf as the Albo hands them on: Giunta comunale deliberation n. 38 del 04.05.2026 (HTML opened as a Writer document, roll table with X under Presente/Assente), its Allegato A (openpyxl sheet printed by Calc) and the certificate of publication (reportlab, Albo reg. 219/2026, 05.05-20.05.2026)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Faeto", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-05-04", "time": "12:30",
  "subject": "Approvazione del piano comunale di manutenzione dei sentieri escursionistici dei Monti Dauni per l'anno 2026 e del relativo quadro di spesa.",
  "attendees": [A("PRENCIPE Michele", "Sindaco"), A("LUPARELLI Anna Rita", "Vicesindaco"), A("CONTESSA Giuseppe", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Michele Prencipe"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosaria De Vivo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-maenza-segnatura.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica behind the protocol system's segnatura cover sheet (Prot. 0003518 of 06/05/2026, classification, fascicolo, SHA-256); act on page 2 with a three-cell box 'Reg. Gen. n. 112 del 05/05/2026 | Reg. Area Tecnica n. 41 | Proposta n. 130 del 04/05/2026' (fpdf2, Liberation Sans as Type0/CID, justified with word spacing)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Maenza", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 112, "sector_number": 41, "date": "2026-05-05", "proposal_number": 130, "proposal_date": "2026-05-04",
  "subject": "Lavori di manutenzione straordinaria della copertura del plesso della scuola primaria di via Roma – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 – CIG B81F2C07D4 – Impegno di spesa."}},
{"file": "decreto-montegabbione-frontespizio.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 7 del 05/05/2026 (headless Chromium) behind the Albo's frontespizio (reportlab: Registro di pubblicazione N. 287/2026, dal 06/05/2026 al 21/05/2026, subject in capitals), joined by pdfunite",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montegabbione", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-05-05",
  "subject": "Nomina del Responsabile dell'Area Economico-Finanziaria e conferimento dell'incarico di Elevata Qualificazione per il periodo dal 6 maggio 2026 al 31 dicembre 2026."}},
{"file": "deliberazione-enemonzo-pdfa.pdf", "role": "act",
 "what": "Consiglio comunale deliberation n. 12 of 07/05/2026 20:00 (Friuli): Word template through LibreOffice, then converted to PDF/A-2b by Ghostscript (fonts re-embedded as subsets, OutputIntent sRGB); roll table of 11 with 'Sì' under Presente/Assente and a Totale row; majority vote 7/1/2 with 10 present and 8 voting",
 "operative_points": 3,
 "act": {"municipality": "Comune di Enemonzo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 12, "date": "2026-05-07", "time": "20:00",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.",
  "attendees": [A("Candotti Ivano", "Sindaco"), A("De Crignis Mara", "Vice Sindaco"), A("Tavoschi Renzo", "Consigliere"), A("Screm Elisa", "Consigliere"),
                A("Pellizzari Oscar", "Consigliere", False), A("Moro Sandra", "Consigliere"), A("Zanier Walter", "Consigliere"), A("Petris Gianni", "Consigliere"),
                A("Del Fabbro Nadia", "Consigliere"), A("Cimenti Loris", "Consigliere"), A("Marsilio Daniela", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Ivano Candotti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Pierpaolo Gortani"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 8, "in_favour": 7, "against": 1, "abstained": 2},
  "immediately_executive": True}},
{"file": "avviso-terragnolo-postscript.pdf", "role": "notice",
 "what": "unnumbered AVVISO (Prot. n. 1873 di data 8 maggio 2026) on the allotment of firewood lots: hand-written PostScript, Times re-encoded to Latin-1, justified lines drawn with widthshow, page written bottom-up (foot, signature, body, title, letterhead last), printed to PDF by ps2pdf",
 "act": {"municipality": "Comune di Terragnolo", "organ": "SERVIZIO TECNICO", "office": "Ufficio Patrimonio e Foreste", "kind": "avviso", "date": "2026-05-08",
  "subject": "ASSEGNAZIONE DEI LOTTI DI LEGNA DA ARDERE (SORTI) AI NUCLEI FAMILIARI RESIDENTI – STAGIONE 2026/2027"}},
{"file": "determinazione-sternatia-firmato.pdf", "role": "act",
 "what": "print of a digitally signed determinazione of the Settore Affari Generali (Registro Generale n. 203 del 06/05/2026, Registro di Settore n. 58 del 05/05/2026, Proposta n. 71 del 04/05/2026) with the signature's appearance page ('Dettagli firma digitale', PAdES) as the last page; letterhead and foot as Form XObjects, justified lines with Tw, rotated note in the left margin (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Sternatia", "organ": "SETTORE AFFARI GENERALI", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "determinazione",
  "number": 203, "sector_number": 58, "date": "2026-05-06", "proposal_number": 71, "proposal_date": "2026-05-04",
  "subject": "Servizio di refezione scolastica per la scuola dell'infanzia e primaria – Liquidazione della fattura n. 114/PA del 30/04/2026 alla ditta Ristorazione Salentina S.r.l. per il mese di aprile 2026 – CIG B4A71E93C2."}},
{"file": "determinazione-collepardo-latex.pdf", "role": "act",
 "what": "DETERMINAZIONE N. 64 DEL 7.5.2026 of the Area Amministrativa – Servizio Cultura, Turismo e Sport; page 2 is the liquidation table set landscape (pdflscape: the page carries /Rotate 90 and its text runs vertically on the unrotated page); pdfLaTeX with Times (mathptmx), running foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Collepardo", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Cultura, Turismo e Sport", "kind": "determinazione", "number": 64, "date": "2026-05-07",
  "subject": "Liquidazione dei contributi alle associazioni culturali e sportive per le manifestazioni dell’anno 2025 – Approvazione del prospetto di riparto."}},
{"file": "ordinanza-calvidellumbria-reportlab.pdf", "role": "act",
 "what": "ORDINANZA N. 15 DEL 08/05/2026 of the Area Vigilanza (traffic for a patron-saint feast): premises in the left column, ORDINA 1.-4. in the right; the content stream draws foot and signature first, then the right column, then the left, then subject, heading and letterhead last (reportlab, Tw-justified columns)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Calvi dell'Umbria", "organ": "AREA VIGILANZA", "office": "Servizio Polizia Locale", "kind": "ordinanza", "number": 15, "date": "2026-05-08",
  "subject": "Disciplina temporanea della circolazione e della sosta in piazza Mariano Campello e vie limitrofe in occasione della festa patronale di San Pancrazio dell'11 e 12 maggio 2026."}},
{"file": "deliberazione-besenello-groff.pdf", "role": "act",
 "what": "VERBALE DI DELIBERAZIONE N. 47 della Giunta comunale (Trentino): date and time only in words in the minute ('addì cinque del mese di maggio alle ore 18.00') and in the running foot ('di data 5 maggio 2026'); roll table marking only absences under 'Assenti giust. | ingiust.'; groff -ms + tbl through gropdf, hyphenated body",
 "operative_points": 4,
 "act": {"municipality": "Comune di Besenello", "organ": "Giunta comunale", "kind": "deliberazione", "number": 47, "date": "2026-05-05", "time": "18:00",
  "subject": "Approvazione del progetto esecutivo dei lavori di messa in sicurezza della strada comunale per Dietrobeseno e impegno di spesa – CUP J47H25001230004.",
  "attendees": [A("Cristian Comperini", "Sindaco"), A("Monica Nicolussi Paolaz", "Vicesindaco"), A("Alberto Baldo", "Assessore", False), A("Giulia Cont", "Assessore")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Cristian Comperini"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Diego Dalla Torre"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-caprivadelfriuli-enscript.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica Manutentiva as an 80-column Courier report: 'DETERMINAZIONE N. 58 / 2026 Registro generale', dotted-label block 'NUMERO DI SETTORE : 19 / DATA ADOZIONE : 08/05/2026 / PROPOSTA N. : 66 DEL : 06/05/2026'; visto contabile at the foot; enscript running head; printed to PDF from PostScript by ps2pdf",
 "operative_points": 4,
 "act": {"municipality": "Comune di Capriva del Friuli", "organ": "AREA TECNICA MANUTENTIVA", "office": "UFFICIO LAVORI PUBBLICI", "kind": "determinazione",
  "number": 58, "sector_number": 19, "date": "2026-05-08", "proposal_number": 66, "proposal_date": "2026-05-06",
  "subject": "Fornitura e posa in opera di giochi inclusivi nel parco pubblico di via Russiz - Affidamento diretto alla ditta Ludoparchi Isontini S.r.l. - CIG B93C0E71A8 - Impegno di spesa."}},
{"file": "avviso-vallepietra-wkhtml.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 (Prot. n. 1102 del 04/05/2026 in the letterhead's right cell) of the Area Amministrativa – Servizio Patrimonio: expression of interest for a kiosk; title on two lines under the heading; articles with a small table (wkhtmltopdf)",
 "act": {"municipality": "Comune di Vallepietra", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Patrimonio", "kind": "avviso", "number": 2, "date": "2026-05-04",
  "subject": "Manifestazione di interesse per la concessione in uso del chiosco comunale di località Campo dell'Osso sulla via per il Santuario della Santissima Trinità – stagione estiva 2026"}},
{"file": "decreto-monteparano-word.pdf", "role": "act",
 "what": "DECRETO SINDACALE 'N. 9 / 2026' only in a boxed cell of the Word page header; its date only in the closing line in words ('addì sei maggio duemilaventisei'); DECRETA 1)-3) (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monteparano", "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2026-05-06",
  "subject": "Designazione del Responsabile della Protezione dei Dati personali (RPD/DPO) ai sensi dell'art. 37 del Regolamento (UE) 2016/679 per il biennio 2026-2027."}},
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
print("files:", len(K), "with missing strings:", bad)
raise SystemExit(1 if bad else 0)
