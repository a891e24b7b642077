# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + '/..'
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "deliberazione-gussago-reportlab.pdf", "role": "act",
  "what": "Giunta deliberation 47/2026 (ReportLab): number/date/proposal in a label grid, subject in a boxed OGGETTO row, roll as a 6-row table with X columns, unanimous vote in prose, points 1)-4), running head from page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Gussago", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 47, "date": "2026-03-12", "time": "17:30",
   "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “GIANNI RODARI” – CUP E47H26000120004.",
   "proposing_office": "Servizio Lavori Pubblici e Patrimonio", "proposal_number": 52, "proposal_date": "2026-03-05",
   "attendees": [A("BONOMETTI ANDREA", "Sindaco"), A("ZANOLA FEDERICA", "Vicesindaco"), A("PEDERSOLI MARCO", "Assessore"),
                 A("GHIDINI SILVIA", "Assessore", False), A("CARUNA DAVIDE", "Assessore"), A("LAMPUGNANI ELISA", "Assessore")],
   "president": {"title": "Dott.", "role": "Sindaco", "name": "Andrea Bonometti"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Paola Ferrandi"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-santostefanodimagra-win2pdf.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (Word-style .docx via LibreOffice, Win2PDF metadata): number and date in the title line, roll of 13 in two numbered column blocks (1-7 left, 8-13 right), vote counts in a 5-cell table, points 1.-3.",
  "operative_points": 3,
  "act": {"municipality": "Comune di Santo Stefano di Magra", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-02-26", "time": "20:45",
   "subject": "MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ARTT. 12, 18 E 27) – APPROVAZIONE.",
   "attendees": [A("MAZZANTI GIULIO", "Sindaco"), A("BERTOLOTTI ELENA", "Consigliere"), A("CRUDELI SIMONE", "Consigliere"),
                 A("FORNACIARI MARTA", "Consigliere"), A("GIANNARELLI LUCA", "Consigliere", False), A("LAZZERINI ROBERTA", "Consigliere"),
                 A("MORACCHIOLI FABIO", "Consigliere"), A("NERI ALESSANDRA", "Consigliere"), A("PAOLINI DAVIDE", "Consigliere"),
                 A("RAFFO CHIARA", "Consigliere"), A("SARTI MATTEO", "Consigliere", False), A("TONELLI SILVIA", "Consigliere"),
                 A("VANNUCCI PIERO", "Consigliere")],
   "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Alessandra Neri"},
   "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Riccardo Bonvicini"},
   "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
   "immediately_executive": True}},
 {"file": "deliberazione-unionetappino-jodreports.pdf", "role": "act",
  "what": "Giunta dell'Unione deliberation 6/2026 (ODT via LibreOffice): number/date in a bordered box, 'Oggetto:' with hanging indent, roll in prose (Presenti: ...; Assenti: ...), majority vote in prose with figures, three dash-bulleted points, publication certificate at the foot",
  "operative_points": 3,
  "act": {"municipality": "Unione dei Comuni del Tappino", "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 6, "date": "2026-02-19", "time": "16:00",
   "subject": "Approvazione dello schema di convenzione per la gestione associata del servizio di trasporto scolastico – anno scolastico 2026/2027.",
   "attendees": [A("CIANCIULLO Nicola", "Presidente"), A("DI IORIO Maria Grazia", "Assessore"), A("PALLOTTA Vincenzo", "Assessore"),
                 A("TARTAGLIA Giuseppina", "Assessore"), A("MELE Antonio", "Assessore"), A("PETRUCCIANI Franco", "Assessore", False)],
   "president": {"title": "Sig.", "role": "Presidente dell’Unione", "name": "Nicola Cianciullo"},
   "secretary": {"title": "Dott.", "role": "Segretario dell’Unione", "name": "Antonio Colavita"},
   "vote": "majority", "vote_counts": {"present": 5, "in_favour": 4, "against": 1},
   "immediately_executive": True}},
 {"file": "determinazione-cerretoguidi-freepdf.pdf", "role": "act",
  "what": "determinazione 188/2026 of a Settore (LibreOffice HTML rewritten by Ghostscript, FreePDF-like): Settore heading with Servizio under it, general and sector numbers in a two-cell register box with the OGGETTO row beneath, points 1.-5., accounting visa box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Cerreto Guidi", "organ": "SETTORE III – LAVORI PUBBLICI E AMBIENTE", "office": "Servizio Manutenzioni e Verde Pubblico",
   "kind": "determinazione", "number": 188, "sector_number": 41, "date": "2026-03-09",
   "subject": "Affidamento diretto ai sensi dell’art. 50, comma 1, lett. b) del D.Lgs. 36/2023 del servizio di sfalcio dei cigli stradali e delle banchine comunali – anno 2026 – CIG B7C4E19A02. Impegno di spesa."}},
 {"file": "determinazione-genzanodilucania-ezpdf.pdf", "role": "act",
  "what": "determinazione R.G. 214/2026 of the Area Tecnica (TCPDF, old ezPDF-style print): Area heading, Servizio line, label grid with Registro Generale and Registro del Servizio rows, subject between rules after OGGETTO:, four bullet points, accounting box on page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Genzano di Lucania", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici, Manutenzioni e Protezione Civile",
   "kind": "determinazione", "number": 214, "sector_number": 62, "date": "2026-03-04",
   "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI PUBBLICA ILLUMINAZIONE IN VIA DEI MILLE E IN CONTRADA PIANO DEI TORRI. APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE DEL SALDO."}},
 {"file": "determinazione-fiumicino-snappy.pdf", "role": "act",
  "what": "determinazione dirigenziale 412/2026 (HTML by wkhtmltopdf, as a PHP portal's Snappy call): Area and Servizio under the letterhead, 'N. 412 del 11/03/2026 – N. 57 di Area' under the kind, subject in a shaded OGGETTO box, ordered list 1-4, proposal in a footer box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Fiumicino", "organ": "AREA POLITICHE SOCIALI E SERVIZI ALLA PERSONA", "office": "Servizio Interventi per la Famiglia e i Minori",
   "kind": "determinazione", "number": 412, "sector_number": 57, "date": "2026-03-11",
   "subject": "Accertamento in entrata e impegno di spesa per l’erogazione dei contributi economici a sostegno delle famiglie con minori – Fondo regionale 2026. Approvazione dell’elenco dei beneficiari (Allegato A).",
   "proposal_number": 498, "proposal_date": "2026-03-09"}},
 {"file": "ordinanza-capaci-verbatel.pdf", "role": "act",
  "what": "traffic ordinanza 27/2026 of the Polizia Municipale (fpdf2, Courier fixed-pitch report): running head with number and date, ASCII-ruled register box (number, date, protocol, P.M. register), OGGETTO: on its own line, points 1)-4) after O R D I N A",
  "operative_points": 4,
  "act": {"municipality": "Comune di Capaci", "organ": "AREA VI - POLIZIA MUNICIPALE", "kind": "ordinanza", "number": 27, "sector_number": 9, "date": "2026-03-10",
   "subject": "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in Via Gelsomini, nel tratto compreso tra Via Kennedy e Via delle Ginestre, per lavori di rifacimento della rete idrica dal 16/03/2026 al 03/04/2026."}},
 {"file": "bando-sovicille-pdflatex.pdf", "role": "act",
  "what": "numbered bando 2/2026 for rent contributions (pdfLaTeX article): Area and Servizio under the letterhead, framed 'BANDO N. 2/2026', title block as subject, articles 1-6, date at the foot",
  "act": {"municipality": "Comune di Sovicille", "organ": "AREA SERVIZI ALLA PERSONA", "office": "Servizio Politiche Abitative", "kind": "bando", "number": 2, "date": "2026-03-06",
   "subject": "BANDO PUBBLICO PER L’ASSEGNAZIONE DI CONTRIBUTI AD INTEGRAZIONE DEI CANONI DI LOCAZIONE – ANNO 2026"}},
 {"file": "attestazione-montaltodicastro-componentone.pdf", "role": "certificate",
  "what": "certificate of publication (Albo register 356/2026) of Giunta deliberation 38/2026 of 05/03/2026 (iText 7, report-style label/value table), published 09/03-24/03/2026",
  "act": {"municipality": "Comune di Montalto di Castro", "kind": "attestazione", "number": 38, "date": "2026-03-05",
   "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI PESCIA ROMANA ALLE ASSOCIAZIONI DI VOLONTARIATO DEL TERRITORIO. APPROVAZIONE DELLO SCHEMA DI CONVENZIONE."}},
 {"file": "allegato-stradella-excel.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 31/2026: cemetery tariffs 2026 as a spreadsheet print (openpyxl workbook printed by LibreOffice Calc, Excel metadata), three sections, 2025 and 2026 columns",
  "act": {"municipality": "Comune di Stradella"}},
 {"file": "convocazione-bonassola-quarkxpress.pdf", "role": "notice",
  "what": "poster convening the Consiglio Comunale on 19/03/2026 at 18:00 (HTML by headless Chromium, laid out as a typeset manifesto): protocol corner, banner title, six-item agenda, date and Sindaco at the foot",
  "act": {"municipality": "Comune di Bonassola", "kind": "convocazione", "date": "2026-03-12", "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-castiglionedisicilia-affinity.pdf", "role": "notice",
  "what": "unnumbered avviso of a water outage (fpdf2, poster-like: coloured band, 'AVVISO' banner, title, shaded when/where box)",
  "act": {"municipality": "Comune di Castiglione di Sicilia", "organ": "AREA TECNICA", "office": "Servizio Idrico Integrato", "kind": "avviso", "date": "2026-03-11",
   "subject": "SOSPENSIONE TEMPORANEA DELL’EROGAZIONE IDRICA NELLE FRAZIONI SOLICCHIATA E PASSOPISCIARO"}},
]
json.dump(K, open(D + '/keys.json', 'w'), ensure_ascii=False, indent=1)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
def strings(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ('kind', 'vote', 'date', 'time', 'proposal_date'): continue
            yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
    elif isinstance(o, str): yield o
bad = 0
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', D + '/' + k['file'], '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    for s in strings(k['act']):
        if norm(s).lower() not in tl:
            print('MISSING', k['file'], repr(s)); bad += 1
print('checked', len(K), 'bad', bad)
