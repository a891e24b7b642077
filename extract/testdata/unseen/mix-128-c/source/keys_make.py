#!/usr/bin/env python3
"""Writes ../keys.json for set mix-128-c and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed): subjects as printed,
municipality regardless of case (as the keys are compared); the act's number
and date (dd/mm/yyyy) must be printed too. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

VS, VN, ZU = "Comune di Verrua Savoia", "Comune di Vernole", "Comune di Zugliano"


def cert(file, what, muni, number, date, subject, sector_number=None):
    # A certificate of executivity keys "certificato", as most earlier sets
    # do (moved after scoring: see the unseen README).
    kind = "certificato" if "esecutivita" in file else "attestazione"
    act = {"municipality": muni, "kind": kind, "number": number}
    if sector_number is not None:
        act["sector_number"] = sector_number
    act["date"] = date
    act["subject"] = subject
    return {"file": file, "role": "certificate", "what": what, "act": act}


KEYS = [
    cert("certificato-pubblicazione-verruasavoia-csipiemonte.pdf",
         "certificate of publication (Reg. Pubbl. n. 134 of 06/04/2028) of Giunta deliberation 27 of 04/04/2028; ReportLab, letter-spaced title (Tc), justified text (Tw), register box top right, running foot",
         VS, 27, "2028-04-04",
         "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE TURISTICA PRO LOCO DI VERRUA SAVOIA PER LA GESTIONE DEL PUNTO DI ACCOGLIENZA TURISTICA PRESSO LA FORTEZZA - ANNUALITÀ 2028-2029."),
    cert("certificato-esecutivita-verruasavoia-csipiemonte.pdf",
         "certificate of executivity (executive 18/04/2028, Reg. Pubbl. n. 138 of 07/04/2028) of Consiglio deliberation 9 of 05/04/2028; pdfLaTeX, microtype letter-spaced title, fancyhdr running foot",
         VS, 9, "2028-04-05",
         "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2028-2030 AI SENSI DELL’ART. 175, COMMA 2, DEL D.LGS. 267/2000 E APPLICAZIONE DI QUOTA DELL’AVANZO DI AMMINISTRAZIONE VINCOLATO."),
    cert("relata-verruasavoia-csipiemonte.pdf",
         "relata di pubblicazione by the Messo (Reg. Pubbl. n. 147, 11/04-26/04/2028, signed 27/04/2028) of ordinanza del Sindaco 6 of 10/04/2028; hand-written content stream (pikepdf): one Tm+Tj per glyph, no spaces, letterhead Form XObject painted last, stamp rotated 9 degrees",
         VS, 6, "2028-04-10",
         "DIVIETO DI ABBRUCIAMENTO DI RESIDUI VEGETALI E DI ACCENSIONE DI FUOCHI NELLE AREE BOSCATE, NEI TERRENI INCOLTI E NELLE AREE AGRICOLE DEL TERRITORIO COMUNALE."),
    cert("attestazione-verruasavoia-csipiemonte.pdf",
         "attestazione di avvenuta pubblicazione (Reg. Pubbl. n. 150, 12/04-27/04/2028, dated 28/04/2028) of an Area Tecnica determinazione, reg. gen. 74 of 12/04/2028, sector 22 of 11/04/2028; fpdf2, data in a ruled box, Tc title, Tw justification",
         VS, 74, "2028-04-12",
         "AFFIDAMENTO DIRETTO ALLA DITTA EDIL COLLINE S.R.L. DEI LAVORI DI MANUTENZIONE STRAORDINARIA DEL MURO DI SOSTEGNO IN STRADA PER SULPIANO - CIG B7A41C2E90 - CUP D87H27000410004 - IMPEGNO DI SPESA.",
         sector_number=22),
    cert("certificato-pubblicazione-vernole-cityware.pdf",
         "certificate of publication (Reg. Albo 2028/000418, 06/04-21/04/2028, dated 24/04/2028) of a Settore Affari Generali determinazione, reg. gen. 211 of 06/04/2028, sector 48 of 05/04/2028; 80-column Courier report by enscript with running head, ps2pdf",
         VN, 211, "2028-04-06",
         "CONCESSIONE CONTRIBUTO ECONOMICO ALL’ASSOCIAZIONE \"AMICI DI ACAYA\" PER LA MANIFESTAZIONE \"ACAYA IN FIORE 2028\" - IMPEGNO DI SPESA.",
         sector_number=48),
    cert("certificato-esecutivita-vernole-cityware.pdf",
         "certificate of executivity (immediately executive, Reg. Albo 2028/000431 of 10/04/2028) of Giunta deliberation 58 of 07/04/2028; 80-column Courier report by a2ps with title line, ps2pdf",
         VN, 58, "2028-04-07",
         "ADESIONE AL PROGETTO \"SCUOLE SENZA PLASTICA\" E APPROVAZIONE DEL PROTOCOLLO D’INTESA CON L’ISTITUTO COMPRENSIVO STATALE DI VERNOLE."),
    cert("relata-vernole-cityware.pdf",
         "relata (referta) of the Messo notificatore (Reg. Albo 2028/000447, 12/04-27/04/2028, dated 28/04/2028) of ordinanza dirigenziale 19 of 12/04/2028 of the Settore Polizia Locale; 80-column Courier in plain troff (groff -Tps), ps2pdf",
         VN, 19, "2028-04-12",
         "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA ROMA E IN PIAZZA VITTORIO EMANUELE PER I LAVORI DI RIFACIMENTO DELLA RETE IDRICA."),
    cert("attestazione-vernole-cityware.pdf",
         "attestazione di avvenuta pubblicazione on form Mod. ALBO/03 (Reg. Albo 2028/000449, 12/04-27/04/2028, dated 28/04/2028) of Consiglio deliberation 11 of 10/04/2028; fpdf2 Courier, values written into runs of underscores",
         VN, 11, "2028-04-10",
         "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2027 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000."),
    cert("certificato-pubblicazione-zugliano-pasubio.pdf",
         "certificate of publication (Reg. Albo n. 298/2028 of 06/04/2028, 06/04-21/04/2028) of Giunta deliberation 42 of 05/04/2028; .docx by python-docx exported by LibreOffice, data on dot-leader tab stops",
         ZU, 42, "2028-04-05",
         "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI GRUMOLO PEDEMONTE – CUP E67H28000120004."),
    cert("certificato-esecutivita-zugliano-pasubio.pdf",
         "certificate of executivity (executive 15/04/2028, Reg. Albo n. 291/2028, dated 18/04/2028) of Consiglio deliberation 8 of 03/04/2028; HTML printed by headless Chromium, running head and foot",
         ZU, 8, "2028-04-03",
         "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLE SALE CIVICHE E DEGLI IMPIANTI SPORTIVI COMUNALI."),
    cert("relata-zugliano-pasubio.pdf",
         "relata di pubblicazione by the Messo (Reg. Albo n. 301/2028, 07/04-22/04/2028, dated 24/04/2028) of ordinanza del Sindaco 12 of 07/04/2028; HTML printed by wkhtmltopdf, data in a ruled box",
         ZU, 12, "2028-04-07",
         "CHIUSURA TEMPORANEA AL TRANSITO VEICOLARE DI VIA SANTA LUCIA PER CEDIMENTO DELLA SCARPATA STRADALE A SEGUITO DEGLI EVENTI METEOROLOGICI DEL 5 E 6 APRILE 2028."),
    cert("attestazione-zugliano-pasubio.pdf",
         "attestazione di avvenuta pubblicazione (Reg. Albo n. 309/2028, 12/04-27/04/2028, dated 28/04/2028) of an Area Tecnica determinazione, reg. gen. 96 of 11/04/2028, sector 31 of 10/04/2028; ReportLab platypus, act and publication data in two side-by-side columns",
         ZU, 96, "2028-04-11",
         "AFFIDAMENTO DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI PER LA STAGIONE 2028 ALLA COOPERATIVA SOCIALE \"IL GERMOGLIO\" – CIG B81F0D27A3 – IMPEGNO DI SPESA.",
         sector_number=31),
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = collapse(subprocess.run(["pdftotext", "-layout", path, "-"],
                                      capture_output=True, text=True, check=True).stdout)
        a = k["act"]
        checks = [("subject", a["subject"], False),
                  ("municipality", a["municipality"], True)]
        y, m, d = a["date"].split("-")
        checks.append(("date", f"{d}/{m}/{y}", False))
        for field, val, nocase in checks:
            hay, needle = (txt.lower(), collapse(val).lower()) if nocase else (txt, collapse(val))
            if needle not in hay:
                print(f"MISS {k['file']}: {field}: {val!r}")
                misses += 1
        for field in ("number", "sector_number"):
            if field in a and not re.search(r"(?<![\d/])%d(?![\d/])" % a[field], txt):
                print(f"MISS {k['file']}: {field}: {a[field]}")
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
