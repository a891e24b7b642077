# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def det(m, org, off, n, sn, d, pn, pd, subj): 
    a = {"municipality": m, "organ": org, "office": off, "kind": "determinazione", "number": n}
    if sn is not None: a["sector_number"] = sn
    a["date"] = d
    if pn is not None: a["proposal_number"] = pn; a["proposal_date"] = pd
    a["subject"] = subj
    if off is None: del a["office"]
    return a
K = [
{"file": "determinazione-cerete-halley.pdf", "role": "act", "operative_points": 3,
 "what": "Halley 80-column Courier report (enscript + Ghostscript); sector n. 19, Reg. Gen. 41, proposal 23; impegno di spesa with CIG; visto contabile dated 06/02/2026 at the foot",
 "act": det("COMUNE DI CERETE", "AREA TECNICA", "SERVIZIO MANUTENZIONI E PATRIMONIO", 41, 19, "2026-02-05", 23, "2026-02-02",
  "FORNITURA DI SALE STRADALE PER IL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGELO - STAGIONE INVERNALE 2025/2026 - IMPEGNO DI SPESA DI EURO 6.344,00 IVA COMPRESA - CIG B9D2E417C3")},
{"file": "determinazione-moltrasio-sicraweb.pdf", "role": "act", "operative_points": 4,
 "what": "Sicraweb-style label grid (wkhtmltopdf): Determina Settore N. 12/2026, N. 57/2026 R.G., proposal 64; affidamento diretto with CIG",
 "act": det("COMUNE DI MOLTRASIO", "SETTORE AFFARI GENERALI", "Servizi Scolastici e Culturali", 57, 12, "2026-02-16", 64, "2026-02-12",
  "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di pre e post scuola presso la Scuola Primaria “Alessandro Volta” per il periodo marzo–giugno 2026 alla Cooperativa Sociale Lario Insieme. CIG B6F1C9A082.")},
{"file": "determinazione-cosiovaltellino-jiride.pdf", "role": "act", "operative_points": 3,
 "what": "J-Iride style (Chromium): Reg. Gen. 88 of 20/02/2026 in a box, area determination n. 9 del 19.2.2026, proposal 102; accertamento di entrata",
 "act": det("Comune di Cosio Valtellino", "AREA ECONOMICO-FINANZIARIA", "Servizio Tributi e Entrate", 88, 9, "2026-02-20", 102, "2026-02-17",
  "Accertamento di entrata del contributo regionale per la manutenzione della sentieristica montana – L.R. 5/2017 – anno 2026.")},
{"file": "determinazione-lozzoatestino-halley.pdf", "role": "act", "operative_points": 3,
 "what": "reportlab, justified lines with Tw, letter-spaced headings with Tc; Registro generale 63, numero di area 11, proposal 71; liquidazione",
 "act": det("COMUNE DI LOZZO ATESTINO", "AREA AMMINISTRATIVA", "Servizio Segreteria e Affari Generali", 63, 11, "2026-02-23", 71, "2026-02-20",
  "LIQUIDAZIONE DEL CONTRIBUTO ORDINARIO ANNO 2025 ALL'ASSOCIAZIONE PRO LOCO LOZZO ATESTINO PER LE ATTIVITÀ DI PROMOZIONE DEL TERRITORIO DEI COLLI EUGANEI.")},
{"file": "determinazione-gorgoalmonticano-kibernetes.pdf", "role": "act", "operative_points": 3,
 "what": "reportlab, every glyph its own Tm+Tj, rotated Albo stamp; 'N. 8 / LLPP DEL 25.2.2026 – N. 74 DEL REGISTRO GENERALE'; impegno with CIG",
 "act": det("COMUNE DI GORGO AL MONTICANO", "AREA TECNICA", "SERVIZIO LAVORI PUBBLICI", 74, 8, "2026-02-25", 80, "2026-02-24",
  "Impegno di spesa per il servizio di manutenzione ordinaria degli impianti di illuminazione pubblica per l'anno 2026. CIG B3A77E51D9.")},
{"file": "determinazione-posina-datagraph.pdf", "role": "act", "operative_points": 3,
 "what": "Datagraph style, HTML opened as Writer document (LibreOffice); register numbers in a table row under their labels",
 "act": det("COMUNE DI POSINA", "AREA SERVIZI ALLA PERSONA", "Servizio Sociale", 92, 6, "2026-03-02", 97, "2026-02-27",
  "IMPEGNO DI SPESA PER L'INTEGRAZIONE DELLA RETTA DI RICOVERO DI UN UTENTE PRESSO CENTRO SERVIZI PER ANZIANI NON AUTOSUFFICIENTI – PERIODO MARZO-DICEMBRE 2026.")},
{"file": "determinazione-palanzano-civilia.pdf", "role": "act", "operative_points": 4,
 "what": "Civilia-style label grid (fpdf2): Numero di settore 14, Numero generale 105, Data esecutività 06/03/2026, proposal PD 118/2026; liquidazione",
 "act": det("Comune di Palanzano", "Area Tecnica Manutentiva", "Ufficio Ambiente e Verde Pubblico", 105, 14, "2026-03-06", 118, "2026-03-03",
  "Liquidazione alla ditta Verde Appennino di Ferrari Luca del corrispettivo per lo sfalcio e la pulizia delle aree verdi comunali – fattura n. 7/PA del 27/02/2026 – CIG B1F4402E6A.")},
{"file": "determinazione-terredacqua-latex.pdf", "role": "act", "operative_points": 4,
 "what": "determinazione of an Unione's Centrale Unica di Committenza, pdfLaTeX two columns with a full-width head, dates in words; aggiudicazione with CUP/CIG, no visto contabile",
 "act": det("UNIONE TERRE D’ACQUA", "CENTRALE UNICA DI COMMITTENZA", None, 31, 7, "2026-03-09", 36, "2026-03-05",
  "Procedura negoziata per l’affidamento dei lavori di adeguamento sismico della scuola primaria “G. Marconi” per conto del Comune di Crevalcore – CUP D63H25000420006 – CIG B8E01C2A5F – Aggiudicazione.")},
{"file": "determinazione-clauzetto-insiel.pdf", "role": "act", "operative_points": 5,
 "what": "Insiel style (fpdf2), running head and foot repeated on both pages; signature and visto contabile (12/03/2026) alone on page 2; affidamento diretto + impegno",
 "act": det("COMUNE DI CLAUZETTO", "AREA FINANZIARIA", "SERVIZIO ECONOMATO E PERSONALE", 27, 5, "2026-03-10", 31, "2026-03-09",
  "Adesione alla convenzione per la fornitura di energia elettrica per gli immobili comunali – affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 – impegno di spesa per l'anno 2026. CIG B42D9E0F71.")},
{"file": "certificato-resiutta-groff.pdf", "role": "certificate",
 "what": "certificate of publication (groff -ms) of determinazione Reg. gen. 21 of 11/03/2026, published 12/03–27/03/2026 (reg. 97), signed 'addì ventotto del mese di marzo duemilaventisei'",
 "act": {"municipality": "COMUNE DI RESIUTTA", "kind": "certificato", "number": 21, "date": "2026-03-11",
  "subject": "Liquidazione del saldo per i lavori di ripristino della strada comunale per Povici di Sotto danneggiata dagli eventi meteorici di ottobre 2025."}},
{"file": "allegato-riolunato-studiok.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 33 of 12/03/2026: list of six revenue accertamenti, openpyxl -> LibreOffice Calc landscape, merged title cells",
 "act": {"municipality": "COMUNE DI RIOLUNATO"}},
{"file": "determinazione-rotzo-apkappa.pdf", "role": "act", "operative_points": 3,
 "what": "Apkappa style (reportlab): letterhead and foot are Form XObjects on both pages; body drawn before heading and register box; page 2 draws the visto before the signature; affidamento diretto with CIG",
 "act": det("COMUNE DI ROTZO", "SERVIZIO TECNICO", "Area Lavori Pubblici e Patrimonio", 49, 12, "2026-03-13", 55, "2026-03-11",
  "AFFIDAMENTO DIRETTO DEL SERVIZIO DI VERIFICA DELLA VULNERABILITÀ SISMICA DEL FABBRICATO COMUNALE \"EX MALGA LARICI\". CIG B5C03A9E18.")},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    miss = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a and (a[f] if f == "subject" else a[f].lower()) not in (txt if f == "subject" else txt.lower())]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
