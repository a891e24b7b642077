# -*- coding: utf-8 -*-
"""Writes ../keys.json for set mix-123-c and checks every keyed string
against `pdftotext -layout` of its PDF (whitespace collapsed). Exits 1 on a
miss.

Comparison: subjects are compared as printed (case and quotes kept);
municipality, organ, offices, names, roles and titles without regard to
case or the shape of the apostrophe, as the fixture's keys are scored.
Numbers, dates and times are checked too, in any of the forms the prints
use (dd/mm/yyyy, dd-mm-yyyy, with a2ps's minus sign; 18:30, 12,00).
The form filled over underscores (deliberazione-carosino-halley-95.pdf)
puts each typed line under its blank in pdftotext's output: runs of three
or more underscores are dropped before that file's strings are looked up,
and the script says so."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


CASTR = [("BONERA Alessandro", "Sindaco"), ("ZANARDELLI Paola", "Vice Sindaco"),
         ("TURLA Giacomo", "Assessore"), ("GHIDINI Federica", "Assessore"),
         ("LANCINI Stefano", "Assessore")]
PIEVE = [("BARTOLINI Gianluca", "Sindaco"), ("MAGNANI Elisa", "Vice Sindaco"),
         ("CECCHI Roberto", "Assessore"), ("PAGLIAI Silvia", "Assessore"),
         ("NICCOLAI Fabio", "Assessore")]


def roll(members, present):
    return att([(n, r, p) for (n, r), p in zip(members, present)])


def carosino(apos, present):
    m = [("LACAITA COSIMO", "SINDACO"), ("SPAGNOLO ANNA MARIA", "VICE SINDACO"),
         ("D%sAMICO PIETRO" % apos, "ASSESSORE"), ("FRASCELLA TERESA", "ASSESSORE"),
         ("ANNICCHIARICO GIUSEPPE", "ASSESSORE")]
    return roll(m, present)


SEC_CASTR = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Marchina"}
SEC_PIEVE = {"title": "Dott.", "role": "Segretario Comunale", "name": "Federico Lenzi"}
SEC_CAROSINO = {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "Maria Grazia LISI"}
R = "\u2019"  # the apostrophe groff, enscript, a2ps and pdfLaTeX print

KEYS = [
    {"file": "deliberazione-castrezzato-civilianext-131.pdf", "role": "act",
     "what": "Castrezzato Giunta minute 131/2027 (feasibility project of a school's energy "
             "works), HTML printed by headless Chromium; roll as a table, unanimous in words, "
             "separate unanimous vote for immediate executivity",
     "operative_points": 4,
     "act": {"municipality": "Comune di Castrezzato", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 131, "date": "2027-11-04", "time": "18:30",
             "proposal_number": 158, "proposal_date": "2027-10-28",
             "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI "
                        "DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA DI VIA CAMPAGNE - "
                        "CUP H37H27000410004",
             "attendees": roll(CASTR, [True] * 5),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Alessandro Bonera"},
             "secretary": SEC_CASTR, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-castrezzato-civilianext-134.pdf", "role": "act",
     "what": "Castrezzato Giunta minute 134/2027 (urgent budget variation), ReportLab canvas: "
             "lines justified with Tw and, where loose, Tc; letter-spaced title band; running "
             "foot with the number; Vice Sindaco presiding; counts in a sentence and a separate "
             "counted vote for immediate executivity",
     "operative_points": 4,
     "act": {"municipality": "Comune di Castrezzato", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 134, "date": "2027-11-11", "time": "19:00",
             "proposal_number": 163, "proposal_date": "2027-11-08",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 "
                        "(ART. 175, COMMA 4, DEL D.LGS. N. 267/2000)",
             "attendees": roll(CASTR, [False, True, True, True, True]),
             "president": {"title": "sig.ra", "role": "Vice Sindaco", "name": "Paola Zanardelli"},
             "secretary": SEC_CASTR, "vote": "majority",
             "vote_counts": {"present": 4, "in_favour": 3, "against": 1, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-castrezzato-civilianext-138.pdf", "role": "act",
     "what": "Castrezzato Giunta minute 138/2027 (grant to a local association), .docx by "
             "python-docx converted by LibreOffice Writer; letterhead in the first-page header, "
             "PAGE/NUMPAGES foot, an Assessore abstaining by name, counts in a small table",
     "operative_points": 4,
     "act": {"municipality": "Comune di Castrezzato", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 138, "date": "2027-11-18", "time": "17:45",
             "proposal_number": 169, "proposal_date": "2027-11-12",
             "proposing_office": "AREA AFFARI GENERALI",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE \"CASTREZZATO "
                        "IN FESTA\" PER L'ORGANIZZAZIONE DELLE INIZIATIVE NATALIZIE 2027",
             "attendees": roll(CASTR, [True] * 5),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Alessandro Bonera"},
             "secretary": SEC_CASTR, "vote": "majority",
             "vote_counts": {"present": 5, "voters": 4, "in_favour": 4, "against": 0,
                             "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-castrezzato-civilianext-141.pdf", "role": "act",
     "what": "Castrezzato Giunta minute 141/2027 (use of the gyms), content streams written by "
             "hand (pikepdf): every glyph placed alone, letterhead and foot as Form XObjects, "
             "letterhead drawn last, lower band drawn before the upper, rotated Albo stamp in "
             "the margin; Assessore anziano presiding; not immediately executive",
     "operative_points": 3,
     "act": {"municipality": "Comune di Castrezzato", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 141, "date": "2027-11-25", "time": "12:00",
             "proposal_number": 174, "proposal_date": "2027-11-19",
             "proposing_office": "AREA AFFARI GENERALI",
             "subject": "INDIRIZZI PER LA CONCESSIONE IN USO TEMPORANEO DELLE PALESTRE COMUNALI "
                        "ALLE ASSOCIAZIONI SPORTIVE - STAGIONE 2027/2028",
             "attendees": roll(CASTR, [False, False, True, True, True]),
             "president": {"title": "sig.", "role": "Assessore anziano", "name": "Giacomo Turla"},
             "secretary": SEC_CASTR, "vote": "unanimous", "immediately_executive": False}},
    {"file": "deliberazione-pieveanievole-jiride-118.pdf", "role": "act",
     "what": "Pieve a Nievole Giunta minute 118/2027 (pre/post school agreement), fpdf2 core "
             "Times: letter-spaced title (Tc), justified text (Tw), running head with the "
             "number from page 2, roll in two columns side by side, unanimous in words",
     "operative_points": 4,
     "act": {"municipality": "Comune di Pieve a Nievole", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 118, "date": "2027-11-09", "time": "15:00",
             "proposal_number": 142, "proposal_date": "2027-11-03",
             "proposing_office": "SETTORE SERVIZI ALLA PERSONA",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO "
                        "STATALE PER LO SVOLGIMENTO DEL SERVIZIO DI PRE E POST SCUOLA - A.S. "
                        "2027/2028",
             "attendees": roll(PIEVE, [True, True, True, False, True]),
             "president": {"role": "Sindaco", "name": "Gianluca Bartolini"},
             "secretary": SEC_PIEVE, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-pieveanievole-jiride-121.pdf", "role": "act",
     "what": "Pieve a Nievole Giunta minute 121/2027 (loan of rooms to a voluntary "
             "association), HTML converted by wkhtmltopdf; Vice Sindaco presiding, an "
             "Assessore abstaining by name inside the counts' sentence",
     "operative_points": 3,
     "act": {"municipality": "Comune di Pieve a Nievole", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 121, "date": "2027-11-16", "time": "12:30",
             "proposal_number": 147, "proposal_date": "2027-11-10",
             "proposing_office": "SETTORE AFFARI GENERALI",
             "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DI LOCALI DEL CENTRO CIVICO DI "
                        "VIA GRAMSCI ALL'ASSOCIAZIONE DI VOLONTARIATO \"IL PONTE\" ODV",
             "attendees": roll(PIEVE, [False, True, True, True, True]),
             "president": {"role": "Vice Sindaco", "name": "Elisa Magnani"},
             "secretary": SEC_PIEVE, "vote": "majority",
             "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-pieveanievole-jiride-124.pdf", "role": "act",
     "what": "Pieve a Nievole Giunta minute 124/2027 (cemetery tariffs 2028), pdfLaTeX (Times, "
             "soul letter-spacing, fancyhdr running head, lastpage); counts in small tabulars "
             "for the deliberation and again for immediate executivity",
     "operative_points": 5,
     "act": {"municipality": "Comune di Pieve a Nievole", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 124, "date": "2027-11-23", "time": "16:00",
             "proposal_number": 151, "proposal_date": "2027-11-17",
             "proposing_office": "SETTORE SERVIZI TECNICI",
             "subject": "DETERMINAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DELLE "
                        "CONCESSIONI DI LOCULI E CELLETTE OSSARIO PER L" + R + "ANNO 2028",
             "attendees": roll(PIEVE, [True] * 5),
             "president": {"role": "Sindaco", "name": "Gianluca Bartolini"},
             "secretary": SEC_PIEVE, "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "against": 1, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-pieveanievole-jiride-127.pdf", "role": "act",
     "what": "Pieve a Nievole Giunta minute 127/2027 (school transport extension), ReportLab "
             "text object with one Tm and Tj per glyph and no space characters; Assessore "
             "anziano presiding, unanimous",
     "operative_points": 3,
     "act": {"municipality": "Comune di Pieve a Nievole", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 127, "date": "2027-11-30", "time": "13:00",
             "proposal_number": 156, "proposal_date": "2027-11-26",
             "proposing_office": "SETTORE SERVIZI ALLA PERSONA",
             "subject": "PROROGA TECNICA DEL SERVIZIO DI TRASPORTO SCOLASTICO NELLE MORE "
                        "DELL'ESPLETAMENTO DELLA NUOVA PROCEDURA DI GARA. ATTO DI INDIRIZZO",
             "attendees": roll(PIEVE, [False, False, True, True, True]),
             "president": {"role": "Assessore anziano", "name": "Roberto Cecchi"},
             "secretary": SEC_PIEVE, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-carosino-halley-88.pdf", "role": "act",
     "what": "Carosino Giunta minute 88/2027 (civil protection plan), 80-column Courier report "
             "printed by enscript and ps2pdf, own running head from page 2; roll as a "
             "fixed-width table, unanimous in words",
     "operative_points": 3,
     "act": {"municipality": "Comune di Carosino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 88, "date": "2027-11-03", "time": "12:00",
             "proposal_number": 97, "proposal_date": "2027-10-27",
             "proposing_office": "POLIZIA LOCALE - PROTEZIONE CIVILE",
             "subject": "AGGIORNAMENTO DEL PIANO COMUNALE DI PROTEZIONE CIVILE. APPROVAZIONE "
                        "DELLO SCHEMA DA SOTTOPORRE AL CONSIGLIO COMUNALE.",
             "attendees": carosino(R, [True, True, True, True, False]),
             "president": {"title": "Sig.", "role": "SINDACO", "name": "LACAITA COSIMO"},
             "secretary": SEC_CAROSINO, "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-carosino-halley-91.pdf", "role": "act",
     "what": "Carosino Giunta minute 91/2027 (regional energy-efficiency call), plain troff "
             "through groff -Tps and ps2pdf, Courier justified on both margins, running head "
             "by a trap; roll in prose, Vice Sindaco presiding, counts in a sentence and a "
             "separate counted vote for immediate executivity",
     "operative_points": 4,
     "act": {"municipality": "Comune di Carosino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 91, "date": "2027-11-10", "time": "18:00",
             "proposal_number": 101, "proposal_date": "2027-11-05",
             "proposing_office": "LAVORI PUBBLICI",
             "subject": "ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL" + R + "AVVISO PUBBLICO "
                        "REGIONALE PER IL FINANZIAMENTO DI INTERVENTI DI EFFICIENTAMENTO "
                        "ENERGETICO DEGLI EDIFICI COMUNALI",
             "attendees": att([("SPAGNOLO ANNA MARIA", "VICE SINDACO", True),
                               ("D" + R + "AMICO PIETRO", "ASSESSORE", True),
                               ("FRASCELLA TERESA", "ASSESSORE", True),
                               ("ANNICCHIARICO GIUSEPPE", "ASSESSORE", True),
                               ("LACAITA COSIMO", "SINDACO", False)]),
             "president": {"title": "Sig.ra", "role": "VICE SINDACO",
                           "name": "SPAGNOLO ANNA MARIA"},
             "secretary": SEC_CAROSINO, "vote": "majority",
             "vote_counts": {"in_favour": 3, "against": 1, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-carosino-halley-95.pdf", "role": "act",
     "what": "Carosino Giunta minute 95/2027 (patronage and grant for a Christmas event), the "
             "package's pre-printed form in Helvetica with the values typed over blanks of "
             "underscores in Courier (fpdf2); an Assessore abstaining, named in the counts' grid",
     "operative_points": 3,
     "act": {"municipality": "Comune di Carosino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 95, "date": "2027-11-19", "time": "11:30",
             "proposal_number": 106, "proposal_date": "2027-11-15",
             "proposing_office": "AFFARI GENERALI",
             "subject": "MANIFESTAZIONE \"NATALE A CAROSINO 2027\". CONCESSIONE DEL PATROCINIO E "
                        "DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE CULTURALE \"I SENTIERI DEL "
                        "PRIMITIVO\"",
             "attendees": carosino("'", [True] * 5),
             "president": {"title": "Sig.", "role": "SINDACO", "name": "LACAITA COSIMO"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale",
                           "name": "Maria Grazia LISI"},
             "vote": "majority",
             "vote_counts": {"present": 5, "voters": 4, "in_favour": 4, "against": 0,
                             "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-carosino-halley-98.pdf", "role": "act",
     "what": "Carosino Giunta minute 98/2027 (winter road maintenance), 80-column text printed "
             "by a2ps (its header box carries the number; a2ps prints '-' as a minus sign) and "
             "ps2pdf; Assessore anziano presiding, Vice Segretario taking the minutes",
     "operative_points": 4,
     "act": {"municipality": "Comune di Carosino", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 98, "date": "2027-11-26", "time": "09:30",
             "proposal_number": 110, "proposal_date": "2027-11-22",
             "proposing_office": "LAVORI PUBBLICI",
             "subject": "APPROVAZIONE DEL PIANO DEGLI INTERVENTI DI MANUTENZIONE ORDINARIA DELLA "
                        "RETE VIARIA COMUNALE PER IL PERIODO INVERNALE 2027/2028",
             "attendees": carosino(R, [False, False, True, True, True]),
             "president": {"title": "Sig.", "role": "ASSESSORE ANZIANO",
                           "name": "D" + R + "AMICO PIETRO"},
             "secretary": {"title": "Dott.", "role": "VICE SEGRETARIO COMUNALE",
                           "name": "Cataldo GRECO"},
             "vote": "unanimous", "immediately_executive": True}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-")
    return collapse(s).lower()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        raw = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             check=True, text=True).stdout
        texts = [("as printed", raw)]
        if k["file"].endswith("halley-95.pdf"):
            texts.append(("blanks dropped", re.sub(r"_{3,}", " ", raw)))
        a = k["act"]

        def found(s, exact, what):
            nonlocal misses
            for label, t in texts:
                if exact and collapse(s) in collapse(t):
                    return label
                if not exact and loose(s) in loose(t):
                    return label
            print("MISS %s: %s %r" % (k["file"], what, s))
            misses += 1
            return None

        notes = set()
        file_start = misses
        r = found(a["subject"], True, "subject")
        notes.add(r)
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                notes.add(found(a[f], False, f))
        for p in a.get("attendees", []):
            notes.add(found(p["name"], False, "attendee name"))
            notes.add(found(p["role"], False, "attendee role"))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                notes.add(found(v, False, "%s %s" % (who, f)))
        # number, date, time, proposal: in any of the texts
        def num_ok(pattern_list=None, regex=None):
            for label, tx in texts:
                lt = loose(tx)
                if regex and re.search(regex, lt):
                    notes.add(label)
                    return True
                if pattern_list and any(x in lt.replace(" ", "") for x in pattern_list):
                    notes.add(label)
                    return True
            return False

        def dates(iso):
            y, m, d = iso.split("-")
            return ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y)]

        before = misses
        if not num_ok(dates(a["date"])):
            print("MISS %s: date %s" % (k["file"], a["date"]))
            misses += 1
        if "proposal_date" in a and not num_ok(dates(a["proposal_date"])):
            print("MISS %s: proposal date" % k["file"])
            misses += 1
        hh, mm = a["time"].split(":")
        forms = ["ore%s:%s" % (hh, mm), "ore%s,%s" % (hh, mm), "ore%d,%s" % (int(hh), mm)]
        if not num_ok(forms):
            print("MISS %s: time %s" % (k["file"], a["time"]))
            misses += 1
        for f in ("number", "proposal_number"):
            if f in a and not num_ok(regex=r"n\.\s*%d\b" % a[f]):
                print("MISS %s: %s %d" % (k["file"], f, a[f]))
                misses += 1
        file_missed = misses > file_start
        extra = " (after dropping the form's blanks)" if "blanks dropped" in notes else ""
        print(("MISSED %s" if file_missed else "ok   %s%s") % ((k["file"],) if file_missed
                                                         else (k["file"], extra)))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    if misses:
        print("%d miss(es)" % misses)
        sys.exit(1)
    print("all %d keys checked" % len(KEYS))


if __name__ == "__main__":
    main()
