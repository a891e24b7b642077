#!/usr/bin/env python3
"""Writes ../keys.json for set mix-134-a and checks that every keyed string
(municipality, organ, office, proposing office, subject, attendees' names and
roles, president's and secretary's title, role and name) is found in
`pdftotext -layout` of its PDF, white space collapsed. Subjects are matched
as printed; the other strings without regard to case or apostrophe shape.
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


SUBJ_LUNA_GC = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                "SICUREZZA DELLA STRADA RURALE “SA TANCA MANNA” – CUP G57H28000190002.")

KEYS = [
    {"file": "deliberazione-lunamatrona-sipal.pdf", "role": "act",
     "what": "Giunta Comunale minute 87/2028 (Sipal style): ReportLab platypus, justified with Tw, roll in a "
             "ruled table with X in Presente/Assente columns, running head with the number on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Lunamatrona", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 87, "date": "2028-10-12", "time": "17:30",
             "proposal_number": 94, "proposal_date": "2028-10-06", "proposing_office": "Area Tecnica",
             "subject": SUBJ_LUNA_GC,
             "attendees": roll([("ATZORI Giovanni", "Sindaco", True),
                                ("PORCU Maria Antonietta", "Vicesindaco", True),
                                ("MELIS Stefano", "Assessore", False),
                                ("SPANU Roberta", "Assessore", True)]),
             "president": {"title": "Dott.", "role": "Sindaco", "name": "Giovanni Atzori"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Claudia Frau"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-lunamatrona-sipal.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica (Sipal style): pdfLaTeX, lmodern, kerned TJ arrays without "
             "space characters, ligatures, a hyphenated word, DETERMINA letter-spaced by microtype, fancyhdr "
             "running head with the register number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Lunamatrona", "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 412, "sector_number": 139, "date": "2028-10-10",
             "subject": "Affidamento diretto, ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, "
                        "del servizio di sfalcio della vegetazione e pulizia delle cunette lungo la viabilità "
                        "rurale comunale – Impegno di spesa in favore della ditta Ecoverde Marmilla S.r.l. – "
                        "CIG B3F7A21C54."}},
    {"file": "ordinanza-lunamatrona-sipal.pdf", "role": "act",
     "what": "contingent and urgent ordinanza of the Sindaco (Sipal style): HTML printed by headless Chromium, "
             "CSS letter-spaced headings, justified text, running foot in @page margin boxes",
     "operative_points": 3,
     "act": {"municipality": "Comune di Lunamatrona", "organ": "Sindaco", "kind": "ordinanza",
             "number": 21, "date": "2028-10-11",
             "subject": "Ordinanza contingibile e urgente per la messa in sicurezza del fabbricato pericolante "
                        "sito in Via Roma n. 41 (N.C.E.U. Foglio 9, mappale 1021)."}},
    {"file": "attestazione-lunamatrona-sipal.pdf", "role": "certificate",
     "what": "certificate of publication of G.C. 87/2028 (Sipal Albo form): fpdf2, blanks of underscores "
             "filled by Courier values written over them",
     "act": {"municipality": "Comune di Lunamatrona", "kind": "attestazione", "number": 87,
             "date": "2028-10-12", "subject": SUBJ_LUNA_GC}},
    {"file": "deliberazione-galbiate-apkappa.pdf", "role": "act",
     "what": "Consiglio Comunale minute 41/2028 (ApKappa Word model): python-docx through LibreOffice 7.4, "
             "header grid, roll of 13 in two side-by-side columns, running head with the number on page 2, "
             "a majority vote with counts",
     "operative_points": 3,
     "act": {"municipality": "Comune di Galbiate", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 41, "date": "2028-10-10", "time": "20:45",
             "proposal_number": 48, "proposal_date": "2028-09-25",
             "proposing_office": "Settore Economico Finanziario",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 19/09/2028 AVENTE AD "
                        "OGGETTO «VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 "
                        "(ART. 175, COMMA 4, D.LGS. N. 267/2000)»",
             "attendees": roll([("BONFANTI Elena", "Sindaco", True),
                                ("ROCCA Davide", "Consigliere", True),
                                ("MAGNI Chiara", "Consigliere", True),
                                ("CASTELNUOVO Luca", "Consigliere", True),
                                ("PIROVANO Silvia", "Consigliere", False),
                                ("VILLA Andrea", "Consigliere", True),
                                ("GALLI Federico", "Consigliere", True),
                                ("SALA Beatrice", "Consigliere", True),
                                ("COLOMBO Matteo", "Consigliere", True),
                                ("ROTA Giorgio", "Consigliere", True),
                                ("PANZERI Laura", "Consigliere", True),
                                ("VALSECCHI Paolo", "Consigliere", True),
                                ("CORTI Simone", "Consigliere", False)]),
             "president": {"title": "sig.ra", "role": "Sindaco", "name": "Elena Bonfanti"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Marco Invernizzi"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-galbiate-apkappa.pdf", "role": "act",
     "what": "determinazione of the Settore Servizi alla Persona (ApKappa engine): content streams written by "
             "hand with pikepdf, every glyph placed alone with its own Tm and no spaces, justified by position, "
             "letterhead/foot/signature as reused Form XObjects drawn out of reading order, a red Albo stamp "
             "rotated up the left margin",
     "operative_points": 4,
     "act": {"municipality": "Comune di Galbiate", "organ": "Settore Servizi alla Persona",
             "office": "Servizio Pubblica Istruzione", "kind": "determinazione",
             "number": 356, "sector_number": 87, "date": "2028-10-12",
             "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2028/2029 – AUMENTO DELLE PRESTAZIONI ENTRO IL "
                        "QUINTO D'OBBLIGO E INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA "
                        "AUTOSERVIZI LARIO NORD S.R.L. – CIG B41D2E8A07"}},
    {"file": "decreto-galbiate-apkappa.pdf", "role": "act",
     "what": "decreto of the Sindaco appointing a Responsabile di Settore (ApKappa HTML view): wkhtmltopdf 0.12.6",
     "operative_points": 4,
     "act": {"municipality": "Comune di Galbiate", "organ": "Sindaco", "kind": "decreto",
             "number": 9, "date": "2028-10-13",
             "subject": "NOMINA DEL RESPONSABILE DEL SETTORE TECNICO E ATTRIBUZIONE DELL’INCARICO DI ELEVATA "
                        "QUALIFICAZIONE DAL 16/10/2028 AL 31/12/2028."}},
    {"file": "convocazione-galbiate-apkappa.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale for 26/10/2028 (ApKappa letter): fpdf2 core fonts, "
             "justified with Tw, protocol number in the running foot",
     "act": {"municipality": "Comune di Galbiate", "kind": "convocazione", "date": "2028-10-13",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 26 ottobre 2028."}},
    {"file": "deliberazione-dipignano-asmenet.pdf", "role": "act",
     "what": "Giunta Comunale minute 118/2028 (Asmenet style): plain troff through groff -Tps and ps2pdf, "
             "justified by troff, roll in two columns set with .mk/.rt, running head with the number on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Dipignano", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 118, "date": "2028-10-09", "time": "12:30",
             "subject": "CONCESSIONE IN COMODATO D’USO GRATUITO DEI LOCALI DELL’EX SCUOLA ELEMENTARE DI "
                        "LAURIGNANO ALL’ASSOCIAZIONE “AMICI DI LAURIGNANO ODV”. ATTO DI INDIRIZZO.",
             "attendees": roll([("GALLO Giuseppe", "Sindaco", True),
                                ("MAZZEI Antonio", "Vicesindaco", True),
                                ("CUNDARI Marta", "Assessore", True),
                                ("SCARPELLI Rosa", "Assessore", True),
                                ("FUSARO Luigi", "Assessore", False)]),
             "president": {"title": "Avv.", "role": "Sindaco", "name": "Giuseppe Gallo"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Pasquale Aloe"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-dipignano-asmenet.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria (Asmenet legacy print): 80-column Courier "
             "report through enscript and ps2pdf, enscript's running head with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Dipignano", "organ": "AREA ECONOMICO-FINANZIARIA",
             "office": "SERVIZIO TRIBUTI", "kind": "determinazione",
             "number": 287, "sector_number": 64, "date": "2028-10-11",
             "proposal_number": 302, "proposal_date": "2028-10-10",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
                        "ANNI 2025-2026 - CONTRIBUENTI VARI - IMPEGNO E LIQUIDAZIONE."}},
    {"file": "ordinanza-dipignano-asmenet.pdf", "role": "act",
     "what": "ordinanza of the Sindaco closing schools for a red weather alert (Asmenet style): ReportLab "
             "canvas, letterhead Form XObject drawn after the body, Tw justification, IL SINDACO/ORDINA/DISPONE "
             "letter-spaced with Tc, a rotated Albo stamp",
     "operative_points": 3,
     "act": {"municipality": "Comune di Dipignano", "organ": "Sindaco", "kind": "ordinanza",
             "number": 37, "date": "2028-10-13",
             "subject": "Chiusura delle scuole di ogni ordine e grado, degli impianti sportivi comunali e del "
                        "cimitero per la giornata di sabato 14 ottobre 2028 a seguito di messaggio di "
                        "allertamento per rischio idrogeologico e idraulico – livello ROSSO."}},
    {"file": "avviso-dipignano-asmenet.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico on school-book grants with a blank application form of underscores "
             "on page 2 (Asmenet legacy print): 80-column Courier through a2ps and ps2pdf",
     "act": {"municipality": "Comune di Dipignano", "office": "Area Amministrativa", "kind": "avviso",
             "date": "2028-10-12",
             "subject": "CONTRIBUTI PER LA FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO PER L’ANNO "
                        "SCOLASTICO 2028/2029 (ART. 27 DELLA LEGGE 23 DICEMBRE 1998, N. 448)."}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'")
    return collapse(s).lower()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", os.path.join(SET, pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return out


def main():
    misses = 0
    for k in KEYS:
        txt = text_of(k["file"])
        exact, low = collapse(txt), loose(txt)
        a = k.get("act", {})
        checks = []
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for f in ("organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        if "municipality" in a:
            checks.append(("municipality", a["municipality"], False))
        for i, at in enumerate(a.get("attendees", [])):
            checks.append(("attendees[%d].name" % i, at["name"], False))
            checks.append(("attendees[%d].role" % i, at["role"], False))
        for who in ("president", "secretary"):
            for f in ("title", "role", "name"):
                if f in a.get(who, {}):
                    checks.append(("%s.%s" % (who, f), a[who][f], False))
        for label, val, as_printed in checks:
            ok = collapse(val) in exact if as_printed else loose(val) in low
            if not ok:
                misses += 1
                print("MISS %s %s: %r" % (k["file"], label, val))
        if not os.path.exists(os.path.join(SET, k["file"])):
            misses += 1
            print("MISSING FILE", k["file"])
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
