# Writes ../keys.json and checks that every keyed string occurs in the
# pdftotext -layout output (whitespace collapsed).
import json, os, re, subprocess, sys
O = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def A(name, role, present=True): return {"name": name, "role": role, "present": present}

K = [
 {"file": "deliberazione-toirano-jsibac.pdf", "role": "act",
  "what": "Giunta deliberation 14/2026 (docx converted by LibreOffice, Jsibac-style verbale): register box N. Reg. Delib./Data, OGGETTO box, roll table with X in Presente/Assente, numbered points 1-4, publication box at the end",
  "operative_points": 4,
  "act": {"municipality": "Comune di Toirano", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 14, "date": "2026-02-10", "time": "17:30",
          "subject": "APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL PERCORSO PEDONALE DI VIA BRAIDA E DELL’ACCESSO ALLE GROTTE. CUP F27H25001230004.",
          "proposing_office": "Area Tecnica", "proposal_number": 18, "proposal_date": "2026-02-05",
          "attendees": [A("GANDOLFO MARCO", "Sindaco"), A("BRUZZONE ELENA", "Vice Sindaco"),
                        A("FERRARI DAVIDE", "Assessore", False), A("ROVERE PAOLA", "Assessore")],
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Marco Gandolfo"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Simona Parodi"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-offagna-bluenext.pdf", "role": "act",
  "what": "Consiglio deliberation 5/2026 (Chromium from HTML): register box beside the letterhead, 'Oggetto:' band, numbered roll in two columns (1-6 left, 7-11 right) with P/A, vote in a table, points 1-3",
  "operative_points": 3,
  "act": {"municipality": "Comune di Offagna", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 5, "date": "2026-02-09", "time": "21:00",
          "subject": "REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA. MODIFICHE AGLI ARTICOLI 12, 19 E 27.",
          "attendees": [A("CARDINALI MATTEO", "Sindaco"), A("BALDONI SIMONE", "Consigliere"),
                        A("MARASCA FRANCESCA", "Consigliere"), A("TOMASSONI LUCA", "Consigliere"),
                        A("ROSSETTI GIULIA", "Consigliere", False), A("FIORETTI ANNA MARIA", "Consigliere"),
                        A("PIERSANTI LAURA", "Consigliere"), A("GIACCAGLIA ROBERTO", "Consigliere", False),
                        A("SANTINI VALERIA", "Consigliere"), A("BIGIARETTI ANDREA", "Consigliere"),
                        A("CINGOLANI PAOLO", "Consigliere")],
          "president": {"role": "Sindaco", "name": "Matteo Cardinali"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Giorgio Mancinelli"},
          "vote": "majority",
          "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-civitacampomarano-platypus.pdf", "role": "act",
  "what": "Giunta deliberation 9/2026 (ReportLab platypus): running head 'Atto n. 9 / 2026', label grid Numero/Data/Ora/Seduta, OGGETTO row, roll in prose ('Sono presenti i Sigg.: …; È assente …'), points 1)-4), digital-signature foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Civitacampomarano", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-02-11", "time": "12:30",
          "subject": "Concessione di un contributo straordinario all’Associazione Culturale “Castello Angioino” per l’organizzazione della rassegna “Borgo in Festa 2026”. Indirizzi al Responsabile del Servizio.",
          "proposing_office": "Servizio Amministrativo", "proposal_number": 11, "proposal_date": "2026-02-06",
          "attendees": [A("COLAVECCHIO ANTONIO", "Sindaco"), A("DI LISIO MARIA TERESA", "Vice Sindaco"),
                        A("MUCCILLI GIUSEPPE", "Assessore", False)],
          "president": {"role": "Sindaco", "name": "Antonio Colavecchio"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Carmela Ciccone"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-torriglia-itext2.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (OpenPDF, iText 2 API): bordered Area/Servizio band, register grid with the general (38) and the Area's (11) numbers, OGGETTO cell, ordered list 1-5, accounting visa box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Torriglia", "organ": "Area Tecnica",
          "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
          "number": 38, "sector_number": 11, "date": "2026-02-12",
          "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI DELLE FRAZIONI - STAGIONE INVERNALE 2025/2026. IMPEGNO DI SPESA. CIG B5C1D27E40."}},
 {"file": "determinazione-servigliano-consorziocev.pdf", "role": "act",
  "what": "determinazione of a Settore (HTML form imported by LibreOffice Writer): Settore heading with Servizio under it, grid with Registro di Settore N. 21 and Registro Generale N. 74, Oggetto row, three bulleted points, publication box",
  "operative_points": 3,
  "act": {"municipality": "Comune di Servigliano", "organ": "Settore Economico-Finanziario",
          "office": "Servizio Economato e Provveditorato", "kind": "determinazione",
          "number": 74, "sector_number": 21, "date": "2026-02-13",
          "subject": "Liquidazione della fattura n. 12/PA del 30/01/2026 alla ditta Tipografia Eredi Falcioni s.n.c. per la fornitura di stampati e registri per l'Ufficio Demografico. CIG B4F7E21A09."}},
 {"file": "determinazione-montesantangelo-lutech.pdf", "role": "act",
  "what": "determinazione dirigenziale (TCPDF): letterhead in Header(), Settore band with Servizio, Registro Generale n. 152 of 12/02 and Registro di Settore n. 47 of 11/02 right-aligned, OGGETTO, points 1-6, visa box, foot 'Pagina 1 di 1'",
  "operative_points": 6,
  "act": {"municipality": "Città di Monte Sant'Angelo",
          "organ": "SETTORE III – LAVORI PUBBLICI, URBANISTICA E AMBIENTE",
          "office": "Servizio Ambiente e Igiene Urbana", "kind": "determinazione",
          "number": 152, "sector_number": 47, "date": "2026-02-12",
          "subject": "Servizio di disinfestazione e derattizzazione del territorio comunale per l'anno 2026. Determina a contrarre e affidamento diretto alla ditta Igiene Garganica s.r.l. – CIG B6F2A17C93."}},
 {"file": "ordinanza-savoca-polweb.pdf", "role": "act",
  "what": "ordinanza sindacale (fpdf2): grey band 'ORDINANZA SINDACALE N. 3 DEL 13/02/2026', OGGETTO, IL SINDACO, premises with bold labels, ORDINA 1-3, DISPONE, appeal clause",
  "operative_points": 3,
  "act": {"municipality": "Comune di Savoca", "organ": "Sindaco", "kind": "ordinanza",
          "number": 3, "date": "2026-02-13",
          "subject": "Chiusura temporanea al transito veicolare della strada comunale Savoca – Contrada San Francesco per lavori urgenti di ripristino del muro di sostegno a valle della carreggiata."}},
 {"file": "attestazione-filignano-albonet.pdf", "role": "certificate",
  "what": "certificate of publication (ReportLab canvas) of Giunta deliberation 7 of 29/01/2026: framed grid (Registro pubblicazioni n. 98/2026, Tipo atto, Numero, Data, Oggetto, period 02/02-17/02/2026), attestation dated 18/02/2026",
  "act": {"municipality": "Comune di Filignano", "kind": "attestazione", "number": 7, "date": "2026-01-29",
          "subject": "ADESIONE AL PROGETTO \"BORGHI DELLA VALLE DEL VOLTURNO\" - APPROVAZIONE SCHEMA DI ACCORDO DI PARTENARIATO CON I COMUNI DI ROCCHETTA A VOLTURNO E CASTEL SAN VINCENZO"}},
 {"file": "allegato-gibellina-ooxml.pdf", "role": "attachment",
  "what": "Allegato A (quadro economico) to Giunta Municipale deliberation 12/2026: landscape docx, running head naming the deliberation, amounts table A/B",
  "act": {"municipality": "Comune di Gibellina"}},
 {"file": "avviso-orsaradipuglia-magnolia.pdf", "role": "act",
  "what": "numbered avviso pubblico 2/2026 (wkhtmltopdf): letterhead, Settore line, Prot. and date on one line, title in two headings (kind+number, then the subject), articles 1-6, a table of eligible costs",
  "act": {"municipality": "Comune di Orsara di Puglia",
          "organ": "Settore Affari Generali e Attività Produttive", "kind": "avviso",
          "number": 2, "date": "2026-02-12",
          "subject": "PER LA CONCESSIONE DI CONTRIBUTI A FONDO PERDUTO ALLE ATTIVITÀ COMMERCIALI E ARTIGIANALI DEL CENTRO STORICO – ANNUALITÀ 2026"}},
 {"file": "convocazione-unionevallijoniche-stampaunione.pdf", "role": "notice",
  "what": "convocation of the Consiglio dell'Unione (docx via LibreOffice): letterhead of the Unione, Prot. n. 214 and date, addressees, title, CONVOCA, agenda 1-5",
  "act": {"municipality": "Unione dei Comuni delle Valli Joniche dei Peloritani", "kind": "convocazione",
          "date": "2026-02-12",
          "subject": "CONVOCAZIONE DEL CONSIGLIO DELL’UNIONE – SESSIONE ORDINARIA"}},
 {"file": "avviso-genga-jekyll.pdf", "role": "notice",
  "what": "unnumbered avviso printed from the municipal web site (Chromium): site band, breadcrumb, meta line 'Area Tecnica – Servizio Ambiente · Pubblicato il 12/02/2026', title, calendar box",
  "act": {"municipality": "Comune di Genga", "organ": "Area Tecnica", "office": "Servizio Ambiente",
          "kind": "avviso", "date": "2026-02-12",
          "subject": "AVVISO ALLA CITTADINANZA – RACCOLTA STRAORDINARIA DEI RIFIUTI INGOMBRANTI NELLE FRAZIONI"}},
]
json.dump(K, open(os.path.join(O, 'keys.json'), 'w'), ensure_ascii=False, indent=1)

bad = 0
for k in K:
    t = subprocess.run(['pdftotext', '-layout', os.path.join(O, k['file']), '-'],
                       capture_output=True, text=True).stdout
    t = re.sub(r'\s+', ' ', t).lower()
    a = k['act']
    strs = [a.get('subject'), a.get('office'), a.get('organ'), a.get('municipality'), a.get('proposing_office')]
    for x in ('president', 'secretary'):
        if x in a: strs += [a[x].get('name'), a[x].get('title')]
    for at in a.get('attendees', []): strs += [at['name'], at['role']]
    for s in strs:
        if s and re.sub(r'\s+', ' ', s).lower() not in t:
            print('MISSING', k['file'], '|', s); bad += 1
print('checked', len(K), 'bad', bad)
