#!/usr/bin/env python3
"""Writes ../keys.json for set mix-123-a and checks that every keyed string
(subject, municipality, organ, office, proposing office, names, roles, titles)
is found in `pdftotext -layout` of its PDF, white space collapsed.
Subjects are matched exactly; the other strings without regard to case.
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

BRENDOLA_DELIB_SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA "
                          "DI VIA PIAVE E DI REALIZZAZIONE DEL PERCORSO CICLOPEDONALE VERSO LA FRAZIONE DI VÒ – CUP "
                          "H91B27000410004")


def att(name, role, present):
    d = {"name": name}
    if role is not None:
        d["role"] = role
    d["present"] = present
    return d


KEYS = [
    {
        "file": "deliberazione-brendola-boxxapps.pdf",
        "role": "act",
        "what": "Giunta Comunale minute n. 148 of 16/11/2027 (PFTE of a road and cycle path), number box in the letterhead, "
                "ruled roll with Presente/Assente columns, running foot with number and page as @page margin boxes; "
                "HTML printed by headless Chromium",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Brendola",
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 148,
            "date": "2027-11-16",
            "time": "18:30",
            "proposal_number": 162,
            "proposal_date": "2027-11-10",
            "proposing_office": "AREA TECNICA - LAVORI PUBBLICI",
            "subject": BRENDOLA_DELIB_SUBJECT,
            "attendees": [
                att("DAL LAGO GIANLUCA", "Sindaco", True),
                att("TONIN ELISA", "Vicesindaco", True),
                att("PELLIZZARI MARCO", "Assessore", True),
                att("CRACCO SILVIA", "Assessore", False),
                att("ZANUSO ANDREA", "Assessore", True),
            ],
            "president": {"title": "sig.", "role": "Sindaco", "name": "Gianluca Dal Lago"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Bertinato"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-brendola-boxxapps.pdf",
        "role": "act",
        "what": "determinazione R.G. n. 611 of 17/11/2027 (Area's own n. 87 of 15/11/2027) awarding school-trip transport; "
                "ReportLab platypus, justified with Tw, letter-spaced heading with Tc, running head from page 2 and "
                "running foot with the register number on every page",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Brendola",
            "organ": "AREA AFFARI GENERALI E SERVIZI ALLA PERSONA",
            "office": "Servizio Istruzione, Cultura e Sport",
            "kind": "determinazione",
            "number": 611,
            "sector_number": 87,
            "date": "2027-11-17",
            "subject": "AFFIDAMENTO DEL SERVIZIO DI TRASPORTO PER LE USCITE DIDATTICHE DELLA SCUOLA PRIMARIA E SECONDARIA "
                       "DI PRIMO GRADO - PERIODO DICEMBRE 2027 / MAGGIO 2028 - IMPEGNO DI SPESA - CIG B4E71A29C3",
        },
    },
    {
        "file": "ordinanza-brendola-boxxapps.pdf",
        "role": "act",
        "what": "ordinanza sindacale n. 57 of 18/11/2027 (winter PM10 measures), number box in the page header, Word "
                "list numbering, footer with a PAGE field; .docx by python-docx exported by LibreOffice Writer 7.4",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Brendola",
            "organ": "Sindaco",
            "kind": "ordinanza",
            "number": 57,
            "date": "2027-11-18",
            "subject": "Misure temporanee per la prevenzione dell’inquinamento atmosferico da PM10: divieto di combustione "
                       "all’aperto di residui vegetali e limitazioni all’uso dei generatori di calore a biomassa legnosa "
                       "– periodo 20 novembre 2027 – 31 marzo 2028.",
        },
    },
    {
        "file": "attestazione-brendola-boxxapps.pdf",
        "role": "certificate",
        "what": "certificate of publication (and executivity) of G.C. 148/2027, published 19/11/2027, reg. pubbl. 1287: "
                "a form of underscores whose values are written afterwards over the blanks in a monospaced font; fpdf2",
        "act": {
            "municipality": "Comune di Brendola",
            "kind": "attestazione",
            "number": 148,
            "date": "2027-11-16",
            "subject": BRENDOLA_DELIB_SUBJECT,
        },
    },
    {
        "file": "deliberazione-calatabiano-apsystems.pdf",
        "role": "act",
        "what": "Giunta Municipale minute n. 131 of 17/11/2027 (Christmas events), Sicilian form with assessore anziano "
                "and publication certificate at the end; ReportLab canvas, every glyph placed alone with no spaces, "
                "letterhead and running head as Form XObjects painted last, rotated 'copia conforme' stamp up the margin",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Calatabiano",
            "organ": "Giunta Municipale",
            "kind": "deliberazione",
            "number": 131,
            "date": "2027-11-17",
            "time": "13:00",
            "proposal_number": 139,
            "proposal_date": "2027-11-12",
            "proposing_office": "Area Amministrativa – Servizi Culturali e Turistici",
            "subject": "ATTO DI INDIRIZZO E ASSEGNAZIONE RISORSE AL RESPONSABILE DELL'AREA AMMINISTRATIVA PER "
                       "L'ORGANIZZAZIONE DELLE MANIFESTAZIONI “NATALE A CALATABIANO 2027” E DEL PRESEPE VIVENTE AL CASTELLO",
            "attendees": [
                att("RUSSO CARMELO", "Sindaco", True),
                att("MUSUMECI AGATA", "Vice Sindaco", True),
                att("DI BELLA SALVATORE", "Assessore", True),
                att("PENNISI ROSARIA", "Assessore", False),
                att("CAVALLARO ALFIO", "Assessore", True),
            ],
            "president": {"title": "dott.", "role": "Sindaco", "name": "Carmelo Russo"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Grazia Maria Leonardi"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-calatabiano-apsystems.pdf",
        "role": "act",
        "what": "determinazione of the Area Tecnica n. 88 of 16/11/2027, Reg. Gen. n. 574 of 18/11/2027 (invoice payment); "
                "80-column Courier report by enscript with a running head carrying the register number, ps2pdf",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Calatabiano",
            "organ": "AREA TECNICA",
            "office": "SERVIZIO MANUTENZIONI E PUBBLICA ILLUMINAZIONE",
            "kind": "determinazione",
            "number": 574,
            "sector_number": 88,
            "date": "2027-11-18",
            "subject": "LIQUIDAZIONE FATTURA N. 214/PA DEL 31/10/2027 ALLA DITTA ELETTROSUD IMPIANTI S.R.L. PER IL "
                       "SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE - MESE DI OTTOBRE "
                       "2027 - CIG B2C4F81D07",
        },
    },
    {
        "file": "decreto-calatabiano-apsystems.pdf",
        "role": "act",
        "what": "decreto sindacale n. 24 of 15/11/2027 appointing the head of the Area Vigilanza; hand-written content "
                "streams assembled with pikepdf: lines justified with Tw, heading letter-spaced with Tc, letterhead Form "
                "XObject painted last, red protocol stamp Form XObject rotated 90 degrees up the right margin",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Calatabiano",
            "organ": "Sindaco",
            "kind": "decreto sindacale",
            "number": 24,
            "date": "2027-11-15",
            "subject": "Conferimento dell'incarico di Responsabile dell'Area Vigilanza – Polizia Municipale e attribuzione "
                       "delle funzioni di cui all'art. 51, comma 3-bis, della Legge 142/1990, come recepito dalla L.R. "
                       "48/1991, per il periodo dal 15/11/2027 al 31/12/2027.",
        },
    },
    {
        "file": "avviso-calatabiano-apsystems.pdf",
        "role": "notice",
        "what": "unnumbered avviso of the Area Amministrativa of 19/11/2027 (textbook grants 2027/2028), title in a box; "
                "wkhtmltopdf 0.12.6",
        "act": {
            "municipality": "Comune di Calatabiano",
            "office": "AREA AMMINISTRATIVA",
            "kind": "avviso",
            "date": "2027-11-19",
            "subject": "AVVISO PUBBLICO PER LA PRESENTAZIONE DELLE ISTANZE DI CONTRIBUTO PER LA FORNITURA GRATUITA O "
                       "SEMIGRATUITA DEI LIBRI DI TESTO – ANNO SCOLASTICO 2027/2028",
        },
    },
    {
        "file": "deliberazione-cerretodesi-halley.pdf",
        "role": "act",
        "what": "Consiglio Comunale minute n. 38 of 18-11-2027 (budget adjustment), roll of 11 names in two columns with "
                "P/A and no roles, vote by show of hands 7-2, running foot with number and page; pdfLaTeX (Times)",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Cerreto d’Esi",
            "organ": "Consiglio Comunale",
            "kind": "deliberazione",
            "number": 38,
            "date": "2027-11-18",
            "time": "21:00",
            "subject": "VARIAZIONE DI ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE "
                       "2027/2029 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. 267/2000",
            "attendees": [
                att("BARTOCCI LORENZO", None, True),
                att("MARINELLI SARA", None, True),
                att("PIERMATTEI LUCA", None, True),
                att("CARSETTI ELENA", None, False),
                att("ROSSINI MATTEO", None, True),
                att("TOMASSONI MARCO", None, True),
                att("GIACOMETTI PAOLO", None, True),
                att("FRATERNALI GIULIA", None, True),
                att("BORIONI ANDREA", None, False),
                att("SPURI DANIELE", None, True),
                att("LATINI FRANCESCA", None, True),
            ],
            "president": {"title": "Signor", "role": "SINDACO", "name": "BARTOCCI LORENZO"},
            "secretary": {"title": "Dott.", "role": "SEGRETARIO COMUNALE", "name": "Fabrizio Pacetti"},
            "vote": "majority",
            "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-cerretodesi-halley.pdf",
        "role": "act",
        "what": "determinazione of the Area Tecnica n. 96 of 16-11-2027, Registro generale n. 402 of 17-11-2027 (snow "
                "clearing), with the accounting visa and publication note; plain troff through groff -Tps and ps2pdf",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Cerreto d’Esi",
            "organ": "AREA TECNICA",
            "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI",
            "kind": "determinazione",
            "number": 402,
            "sector_number": 96,
            "date": "2027-11-17",
            "subject": "SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - STAGIONE INVERNALE "
                       "2027/2028 - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 - "
                       "CIG B5D2E07A41",
        },
    },
    {
        "file": "convocazione-cerretodesi-halley.pdf",
        "role": "notice",
        "what": "the Sindaco's letter of 19-11-2027 (prot. 9871) convening the Consiglio for 29-11-2027 with a six-item "
                "agenda; plain text in Courier through a2ps and ps2pdf (hyphens come out as minus signs)",
        "act": {
            "municipality": "Comune di Cerreto d’Esi",
            "kind": "convocazione",
            "date": "2027-11-19",
            "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA PER IL GIORNO 29 NOVEMBRE 2027.",
        },
    },
    {
        "file": "ordinanza-cerretodesi-halley.pdf",
        "role": "act",
        "what": "ordinanza of the Area Vigilanza n. 41 of 17-11-2027 (road closures for a Christmas market), Halley-like "
                "heading, letter-spaced ORDINA/DISPONE by CSS, running foot with number and page; headless Chromium",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Cerreto d'Esi",
            "organ": "AREA VIGILANZA",
            "office": "SERVIZIO POLIZIA LOCALE",
            "kind": "ordinanza",
            "number": 41,
            "date": "2027-11-17",
            "subject": "ISTITUZIONE TEMPORANEA DEL DIVIETO DI TRANSITO E DI SOSTA CON RIMOZIONE FORZATA IN PIAZZA LIPPERA "
                       "E IN VIA ROMA IN OCCASIONE DEI MERCATINI DI NATALE DEL 28 NOVEMBRE 2027",
        },
    },
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout
    return norm(out.decode("utf-8"))


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = text_of(path)
        low = txt.lower()
        a = k["act"]
        checks = []
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], False))
            if "role" in p:
                checks.append(("attendee %d role" % i, p["role"], False))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append(("%s.%s" % (who, f), v, False))
        for what, val, exact in checks:
            v = norm(val)
            ok = (v in txt) if exact else (v.lower() in low)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], what, val))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d files keyed, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
