# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
PGS, MON, GL = "Comune di Poggio San Vicino", "Comune di Monacilioni", "Comune di Guardia Lombardi"
GL_SUBJ = "Concessione in uso gratuito all'Associazione Pro Loco Guardia Lombardi dei locali dell'ex edificio scolastico di via Roma per attività culturali e di promozione turistica. Approvazione schema di convenzione."
K = [
{"file": "deliberazione-poggiosanvicino-writer.pdf", "role": "act",
 "what": "Giunta deliberation 18/2026 (box 'Deliberazione n. 18 del 23.3.2026' at right of the heading), roll table with P/A columns marked X, session date in words (LibreOffice Writer from HTML)",
 "operative_points": 3,
 "act": {"municipality": PGS, "organ": "Giunta comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-23", "time": "12:30",
  "subject": "Approvazione del progetto di fattibilità tecnica ed economica per la messa in sicurezza della strada comunale Castreccioni – Ceresola. CUP B57H26000120004.",
  "attendees": [A("FABRIZI Leonardo", "Sindaco"), A("CORRADINI Marta", "Vice Sindaco"), A("TITTARELLI Ugo", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Leonardo Fabrizi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Loredana Pieroni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-poggiosanvicino-reportlab.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, box at top right 'Reg. Gen. 61 / Reg. Area n. 12 / Proposta n. 15'; body justified with Tw, letterhead and heading letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": PGS, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 61, "sector_number": 12, "date": "2026-03-24", "proposal_number": 15, "proposal_date": "2026-03-20",
  "subject": "Fornitura di sale stradale e graniglia per il servizio di sgombero neve e trattamento antighiaccio – stagione invernale 2025/2026 – Liquidazione fattura alla ditta Salgemma Adriatica s.r.l. – CIG B4F17C2E90."}},
{"file": "ordinanza-poggiosanvicino-groff.pdf", "role": "act",
 "what": "ordinanza sindacale 5/2026 (tbl box 'IL SINDACO / Ordinanza n. 5 del 26.3.2026 / Prot. n. 742'), running foot repeating the number (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": PGS, "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-26",
  "subject": "Divieto di transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sul ponte comunale del fosso Rio Freddo in località Castreccioni."}},
{"file": "avviso-poggiosanvicino-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO on the summer holidays for elderly residents; letterhead in the Word header, office in the footer and under the letterhead (python-docx, LibreOffice)",
 "act": {"municipality": PGS, "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Servizi Sociali", "kind": "avviso", "date": "2026-03-25",
  "subject": "SOGGIORNI CLIMATICI PER ANZIANI – ESTATE 2026"}},
{"file": "deliberazione-monacilioni-chromium.pdf", "role": "act",
 "what": "Consiglio deliberation 9/2026 with a label grid (Organo/Seduta/Numero/Data/Oggetto), session date in words ('addì ventisei del mese di marzo'), roll in two CSS columns with 'presente/assente/ass. giust.', majority vote with counts (Chromium)",
 "operative_points": 3,
 "act": {"municipality": MON, "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "18:00",
  "subject": "Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – modifiche.",
  "attendees": [A("IACOVELLI Domenico", "Sindaco"), A("DI PAOLO Antonella", "Consigliere"), A("MASTROPIETRO Nicola", "Consigliere"), A("CIAMPITTI Rosaria", "Consigliere"),
                A("FRATANGELO Michele", "Consigliere", False), A("PALANGE Giovanna", "Consigliere"), A("D'ALESSANDRO Vincenzo", "Consigliere"), A("SANTORO Maria Grazia", "Consigliere"),
                A("TESTA Luigi", "Consigliere", False), A("COLAVITA Pasquale", "Consigliere"), A("PETRECCA Sara", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Domenico Iacovelli"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Antonio Di Lallo"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-monacilioni-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' in a label table with merged cells (rowspan Settore, colspan Registro), sector n. 19/2026, proposal 52; date only in the signature foot (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": MON, "organ": "SETTORE AMMINISTRATIVO – CONTABILE", "office": "Ufficio Ragioneria e Tributi", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-03-25", "proposal_number": 52, "proposal_date": "2026-03-23",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di Imposta Municipale Propria (IMU) – annualità 2023 e 2024. Impegno e liquidazione."}},
{"file": "decreto-monacilioni-fpdf.pdf", "role": "act",
 "what": "decreto sindacale 4/2026 (appointment of a sector head), letterhead + label grid and foot repeated on both pages, Albo stamp rotated 90° in the left margin (fpdf2, Producer set)",
 "operative_points": 5,
 "act": {"municipality": MON, "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-27",
  "subject": "Nomina del Responsabile del Settore Tecnico – Manutentivo e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "avviso-monacilioni-latex.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 (letter-spaced heading, microtype \\textls) on school-book grants, prot. 905 of 24.03.2026 in a label grid (pdfLaTeX)",
 "act": {"municipality": MON, "organ": "Settore Amministrativo – Contabile", "office": "Ufficio Servizi Sociali e Scolastici", "kind": "avviso", "number": 4, "date": "2026-03-24",
  "subject": "CONCESSIONE DI CONTRIBUTI PER L’ACQUISTO DEI LIBRI DI TESTO – ANNO SCOLASTICO 2025/2026"}},
{"file": "deliberazione-guardialombardi-kibernetes.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026, roll in prose, every glyph drawn on its own (BT/Td/Tj per glyph) and justified by moving glyphs; number under the heading and in the running foot (reportlab, Producer set)",
 "operative_points": 4,
 "act": {"municipality": GL, "organ": "Giunta comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-24", "time": "13:15",
  "subject": GL_SUBJ,
  "attendees": [A("Martino Iannella", "Sindaco"), A("Angela Boccuto", "Vice Sindaco"), A("Gerardo Sarni", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Martino Iannella"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Raffaele De Stefano"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-guardialombardi-kibernetes.pdf", "role": "act",
 "what": "determinazione a contrarre of the Area Amministrativa; register numbers only in a box after the signature (R.G. 98, Area 27, proposal 31) and in the running foot; glyph-by-glyph text (reportlab)",
 "operative_points": 3,
 "act": {"municipality": GL, "organ": "AREA AMMINISTRATIVA", "office": "Servizio Demografico, Elettorale e Stato Civile", "kind": "determinazione",
  "number": 98, "sector_number": 27, "date": "2026-03-25", "proposal_number": 31, "proposal_date": "2026-03-23",
  "subject": "Affidamento del servizio di conservazione digitale a norma dei registri di stato civile e delle liste elettorali per il triennio 2026-2028 – CIG B9D2E1A07C – Determina a contrarre e impegno di spesa."}},
{"file": "ordinanza-guardialombardi-xobject.pdf", "role": "act",
 "what": "ordinanza sindacale 7/2026 on fire prevention; letterhead and foot rule are Form XObjects, the rotated Albo stamp is drawn first (out of reading order), glyph-by-glyph body (reportlab)",
 "operative_points": 4,
 "act": {"municipality": GL, "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-26",
  "subject": "Misure urgenti per la prevenzione degli incendi boschivi e di interfaccia – obbligo di pulizia dei terreni incolti e abbandonati – anno 2026."}},
{"file": "certificato-guardialombardi-enscript.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of Giunta deliberation 22 of 24/03/2026, published 26/03-10/04/2026, reg. pubbl. 213/2026, issued 11/04/2026: 80-column Courier report with dotted labels (enscript + Ghostscript)",
 "act": {"municipality": GL, "kind": "certificato", "number": 22, "date": "2026-03-24",
  "subject": "CONCESSIONE IN USO GRATUITO ALL’ASSOCIAZIONE PRO LOCO GUARDIA LOMBARDI DEI LOCALI DELL’EX EDIFICIO SCOLASTICO DI VIA ROMA PER ATTIVITA’ CULTURALI E DI PROMOZIONE TURISTICA. APPROVAZIONE SCHEMA DI CONVENZIONE."}},
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
raise SystemExit(1 if bad else 0)
