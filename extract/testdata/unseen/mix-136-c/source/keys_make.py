#!/usr/bin/env python3
"""Writes ../keys.json for mix-136-c and checks that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, names, roles and titles without
regard to case or the shape of the apostrophe. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def person(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-ciminna-archimede.pdf", "role": "act",
     "what": "Giunta Municipale deliberation 148 of 12/12/2028, number and date in a box top right, subject in a "
             "bordered cell beside its label, roll in two columns side by side; ReportLab platypus, Tw/Tc",
     "operative_points": 4,
     "act": {"municipality": "Comune di Ciminna", "organ": "Giunta Municipale", "kind": "deliberazione",
             "number": 148, "date": "2028-12-12", "time": "13:30",
             "proposal_number": 162, "proposal_date": "2028-12-05", "proposing_office": "Area Tecnica",
             "subject": "Approvazione del progetto esecutivo dei lavori di manutenzione straordinaria della rete "
                        "idrica di Via Roma, Via Garibaldi e vie limitrofe. Atto di indirizzo per la richiesta di "
                        "finanziamento regionale.",
             "attendees": [person("LO BUE Giuseppe", "Sindaco"), person("CASCIO Rosaria", "Vice Sindaco"),
                           person("SCIORTINO Calogero", "Assessore"),
                           person("GRAZIANO Antonina", "Assessore", False),
                           person("MESSINA Salvatore", "Assessore")],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Lo Bue"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosalia Gambino"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-ciminna-archimede.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 611 of 15/12/2028 (Area n. 87 of 14/12/2028), "
             "label OGGETTO alone on its line, CUP/CIG on the subject's last line, running head with the number; "
             "pdfLaTeX",
     "operative_points": 5,
     "act": {"municipality": "Comune di Ciminna", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici",
             "kind": "determinazione", "number": 611, "sector_number": 87, "date": "2028-12-15",
             "subject": "Lavori di messa in sicurezza della strada comunale Ciminna – Ventimiglia di Sicilia in "
                        "contrada Tauro. Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del "
                        "D.Lgs. 36/2023 e impegno di spesa. CUP D77H28000410002 – CIG B4F2A19C7E"}},
    {"file": "ordinanza-ciminna-archimede.pdf", "role": "act",
     "what": "ordinanza sindacale 42 of 18/12/2028, number and date only in the signature block, subject in "
             "capitals then lower case; hand-written content stream (pikepdf), Form XObjects drawn last, "
             "rotated stamp",
     "operative_points": 3,
     "act": {"municipality": "Comune di Ciminna", "organ": "Sindaco", "kind": "ordinanza",
             "number": 42, "date": "2028-12-18",
             "subject": "CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE E DIVIETO DI ACCESSO ALL'AREA DI VIA CALVARIO "
                        "per l'esecuzione di lavori urgenti di consolidamento del muro perimetrale lato nord."}},
    {"file": "decreto-ciminna-archimede.pdf", "role": "act",
     "what": "decreto sindacale 19 of 27/12/2028, number and date in the heading line, subject with a hanging "
             "indent, running foot with the number; fpdf2 with embedded Liberation Serif",
     "operative_points": 5,
     "act": {"municipality": "Comune di Ciminna", "organ": "Sindaco", "kind": "decreto sindacale",
             "number": 19, "date": "2028-12-27",
             "subject": "Nomina del Responsabile dell'Area Economico-Finanziaria e attribuzione dell'incarico di "
                        "Elevata Qualificazione per il periodo dal 01/01/2029 al 31/12/2029."}},
    {"file": "deliberazione-bomarzo-iterweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 52 of 20/12/2028, majority vote, roll in two columns, the subject "
             "repeated in the running head of pages 2-3; headless Chromium",
     "operative_points": 3,
     "act": {"municipality": "Comune di Bomarzo", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 52, "date": "2028-12-20", "time": "18:00",
             "proposal_number": 61, "proposal_date": "2028-12-07",
             "proposing_office": "Area Economico-Finanziaria – Servizio Tributi",
             "subject": "Approvazione del Regolamento comunale per l'istituzione e l'applicazione dell'imposta di "
                        "soggiorno con decorrenza dal 1° aprile 2029.",
             "attendees": [person("MARINI Stefano", "Sindaco"), person("PROIETTI Laura", "Consigliere"),
                           person("CIUCHINI Andrea", "Consigliere"), person("BELLACHIOMA Federica", "Consigliere"),
                           person("SANTORI Paolo", "Consigliere", False), person("ZAPPONI Marco", "Consigliere"),
                           person("FRATINI Giulia", "Consigliere"), person("LUPATTELLI Enrico", "Consigliere"),
                           person("CASTELLANI Roberto", "Consigliere", False),
                           person("MORUCCI Alessia", "Consigliere"), person("TOSINI Daniele", "Consigliere")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Stefano Marini"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Cencioni"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-bomarzo-iterweb.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria, general register 704 of 19/12/2028 (Area n. 58 "
             "of 18/12/2028) in a grid before the subject, CIG on the subject's last line; wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bomarzo", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 704, "sector_number": 58, "date": "2028-12-19",
             "subject": "Affidamento del servizio di supporto alla riscossione coattiva delle entrate tributarie ed "
                        "extratributarie per il triennio 2029-2031. Determinazione a contrarre e prenotazione di "
                        "impegno di spesa. CIG B6D19E0A35"}},
    {"file": "ordinanza-bomarzo-iterweb.pdf", "role": "act",
     "what": "ordinanza sindacale 31 of 22/12/2028, number, date and protocol in a reference column beside the "
             "title, label OGGETTO alone on its line; plain troff through groff -Tps and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bomarzo", "organ": "Sindaco", "kind": "ordinanza",
             "number": 31, "date": "2028-12-22",
             "subject": "Divieto di vendita, detenzione e utilizzo di prodotti pirotecnici, petardi e artifici "
                        "esplodenti nel centro storico e nelle aree verdi pubbliche in occasione delle festività "
                        "di fine anno 2028."}},
    {"file": "decreto-bomarzo-iterweb.pdf", "role": "act",
     "what": "decreto sindacale 14 of 28/12/2028, number and date only in the page header of both pages, "
             "letter-spaced title, subject in capitals then lower case; .docx by python-docx through LibreOffice",
     "operative_points": 3,
     "act": {"municipality": "Comune di Bomarzo", "organ": "Sindaco", "kind": "decreto sindacale",
             "number": 14, "date": "2028-12-28",
             "subject": "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) ai sensi dell'art. 37 "
                        "del Regolamento (UE) 2016/679 per il biennio 2029-2030."}},
    {"file": "deliberazione-neive-cartesio.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 96 of 14/12/2028 as an 80-column Courier report, number and date on "
             "the heading line, subject with a hanging indent, enscript running head; enscript + ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Neive", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 96, "date": "2028-12-14", "time": "18:30",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI NEIVE PER LE MANIFESTAZIONI "
                        "NATALIZIE 2028 E APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER L’USO DEI LOCALI DI "
                        "PIAZZA ITALIA.",
             "attendees": [person("BORELLO PAOLO", "SINDACO"), person("CAVALLERO ELENA", "VICE SINDACO"),
                           person("GIORDANO MARCO", "ASSESSORE"), person("TRAVERSA SILVIA", "ASSESSORE", False),
                           person("OCCHETTI LUCA", "ASSESSORE")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Paolo Borello"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Marta Cavagnero"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-neive-cartesio.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica n. 121 of 20/12/2028, general register 733 of 21/12/2028 only "
             "in the running foot, amount on the subject's last line, subject cut short in the page-2 running "
             "head; ReportLab canvas, every glyph placed alone",
     "operative_points": 5,
     "act": {"municipality": "Comune di Neive", "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio",
             "kind": "determinazione", "number": 733, "sector_number": 121, "date": "2028-12-21",
             "subject": "Fornitura e posa in opera di segnaletica stradale verticale e orizzontale nel concentrico "
                        "e nella frazione Borgonuovo. Affidamento diretto alla ditta Segnal Langhe S.r.l. di Alba. "
                        "Impegno di spesa di € 18.605,40 IVA compresa."}},
    {"file": "ordinanza-neive-cartesio.pdf", "role": "act",
     "what": "traffic ordinanza of the Area Vigilanza n. 57 of 15/12/2028: a printed form whose blanks of "
             "underscores are filled in Courier in a second pass, subject in a bordered box; fpdf2",
     "operative_points": 3,
     "act": {"municipality": "Comune di Neive", "organ": "AREA VIGILANZA", "office": "Servizio di Polizia Locale",
             "kind": "ordinanza", "number": 57, "date": "2028-12-15",
             "subject": "Regolamentazione temporanea della circolazione stradale in Via Circonvallazione e Piazza "
                        "Italia in occasione della manifestazione \"Natale nel Borgo\" del 24 dicembre 2028."}},
    {"file": "decreto-neive-cartesio.pdf", "role": "act",
     "what": "decreto del Sindaco 8 of 29/12/2028 as an 80-column Courier page, subject before the title, number "
             "and date only in the register line under the signature; a2ps + ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Neive", "organ": "Sindaco", "kind": "decreto",
             "number": 8, "date": "2028-12-29",
             "subject": "NOMINA DEL RESPONSABILE DEL SERVIZIO FINANZIARIO E TRIBUTI E ATTRIBUZIONE DELL’INCARICO "
                        "DI ELEVATA QUALIFICAZIONE PER L’ANNO 2029."}},
]


def norm(s, fold):
    s = re.sub(r'\s+', ' ', s).strip()
    if fold:
        s = s.replace('’', "'").replace('‘', "'").lower()
    return s


def text_of(pdf):
    return subprocess.run(['pdftotext', '-layout', pdf, '-'], check=True,
                          capture_output=True, text=True).stdout


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k['file'])
        if not os.path.exists(pdf):
            print('MISSING FILE', k['file']); misses += 1; continue
        raw = text_of(pdf)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k.get('act', {})
        checks = []
        if 'subject' in a:
            checks.append(('subject', a['subject'], False))
        for f in ('municipality', 'organ', 'office', 'proposing_office'):
            if f in a:
                checks.append((f, a[f], True))
        for p in a.get('attendees', []):
            checks.append(('attendee', p['name'], True))
            checks.append(('attendee role', p['role'], True))
        for f in ('president', 'secretary'):
            if f in a:
                for g in ('title', 'role', 'name'):
                    if g in a[f]:
                        checks.append((f + '.' + g, a[f][g], True))
        for what, s, fold in checks:
            hay = folded if fold else exact
            if norm(s, fold) not in hay:
                print('MISS %s: %s %r' % (k['file'], what, s))
                misses += 1
    with open(os.path.join(SET, 'keys.json'), 'w', encoding='utf-8') as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print('%d keys, %d misses' % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == '__main__':
    sys.exit(main())
