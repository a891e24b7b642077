# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "avviso-albidona-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of the Area Amministrativa (co-progettazione of social transport with Terzo settore bodies): letterhead in the Word page header, date top right, title in capitals over three lines under a separate 'AVVISO PUBBLICO' heading (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Albidona", "organ": "Area Amministrativa", "office": "Servizio Politiche Sociali", "kind": "avviso", "date": "2026-05-04",
  "subject": "PER L’INDIVIDUAZIONE DI ENTI DEL TERZO SETTORE DISPONIBILI ALLA CO-PROGETTAZIONE E ALLA GESTIONE DEL SERVIZIO DI TRASPORTO SOCIALE IN FAVORE DI ANZIANI E PERSONE CON DISABILITÀ – ANNO 2026"}},
{"file": "avviso-riace-apkappa.pdf", "role": "act",
 "what": "'Avviso n. 12/2026' with 'Prot. n. 2291' in a box at the top right; avviso of start of expropriation procedure and deposit of a project, title in capitals over four lines; reportlab canvas, letterhead/foot a Form XObject, closing date and signature drawn before the body",
 "act": {"municipality": "Comune di Riace", "organ": "Area Tecnica", "office": "Ufficio Lavori Pubblici ed Espropri", "kind": "avviso", "number": 12, "date": "2026-05-06",
  "subject": "AVVISO DI AVVIO DEL PROCEDIMENTO DIRETTO ALL’APPOSIZIONE DEL VINCOLO PREORDINATO ALL’ESPROPRIO E DI DEPOSITO DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI CONSOLIDAMENTO DEL COSTONE ROCCIOSO SOTTOSTANTE VIA SAN NICOLA – CUP F17H25001230002"}},
{"file": "avviso-placanica-maggioli.pdf", "role": "notice",
 "what": "unnumbered 'A V V I S O' of the Ufficio Tecnico on a road closure, title in capitals over two lines; PDF written by hand, one glyph per Tm, no space characters, protocol stamp 'Prot. n. 1873 del 05/05/2026' drawn rotated up the left margin, date in the closing line",
 "act": {"municipality": "Comune di Placanica", "office": "Ufficio Tecnico Comunale", "kind": "avviso", "date": "2026-05-05",
  "subject": "CHIUSURA TEMPORANEA AL TRANSITO VEICOLARE E DIVIETO DI SOSTA IN VIA ROMA E PIAZZA MUNICIPIO PER I LAVORI DI RIFACIMENTO DELLA PAVIMENTAZIONE"}},
{"file": "avviso-altobasento-writer.pdf", "role": "act",
 "what": "avviso pubblico n. 3/2026 of the Ufficio di Piano of a Basilicata Ambito socio territoriale (Piano intercomunale / di zona): number and protocol in a two-cell box, title in capitals over four lines, 4 numbered paragraphs, date in words in the closing line ('addì sette del mese di maggio dell’anno duemilaventisei'); HTML opened as a Writer document by LibreOffice",
 "act": {"municipality": "Ambito Socio Territoriale Alto Basento", "organ": "Ufficio di Piano", "kind": "avviso", "number": 3, "date": "2026-05-07",
  "subject": "PER L’ACCESSO AL SERVIZIO DI ASSISTENZA DOMICILIARE E AGLI ASSEGNI DI CURA IN FAVORE DI PERSONE NON AUTOSUFFICIENTI E IN CONDIZIONE DI DISABILITÀ GRAVISSIMA – ANNUALITÀ 2026"}},
{"file": "manifesto-melissa-chromium.pdf", "role": "notice",
 "what": "manifesto of the Sindaco (IL SINDACO ... PROCLAMA) proclaiming a day of civic mourning, double border, heavy CSS letter-spacing on heading words, date in the closing line; headless Chromium",
 "act": {"municipality": "Città di Melissa", "organ": "Sindaco", "kind": "avviso", "date": "2026-05-08",
  "subject": "PROCLAMAZIONE DEL LUTTO CITTADINO PER LA GIORNATA DI SABATO 9 MAGGIO 2026"}},
{"file": "bando-sannicandrodibari-latex.pdf", "role": "act",
 "what": "Bando n. 2/2026 (framed) for school-book contributions, place and date '12.05.2026' top right beside the letterhead, title in capitals over three lines, articles set in two columns (multicol), page foot; pdfLaTeX",
 "act": {"municipality": "Comune di Sannicandro di Bari", "organ": "Settore II Servizi Sociali e Pubblica Istruzione", "kind": "bando", "number": 2, "date": "2026-05-12",
  "subject": "BANDO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI ALLE FAMIGLIE PER LA FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO – ANNO SCOLASTICO 2026/2027"}},
{"file": "esito-monasterace-wkhtml.pdf", "role": "notice",
 "what": "AVVISO DI ESITO DI PROCEDURA NEGOZIATA SENZA BANDO: label table (Oggetto, CUP/CIG, importo, determinazione di aggiudicazione n. 66 del 30/04/2026), table of offers with merged cells, date in the closing line; wkhtmltopdf",
 "act": {"municipality": "Comune di Monasterace", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "avviso", "date": "2026-05-11",
  "subject": "Lavori di riqualificazione e messa in sicurezza del lungomare di Monasterace Marina – II lotto funzionale"}},
{"file": "avviso-stornaraetara-groff.pdf", "role": "notice",
 "what": "AVVISO AI CONSORZIATI of a Consorzio di bonifica (contribution notices 2026), date right-aligned at the top, protocol indented under the letterhead, title in capitals over four lines, points 1.-3.; groff -ms through gropdf",
 "act": {"municipality": "Consorzio di Bonifica Stornara e Tara", "organ": "Direttore Generale", "office": "Area Agraria e Catasto", "kind": "avviso", "date": "2026-05-14",
  "subject": "EMISSIONE DEGLI AVVISI DI PAGAMENTO DEL CONTRIBUTO CONSORTILE DI BONIFICA E DI IRRIGAZIONE PER L'ANNO 2026 E TERMINI PER LA PRESENTAZIONE DEI RICORSI"}},
{"file": "attestazione-colobraro-enscript.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of avviso pubblico n. 4 of 13/04/2026 (Reg. pubbl. 287/2026, published 13/04-28/04/2026), dotted label leaders in a Courier report; enscript + Ghostscript",
 "act": {"municipality": "Comune di Colobraro", "kind": "attestazione", "number": 4, "date": "2026-04-13",
  "subject": "Avviso pubblico per la concessione in uso temporaneo dei locali dell’ex scuola elementare di contrada Pietra del Lupo ad associazioni del territorio."}},
{"file": "allegato-atella-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione n. 112 of 15/05/2026: provisional ranking of 46 applicants for rent contributions, merged title rows, header row repeated, file name in the running head, 3 pages; openpyxl -> LibreOffice Calc",
 "act": {"municipality": "Comune di Atella"}},
{"file": "avviso-floresta-halley.pdf", "role": "act",
 "what": "AVVISO N. 7/2026 of the Area Tecnica (pasture lots), title in capitals over three lines, table of lots, date in words in the closing line ('addì quattordici del mese di maggio duemilaventisei'), running head on page 2 and 'Pag. x di 2'; fpdf2 with CID/Identity-H TrueType",
 "act": {"municipality": "Comune di Floresta", "organ": "Area Tecnica", "office": "Servizio Patrimonio e Gestione del Territorio", "kind": "avviso", "number": 7, "date": "2026-05-14",
  "subject": "MANIFESTAZIONE DI INTERESSE PER L’ASSEGNAZIONE IN CONCESSIONE DEI LOTTI DI PASCOLO DEMANIALI DI CONTRADA POLVERELLO E MONTE SORO PER LA STAGIONE DI MONTICAZIONE 2026"}},
{"file": "avviso-montefortecilento-civilia.pdf", "role": "act",
 "what": "avviso d'asta pubblica: 'Avviso n. 2/2026 | Prot. n. 1204 | Data 13.05.2026' label grid under the letterhead, title in capitals over two lines, letterhead letter-spaced with Tc, justified text with per-line Tw; reportlab platypus",
 "act": {"municipality": "Comune di Monteforte Cilento", "organ": "Area Tecnica", "office": "Servizio Patrimonio", "kind": "avviso", "number": 2, "date": "2026-05-13",
  "subject": "AVVISO D’ASTA PUBBLICA PER L’ALIENAZIONE DI UN FABBRICATO RURALE E DI TERRENI DI PROPRIETÀ COMUNALE IN LOCALITÀ SAN MARTINO – PRIMO ESPERIMENTO"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
EXC = {}  # deliberate exceptions: none
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
