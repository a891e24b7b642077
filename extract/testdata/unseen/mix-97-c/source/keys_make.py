# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-peglio-writer.pdf", "role": "act",
 "what": "determinazione of the Settore Tecnico, sector n. 21, proposal 26 of 10/03/2026; Settore/Servizio/Ufficio on separate lines, officer named in the heading, date in words; general register n. 64 only in the attestation box on page 2 (LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Peglio", "organ": "SETTORE TECNICO", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 64, "sector_number": 21, "date": "2026-03-12", "proposal_number": 26, "proposal_date": "2026-03-10",
  "subject": "Lavori di manutenzione straordinaria della copertura della cappella del cimitero comunale del capoluogo – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edil Metauro s.r.l. – CIG B9D4A17E62 – Impegno di spesa."}},
{"file": "determinazione-fonteno-chromium.pdf", "role": "act",
 "what": "determinazione n. 6 of the Area Economico-Finanziaria (IMU refund), proposal 9 of 02/03/2026; general register n. 38 printed only in the last page's footer (Chromium, 2 pages)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fonteno", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 38, "sector_number": 6, "date": "2026-03-05", "proposal_number": 9, "proposal_date": "2026-03-02",
  "subject": "Rimborso a contribuente di somme versate in eccedenza a titolo di IMU per gli anni d'imposta 2023 e 2024 – Impegno e liquidazione di spesa."}},
{"file": "decreto-vilminorediscalve-kibernetes.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 4/2026 appointing the head of the Area Tecnica Manutentiva; every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vilminore di Scalve", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-09",
  "subject": "Nomina del Responsabile dell'Area Tecnica Manutentiva e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 marzo 2027."}},
{"file": "avviso-massafermana-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO DI DEPOSITO of a partial variant of the PRG (art. 26 L.R. Marche 34/1992), prot. 1187 of 11 March 2026; Settore/Servizio/Ufficio in small caps on three lines; letter-spaced headings (pdfLaTeX, microtype)",
 "act": {"municipality": "Comune di Massa Fermana", "organ": "Settore Assetto del Territorio", "office": "Servizio Urbanistica ed Edilizia Privata", "kind": "avviso di deposito", "date": "2026-03-11",
  "subject": "VARIANTE PARZIALE AL PIANO REGOLATORE GENERALE PER LA ZONA ARTIGIANALE DI CONTRADA ROSSINI – ADOZIONE DEFINITIVA"}},
{"file": "avvisogara-rogno-word.pdf", "role": "act",
 "what": "AVVISO DI GARA N. 2/2026 (open procedure for works), prot. 2693 of 16/03/2026; Area/Servizio/Ufficio in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Rogno", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "avviso di gara", "number": 2, "date": "2026-03-16",
  "subject": "Procedura aperta per l'affidamento dei lavori di riqualificazione energetica della scuola primaria di via Nazionale – CUP D27H25000990006 – CIG B8F2C41A95"}},
{"file": "determinazione-valleimagna-wkhtml.pdf", "role": "act",
 "what": "determinazione of a Comunità Montana, label grid Settore/Servizio/Ufficio/Responsabile/Proposta/Determinazione di Settore; date in words; general register n. 57 only in the attestation box (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comunità Montana Valle Imagna", "organ": "Settore Agricoltura, Foreste e Territorio", "office": "Servizio Forestale e Sentieristica", "kind": "determinazione",
  "number": 57, "sector_number": 12, "date": "2026-03-06", "proposal_number": 31, "proposal_date": "2026-03-04",
  "subject": "Interventi di manutenzione ordinaria della rete sentieristica della Valle Imagna – Anno 2026 – Affidamento del servizio alla Cooperativa Sociale Il Sentiero di Bedulita – CIG B7A92E13C0 – Impegno di spesa."}},
{"file": "determinazione-bolognola-halley.pdf", "role": "act",
 "what": "80-column Courier report in capitals: DETERMINAZIONE N. 18 / 2026 (REG. SETT.), proposal 22 of 16/03/2026, date in words, N. 47/2026 R.G. only in the closing band (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bolognola", "organ": "AREA TECNICA E MANUTENTIVA", "office": "SERVIZIO VIABILITA E SGOMBERO NEVE", "kind": "determinazione",
  "number": 47, "sector_number": 18, "date": "2026-03-17", "proposal_number": 22, "proposal_date": "2026-03-16",
  "subject": "LIQUIDAZIONE ALLA DITTA AGRIFORESTALE SIBILLINI S.N.C. DEL SERVIZIO DI SGOMBERO NEVE SULLE STRADE COMUNALI - STAGIONE INVERNALE 2025/2026 - 1 STATO DI AVANZAMENTO - CIG B4C81D27F3"}},
{"file": "ordinanza-colere-fpdf.pdf", "role": "act",
 "what": "ordinanza n. 7 of 18.3.2026 of the head of the local police (traffic for a ski-mountaineering race); Settore/Servizio/Ufficio in a grey label grid at the top right (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Colere", "organ": "Settore Vigilanza", "office": "Servizio Polizia Locale", "kind": "ordinanza", "number": 7, "date": "2026-03-18",
  "subject": "Disciplina temporanea della circolazione stradale in via Dezzo, via Carbonera e sulla strada comunale per il Passo della Presolana in occasione della gara di sci alpinismo “Trofeo Ferrante Alvaro 2026” del 22 marzo 2026."}},
{"file": "certificato-loropiceno-reportlab.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of determinazione Reg. Gen. 92 of 10/03/2026 (published 11–26/03/2026, Albo register 241); justified with Tw, headings letter-spaced with Tc, rotated stamp",
 "act": {"municipality": "Comune di Loro Piceno", "kind": "certificato di pubblicazione", "number": 92, "date": "2026-03-10",
  "subject": "Fornitura e posa in opera di giochi inclusivi e pavimentazione antitrauma nel parco pubblico di via Ugo Bassi – Approvazione della contabilità finale e del certificato di regolare esecuzione – CUP B17B25000230004 – CIG B62F1A0D84."}},
{"file": "allegato-rotella-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 33/2026: 31 pseudonymised beneficiaries of a firewood grant, spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, file name in the running head",
 "act": {"municipality": "Comune di Rotella"}},
{"file": "determinazione-palmiano-groff.pdf", "role": "act",
 "what": "determinazione Reg. Gen. 29 / n. 12 del Settore, proposal 14 of 11.3.2026, date in words; heading on one column, body in two columns (groff -ms, gropdf); footer repeats the register number",
 "operative_points": 4,
 "act": {"municipality": "Comune di Palmiano", "organ": "SETTORE AMMINISTRATIVO E CONTABILE", "office": "Servizio Cultura, Turismo e Associazionismo", "kind": "determinazione",
  "number": 29, "sector_number": 12, "date": "2026-03-13", "proposal_number": 14, "proposal_date": "2026-03-11",
  "subject": "Concessione di un contributo economico all’Associazione Pro Loco Palmiano per la manifestazione “Primavera in Borgo 2026” – Impegno di spesa."}},
{"file": "deliberazione-berbenno-apkappa.pdf", "role": "act",
 "what": "Giunta comunale deliberation 19 of 17.3.2026, roll table with Presente/Assente X marks; letterhead and foot are Form XObjects; roll and signatures drawn before the heading (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Berbenno", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-17", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER LA FRAZIONE PONTE GIURINO – CUP H77H25001180004.",
  "attendees": [A("Carminati Mario", "Sindaco"), A("Rota Elisa", "Vicesindaco"), A("Locatelli Giovanni", "Assessore", False), A("Mazzoleni Paola", "Assessore"), A("Brumana Stefano", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Mario Carminati"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Anna Gervasoni"},
  "vote": "unanimous", "immediately_executive": True}},
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
assert len(K) == 12 and not bad
