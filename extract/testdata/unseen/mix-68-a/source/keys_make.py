# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed):
# subjects exactly, the other strings case-insensitively; numbers must occur as figures.
# Exits 1 if anything is missing.
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-cigliano-sicraweb.pdf", "role": "act",
 "what": "determina a contrarre of the Area Tecnica of Cigliano (VC), Sicraweb-like: the numbers only in a grey-labelled box at the top right (Registro Generale N. 187 del 12/05/2026, Registro di Area N. 52 del 11/05/2026, Proposta N. 203 del 08/05/2026); RUP and Responsabile del Procedimento named; visto contabile boxed under the signatures; wkhtmltopdf, 1 page",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cigliano", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 187, "sector_number": 52, "date": "2026-05-12", "proposal_number": 203, "proposal_date": "2026-05-08",
  "subject": "DETERMINA A CONTRARRE E CONTESTUALE AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI SFALCIO DELL'ERBA E MANUTENZIONE DEL VERDE PUBBLICO NELLE AREE COMUNALI – STAGIONE 2026. CIG B8D4F17A2C."}},
{"file": "determinazione-talamona-halley.pdf", "role": "act",
 "what": "liquidazione of a first progress payment, Area Tecnica of Talamona (SO), Halley-like: ruled box 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO / N. 71 DEL 11-05-2026' beside 'Registro Generale / N. 198 del 12-05-2026'; ReportLab, every justified line sets Tw, headings letter-spaced with Tc; point 5 runs over the page break; the visto di regolarita' contabile stands alone on page 3",
 "operative_points": 5,
 "act": {"municipality": "Comune di Talamona", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E PATRIMONIO", "kind": "determinazione",
  "number": 198, "sector_number": 71, "date": "2026-05-12",
  "subject": "LIQUIDAZIONE DEL PRIMO STATO DI AVANZAMENTO DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE DI VIA ROMA ALLA DITTA EDILVALTELLINA S.R.L. - CUP D17H25000940004 - CIG B5F38C21D9"}},
{"file": "determinazione-moena-civilia.pdf", "role": "act",
 "what": "determinazione of the Servizio tecnico of Moena (TN), Trentino Civilia-like Word model: Italian/Ladin letterhead and 'Servizio tecnico – Ufficio lavori pubblici e patrimonio' in the page header; the subject first, then 'Determinazione del Responsabile del Servizio tecnico / n. 58 di data 13 maggio 2026'; python-docx through LibreOffice, 2 pages",
 "operative_points": 5,
 "act": {"municipality": "Comune di Moena", "organ": "Servizio tecnico", "office": "Ufficio lavori pubblici e patrimonio", "kind": "determinazione",
  "number": 58, "date": "2026-05-13",
  "subject": "Fornitura e posa in opera di nuove attrezzature ludiche per il parco giochi di località Navalge. Affidamento diretto alla ditta Legno Fassa S.r.l. ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023 e impegno di spesa. CIG B91E3A70D5."}},
{"file": "determinazione-altavalsugana-insiel.pdf", "role": "act",
 "what": "determinazione of a Comunita' di valle (Servizio socio-assistenziale), Insiel Ascot-like: label grid Servizio/Ufficio | Numero/Data, running head 'Determinazione n. 214 di data 12/05/2026' and foot 'Pag. x di y' on both pages; OpenPDF with Liberation fonts as CID (Identity-H); the signature block split over the page break",
 "operative_points": 5,
 "act": {"municipality": "Comunità Alta Valsugana e Bersntol", "organ": "Servizio socio-assistenziale", "office": "Ufficio disabilità e inclusione", "kind": "determinazione",
  "number": 214, "date": "2026-05-12",
  "subject": "Servizio di trasporto delle persone con disabilità frequentanti i centri diurni e i laboratori per l'inclusione dell'Alta Valsugana – Proroga tecnica del contratto fino al 31 agosto 2026 e integrazione dell'impegno di spesa. CIG B2C7D09E61."}},
{"file": "determinazione-castelsangiovanni-maggioli.pdf", "role": "act",
 "what": "determinazione of the Settore III of Castel San Giovanni (PC): the heading carries no number; 'Determinazione n. 318 del 14/05/2026' is printed only in the running foot of both pages; the signature has no date; headless Chromium (fixed-position foot), 2 pages",
 "operative_points": 6,
 "act": {"municipality": "Comune di Castel San Giovanni", "organ": "SETTORE III – SERVIZI ALLA PERSONA", "office": "Servizio Scuola, Cultura e Sport", "kind": "determinazione",
  "number": 318, "date": "2026-05-14",
  "subject": "CENTRI ESTIVI 2026 – APPROVAZIONE DELL'AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DEI CENTRI ESTIVI DA PARTE DI BAMBINI E RAGAZZI DAI 3 AI 17 ANNI – PRENOTAZIONE DI IMPEGNO DI SPESA."}},
{"file": "determinazione-valconca-ads.pdf", "role": "act",
 "what": "determinazione of an Unione di Comuni (Settore Servizi Sociali Associati): 'N. 129/2026 R.G. del 13/05/2026' and 'N. 31/2026 del Settore' in a shaded box; go-pdf/fpdf, letterhead and foot as Form XObjects reused on both pages, UTF-8 CID fonts, the box drawn after the body; visto contabile alone on page 2",
 "operative_points": 4,
 "act": {"municipality": "Unione della Valconca", "organ": "SETTORE SERVIZI SOCIALI ASSOCIATI", "office": "Servizio Sociale Territoriale", "kind": "determinazione",
  "number": 129, "sector_number": 31, "date": "2026-05-13",
  "subject": "Contributi economici straordinari a sostegno di nuclei familiari in condizione di disagio abitativo – Fondo regionale per l'emergenza abitativa 2026 – Approvazione dell'elenco dei beneficiari e impegno di spesa."}},
{"file": "determinazione-albisolasuperiore-kibernetes.pdf", "role": "act",
 "what": "determinazione dirigenziale of the Settore 3 of Albisola Superiore (SV), Kibernetes-like label grid (Struttura / Servizio / Responsabile del Procedimento) with 'Reg. Gen. n. 402 del 13/05/2026' and 'Reg. Sett. n. 95 del 12/05/2026'; every glyph placed alone (Tm+Tj, no space characters), page written out of reading order, digital-signature stamp rotated up the left margin of both pages",
 "operative_points": 5,
 "act": {"municipality": "Comune di Albisola Superiore", "organ": "SETTORE 3 – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", "office": "Servizio Manutenzioni e Demanio Marittimo", "kind": "determinazione",
  "number": 402, "sector_number": 95, "date": "2026-05-13",
  "subject": "Lavori urgenti di ripristino della passeggiata a mare di Albisola Capo danneggiata dalle mareggiate dell'aprile 2026 – Approvazione della perizia e affidamento diretto alla ditta Marinedil S.r.l. – CUP D57H26000310004 – CIG B4A9E2C715."}},
{"file": "determinazione-casatenovo-jiride.pdf", "role": "act",
 "what": "determinazione of the Settore Affari Generali of Casatenovo (LC) approving a competition ranking, J-Iride-like: register table 'Registro generale | N. 412 | Data | 13/05/2026' over 'Proposta | N. 498 | del | 07/05/2026', a ranking table in the premises, running head with the number on both pages; flat ODF through LibreOffice Writer",
 "operative_points": 5,
 "act": {"municipality": "Comune di Casatenovo", "organ": "SETTORE AFFARI GENERALI E ISTITUZIONALI", "office": "Servizio Personale", "kind": "determinazione",
  "number": 412, "date": "2026-05-13", "proposal_number": 498, "proposal_date": "2026-05-07",
  "subject": "APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE E DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO, PRESSO IL SETTORE SERVIZI ALLA PERSONA"}},
{"file": "determinazione-santostefanobelbo-siscom.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa of Santo Stefano Belbo (CN), Siscom-like: number and date only in the ruled box ('N. 64 | del 12.5.2026'); 'Responsabile del procedimento' line under the subject; groff -ms with tbl (gropdf), 1 page",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santo Stefano Belbo", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Segreteria e Contratti", "kind": "determinazione",
  "number": 64, "date": "2026-05-12",
  "subject": "Servizio di pulizia degli uffici comunali e della biblioteca civica – Proroga contrattuale dal 1° giugno al 30 settembre 2026 – Impegno di spesa – CIG B3E90D12A7."}},
{"file": "determinazione-casalgrande-studiok.pdf", "role": "act",
 "what": "determinazione of the Settore Lavori Pubblici of Casalgrande (RE) joining a regional framework agreement, Studio K-like two-column grid (Settore | Atto, Servizio | Proposta) with a letter-spaced 'DETERMINAZIONE' over 'n. 245 del 13/05/2026'; pdfLaTeX with microtype letter-spacing, 2 pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di Casalgrande", "organ": "SETTORE LAVORI PUBBLICI E PATRIMONIO", "office": "Servizio Manutenzione Immobili e Impianti", "kind": "determinazione",
  "number": 245, "date": "2026-05-13", "proposal_number": 301, "proposal_date": "2026-05-11",
  "subject": "Affidamento del servizio di manutenzione ordinaria degli impianti termici degli edifici comunali per il periodo 1 giugno 2026 – 31 maggio 2028 mediante adesione ad accordo quadro Intercent-ER. Impegno di spesa. CIG derivato B6C0E43F18."}},
{"file": "attestazione-romagnanosesia-enscript.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 512/2026, 27/04–12/05/2026, issued 13/05/2026) of determinazione n. 97 of 24/04/2026 of the Servizio Tecnico; 80-column Courier with a box of plus signs and dashes and dotted labels (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Romagnano Sesia", "kind": "attestazione", "number": 97, "date": "2026-04-24",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI NOLEGGIO, POSA E MANUTENZIONE DEI BAGNI CHIMICI PER LE MANIFESTAZIONI ESTIVE 2026 - IMPEGNO DI SPESA - CIG B71D0A35C2"}},
{"file": "allegato-cogorno-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione n. 73 of 12/05/2026 of the Area Tecnica (not in the set): 36 applications for barrier-removal grants (L. 13/1989) with a total row; spreadsheet with merged title cells and a repeated header row, printed landscape by LibreOffice Calc over 2 pages",
 "act": {"municipality": "Comune di Cogorno"}},
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
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    for f in ("number", "sector_number", "proposal_number"):
        if f in a and not re.search(r"(?<![\d.])%d(?![\d])" % a[f], txt):
            miss.append((f, a[f]))
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
print(len(K), "keys;", "all keyed strings found" if not bad else "%d files with missing strings" % bad)
sys.exit(1 if bad else 0)
