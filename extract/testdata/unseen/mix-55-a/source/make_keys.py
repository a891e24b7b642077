# Writes keys.json (the answers) and checks that every keyed string occurs in the
# whitespace-collapsed `pdftotext -layout` output of its PDF.
import json, subprocess, re, os, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = [
 {"file": "delibera-villandro-wordtemplate.pdf", "role": "act",
  "what": "Giunta deliberation 58/2026 of Villandro/Villanders, German and Italian side by side in two columns (Word template via LibreOffice), roll as a grid table with X marks, bilingual labels Nr. / n.",
  "operative_points": 4,
  "act": {"municipality": "Comune di Villandro", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 58, "date": "2026-03-10", "time": "18:00",
          "subject": "Approvazione del progetto esecutivo per il risanamento della strada comunale „Sauders – maso Gasser“ e impegno della spesa",
          "attendees": [
              {"name": "Walter Kerschbaumer", "role": "Sindaco", "present": True},
              {"name": "Anna Maria Gasser", "role": "Vicesindaca", "present": True},
              {"name": "Peter Rabensteiner", "role": "Assessore", "present": True},
              {"name": "Martina Obexer", "role": "Assessora", "present": False},
              {"name": "Thomas Kusstatscher", "role": "Assessore", "present": True}],
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Walter Kerschbaumer"},
          "secretary": {"title": "Dott.", "role": "Segretario comunale", "name": "Markus Überbacher"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-strongoli-pdflatex.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation 7/2026 of Strongoli typeset with pdfLaTeX (Latin Modern, small-caps surnames, TeX quotes), roll of 13 in two columns with P/A, majority vote with counts in prose, numbered points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Strongoli", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 7, "date": "2026-03-09", "time": "18:30",
          "subject": "Modifica degli articoli 12 e 27 del Regolamento comunale per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Approvazione.",
          "attendees": [
              {"name": "Belcastro Antonio", "role": "Sindaco", "present": True},
              {"name": "Mungari Teresa", "present": True},
              {"name": "Cirillo Francesco", "present": True},
              {"name": "Scalise Rosaria", "present": True},
              {"name": "Pugliese Domenico", "present": False},
              {"name": "Lettieri Giuseppe", "present": True},
              {"name": "Ferraro Anna Maria", "present": True},
              {"name": "Russo Vincenzo", "present": True},
              {"name": "Marrazzo Elisa", "present": True},
              {"name": "Talarico Pietro", "present": False},
              {"name": "Gallo Salvatore", "present": True},
              {"name": "Aiello Caterina", "present": True},
              {"name": "Carvelli Luigi", "present": False}],
          "president": {"title": "Sig.ra", "role": "Presidente del Consiglio", "name": "Teresa Mungari"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Pasquale Greco"},
          "vote": "majority",
          "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0},
          "immediately_executive": True}},
 {"file": "delibera-bonificaparmense-reportlab.pdf", "role": "act",
  "what": "deliberation 41/2026 of the Consiglio di Amministrazione of a land-reclamation consortium (ReportLab, justified text), roll in prose, majority vote, register box, numbered points 1)-5)",
  "operative_points": 5,
  "act": {"municipality": "Consorzio della Bonifica Parmense", "organ": "Consiglio di Amministrazione", "kind": "deliberazione",
          "number": 41, "date": "2026-03-11", "time": "15:00",
          "subject": "Lavori di manutenzione straordinaria del Canale Naviglio Taro in Comune di Fontevivo – Approvazione del progetto esecutivo e determinazione a contrarre",
          "attendees": [
              {"name": "Francesca Mantelli", "role": "Presidente", "present": True},
              {"name": "Luigi Spaggiari", "role": "Vice Presidente", "present": True},
              {"name": "Giorgio Bertolotti", "role": "Consigliere", "present": True},
              {"name": "Alessandra Ferrari", "role": "Consigliere", "present": True},
              {"name": "Marco Dall’Aglio", "role": "Consigliere", "present": False},
              {"name": "Paola Zanichelli", "role": "Consigliere", "present": True},
              {"name": "Emanuele Rastelli", "role": "Consigliere in rappresentanza dei Comuni", "present": True}],
          "president": {"role": "Presidente", "name": "Francesca Mantelli"},
          "secretary": {"title": "Dott. Ing.", "role": "Direttore Generale", "name": "Fabrizio Corradi"},
          "vote": "majority",
          "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1},
          "immediately_executive": True}},
 {"file": "determina-lanzotorinese-ascii132.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, area register n. 27 of 06/03/2026, general register n. 112 of 09/03/2026: a 132-column Courier report in capitals with character-drawn boxes and dotted leaders (enscript + Ghostscript)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Lanzo Torinese", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 112, "sector_number": 27, "date": "2026-03-09",
          "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE - STAGIONE INVERNALE 2025/2026 - INTEGRAZIONE IMPEGNO DI SPESA - CIG B7A41C2D90"}},
 {"file": "determina-malborghetto-wordtemplate.pdf", "role": "act",
  "what": "determinazione n. 45 (Reg. Gen. n. 112) of 05/03/2026, Italian with the Slovene version under every paragraph, typewriter-like Word document (Courier New) via LibreOffice",
  "operative_points": 3,
  "act": {"municipality": "Comune di Malborghetto Valbruna", "organ": "Area Amministrativa", "office": "Ufficio Segreteria e Affari Generali",
          "kind": "determinazione", "number": 112, "sector_number": 45, "date": "2026-03-05",
          "subject": "Impegno di spesa per il servizio di traduzione in lingua slovena degli atti e della modulistica comunale – anno 2026 (L. 38/2001, art. 8). CIG B5C2E71A04."}},
 {"file": "determina-provinciasalerno-chromium.pdf", "role": "act",
  "what": "DETERMINAZIONE DIRIGENZIALE of a Provincia, register table (Settore, Servizio, general and sector registers, proposal), boxed subject, numbered points 1-6 (HTML printed by Chromium)",
  "operative_points": 6,
  "act": {"municipality": "Provincia di Salerno", "organ": "Settore Viabilità e Trasporti", "office": "Servizio Manutenzione Strade – Zona Sud",
          "kind": "determinazione", "number": 684, "sector_number": 97, "date": "2026-03-10",
          "subject": "S.P. 430 “Cilentana” – Lavori urgenti di ripristino del piano viabile e messa in sicurezza delle barriere di protezione tra il km 12+300 e il km 14+100 – Affidamento diretto e impegno di spesa – CUP H47H26000120003 – CIG B6E03F9A21",
          "proposal_number": 1203, "proposal_date": "2026-03-06"}},
 {"file": "ordinanza-jovencan-reportlab.pdf", "role": "act",
  "what": "ordinance n. 4/2026 of the Syndic: French text on page 1, Italian text on page 2; every glyph drawn on its own, letter-spaced headings, Albo stamp rotated along the left margin",
  "operative_points": 3,
  "act": {"municipality": "Comune di Jovençan", "organ": "Sindaco", "kind": "ordinanza",
          "number": 4, "date": "2026-03-11",
          "subject": "Divieto temporaneo di transito e di sosta sulla strada comunale di Pompiod per lavori di rifacimento della pavimentazione stradale."}},
 {"file": "avviso-parcolamaddalena-reportlab.pdf", "role": "act",
  "what": "numbered public notice 3/2026 of a national park authority, letterhead and footer in Form XObjects repeated on both pages, articles Art. 1-6",
  "act": {"municipality": "Ente Parco Nazionale dell’Arcipelago di La Maddalena", "organ": "Direttore", "kind": "avviso",
          "number": 3, "date": "2026-03-10",
          "subject": "Avviso pubblico per l’acquisizione di manifestazioni di interesse al rilascio di autorizzazioni per l’esercizio dell’attività di noleggio di unità da diporto con conducente nelle acque del Parco – stagione 2026"}},
 {"file": "attestazione-scheggia-wordform.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 19/2026 of 05/03/2026: an old Word form in Courier with the blanks (underscores) filled in, published 12-27/03/2026, Reg. Pubbl. n. 143",
  "act": {"municipality": "Comune di Scheggia e Pascelupo", "kind": "attestazione", "number": 19, "date": "2026-03-05",
          "subject": "Concessione in uso temporaneo della palestra comunale di Via Flaminia all'A.S.D. Monte Cucco per la stagione sportiva 2025/2026"}},
 {"file": "allegato-salandra-calc.pdf", "role": "attachment",
  "what": "Allegato A to determinazione 58/2026: the rent-subsidy beneficiaries, a spreadsheet printed by LibreOffice Calc (gridded table of 38 rows, sheet header and page footer)",
  "act": {"municipality": "Comune di Salandra"}},
 {"file": "convocazione-giudicarie-chromium.pdf", "role": "notice",
  "what": "convocation of the Assemblea of a Comunità di valle for 19/03/2026 at 20:00, letter with addressees and a numbered agenda (HTML printed by Chromium)",
  "act": {"municipality": "Comunità delle Giudicarie", "kind": "convocazione", "date": "2026-03-12",
          "subject": "AVVISO DI CONVOCAZIONE DELL’ASSEMBLEA DELLA COMUNITÀ"}},
 {"file": "avviso-resana-reportlab.pdf", "role": "notice",
  "what": "unnumbered notice on summer-camp enrolment; the letterhead is a picture with a text caption under it, and the blocks are written to the content stream out of reading order",
  "act": {"municipality": "Comune di Resana", "organ": "Area Servizi alla Persona", "office": "Ufficio Scuola e Politiche Giovanili",
          "kind": "avviso", "date": "2026-03-13",
          "subject": "ISCRIZIONI AL CENTRO ESTIVO COMUNALE 2026"}},
]
json.dump(K, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'kind'):
        if f in a: strs.append((f, a[f]))
    for at in a.get('attendees', []):
        strs.append(('att', at['name']));
        if 'role' in at: strs.append(('role', at['role']))
    for p in ('president', 'secretary'):
        for f, v in a.get(p, {}).items(): strs.append((p + '.' + f, v))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: strs.append((f, str(a[f])))
    for f, v in strs:
        if norm(v) not in txt:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(K), 'missing', bad)
