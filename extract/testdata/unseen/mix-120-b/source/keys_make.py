#!/usr/bin/env python3
"""Writes ../keys.json for set mix-120-b and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed). Subjects must be found
exactly as printed; names, roles, organs, offices and the body's name are
compared without regard to case or the shape of the apostrophe. Numbers,
dates (dd/mm/yyyy) and times must appear too. Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

UG = "Unione dei Comuni del Goceano"
CM = "Comunità Montana Vallo di Diano"
CS = "CONSORZIO INTERCOMUNALE PER I SERVIZI SOCIO ASSISTENZIALI OVEST TICINO"


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    {"file": "deliberazione-giunta-goceano-halley.pdf", "role": "act",
     "what": "Giunta dell'Unione n. 38/2027, roll of the eight Sindaci with their Comuni, Halley-like print "
             "made with ReportLab (justified with Tw, letter-spaced letterhead with Tc, running head and foot)",
     "operative_points": 4,
     "act": {"municipality": UG, "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 38,
             "date": "2027-08-05", "time": "12:30", "proposal_number": 45, "proposal_date": "2027-07-29",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "Approvazione dello schema di convenzione tra i Comuni aderenti per la gestione associata "
                        "del servizio di polizia locale – periodo 2027/2029.",
             "attendees": att([("SANNA Giovanni Maria", "Presidente", True),
                               ("MURA Antonella", "Vice Presidente", True),
                               ("DEIANA Paolo", "Componente", True),
                               ("FADDA Gian Luigi", "Componente", True),
                               ("CHESSA Maria Grazia", "Componente", False),
                               ("SOLINAS Tonino", "Componente", True),
                               ("PORCU Giuseppe", "Componente", False),
                               ("CARTA Roberta", "Componente", True)]),
             "president": {"title": "dott.", "role": "Presidente dell'Unione", "name": "Giovanni Maria Sanna"},
             "secretary": {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Franca Satta"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-assemblea-goceano-halley.pdf", "role": "act",
     "what": "Assemblea dell'Unione n. 14/2027, sixteen members (Sindaci and councillors with their Comuni) in a "
             "two-column roll, .docx through LibreOffice, letterhead in the first page's header, running head",
     "operative_points": 3,
     "act": {"municipality": UG, "organ": "Assemblea dell'Unione", "kind": "deliberazione", "number": 14,
             "date": "2027-08-26", "time": "18:00",
             "subject": "Variazione al bilancio di previsione finanziario 2027/2029 ai sensi dell'art. 175, comma 2, "
                        "del D.Lgs. n. 267/2000 – Applicazione di quota dell'avanzo di amministrazione vincolato.",
             "attendees": att([("SANNA Giovanni Maria", "Sindaco", True), ("MURA Antonella", "Sindaco", True),
                               ("DEIANA Paolo", "Sindaco", True), ("FADDA Gian Luigi", "Sindaco", True),
                               ("CHESSA Maria Grazia", "Sindaco", False), ("SOLINAS Tonino", "Sindaco", True),
                               ("PORCU Giuseppe", "Sindaco", True), ("CARTA Roberta", "Sindaco", True),
                               ("ARRU Francesco", "Consigliere", True), ("MELONI Sara", "Consigliere", True),
                               ("FARINA Giovanni", "Consigliere", False), ("PIRAS Angelo", "Consigliere", True),
                               ("MASIA Elena", "Consigliere", True), ("COSSU Mario", "Consigliere", False),
                               ("SECHI Ilaria", "Consigliere", True), ("ZICCHEDDU Marco", "Consigliere", True)]),
             "president": {"title": "sig.", "role": "Presidente dell'Assemblea", "name": "Tonino Solinas"},
             "secretary": {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Franca Satta"},
             "vote": "majority",
             "vote_counts": {"present": 13, "voters": 11, "in_favour": 11, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "decreto-goceano-halley.pdf", "role": "act",
     "what": "Decreto del Presidente dell'Unione n. 6/2027 (appointment of the Area Tecnica's head), the Halley "
             "letterhead re-typed in pdfLaTeX (words placed by TeX, typographic apostrophes)",
     "operative_points": 4,
     "act": {"municipality": UG, "organ": "Presidente", "kind": "decreto", "number": 6, "date": "2027-08-12",
             "subject": "Nomina del Responsabile dell’Area Tecnica e attribuzione delle funzioni di cui all’art. 107 "
                        "del D.Lgs. n. 267/2000 per il periodo 16 agosto – 31 dicembre 2027."}},
    {"file": "determinazione-goceano-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, Area n. 41 of 18/08/2027 and Registro Generale n. 287 of "
             "19/08/2027 in a heading grid, fpdf2, letter-spaced letterhead, publication stamp up the margin",
     "operative_points": 5,
     "act": {"municipality": UG, "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Patrimonio",
             "kind": "determinazione", "number": 287, "sector_number": 41, "date": "2027-08-19",
             "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del "
                        "servizio di manutenzione ordinaria degli automezzi dell'Unione alla ditta Autofficina Fois "
                        "Giovanni di Benetutti – Impegno di spesa – CIG B2A7C41F9E."}},
    {"file": "deliberazione-consiglio-vallodidiano-studiok.pdf", "role": "act",
     "what": "Consiglio Generale n. 9/2027, one representative per Comune in a two-column roll, Studio K-like "
             "letterhead with the fifteen Comuni down the side, Chromium with @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": CM, "organ": "Consiglio Generale", "kind": "deliberazione", "number": 9,
             "date": "2027-08-03", "time": "16:30",
             "subject": "Approvazione del Piano annuale degli interventi di forestazione e bonifica montana – "
                        "annualità 2027/2028 (L.R. n. 11/1996).",
             "attendees": att([("D'AMATO Giuseppe", "Sindaco", True), ("CAPOZZA Maria Rosaria", "Delegato", True),
                               ("LOMBARDI Vincenzo", "Sindaco", False), ("CARTOLANO Felice", "Sindaco", True),
                               ("GIORDANO Anna", "Delegato", True), ("MASTROIANNI Pietro", "Sindaco", True),
                               ("RUBINO Gerardo", "Sindaco", True), ("CURCIO Rocco", "Delegato", True),
                               ("ALLIEGRO Francesca", "Delegato", True), ("PAGLIARULO Domenico", "Sindaco", False),
                               ("ACETO Michele", "Sindaco", True),
                               ("PESSOLANO Antonio", "Presidente del Consiglio", True),
                               ("MARMO Carmine", "Sindaco", False), ("PETRIZZO Luisa", "Delegato", True),
                               ("MARONE Luigi", "Sindaco", True)]),
             "president": {"title": "dott.", "role": "Presidente del Consiglio Generale", "name": "Antonio Pessolano"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Nicola Cardone"},
             "vote": "majority",
             "vote_counts": {"present": 12, "in_favour": 10, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-giunta-vallodidiano-studiok.pdf", "role": "act",
     "what": "Giunta Esecutiva n. 52/2027, five members with their Comuni, proposal and Settore in the heading "
             "grid, wkhtmltopdf",
     "operative_points": 4,
     "act": {"municipality": CM, "organ": "Giunta Esecutiva", "kind": "deliberazione", "number": 52,
             "date": "2027-08-10", "time": "11:00", "proposal_number": 61, "proposal_date": "2027-08-05",
             "proposing_office": "Settore Tecnico",
             "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione "
                        "straordinaria della strada rurale \"Fonti – Pantano\" nel Comune di Sassano – CUP "
                        "H87H27000410002.",
             "attendees": att([("SPINELLI Raffaele", "Presidente", True), ("LA MOTTA Gianni", "Vice Presidente", True),
                               ("FEDERICO Annalisa", "Assessore", True), ("BOVE Carmelo", "Assessore", False),
                               ("GALLO Teresa", "Assessore", True)]),
             "president": {"title": "avv.", "role": "Presidente della Comunità Montana", "name": "Raffaele Spinelli"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Nicola Cardone"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "decreto-vallodidiano-studiok.pdf", "role": "act",
     "what": "Decreto del Presidente n. 4/2027 (RPCT), hand-written content streams (pikepdf): title glyph by "
             "glyph, Tw justification, letterhead and signature as Form XObjects drawn after the body, rotated "
             "protocol stamp",
     "operative_points": 3,
     "act": {"municipality": CM, "organ": "Presidente", "kind": "decreto", "number": 4, "date": "2027-08-09",
             "subject": "Nomina del Responsabile della prevenzione della corruzione e della trasparenza (RPCT) della "
                        "Comunità Montana Vallo di Diano."}},
    {"file": "determinazione-vallodidiano-studiok.pdf", "role": "act",
     "what": "determinazione of the Settore Agricoltura e Forestazione, Settore n. 57 of 20/08/2027, Registro "
             "Generale n. 402 of 23/08/2027: an 80-column Courier report in plain troff (groff, ps2pdf), running "
             "head with the number on page 2",
     "operative_points": 4,
     "act": {"municipality": "COMUNITA’ MONTANA VALLO DI DIANO", "organ": "SETTORE AGRICOLTURA E FORESTAZIONE",
             "office": "Servizio Antincendio Boschivo", "kind": "determinazione", "number": 402,
             "sector_number": 57, "date": "2027-08-23",
             "subject": "LIQUIDAZIONE INDENNITA’ AGLI OPERAI IDRAULICO-FORESTALI IMPIEGATI NEL SERVIZIO DI "
                        "AVVISTAMENTO INCENDI BOSCHIVI - MESE DI LUGLIO 2027."}},
    {"file": "deliberazione-assemblea-ovestticino-sicraweb.pdf", "role": "act",
     "what": "Assemblea consortile n. 7/2027, roll of the seven Comuni with representatives and quotas, an "
             "80-column Courier report through enscript and ps2pdf, running head with the number",
     "operative_points": 3,
     "act": {"municipality": CS, "organ": "Assemblea Consortile", "kind": "deliberazione", "number": 7,
             "date": "2027-08-04", "time": "17:30",
             "subject": "APPROVAZIONE DELLA CONVENZIONE CON L’ASL NO PER LA GESTIONE INTEGRATA DELLE PRESTAZIONI "
                        "SOCIO-SANITARIE E DEL PUNTO UNICO DI ACCESSO - TRIENNIO 2027/2029.",
             "attendees": att([("BERTONE LUCA", "SINDACO", True), ("FORNARA CHIARA", "ASSESSORE DELEGATO", True),
                               ("GUGLIELMETTI PAOLO", "SINDACO", True), ("ZANETTA MARISA", "SINDACO", False),
                               ("CAMASCHELLA RENATO", "VICE SINDACO DELEGATO", True),
                               ("MIGLIO DANIELA", "SINDACO", True), ("RAVIZZA STEFANO", "ASSESSORE DELEGATO", True)]),
             "president": {"title": "Sig.", "role": "Presidente dell’Assemblea consortile", "name": "Paolo Guglielmetti"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario del Consorzio", "name": "Elena Bovio"},
             "vote": "unanimous",
             "vote_counts": {"present": 6, "in_favour": 6, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-cda-ovestticino-sicraweb.pdf", "role": "act",
     "what": "Consiglio di Amministrazione n. 31/2027, five members with the Comune that designated each, organ "
             "only in the title, .docx through LibreOffice",
     "operative_points": 4,
     "act": {"municipality": CS, "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 31,
             "date": "2027-08-18", "time": "15:00", "proposal_number": 36, "proposal_date": "2027-08-11",
             "proposing_office": "AREA MINORI E FAMIGLIE",
             "subject": "Assegnazione ai Comuni consorziati dei contributi per l'inserimento di minori con disabilità "
                        "nei centri estivi 2027 e approvazione del relativo riparto.",
             "attendees": att([("BARBERIS Giulia", "Presidente", True), ("CAMPANA Enrico", "Vice Presidente", True),
                               ("FERRARI Davide", "Consigliere", True), ("TOSI Mariangela", "Consigliere", True),
                               ("PASTORE Ilaria", "Consigliere", False)]),
             "president": {"title": "Dott.ssa", "role": "Presidente del Consiglio di Amministrazione",
                           "name": "Giulia Barberis"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario del Consorzio", "name": "Elena Bovio"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "decreto-ovestticino-sicraweb.pdf", "role": "act",
     "what": "Decreto del Presidente n. 3/2027 (Nucleo di Valutazione): a form with number, date, subject and "
             "signer typed over underscores, acronym drawn glyph by glyph, ReportLab",
     "operative_points": 3,
     "act": {"municipality": CS, "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2027-08-11",
             "subject": "Nomina del Nucleo di Valutazione per il triennio 2027/2030."}},
    {"file": "determinazione-ovestticino-sicraweb.pdf", "role": "act",
     "what": "determinazione n. 214/2027: the Area only in the title, the Servizio only in the signature, "
             "Chromium with the number in a running head",
     "operative_points": 4,
     "act": {"municipality": CS, "organ": "Area Minori e Famiglie", "office": "Servizio Tutela Minori",
             "kind": "determinazione", "number": 214, "date": "2027-08-24", "proposal_number": 251,
             "proposal_date": "2027-08-20",
             "subject": "Impegno di spesa per l'inserimento di un minore in comunità educativa residenziale – "
                        "periodo 1° settembre – 31 dicembre 2027 – CIG B3D19E07A2."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).replace("\u2019", "'").replace("\u2018", "'").lower()


def ddmmyyyy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        exact, lo = norm(txt), loose(txt)
        a = k["act"]
        checks = []
        checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], False))
            checks.append(("attendee %d role" % i, p["role"], False))
        for f in ("president", "secretary"):
            if f in a:
                for g in ("title", "role", "name"):
                    checks.append(("%s.%s" % (f, g), a[f][g], False))
        for f in ("date", "proposal_date"):
            if f in a:
                checks.append((f, ddmmyyyy(a[f]), False))
        if "time" in a:
            checks.append(("time", a["time"], False))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                if not re.search(r"(?<!\d)%d(?!\d)" % a[f], exact):
                    print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        for what, s, is_exact in checks:
            ok = (norm(s) in exact) if is_exact else (loose(s) in lo)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], what, s)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
