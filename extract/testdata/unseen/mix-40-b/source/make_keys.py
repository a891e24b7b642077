# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "deliberazione-gorizia-reportlab.pdf", "role": "act",
  "what": "Giunta deliberation 87/2026 (ReportLab in-house print): register box top right, OGGETTO/Proposta grid, roll as table with X marks, vote in prose, points 1-4, publication box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Gorizia", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 87,
          "date": "2026-03-12", "time": "12:30",
          "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione dei percorsi pedonali di via Rastello e piazza Cavour – CUP H87H25001230004.",
          "proposing_office": "Servizio Lavori Pubblici e Mobilità", "proposal_number": 102, "proposal_date": "2026-03-06",
          "attendees": [A("ZORZUT MARCO", "Sindaco"), A("PERSOGLIA CHIARA", "Vicesindaco"), A("KOMEL ANDREJ", "Assessore"),
                        A("BRESSAN ROBERTO", "Assessore", False), A("DE MARCHI SILVIA", "Assessore"), A("TOMASIN PAOLO", "Assessore"),
                        A("VIDOZ ELISA", "Assessore"), A("CUMAR GIORGIO", "Assessore", False)],
          "president": {"title": "dott.", "role": "Sindaco", "name": "Marco Zorzut"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Elena Pahor"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-ugento-wkhtmltopdf.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 (wkhtmltopdf from an HTML minute): number/subject grid, two-column P/A roll of 17, vote counts in a small table (majority), points 1-5, relata box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Ugento", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
          "date": "2026-02-27", "time": "18:00",
          "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DELLA SOSTA A PAGAMENTO NELLE MARINE DI TORRE SAN GIOVANNI E TORRE MOZZA.",
          "attendees": [A("CHIURI SALVATORE", "Sindaco"), A("SCHIRINZI ANTONIO", "Consigliere"), A("CAZZATO MARIA RITA", "Consigliere"),
                        A("MARTELLA DONATO", "Consigliere"), A("PATI LUIGI", "Consigliere"), A("COLAZZO ELENA", "Consigliere"),
                        A("FERSINI GIOVANNI", "Consigliere", False), A("LECCI PAOLA", "Consigliere"), A("MANCO DANIELE", "Consigliere"),
                        A("NEGRO LUCIA", "Consigliere"), A("PISANÒ GIUSEPPE", "Consigliere"), A("RIZZELLO FRANCESCO", "Consigliere", False),
                        A("SPECCHIA ANNA", "Consigliere"), A("DE NUCCIO MARCO", "Consigliere"), A("MELCARNE VITO", "Consigliere"),
                        A("TRICARICO ROSSELLA", "Consigliere"), A("URSO COSIMO", "Consigliere")],
          "president": {"title": "avv.", "role": "Presidente del Consiglio", "name": "Donato Martella"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Rosaria Preite"},
          "vote": "majority", "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-coros-latex.pdf", "role": "act",
  "what": "Unione's Giunta deliberation 9/2026 (pdfLaTeX in-house template): number/date box, subject as a framed title block without label, roll in prose, dash-bulleted points, running head and 'Pagina x di y'",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni del Coros", "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 9,
          "date": "2026-03-05", "time": "16:30",
          "subject": "Approvazione dello schema di convenzione con l’Agenzia Forestas per la manutenzione della viabilità rurale nei Comuni dell’Unione – Annualità 2026.",
          "attendees": [A("Sanna Antonio", "Presidente"), A("Deiana Maria Grazia", "Vicepresidente"), A("Mura Pietro", "Componente"),
                        A("Fois Gavino", "Componente"), A("Pinna Roberta", "Componente"), A("Carta Salvatore", "Componente", False)],
          "president": {"title": "dott.", "role": "Presidente", "name": "Antonio Sanna"},
          "secretary": {"title": "dott.", "role": "Segretario dell’Unione", "name": "Giovanni Antonio Serra"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-santangeloinvado-htmldoc.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (HTMLDOC from an old web module): label grid with Area, Servizio, area number 38 and general register 142, OGGETTO row, points 1-4, accounting box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Sant'Angelo in Vado", "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 142, "sector_number": 38, "date": "2026-03-11",
          "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di sfalcio dei cigli stradali comunali - stagione 2026 - alla ditta Verde Metauro s.r.l. - CIG B6A1C2D3E4 - Impegno di spesa."}},
 {"file": "determinazione-troia-primefaces.pdf", "role": "act",
  "what": "determinazione (PrimeFaces/OpenPDF web export): four-column label grid with Settore, Servizio, general register 231 of 10/03, sector 47 of 09/03, proposal 266, Oggetto; running head and page foot",
  "operative_points": 4,
  "act": {"municipality": "Comune di Troia", "organ": "SETTORE AFFARI GENERALI E SERVIZI ALLA PERSONA", "office": "Servizio Politiche Sociali",
          "kind": "determinazione", "number": 231, "sector_number": 47, "date": "2026-03-10",
          "subject": "IMPEGNO E LIQUIDAZIONE DELLA SPESA PER IL SERVIZIO DI TRASPORTO SOCIALE DEGLI ANZIANI AL CENTRO DIURNO “IL MELOGRANO” – PERIODO GENNAIO-FEBBRAIO 2026 – CIG B5F7A19C02.",
          "proposal_number": 266, "proposal_date": "2026-03-06"}},
 {"file": "determinazione-meilogu-ghostscript.pdf", "role": "act",
  "what": "Unione's determinazione printed in Courier by a character-mode Unix procedure (PostScript + ps2pdf): ASCII-art register box, OGGETTO with hanging indent, points 1)-3), listing-name running head",
  "operative_points": 3,
  "act": {"municipality": "Unione dei Comuni del Meilogu", "organ": "SETTORE AMMINISTRATIVO - FINANZIARIO", "office": "Ufficio Personale",
          "kind": "determinazione", "number": 58, "sector_number": 21, "date": "2026-03-09",
          "subject": "PROROGA DEL CONTRATTO DI LAVORO A TEMPO DETERMINATO E PARZIALE (18 ORE SETTIMANALI) DI UN ISTRUTTORE AMMINISTRATIVO-CONTABILE ASSEGNATO AL SERVIZIO ASSOCIATO DI POLIZIA LOCALE."}},
 {"file": "ordinanza-valledoria-polaris.pdf", "role": "act",
  "what": "Sindaco's contingent and urgent ordinance 7/2026 (a .docx converted by LibreOffice): protocol stamp in the header, number and date in a framed title line, OGGETTO, ORDINA with points a)-c)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Valledoria", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-10",
          "subject": "Ordinanza contingibile e urgente ai sensi dell’art. 54, comma 4, del D.Lgs. 267/2000 per la messa in sicurezza del fabbricato pericolante sito in via Giovanni XXIII n. 18 – Foglio 9, mappale 412."}},
 {"file": "bando-ostra-calligra.pdf", "role": "act",
  "what": "numbered bando 2/2026 for rent contributions (ODT, LibreOffice Writer): letterhead with Area and Ufficio, protocol and date line, two shaded title boxes, articles, requirements table",
  "act": {"municipality": "Comune di Ostra", "organ": "Area Servizi alla Persona", "office": "Ufficio Servizi Sociali", "kind": "bando",
          "number": 2, "date": "2026-03-09",
          "subject": "BANDO PUBBLICO PER L’ASSEGNAZIONE DEI CONTRIBUTI INTEGRATIVI AI CANONI DI LOCAZIONE – ANNO 2026 (ART. 11 L. 431/1998)"}},
 {"file": "attestazione-udine-gopdf.pdf", "role": "certificate",
  "what": "certificate of publication (Go, gopdf) of Giunta deliberation 112 of 03/03/2026: label grid (type, number, date, Albo register 1734/2026, period, Oggetto), issued 20/03/2026",
  "act": {"municipality": "Comune di Udine", "kind": "attestazione", "number": 112, "date": "2026-03-03",
          "subject": "Servizio di trasporto scolastico per gli alunni delle scuole primarie e secondarie di primo grado - Indirizzi per l'affidamento per gli anni scolastici 2026/2027 e 2027/2028."}},
 {"file": "allegato-bisenti-gnumeric.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 18/2026: tariff and cost-coverage tables of a spreadsheet printed by Gnumeric (cairo)",
  "act": {"municipality": "Comune di Bisenti"}},
 {"file": "convocazione-bucchianico-zimbra.pdf", "role": "notice",
  "what": "convocation of the Consiglio for 16/03/2026 18:30, as the PEC message printed from the Zimbra web client (Chromium): mail headers, then the letter with its agenda of 6 items",
  "act": {"municipality": "Comune di Bucchianico", "kind": "convocazione", "date": "2026-03-10",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE – SESSIONE ORDINARIA"}},
 {"file": "avviso-sirolo-draw.pdf", "role": "notice",
  "what": "unnumbered poster avviso on ZTL permits (LibreOffice Draw): coloured band letterhead with the Settore, big AVVISO, title, text frames, info box",
  "act": {"municipality": "Comune di Sirolo", "office": "Settore Polizia Locale", "kind": "avviso", "date": "2026-03-11",
          "subject": "PERMESSI DI ACCESSO ALLA ZONA A TRAFFICO LIMITATO DEL CENTRO STORICO – STAGIONE 2026"}},
]
json.dump(K, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r'\s+', ' ', s).strip()
def ddmmyyyy(iso): y, m, d = iso.split('-'); return '%s/%s/%s' % (d, m, y)
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']; checks = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'time'):
        if f in a: checks.append((f, a[f], f in ('subject',)))
    for f in ('date', 'proposal_date'):
        if f in a: checks.append((f, ddmmyyyy(a[f]), True))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: checks.append((f, str(a[f]), True))
    for p in a.get('attendees', []): checks += [('attendee', p['name'], False), ('role', p['role'], False)]
    for who in ('president', 'secretary'):
        if who in a:
            for f in ('title', 'role', 'name'):
                if f in a[who]: checks.append((who + '.' + f, a[who][f], False))
    for f, v, exact in checks:
        ok = (norm(v) in txt) if exact else (norm(v).lower() in low)
        if not ok:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(K), 'keys; missing', bad)
