# writes ../keys.json (the answer keys) and checks every keyed string against pdftotext -layout
import json, subprocess, re, os, sys
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K = [
 {"file": "deliberazione-mottadilivenza-studiostorti.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 (Studio Storti-like print, ReportLab): letterhead, title box, number box beside the OGGETTO box, roll as a table with X marks, numbered dispositive, pareri box, publication and executivity boxes, running foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Motta di Livenza", "organ": "Giunta Comunale", "kind": "deliberazione",
   "number": 41, "date": "2026-03-12", "time": "12:30",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA PISTA CICLOPEDONALE DI VIA CAVALLOTTI – CUP E41B26000120004",
   "proposing_office": "Area Tecnica – Servizio Lavori Pubblici e Manutenzioni", "proposal_number": 52, "proposal_date": "2026-03-09",
   "attendees": att([("BORTOLUZZI ELENA", "Sindaco", True), ("MARCON DAVIDE", "Vicesindaco", True), ("TONON GIULIA", "Assessore", True),
                     ("DE PICCOLI STEFANO", "Assessore", False), ("CESCON MARTA", "Assessore", True)]),
   "president": {"title": "Dott.ssa", "role": "Sindaco", "name": "Elena Bortoluzzi"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Renato Visentin"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-montegiorgio-openpdf.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (OpenPDF report): letterhead table, register grid (Numero/Data/Seduta/Convocazione), Oggetto beside its label, numbered two-block roll (1-7 left, 8-13 right) with P/A, vote in a table (majority), numbered dispositive 1)-3), page x of y foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Montegiorgio", "organ": "Consiglio Comunale", "kind": "deliberazione",
   "number": 9, "date": "2026-03-27", "time": "21:00",
   "subject": "Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifiche agli articoli 12, 27 e 41.",
   "proposing_office": "Settore Economico-Finanziario", "proposal_number": 11, "proposal_date": "2026-03-12",
   "attendees": att([("FERRACUTI ANDREA", "Sindaco", True), ("VITALI CHIARA", "Consigliere", True), ("PROPERZI MATTEO", "Consigliere", True),
                     ("MARINANGELI SARA", "Consigliere", True), ("SCENDONI LUCA", "Presidente del Consiglio", True), ("CAPANCIONI ELISA", "Consigliere", False),
                     ("MANCINI GIORGIO", "Consigliere", True), ("COGNIGNI FEDERICA", "Consigliere", True), ("VESPRINI ROBERTO", "Consigliere", True),
                     ("CIARROCCHI ANNA", "Consigliere", False), ("LUCIANI PIETRO", "Consigliere", True), ("GIUSTOZZI MARCO", "Consigliere", True),
                     ("PIERONI LAURA", "Consigliere", True)]),
   "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Luca Scendoni"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Silvia Tombolini"},
   "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 7, "against": 3, "abstained": 1},
   "immediately_executive": True}},
 {"file": "deliberazione-unionetrulli-chromium.pdf", "role": "act",
  "what": "Giunta dell'Unione deliberation 7/2026 (HTML printed by headless Chromium, CSS @page running head and foot): label grid with proposal, OGGETTO in a side-ruled block, roll in prose (present, then the absent one), bulleted dispositive, publication box",
  "operative_points": 3,
  "act": {"municipality": "Unione dei Comuni “Terra dei Trulli e di Barsento”", "organ": "Giunta dell'Unione", "kind": "deliberazione",
   "number": 7, "date": "2026-03-18", "time": "10:30",
   "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di Polizia Locale – annualità 2026-2027.",
   "proposing_office": "Servizio Polizia Locale associata", "proposal_number": 9, "proposal_date": "2026-03-11",
   "attendees": att([("Giuseppe Laera", "Presidente", True), ("Angela Intini", "Vice Presidente", True), ("Vito Lenoci", "Componente", True),
                     ("Rosa Gentile", "Componente", True), ("Michele Sportelli", "Componente", False)]),
   "president": {"title": "Ing.", "role": "Presidente", "name": "Giuseppe Laera"},
   "secretary": {"title": "Dott.", "role": "Segretario dell'Unione", "name": "Nicola Dell'Aera"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-buja-wkhtmltopdf.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (HTML via wkhtmltopdf): label grid with Area, Servizio, general and service registers and proposal, OGGETTO box, numbered dispositive with a commitment table, visto contabile box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Buja", "organ": "Area Tecnica e Tecnico-Manutentiva", "office": "Servizio Manutenzioni e Patrimonio",
   "kind": "determinazione", "number": 212, "sector_number": 58, "date": "2026-03-16",
   "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di sfalcio dei cigli stradali e delle aree verdi comunali – stagione 2026 – alla ditta Verde Collinare S.r.l. – CIG B7C4D21E90 – Impegno di spesa.",
   "proposal_number": 247, "proposal_date": "2026-03-13"}},
 {"file": "determinazione-cepagatti-infordata.pdf", "role": "act",
  "what": "DETERMINAZIONE DIRIGENZIALE of Settore III (TCPDF, a tributi/atti package's print): Settore/Servizio banner, two-column register box (general, sector), OGGETTO: label, numbered dispositive, running head from page 2, visto contabile table and publication box on page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Cepagatti", "organ": "Settore III - Economico Finanziario", "office": "Servizio Tributi ed Entrate Patrimoniali",
   "kind": "determinazione", "number": 87, "sector_number": 19, "date": "2026-03-10",
   "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMU PER LE ANNUALITÀ 2023 E 2024 - CONTRIBUENTI VARI - IMPEGNO E LIQUIDAZIONE DI SPESA."}},
 {"file": "determinazione-pomarico-namirial.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa (fpdf2), number and date (in words) in the heading sentence, sector number in brackets, subject as an unlabelled title block, dash-bulleted dispositive, Namirial-style signature stamp in every page's foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Pomarico", "organ": "Area Amministrativa", "office": "Ufficio Servizi Sociali",
   "kind": "determinazione", "number": 143, "sector_number": 41, "date": "2026-03-19",
   "subject": "Contributo economico straordinario a nuclei familiari in condizioni di disagio socio-economico – I trimestre 2026 – Approvazione elenco beneficiari e impegno di spesa."}},
 {"file": "ordinanza-isoletremiti-docx.pdf", "role": "act",
  "what": "ordinanza sindacale 6/2026 (python-docx .docx converted by LibreOffice): letterhead table, protocol line, title with number and date, OGGETTO in a one-cell table, numbered ORDINA points, DISPONE, appeal clause, Word header and page x of y footer",
  "operative_points": 5,
  "act": {"municipality": "Comune di Isole Tremiti", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-24",
   "subject": "Disciplina temporanea delle operazioni di carico e scarico merci sul molo di San Domino e divieto di transito veicolare in Via Diomede dal 1° aprile al 31 maggio 2026."}},
 {"file": "avviso-unionefeltrina-odfpy.pdf", "role": "act",
  "what": "numbered AVVISO PUBBLICO 3/2026 of a mountain union (ODT written with odfpy, converted by LibreOffice): logo caption, Area/Servizio line, protocol stamp table, OGGETTO line, articles 1-7 with a criteria table, running head and page x of y foot",
  "act": {"municipality": "Unione Montana Feltrina", "organ": "Area Affari Generali", "office": "Servizio Cultura, Turismo e Associazionismo",
   "kind": "avviso", "number": 3, "date": "2026-03-20",
   "subject": "Concessione di contributi alle associazioni del territorio per iniziative culturali e di promozione della montagna – anno 2026."}},
 {"file": "attestazione-corropoli-enscript.pdf", "role": "certificate",
  "what": "certificate of publication of Consiglio deliberation 12/2026 (plain-text spool of an old Unix albo program, GNU enscript + Ghostscript): dotted label/value lines, CERTIFICA, Messo and Segretario",
  "act": {"municipality": "Comune di Corropoli", "kind": "attestazione", "number": 12, "date": "2026-03-05",
   "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO RIFIUTI E DELLE TARIFFE TARI PER L’ANNO 2026."}},
 {"file": "allegato-acerenza-calc.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 28/2026: a landscape LibreOffice Calc sheet of tariffs of services on individual demand, with coverage summary, sheet header and footer",
  "act": {"municipality": "Comune di Acerenza"}},
 {"file": "convocazione-mondolfo-latex.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 31/03/2026 18:30 (pdfLaTeX letter): letterhead, protocol and date, addressees, title, framed date of the sitting, numbered agenda, signature of the Presidente del Consiglio",
  "act": {"municipality": "Comune di Mondolfo", "kind": "convocazione", "date": "2026-03-24",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-staranzano-pdfmake.pdf", "role": "notice",
  "what": "unnumbered AVVISO on summer-camp enrolment (pdfmake on Node): poster-like title, table of periods, bullets, QR caption, signature",
  "act": {"municipality": "Comune di Staranzano", "office": "Servizio Istruzione, Cultura e Politiche Giovanili", "kind": "avviso", "date": "2026-03-25",
   "subject": "ISCRIZIONI AI CENTRI ESTIVI COMUNALI 2026"}},
]
json.dump(K, open(os.path.join(OUT, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def it_date(iso):
    y, m, d = iso.split("-"); return [f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{int(d)} "]
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(OUT, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k["act"]
    checks = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office", "time"):
        if f in a: checks.append((f, a[f]))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: checks.append((f, str(a[f])))
    for p in ("president", "secretary"):
        if p in a:
            for x in a[p].values(): checks.append((p, x))
    for r in a.get("attendees", []):
        checks.append(("attendee", r["name"])); checks.append(("role", r["role"]))
    for f, v in checks:
        if norm(v) not in txt:
            bad += 1; print("MISSING", k["file"], f, repr(v))
    for f in ("date", "proposal_date"):
        if f in a and not any(norm(x) in txt for x in it_date(a[f])):
            bad += 1; print("MISSING", k["file"], f, a[f])
print("checked", len(K), "keys;", bad, "missing")
