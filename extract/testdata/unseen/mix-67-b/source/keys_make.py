# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "relata-vermiglio-groff.pdf", "role": "certificate",
 "what": "RELATA DI NOTIFICA of the Ufficio Messi (chronological register n. 27/2026), notified 11/02/2026 at 9.40 by hand; the notified act (ordinanza del Sindaco n. 6 di data 9 febbraio 2026) in a boxed label/value table; tick boxes as [X]; groff -ms + tbl through gropdf",
 "act": {"municipality": "Comune di Vermiglio", "kind": "attestazione", "number": 6, "date": "2026-02-09",
  "subject": "Rimozione del legname e del materiale di risulta depositati sulla pertinenza della strada comunale per la località Stavel, in prossimità della p.f. 2114/3 C.C. Vermiglio, e ripristino dello stato dei luoghi."}},
{"file": "certificato-santafiora-writer.pdf", "role": "certificate",
 "what": "CERTIFICATO DI ESECUTIVITÀ of Consiglio Comunale deliberation n. 9 del 26.2.2026 (dates without leading zeros), published 3.3-18.3.2026 (Albo n. 187/2026), executive 14.3.2026 after ten days; the act in a Writer table whose label rows span four columns (flat ODF exported by LibreOffice)",
 "act": {"municipality": "Comune di Santa Fiora", "organ": "Consiglio Comunale", "kind": "certificato", "number": 9, "date": "2026-02-26",
  "subject": "Modifica del Regolamento comunale per l'esercizio dell'uso civico di raccolta delle castagne nei castagneti di proprietà collettiva del Monte Amiata.",
  "immediately_executive": False}},
{"file": "attestazione-mattinata-openpdf.pdf", "role": "certificate",
 "what": "ATTESTAZIONE DI PUBBLICAZIONE of a determinazione: one table row gives 'N. Reg. Albo 412/2026 | N. Reg. Generale 311 | N. Reg. Settore 47 | Data atto 05/03/2026 | Tipo atto Determinazione'; published 06/03-21/03/2026, attested 23/03/2026 (Java + OpenPDF 1.3.30, letterhead and foot by a page event)",
 "act": {"municipality": "Comune di Mattinata", "kind": "attestazione", "number": 311, "date": "2026-03-05",
  "subject": "Affidamento diretto del servizio di pulizia e manutenzione delle spiagge libere del litorale comunale per la stagione balneare 2026 – CIG B9D4F27A10 – Impegno di spesa."}},
{"file": "visto-soncino-wkhtml.pdf", "role": "certificate",
 "what": "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA as a page of its own, dated 26/02/2026, on the Area Tecnica's determinazione 'Registro di Area n. 58 del 24/02/2026' / 'Registro Generale n. 176 del 25/02/2026'; table of the two impegni (412 and 413/2026, total 19.159,30) (wkhtmltopdf)",
 "act": {"municipality": "Comune di Soncino", "kind": "visto", "number": 176, "date": "2026-02-25",
  "subject": "Lavori di restauro conservativo del tratto nord della cinta muraria e del camminamento di ronda della Rocca Sforzesca – 2° lotto – Affidamento del servizio di direzione lavori e coordinamento della sicurezza in fase di esecuzione – CUP G27B25000560004 – CIG B8E21C4F63 – Impegno di spesa."}},
{"file": "parere-comanoterme-latex.pdf", "role": "certificate",
 "what": "PARERE DI REGOLARITÀ TECNICA (art. 185 of the regional Codice degli enti locali, Trentino) of 3 March 2026 on Giunta proposal n. 31 di data 2 marzo 2026, boxed as 'Allegato alla deliberazione della Giunta comunale n. 27 di data 5 marzo 2026'; letter-spaced headings (pdfLaTeX, microtype \\textls, fancyhdr foot)",
 "act": {"municipality": "Comune di Comano Terme", "organ": "Giunta comunale", "kind": "parere", "number": 27, "date": "2026-03-05",
  "proposal_number": 31, "proposal_date": "2026-03-02",
  "subject": "Lavori di sistemazione del percorso pedonale lungo il fiume Sarca in località Ponte Arche – Approvazione del progetto esecutivo – CUP D27H25001230005."}},
{"file": "allegato-capoliveri-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 38 of 10/03/2026: quadro economico of an executive project (A lavori, B somme a disposizione, total 520.000,00), section rows merged across the sheet; openpyxl .xlsx printed by LibreOffice Calc, sheet name as running head",
 "act": {"municipality": "Comune di Capoliveri"}},
{"file": "allegato-benetutti-enscript.pdf", "role": "attachment",
 "what": "Allegato 1 to determinazione 52 of 12/03/2026: list of 46 pseudonymised beneficiaries of the rent-support grant (L. 431/1998), a 132-column Courier report in capitals printed landscape over 2 pages, heading repeated on each page (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Benetutti"}},
{"file": "estratto-acquasantaterme-reportlab.pdf", "role": "act",
 "what": "ESTRATTO of Giunta deliberation n. 14 del 26.2.2026, date and hour in words ('addì ventisei del mese di febbraio, alle ore 12,30'), premises cut by '(omissis)', roll as a ruled table with X marks, F.to signatures, publication note and a boxed 'PER ESTRATTO CONFORME ALL'ORIGINALE'; every justified line its own text object with Tw, headings letter-spaced with Tc, running head and foot on both pages (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Acquasanta Terme", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14, "date": "2026-02-26", "time": "12:30",
  "subject": "Lavori di ripristino della passerella pedonale sul fiume Tronto in località Centrale danneggiata dagli eventi meteorologici del novembre 2025 – Approvazione del progetto di fattibilità tecnico-economica – CUP G37H26000040002.",
  "attendees": [A("CAPPELLI Pierluigi", "Sindaco"), A("MARCOZZI Elisa", "Vicesindaco"), A("NARDINOCCHI Domenico", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Pierluigi Cappelli"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giuseppe Ciabattoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-bienno-pdfbox.pdf", "role": "act",
 "what": "copy of a determinazione of the Area Tecnica, 'N. 47/2026 R.G. del 03/03/2026', 'Reg. Area Tecnica n. 9', 'Proposta n. 58 del 02/03/2026' in a box at the top right; visto contabile on page 2 and a red 'COPIA CONFORME ALL'ORIGINALE' stamp (a Form XObject rotated 8°); Type0/Identity-H Liberation fonts, justified lines drawn word by word, register box drawn first and letterhead last (Java + PDFBox 3.0.3)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bienno", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 47, "sector_number": 9, "date": "2026-03-03", "proposal_number": 58, "proposal_date": "2026-03-02",
  "subject": "Affidamento diretto dei lavori di manutenzione straordinaria della ruota idraulica e del maglio della Fucina Museo di via Glere – CIG B6F3A18D92 – Impegno di spesa."}},
{"file": "ordinanza-fordongianus-fpdf.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE 'n. 5 del 3.2.2026' of Fordongianus/Comunu de Forru closing the free thermal pools on the Tirso during embankment works; Italian/Sardinian letterhead and the register line repeated on both pages; ORDINA 1.-3., then an unnumbered DISPONE (fpdf2, DejaVu TTF as Type0)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fordongianus", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-02-03",
  "subject": "Divieto temporaneo di accesso e di balneazione nelle vasche termali libere in località Caddas, sulla sponda sinistra del fiume Tirso, per lavori urgenti di consolidamento dell'argine."}},
{"file": "decreto-mercatellosulmetauro-word.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO appointing the messi notificatori 2026-2028: its number 'N. 2 / 2026' only in a boxed cell of the Word header beside the letterhead, its date only in the closing line ('lì 16 febbraio 2026'); DECRETA 1)-4) (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mercatello sul Metauro", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-02-16",
  "subject": "Nomina dei messi notificatori comunali per il triennio 2026-2028."}},
{"file": "avviso-sanvitodeinormanni-chromium.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO 'n. 3 del 27.02.2026' (Prot. n. 4127) of the Settore III for market pitches; title under the heading, seven articles set in two CSS columns with a table inside, running head and foot (headless Chromium)",
 "act": {"municipality": "Comune di San Vito dei Normanni", "organ": "SETTORE III – SVILUPPO ECONOMICO E ATTIVITÀ PRODUTTIVE", "office": "Servizio SUAP e Commercio",
  "kind": "avviso", "number": 3, "date": "2026-02-27",
  "subject": "Assegnazione in concessione decennale dei posteggi liberi nel mercato settimanale del sabato nell'area mercatale di via Carovigno"}},
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
    if "number" in a: strs.append(("number", str(a["number"])))
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss if miss else "")
sys.exit(1 if bad else 0)
