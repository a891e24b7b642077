#!/usr/bin/env python3
"""Writes ../keys.json for set mix-121-a and checks it against the PDFs.

Every keyed string (municipality, organ, office, proposing office, subject,
attendees' names and roles, president's and secretary's title, role and
name) must be found in `pdftotext -layout` of its PDF, white space
collapsed. Subjects are matched exactly (case and punctuation as printed);
the other strings without regard to case, as the keys are scored. Runs of
three or more underscores (the blanks of a pre-printed form) are removed
from the text before matching, because the certificate's values are typed
over them on lines of their own. Dates and numbers must appear as printed
(dd/mm/yyyy or dd-mm-yyyy). Exits 1 on any miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

T = "Comune di Terricciola"
S = "Comune di Sicignano degli Alburni"
C = "Comune di Cividate al Piano"


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {
        "file": "deliberazione-terricciola-anthea.pdf", "role": "act",
        "what": "Giunta minute 87/2027 (Anthea style): ReportLab platypus, justified with Tw, running head "
                "with the number on page 2, 'Pag. x di y' foot",
        "operative_points": 4,
        "act": {
            "municipality": T, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 87, "date": "2027-09-14", "time": "17:30",
            "proposal_number": 102, "proposal_date": "2027-09-09",
            "proposing_office": "Settore 3 - Lavori Pubblici e Patrimonio",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                       "SICUREZZA DELLA STRADA COMUNALE DI SOIANA - CUP H17H27000410004",
            "attendees": [att("NARDINI Marco", "Sindaco"), att("PRATESI Elena", "Vicesindaco"),
                          att("GUIDI Lorenzo", "Assessore", False), att("BALDACCI Silvia", "Assessore"),
                          att("CEI Andrea", "Assessore")],
            "president": {"title": "Dott.", "role": "Sindaco", "name": "Marco Nardini"},
            "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Claudia Ferrucci"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-terricciola-anthea.pdf", "role": "act",
        "what": "determinazione R.G. 412 / Settore 58 (Anthea Word model): python-docx exported by LibreOffice "
                "Writer, letterhead in the page header, register grid, PAGE/NUMPAGES foot with the number",
        "operative_points": 5,
        "act": {
            "municipality": T, "organ": "Settore 2 - Servizi Finanziari e Tributi",
            "office": "Servizio Economato e Provveditorato", "kind": "determinazione",
            "number": 412, "sector_number": 58, "date": "2027-09-15",
            "subject": "AFFIDAMENTO DIRETTO DELLA FORNITURA DI CANCELLERIA E MATERIALE DI CONSUMO PER GLI "
                       "UFFICI COMUNALI - PERIODO OTTOBRE 2027 / SETTEMBRE 2028 - DITTA CARTOLERIA BINI S.R.L. "
                       "DI PONTEDERA - CIG B2C7F41A9E - IMPEGNO DI SPESA.",
        },
    },
    {
        "file": "ordinanza-terricciola-anthea.pdf", "role": "act",
        "what": "the Sindaco's ordinanza 31/2027 (Anthea HTML model) printed by headless Chromium; "
                "'IL SINDACO', 'ORDINA', 'DISPONE' letter-spaced by CSS",
        "operative_points": 3,
        "act": {
            "municipality": T, "organ": "Sindaco", "kind": "ordinanza", "number": 31, "date": "2027-09-16",
            "subject": "DIVIETO DI VENDITA PER ASPORTO E DI SOMMINISTRAZIONE DI BEVANDE IN CONTENITORI DI "
                       "VETRO E IN LATTINE IN OCCASIONE DELLA \"FESTA DELL'UVA E DEL VINO 2027\" (24, 25 E 26 "
                       "SETTEMBRE 2027).",
        },
    },
    {
        "file": "certificato-terricciola-anthea.pdf", "role": "certificate",
        "what": "certificate of publication of Giunta 87/2027 (register 1174/2027, affixed 16/09/2027): fpdf2, "
                "a pre-printed form whose underscore blanks are filled in Courier above the lines",
        "act": {
            "municipality": T, "kind": "attestazione", "number": 87, "date": "2027-09-14",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                       "SICUREZZA DELLA STRADA COMUNALE DI SOIANA - CUP H17H27000410004",
        },
    },
    {
        "file": "deliberazione-sicignanodeglialburni-asmenet.pdf", "role": "act",
        "what": "Consiglio minute 24/2027 (Asmenet style): plain troff + tbl through groff -Tps and ps2pdf, "
                "roll of 13 in two columns side by side, running head and foot with the number",
        "operative_points": 4,
        "act": {
            "municipality": S, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 24, "date": "2027-09-13", "time": "18:00",
            "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO TEMPORANEO DEI "
                       "LOCALI E DELLE STRUTTURE DI PROPRIETÀ COMUNALE.",
            "attendees": [att("CAPOZZOLI Antonio", "Sindaco"), att("MARMO Teresa", "Consigliere"),
                          att("LEMBO Gerardo", "Consigliere"), att("D’ALESSIO Carmine", "Consigliere"),
                          att("SPINIELLO Rosa", "Consigliere", False), att("CUOZZO Pasquale", "Consigliere"),
                          att("PARISI Nicola", "Consigliere"), att("TROTTA Angela", "Consigliere"),
                          att("VOZA Domenico", "Consigliere"), att("MAIESE Luca", "Consigliere"),
                          att("GIORDANO Maria Rosaria", "Consigliere", False),
                          att("FEDERICO Salvatore", "Consigliere"), att("IANNUZZI Francesco", "Consigliere")],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Capozzoli"},
            "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Raffaele Citro"},
            "vote": "majority",
            "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-sicignanodeglialburni-asmenet.pdf", "role": "act",
        "what": "determinazione R.G. 301 / Area 112 (Asmenet legacy print): 80-column Courier report by "
                "enscript, running head with the number, boxes of = and -, accents as apostrophes",
        "operative_points": 5,
        "act": {
            "municipality": S, "organ": "Area Tecnica - Manutentiva", "office": "Servizio Lavori Pubblici",
            "kind": "determinazione", "number": 301, "sector_number": 112, "date": "2027-09-15",
            "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA PUBBLICA ILLUMINAZIONE IN LOCALITA’ SCORZO "
                       "- CUP F47H26000180001 - CIG B1D4E92F07 - LIQUIDAZIONE I STATO DI AVANZAMENTO LAVORI "
                       "ALLA DITTA ELETTROIMPIANTI ALBURNI S.R.L.",
        },
    },
    {
        "file": "decreto-sicignanodeglialburni-asmenet.pdf", "role": "act",
        "what": "Decreto del Sindaco 9/2027 (Asmenet style) typeset by pdfLaTeX: glyphs kerned, no space "
                "characters, a protocol stamp rotated up the left margin, foot with the number",
        "operative_points": 5,
        "act": {
            "municipality": S, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2027-09-16",
            "subject": "NOMINA DEL RESPONSABILE PER LA TRANSIZIONE AL DIGITALE AI SENSI DELL’ART. 17 DEL "
                       "D.LGS. 7 MARZO 2005, N. 82.",
        },
    },
    {
        "file": "avviso-sicignanodeglialburni-asmenet.pdf", "role": "notice",
        "what": "unnumbered avviso pubblico on school-book grants (Asmenet portal HTML) printed by wkhtmltopdf",
        "act": {
            "municipality": S, "office": "Area Amministrativa", "kind": "avviso", "date": "2027-09-17",
            "subject": "FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO - ANNO SCOLASTICO 2027/2028",
        },
    },
    {
        "file": "deliberazione-cividatealpiano-sinergis.pdf", "role": "act",
        "what": "Giunta minute 63/2027 (Sinergis report engine): hand-written content streams via pikepdf, "
                "every glyph placed alone, Form XObjects for letterhead, foot and signatures, drawn after the "
                "body; roll in two tables side by side; Albo stamp rotated up the right margin",
        "operative_points": 4,
        "act": {
            "municipality": C, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 63, "date": "2027-09-15", "time": "18:45",
            "proposal_number": 71, "proposal_date": "2027-09-10",
            "proposing_office": "Area Servizi alla Persona",
            "subject": "CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA "
                       "STAGIONE SPORTIVA 2027/2028. CRITERI E INDIRIZZI AL RESPONSABILE DEL SERVIZIO.",
            "attendees": [att("BELOTTI Stefano", "Sindaco"), att("RAVASIO Chiara", "Vicesindaco"),
                          att("MOIOLI Davide", "Assessore"), att("FACCHINETTI Laura", "Assessore", False),
                          att("PREVITALI Marco", "Assessore")],
            "president": {"title": "sig.", "role": "Sindaco", "name": "Stefano Belotti"},
            "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabio Locatelli"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-cividatealpiano-sinergis.pdf", "role": "act",
        "what": "determinazione 298 / Area 41 (Sinergis): ReportLab, headings letter-spaced with Tc, body "
                "justified with Tw, number box on the right, running foot with the number",
        "operative_points": 4,
        "act": {
            "municipality": C, "organ": "Area Servizi alla Persona",
            "office": "Servizio Sport, Cultura e Tempo Libero", "kind": "determinazione",
            "number": 298, "sector_number": 41, "date": "2027-09-17",
            "proposal_number": 327, "proposal_date": "2027-09-16",
            "subject": "IMPEGNO DI SPESA E LIQUIDAZIONE DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE "
                       "DILETTANTISTICHE PER LA STAGIONE SPORTIVA 2027/2028, IN ESECUZIONE DELLA DELIBERAZIONE "
                       "G.C. N. 63 DEL 15/09/2027.",
        },
    },
    {
        "file": "ordinanza-cividatealpiano-sinergis.pdf", "role": "act",
        "what": "traffic ordinanza 44/2027 of the Area Vigilanza: 80-column text printed by a2ps (Courier, "
                "title bar with the number, box of + and -) through ps2pdf",
        "operative_points": 4,
        "act": {
            "municipality": C, "organ": "Area Vigilanza", "office": "Servizio di Polizia Locale",
            "kind": "ordinanza", "number": 44, "date": "2027-09-13",
            "subject": "REGOLAMENTAZIONE TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA CAVOUR E IN VIA "
                       "MARTIRI DELLA LIBERTA’ PER LAVORI DI ALLACCIAMENTO ALLA RETE DEL GAS METANO DAL "
                       "20/09/2027 AL 01/10/2027.",
        },
    },
    {
        "file": "convocazione-cividatealpiano-sinergis.pdf", "role": "notice",
        "what": "the Sindaco's convocation of the Consiglio for 23/09/2027 (prot. 8712): flat ODF exported by "
                "LibreOffice Writer, numbered order of the day",
        "act": {
            "municipality": C, "kind": "convocazione", "date": "2027-09-16",
            "subject": "Convocazione del Consiglio Comunale in sessione ordinaria.",
        },
    },
]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
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
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        checks.append(("subject", a["subject"], True))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], False))
            checks.append(("attendee %d role" % i, p["role"], False))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append(("%s.%s" % (who, f), v, False))
        for f, v, exact in checks:
            v = norm(v)
            ok = (v in txt) if exact else (v.lower() in low)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], f, v))
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in txt and "%s-%s-%s" % (d, m, y) not in txt:
                    print("MISS %s %s: %s" % (k["file"], f, a[f]))
                    misses += 1
        if "time" in a and a["time"] not in txt:
            print("MISS %s time: %s" % (k["file"], a["time"]))
            misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], txt):
                print("MISS %s %s: %s" % (k["file"], f, a[f]))
                misses += 1
        ps = [p for p in a.get("attendees", [])]
        if "vote_counts" in a and "present" in a["vote_counts"]:
            if sum(1 for p in ps if p["present"]) != a["vote_counts"]["present"]:
                print("MISS %s: present count differs from the roll" % k["file"])
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
