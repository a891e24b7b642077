# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "determinazione-capurso-halley.pdf", "role": "act", "operative_points": 4,
 "what": "determinazione of Settore III, sector n. 87 of 14/04/2026 in the header, proposal 112, R.G. 412 of 15/04/2026 only in the footer; Tw-justified lines; protocol stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Capurso", "organ": "Responsabile del Settore", "office": "SETTORE III - LAVORI PUBBLICI", "kind": "determinazione",
  "number": 412, "sector_number": 87, "date": "2026-04-15", "proposal_number": 112, "proposal_date": "2026-04-10",
  "subject": "Lavori di riqualificazione della villa comunale di piazza Matteotti - Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Edil Sud Costruzioni s.r.l. - Impegno di spesa - CUP D47H25001230004 - CIG B9F2A71C3E"}},
{"file": "determinazione-stornarella-writer.pdf", "role": "act", "operative_points": 3,
 "what": "liquidazione of the Area Economico-Finanziaria, n. 41 del 17.4.2026, proposal 52 del 15.4.2026; R.G. 233 del 20.4.2026 only on the last page's registration table (LibreOffice Writer from HTML)",
 "act": {"municipality": "Comune di Stornarella", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi ed Economato", "kind": "determinazione",
  "number": 233, "sector_number": 41, "date": "2026-04-20", "proposal_number": 52, "proposal_date": "2026-04-15",
  "subject": "Liquidazione in favore della società Tributi Service Puglia s.r.l. del corrispettivo per il servizio di supporto alla riscossione della TARI - mese di marzo 2026 - CIG B61C0E9D47."}},
{"file": "determinazione-andrano-sicraweb.pdf", "role": "act", "operative_points": 3,
 "what": "80-column Courier report in capitals (enscript + Ghostscript); subject over three lines in capitals; 'N. 47/2026 R.G.' only in the closing registration note",
 "act": {"municipality": "Comune di Andrano", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 47, "sector_number": 63, "date": "2026-04-22", "proposal_number": 71, "proposal_date": "2026-04-20",
  "subject": "LIQUIDAZIONE FATTURA ALLA DITTA PONZETTA IMPIANTI S.N.C. PER LAVORI DI MANUTENZIONE DELLA PUBBLICA ILLUMINAZIONE NELLA FRAZIONE DI CASTIGLIONE D’OTRANTO - CIG B7D20C114A"}},
{"file": "ordinanza-avetrana-latex.pdf", "role": "act", "operative_points": 4,
 "what": "ordinanza dirigenziale on traffic n. 18 of 23/04/2026 of the Settore IV - Polizia Locale, ORDINA with 4 numbered points (pdfLaTeX, running foot)",
 "act": {"municipality": "Comune di Avetrana", "organ": "Responsabile del Settore", "office": "Settore IV - Polizia Locale", "kind": "ordinanza", "number": 18, "date": "2026-04-23",
  "subject": "Disciplina temporanea della circolazione stradale in via Vittorio Emanuele III e piazza Giovanni XXIII per lavori di rifacimento della rete idrica."}},
{"file": "determinazione-calciano-wkhtml.pdf", "role": "act", "operative_points": 3,
 "what": "determinazione with a grey label grid (Area, Servizio, Determinazione di Area n., Proposta n., Oggetto); R.G. 96 of 09/04/2026 in the closing line (wkhtmltopdf)",
 "act": {"municipality": "Comune di Calciano", "organ": "Area Amministrativa", "office": "Servizi Demografici e Culturali", "kind": "determinazione",
  "number": 96, "sector_number": 19, "date": "2026-04-09", "proposal_number": 24, "proposal_date": "2026-04-07",
  "subject": "Impegno e liquidazione della quota associativa 2026 all'Associazione Nazionale Piccoli Comuni d'Italia."}},
{"file": "determinazione-banzi-chromium.pdf", "role": "act", "operative_points": 3,
 "what": "liquidazione of Settore II, sector n. 31 in the running head repeated on both pages, date also in words ('addì ventidue del mese di aprile'), R.G. 164 of 23/04/2026 on page 2 (Chromium)",
 "act": {"municipality": "Comune di Banzi", "organ": "Responsabile del Settore II", "office": "Settore II - Servizi Sociali e Istruzione", "kind": "determinazione",
  "number": 164, "sector_number": 31, "date": "2026-04-23", "proposal_number": 40, "proposal_date": "2026-04-21",
  "subject": "Servizio di trasporto scolastico - Liquidazione del canone di marzo 2026 alla ditta Autolinee Vulture s.r.l. - CIG B55E1A02C9."}},
{"file": "determinazione-sarconi-fpdf.pdf", "role": "act", "operative_points": 5,
 "what": "SAL approval and liquidazione, Settore III; header (sector n. 58) and footer ('Registro Generale N. 188/2026 R.G. del 27/04/2026') repeated on both pages; CUP and CIG in the subject (fpdf2, DejaVu)",
 "act": {"municipality": "Comune di Sarconi", "organ": "Responsabile del Settore III", "office": "Settore III - Lavori Pubblici", "kind": "determinazione",
  "number": 188, "sector_number": 58, "date": "2026-04-27", "proposal_number": 66, "proposal_date": "2026-04-23",
  "subject": "Lavori di efficientamento energetico della scuola primaria \"Giovanni Pascoli\" - Approvazione del secondo stato di avanzamento lavori e liquidazione - CUP G17D24000560001 - CIG A04F1B77D2."}},
{"file": "attestazione-episcopia-groff.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione Area Tecnica 34 of 14/04/2026 (R.G. 121 of 15/04/2026), published 16/04-01/05/2026, register n. 248 (groff -ms)",
 "act": {"municipality": "Comune di Episcopia", "kind": "attestazione", "number": 34, "date": "2026-04-14",
  "subject": "Liquidazione a saldo alla ditta Sinni Strade s.r.l. dei lavori di manutenzione straordinaria della strada comunale Piano dei Peri - CUP C57H25000140004 - CIG B6A9E31F05."}},
{"file": "determinazione-campodipietra-word.pdf", "role": "act", "operative_points": 3,
 "what": "Word template (python-docx → LibreOffice): Area/Servizio in the running head, 'DETERMINAZIONE n. 12 del 3.2.2026', proposal 15 del 2.2.2026, 'Reg. Gen. 31 del 4.2.2026' in small print at the end",
 "act": {"municipality": "Comune di Campodipietra", "organ": "AREA TECNICO-MANUTENTIVA", "office": "Servizio Patrimonio", "kind": "determinazione",
  "number": 31, "sector_number": 12, "date": "2026-02-04", "proposal_number": 15, "proposal_date": "2026-02-02",
  "subject": "Affidamento del servizio di sgombero neve e spargimento sale sulle strade comunali - stagione invernale 2025/2026 - integrazione impegno di spesa - CIG B3E77A0D19."}},
{"file": "allegato-mafalda-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione Area Economico-Finanziaria 17 of 28/04/2026: invoice list with merged title and total cells (openpyxl → LibreOffice Calc); the signature footer falls on page 2",
 "act": {"municipality": "Comune di Mafalda"}},
{"file": "determinazione-fossalto-kibernetes.pdf", "role": "act", "operative_points": 3,
 "what": "DETERMINAZIONE DI LIQUIDAZIONE, every glyph its own Tm+Tj; register box (N. 29 (Area), Reg. Gen. 211, Proposta 36) drawn last at the top right (reportlab)",
 "act": {"municipality": "Comune di Fossalto", "organ": "Area Economico-Finanziaria", "kind": "determinazione",
  "number": 211, "sector_number": 29, "date": "2026-04-10", "proposal_number": 36, "proposal_date": "2026-04-08",
  "subject": "Liquidazione alla società Molise Acque Servizi s.r.l. del canone di manutenzione degli impianti di sollevamento idrico - primo trimestre 2026 - CIG Z4A3C9E012."}},
{"file": "determinazione-tufara-apkappa.pdf", "role": "act", "operative_points": 3,
 "what": "liquidazione of contributions, Settore I; letterhead and footer (with 'R.G. n. 138 del 17/04/2026') are Form XObjects on both pages; premises drawn before the heading block (reportlab)",
 "act": {"municipality": "Comune di Tufara", "organ": "Responsabile del Settore", "office": "SETTORE I - AMMINISTRATIVO - SERVIZI SOCIALI", "kind": "determinazione",
  "number": 138, "sector_number": 22, "date": "2026-04-17",
  "subject": "Liquidazione contributi economici straordinari a sostegno dei nuclei familiari in condizione di disagio - primo quadrimestre 2026."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
EXCEPT = {("determinazione-calciano-wkhtml.pdf", "subject")}  # label "Oggetto" sits between the two value lines (see NOTES.md)
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else txt.lower())]
    miss = [m for m in miss if (k["file"], m[0]) not in EXCEPT]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
