import json
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K = []
K.append({"file": "delibera-benevagienna-docway.pdf", "role": "act",
 "what": "Giunta deliberation 38/2026 (Writer print of a Docway-style minute): title + 'N. 38', boxed OGGETTO, date and time only in words/prose and in the running foot, roll as a 4-column table with X marks, numbered points 1-4, publication report at the end",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bene Vagienna", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38,
  "date": "2026-04-14", "time": "18:00",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA E RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “G. B. GASTALDI” – CUP H37H26000120004.",
  "attendees": att([("GIRAUDO ENRICO", "Sindaco", True), ("BOTTERO SILVIA", "Vice Sindaco", True), ("MARENGO PAOLO", "Assessore", False), ("TESTA ROBERTA", "Assessore", True), ("DOTTA GIANLUCA", "Assessore", True)]),
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Enrico GIRAUDO"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura BRUNO"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "delibera-sassomarconi-docer.pdf", "role": "act",
 "what": "Consiglio deliberation 21/2026 (ReportLab, Doc/er-style register box with number, date, proposal and proposing structure), subject under an 'OGGETTO' label, roll of 17 in two numbered columns (P/A), majority vote with counts in a bold line, numbered points 1)-3)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Sasso Marconi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 21,
  "date": "2026-04-27", "time": "20:30",
  "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028 (ART. 175, COMMA 2, D.LGS. 267/2000) E APPLICAZIONE DI QUOTA VINCOLATA DEL RISULTATO DI AMMINISTRAZIONE 2025",
  "proposing_office": "AREA SERVIZI FINANZIARI", "proposal_number": 27, "proposal_date": "2026-04-15",
  "attendees": att([("MARTELLI LUCA", "Sindaco", True), ("FORNASARI ELENA", "Presidente", True), ("BARBIERI DAVIDE", "Consigliere", True),
           ("CASADIO MONICA", "Consigliere", True), ("DEGLI ESPOSTI FILIPPO", "Consigliere", True), ("GAMBERINI SARA", "Consigliere", True),
           ("LODI ALESSANDRO", "Consigliere", True), ("MAZZONI CHIARA", "Consigliere", False), ("NANNI ROBERTO", "Consigliere", True),
           ("PEDRINI GIULIA", "Consigliere", True), ("RIGHI STEFANO", "Consigliere", True), ("SERRA VALENTINA", "Consigliere", True),
           ("TAROZZI MARCO", "Consigliere", True), ("VENTURI ANNA", "Consigliere", True), ("ZANARDI PAOLO", "Consigliere", True),
           ("BONORA IVAN", "Consigliere", True), ("COSTA FEDERICA", "Consigliere", True)]),
  "president": {"role": "Presidente del Consiglio", "name": "Elena Fornasari"},
  "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Andrea Puccetti"},
  "vote": "majority", "vote_counts": {"present": 16, "voters": 15, "in_favour": 11, "against": 4, "abstained": 1},
  "immediately_executive": True}})
K.append({"file": "delibera-montecorvinorovella-wkhtmltopdf.pdf", "role": "act",
 "what": "Giunta deliberation 57/2026 printed from a web application by wkhtmltopdf: label grid (Numero, Data seduta, Proposta, Ufficio proponente), subject in a bar after 'OGGETTO:', roll in prose ('Sono presenti i Sigg.: … ; risulta assente …'), numbered points 1-5, pareri table, CAD signature line",
 "operative_points": 5,
 "act": {"municipality": "Comune di Montecorvino Rovella", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 57,
  "date": "2026-04-16", "time": "13:15",
  "subject": "Concessione di un contributo straordinario all’Associazione Pro Loco “Rovella” per l’organizzazione della manifestazione “Maggio Rovellese 2026”. Atto di indirizzo.",
  "proposing_office": "Area Amministrativa – Servizi Culturali", "proposal_number": 64, "proposal_date": "2026-04-13",
  "attendees": att([("Vincenzo Di Muro", "Sindaco", True), ("Angela Russomando", "Vice Sindaco", True), ("Carmine Trotta", "Assessore", True), ("Lucia Cuozzo", "Assessore", True), ("Gerardo Vicinanza", "Assessore", False)]),
  "president": {"title": "Avv.", "role": "Sindaco", "name": "Vincenzo Di Muro"},
  "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Raffaele Cirillo"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-villafrancadiverona-arxivar.pdf", "role": "act",
 "what": "determinazione dirigenziale (OpenPDF, ARXivar-style label grid: SETTORE / SERVIZIO / Reg. Generale n. 412 del 15/04/2026 / Reg. Settore n. 87 del 14/04/2026 / OGGETTO), numbered points 1-5, accounting visa box, running foot with page x of y",
 "operative_points": 5,
 "act": {"municipality": "Comune di Villafranca di Verona", "organ": "SETTORE LAVORI PUBBLICI E PATRIMONIO", "office": "Manutenzioni e Verde Pubblico",
  "kind": "determinazione", "number": 412, "sector_number": 87, "date": "2026-04-15",
  "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DELLE AREE VERDI DI PERTINENZA DEGLI EDIFICI SCOLASTICI - PERIODO MAGGIO/OTTOBRE 2026 - IMPEGNO DI SPESA."}})
K.append({"file": "determina-stilo-laminas.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa (TCPDF from a PHP web app): Area and Servizio in a boxed heading, register box with Registro di Area n. 31 del 16/04/2026 and Registro Generale N. 96 del 17/04/2026, OGGETTO beside its label, four bulleted points, publication box",
 "operative_points": 4,
 "act": {"municipality": "Comune di Stilo", "organ": "Area Amministrativa", "office": "Servizio Pubblica Istruzione e Trasporto Scolastico",
  "kind": "determinazione", "number": 96, "sector_number": 31, "date": "2026-04-17",
  "subject": "Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture periodo gennaio–marzo 2026 in favore della ditta Autolinee Locride Bus s.r.l. – CIG B2F0A19D77."}})
K.append({"file": "determina-ucman-latex.pdf", "role": "act",
 "what": "determinazione dirigenziale of an Unione (pdflatex): running head with the member Comuni and 'Det. n. 233/2026 / Reg. Settore n. 41', Settore and Servizio centred under the Unione's name, 2x2 register table, 'Oggetto:' in a two-column row, points 1)-4)",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni Modenesi Area Nord", "organ": "SETTORE SERVIZI SOCIALI", "office": "Servizio Politiche Abitative e Sostegno al Reddito",
  "kind": "determinazione", "number": 233, "sector_number": 41, "date": "2026-04-17",
  "subject": "Approvazione della graduatoria provvisoria delle domande ammesse al contributo per il sostegno alla locazione – Fondo regionale affitto anno 2026 – D.G.R. Emilia-Romagna n. 412/2026."}})
