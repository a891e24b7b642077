# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "relata-monesiglio-enscript.pdf", "role": "certificate",
 "what": "relata di notifica of the Messo comunale (register of notifications 37/2026) for ordinanza sindacale 6 of 02/04/2026, notified 07/04/2026; 80-column Courier in capitals with dashed rules (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Monesiglio", "kind": "relata", "number": 6, "date": "2026-04-02",
  "subject": "RIMOZIONE DI MATERIALE LEGNOSO DEPOSITATO LUNGO LA STRADA COMUNALE DELLA LANGA IN LOCALITA BRICCO - ORDINE AL PROPRIETARIO"}},
{"file": "relata-roccamonfina-halley.pdf", "role": "certificate",
 "what": "relata di notifica in prose ('addì quattordici del mese di aprile') of ordinanza dirigenziale 11 of 09.04.2026; every glyph its own Tm+Tj, justified by moving glyphs; protocol stamp rotated 90° in the right margin",
 "act": {"municipality": "Comune di Roccamonfina", "kind": "relata", "number": 11, "date": "2026-04-09",
  "subject": "Ingiunzione di demolizione delle opere edilizie abusive realizzate in località Santa Croce, foglio 12 particella 418, e di ripristino dello stato dei luoghi."}},
{"file": "certificato-piozzo-writer.pdf", "role": "certificate",
 "what": "certificato di esecutività (executive after ten days of publication, 11/04/2026) of Consiglio comunale deliberation 9 of 27/03/2026, label table Organo/Deliberazione/Oggetto (HTML as Writer document, LibreOffice)",
 "act": {"municipality": "Comune di Piozzo", "organ": "Consiglio Comunale", "kind": "attestazione", "number": 9, "date": "2026-03-27",
  "subject": "Approvazione del Regolamento per la disciplina del canone unico patrimoniale – modifiche agli articoli 12 e 31."}},
{"file": "certificato-vallinfreda-groff.pdf", "role": "certificate",
 "what": "certificato di esecutività (immediately executable, art. 134 c. 4) of Giunta deliberation 21 of 16.04.2026 with publication register n. 143 (groff -ms + Ghostscript)",
 "act": {"municipality": "Comune di Vallinfreda", "organ": "Giunta Comunale", "kind": "attestazione", "number": 21, "date": "2026-04-16",
  "subject": "Concessione di un contributo straordinario alla Pro Loco di Vallinfreda per la Sagra della Castagna 2026."}},
{"file": "parere-menconico-sicraweb.pdf", "role": "certificate",
 "what": "parere di regolarità tecnica, one page, on Giunta proposal 18 of 08/04/2026, dated 09/04/2026, label table with a merged label cell (fpdf2)",
 "act": {"municipality": "Comune di Menconico", "organ": "Giunta Comunale", "kind": "parere", "proposal_number": 18, "proposal_date": "2026-04-08",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Menconico – Cella di Bobbio. CUP E27H26000120004."}},
{"file": "parere-alvignano-wkhtml.pdf", "role": "certificate",
 "what": "parere di regolarità contabile with tick boxes [X] FAVOREVOLE, on Consiglio proposal 34 of 15/04/2026 (ratification of a Giunta budget variation), dated 16/04/2026 (wkhtmltopdf)",
 "act": {"municipality": "Comune di Alvignano", "organ": "Consiglio Comunale", "kind": "parere", "proposal_number": 34, "proposal_date": "2026-04-15",
  "subject": "Ratifica della deliberazione di Giunta Comunale n. 41 del 30/03/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026-2028\"."}},
{"file": "attestazione-senerchia-civilia.pdf", "role": "certificate",
 "what": "attestazione di copertura finanziaria (visto art. 183 c. 7) on determinazione 52 of 20/04/2026, R.G. 118 of 21/04/2026, with an impegno table; lines justified with Tw, headings letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Comune di Senerchia", "organ": "Area Amministrativa", "kind": "attestazione", "number": 118, "sector_number": 52, "date": "2026-04-21",
  "subject": "Servizio di trasporto scolastico per gli alunni della scuola primaria e secondaria di primo grado - proroga tecnica fino al 30 giugno 2026. Impegno di spesa. CIG B9D4F27A15."}},
{"file": "attestazione-camerana-latex.pdf", "role": "certificate",
 "what": "certificate of publication in prose, Giunta deliberation 14 of 22 aprile 2026, published 24/04–09/05/2026 (register 96), date in words; letter-spaced running head and title (pdfLaTeX, microtype)",
 "act": {"municipality": "Comune di Camerana", "organ": "Giunta Comunale", "kind": "attestazione", "number": 14, "date": "2026-04-22",
  "subject": "Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio alla Pro Loco di Camerana."}},
{"file": "attestazione-jenne-chromium.pdf", "role": "certificate",
 "what": "attestato di avvenuta pubblicazione as a grid of grey labels (Tipo atto / Area / Numero 'Reg. Gen. 87 – Reg. Area 29' / Data adozione ...), determinazione of 23/04/2026, Albo n. 211 (Chromium, CSS grid)",
 "act": {"municipality": "Comune di Jenne", "organ": "Area Tecnica Manutentiva", "kind": "attestazione", "number": 87, "sector_number": 29, "date": "2026-04-23",
  "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e manutenzione del verde pubblico – stagione 2026 – CIG B8E61C0D93 – Impegno di spesa."}},
{"file": "attestazione-zavattarello-hypersic.pdf", "role": "certificate",
 "what": "certificate of publication of mayoral decree 4 of 24/04/2026 whose data sit in a red stamp-like box (a Form XObject drawn first, rotated 6°, reg. pubbl. 158/2026); letterhead also a Form XObject; body drawn last",
 "act": {"municipality": "Comune di Zavattarello", "kind": "attestazione", "number": 4, "date": "2026-04-24",
  "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione per il periodo 1 maggio 2026 - 30 aprile 2027."}},
{"file": "allegato-laviano-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione Area Servizi Sociali 33 of 28/04/2026: table of 16 pseudonymised beneficiaries of the 2026 rent grant, merged title and total cells (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "Comune di Laviano"}},
{"file": "allegato-cecima-twocol.pdf", "role": "attachment",
 "what": "Allegato B to Giunta deliberation 19 of 29/04/2026: first page of the relazione tecnica generale of a slope-consolidation project, boxed title block and two-column body (reportlab platypus frames; producer string set)",
 "act": {"municipality": "Comune di Cecima"}},
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
assert len(K) == 12
raise SystemExit(1 if bad else 0)
