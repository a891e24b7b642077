#!/usr/bin/env python3
"""Writes ../keys.json for set mix-115-a and checks every keyed string
(municipality, organ, office, proposing office, subject, attendees' names
and roles, president and secretary) against `pdftotext -layout` of its PDF,
white space collapsed. Subjects and names must match as printed; organs,
offices, roles and the municipality are compared without regard to case
(as the keys' conventions compare them). Exits 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    {
        "file": "deliberazione-spresiano-kibernetes.pdf",
        "role": "act",
        "what": "Giunta Comunale minute n. 38 (Kibernetes-like layout): ReportLab platypus, paragraphs justified "
                "with Tw, running head with the act's number from page 2, 'Pag. x di 3' foot",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Spresiano",
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 38,
            "date": "2027-03-09",
            "time": "18:30",
            "proposal_number": 52,
            "proposal_date": "2027-03-03",
            "proposing_office": "Area Tecnica – Servizio Lavori Pubblici",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                       "SICUREZZA DELLA PISTA CICLABILE DI VIA DEI GIARDINI – CUP D41B27000120004.",
            "attendees": roll([("ZANATTA Riccardo", "Sindaco", True), ("BORTOLIN Elisa", "Vicesindaco", True),
                               ("DE MARCHI Luca", "Assessore", True), ("FAVARO Chiara", "Assessore", True),
                               ("MENEGALDO Stefano", "Assessore", False), ("PIVATO Giorgia", "Assessore", True)]),
            "president": {"title": "sig.", "role": "Sindaco", "name": "Riccardo Zanatta"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Francesca Dal Col"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-spresiano-kibernetes.pdf",
        "role": "act",
        "what": "Area Tecnica determinazione, general register 112 and Area register 27: hand-written content "
                "streams assembled by pikepdf, every glyph placed alone (no spaces), headings letter-spaced with Tc",
        "operative_points": 6,
        "act": {
            "municipality": "Comune di Spresiano",
            "organ": "Area Tecnica",
            "office": "Servizio Lavori Pubblici e Manutenzioni",
            "kind": "determinazione",
            "number": 112,
            "sector_number": 27,
            "date": "2027-03-10",
            "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL "
                       "SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI PER L'ANNO 2027 ALLA "
                       "DITTA VERDE PIAVE SOC. COOP. – CIG B6F2A91C3E – IMPEGNO DI SPESA.",
        },
    },
    {
        "file": "ordinanza-spresiano-kibernetes.pdf",
        "role": "act",
        "what": "Sindaco's ordinanza n. 9 (PM10 alert level 1): .docx written by python-docx, exported by "
                "LibreOffice Writer 7.4; header table with crest on every page, foot with number and page fields",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Spresiano",
            "organ": "Sindaco",
            "kind": "ordinanza",
            "number": 9,
            "date": "2027-03-11",
            "subject": "MISURE TEMPORANEE PER IL CONTENIMENTO DELL'INQUINAMENTO ATMOSFERICO DA PM10 – ATTIVAZIONE "
                       "DEL LIVELLO DI ALLERTA 1 (ARANCIO) DAL 12 AL 15 MARZO 2027.",
        },
    },
    {
        "file": "certificato-spresiano-kibernetes.pdf",
        "role": "certificate",
        "what": "certificate of publication (and of executivity) of Giunta deliberation n. 38: HTML printed by "
                "headless Chromium, the Albo's stamp a CSS-rotated box at the top right",
        "act": {
            "municipality": "Comune di Spresiano",
            "kind": "attestazione",
            "number": 38,
            "date": "2027-03-09",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                       "SICUREZZA DELLA PISTA CICLABILE DI VIA DEI GIARDINI – CUP D41B27000120004.",
        },
    },
    {
        "file": "deliberazione-chiaravallecentrale-asmenet.pdf",
        "role": "act",
        "what": "Consiglio Comunale minute n. 7 (TARI 2027) as an 80-column Courier report: text printed by "
                "enscript (running head with number and 'Pag. n di m'), ps2pdf; roll in two columns side by side",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Chiaravalle Centrale",
            "organ": "Consiglio Comunale",
            "kind": "deliberazione",
            "number": 7,
            "date": "2027-03-10",
            "time": "17:00",
            "proposal_number": 9,
            "proposal_date": "2027-02-26",
            "proposing_office": "Settore Economico-Finanziario",
            "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI "
                       "PER L’ANNO 2027 E DELLE TARIFFE TARI 2027.",
            "attendees": roll([("CHIEFARI Vincenzo", "Sindaco", True), ("TALARICO Giuseppe", "Presidente", True),
                               ("GALLELLI Maria Rosa", "Consigliere", True), ("MAIDA Francesco", "Consigliere", True),
                               ("SCALZO Antonella", "Consigliere", True), ("PROCOPIO Raffaele", "Consigliere", False),
                               ("IANNONE Teresa", "Consigliere", True), ("CORAPI Bruno", "Consigliere", True),
                               ("VOCATURO Angela", "Consigliere", True),
                               ("MONTELEONE Pasquale", "Consigliere", True),
                               ("GRILLO Caterina", "Consigliere", True), ("LENTINI Saverio", "Consigliere", True),
                               ("FODARO Luigi", "Consigliere", False)]),
            "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Giuseppe Talarico"},
            "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Salvatore Iozzo"},
            "vote": "majority",
            "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-chiaravallecentrale-asmenet.pdf",
        "role": "act",
        "what": "Settore Amministrativo determinazione, Reg. Gen. 141 / Reg. Settore 38: plain troff through "
                "groff -Tps and ps2pdf, Times justified by groff word by word, running head from page 2",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Chiaravalle Centrale",
            "organ": "Settore Amministrativo",
            "office": "Servizio Pubblica Istruzione",
            "kind": "determinazione",
            "number": 141,
            "sector_number": 38,
            "date": "2027-03-11",
            "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027 – LIQUIDAZIONE FATTURA N. 14/PA DEL "
                       "28/02/2027 ALLA DITTA AUTOLINEE SERRATESI S.R.L. – CIG B4D7E11A92.",
        },
    },
    {
        "file": "decreto-chiaravallecentrale-asmenet.pdf",
        "role": "act",
        "what": "Sindaco's decreto n. 4 (head of the Settore Tecnico): pdfLaTeX, Times, glyphs set by TeX with "
                "no space characters, small capitals, the euro sign's text a 'C'",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Chiaravalle Centrale",
            "organ": "Sindaco",
            "kind": "decreto",
            "number": 4,
            "date": "2027-03-08",
            "subject": "Conferimento dell’incarico di Responsabile del Settore Tecnico e attribuzione della "
                       "titolarità di incarico di Elevata Qualificazione all’ing. Fabio Gualtieri per il periodo "
                       "08/03/2027 – 31/12/2027.",
        },
    },
    {
        "file": "convocazione-chiaravallecentrale-asmenet.pdf",
        "role": "notice",
        "what": "convocation of the Consiglio for 18/03/2027: fpdf2, a printed model whose blanks of underscores "
                "are filled in Courier drawn over the lines after the form",
        "act": {
            "municipality": "Comune di Chiaravalle Centrale",
            "kind": "convocazione",
            "date": "2027-03-11",
            "subject": "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 18 marzo 2027.",
        },
    },
    {
        "file": "deliberazione-contigliano-sicraweb.pdf",
        "role": "act",
        "what": "Giunta Comunale minute n. 21 (Sicraweb-like grid): HTML printed by headless Chromium, headings "
                "letter-spaced by CSS, CSS page-margin boxes with number and 'Pag. x di 3'",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Contigliano",
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 21,
            "date": "2027-03-11",
            "time": "13:00",
            "proposal_number": 27,
            "proposal_date": "2027-03-05",
            "proposing_office": "Area Tecnica",
            "subject": "ADESIONE ALL'AVVISO PUBBLICO REGIONALE PER IL FINANZIAMENTO DI INTERVENTI DI "
                       "VALORIZZAZIONE DEI CAMMINI – CAMMINO DI FRANCESCO – APPROVAZIONE DEL PROGETTO E DELLA "
                       "SCHEDA DI CANDIDATURA.",
            "attendees": roll([("CESARINI Marco", "Sindaco", True), ("FIORI Laura", "Vicesindaco", True),
                               ("ANGELUCCI Roberto", "Assessore", False), ("DE SANTIS Claudia", "Assessore", True)]),
            "president": {"role": "Sindaco", "name": "Marco Cesarini"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Sebastiani"},
            "vote": "unanimous",
            "vote_counts": {"present": 3, "voters": 3, "in_favour": 3, "against": 0, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-contigliano-sicraweb.pdf",
        "role": "act",
        "what": "Area Tecnica determinazione, Reg. Gen. 96 / Reg. Area 18: HTML printed by wkhtmltopdf 0.12.6 "
                "(CSS zoom), registers in a ruled grid, visto contabile in a box on page 2",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Contigliano",
            "organ": "Area Tecnica",
            "office": "Manutenzioni e Patrimonio",
            "kind": "determinazione",
            "number": 96,
            "sector_number": 18,
            "date": "2027-03-09",
            "subject": "SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE – ANNO 2027 – "
                       "AFFIDAMENTO DIRETTO ALLA DITTA ELETTROSABINA S.R.L. E IMPEGNO DI SPESA – CIG B7C3D21F08.",
        },
    },
    {
        "file": "avviso-contigliano-sicraweb.pdf",
        "role": "notice",
        "what": "unnumbered avviso pubblico (rent contributions 2027): ReportLab canvas, letterhead and foot as "
                "Form XObjects, page drawn out of reading order, protocol stamp rotated up the left margin",
        "act": {
            "municipality": "Comune di Contigliano",
            "organ": "AREA AMMINISTRATIVA",
            "office": "Servizi Sociali",
            "kind": "avviso",
            "date": "2027-03-12",
            "subject": "CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2027",
        },
    },
    {
        "file": "ordinanza-contigliano-sicraweb.pdf",
        "role": "act",
        "what": "Area Vigilanza ordinanza n. 6 (traffic for a market): fpdf2 with embedded Liberation Sans, "
                "justified paragraphs, letter-spaced headings (Tc), running head with the number on page 2",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Contigliano",
            "organ": "Area Vigilanza",
            "office": "Polizia Locale",
            "kind": "ordinanza",
            "number": 6,
            "date": "2027-03-12",
            "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN PIAZZA VITTORIO EMANUELE II E "
                       "IN VIA ROMA PER LO SVOLGIMENTO DEL \"MERCATINO DI PRIMAVERA\" DI DOMENICA 21 MARZO 2027.",
        },
    },
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        text = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
        a = k.get("act", {})
        checks = []  # (label, value, case_sensitive)
        checks.append(("municipality", a.get("municipality"), False))
        for fld in ("organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), False))
        checks.append(("subject", a.get("subject"), True))
        for at in a.get("attendees", []):
            checks.append(("attendee", at["name"], True))
            checks.append(("role", at["role"], False))
        for who in ("president", "secretary"):
            if who in a:
                checks.append((who, a[who]["name"], True))
                checks.append((who + " role", a[who]["role"], False))
                if "title" in a[who]:
                    checks.append((who + " title", a[who]["title"] + " " + a[who]["name"], False))
        for label, val, cs in checks:
            if not val:
                continue
            v = norm(val)
            hay, needle = (text, v) if cs else (text.lower(), v.lower())
            if needle not in hay:
                print("MISS %-48s %-16s %s" % (k["file"], label, val))
                misses += 1
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
