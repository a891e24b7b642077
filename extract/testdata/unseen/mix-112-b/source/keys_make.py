#!/usr/bin/env python3
"""Writes ../keys.json for set mix-112-b and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed; organs,
offices, names, roles and titles compared without regard to case, subjects
as printed). Numbers and dates are looked for as printed (dd/mm/yyyy).
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

FORGARIA = "Comune di Forgaria nel Friuli"
ROSETO = "Comune di Roseto degli Abruzzi"
ALTAVILLA = "Comune di Altavilla Irpina"

ROSETO_SEC = {"title": "dott.ssa", "role": "Segretario Generale", "name": "Manuela Di Febo"}

KEYS = [
    {
        "file": "determinazione-forgarianelfriuli-ascotweb.pdf",
        "role": "act",
        "what": "determinazione of the Area Tecnica whose Responsabile is the Sindaco (art. 53 c. 23 L. 388/2000); "
                "ReportLab canvas, body justified with Tw and Tc, running head and foot with the number",
        "operative_points": 5,
        "act": {
            "municipality": FORGARIA,
            "organ": "Area Tecnica e Tecnico-Manutentiva",
            "office": "Servizio Lavori Pubblici e Manutenzioni",
            "kind": "determinazione",
            "number": 412,
            "sector_number": 87,
            "date": "2026-12-14",
            "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria del capoluogo. "
                       "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta "
                       "Coperture Tagliamento S.r.l. e impegno di spesa. CUP J47H26001230004 - CIG B4F2A81C07.",
        },
    },
    {
        "file": "ordinanza-forgarianelfriuli-ascotweb.pdf",
        "role": "act",
        "what": "ordinanza adopted by the Vicesindaco for the Sindaco temporarily impeded; hand-written content "
                "stream (pikepdf), every glyph placed alone, letterhead Form XObject drawn after the body, "
                "Albo stamp rotated up the left margin",
        "operative_points": 3,
        "act": {
            "municipality": FORGARIA,
            "organ": "Vicesindaco",
            "kind": "ordinanza",
            "number": 31,
            "date": "2026-12-18",
            "proposing_office": "Area Tecnica e Tecnico-Manutentiva",
            "subject": "Chiusura temporanea al transito della strada comunale per Monte Prat, nel tratto compreso tra "
                       "la localit\u00e0 Cornino e il bivio per Flagogna, per caduta massi.",
        },
    },
    {
        "file": "deliberazione-forgarianelfriuli-ascotweb.pdf",
        "role": "act",
        "what": "Giunta minute presided by the Vicesindaco, the Sindaco absent; .docx (python-docx) exported by "
                "LibreOffice Writer, roll in a table of two columns of members, page fields in the footer",
        "operative_points": 3,
        "act": {
            "municipality": FORGARIA,
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 96,
            "date": "2026-12-16",
            "time": "18:00",
            "proposal_number": 104,
            "proposal_date": "2026-12-10",
            "proposing_office": "Area Amministrativa",
            "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Loco Forgaria per la gestione "
                       "dei servizi turistici e di accoglienza presso il lago di Cornino per gli anni 2027-2028.",
            "attendees": [
                {"name": "MOLINARO Pierluigi", "role": "Sindaco", "present": False},
                {"name": "ZANNIER Mauro", "role": "Vicesindaco", "present": True},
                {"name": "CIMENTI Elisa", "role": "Assessore", "present": True},
                {"name": "MARCUZZI Daniele", "role": "Assessore", "present": True},
                {"name": "PICCO Sonia", "role": "Assessore", "present": True},
            ],
            "president": {"title": "sig.", "role": "Vicesindaco", "name": "Mauro Zannier"},
            "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Lorena Bortolussi"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "attestazione-forgarianelfriuli-ascotweb.pdf",
        "role": "certificate",
        "what": "certificate of publication of Giunta deliberation 96 (L.R. 21/2003); fpdf2, a form of underscore "
                "blanks with the values typed over them in Courier",
        "act": {
            "municipality": FORGARIA,
            "kind": "attestazione",
            "number": 96,
            "date": "2026-12-16",
            "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Loco Forgaria per la gestione "
                       "dei servizi turistici e di accoglienza presso il lago di Cornino per gli anni 2027-2028.",
        },
    },
    {
        "file": "giunta-roseto-sicrawebevo.pdf",
        "role": "act",
        "what": "deliberation of the Commissario Prefettizio with the powers of the Giunta; HTML printed by "
                "headless Chromium, boxed header grid, letter-spaced headings, running foot by position:fixed",
        "operative_points": 4,
        "act": {
            "municipality": ROSETO,
            "organ": "Commissario Prefettizio",
            "kind": "deliberazione",
            "number": 52,
            "date": "2026-12-04",
            "time": "12:30",
            "proposal_number": 61,
            "proposal_date": "2026-11-30",
            "proposing_office": "Settore II - Servizi Finanziari e Tributi",
            "subject": "Servizi pubblici a domanda individuale. Determinazione delle tariffe e delle contribuzioni "
                       "per l'anno 2027 e del tasso di copertura dei costi.",
            "secretary": ROSETO_SEC,
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio-roseto-sicrawebevo.pdf",
        "role": "act",
        "what": "deliberation of the Commissario Prefettizio with the powers of the Consiglio (DUP and budget); "
                "pdfLaTeX (Times), microtype letter-spaced headings, fancyhdr running head with the number",
        "operative_points": 5,
        "act": {
            "municipality": ROSETO,
            "organ": "Commissario Prefettizio",
            "kind": "deliberazione",
            "number": 23,
            "date": "2026-12-21",
            "time": "13:00",
            "proposal_number": 24,
            "proposal_date": "2026-12-14",
            "proposing_office": "Settore II - Servizi Finanziari e Tributi",
            "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2027/2029 e del bilancio di "
                       "previsione finanziario 2027/2029 con i relativi allegati.",
            "secretary": ROSETO_SEC,
            "immediately_executive": True,
        },
    },
    {
        "file": "decreto-roseto-sicrawebevo.pdf",
        "role": "act",
        "what": "decree of the Commissario Prefettizio giving a Dirigente the Settore IV ad interim; wkhtmltopdf",
        "operative_points": 4,
        "act": {
            "municipality": ROSETO,
            "organ": "Commissario Prefettizio",
            "office": "Ufficio di Gabinetto - Segreteria Generale",
            "kind": "decreto",
            "number": 9,
            "date": "2026-12-01",
            "subject": "Conferimento all'ing. Ernesto Pavone, Dirigente del Settore III - Urbanistica ed Edilizia "
                       "Privata, dell'incarico ad interim di direzione del Settore IV - Lavori Pubblici e Ambiente.",
        },
    },
    {
        "file": "determinazione-roseto-sicrawebevo.pdf",
        "role": "act",
        "what": "determinazione of Settore IV signed by the Dirigente ad interim; fpdf2 core fonts, justified with "
                "word spacing, letter-spaced headings, running head with the number from page 2",
        "operative_points": 5,
        "act": {
            "municipality": ROSETO,
            "organ": "Settore IV - Lavori Pubblici e Ambiente",
            "office": "Servizio Manutenzioni e Viabilit\u00e0",
            "kind": "determinazione",
            "number": 1874,
            "sector_number": 311,
            "date": "2026-12-22",
            "proposal_number": 2190,
            "proposal_date": "2026-12-18",
            "subject": "Servizio di sgombero neve e trattamento antighiaccio delle strade comunali collinari di "
                       "Montepagano, Cologna e Santa Lucia - stagione invernale 2026/2027. Affidamento e impegno di "
                       "spesa. CIG B5C1E7A920.",
        },
    },
    {
        "file": "determinazione-altavillairpina-gies.pdf",
        "role": "act",
        "what": "determinazione of the Segretario comunale as Responsabile del Servizio Personale; 80-column "
                "Courier text through enscript (running head with the number) and ps2pdf",
        "operative_points": 4,
        "act": {
            "municipality": ALTAVILLA,
            "organ": "Area Amministrativa",
            "office": "Servizio Personale",
            "kind": "determinazione",
            "number": 538,
            "sector_number": 44,
            "date": "2026-12-11",
            "subject": "APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE E DELLA GRADUATORIA FINALE DEL "
                       "CONCORSO PUBBLICO PER TITOLI ED ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE "
                       "AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO.",
        },
    },
    {
        "file": "allegato-altavillairpina-gies.pdf",
        "role": "attachment",
        "what": "annex A to determinazione 538: the final ranking as an 80-column Courier table; a2ps and ps2pdf",
        "act": {"municipality": ALTAVILLA},
    },
    {
        "file": "ordinanza-altavillairpina-gies.pdf",
        "role": "act",
        "what": "ordinanza of the Assessore anziano for the absent Sindaco and Vicesindaco (fireworks ban); plain "
                "troff in Courier, justified and hyphenated by groff, running head and foot by page traps",
        "operative_points": 3,
        "act": {
            "municipality": ALTAVILLA,
            "organ": "Assessore Anziano",
            "kind": "ordinanza",
            "number": 27,
            "date": "2026-12-23",
            "proposing_office": "Polizia Locale",
            "subject": "DIVIETO DI UTILIZZO DI PETARDI, BOTTI E ARTIFICI PIROTECNICI NEL CENTRO ABITATO E NELLE "
                       "FRAZIONI IN OCCASIONE DELLE FESTIVITA' DI FINE ANNO 2026.",
        },
    },
    {
        "file": "avviso-altavillairpina-gies.pdf",
        "role": "notice",
        "what": "avviso of the ranking's approval, signed by the Segretario comunale as Responsabile del Servizio "
                "Personale; PostScript written line by line in Courier, protocol typed over blanks, ps2pdf",
        "act": {
            "municipality": ALTAVILLA,
            "office": "Servizio Personale",
            "kind": "avviso",
            "date": "2026-12-14",
            "subject": "APPROVAZIONE DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO PER TITOLI ED ESAMI PER LA "
                       "COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A "
                       "TEMPO PIENO E INDETERMINATO",
        },
    },
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout
    return collapse(out.decode("utf-8"))


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def main():
    misses = []
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            misses.append((k["file"], "file", "missing"))
            continue
        txt = text_of(path)
        low = txt.lower()
        a = k.get("act", {})

        def need(field, value, exact=False):
            v = collapse(value)
            ok = (v in txt) if exact else (v.lower() in low)
            if not ok:
                misses.append((k["file"], field, v))

        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(f, a[f])
        if "subject" in a:
            need("subject", a["subject"], exact=True)
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                if not re.search(r"(?<![0-9])%d(?![0-9])" % a[f], txt):
                    misses.append((k["file"], f, a[f]))
        for f in ("date", "proposal_date"):
            if f in a:
                need(f, dmy(a[f]))
        if "time" in a:
            need("time", a["time"])
        for att in a.get("attendees", []):
            need("attendee name", att["name"])
            need("attendee role", att["role"])
        for f in ("president", "secretary"):
            if f in a:
                for sub in ("title", "role", "name"):
                    if sub in a[f]:
                        need("%s.%s" % (f, sub), a[f][sub])
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    if misses:
        for m in misses:
            print("MISS %s: %s = %r" % m)
        sys.exit(1)
    print("keys.json written, %d files, every keyed string found" % len(KEYS))


if __name__ == "__main__":
    main()
