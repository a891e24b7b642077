#!/usr/bin/env python3
"""Writes ../keys.json and checks every keyed string against pdftotext -layout."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
MC, PO, AV = 'Città di Mariano Comense', 'Comune di Pomezia', 'Comune di Avigliano'
K = [
 {"file": "ordinanza-marianocomense-hypersic.pdf", "role": "act",
  "what": "Polizia Locale traffic ordinanza; ReportLab Platypus, justified (Tw), register box right, running foot with the number",
  "operative_points": 4,
  "act": {"municipality": MC, "organ": "Settore Polizia Locale", "office": "Servizio Viabilità e Traffico",
          "kind": "ordinanza", "number": 142, "date": "2026-11-05",
          "subject": "Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Santa Caterina da Siena per lavori di rifacimento della rete fognaria dal 9 al 20 novembre 2026."}},
 {"file": "autorizzazione-marianocomense-hypersic.pdf", "role": "act",
  "what": "Area Tecnica autorizzazione paesaggistica; fpdf2 form, values typed in Courier over blanks of underscores",
  "act": {"municipality": MC, "organ": "Area Tecnica", "office": "Servizio Edilizia Privata e Paesaggio",
          "kind": "autorizzazione", "number": 31, "date": "2026-11-12",
          "subject": "Autorizzazione paesaggistica per la sostituzione dei serramenti e il rifacimento della copertura di un edificio residenziale in via Isonzo, 27."}},
 {"file": "avviso-marianocomense-hypersic.pdf", "role": "notice",
  "what": "Servizi Demografici avviso (albo scrutatori); HTML printed by Chromium, letter-spaced title",
  "act": {"municipality": MC, "organ": "Settore Servizi al Cittadino", "office": "Servizi Demografici – Ufficio Elettorale",
          "kind": "avviso", "date": "2026-11-03",
          "subject": "ALBO DELLE PERSONE IDONEE ALL'UFFICIO DI SCRUTATORE DI SEGGIO ELETTORALE AGGIORNAMENTO ANNUALE – DOMANDE ENTRO IL 30 NOVEMBRE 2026"}},
 {"file": "decreto-marianocomense-hypersic.pdf", "role": "act",
  "what": "Segretario Generale decreto; python-docx exported by LibreOffice Writer, running head with the number, Word list numbering",
  "operative_points": 4,
  "act": {"municipality": MC, "organ": "Segretario Generale", "office": "Segreteria Generale",
          "kind": "decreto", "number": 6, "date": "2026-11-18",
          "subject": "Individuazione del personale di supporto all'Ufficio di Segreteria per le sedute della Giunta e del Consiglio Comunale e per la gestione dell'Albo Pretorio on line – periodo dicembre 2026 – dicembre 2027.",
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Paola Frigerio"}}},
 {"file": "determinazione-pomezia-iride.pdf", "role": "act",
  "what": "Centrale Unica di Committenza determinazione dirigenziale; HTML through wkhtmltopdf, header grid with general and sector registers",
  "operative_points": 4,
  "act": {"municipality": PO, "organ": "SETTORE VII – CENTRALE UNICA DI COMMITTENZA", "office": "Servizio Gare e Contratti",
          "kind": "determinazione", "number": 2318, "sector_number": 94, "date": "2026-11-10",
          "subject": "Procedura aperta per l'affidamento del servizio di refezione scolastica per gli anni scolastici 2027/2028 – 2029/2030 – CIG B4F27A91C3 – Nomina della commissione giudicatrice."}},
 {"file": "ordinanza-pomezia-iride.pdf", "role": "act",
  "what": "Ufficio Tecnico ordinanza dirigenziale (messa in sicurezza); pdfLaTeX, justified and hyphenated body, running foot with the number",
  "operative_points": 3,
  "act": {"municipality": PO, "organ": "SETTORE IV – LAVORI PUBBLICI E MANUTENZIONI", "office": "Servizio Protezione Civile e Pubblica Incolumità",
          "kind": "ordinanza", "number": 58, "date": "2026-11-16",
          "subject": "Messa in sicurezza del cornicione e dei balconi del fabbricato di via Roma n. 142 per pericolo per la pubblica incolumità."}},
 {"file": "avviso-pomezia-iride.pdf", "role": "notice",
  "what": "Servizi Demografici avviso (open day CIE); 80-column Courier text by enscript with a running head, ps2pdf",
  "act": {"municipality": PO, "organ": "SETTORE II - SERVIZI DEMOGRAFICI, ELETTORALI E STATISTICI", "office": "Ufficio Anagrafe e Stato Civile",
          "kind": "avviso", "date": "2026-11-20",
          "subject": "APERTURA STRAORDINARIA DEGLI SPORTELLI ANAGRAFICI PER IL RILASCIO DELLA CARTA D’IDENTITA’ ELETTRONICA - \"OPEN DAY CIE\""}},
 {"file": "decreto-pomezia-iride.pdf", "role": "act",
  "what": "Segretario Generale decreto; hand-written content streams (pikepdf): letterhead grid and signature as Form XObjects drawn out of reading order, TJ kerning splits and Tw justification, rotated publication stamp",
  "operative_points": 3,
  "act": {"municipality": PO, "organ": "Segretario Generale", "office": "SEGRETERIA GENERALE",
          "kind": "decreto", "number": 4, "date": "2026-11-23",
          "subject": "Approvazione del piano annuale dei controlli successivi di regolarità amministrativa sulle determinazioni e sugli altri atti dei dirigenti per l'anno 2027.",
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Rosaria Lombardi"}}},
 {"file": "ordinanza-avigliano-halley.pdf", "role": "act",
  "what": "Polizia Locale ordinanza (fiera); 80-column Courier text by a2ps, ps2pdf",
  "operative_points": 3,
  "act": {"municipality": "Comune di Avigliano", "organ": "SERVIZIO DI POLIZIA LOCALE", "office": "Ufficio Viabilita’ e Traffico",
          "kind": "ordinanza", "number": 21, "date": "2026-11-06",
          "subject": "Disciplina temporanea della circolazione e della sosta nel centro abitato in occasione della Fiera di San Martino dell’11 novembre 2026."}},
 {"file": "permesso-avigliano-halley.pdf", "role": "act",
  "what": "Area Tecnica permesso di costruire; plain troff through groff -Tps and ps2pdf, kerning splits words in the body",
  "act": {"municipality": AV, "organ": "AREA TECNICA", "office": "Servizio Urbanistica ed Edilizia Privata",
          "kind": "permesso di costruire", "number": 12, "date": "2026-11-19",
          "subject": "Realizzazione di un fabbricato rurale ad uso deposito attrezzi agricoli in località Sant’Angelo – Foglio 42, particella 318."}},
 {"file": "avviso-avigliano-halley.pdf", "role": "notice",
  "what": "Servizi Demografici avviso (deposito liste elettorali); HTML printed by Chromium, the sections in a two-column roll",
  "act": {"municipality": AV, "office": "SERVIZI DEMOGRAFICI – UFFICIO ELETTORALE",
          "kind": "avviso", "date": "2026-11-13",
          "subject": "Deposito degli elenchi della revisione dinamica straordinaria delle liste elettorali – novembre 2026"}},
 {"file": "decreto-avigliano-halley.pdf", "role": "act",
  "what": "Segretario Generale decreto; ReportLab canvas, every glyph placed alone with no space characters, letter-spaced (Tc) headings",
  "operative_points": 4,
  "act": {"municipality": AV, "organ": "Segretario Generale", "office": "SEGRETERIA GENERALE",
          "kind": "decreto", "number": 3, "date": "2026-11-25",
          "subject": "Individuazione dei responsabili dei procedimenti di accesso civico semplice e generalizzato e del titolare del potere sostitutivo per l'anno 2027.",
          "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Antonio Carlucci"}}},
]
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
miss = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(SET, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k['act']; checks = [a.get(f) for f in ('municipality', 'organ', 'office', 'subject')]
    for p in ('president', 'secretary'):
        if p in a: checks += [a[p]['name'], a[p]['role'], a[p].get('title')]
    for s in filter(None, checks):
        if norm(s) not in txt:
            print('MISS', k['file'], repr(s)); miss += 1
json.dump(K, open(os.path.join(SET, 'keys.json'), 'w'), ensure_ascii=False, indent=1)
print('%d files, %d misses' % (len(K), miss)); sys.exit(1 if miss else 0)
