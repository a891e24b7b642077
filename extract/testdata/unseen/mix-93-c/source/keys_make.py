# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-pico-civilia.pdf", "role": "act",
 "what": "liquidazione with CIG: DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO, label grid 'Registro generale n. 212 | del 17/03/2026' over 'Registro di servizio n. 38 | del 16/03/2026'; office named only in the signature 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO'; lines justified with Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pico", "organ": "Responsabile del Servizio", "office": "SERVIZIO FINANZIARIO", "kind": "determinazione",
  "number": 212, "sector_number": 38, "date": "2026-03-17",
  "subject": "Liquidazione fattura n. 14/PA del 28/02/2026 alla ditta Tecnoservizi Ciociaria S.r.l. per il servizio di manutenzione degli impianti di pubblica illuminazione – mese di febbraio 2026. CIG B4A7C19E25."}},
{"file": "determinazione-brittoli-kibernetes.pdf", "role": "act",
 "what": "impegno with CIG whose heading gives number and date only in words ('Registro generale numero quarantuno', 'addì diciannove del mese di marzo dell'anno duemilaventisei'); every glyph its own Tm+Tj; Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Brittoli", "organ": "Servizio Tecnico – Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 41, "date": "2026-03-19",
  "subject": "Impegno di spesa per la fornitura di sale marino e graniglia per il servizio di sgombero neve e antighiaccio sulle strade comunali – integrazione stagione invernale 2025/2026 – CIG B2D93E0A71."}},
{"file": "determinazione-palombaro-halley.pdf", "role": "act",
 "what": "DETERMINAZIONE A CONTRARRE (art. 17 D.Lgs. 36/2023) of the Area Tecnica, label grid R.G. 97 del 12/03/2026 and Area n. 19 del 11/03/2026, CUP and CIG in the subject; fpdf2 with running foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Palombaro", "organ": "AREA TECNICA", "kind": "determinazione",
  "number": 97, "sector_number": 19, "date": "2026-03-12",
  "subject": "Determinazione a contrarre per l'affidamento diretto dei lavori di manutenzione straordinaria della copertura della scuola dell'infanzia di via Roma, ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CUP D74E26000120004 – CIG B6F1A03D58."}},
{"file": "determinazione-roccasinibalda-writer.pdf", "role": "act",
 "what": "liquidazione of a grant to the Pro Loco over 2 pages; label grid R.G. 133 del 13/03/2026 / Area n. 27 del 12/03/2026; proposal number, date and proposing office only in a box on the last page (LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Rocca Sinibalda", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Affari Generali e Cultura", "kind": "determinazione",
  "number": 133, "sector_number": 27, "date": "2026-03-13", "proposal_number": 54, "proposal_date": "2026-03-10",
  "subject": "Liquidazione del contributo economico all'Associazione Pro Loco Rocca Sinibalda per l'organizzazione della manifestazione \"Carnevale Sinibaldese 2026\"."}},
{"file": "determinazione-cortino-chromium.pdf", "role": "act",
 "what": "liquidazione with CIG; CSS-grid label grid 'Registro generale n. 58 | del 18.3.2026', 'Numero di settore 11 | del 17.3.2026'; heading names the Area, the office only in the signature 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO' (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cortino", "organ": "AREA AMMINISTRATIVO-CONTABILE", "office": "SERVIZIO FINANZIARIO", "kind": "determinazione",
  "number": 58, "sector_number": 11, "date": "2026-03-18",
  "subject": "Liquidazione del canone trimestrale per il servizio di conservazione digitale a norma dei documenti informatici – I trimestre 2026 – CIG B1E55F0C93."}},
{"file": "determinazione-mirabellosannitico-wkhtml.pdf", "role": "act",
 "what": "liquidazione of urgent works with CIG; register table with merged cells (DETERMINAZIONE spanning two rows, proposal cell spanning two rows) under a coloured Settore band (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Mirabello Sannitico", "organ": "SETTORE TECNICO-MANUTENTIVO", "office": "Servizio Idrico Integrato e Manutenzioni", "kind": "determinazione",
  "number": 76, "sector_number": 15, "date": "2026-03-16", "proposal_number": 22, "proposal_date": "2026-03-12",
  "subject": "LIQUIDAZIONE LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DELLA CONDOTTA IDRICA IN CONTRADA VICENNE – CIG B3C28A7E10."}},
{"file": "determinazione-gaglianoaterno-enscript.pdf", "role": "act",
 "what": "affidamento e impegno with CIG as an 80-column Courier report, character-drawn label grid 'REGISTRO GENERALE N. | 47 | DEL | 11/03/2026'; office only in the signature 'IL RESPONSABILE DEL SERVIZIO MANUTENZIONI' (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gagliano Aterno", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-11",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI SFALCIO DELL’ERBA E PULIZIA DELLE BANCHINE STRADALI DELLE STRADE COMUNALI ESTERNE - ANNO 2026 - IMPEGNO DI SPESA - CIG B5D20F8A66"}},
{"file": "determinazione-petrellatifernina-latex.pdf", "role": "act",
 "what": "liquidazione with CIG; letter-spaced title (microtype \\lsstyle), small-caps Area/Servizio line, tabular label grid with grey label columns (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Petrella Tifernina", "organ": "Area Amministrativa", "office": "Servizio Pubblica Istruzione", "kind": "determinazione",
  "number": 39, "sector_number": 8, "date": "2026-03-16",
  "subject": "Liquidazione della fattura per il servizio di trasporto scolastico – mese di febbraio 2026 – CIG B0F7D62A48."}},
{"file": "certificato-pizzone-groff.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione R.G. 29 del 10/03/2026 (published 11/03–26/03/2026 as n. 118), boxed tbl table (groff -ms)",
 "act": {"municipality": "Comune di Pizzone", "kind": "certificato di pubblicazione", "number": 29, "date": "2026-03-10",
  "subject": "Impegno di spesa per il rinnovo dell’abbonamento annuale alla banca dati normativa e giurisprudenziale per gli uffici comunali – anno 2026 – CIG B7A04C2D19."}},
{"file": "determinazione-terelle-word.pdf", "role": "act",
 "what": "approval of a rent-support notice and impegno; 'Registro generale n. | 171 | del | 13/03/2026' grid and the Settore in the Word running head, repeated on both pages; 'DETERMINAZIONE N. 34 DEL SETTORE I' in the body (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Terelle", "organ": "SETTORE I – AMMINISTRATIVO", "kind": "determinazione",
  "number": 171, "sector_number": 34, "date": "2026-03-13",
  "subject": "Approvazione dell'avviso pubblico e impegno di spesa per l'erogazione di contributi a sostegno del pagamento dei canoni di locazione – annualità 2026."}},
{"file": "allegato-carpinetosinello-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione R.G. 64 of 17/03/2026: list of 7 energy and gas invoices liquidated (with CIG per supplier), spreadsheet printed landscape by LibreOffice Calc, file name as running head",
 "act": {"municipality": "Comune di Carpineto Sinello"}},
{"file": "determinazione-vivaroromano-apkappa.pdf", "role": "act",
 "what": "liquidazione with CIG; letterhead, label grid and foot are Form XObjects; blocks drawn bottom-up (signature first, letterhead last); office only in the signature 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vivaro Romano", "organ": "SERVIZIO ECONOMICO-FINANZIARIO", "office": "SERVIZIO FINANZIARIO", "kind": "determinazione",
  "number": 24, "sector_number": 6, "date": "2026-03-16",
  "subject": "Liquidazione della fattura per la fornitura di carburante per gli automezzi comunali – mese di febbraio 2026 – CIG B9E41D7C30."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
