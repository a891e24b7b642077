#!/usr/bin/env python3
"""Write ../keys.json for set mix-141-a and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, office, proposing office, names, roles
and titles without regard to case or to the shape of the apostrophe.
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

A = "Comune di Ala"
M = "Comune di Motta San Giovanni"
T = "Comune di Trecastelli"


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


ALA_GC_SUBJECT = ("Lavori di manutenzione straordinaria della copertura e di efficientamento energetico della "
                  "scuola primaria di Chizzola: approvazione del progetto esecutivo in linea tecnica ed economica "
                  "(CUP F27H28000150004).")

KEYS = [
    # ---------------------------------------------------------------- Ala
    {"file": "deliberazione-ala-sicraweb.pdf", "role": "act",
     "what": "Giunta comunale deliberation 3/2029 (Trentino), Sicraweb-like: number, date, hour and proposal in a ruled grid, roll table with X columns; ReportLab platypus with letterhead and running foot drawn by the page template",
     "operative_points": 4,
     "act": {"municipality": A, "organ": "Giunta comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-10", "time": "17:00",
             "proposal_number": 7, "proposal_date": "2029-01-05",
             "proposing_office": "SERVIZIO TECNICO - UFFICIO LAVORI PUBBLICI",
             "subject": ALA_GC_SUBJECT,
             "attendees": [att("VICENTINI STEFANO", "Sindaco"), att("COSER ELENA", "Vicesindaco"),
                           att("MARTINELLI DAVIDE", "Assessore"), att("GASPEROTTI SARA", "Assessore", False),
                           att("TOMASI FRANCO", "Assessore")],
             "president": {"title": None, "role": "Sindaco", "name": "Stefano Vicentini"},
             "secretary": {"title": "dott.", "role": "Vicesegretario comunale", "name": "Nicola Ferrari"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-ala-sicraweb-2.pdf", "role": "act",
     "what": "Consiglio comunale deliberation 1/2029 (Trentino), roll printed as sentences (present / absent justified / absent unjustified), vote with counts, .docx (python-docx) exported by LibreOffice Writer, letterhead in the page header",
     "operative_points": 3,
     "act": {"municipality": A, "organ": "Consiglio comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "20:00",
             "subject": "Approvazione della convenzione per la gestione in forma associata del servizio di custodia forestale tra i Comuni di Ala e Avio per il periodo 2029-2034.",
             "attendees": [att("VICENTINI STEFANO", "Sindaco"), att("RAFFAELLI GIORGIO", "Presidente"),
                           att("COSER ELENA", None), att("MARTINELLI DAVIDE", None), att("GASPEROTTI SARA", None),
                           att("TOMASI FRANCO", None), att("BALDESSARINI IVANA", None),
                           att("CAVAZZANI MATTEO", None), att("DEBIASI ROSANNA", None),
                           att("LORENZINI GIULIANO", None), att("PETERLINI ALBERTO", None),
                           att("SCRINZI VALERIO", None), att("TOLLER MARIA", None), att("VALLE LORENZO", None),
                           att("CHEMELLI ANNALISA", None),
                           att("BENEDETTI LUIGI", None, False), att("MANICA CHIARA", None, False),
                           att("ZANDONAI PIETRO", None, False)],
             "president": {"title": "sig.", "role": "Presidente del Consiglio comunale", "name": "Giorgio Raffaelli"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Monica Azzolini"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 12, "in_favour": 11, "against": 1, "abstained": 3},
             "immediately_executive": True}},
    {"file": "determinazione-ala-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Servizio Segreteria e Affari generali, service n. 4 of 10/01 and general register n. 21 of 11/01/2029 in a labelled grid; HTML printed by headless Chromium with @page margin boxes",
     "operative_points": 5,
     "act": {"municipality": A, "organ": "SERVIZIO SEGRETERIA E AFFARI GENERALI",
             "office": "Ufficio Cultura, Biblioteca e Sport", "kind": "determinazione",
             "number": 21, "sector_number": 4, "date": "2029-01-11",
             "subject": "Biblioteca comunale: affidamento diretto alla ditta Libreria Il Segnalibro s.n.c. di Rovereto della fornitura di volumi e materiale multimediale per l'incremento del patrimonio documentario - anno 2029. Impegno di spesa (CIG B5A1C3E7F2)."}},
    {"file": "certificato-ala-sicraweb.pdf", "role": "certificate",
     "what": "certificato di pubblicazione (10 days, 11/01-21/01/2029) of Giunta deliberation 3/2029, signed 22/01/2029; content stream written by hand with pikepdf, standard 14 fonts, Tw justification",
     "act": {"municipality": A, "kind": "attestazione", "number": 3, "date": "2029-01-10",
             "subject": ALA_GC_SUBJECT}},

    # ---------------------------------------------------- Motta San Giovanni
    {"file": "deliberazione-mottasangiovanni-studiok.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 6/2029, Studio K-like: title, number and date in a three-cell strip, roll table with SI/NO, pareri and publication on a last page; .docx (python-docx) exported by LibreOffice Writer",
     "operative_points": 5,
     "act": {"municipality": M, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 6,
             "date": "2029-01-09", "time": "12:15",
             "proposal_number": 9, "proposal_date": "2029-01-05",
             "proposing_office": "SETTORE III – LAVORI PUBBLICI, URBANISTICA E AMBIENTE",
             "subject": "ADESIONE ALL'AVVISO PUBBLICO DELLA REGIONE CALABRIA PER IL FINANZIAMENTO DI INTERVENTI DI MITIGAZIONE DEL RISCHIO DI EROSIONE COSTIERA - APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEGLI INTERVENTI SUL LITORALE DI LAZZARO",
             "attendees": [att("MORABITO Domenico", "Sindaco"), att("NUCERA Caterina", "Vice Sindaco"),
                           att("LAGANÀ Francesco", "Assessore", False), att("FOTI Rocco", "Assessore"),
                           att("ZUMBO Maria Grazia", "Assessore")],
             "president": {"title": "Dott.", "role": "Sindaco", "name": "Domenico Morabito"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Annunziata Crucitti"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-mottasangiovanni-studiok.pdf", "role": "act",
     "what": "determinazione of the Settore I - Amministrativo, sector n. 3 of 10/01 and Reg. Gen. n. 14 of 11/01/2029 side by side in a box, dispositivo as dash-led paragraphs; HTML through wkhtmltopdf (CSS zoom)",
     "operative_points": 5,
     "act": {"municipality": M, "organ": "SETTORE I - AMMINISTRATIVO", "office": "Servizio Pubblica Istruzione",
             "kind": "determinazione", "number": 14, "sector_number": 3, "date": "2029-01-11",
             "subject": "PROROGA TECNICA DEL SERVIZIO DI REFEZIONE SCOLASTICA PER LE SCUOLE DELL'INFANZIA E PRIMARIA DEL TERRITORIO COMUNALE - PERIODO 12 GENNAIO / 28 FEBBRAIO 2029 - IMPEGNO DI SPESA - CIG B4E90A7C15"}},
    {"file": "ordinanza-mottasangiovanni-studiok.pdf", "role": "act",
     "what": "ordinanza contingibile e urgente n. 2/2029 of the Sindaco closing a landslide-hit road; fpdf2, core Helvetica, justified multi_cells",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "Sindaco", "kind": "ordinanza", "number": 2, "date": "2029-01-11",
             "subject": "CHIUSURA AL TRANSITO VEICOLARE E PEDONALE DI UN TRATTO DELLA STRADA COMUNALE DI COLLEGAMENTO TRA IL CENTRO ABITATO E LA FRAZIONE LAZZARO PER MOVIMENTO FRANOSO"}},
    {"file": "avviso-mottasangiovanni-studiok.pdf", "role": "notice",
     "what": "avviso pubblico (no number, Prot. n. 311) for rent-support contributions 2028; groff -ms (Times) through ps2pdf",
     "act": {"municipality": M, "office": "Servizio Politiche Sociali", "kind": "avviso", "date": "2029-01-10",
             "subject": "CONTRIBUTI INTEGRATIVI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE (ART. 11 DELLA LEGGE 9 DICEMBRE 1998, N. 431) - ANNUALITÀ 2028"}},

    # ------------------------------------------------------------ Trecastelli
    {"file": "deliberazione-trecastelli-halley.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 4/2029, Halley-like COPIA: 'Numero / Del' boxes, roll with P/A, 'Assume la presidenza il Signor ...', F.to signatures, pareri and attestato di pubblicazione; HTML by headless Chromium, running head as a repeated table header",
     "operative_points": 4,
     "act": {"municipality": T, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-11", "time": "13:00",
             "proposal_number": 5, "proposal_date": "2029-01-08",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "DETERMINAZIONE DELLE TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE PER L'ANNO 2029 E DEL TASSO DI COPERTURA DEI COSTI",
             "attendees": [att("MANCINELLI MARCO", "SINDACO"), att("BRUNETTI SILVIA", "VICESINDACO"),
                           att("GIOACCHINI LUCA", "ASSESSORE"), att("PIERPAOLI ELISA", "ASSESSORE", False),
                           att("SANTINI ROBERTO", "ASSESSORE")],
             "president": {"title": "Signor", "role": "SINDACO", "name": "MARCO MANCINELLI"},
             "secretary": {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "PAOLA GIROLIMINI"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-trecastelli-halley-2.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2029, Halley-like COPIA: roll in two columns of name + P/A without roles, scrutatori, vote with counts, blank executivity date; ReportLab canvas, paragraphs placed with wrapOn/drawOn",
     "operative_points": 3,
     "act": {"municipality": T, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-15", "time": "18:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E LA GESTIONE DEGLI ORTI SOCIALI URBANI",
             "attendees": [att("MANCINELLI MARCO", None), att("BRUNETTI SILVIA", None),
                           att("GIOACCHINI LUCA", None), att("SANTINI ROBERTO", None),
                           att("PIERPAOLI ELISA", None), att("BARTOLUCCI LORENA", None),
                           att("CARLONI FABIO", None), att("TOMASSONI GIULIA", None, False),
                           att("PAOLINELLI MIRKO", None), att("ROMAGNOLI ANDREA", None),
                           att("SARTINI VALENTINA", None), att("MORBIDELLI ENRICO", None, False),
                           att("BRAVI CLAUDIO", None, False)],
             "president": {"title": "Signora", "role": "PRESIDENTE DEL CONSIGLIO", "name": "LORENA BARTOLUCCI"},
             "secretary": {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "PAOLA GIROLIMINI"},
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 9, "in_favour": 7, "against": 2, "abstained": 1},
             "immediately_executive": False}},
    {"file": "determinazione-trecastelli-halley.pdf", "role": "act",
     "what": "copia di determinazione of the Area Tecnica Manutentiva, general register n. 18 and sector n. 3, both of 12-01-2029, in a tbl box; groff -t -ms through ps2pdf; running foot carries the sector number only",
     "operative_points": 4,
     "act": {"municipality": T, "organ": "AREA TECNICA MANUTENTIVA", "office": "SERVIZIO PATRIMONIO E VIABILITA'",
             "kind": "determinazione", "number": 18, "sector_number": 3, "date": "2029-01-12",
             "subject": "SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - STAGIONE INVERNALE 2028/2029 - INTEGRAZIONE IMPEGNO DI SPESA A FAVORE DELLA DITTA AGRITECNICA MISA S.R.L. - CIG B3D27E90A1"}},
    {"file": "decreto-trecastelli-halley.pdf", "role": "act",
     "what": "decreto sindacale n. 1/2029 delegating the celebration of a civil marriage to a councillor; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": T, "organ": "Sindaco", "kind": "decreto sindacale", "number": 1, "date": "2029-01-08",
             "subject": "DELEGA DELLE FUNZIONI DI UFFICIALE DELLO STATO CIVILE AL CONSIGLIERE COMUNALE SIG. FABIO CARLONI PER LA CELEBRAZIONE DI UN MATRIMONIO CIVILE IN DATA 20 GENNAIO 2029"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                for part in ("name", "role", "title"):
                    checks.append((who + "." + part, a[who][part], True))
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
