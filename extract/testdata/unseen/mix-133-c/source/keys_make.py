#!/usr/bin/env python3
"""Writes ../keys.json for set mix-133-c and checks every keyed string against `pdftotext -layout` of its
PDF (white space collapsed; names, roles, organs and offices without regard to case or apostrophe shape,
subjects exactly as printed). Numbers must be printed as such, dates as dd/mm/yyyy, times as hh:mm.
Exits 1 on any miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def P(name, role, present=True):
    return {"name": name, "role": role, "present": present}


UNIONE = "Unione Montana del Pinerolese"
VIBO = "Provincia di Vibo Valentia"
TC = "Consorzio di Bonifica 5 Toscana Costa"
ASP = "Azienda Pubblica di Servizi alla Persona Vittorio Fossombroni"

KEYS = [
 {"file": "deliberazione-unionepinerolese-civilianext.pdf", "role": "act",
  "what": "Unione montana's Giunta minute, roll in two side-by-side tables, running head with the number; HTML printed by headless Chromium (Skia)",
  "operative_points": 4,
  "act": {"municipality": UNIONE, "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 37,
          "date": "2028-09-14", "time": "17:30", "proposal_number": 52, "proposal_date": "2028-09-08",
          "subject": "Approvazione dello schema di convenzione con il Comune di Bobbio Pellice per la gestione associata del servizio di manutenzione della rete sentieristica intercomunale per gli anni 2029-2031.",
          "attendees": [P("CAFFARO Marco", "Presidente"), P("BERTALOT Silvia", "Vice Presidente"),
                        P("GAY Daniele", "Assessore"), P("MALAN Roberta", "Assessore"),
                        P("REVEL Stefano", "Assessore", False), P("PONS Elisa", "Assessore"),
                        P("GIRAUDO Luca", "Assessore", False)],
          "president": {"title": "sig.", "role": "Presidente dell'Unione", "name": "Marco Caffaro"},
          "secretary": {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Franca Bonnet"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "decreto-unionepinerolese-civilianext.pdf", "role": "act",
  "what": "Presidente dell'Unione's decree appointing an Area head; same house style in tables, printed by wkhtmltopdf 0.12.6 (Qt)",
  "operative_points": 4,
  "act": {"municipality": UNIONE, "organ": "Presidente dell'Unione", "kind": "decreto", "number": 9,
          "date": "2028-09-05",
          "subject": "Nomina del Responsabile dell'Area Amministrativa e Finanziaria e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. n. 267/2000 per il periodo dal 01/10/2028 al 30/09/2029."}},
 {"file": "determinazione-unionepinerolese-civilianext.pdf", "role": "act",
  "what": "Area Tecnica's determinazione with general and Area register numbers, letter-spaced CSS headings; headless Chromium",
  "operative_points": 5,
  "act": {"municipality": UNIONE, "organ": "Area Tecnica", "office": "Servizio Forestazione e Sentieristica",
          "kind": "determinazione", "number": 214, "sector_number": 58, "date": "2028-09-21",
          "subject": "Affidamento diretto alla ditta Boschi Alta Val Pellice s.r.l. del servizio di sfalcio e ripristino dei sentieri della rete escursionistica intercomunale – stagione autunnale 2028. CIG B3F7A21C94. Impegno di spesa di euro 18.420,00."}},
 {"file": "deliberazione-provinciavibovalentia-jiride.pdf", "role": "act",
  "what": "Consiglio Provinciale minute ratifying a budget decree, roll in two columns, majority vote with counts, running head and foot with the number; ReportLab, justified with Tw",
  "operative_points": 3,
  "act": {"municipality": VIBO, "organ": "Consiglio Provinciale", "kind": "deliberazione", "number": 28,
          "date": "2028-09-26", "time": "10:30",
          "subject": "Ratifica del decreto presidenziale n. 61 del 04/09/2028 avente ad oggetto: variazione d'urgenza al bilancio di previsione 2028-2030 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000.",
          "attendees": [P("CARNOVALE Giuseppe", "Presidente"), P("ARENA Francesco", "Consigliere"),
                        P("BARBIERI Caterina", "Consigliere"), P("CRITELLI Antonio", "Consigliere", False),
                        P("DE LUCA Rosanna", "Consigliere"), P("FALDUTO Michele", "Consigliere"),
                        P("GRILLO Nicola", "Consigliere"), P("LO BIANCO Serena", "Consigliere", False),
                        P("MESIANO Vincenzo", "Consigliere"), P("RUFFA Gregorio", "Consigliere"),
                        P("TRIPODI Angela", "Consigliere")],
          "president": {"title": "dott.", "role": "Presidente della Provincia", "name": "Giuseppe Carnovale"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Teresa Pugliese"},
          "vote": "majority",
          "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
          "immediately_executive": True}},
 {"file": "decreto-provinciavibovalentia-jiride.pdf", "role": "act",
  "what": "Presidente della Provincia's decree approving a road project, proposal of Settore 3 in the register box, protocol stamp rotated up the left margin; fpdf2 with embedded Liberation subsets",
  "operative_points": 4,
  "act": {"municipality": VIBO, "organ": "Presidente della Provincia", "kind": "decreto", "number": 66,
          "date": "2028-09-12", "proposal_number": 71, "proposal_date": "2028-09-09",
          "proposing_office": "Settore 3 – Viabilità, Trasporti ed Edilizia Scolastica",
          "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della S.P. n. 17 Vibo Valentia – Pizzo, tratto dal km 3+200 al km 5+750. CUP E27H28000410001.",
          "immediately_executive": True}},
 {"file": "determinazione-provinciavibovalentia-jiride.pdf", "role": "act",
  "what": "Settore 3's determinazione dirigenziale (general and sector register); hand-built content streams (pikepdf): glyphs placed one by one, Tc-spaced headings, Tw-justified dispositivo, letterhead/signature/foot as Form XObjects drawn out of reading order",
  "operative_points": 4,
  "act": {"municipality": VIBO, "organ": "Settore 3 – Viabilità, Trasporti ed Edilizia Scolastica",
          "office": "Servizio Manutenzione Strade", "kind": "determinazione", "number": 1187, "sector_number": 342,
          "date": "2028-09-22",
          "subject": "Liquidazione alla ditta Calabra Asfalti s.r.l. del primo stato di avanzamento dei lavori di ripristino del piano viabile della S.P. n. 52 Mileto – Paravati. CIG B41C2D8E75."}},
 {"file": "deliberazione-toscanacosta-kibernetes.pdf", "role": "act",
  "what": "Assemblea consortile minute as an 80-column Courier report, 25-member roll in two columns, majority vote; plain troff through groff -Tps and ps2pdf",
  "operative_points": 3,
  "act": {"municipality": TC, "organ": "Assemblea Consortile", "kind": "deliberazione", "number": 19,
          "date": "2028-09-25", "time": "15:00",
          "subject": "Approvazione del Piano delle attivita' di bonifica per l'anno 2029 ai sensi dell'art. 26 della L.R. Toscana n. 79/2012.",
          "attendees": [P("BALESTRI Andrea", "Presidente"), P("FILIPPI Marta", "Vicepresidente"),
                        P("CECCHINI Laura", "Componente"), P("BARSOTTI Giulio", "Componente"),
                        P("CIONI Federica", "Componente", False), P("DEL SEPPIA Marco", "Componente"),
                        P("FRANCESCHI Renzo", "Componente"), P("GUERRIERI Paola", "Componente"),
                        P("LANDI Tommaso", "Componente", False), P("MAESTRINI Ilaria", "Componente"),
                        P("NICCOLINI Sergio", "Componente"), P("PAOLETTI Chiara", "Componente"),
                        P("PARENTI Luca", "Componente", False), P("ROSSELLI Daniela", "Componente"),
                        P("SALVADORI Enrico", "Componente"), P("SPAGNOLI Martina", "Componente", False),
                        P("TADDEI Roberto", "Componente"), P("TOGNETTI Silvia", "Componente"),
                        P("VANNUCCI Piero", "Componente", False), P("BENVENUTI Carla", "Componente"),
                        P("CHELLI Massimo", "Componente"), P("FANTOZZI Giada", "Componente"),
                        P("LORENZINI Mauro", "Componente"), P("PINZAUTI Elena", "Componente"),
                        P("RICCI Valerio", "Componente")],
          "president": {"role": "Presidente del Consorzio", "name": "Andrea Balestri"},
          "secretary": {"role": "Segretario dell'Assemblea", "name": "Laura Cecchini"},
          "vote": "majority",
          "vote_counts": {"present": 20, "voters": 17, "in_favour": 16, "against": 1, "abstained": 3},
          "immediately_executive": True}},
 {"file": "decreto-toscanacosta-kibernetes.pdf", "role": "act",
  "what": "Presidente's decree approving a works variant, 80-column report with ASCII box; enscript 1.6.5 (Courier) and ps2pdf",
  "operative_points": 3,
  "act": {"municipality": TC, "organ": "Presidente", "kind": "decreto", "number": 14, "date": "2028-09-08",
          "proposal_number": 37, "proposal_date": "2028-09-05", "proposing_office": "Settore Progettazione e Ambiente",
          "subject": "Approvazione della perizia di variante n. 1 dei lavori di ripristino arginale del Fosso Cornia Vecchia in localita’ Venturina Terme. CUP F47B27000350002."}},
 {"file": "determinazione-toscanacosta-kibernetes.pdf", "role": "act",
  "what": "Direttore Generale's determinazione awarding a lot, 80-column report with a2ps's running title carrying the number; a2ps 4.14 and ps2pdf",
  "operative_points": 4,
  "act": {"municipality": TC, "organ": "Direttore Generale", "kind": "determinazione", "number": 231,
          "date": "2028-09-29", "proposing_office": "Settore Manutenzione",
          "subject": "Aggiudicazione del servizio di sfalcio meccanizzato della vegetazione nei corsi d’acqua del reticolo di gestione, Lotto 3 Val di Cecina. CIG B52E9A0F31."}},
 {"file": "deliberazione-aspfossombroni-halley.pdf", "role": "act",
  "what": "ASP's Consiglio di Amministrazione minute, roll in a ruled table, letterhead in the page header; python-docx exported by LibreOffice 7.4",
  "operative_points": 3,
  "act": {"municipality": ASP, "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 22,
          "date": "2028-09-20", "time": "16:00",
          "subject": "Approvazione del regolamento per l'accesso ai posti letto di sollievo temporaneo nella residenza sanitaria assistenziale.",
          "attendees": [P("BIGIARINI Elena", "Presidente"), P("CAPORALI Massimo", "Vice Presidente"),
                        P("DINI Lorenzo", "Consigliere"), P("FARALLI Chiara", "Consigliere", False),
                        P("MIGLIORINI Paolo", "Consigliere")],
          "president": {"title": "dott.ssa", "role": "Presidente", "name": "Elena Bigiarini"},
          "secretary": {"title": "dott.", "role": "Segretario verbalizzante", "name": "Riccardo Mencarelli"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "decreto-aspfossombroni-halley.pdf", "role": "act",
  "what": "ASP Presidente's decree delegating the Vice Presidente; pdfLaTeX (no space characters, microtype letter-spaced headings, fancyhdr foot)",
  "operative_points": 3,
  "act": {"municipality": ASP, "organ": "Presidente", "kind": "decreto", "number": 5, "date": "2028-09-11",
          "subject": "Delega al Vice Presidente per la rappresentanza dell’Azienda presso la Conferenza zonale integrata della Zona Distretto Aretina per il periodo dal 15/09/2028 al 31/12/2028."}},
 {"file": "determinazione-aspfossombroni-halley.pdf", "role": "act",
  "what": "Direttore's determinazione on the ASP's blank form: Word form exported by LibreOffice, values typed over the underscores and into the subject box by a ReportLab overlay stamped with pikepdf",
  "operative_points": 3,
  "act": {"municipality": ASP, "organ": "Direttore", "kind": "determinazione", "number": 118, "date": "2028-09-27",
          "proposing_office": "Economato e Provveditorato",
          "subject": "Acquisto di ausili per la movimentazione degli ospiti (sollevatori e carrozzine basculanti). Affidamento diretto alla ditta Ortopedia Aretina s.n.c. CIG B60D4A7E12."}},
]


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def loose(s):
    return norm(s).lower().replace('’', "'").replace('‘', "'")


def main():
    misses = 0
    files = sorted(f for f in os.listdir(SET) if f.endswith('.pdf'))
    keyed = sorted(k['file'] for k in KEYS)
    if files != keyed:
        print('MISMATCH between PDFs and keys:', set(files) ^ set(keyed)); misses += 1
    for k in KEYS:
        path = os.path.join(SET, k['file'])
        txt = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout
        exact, low = norm(txt), loose(txt)
        a = k['act']

        def need(label, s, exact_case=False):
            nonlocal misses
            ok = norm(s) in exact if exact_case else loose(s) in low
            if not ok:
                print('MISS %s %s: %r' % (k['file'], label, s)); misses += 1

        need('subject', a['subject'], True)
        for f in ('municipality', 'organ', 'office', 'proposing_office'):
            if f in a:
                need(f, a[f])
        for p in a.get('attendees', []):
            need('attendee', p['name']); need('attendee role', p['role'])
        for who in ('president', 'secretary'):
            for f, v in a.get(who, {}).items():
                need(who + '.' + f, v)
        for f in ('number', 'sector_number', 'proposal_number'):
            if f in a and not re.search(r'(?<![\d.,/])%d(?![\d,/])' % a[f], txt):
                print('MISS %s %s: %s' % (k['file'], f, a[f])); misses += 1
        for f in ('date', 'proposal_date'):
            if f in a:
                y, m, d = a[f].split('-')
                if '%s/%s/%s' % (d, m, y) not in txt:
                    print('MISS %s %s: %s' % (k['file'], f, a[f])); misses += 1
        if 'time' in a and a['time'] not in txt:
            print('MISS %s time: %s' % (k['file'], a['time'])); misses += 1
        if 'vote_counts' in a:
            for f, v in a['vote_counts'].items():
                if not re.search(r'\bn\. %d\b' % v, txt):
                    print('MISS %s vote_counts.%s: %s' % (k['file'], f, v)); misses += 1
    with open(os.path.join(SET, 'keys.json'), 'w', encoding='utf-8') as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('%d keys written, %d misses' % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


main()
