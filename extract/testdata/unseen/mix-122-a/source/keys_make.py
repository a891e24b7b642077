#!/usr/bin/env python3
"""Writes keys.json for set mix-122-a and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; apostrophes and double
quotes of any shape made plain; subjects compared with their case, organs,
offices, names, roles and titles without it). Numbers and dates must appear
too (dates as dd/mm/yyyy). Exits 1 on any miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

A_SUBJ = ("Approvazione del progetto di fattibilità tecnico-economica dei lavori di "
          "manutenzione straordinaria della strada rurale Sa Teula - Bau Mela. "
          "CUP J47H27000380002.")

KEYS = [
    # ------------------------------------------------------------ Arzana
    {"file": "deliberazione-arzana-sipal.pdf", "role": "act",
     "what": "Giunta deliberation 112/2027 of Arzana (Sipal style): ReportLab platypus, "
             "justified by Tw, running head and foot with the number, ruled roll",
     "operative_points": 4,
     "act": {"municipality": "Comune di Arzana", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 112, "date": "2027-10-07", "time": "13:15",
             "proposal_number": 128, "proposal_date": "2027-10-04",
             "proposing_office": "Area Tecnica",
             "subject": A_SUBJ,
             "attendees": [
                 {"name": "MURRU Antonello", "role": "Sindaco", "present": True},
                 {"name": "LODDO Maria Grazia", "role": "Vicesindaco", "present": True},
                 {"name": "STOCHINO Gianluca", "role": "Assessore", "present": False},
                 {"name": "PILI Roberta", "role": "Assessore", "present": True}],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonello Murru"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale",
                           "name": "Marcella Deiana"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-arzana-sipal.pdf", "role": "act",
     "what": "determinazione R.G. 418/2027 of the Area Tecnica (Sipal style): content "
             "streams written by hand, every glyph placed alone with no spaces, "
             "letter-spaced heading (Tc)",
     "operative_points": 5,
     "act": {"municipality": "Comune di Arzana", "organ": "AREA TECNICA",
             "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 418, "sector_number": 97,
             "date": "2027-10-08",
             "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del "
                        "D.Lgs. n. 36/2023, del servizio di verifica periodica degli impianti "
                        "di messa a terra degli edifici comunali alla ditta Elettrosistemi "
                        "Ogliastra S.r.l. di Tortolì. Impegno di spesa. CIG B3F7A21C9E."}},
    {"file": "ordinanza-arzana-sipal.pdf", "role": "act",
     "what": "ordinanza sindacale 31/2027 closing schools for an orange weather alert "
             "(Sipal style): python-docx model exported by LibreOffice, ORDINA as bullets",
     "operative_points": 3,
     "act": {"municipality": "Comune di Arzana", "organ": "Sindaco", "kind": "ordinanza",
             "number": 31, "date": "2027-10-12",
             "subject": "Chiusura delle scuole di ogni ordine e grado, degli impianti "
                        "sportivi e del cimitero comunale per la giornata del 13 ottobre "
                        "2027 a seguito dell'avviso di criticità per rischio idrogeologico "
                        "- codice arancione."}},
    {"file": "certificato-arzana-sipal.pdf", "role": "certificate",
     "what": "certificate of publication of G.C. 112/2027 (Sipal style): fpdf2 form, values "
             "typed in Courier over blanks of underscores",
     "act": {"municipality": "Comune di Arzana", "kind": "attestazione", "number": 112,
             "date": "2027-10-07", "subject": A_SUBJ}},
    # ------------------------------------------------------------ Farigliano
    {"file": "deliberazione-farigliano-siscom.pdf", "role": "act",
     "what": "Consiglio deliberation 27/2027 of Farigliano (Siscom style): HTML printed by "
             "Chromium, roll in two side-by-side tables, running foot (repeated tfoot)",
     "operative_points": 3,
     "act": {"municipality": "Comune di Farigliano", "organ": "Consiglio Comunale",
             "kind": "deliberazione", "number": 27, "date": "2027-10-05", "time": "20:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEI "
                        "LOCALI E DELLE SALE DI PROPRIETÀ COMUNALE.",
             "attendees": [
                 {"name": "GIRAUDO Marco", "role": "Sindaco", "present": True},
                 {"name": "BRUNO Elisa", "role": "Vicesindaco", "present": True},
                 {"name": "CAGNASSO Piero", "role": "Consigliere", "present": True},
                 {"name": "MANZONE Luca", "role": "Consigliere", "present": True},
                 {"name": "REVELLI Chiara", "role": "Consigliere", "present": True},
                 {"name": "FERRERO Andrea", "role": "Consigliere", "present": True},
                 {"name": "SOBRERO Daniela", "role": "Consigliere", "present": True},
                 {"name": "TARICCO Enrico", "role": "Consigliere", "present": False},
                 {"name": "RIBERO Giovanna", "role": "Consigliere", "present": True},
                 {"name": "OLIVERO Giorgio", "role": "Consigliere", "present": True},
                 {"name": "BARALE Stefano", "role": "Consigliere", "present": True}],
             "president": {"title": "sig.", "role": "Sindaco", "name": "Marco Giraudo"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale",
                           "name": "Paolo Fenoglio"},
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 8, "in_favour": 8, "against": 0,
                             "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-farigliano-siscom.pdf", "role": "act",
     "what": "determinazione R.G. 236/2027 of the Servizio Tributi (Siscom style): 80-column "
             "Courier report printed by enscript, running head with the number, ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Farigliano", "organ": "AREA ECONOMICO-FINANZIARIA",
             "office": "SERVIZIO TRIBUTI", "kind": "determinazione", "number": 236,
             "sector_number": 58, "date": "2027-10-12",
             "subject": "RIMBORSO AI CONTRIBUENTI DI SOMME VERSATE E NON DOVUTE A TITOLO DI "
                        "IMPOSTA MUNICIPALE PROPRIA (IMU) PER GLI ANNI 2024 E 2025. "
                        "LIQUIDAZIONE."}},
    {"file": "convocazione-farigliano-siscom.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio for 22/10/2027 (Siscom style): "
             "HTML printed by wkhtmltopdf",
     "act": {"municipality": "Comune di Farigliano", "kind": "convocazione",
             "date": "2027-10-14",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria."}},
    {"file": "decreto-farigliano-siscom.pdf", "role": "act",
     "what": "decreto del Sindaco 9/2027 naming the head of the Area Tecnica (Siscom style): "
             "plain troff through groff -Tps and ps2pdf, letter-spaced heading by motions, "
             "running head and foot from page traps",
     "operative_points": 5,
     "act": {"municipality": "Comune di Farigliano", "organ": "Sindaco", "kind": "decreto",
             "number": 9, "date": "2027-10-13",
             "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle "
                        "funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. n. 267/2000 "
                        "per il periodo dal 15 ottobre al 31 dicembre 2027."}},
    # ------------------------------------------------------------ Tornareccio
    {"file": "deliberazione-tornareccio-sicraweb.pdf", "role": "act",
     "what": "Giunta deliberation 74/2027 of Tornareccio (Sicraweb style): pdfLaTeX (glyph "
             "runs, no space characters), fancyhdr running head and foot, tabular roll",
     "operative_points": 4,
     "act": {"municipality": "Comune di Tornareccio", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 74, "date": "2027-10-13", "time": "12:00",
             "proposal_number": 81, "proposal_date": "2027-10-08",
             "proposing_office": "Area Amministrativa",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL’ASSOCIAZIONE PRO LOCO DI "
                        "TORNARECCIO PER LA REALIZZAZIONE DELLA RASSEGNA “SAPORI D’AUTUNNO” "
                        "2027. INDIRIZZI AL RESPONSABILE DELL’AREA AMMINISTRATIVA.",
             "attendees": [
                 {"name": "D’ALESSANDRO VITTORIO", "role": "Sindaco", "present": True},
                 {"name": "DI FABIO LUCIA", "role": "Vicesindaco", "present": True},
                 {"name": "CARAFA DOMENICO", "role": "Assessore", "present": False}],
             "president": {"title": "dott.", "role": "Sindaco",
                           "name": "Vittorio D’Alessandro"},
             "secretary": {"title": "avv.", "role": "Segretario Comunale",
                           "name": "Roberta Di Cintio"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-tornareccio-sicraweb.pdf", "role": "act",
     "what": "determinazione R.G. 305/2027 of the Area Tecnica (Sicraweb style): ReportLab, "
             "every block a Form XObject painted out of reading order, rotated publication "
             "stamp in the margin, Tw justification",
     "operative_points": 6,
     "act": {"municipality": "Comune di Tornareccio", "organ": "AREA TECNICA",
             "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 305, "sector_number": 112,
             "date": "2027-10-14",
             "subject": "Servizio di sgombero neve e trattamento antigelo delle strade "
                        "comunali - stagione invernale 2027/2028. Affidamento diretto e "
                        "impegno di spesa. CIG B41C9E07D2."}},
    {"file": "avviso-tornareccio-sicraweb.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico for school-transport grants (Sicraweb style): flat "
             "ODF exported by LibreOffice, letter-spaced issuer line",
     "act": {"municipality": "Comune di Tornareccio", "office": "Area Amministrativa",
             "kind": "avviso", "date": "2027-10-11",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO "
                        "DELLE SPESE DI TRASPORTO DEGLI STUDENTI PENDOLARI DELLE SCUOLE "
                        "SECONDARIE DI SECONDO GRADO - ANNO SCOLASTICO 2027/2028"}},
    {"file": "ordinanza-tornareccio-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale 18/2027 on burning crop residues (Sicraweb style): fpdf2 "
             "core Helvetica justified by Tw, running head and foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Tornareccio", "organ": "Sindaco", "kind": "ordinanza",
             "number": 18, "date": "2027-10-12",
             "subject": "Misure di prevenzione degli incendi e disciplina dell'abbruciamento "
                        "dei residui vegetali derivanti dalla potatura degli oliveti e dalle "
                        "attività agricole - stagione autunno-inverno 2027/2028."}},
]

APOS = dict.fromkeys(map(ord, "’‘`´ʼ"), "'")
APOS.update(dict.fromkeys(map(ord, "“”„«»"), '"'))


def norm(s):
    return re.sub(r"\s+", " ", s.translate(APOS)).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return norm(out)


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
        a = k.get("act", {})
        checks = []  # (label, value, case_sensitive)
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], False))
            checks.append(("attendee %d role" % i, p["role"], False))
        for f in ("president", "secretary"):
            for g in ("title", "role", "name"):
                if g in a.get(f, {}):
                    checks.append(("%s %s" % (f, g), a[f][g], False))
        if "number" in a:
            checks.append(("number", str(a["number"]), True))
        if "sector_number" in a:
            checks.append(("sector_number", str(a["sector_number"]), True))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y), True))
        if "proposal_number" in a:
            checks.append(("proposal_number", str(a["proposal_number"]), True))
        if "time" in a:
            checks.append(("time", a["time"], True))
        for label, val, cs in checks:
            v = norm(val)
            hay = txt if cs else low
            if (v if cs else v.lower()) not in hay:
                print("MISS %s: %s = %r" % (k["file"], label, val))
                misses += 1
        if "attendees" in a:
            pres = sum(1 for p in a["attendees"] if p["present"])
            print("  %s: %d attendees, %d present" % (k["file"], len(a["attendees"]), pres))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
