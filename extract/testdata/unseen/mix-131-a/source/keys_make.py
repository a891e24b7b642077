#!/usr/bin/env python3
"""Writes ../keys.json for set mix-131-a and checks that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed; organs, offices,
names, roles and titles also without regard to case or apostrophe shape, as the
scoring compares them; subjects as printed). Exits 1 on a miss."""
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
    {"file": "deliberazione-salizzole-civilianext.pdf", "role": "act",
     "what": "Giunta minute of Salizzole (VR), Civilia Next model, HTML printed by headless Chromium with "
             "@page margin boxes as running heads and feet carrying the number; roll in a ruled table",
     "operative_points": 4,
     "act": {"municipality": "Comune di Salizzole", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 47, "date": "2028-07-04", "time": "18:30",
             "proposal_number": 61, "proposal_date": "2028-06-28", "proposing_office": "Area Tecnica",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
                        "ENERGETICA DELLA PALESTRA COMUNALE DI VIA FONTANA – CUP H27H28000410004.",
             "attendees": roll([("BONFANTE Mirco", "Sindaco", True), ("ZANELLA Chiara", "Vice Sindaco", True),
                                ("TOMMASI Luca", "Assessore", True), ("FERRARINI Elisa", "Assessore", False),
                                ("MARCONCINI Davide", "Assessore", True)]),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Mirco Bonfante"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Valentina Rigon"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-salizzole-civilianext.pdf", "role": "act",
     "what": "determinazione of Salizzole's Area Tecnica, .docx written by python-docx and exported by "
             "LibreOffice Writer; letterhead and both register numbers in the page header on every page, "
             "page number fields in the footer",
     "operative_points": 5,
     "act": {"municipality": "Comune di Salizzole", "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 212, "sector_number": 58, "date": "2028-07-06",
             "subject": "AFFIDAMENTO DIRETTO ALLA DITTA VERDE PIANURA S.R.L. DEL SERVIZIO DI SFALCIO DEI CIGLI "
                        "STRADALI E DELLE AREE VERDI COMUNALI - PERIODO DAL 10 LUGLIO AL 30 SETTEMBRE 2028 - "
                        "CIG B2C4F71A9E. IMPEGNO DI SPESA."}},
    {"file": "ordinanza-salizzole-civilianext.pdf", "role": "act",
     "what": "Sindaco's ordinanza of Salizzole on mosquito control, same Civilia Next HTML model printed by "
             "wkhtmltopdf 0.12.6 (Qt), two pages",
     "operative_points": 5,
     "act": {"municipality": "Comune di Salizzole", "organ": "Sindaco", "office": "Ufficio Ambiente ed Ecologia",
             "kind": "ordinanza", "number": 19, "date": "2028-07-03",
             "subject": "Misure per la prevenzione e il controllo delle malattie trasmesse da insetti vettori "
                        "(zanzara tigre e zanzara comune) – stagione estiva 2028."}},
    {"file": "certificato-salizzole-civilianext.pdf", "role": "certificate",
     "what": "certificate of publication of Salizzole's Giunta deliberation 47/2028: a form of underscores "
             "with the values typed over the blanks in a second pass (fpdf2, DejaVu Identity-H)",
     "act": {"municipality": "Comune di Salizzole", "kind": "attestazione", "number": 47, "date": "2028-07-04",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
                        "ENERGETICA DELLA PALESTRA COMUNALE DI VIA FONTANA – CUP H27H28000410004."}},
    {"file": "deliberazione-milena-halley.pdf", "role": "act",
     "what": "Consiglio Comunale minute of Milena (CL), Halley model typeset by pdfLaTeX (Times, T1, "
             "glyphtounicode; no space characters, hyphenated justified body); fancyhdr running head with the "
             "number; roll of 12 councillors in two side-by-side tables; a majority vote with counts",
     "operative_points": 4,
     "act": {"municipality": "Comune di Milena", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 21, "date": "2028-07-05", "time": "19:00",
             "proposal_number": 24, "proposal_date": "2028-06-26", "proposing_office": "Area Economico-Finanziaria",
             "subject": "ASSESTAMENTO GENERALE DI BILANCIO E SALVAGUARDIA DEGLI EQUILIBRI PER L’ESERCIZIO 2028 AI "
                        "SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000.",
             "attendees": roll([("CALÀ Giuseppe", "Presidente", True), ("LA MARCA Rosalia", "Consigliere", True),
                                ("NICOSIA Salvatore", "Consigliere", True), ("VULLO Carmela", "Consigliere", False),
                                ("SCHILLACI Calogero", "Consigliere", True), ("FALZONE Marianna", "Consigliere", True),
                                ("CAMPIONE Angelo", "Consigliere", True), ("TERRANA Giovanna", "Consigliere", True),
                                ("DI MARCO Filippo", "Vice Presidente", True), ("GRECO Luigi", "Consigliere", False),
                                ("PATERNÒ Rosario", "Consigliere", True), ("MESSINA Ilenia", "Consigliere", True)]),
             "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Giuseppe Calà"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Antonino Licata"},
             "vote": "majority",
             "vote_counts": {"present": 10, "abstained": 1, "voters": 9, "in_favour": 7, "against": 2},
             "immediately_executive": True}},
    {"file": "determinazione-milena-halley.pdf", "role": "act",
     "what": "determinazione of Milena's Area Economico-Finanziaria (Halley model) by fpdf2 with core Times: "
             "justified lines set with Tw, boxed register grid, running foot and page-2 head with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Milena", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 318, "sector_number": 41, "date": "2028-07-07",
             "subject": "RIMBORSO AI CONTRIBUENTI DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE "
                        "PROPRIA (IMU) PER L'ANNO D'IMPOSTA 2027. IMPEGNO E LIQUIDAZIONE DI SPESA."}},
    {"file": "ordinanza-milena-halley.pdf", "role": "act",
     "what": "Sindaco's water-restriction ordinanza of Milena, content stream written by hand: every glyph its "
             "own Tm/Tj, no space characters, standard Times in WinAnsi; red protocol stamp rotated up the left "
             "margin and drawn last",
     "operative_points": 4,
     "act": {"municipality": "Comune di Milena", "organ": "Sindaco", "office": "Area Tecnica - Servizio Idrico",
             "kind": "ordinanza", "number": 27, "date": "2028-07-06",
             "subject": "Limitazione dell'uso dell'acqua potabile erogata dalla rete idrica comunale per il "
                        "periodo estivo 2028."}},
    {"file": "avviso-milena-halley.pdf", "role": "notice",
     "what": "unnumbered avviso of Milena's Area Amministrativa on school transport, plain troff (no macros) "
             "through groff -Tps and ps2pdf; letter-spaced headings made of \\h moves",
     "act": {"municipality": "Comune di Milena", "office": "Responsabile dell'Area Amministrativa",
             "kind": "avviso", "date": "2028-07-04",
             "subject": "TRASPORTO SCOLASTICO GRATUITO PER GLI ALUNNI RESIDENTI NELLE CONTRADE E NELLE ZONE "
                        "RURALI – ANNO SCOLASTICO 2028/2029. APERTURA DELLE ISCRIZIONI."}},
    {"file": "deliberazione-vittorito-hypersic.pdf", "role": "act",
     "what": "Giunta minute of Vittorito (AQ), Hypersic model by ReportLab platypus: justified paragraphs (Tw), "
             "letter-spaced title (Tc), letterhead a reused Form XObject drawn at the end of each page, "
             "register grid with the proposal",
     "operative_points": 4,
     "act": {"municipality": "Comune di Vittorito", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 29, "date": "2028-07-03", "time": "13:00",
             "proposal_number": 33, "proposal_date": "2028-06-29", "proposing_office": "Area Amministrativa",
             "subject": "CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO "
                        "VITTORITO PER LA MANIFESTAZIONE \"ESTATE VITTORITESE 2028\".",
             "attendees": roll([("DI BENEDETTO Carlo", "Sindaco", True), ("PETRELLA Anna Maria", "Vice Sindaco", True),
                                ("CIAMPOLI Nicola", "Assessore", False)]),
             "president": {"title": "geom.", "role": "Sindaco", "name": "Carlo Di Benedetto"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Marco Iannucci"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-vittorito-hypersic.pdf", "role": "act",
     "what": "determinazione of Vittorito's Area Amministrativa as an 80-column Courier report (enscript, "
             "latin1, running head with the number and 'Pag. x di y'), register numbers as a label/value list",
     "operative_points": 4,
     "act": {"municipality": "Comune di Vittorito", "organ": "Area Amministrativa", "office": "Servizio Affari Generali",
             "kind": "determinazione", "number": 134, "sector_number": 52, "date": "2028-07-07",
             "subject": "ACQUISTO DI MATERIALE DI CANCELLERIA E DI CONSUMO PER GLI UFFICI COMUNALI TRAMITE MEPA - "
                        "CIG B31E0A7C52. AFFIDAMENTO E IMPEGNO DI SPESA."}},
    {"file": "decreto-vittorito-hypersic.pdf", "role": "act",
     "what": "Sindaco's decree of Vittorito naming the head of the Area Tecnica, 80-column Courier report by "
             "a2ps (hyphens printed as minus signs, apostrophes as quoteright), title bar with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Vittorito", "organ": "Sindaco", "kind": "decreto",
             "number": 6, "date": "2028-07-05",
             "subject": "NOMINA DEL RESPONSABILE DELL’AREA TECNICA E CONFERIMENTO DELL’INCARICO DI ELEVATA "
                        "QUALIFICAZIONE PER IL PERIODO DAL 06/07/2028 AL 31/12/2028."}},
    {"file": "convocazione-vittorito-hypersic.pdf", "role": "notice",
     "what": "convocation of Vittorito's Consiglio Comunale for 14/07/2028, ReportLab canvas: every block a Form "
             "XObject, invoked out of reading order (signature and agenda first, letterhead last but one), agenda "
             "drawn bottom-up",
     "act": {"municipality": "Comune di Vittorito", "kind": "convocazione", "date": "2028-07-06",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria, seduta pubblica di prima "
                        "convocazione."}},
]


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return ws(s).replace("’", "'").replace("‘", "'").lower()


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        T, TL = ws(text), loose(text)
        a = k["act"]
        checks = [("subject", a.get("subject"), True)]
        for f in ("municipality", "organ", "office", "proposing_office"):
            checks.append((f, a.get(f), False))
        for who in ("president", "secretary"):
            for f in ("title", "role", "name"):
                checks.append((f"{who}.{f}", a.get(who, {}).get(f), False))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append((f"attendee {i} name", at["name"], False))
            checks.append((f"attendee {i} role", at["role"], False))
        if "date" in a:
            y, m, d = a["date"].split("-")
            checks.append(("date", f"{d}/{m}/{y}", True))
        for what, val, exact in checks:
            if val is None:
                continue
            ok = (ws(val) in T) if exact else (loose(val) in TL)
            if not ok:
                misses += 1
                print(f"MISS {k['file']}: {what}: {val!r}")
        pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        size = os.path.getsize(pdf)
        if size > 400 * 1024:
            misses += 1
            print(f"TOO BIG {k['file']}: {size}")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
