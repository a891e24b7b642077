# Writes ../keys.json and checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed)
import json, subprocess, re, os, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def P(name, role, title, pres): return {"name": name, "role": role, "present": pres}
keys = [
 {"file": "deliberazione-bressanone-gemeindenverband.pdf", "role": "act",
  "what": "Giunta deliberation 112/2026 of Bressanone, bilingual German/Italian letterhead and labels (LibreOffice from .docx): number/date/time in a three-cell register box, German 'Betreff' then Italian 'Oggetto', roll table with German and Italian role columns, 4 numbered points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Bressanone", "organ": "Giunta comunale", "kind": "deliberazione",
          "number": 112, "date": "2026-03-17", "time": "08:30",
          "subject": "Approvazione del progetto esecutivo per la riqualificazione del parco giochi di via dei Vigneti a Millan – CUP B21B25000870004",
          "attendees": [P("OBERHOFER MARKUS", "Sindaco", 0, True), P("DALPONTE CHIARA", "Vicesindaca", 0, True),
                        P("PLANER THOMAS", "Assessore", 0, True), P("KERSCHBAUMER ELISABETH", "Assessora", 0, False),
                        P("FISCHNALLER PETER", "Assessore", 0, True), P("MAZZOLA DAVIDE", "Assessore", 0, True),
                        P("RAINER MONIKA", "Assessora", 0, True)],
          "president": {"role": "Sindaco", "name": "Markus Oberhofer"},
          "secretary": {"title": "Dr.", "role": "Segretario generale", "name": "Josef Unterkircher"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-corridonia-weasyprint.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 of Corridonia (WeasyPrint): boxed OGGETTO, roll of 17 in two side-by-side tables (Pres./Ass. columns), vote counts in prose, a separate vote with other counts for immediate executivity, 4 numbered points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Corridonia", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 14, "date": "2026-03-26", "time": "21:00",
          "subject": "MODIFICA DEGLI ARTICOLI 7, 12 E 18 DEL REGOLAMENTO PER L’APPLICAZIONE DEL CANONE DI CONCESSIONE PER L’OCCUPAZIONE DELLE AREE E DEGLI SPAZI APPARTENENTI AL DEMANIO O AL PATRIMONIO INDISPONIBILE DESTINATI A MERCATI. APPROVAZIONE.",
          "attendees": [{"name": "CALCATERRA ANDREA", "role": "Sindaco", "present": True}] + [
              {"name": n, "present": p} for n, p in [
              ("MANCINELLI PAOLA", True), ("BRACALENTE LUCA", True), ("CARLONI SILVIA", True), ("FORMICA MATTEO", True),
              ("GIACHETTA ROBERTA", False), ("MARINELLI EMANUELE", True), ("PAOLETTI GIULIA", True), ("ROSSETTI FEDERICO", True),
              ("SABBATINI ELENA", True), ("TIBERI NICOLA", True), ("VALENTINI MARCO", True), ("GENTILI STEFANO", True),
              ("PIERONI LAURA", True), ("SCOCCO DANIELE", True), ("LATTANZI MONICA", True), ("CORVATTA ALESSIO", False)]],
          "president": {"title": "Sig.ra", "role": "Presidente del Consiglio", "name": "Paola Mancinelli"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Giancarlo Ferretti"},
          "vote": "majority",
          "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-nicotera-filemaker.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 of Nicotera printed as a FileMaker-like record sheet (fpdf2): number, session date, time, proposal and proposing office in labelled field boxes, roll in prose with titles and present/absent, 5 points numbered '1)'",
  "operative_points": 5,
  "act": {"municipality": "Comune di Nicotera", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 38, "date": "2026-03-19", "time": "12:30",
          "subject": "CONCESSIONE CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE PRO LOCO NICOTERA PER LA MANIFESTAZIONE \"PASQUA NICOTERESE 2026\" – INDIRIZZI AL RESPONSABILE DELL'AREA AMMINISTRATIVA.",
          "proposing_office": "Area Amministrativa", "proposal_number": 45, "proposal_date": "2026-03-16",
          "attendees": [{"name": "Francesco Pagano", "role": "Sindaco", "present": True},
                        {"name": "Teresa Mazzitelli", "role": "Vice Sindaco", "present": True},
                        {"name": "Giuseppe Fiumara", "role": "Assessore", "present": True},
                        {"name": "Antonio Restuccia", "role": "Assessore", "present": False},
                        {"name": "Caterina Lo Iacono", "role": "Assessore", "present": True}],
          "president": {"title": "Avv.", "role": "Sindaco", "name": "Francesco Pagano"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Cutrì"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-arco-openpdf.pdf", "role": "act",
  "what": "determinazione 214/2026 of Arco (OpenPDF): Area Tecnica / Servizio Opere Pubbliche heading, number and date in a shaded register box beside the Servizio's register number, a vertical register line in the left margin, OGGETTO in a two-column row, 5 numbered points, visto contabile box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Arco", "organ": "Area Tecnica", "office": "Servizio Opere Pubbliche",
          "kind": "determinazione", "number": 214, "sector_number": 37, "date": "2026-03-12",
          "subject": "Lavori di manutenzione straordinaria della copertura della palestra della scuola primaria di Bolognano. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Coperture Alto Garda S.r.l. e impegno di spesa. CIG B8C4D21A07 – CUP G64D26000010004."}},
 {"file": "determina-pontecagnanofaiano-codeigniter.pdf", "role": "act",
  "what": "determinazione dirigenziale of Pontecagnano Faiano (TCPDF writeHTML from an in-house PHP app): Settore/Servizio under the letterhead, a grid with Registro Generale 512 of 18/03/2026, Registro di Settore 61 of 16/03/2026 and proposal 74, running head with a barcode caption, 4 bulleted points",
  "operative_points": 4,
  "act": {"municipality": "Città di Pontecagnano Faiano", "organ": "Settore Servizi Sociali e Pubblica Istruzione",
          "office": "Servizio Pubblica Istruzione", "kind": "determinazione",
          "number": 512, "sector_number": 61, "date": "2026-03-18",
          "proposal_number": 74, "proposal_date": "2026-03-13",
          "subject": "Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fattura n. 48/PA del 28/02/2026 alla ditta “La Mensa del Picentino S.r.l.” – periodo febbraio 2026 – CIG B1F27A3C59."}},
 {"file": "determina-mandrolisai-basereport.pdf", "role": "act",
  "what": "determinazione of the Unione dei Comuni del Mandrolisai (ReportLab, LibreOffice-Base-report look): grey section bands, label grid with Area, Servizio, Reg. Gen. n. 88 of 13/03/2026 and Reg. Servizio n. 27 of 12/03/2026, subject under an 'Oggetto' band, 3 numbered points",
  "operative_points": 3,
  "act": {"municipality": "Unione dei Comuni del Mandrolisai", "organ": "Area Tecnica", "office": "Servizio Igiene Urbana",
          "kind": "determinazione", "number": 88, "sector_number": 27, "date": "2026-03-13",
          "subject": "Servizio associato di raccolta e trasporto dei rifiuti urbani e assimilati – Approvazione del certificato di pagamento n. 2 e liquidazione del canone relativo al mese di gennaio 2026 – CIG A04E9B71C2"}},
 {"file": "ordinanza-muggia-latex.pdf", "role": "act",
  "what": "traffic ordinanza 41/2026 of Muggia (pdfLaTeX, Italian/Slovene name): Area Polizia Locale / Servizio Traffico e Viabilità heading, boxed 'ORDINANZA N. 41 dd. 20.03.2026', OGGETTO in a tabularx row, 4 numbered points under ORDINA",
  "operative_points": 4,
  "act": {"municipality": "Comune di Muggia", "organ": "Area Polizia Locale", "office": "Servizio Traffico e Viabilità",
          "kind": "ordinanza", "number": 41, "date": "2026-03-20",
          "subject": "Disciplina temporanea della circolazione in Strada per Lazzaretto, tra il civico 12 e l’intersezione con via Colarich, per lavori di rifacimento del manto stradale dal 30 marzo al 10 aprile 2026."}},
 {"file": "avviso-pollenza-joomla.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 of Pollenza, a Joomla article print page (wkhtmltopdf): site header, breadcrumb and article title above the avviso's own heading (Area / Servizio, AVVISO PUBBLICO N. 3/2026, OGGETTO), numbered sections, a contribution table",
  "act": {"municipality": "Comune di Pollenza", "organ": "Area Servizi alla Persona", "office": "Servizio Politiche Sociali e Scolastiche",
          "kind": "avviso", "number": 3, "date": "2026-03-20",
          "subject": "CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DI CENTRI ESTIVI DA PARTE DI MINORI DI ETÀ COMPRESA TRA 3 E 14 ANNI – ESTATE 2026."}},
 {"file": "attestazione-capacciopaestum-gazzettaamministrativa.pdf", "role": "certificate",
  "what": "certificate of publication (Albo register 1021/2026) of Giunta deliberation 67 of 12/03/2026, published 16/03–31/03/2026 (TCPDF cells): label/value grid, subject under an 'Oggetto' label, ATTESTA",
  "act": {"municipality": "Comune di Capaccio Paestum", "kind": "attestazione", "number": 67, "date": "2026-03-12",
          "subject": "APPROVAZIONE DEL PROGETTO \"PAESTUM SPIAGGE ACCESSIBILI\" PER LA FRUIZIONE DEGLI ARENILI DA PARTE DELLE PERSONE CON DISABILITÀ – STAGIONE BALNEARE 2026 – ATTO DI INDIRIZZO."}},
 {"file": "allegato-cutro-googlesheets.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 29/2026 of Cutro: the 2026 cemetery tariffs, a landscape spreadsheet export (workbook and sheet name in the head, gridlines, page number at the foot), 2 pages",
  "act": {"municipality": "Comune di Cutro"}},
 {"file": "convocazione-bonorva-groff.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale of Bonorva for 27/03/2026 18:00 (groff -ms to PostScript, ps2pdf): protocol and date line, addressees block, CONVOCA, 6-item agenda",
  "act": {"municipality": "Comune di Bonorva", "kind": "convocazione", "date": "2026-03-20",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-porcia-arubapec.pdf", "role": "notice",
  "what": "unnumbered avviso of Porcia (start of an expropriation procedure) as printed from a PEC webmail (Chromium): message header fields and PEC certification box above the avviso's heading, RENDE NOTO with 4 numbered points, cadastral table",
  "act": {"municipality": "Comune di Porcia", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici ed Espropri",
          "kind": "avviso", "date": "2026-03-18",
          "subject": "AVVISO DI AVVIO DEL PROCEDIMENTO DIRETTO ALL'APPOSIZIONE DEL VINCOLO PREORDINATO ALL'ESPROPRIO E ALLA DICHIARAZIONE DI PUBBLICA UTILITÀ – LAVORI DI REALIZZAZIONE DELLA PISTA CICLOPEDONALE DI VIA CORRER"}},
]
json.dump(keys, open(os.path.join(O, 'keys.json'), 'w'), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(O, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']
    checks = []
    for f in ('organ', 'office', 'subject'):
        if f in a: checks.append((f, a[f]))
    for x in a.get('attendees', []):
        checks.append(('attendee', x['name']))
        if 'role' in x: checks.append(('role', x['role']))
    for f in ('president', 'secretary'):
        if f in a:
            for g in ('title', 'role', 'name'):
                if g in a[f]: checks.append((f + '.' + g, a[f][g]))
    if 'proposing_office' in a: checks.append(('proposing_office', a['proposing_office']))
    checks.append(('municipality', a['municipality']))
    for f, v in checks:
        if f == 'subject':
            ok = norm(v) in txt
        else:
            ok = norm(v).lower() in low
        if not ok:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(keys), 'files;', bad, 'missing')
