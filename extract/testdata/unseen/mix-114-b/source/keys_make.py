#!/usr/bin/env python3
"""Writes ../keys.json for set mix-114-b and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed; organs,
offices, names and roles also without regard to case and to the shape of
the apostrophe; a2ps's U+2212 for '-' read as a hyphen). Numbers, times
and dates are checked to be printed too (dates as dd/mm/yyyy or in
words). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

CM = "Comunità Montana Bussento – Lambro e Mingardo"
CB = "Consorzio di Bonifica Litorale Nord"
PF = "Provincia di Ferrara"

KEYS = [
    {"file": "deliberazione-cmbussento-halley.pdf", "role": "act",
     "what": "Giunta Esecutiva minute of a Comunità Montana (Campania), roll in two numbered columns, running "
             "foot with the number, certificate of publication typed over underscores on page 3; ReportLab",
     "operative_points": 4,
     "act": {"municipality": CM, "organ": "Giunta Esecutiva", "kind": "deliberazione", "number": 9,
             "date": "2027-02-16", "time": "11:30", "proposal_number": 12, "proposal_date": "2027-02-10",
             "proposing_office": "Area Tecnica e Forestale",
             "subject": "Approvazione del programma degli interventi di forestazione e bonifica montana – "
                        "annualità 2027 (L.R. Campania n. 11/1996).",
             "attendees": [{"name": "GRECO Antonio", "role": "Presidente", "present": True},
                           {"name": "D'AMATO Rosaria", "role": "Vice Presidente", "present": True},
                           {"name": "LIGUORI Pasquale", "role": "Assessore", "present": False},
                           {"name": "MELILLO Carmine", "role": "Assessore", "present": True},
                           {"name": "SPINELLI Teresa", "role": "Assessore", "present": True}],
             "president": {"title": "sig.", "role": "Presidente", "name": "Antonio Greco"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Nicola Pecoraro"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-cmbussento-halley.pdf", "role": "act",
     "what": "determinazione of the Comunità Montana's Area Tecnica e Forestale, general and sector register "
             "in a header table, letterhead in the page header; .docx (python-docx) exported by LibreOffice",
     "operative_points": 5,
     "act": {"municipality": CM, "organ": "Area Tecnica e Forestale", "office": "Servizio Forestazione e Antincendio",
             "kind": "determinazione", "number": 41, "sector_number": 17, "date": "2027-02-11",
             "subject": "Affidamento diretto del servizio di manutenzione ordinaria degli automezzi in dotazione "
                        "alle squadre forestali – Impegno di spesa – CIG B4F2A71C93."}},
    {"file": "decreto-cmbussento-halley.pdf", "role": "act",
     "what": "decreto del Presidente of the Comunità Montana (RPCT appointment), letter-spaced heading, "
             "running foot; pdfLaTeX",
     "operative_points": 4,
     "act": {"municipality": CM, "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2027-02-19",
             "subject": "Nomina del Responsabile della prevenzione della corruzione e della trasparenza (RPCT) "
                        "per il triennio 2027-2029."}},
    {"file": "avviso-cmbussento-halley.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Comunità Montana's Area Tecnica e Forestale (AIB volunteers), "
             "protocol number and date under the heading; HTML through wkhtmltopdf",
     "act": {"municipality": CM, "organ": "Area Tecnica e Forestale", "office": "Servizio Forestazione e Antincendio",
             "kind": "avviso", "date": "2027-02-22",
             "subject": "AVVISO PUBBLICO PER L'ACQUISIZIONE DI MANIFESTAZIONI DI INTERESSE ALL'AFFIDAMENTO DEL "
                        "SERVIZIO DI AVVISTAMENTO E PRIMO INTERVENTO ANTINCENDIO BOSCHIVO – CAMPAGNA AIB 2027"}},
    {"file": "deliberazione-litoralenord-sicraweb.pdf", "role": "act",
     "what": "Consiglio di Amministrazione minute of a Consorzio di Bonifica (Lazio), majority vote with counts, "
             "letter-spaced headings, running head in a repeated table thead; headless Chromium",
     "operative_points": 4,
     "act": {"municipality": CB, "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 7,
             "date": "2027-02-18", "time": "10:00", "proposal_number": 11, "proposal_date": "2027-02-09",
             "proposing_office": "Area Tecnica",
             "subject": "Approvazione del programma triennale dei lavori pubblici 2027-2029 e dell'elenco "
                        "annuale 2027.",
             "attendees": [{"name": "MARINELLI Stefano", "role": "Presidente", "present": True},
                           {"name": "FERRANTI Giulia", "role": "Vice Presidente", "present": True},
                           {"name": "COLAROSSI Enrico", "role": "Consigliere", "present": True},
                           {"name": "DE SANTIS Marco", "role": "Consigliere", "present": False},
                           {"name": "PAOLUCCI Anna Maria", "role": "Consigliere", "present": True},
                           {"name": "TOZZI Roberto", "role": "Consigliere – rappresentante della Regione Lazio",
                            "present": True},
                           {"name": "CARUSO Federica", "role": "Consigliere – rappresentante dei Comuni",
                            "present": True}],
             "president": {"title": "dott.", "role": "Presidente", "name": "Stefano Marinelli"},
             "secretary": {"title": "ing.", "role": "Direttore Generale", "name": "Luca Ammendola"},
             "vote": "majority",
             "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-litoralenord-sicraweb.pdf", "role": "act",
     "what": "determinazione dirigenziale of the Consorzio's Area Tecnica: hand-written content streams "
             "(pikepdf), glyphs placed one at a time, Tw-justified premises, Tc headings, letterhead and foot "
             "as Form XObjects drawn last, publication stamp rotated up the margin",
     "operative_points": 5,
     "act": {"municipality": CB, "organ": "Area Tecnica", "office": "Settore Manutenzione ed Esercizio Impianti",
             "kind": "determinazione", "number": 52, "date": "2027-02-15", "proposal_number": 63,
             "proposal_date": "2027-02-12",
             "subject": "Lavori urgenti di ripristino della sponda sinistra del canale allacciante in località "
                        "Testa di Lepre – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del "
                        "D.Lgs. 36/2023 – CIG B7D19E4A20 – CUP J87H27000040005."}},
    {"file": "decreto-litoralenord-sicraweb.pdf", "role": "act",
     "what": "decreto del Direttore Generale of the Consorzio (tender commission), word-spaced justification, "
             "letter-spaced headings, running foot with the number; fpdf2 with embedded DejaVu Sans",
     "operative_points": 4,
     "act": {"municipality": CB, "organ": "Direzione Generale", "office": "Ufficio Gare e Contratti",
             "kind": "decreto", "number": 11, "date": "2027-02-23",
             "subject": "Nomina della commissione giudicatrice per l'affidamento dei lavori di adeguamento "
                        "funzionale dell'impianto idrovoro di Focene – CIG B81F3D0A77."}},
    {"file": "avviso-litoralenord-sicraweb.pdf", "role": "notice",
     "what": "avviso of the Consorzio's Direttore Generale (contribution rolls on deposit), protocol number "
             "typed over a rule of underscores, numbered RENDE NOTO; plain troff through groff -Tps and ps2pdf",
     "act": {"municipality": CB, "office": "Direttore Generale", "kind": "avviso", "date": "2027-02-25",
             "subject": "PUBBLICAZIONE DEI RUOLI DI CONTRIBUENZA CONSORTILE – ANNO 2027"}},
    {"file": "deliberazione-provinciaferrara-ads.pdf", "role": "act",
     "what": "Consiglio Provinciale minute (Emilia-Romagna), 13-member roll two per row, majority vote with "
             "counts, running head from page 2; .docx (python-docx) exported by LibreOffice",
     "operative_points": 4,
     "act": {"municipality": PF, "organ": "Consiglio Provinciale", "kind": "deliberazione", "number": 5,
             "date": "2027-02-24", "time": "15:00", "proposal_number": 9, "proposal_date": "2027-02-03",
             "proposing_office": "Settore Risorse Finanziarie e Bilancio",
             "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2027-2029 e del Bilancio di "
                        "previsione finanziario 2027-2029.",
             "attendees": [{"name": n, "role": r, "present": p} for n, r, p in [
                 ("GUIDETTI Alessandro", "Presidente", True), ("BARBIERI Chiara", "Consigliere", True),
                 ("CAVALLINI Marco", "Consigliere", True), ("DONDI Elisa", "Consigliere", True),
                 ("FABBRI Stefano", "Consigliere", True), ("GAMBERINI Luca", "Consigliere", True),
                 ("LAZZARI Sara", "Consigliere", False), ("MANTOVANI Paolo", "Consigliere", True),
                 ("NEGRINI Federica", "Consigliere", True), ("PAVANI Giorgio", "Consigliere", True),
                 ("ROSSATO Ilaria", "Consigliere", False), ("TASSINARI Davide", "Consigliere", True),
                 ("ZAGHINI Monica", "Consigliere", True)]],
             "president": {"role": "Presidente della Provincia", "name": "Alessandro Guidetti"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Elena Zanardi"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-provinciaferrara-ads.pdf", "role": "act",
     "what": "determinazione dirigenziale of the Provincia's Settore Tecnico as an 80-column Courier report "
             "in capitals, accents as apostrophes, enscript running head with the number; enscript and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": PF, "organ": "SETTORE TECNICO - INFRASTRUTTURE E VIABILITA’",
             "office": "U.O. MANUTENZIONE STRADE PROVINCIALI", "kind": "determinazione", "number": 318,
             "sector_number": 47, "date": "2027-02-12", "proposal_number": 402, "proposal_date": "2027-02-10",
             "subject": "S.P. 1 OSTELLATO-DOGATO: LAVORI DI RIFACIMENTO DELLA SEGNALETICA ORIZZONTALE - "
                        "AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B9A4C0E115"}},
    {"file": "decreto-provinciaferrara-ads.pdf", "role": "act",
     "what": "decreto di esproprio of the Provincia's Settore Tecnico (Ufficio Espropri), letterhead Form "
             "XObject drawn after the text, Tc-spaced heading, running head on page 2 with a blank relata "
             "di notifica; ReportLab",
     "operative_points": 5,
     "act": {"municipality": PF, "organ": "Settore Tecnico – Infrastrutture e Viabilità", "office": "Ufficio Espropri",
             "kind": "decreto", "number": 2, "date": "2027-02-17",
             "subject": "Lavori di realizzazione della rotatoria all'intersezione tra la S.P. 1 e la S.P. 68 in "
                        "Comune di Ostellato – Esproprio degli immobili occorrenti – Ditta catastale n. 4."}},
    {"file": "avviso-provinciaferrara-ads.pdf", "role": "notice",
     "what": "avviso of the Provincia's Ufficio Espropri (start of the expropriation procedure), 80-column "
             "Courier text; a2ps and ps2pdf",
     "act": {"municipality": PF, "organ": "SETTORE TECNICO - INFRASTRUTTURE E VIABILITA’", "office": "UFFICIO ESPROPRI",
             "kind": "avviso", "date": "2027-02-26",
             "subject": "AVVIO DEL PROCEDIMENTO DI APPOSIZIONE DEL VINCOLO PREORDINATO ALL’ESPROPRIO LAVORI DI "
                        "ALLARGAMENTO E MESSA IN SICUREZZA DELLA S.P. 68 TRA IL KM 2+100 E IL KM 4+600 IN COMUNE "
                        "DI OSTELLATO (ARTT. 11 E 16 DEL D.P.R. 8 GIUGNO 2001, N. 327)"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-")
    return collapse(s).casefold()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        exact, lo = collapse(txt), loose(txt)
        a = k["act"]

        def need(val, what, strict=False):
            nonlocal misses
            ok = (collapse(val) in exact) if strict else (loose(val) in lo)
            if not ok:
                misses += 1
                print(f"MISS {k['file']}: {what}: {val!r}")

        need(a["subject"], "subject", strict=True)
        for f in ("municipality", "organ", "office", "proposing_office", "time"):
            if f in a:
                need(a[f], f)
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], txt):
                misses += 1
                print(f"MISS {k['file']}: {f}: {a[f]}")
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                forms = [f"{d}/{m}/{y}", f"{int(d)} {MONTHS[int(m) - 1]} {y}"]
                if not any(x in exact.lower() for x in forms):
                    misses += 1
                    print(f"MISS {k['file']}: {f}: {a[f]}")
        for att in a.get("attendees", []):
            need(att["name"], "attendee name")
            need(att["role"], "attendee role")
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    if f in a[who]:
                        need(a[who][f], f"{who} {f}")
        if "attendees" in a:
            pres = sum(1 for x in a["attendees"] if x["present"])
            print(f"  {k['file']}: {len(a['attendees'])} attendees, {pres} present")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
