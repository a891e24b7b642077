# Writes ../keys.json (the answers) and checks that every keyed string occurs in pdftotext -layout output
import json, subprocess, re, sys, os
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "delibera-legnaro-reportlab.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 (ReportLab): letterhead, ORIGINALE/title/register box with number and date, boxed OGGETTO, roll table with X marks, 4 numbered points, parere box with proposal, two-column signatures, running head on page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Legnaro", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-03-12", "time": "18:30",
   "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DELLA PISTA CICLABILE DI VIA ROMA - CUP H41B25000120004.",
   "proposing_office": "Servizio Lavori Pubblici", "proposal_number": 52, "proposal_date": "2026-03-05",
   "attendees": [A("BORTOLAMI FRANCESCO", "Sindaco"), A("ZANELLATO GIULIA", "Vicesindaco"), A("MENEGHETTI PAOLO", "Assessore"), A("FAVARO ELISA", "Assessore", False), A("CECCHINATO LUCA", "Assessore")],
   "president": {"title": "Dott.", "role": "Sindaco", "name": "Francesco Bortolami"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Chiara Pittarello"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-baschi-ranocchi.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (TCPDF): label grid with number/date/session, subject in a box under a small 'Oggetto' label, numbered two-column roll with P/A boxes, vote table (9/9/7/2/0), 3 points numbered 1) 2) 3), running head on page 2",
  "operative_points": 3,
  "act": {"municipality": "Comune di Baschi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-10", "time": "21:00",
   "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, SOVVENZIONI E VANTAGGI ECONOMICI ALLE ASSOCIAZIONI SPORTIVE, CULTURALI E DI VOLONTARIATO",
   "attendees": [A("TONELLI DAMIANO", "Sindaco"), A("SANTARELLI ROBERTA", "Consigliere"), A("BARTOLUCCI ENRICO", "Consigliere"), A("FABRIZI MONICA", "Consigliere"),
                 A("CONTI ALESSIO", "Consigliere", False), A("PACIOTTI SERENA", "Consigliere"), A("RONCA GIUSEPPE", "Consigliere"), A("MORETTI LAURA", "Consigliere"),
                 A("VECCHIARELLI FABIO", "Consigliere"), A("CRUCIANI ILARIA", "Consigliere", False), A("PERNAZZA STEFANO", "Consigliere")],
   "president": {"title": "Sig.", "role": "Sindaco", "name": "Damiano Tonelli"},
   "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Paolo Castellani"},
   "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0}, "immediately_executive": True}},
 {"file": "delibera-ricadi-chromium.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 (HTML printed by headless Chromium): number and date in the title line, subject after 'Oggetto:', roll in prose (presenti/assenti), 3 bulleted points (bullets drawn, not text), F.to signatures and a publication box, page feet",
  "operative_points": 3,
  "act": {"municipality": "Comune di Ricadi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-16", "time": "12:15",
   "subject": "Approvazione schema di convenzione con l’Associazione “Capo Vaticano Soccorso” per il servizio di salvamento a mare – stagione balneare 2026.",
   "attendees": [A("Nicola Lo Bianco", "Sindaco"), A("Maria Teresa Ferraro", "Vice Sindaco"), A("Antonio Pugliese", "Assessore"), A("Rosanna Galati", "Assessore", False)],
   "president": {"title": "Dott.", "role": "Sindaco", "name": "Nicola Lo Bianco"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Francesca Mazzitelli"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-pescantina-libreoffice-docx.pdf", "role": "act",
  "what": "Determinazione of the Area Tecnica (a .docx converted by LibreOffice): letterhead in the page header, two shaded register cells (general 214, sector 58), Area/Servizio heading, OGGETTO between rules, 5 numbered points, accounting visa, footer with number and page x of y",
  "operative_points": 5,
  "act": {"municipality": "Comune di Pescantina", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
   "number": 214, "sector_number": 58, "date": "2026-03-11",
   "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNO 2026. CIG B5C7D2E91A. IMPEGNO DI SPESA."}},
 {"file": "determina-forenza-sixtema.pdf", "role": "act",
  "what": "Determinazione of the Settore Amministrativo (ReportLab): coloured top band, label grid (Settore, Servizio, Registro Generale, Registro di Settore, Tipo atto, Proposta), OGGETTO in a two-cell band, 4 points numbered 1)-4), accounting visa box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Forenza", "organ": "Settore Amministrativo", "office": "Servizio Politiche Sociali", "kind": "determinazione",
   "number": 97, "sector_number": 31, "date": "2026-03-13", "proposal_number": 118, "proposal_date": "2026-03-11",
   "subject": "Servizio di trasporto sociale per anziani e persone con disabilità - Liquidazione contributo all'Associazione di volontariato \"Il Tratturo\" ODV - periodo ottobre-dicembre 2025."}},
 {"file": "determina-amendolara-infomaker.pdf", "role": "act",
  "what": "Determinazione of the Area Economico Finanziaria (ReportLab imitating a DataWindow report): grey running-head band with number and date, register data (general, area register, proposal) in a left margin column, subject as a block under a tiny OGGETTO caption, 3 dash-bulleted points, print-stamp foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Amendolara", "organ": "Area Economico Finanziaria", "office": "Servizio Tributi", "kind": "determinazione",
   "number": 63, "sector_number": 18, "date": "2026-03-16", "proposal_number": 21,
   "subject": "Rimborso somme indebitamente versate a titolo di IMU anno 2024 – Contribuente cod. 004512. Liquidazione."}},
 {"file": "ordinanza-eraclea-wagtail.pdf", "role": "act",
  "what": "Ordinanza sindacale 12/2026 as the municipal website's page printed by Chromium: site header and menu, breadcrumb, subject as the page title, metadata list (Tipologia, Numero, Data, Ufficio), IL SINDACO / ORDINA with 3 numbered points, site footer",
  "operative_points": 3,
  "act": {"municipality": "Comune di Eraclea", "organ": "Sindaco", "kind": "ordinanza", "number": 12, "date": "2026-03-17",
   "subject": "Ordinanza contingibile e urgente per l’interdizione del transito veicolare e pedonale su via Marinella, nel tratto compreso tra il civico 14 e l’intersezione con via dei Fiori, per cedimento dell’argine del canale Ongaro"}},
 {"file": "avviso-preci-hugo.pdf", "role": "act",
  "what": "Numbered avviso pubblico 3/2026 of the Area Tecnico-Manutentiva (static-site HTML printed by wkhtmltopdf): crest box and letterhead naming the Area, protocol stamp, title AVVISO PUBBLICO N. 3/2026, OGGETTO in bold, RENDE NOTO and articles, one page",
  "act": {"municipality": "Comune di Preci", "organ": "Area Tecnico-Manutentiva", "kind": "avviso", "number": 3, "date": "2026-03-17",
   "subject": "Assegnazione in comodato d’uso gratuito di terreni agricoli di proprietà comunale in località Castelvecchio e Roccanolfi per il recupero a fini produttivi."}},
 {"file": "attestazione-seminara-tcpdf.pdf", "role": "certificate",
  "what": "Certificate of publication (TCPDF) of Giunta deliberation 22/2026: letterhead, Code 128 barcode with caption, a two-column table (register n. 163, act type, number, date, subject, period), ATTESTA paragraph, signature of the Messo",
  "act": {"municipality": "Comune di Seminara", "kind": "attestazione", "number": 22, "date": "2026-02-26",
   "subject": "CONCESSIONE IN USO TEMPORANEO DELLA PALESTRA COMUNALE DI VIA ROMA ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – STAGIONE 2026. ATTO DI INDIRIZZO."}},
 {"file": "allegato-craco-msexcel.pdf", "role": "attachment",
  "what": "Annex A to Giunta deliberation 15/2026: a spreadsheet tariff table (xlsx printed by LibreOffice Calc, landscape, Excel-like header/footer with file name and page x of y)",
  "act": {"municipality": "Comune di Craco"}},
 {"file": "convocazione-montefranco-horde.pdf", "role": "notice",
  "what": "Convocation of the Consiglio Comunale for 26/03/2026 as a PEC message printed from a Horde-like webmail: header table (Data, Da, A, Oggetto), list of attachments, then the letter in monospaced plain text with protocol number, addressees, CONVOCA and a 6-item agenda",
  "act": {"municipality": "Comune di Montefranco", "kind": "convocazione", "date": "2026-03-18", "time": "18:00",
   "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-silea-keynote.pdf", "role": "notice",
  "what": "Unnumbered notice to citizens on two 16:9 slide pages (imitating a Keynote export, drawn with ReportLab): blue band letterhead, big title, dates in colour, body, second slide with bulleted services and the signature of the Area head",
  "act": {"municipality": "Comune di Silea", "organ": "Area Servizi al Cittadino", "kind": "avviso", "date": "2026-03-17",
   "subject": "CHIUSURA TEMPORANEA DELL'UFFICIO SERVIZI DEMOGRAFICI"}},
]
json.dump(K, open(os.path.join(O, 'keys.json'), 'w'), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(O, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']
    strs = [a.get(f) for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office')]
    for p in ('president', 'secretary'):
        if p in a: strs += [a[p]['title'], a[p]['role'], a[p]['name']]
    for at in a.get('attendees', []): strs += [at['name'], at['role']]
    for s in strs:
        if s and norm(s).lower() not in low:
            print(k['file'], 'MISSING:', s); bad += 1
print('missing', bad)