K.append({"file": "ordinanza-fenis-devexpress.pdf", "role": "act",
 "what": "ordinanza sindacale 7/2026 (fpdf2, banded report in the manner of DevExpress XtraReports): bilingual letterhead, protocol box, label grid Tipo atto / Numero / Data / Ufficio, shaded bands OGGETTO, IL SINDACO, ORDINA (points 1-3), DISPONE",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fénis", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-04-15",
  "subject": "Divieto temporaneo di circolazione e di sosta sulla strada comunale di Miséregne, nel tratto compreso tra l'intersezione con la S.R. n. 13 e il civico n. 18, per lavori di rifacimento della rete acquedottistica."}})
K.append({"file": "bando-aviglianoumbro-puppeteer.pdf", "role": "act",
 "what": "numbered bando 2/2026 (headless Chromium print of an HTML page, CSS page-margin running head/foot): Area heading, meta strip (Bando n., Data, Prot., Scadenza), title block, articles 1-6 with a table of ISEE bands",
 "act": {"municipality": "Comune di Avigliano Umbro", "organ": "Area Amministrativa", "office": "Servizi Scolastici e Sociali",
  "kind": "bando", "number": 2, "date": "2026-04-16",
  "subject": "BANDO PUBBLICO PER L’ASSEGNAZIONE DI CONTRIBUTI PER LE SPESE DI TRASPORTO SCOLASTICO E MENSA – ANNO SCOLASTICO 2026/2027"}})
K.append({"file": "attestazione-spezzanoalbanese-vb6.pdf", "role": "certificate",
 "what": "certificate of publication (ReportLab canvas in the manner of a VB6 DataReport): boxed field grid (Registro pubblicazioni n. 419/2026, Tipo atto, Numero atto 39, Data atto 27/03/2026, published 31/03-15/04/2026, Oggetto in monospace), signed by the Messo with the Segretario's visto",
 "act": {"municipality": "Comune di Spezzano Albanese", "kind": "attestazione", "number": 39, "date": "2026-03-27",
  "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO PER L'UTILIZZO DELLA PALESTRA COMUNALE DI VIA NAZIONALE IN ORARIO EXTRASCOLASTICO – ANNO 2026."}})
K.append({"file": "allegato-gavi-excel.pdf", "role": "attachment",
 "what": "Allegato A) to Giunta deliberation 29/2026: a spreadsheet of cemetery tariffs 2026 (Excel workbook printed by LibreOffice Calc), grouped rows A-D, notes, header and page foot",
 "act": {"municipality": "Comune di Gavi"}})
K.append({"file": "convocazione-cerea-titulus.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale for 23/04/2026 at 19:00 (a Word letter converted by LibreOffice) with a Titulus-style protocol stamp 'Prot. n. 0009872 del 15/04/2026', addressees block, OGGETTO, numbered agenda of six items, signed by the Presidente del Consiglio",
 "act": {"municipality": "Comune di Cerea", "kind": "convocazione", "date": "2026-04-15",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria di prima convocazione per giovedì 23 aprile 2026."}})
K.append({"file": "avviso-calitri-pandoc.pdf", "role": "notice",
 "what": "unnumbered avviso pubblico on school-meal enrolment (pandoc -> pdflatex): Area and Ufficio under the letterhead, title block, paragraphs with bold lead-ins, tariff table, date only in words ('Calitri, 16 aprile 2026')",
 "act": {"municipality": "Comune di Calitri", "organ": "Area Amministrativa", "office": "Ufficio Pubblica Istruzione", "kind": "avviso", "date": "2026-04-16",
  "subject": "AVVISO PUBBLICO – ISCRIZIONI AL SERVIZIO DI REFEZIONE SCOLASTICA A.S. 2026/2027"}})
json.dump(K, open("keys.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# check every keyed string in pdftotext -layout (whitespace collapsed, case-insensitive)
import subprocess, re
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; missing = []
    strs = [a.get(f) for f in ("municipality", "organ", "office", "subject", "proposing_office") if a.get(f)]
    for p in a.get("attendees", []): strs += [p["name"], p["role"]]
    for who in ("president", "secretary"):
        if who in a: strs += [v for v in a[who].values()]
    for s in strs:
        if norm(s) not in txt: missing.append(s)
    print(k["file"], "MISSING:" if missing else "ok", missing if missing else "")
