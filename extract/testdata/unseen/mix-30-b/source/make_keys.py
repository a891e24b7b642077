#!/usr/bin/env python3
"""Writes ../keys.json (the answers, typed from the documents) and checks
that every keyed string occurs in `pdftotext -layout` (whitespace collapsed)."""
import json, os, re, subprocess, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

K = [
 {"file": "deliberazione-darfoboario-as400.pdf", "role": "act",
  "what": "Giunta deliberation 24/2026 printed as an AS/400 spool file (monospaced, running head per page, roll as a text table with X columns, one assessore absent)",
  "operative_points": 4,
  "act": {"municipality": "Comune di Darfo Boario Terme", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 24, "date": "2026-02-17", "time": "18:00",
          "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE \"PRO LOCO DARFO BOARIO TERME\" PER LA GESTIONE DELL’UFFICIO INFORMAZIONI E ACCOGLIENZA TURISTICA (IAT) - ANNI 2026/2027.",
          "attendees": [
            {"name": "GHIRARDELLI PAOLO", "role": "SINDACO", "present": True},
            {"name": "BETTONI CHIARA", "role": "VICE SINDACO", "present": True},
            {"name": "FRANZONI ALBERTO", "role": "ASSESSORE", "present": True},
            {"name": "MORANDINI SILVIA", "role": "ASSESSORE", "present": False},
            {"name": "PEDRETTI GIANLUCA", "role": "ASSESSORE", "present": True},
            {"name": "SALVETTI ELENA", "role": "ASSESSORE ESTERNO", "present": True}],
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Paolo Ghirardelli"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Laura Cominelli"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-finaleligure-sicrawebj.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (Sicr@web J-like Writer print): label grid, subject in a shaded box, 17-row roll table with Presente/Assente columns, vote counts in a table",
  "operative_points": 3,
  "act": {"municipality": "Comune di Finale Ligure", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-02-26", "time": "20:30",
          "subject": "APPROVAZIONE DI MODIFICHE AL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO (ARTT. 4, 7 E 11) CON DECORRENZA 1° APRILE 2026.",
          "attendees": [{"name": n, "role": r, "present": p} for n, r, p in [
            ("FRASCHERELLI ANDREA", "Sindaco", True), ("REMBADO ELENA", "Presidente del Consiglio", True),
            ("BERRUTI MATTEO", "Consigliere", True), ("CALLERI FRANCESCA", "Consigliere", True),
            ("DELFINO GIORGIO", "Consigliere", True), ("FERRO MARINA", "Consigliere", False),
            ("GAGGERO LUCA", "Consigliere", True), ("MAGLIO STEFANIA", "Consigliere", True),
            ("NAVONE FABRIZIO", "Consigliere", True), ("OLIVERI CARLA", "Consigliere", True),
            ("PASTORINO DAVIDE", "Consigliere", True), ("ROSCIANO ILARIA", "Consigliere", True),
            ("SCARRONE PIETRO", "Consigliere", False), ("TORTAROLO GIULIA", "Consigliere", True),
            ("VALLARINO SIMONE", "Consigliere", True), ("VIGNOLO ROBERTA", "Consigliere", True),
            ("ZUNINO MARCO", "Consigliere", True)]],
          "president": {"title": "Sig.ra", "role": "Presidente del Consiglio", "name": "Elena Rembado"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Marco Parodi"},
          "vote": "majority",
          "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-amiatavaldorcia-oraclereports.pdf", "role": "act",
  "what": "Giunta deliberation 32/2026 of a Unione dei Comuni printed like an Oracle Reports report (banner with report id and page, framed field grid with number/date/time, roll in two columns of mayors, one absent)",
  "operative_points": 5,
  "act": {"municipality": "Unione dei Comuni Amiata Val d'Orcia", "organ": "Giunta dell'Unione", "kind": "deliberazione",
          "number": 32, "date": "2026-03-12", "time": "15:30",
          "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e ricognizione delle eccedenze di personale ai sensi dell'art. 33 del D.Lgs. 165/2001.",
          "attendees": [
            {"name": "MACCARI FRANCO", "role": "Presidente", "present": True},
            {"name": "DEL NERO SARA", "role": "Vice Presidente", "present": True},
            {"name": "BIANCIARDI LORENZO", "role": "Assessore", "present": True},
            {"name": "FANCIULLI MONICA", "role": "Assessore", "present": False},
            {"name": "PICCINI RENATO", "role": "Assessore", "present": True}],
          "president": {"role": "Presidente", "name": "Franco Maccari"},
          "secretary": {"title": "Dott.", "role": "Segretario dell'Unione", "name": "Gianni Rossetti"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-chiavenna-mailmerge.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (Word template filled by an Excel mail-merge, grey-shaded merge fields): register box with general and sector numbers, numbered dispositive, visto contabile box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Chiavenna", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici, Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 212, "sector_number": 87, "date": "2026-03-12",
          "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO E DELLE AIUOLE DEL CENTRO STORICO - ANNO 2026 - IMPEGNO DI SPESA."}},
 {"file": "determinazione-spoltore-digitalpa.pdf", "role": "act",
  "what": "determinazione dirigenziale printed by a PHP atti application (TCPDF): coloured Settore band, label grid with general and sector registers and the proposal, subject in a framed cell, bulleted dispositive, QR code with caption",
  "operative_points": 4,
  "act": {"municipality": "Comune di Spoltore", "organ": "SETTORE IV - POLITICHE SOCIALI, ISTRUZIONE E CULTURA",
          "office": "Servizio Pubblica Istruzione e Trasporto Scolastico", "kind": "determinazione",
          "number": 318, "sector_number": 41, "date": "2026-03-05",
          "subject": "Servizio di trasporto scolastico a.s. 2025/2026 - Liquidazione fattura n. 12/PA del 28/02/2026 alla ditta Autoservizi Valle del Pescara S.r.l. - Periodo gennaio/febbraio 2026 - CIG A03F7C2B91.",
          "proposal_number": 47, "proposal_date": "2026-03-02"}},
 {"file": "determinazione-montalcino-drupal.pdf", "role": "act",
  "what": "determinazione as the Comune's Drupal site prints its page (Chromium): browser running head and URL foot, site banner and breadcrumb, number and date in the H1, fields as label/value rows, numbered dispositive",
  "operative_points": 4,
  "act": {"municipality": "Comune di Montalcino", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 145, "sector_number": 22, "date": "2026-03-20",
          "subject": "Rimborso IMU anni d'imposta 2023 e 2024 per versamenti eccedenti il dovuto su fabbricati rurali strumentali – Contribuente posizione n. 10472."}},
 {"file": "ordinanza-sarnano-egaf.pdf", "role": "act",
  "what": "traffic ordinanza of the Polizia Locale typed into an Egaf-style form: framed heading with number/date box, blue protocol stamp, framed ORDINA with numbered points, 2 pages",
  "operative_points": 4,
  "act": {"municipality": "Comune di Sarnano", "organ": "Area Vigilanza", "office": "Servizio Polizia Locale",
          "kind": "ordinanza", "number": 14, "date": "2026-03-09",
          "subject": "Disciplina temporanea della circolazione e della sosta in Piazza della Libertà, Via Leopardi e Corso Alberico Gentili in occasione della manifestazione \"Sarnano Sotto le Stelle\" del 28 e 29 marzo 2026."}},
 {"file": "avviso-sansalvo-wordpress.pdf", "role": "act",
  "what": "numbered avviso pubblico (contributi affitti) printed from the Comune's WordPress post by wkhtmltopdf: site title, post meta line, number in the post title, subject as subtitle, articles with bullet lists",
  "act": {"municipality": "Comune di San Salvo", "organ": "Settore 3 – Servizi alla Persona",
          "office": "Ufficio Servizi Sociali e Politiche Abitative", "kind": "avviso", "number": 3, "date": "2026-03-11",
          "subject": "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026"}},
 {"file": "attestazione-portovenere-swingreport.pdf", "role": "certificate",
  "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 31/2026, the plain 'referto' of an albo client (groff): label/value box, subject after 'Oggetto:', ATTESTA",
  "act": {"municipality": "Comune di Portovenere", "kind": "attestazione", "number": 31, "date": "2026-03-05",
          "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di consolidamento della scogliera e ripristino della passeggiata a mare di Calata Doria — CUP F47H25001230004."}},
 {"file": "allegato-urbania-calc.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 28/2026: a Calc sheet of the 2026 tariffs of services on individual demand (sections, 22 numbered rows, sheet header and footer)",
  "act": {"municipality": "Comune di Urbania"}},
 {"file": "convocazione-montalbanojonico-lotusnotes.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale as a Lotus Notes memo print: Notes memo header (Da/A/Cc/Data/Oggetto), letterhead, protocol line, numbered agenda of 7 items",
  "act": {"municipality": "Comune di Montalbano Jonico", "kind": "convocazione", "date": "2026-03-20",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-castelmezzano-abiword.pdf", "role": "notice",
  "what": "avviso di deposito (art. 140 c.p.c.) by the Messo comunale, a plain AbiWord document: letterhead, register position, title, RENDE NOTO, a small table",
  "act": {"municipality": "Comune di Castelmezzano", "organ": "Area Amministrativa", "office": "Ufficio Messi Comunali",
          "kind": "avviso", "date": "2026-03-17",
          "subject": "AVVISO DI DEPOSITO DI ATTO PRESSO LA CASA COMUNALE"}},
]

json.dump(K, open(os.path.join(D, 'keys.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k['act']
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject'):
        if f in a: strs.append((f, a[f]))
    for who in ('president', 'secretary'):
        if who in a:
            for f in ('title', 'role', 'name'):
                if f in a[who]: strs.append((who + '.' + f, a[who][f]))
    for x in a.get('attendees', []):
        strs += [('attendee.name', x['name']), ('attendee.role', x['role'])]
    for f, s in strs:
        if norm(s) not in txt:
            bad += 1; print('MISSING', k['file'], f, repr(s))
print('checked', len(K), 'keys;', bad, 'strings not found')
