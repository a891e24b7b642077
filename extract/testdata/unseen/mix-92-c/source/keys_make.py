# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-pontida-writer.pdf", "role": "act",
 "what": "AVVISO PUBBLICO N. 4/2026 (summer-camp grants), prot. 2214, office only in the signature; HTML opened as a Writer document (LibreOffice)",
 "act": {"municipality": "Comune di Pontida", "organ": "SETTORE SERVIZI ALLA PERSONA", "kind": "avviso", "number": 4, "date": "2026-03-09",
  "subject": "CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DEI CENTRI RICREATIVI ESTIVI – ESTATE 2026"}},
{"file": "bando-concesio-word.pdf", "role": "act",
 "what": "BANDO DI GARA, open procedure for school catering, CIG B9F4A21C6E, prot. 5127 del 16.03.2026; Word document (python-docx) with letterhead in the running head and foot, converted by LibreOffice",
 "act": {"municipality": "Comune di Concesio", "organ": "AREA SERVIZI ALLA PERSONA E ALLA FAMIGLIA", "kind": "bando", "date": "2026-03-16",
  "subject": "PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER GLI ANNI SCOLASTICI 2026/2027 – 2027/2028 – 2028/2029"}},
{"file": "avviso-goito-latex.pdf", "role": "notice",
 "what": "avviso di deposito e pubblicazione of variant n. 2 of the PGT (adopted by Consiglio deliberation 9 of 26.02.2026); letter-spaced 'A V V I S O' heading (microtype \\lsstyle), pdfLaTeX",
 "act": {"municipality": "Comune di Goito", "organ": "AREA TECNICA", "office": "Settore Urbanistica ed Edilizia Privata", "kind": "avviso", "date": "2026-03-11",
  "subject": "AVVISO DI DEPOSITO E PUBBLICAZIONE DEGLI ATTI COSTITUENTI LA VARIANTE N. 2 AL PIANO DI GOVERNO DEL TERRITORIO (PGT) – PIANO DELLE REGOLE E PIANO DEI SERVIZI"}},
{"file": "esito-arcisate-wkhtml.pdf", "role": "notice",
 "what": "ESITO DI GARA (gym refurbishment), label table and table of offers with merged header cells, award by determinazione R.G. n. 118 del 6.3.2026; wkhtmltopdf",
 "act": {"municipality": "Comune di Arcisate", "organ": "Area Tecnica", "office": "Lavori Pubblici", "kind": "avviso", "date": "2026-03-10",
  "subject": "LAVORI DI RIQUALIFICAZIONE DELLA PALESTRA DELLA SCUOLA SECONDARIA DI PRIMO GRADO \"G. BOSSI\""}},
{"file": "graduatoria-olgiatecomasco-calc.pdf", "role": "notice",
 "what": "stand-alone GRADUATORIA DEFINITIVA of the urban allotments 2026-2028 (approved by determinazione 74 of 13/03/2026), merged header cells (Punteggio over Età/Nucleo/Totale), file name as running head; openpyxl + LibreOffice Calc",
 "act": {"municipality": "Comune di Olgiate Comasco", "organ": "SETTORE AFFARI GENERALI", "office": "Servizio Patrimonio", "kind": "avviso", "date": "2026-03-13",
  "subject": "GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI – TRIENNIO 2026-2028"}},
{"file": "avviso-alzanolombardo-kibernetes.pdf", "role": "notice",
 "what": "AVVISO DI UDIENZA PUBBLICA on the Piazza Garibaldi project, hearing 2 April 2026 at 20:45; every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Alzano Lombardo", "organ": "SETTORE LAVORI PUBBLICI E PATRIMONIO", "kind": "avviso", "date": "2026-03-18",
  "subject": "PROGETTO DI RIQUALIFICAZIONE DI PIAZZA GARIBALDI E DEL SAGRATO DELLA BASILICA DI SAN MARTINO – PRESENTAZIONE ALLA CITTADINANZA"}},
{"file": "avviso-cumiana-chromium.pdf", "role": "act",
 "what": "AVVISO PUBBLICO N. 7 del 12.3.2026, expression of interest for the sports facilities; letter-spaced CSS heading; Area and Servizio only in the signature (Chromium)",
 "act": {"municipality": "Comune di Cumiana", "organ": "Area Amministrativa", "office": "Servizio Sport e Tempo Libero", "kind": "avviso", "number": 7, "date": "2026-03-12",
  "subject": "MANIFESTAZIONE DI INTERESSE PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI COMUNALI DI VIA CHISOLA – STAGIONE SPORTIVA 2026/2027"}},
{"file": "avviso-noviligure-groff.pdf", "role": "notice",
 "what": "AVVISO of deposit and publication of the preliminary project of the partial variant n. 14 of the P.R.G.C. (Piemonte L.R. 56/1977), prot. 9862; groff -ms, gropdf",
 "act": {"municipality": "Città di Novi Ligure", "organ": "Settore Pianificazione Territoriale", "kind": "avviso", "date": "2026-03-16",
  "subject": "DEPOSITO E PUBBLICAZIONE DEL PROGETTO PRELIMINARE DELLA VARIANTE PARZIALE N. 14 AL P.R.G.C."}},
{"file": "graduatoria-candelo-halley.pdf", "role": "notice",
 "what": "GRADUATORIA PROVVISORIA of the rent-support grants 2026 (determinazione 57 of 19/03/2026, R.G. 203), 80-column Courier text with character-drawn table (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Candelo", "organ": "SERVIZI SOCIALI E ALLA PERSONA", "kind": "avviso", "date": "2026-03-20",
  "subject": "GRADUATORIA PROVVISORIA DEL BANDO PER L’ASSEGNAZIONE DI CONTRIBUTI PER IL SOSTEGNO ALLA LOCAZIONE - ANNO 2026"}},
{"file": "avviso-valperga-fpdf.pdf", "role": "act",
 "what": "AVVISO PUBBLICO n. 3/2026 (pre/post-school enrolment), body in two justified columns; fpdf2",
 "act": {"municipality": "Comune di Valperga", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Scolastici e Demografici", "kind": "avviso", "number": 3, "date": "2026-03-20",
  "subject": "ISCRIZIONI AL SERVIZIO DI PRE-SCUOLA E POST-SCUOLA PRESSO LA SCUOLA PRIMARIA \"G. GIACOSA\" – ANNO SCOLASTICO 2026/2027"}},
{"file": "esito-gozzano-apkappa.pdf", "role": "notice",
 "what": "ESITO DI GARA (snow clearing), award by determinazione n. 41 del 20.3.2026 (Reg. Gen. 132), CIG B7A61D3E90; letterhead and foot Form XObjects, signature drawn before the heading, lines justified with Tw, heading letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Gozzano", "organ": "SERVIZIO TECNICO", "office": "Lavori Pubblici – Manutenzioni", "kind": "avviso", "date": "2026-03-23",
  "subject": "SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGELO DELLE STRADE COMUNALI – STAGIONI INVERNALI 2026/2027 E 2027/2028"}},
{"file": "bando-sandamianodasti-chromium.pdf", "role": "act",
 "what": "BANDO DI GARA, open procedure for school works, CIG B6C93F0E27, label table; office in the boxed letterhead (Chromium)",
 "act": {"municipality": "Comune di San Damiano d'Asti", "organ": "Ufficio Tecnico", "office": "Servizio Lavori Pubblici", "kind": "bando", "date": "2026-03-24",
  "subject": "PROCEDURA APERTA PER L'AFFIDAMENTO DEI LAVORI DI ADEGUAMENTO SISMICO ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA DELL'INFANZIA DEL CAPOLUOGO"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
