# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-castellinainchianti-writer.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (school-transport grants), prot. 2874 of 16/03/2026; the issuing office is a right-aligned block under the letterhead (Settore / Servizio / Responsabile); Art. 1-4 (python-docx, LibreOffice Writer)",
 "act": {"municipality": "Comune di Castellina in Chianti", "organ": "Settore Servizi alla Persona", "office": "Servizio Istruzione e Politiche Sociali", "kind": "avviso", "number": 3, "date": "2026-03-16",
  "subject": "Contributi per il trasporto scolastico degli studenti delle scuole secondarie di secondo grado – anno scolastico 2025/2026"}},
{"file": "bando-roccastrada-latex.pdf", "role": "act",
 "what": "BANDO DI CONCORSO PUBBLICO N. 1/2026 for one Istruttore tecnico, prot. 3315, 'Roccastrada, 18 marzo 2026'; the office is printed only in the running head (Area Amministrativa – Servizio Personale) and the signature; letter-spaced headings, boxed subject, Art. 1-8 (pdfLaTeX)",
 "act": {"municipality": "Comune di Roccastrada", "organ": "Area Amministrativa", "office": "Servizio Personale", "kind": "bando", "number": 1, "date": "2026-03-18",
  "subject": "Concorso pubblico per esami per la copertura di n. 1 posto di Istruttore tecnico, Area degli Istruttori, a tempo pieno e indeterminato"}},
{"file": "esito-civitellapaganico-wkhtml.pdf", "role": "notice",
 "what": "AVVISO DI ESITO DI GARA (seismic upgrade of a primary school), award by determinazione R.G. n. 104 del 16/03/2026; office as a coloured band under the crest (AREA TECNICA · Servizio Lavori Pubblici); label table and offers table with rowspan/colspan cells; dated 20/03/2026 in the closing line (wkhtmltopdf)",
 "act": {"municipality": "Comune di Civitella Paganico", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-03-20",
  "subject": "Lavori di adeguamento sismico ed efficientamento energetico della scuola primaria “Vittorio Fossombroni” di Paganico"}},
{"file": "graduatoria-capranica-calc.pdf", "role": "notice",
 "what": "stand-alone GRADUATORIA DEFINITIVA of the 2026 food vouchers (approved by determinazione n. 49 del 19/03/2026), 11 applicants by protocol number and initials, merged header cells (Punteggio over ISEE/Nucleo/Totale); the office is only in the page header (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Capranica", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Servizi Sociali", "kind": "avviso", "date": "2026-03-19",
  "subject": "GRADUATORIA DEFINITIVA BUONI SPESA PER NUCLEI FAMILIARI IN DIFFICOLTÀ – ANNO 2026"}},
{"file": "ordinanza-arsoli-halley.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 7 DEL 17/03/2026 with a title line (ORDINANZA CONTINGIBILE E URGENTE PER LA TUTELA DELLA PUBBLICA INCOLUMITÀ) above the OGGETTO; every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin and drawn first (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Arsoli", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-17",
  "subject": "Sgombero e messa in sicurezza del fabbricato pericolante sito in via del Castello n. 12 a seguito del crollo parziale della copertura."}},
{"file": "comunicato-collaltosabino-fpdf.pdf", "role": "notice",
 "what": "COMUNICATO DEL SINDACO, no number and no protocol, 'IL SINDACO' right-aligned under the letterhead, bold Oggetto, letter to the citizens, 'Collalto Sabino, 21 marzo 2026'; DejaVu as CID TrueType (Identity-H), header()/footer() (fpdf2)",
 "act": {"municipality": "Comune di Collalto Sabino", "organ": "Sindaco", "kind": "avviso", "date": "2026-03-21",
  "subject": "Chiusura temporanea della strada provinciale 34/a Turanense nel tratto tra il bivio per Nespolo e il centro abitato per lavori di consolidamento del versante."}},
{"file": "avviso-ottati-chromium.pdf", "role": "notice",
 "what": "unnumbered AVVISO (social transport for the elderly), 'Ottati, 23 marzo 2026'; the office is only in the running head repeated on both pages (AREA AMMINISTRATIVA – Ufficio Servizi Sociali) and the signature; running foot with the address (headless Chromium, thead/tfoot)",
 "act": {"municipality": "Comune di Ottati", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Servizi Sociali", "kind": "avviso", "date": "2026-03-23",
  "subject": "Iscrizioni al servizio di trasporto sociale per anziani e persone con disabilità – anno 2026"}},
{"file": "avviso-sessacilento-enscript.pdf", "role": "act",
 "what": "numbered AVVISO N. 4/2026 on TARI 2026, 'Prot. n. 1604' and 'Sessa Cilento, li 24/03/2026' on one line; the office only in the signature (IL RESPONSABILE DEL SERVIZIO TRIBUTI); letter-spaced town name, 80-column Courier (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Sessa Cilento", "organ": "Responsabile del Servizio", "office": "SERVIZIO TRIBUTI", "kind": "avviso", "number": 4, "date": "2026-03-24",
  "subject": "TARI 2026 - SCADENZE DI PAGAMENTO DELLA PRIMA RATA E RIDUZIONI PER COMPOSTAGGIO DOMESTICO E UTENZE NON DOMESTICHE STAGIONALI"}},
{"file": "avviso-pertosa-groff.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO (manifestazione di interesse for the tourist-info premises), prot. 977 del 25/03/2026; office as a ruled band under the crest (AREA TECNICA — SERVIZIO PATRIMONIO E DEMANIO); boxed tbl property table (groff -ms + tbl, gropdf)",
 "act": {"municipality": "Comune di Pertosa", "organ": "AREA TECNICA", "office": "SERVIZIO PATRIMONIO E DEMANIO", "kind": "avviso", "date": "2026-03-25",
  "subject": "Manifestazione di interesse per la concessione in uso dei locali comunali di via Provinciale da destinare a punto di accoglienza turistica"}},
{"file": "avviso-cleto-ps.pdf", "role": "notice",
 "what": "unnumbered AVVISO of a water-supply interruption on 30/03/2026, prot. 1433, 'Cleto, 26 marzo 2026'; office as a right-aligned block (Ufficio Tecnico Comunale / Servizio Idrico Integrato); hand-written PostScript drawn out of reading order (signature, body, letterhead, office block, title), letter-spaced 'A V V I S O' (Ghostscript ps2pdf)",
 "act": {"municipality": "Comune di Cleto", "organ": "Ufficio Tecnico Comunale", "office": "Servizio Idrico Integrato", "kind": "avviso", "date": "2026-03-26",
  "subject": "Interruzione del servizio idrico in località Savuto, nel centro storico e nella frazione di Pietramala il giorno 30 marzo 2026"}},
{"file": "bando-belmontecalabro-reportlab.pdf", "role": "act",
 "what": "BANDO PUBBLICO N. 2/2026 (market and fair stalls), prot. 2245, 'Belmonte Calabro, 24/03/2026'; Area/Servizio in a label grid and in the running foot; letterhead and foot are Form XObjects drawn foot-first on both pages; justified lines set Tw (reportlab); 2 pages",
 "act": {"municipality": "Comune di Belmonte Calabro", "organ": "Area Amministrativa", "office": "Servizio Attività Produttive e SUAP", "kind": "bando", "number": 2, "date": "2026-03-24",
  "subject": "Assegnazione in concessione decennale di n. 6 posteggi liberi nel mercato settimanale di piazza Mercato e n. 2 posteggi nella fiera di San Giuseppe"}},
{"file": "avviso-stignano-writer.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO for the list of economic operators 2026-2028; Ente/Area/Servizio/Responsabile/Data in a label grid under the title; 'Stignano, 27 marzo 2026' (HTML opened as a Writer document, LibreOffice)",
 "act": {"municipality": "Comune di Stignano", "organ": "Area Tecnico-Manutentiva", "office": "Servizio Manutenzioni e Patrimonio", "kind": "avviso", "date": "2026-03-27",
  "subject": "per la formazione dell'elenco degli operatori economici da invitare alle procedure di affidamento di lavori di manutenzione ordinaria e straordinaria del patrimonio comunale – triennio 2026-2028"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
EXC = set()  # no deliberate exceptions in this set
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    miss = [(f, s) for f, s in miss if (k["file"], f) not in EXC]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
