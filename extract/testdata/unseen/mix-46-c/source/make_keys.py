#!/usr/bin/env python3
"""Writes ../keys.json and checks that every keyed string occurs in the
`pdftotext -layout` output of its PDF (whitespace collapsed, case-insensitive for
organs/offices/names/roles/municipality, exact for subjects)."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

keys = [
 {"file": "deliberazione-paviadiudine-reportlab.pdf",
  "role": "act",
  "what": "Giunta deliberation 38/2026 (ReportLab): register box top right, subject in a boxed OGGETTO row, roll as a table with Presente/Assente X columns, numbered points 1-4, publication box",
  "operative_points": 4,
  "act": {
   "municipality": "Comune di Pavia di Udine",
   "organ": "Giunta Comunale",
   "kind": "deliberazione",
   "number": 38, "date": "2026-03-12", "time": "18:00",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA SCUOLA PRIMARIA “G. MARCONI” DI LAUZACCO – CUP E27H26000120004",
   "proposing_office": "Area Tecnica e Tecnico-Manutentiva",
   "proposal_number": 45, "proposal_date": "2026-03-05",
   "attendees": [
    {"name": "TOSOLINI MARCO", "role": "Sindaco", "present": True},
    {"name": "PERESSINI ELENA", "role": "Vicesindaco", "present": True},
    {"name": "DEL FABBRO LUCA", "role": "Assessore", "present": True},
    {"name": "CANDOTTI SILVIA", "role": "Assessore", "present": True},
    {"name": "ZULIANI FABIO", "role": "Assessore", "present": False}],
   "president": {"title": "sig.", "role": "Sindaco", "name": "Marco Tosolini"},
   "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Cudicio"},
   "vote": "unanimous",
   "immediately_executive": True}},
 {"file": "deliberazione-mondavio-docxtemplater.pdf",
  "role": "act",
  "what": "Consiglio deliberation 9/2026 (Word template filled by docxtemplater, LibreOffice): number in the title line, subject in a two-cell table, roll of 11 as a table with Pres./Ass. columns, vote by counts in prose, points 1)-3)",
  "operative_points": 3,
  "act": {
   "municipality": "Comune di Mondavio",
   "organ": "Consiglio Comunale",
   "kind": "deliberazione",
   "number": 9, "date": "2026-02-26", "time": "21:00",
   "subject": "Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifica degli articoli 12 e 27.",
   "attendees": [
    {"name": "CESARONI ALBERTO", "role": "Sindaco", "present": True},
    {"name": "GIULIANI MARTA", "role": "Consigliere", "present": True},
    {"name": "BARTOLUCCI ENRICO", "role": "Consigliere", "present": True},
    {"name": "PIERINI SARA", "role": "Consigliere", "present": True},
    {"name": "MARCHETTI DAVIDE", "role": "Consigliere", "present": False},
    {"name": "ROMAGNOLI FEDERICA", "role": "Consigliere", "present": True},
    {"name": "TOMASSINI LUIGI", "role": "Consigliere", "present": True},
    {"name": "SERAFINI ANNALISA", "role": "Consigliere", "present": True},
    {"name": "DOMINICI PAOLO", "role": "Consigliere", "present": True},
    {"name": "FABBRI CHIARA", "role": "Consigliere", "present": False},
    {"name": "BRUSCHI MATTEO", "role": "Consigliere", "present": True}],
   "president": {"title": "Avv.", "role": "Sindaco", "name": "Alberto Cesaroni"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Michele Paolucci"},
   "vote": "majority",
   "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
   "immediately_executive": True}},
 {"file": "deliberazione-palagonia-pagedjs.pdf",
  "role": "act",
  "what": "Giunta Municipale deliberation 27/2026 (Paged.js on Chromium): number/date/subject in a label grid, roll in prose (“sono presenti i Sigg.: …; risulta assente …”), running head and 'Pagina x di y' from @page boxes, points 1-5",
  "operative_points": 5,
  "act": {
   "municipality": "Comune di Palagonia",
   "organ": "Giunta Municipale",
   "kind": "deliberazione",
   "number": 27, "date": "2026-03-04", "time": "13:30",
   "subject": "Atto di indirizzo per l'organizzazione dei festeggiamenti in onore di Santa Febronia, patrona di Palagonia – Anno 2026. Assegnazione risorse al Responsabile dell'Area Amministrativa.",
   "proposal_number": 31, "proposal_date": "2026-03-02",
   "attendees": [
    {"name": "SCIRÈ ANTONINO", "role": "Sindaco", "present": True},
    {"name": "LO GIUDICE MARIA", "role": "Vice Sindaco", "present": True},
    {"name": "FAZIO SALVATORE", "role": "Assessore", "present": True},
    {"name": "CALTABIANO ROSA", "role": "Assessore", "present": True},
    {"name": "MIRABELLA GIUSEPPE", "role": "Assessore", "present": False}],
   "president": {"title": "Avv.", "role": "Sindaco", "name": "Antonino Scirè"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Carmela Nicotra"},
   "vote": "unanimous",
   "immediately_executive": True}},
 {"file": "determinazione-torricellapeligna-pdfme.pdf",
  "role": "act",
  "what": "determinazione of the Area Tecnica (pdfme): label grid with sector n. 41 adopted 09/03/2026 and Registro Generale n. 118 registered 10/03/2026, points 1-5, visto contabile box",
  "operative_points": 5,
  "act": {
   "municipality": "Comune di Torricella Peligna",
   "organ": "Area Tecnica",
   "office": "Servizio Lavori Pubblici e Manutenzioni",
   "kind": "determinazione",
   "number": 118, "sector_number": 41, "date": "2026-03-10",
   "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di sgombero neve e trattamento antighiaccio della viabilità comunale – stagione invernale 2025/2026 – integrazione impegno di spesa. CIG B7F3A21C04"}},
 {"file": "determinazione-cellamare-vivliostyle.pdf",
  "role": "act",
  "what": "determinazione dirigenziale (Vivliostyle): label grid with Reg. Sett. n. 67 of 06/03/2026 and Reg. Gen. 203 of 11/03/2026, subject under an OGGETTO label, four bulleted points, running head from page 2",
  "operative_points": 4,
  "act": {
   "municipality": "Comune di Cellamare",
   "organ": "Settore Affari Generali e Servizi alla Persona",
   "office": "Servizio Pubblica Istruzione",
   "kind": "determinazione",
   "number": 203, "sector_number": 67, "date": "2026-03-11",
   "subject": "Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture mesi di gennaio e febbraio 2026 in favore della ditta Autolinee Lorusso s.r.l. – CIG A04C7E18B2"}},
 {"file": "determinazione-elimoericini-docx4j.pdf",
  "role": "act",
  "what": "determinazione of an Unione's Settore I / Centrale Unica di Committenza (docx4j via Apache FOP): number and date in the heading sentence, proposal line under it, subject in a table row, points 1)-4)",
  "operative_points": 4,
  "act": {
   "municipality": "Unione dei Comuni Elimo Ericini",
   "organ": "Settore I – Affari Generali",
   "office": "Centrale Unica di Committenza",
   "kind": "determinazione",
   "number": 15, "date": "2026-03-10",
   "subject": "Procedura aperta per l'affidamento del servizio di refezione scolastica per il Comune di Valderice – aa.ss. 2026/2027 e 2027/2028 – Nomina della commissione giudicatrice. CIG B9C21D7A40",
   "proposal_number": 17, "proposal_date": "2026-03-09"}},
 {"file": "ordinanza-barisardo-pdflatex.pdf",
  "role": "act",
  "what": "ordinanza contingibile e urgente of the Sindaco (pdfLaTeX): register number and date in a box in the left margin, subject after OGGETTO:, ORDINA with points 1.-3.",
  "operative_points": 3,
  "act": {
   "municipality": "Comune di Bari Sardo",
   "organ": "Sindaco",
   "kind": "ordinanza",
   "number": 5, "date": "2026-03-13",
   "subject": "Chiusura temporanea al transito veicolare e pedonale della strada comunale “Is Cortis – Planu ’e Murta” per smottamento della scarpata e cedimento della sede stradale."}},
 {"file": "avviso-monterubbiano-quarkxpress.pdf",
  "role": "act",
  "what": "numbered avviso pubblico n. 3/2026 laid out as a flyer (colour band, two columns, Art. 1-7), protocol 1842 of 09/03/2026 in a strip; Chromium",
  "act": {
   "municipality": "Comune di Monterubbiano",
   "organ": "Area Amministrativa",
   "office": "Servizio Commercio e Attività Produttive",
   "kind": "avviso",
   "number": 3, "date": "2026-03-09",
   "subject": "Concessione di contributi a fondo perduto a sostegno delle attività commerciali, artigianali e di somministrazione del centro storico – Anno 2026"}},
 {"file": "attestazione-premariacco-django.pdf",
  "role": "certificate",
  "what": "certificate of publication (Django page via wkhtmltopdf) of Giunta deliberation 21/2026 of 05/03/2026, Albo n. 233/2026, published 06/03-21/03/2026, signed 23/03/2026",
  "act": {
   "municipality": "Comune di Premariacco",
   "kind": "attestazione",
   "number": 21, "date": "2026-03-05",
   "subject": "Concessione in uso temporaneo della palestra comunale di Orsaria alle associazioni sportive del territorio – stagione 2025/2026 – approvazione tariffe orarie e schema di convenzione."}},
 {"file": "allegato-alessano-excel.pdf",
  "role": "attachment",
  "what": "Allegato A to Giunta deliberation 31/2026: tariff table of the servizi a domanda individuale, an Excel workbook printed by LibreOffice Calc (sheet header and file-name footer)",
  "act": {"municipality": "Comune di Alessano"}},
 {"file": "convocazione-scerni-beamer.pdf",
  "role": "notice",
  "what": "convocation of the Consiglio Comunale for 19/03/2026 at 18:30 as two beamer frames (notice, then the five-item agenda), protocol 1366 of 12/03/2026 in the footline",
  "act": {
   "municipality": "Comune di Scerni",
   "kind": "convocazione",
   "date": "2026-03-12", "time": "18:30",
   "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-nordogliastra-adobeexpress.pdf",
  "role": "notice",
  "what": "unnumbered avviso alla cittadinanza of an Unione (one-page flyer: colour band, four tiles, contact band), dated Lotzorai 11/03/2026; Chromium",
  "act": {
   "municipality": "Unione dei Comuni del Nord Ogliastra",
   "office": "Servizio Igiene Urbana",
   "kind": "avviso",
   "date": "2026-03-11",
   "subject": "RACCOLTA DEGLI INGOMBRANTI E DEI RAEE A DOMICILIO: NUOVE MODALITÀ DI PRENOTAZIONE DAL 1° APRILE 2026"}},
]


def text(pdf):
    t = subprocess.run(["pdftotext", "-layout", os.path.join(OUT, pdf), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", t)


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


# keyed strings that pdftotext -layout interleaves with other text (explained in NOTES.md)
EXPLAINED = {("deliberazione-palagonia-pagedjs.pdf", "subject")}

bad = 0
for k in keys:
    t = text(k["file"])
    tl = t.lower()
    a = k.get("act", {})
    checks = []
    if "subject" in a:
        checks.append(("subject", a["subject"], t))
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a:
            checks.append((f, a[f], tl))
    for f in ("date", "proposal_date"):
        if f in a:
            checks.append((f, dmy(a[f]), t))
    for p in a.get("attendees", []):
        checks.append(("attendee", p["name"], t))
        checks.append(("role", p["role"], tl))
    for f in ("president", "secretary"):
        if f in a:
            checks.append((f, a[f]["name"], t))
            checks.append((f + ".role", a[f]["role"], tl))
            if "title" in a[f]:
                checks.append((f + ".title", a[f]["title"], t))
    if "time" in a:
        checks.append(("time", a["time"], t))
    for name, s, hay in checks:
        s2 = re.sub(r"\s+", " ", s)
        if hay is tl:
            s2 = s2.lower()
        if s2 not in hay:
            if (k["file"], name) in EXPLAINED:
                print("explained:", k["file"], name)
                continue
            bad += 1
            print("MISSING", k["file"], name, repr(s))

with open(os.path.join(OUT, "keys.json"), "w", encoding="utf-8") as f:
    json.dump(keys, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("keys:", len(keys), "missing:", bad)
sys.exit(1 if bad else 0)
