# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K = [
 {"file": "delibera-vallemaira-sicraweb.pdf", "role": "act",
  "what": "Unione Montana deliberation of the Consiglio dell'Unione (LibreOffice Writer, Sicraweb-like): register box, roll table with Comune column, counted vote, points 1-4, publication box",
  "operative_points": 4,
  "act": {"municipality": "Unione Montana Valle Maira", "organ": "Consiglio dell'Unione", "kind": "deliberazione", "number": 7,
          "date": "2026-04-09", "time": "20:30",
          "subject": "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025 e della relazione illustrativa della Giunta dell'Unione.",
          "attendees": att([("ARNAUDO Giacomo", "Presidente", True), ("BERNARDI Lucia", "Consigliere", True), ("GIORDANO Pier Carlo", "Consigliere", True),
                            ("MADALA Stefano", "Consigliere", False), ("ROSSO Marina", "Consigliere", True), ("PEANO Daniele", "Consigliere", True),
                            ("GARNERO Ivo", "Consigliere", True), ("DEMARIA Silvia", "Consigliere", True), ("CHIAPELLO Mauro", "Consigliere", False),
                            ("TESTA Roberta", "Consigliere", True), ("LERDA Franco", "Consigliere", True), ("ALLIONE Paola", "Consigliere", True),
                            ("BRUNO Elio", "Consigliere", True)]),
          "president": {"title": "Sig.", "role": "Presidente", "name": "Giacomo Arnaudo"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario dell'Unione", "name": "Elena Ghibaudo"},
          "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 9, "against": 1, "abstained": 1},
          "immediately_executive": True}},
 {"file": "determina-bonificasardegnameridionale-apkappa.pdf", "role": "act",
  "what": "Consorzio di bonifica: determinazione of the Direttore Generale (HTML printed by Chromium): register table with proposing Servizio and proposal, boxed subject, points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Consorzio di Bonifica della Sardegna Meridionale", "organ": "Direttore Generale", "kind": "determinazione", "number": 412,
          "date": "2026-04-14",
          "subject": "Affidamento diretto, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, del servizio di manutenzione straordinaria delle elettropompe dell’impianto di sollevamento “Is Cungiaus” – Distretto irriguo di Decimomannu. CIG B7A41C92F0.",
          "proposing_office": "Servizio Gestione Impianti e Reti", "proposal_number": 139, "proposal_date": "2026-04-10"}},
 {"file": "avviso-evancon-word.pdf", "role": "act",
  "what": "Unité des Communes valdôtaines: numbered avviso pubblico, French over Italian paragraph by paragraph (Word template via LibreOffice), points 1-4 after RENDE NOTO",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni valdostani Évançon", "organ": "Area Servizi alla Persona", "kind": "avviso", "number": 6, "date": "2026-04-16",
          "subject": "Avviso pubblico per l’ammissione al servizio di centro estivo per minori – estate 2026"}},
 {"file": "avviso-autoritaidricacalabria-wkhtmltopdf.pdf", "role": "notice",
  "what": "ATO water authority: unnumbered avviso of a public consultation (HTML printed by wkhtmltopdf), title AVVISO plus a subtitle, bullet list",
  "act": {"municipality": "Autorità Idrica della Calabria", "organ": "Direttore Generale", "kind": "avviso", "date": "2026-04-17",
          "subject": "Consultazione pubblica sullo schema di Carta del Servizio Idrico Integrato dell’ATO Calabria"}},
 {"file": "determina-sangiorgiomorgeto-siscom132.pdf", "role": "act",
  "what": "Comune determinazione as a 132-column Courier report (enscript, landscape): capitals, boxes of +-|, dotted-leader labels, general and Area registers, points 1)-5), accounting table on page 2",
  "operative_points": 5,
  "act": {"municipality": "Comune di San Giorgio Morgeto", "organ": "Area Tecnica - Manutentiva", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
          "number": 187, "sector_number": 54, "date": "2026-04-15",
          "subject": "LAVORI DI MESSA IN SICUREZZA DEL MURO DI CONTENIMENTO IN VIA CONVENTO - LOCALITA’ SANTA MARIA. APPROVAZIONE STATO FINALE DEI LAVORI E CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE SALDO ALLA DITTA EDIL CALABRA DI SORACE ROCCO. CUP D87H24001230004 - CIG B2F19D7C11.",
          "proposal_number": 61, "proposal_date": "2026-04-10"}},
 {"file": "delibera-pozzomaggiore-word.pdf", "role": "act",
  "what": "Comune Giunta deliberation as a typewriter-like Word document (Courier New): roll as dotted-leader lines with P/A, unanimous vote in prose, dash-bulleted points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Pozzomaggiore", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-04-08", "time": "13:15",
          "subject": "Concessione in uso temporaneo dei locali dell'ex Montegranatico alla Pro Loco per le manifestazioni della Festa di San Giorgio 2026. Indirizzi al Responsabile del Servizio.",
          "attendees": att([("SANNA MARIO ANTONIO", "SINDACO", True), ("FADDA GIOVANNA", "VICE SINDACO", True), ("CUGUSI PIETRO", "ASSESSORE", False),
                            ("MURA ANGELA MARIA", "ASSESSORE", True), ("PIRAS SALVATORE", "ASSESSORE", True)]),
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Mario Antonio Sanna"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Gavino Cossu"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "attestazione-roccavione-modulo.pdf", "role": "certificate",
  "what": "Comune certificate of publication: a printed form whose underscore blanks are filled in Courier drawn over them (reportlab); certifies Giunta deliberation 31 of 09/04/2026",
  "act": {"municipality": "Comune di Roccavione", "kind": "attestazione", "number": 31, "date": "2026-04-09",
          "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della scuola primaria \"Don Ravera\"."}},
 {"file": "allegato-sellano-excel.pdf", "role": "attachment",
  "what": "annex A to determinazione 96/2026: a spreadsheet printed by LibreOffice Calc (landscape, sheet header/footer, totals row)",
  "act": {"municipality": "Comune di Sellano"}},
 {"file": "delibera-natzschabs-siag.pdf", "role": "act",
  "what": "South Tyrol Gemeinderat/Consiglio comunale deliberation, German and Italian side by side; letter-spaced headings drawn glyph by glyph and with Tc; roll in two half-columns with AE/AU marks; counted vote; points 1-3",
  "operative_points": 3,
  "act": {"municipality": "Comune di Naz-Sciaves", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-04-13", "time": "19:30",
          "subject": "Approvazione della modifica al regolamento comunale per l’applicazione della tariffa rifiuti",
          "attendees": att([("Überbacher Alexander", "Sindaco", True), ("Oberhofer Maria", "Vicesindaca", True), ("Gasser Thomas", "Assessore", True),
                            ("Kerer Sabine", "Assessora", False), ("Mair Johann", "Assessore", True), ("Plaikner Verena", "Consigliera", True),
                            ("Hofer Lukas", "Consigliere", True), ("Seeber Anna", "Consigliera", True), ("Gruber Martin", "Consigliere", True),
                            ("Rabensteiner Paul", "Consigliere", False), ("Delueg Stefan", "Consigliere", True), ("Unterthiner Julia", "Consigliera", True),
                            ("Fischnaller Georg", "Consigliere", True), ("Ploner Evi", "Consigliera", True), ("Brunner Simon", "Consigliere", True)]),
          "president": {"role": "Sindaco", "name": "Alexander Überbacher"},
          "secretary": {"title": "Dr.", "role": "Segretario comunale", "name": "Martin Kerschbaumer"},
          "vote": "majority", "vote_counts": {"present": 13, "voters": 12, "in_favour": 11, "against": 1, "abstained": 1},
          "immediately_executive": True}},
 {"file": "determina-taipana-insiel.pdf", "role": "act",
  "what": "FVG determinazione, Italian text then its Slovene translation (labels n./št.); letterhead and running foot in reused Form XObjects; Tw-justified body; points 1-3 in each language",
  "operative_points": 3,
  "act": {"municipality": "Comune di Taipana", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
          "number": 98, "sector_number": 42, "date": "2026-04-15",
          "subject": "Fornitura di sale per il disgelo stradale – stagione invernale 2025/2026. Liquidazione della fattura alla ditta Salgem Friuli S.r.l."}},
 {"file": "ordinanza-procida-halley.pdf", "role": "act",
  "what": "Comune ordinanza of the Sindaco: blocks drawn out of reading order (signature and points first, letterhead late), Albo stamp rotated along the left margin, points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Comune di Procida", "organ": "Sindaco", "kind": "ordinanza", "number": 17, "date": "2026-04-16",
          "subject": "Limitazioni alla circolazione dei veicoli a motore dei non residenti sull’isola di Procida nel periodo dal 1° maggio al 30 settembre 2026.",
          "proposing_office": "Comando di Polizia Locale"}},
 {"file": "convocazione-fonzaso-latex.pdf", "role": "notice",
  "what": "Comune convocation of the Consiglio comunale typeset by pdfLaTeX (Latin Modern): addressees, session date, numbered agenda of 7 items",
  "act": {"municipality": "Comune di Fonzaso", "kind": "convocazione", "date": "2026-04-17",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
]
json.dump(K, open('keys.json', 'w'), ensure_ascii=False, indent=1)
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    a = k['act']; miss = []
    strs = [a.get(f) for f in ('organ', 'office', 'subject', 'proposing_office')]
    if a.get('municipality', '').startswith(('Comune di ', 'Città di ')):
        strs.append(a['municipality'].split(' di ', 1)[1])
    else:
        strs.append(a.get('municipality'))
    for x in a.get('attendees', []): strs += [x['name'], x['role']]
    for r in ('president', 'secretary'):
        if r in a: strs += [a[r].get('name'), a[r].get('role'), a[r].get('title')]
    for s in strs:
        if s and norm(s) not in txt: miss.append(s)
    print(k['file'], 'MISSING:' if miss else 'ok', miss)
