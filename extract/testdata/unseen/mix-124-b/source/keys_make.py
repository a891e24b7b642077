#!/usr/bin/env python3
"""Writes ../keys.json for set mix-124-b and checks that every keyed string
(subject, municipality, organ, office, names) is found, white space
collapsed, in `pdftotext -layout` of its PDF. Organs, offices and names are
matched without regard to case (as the scoring compares them); subjects
exactly. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KEYS = [
    # ---------------- Pontestura (AL), "csipiemonte" ----------------
    {"file": "avviso-pontestura-csipiemonte.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Ufficio Servizi Sociali (heating contributions); "
             "Word model written by python-docx, exported by LibreOffice Writer 7.4; letter-spaced "
             "title, justified body, footer with the office's contacts",
     "act": {"municipality": "Comune di Pontestura", "office": "Ufficio Servizi Sociali",
             "kind": "avviso", "date": "2027-12-06",
             "subject": "CONTRIBUTI COMUNALI A SOSTEGNO DELLE SPESE DI RISCALDAMENTO DEI NUCLEI "
                        "FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO STAGIONE INVERNALE 2027/2028"}},
    {"file": "bando-pontestura-csipiemonte.pdf", "role": "act",
     "what": "bando n. 2/2027 for social housing (L.R. Piemonte 3/2010) of the Area Amministrativa; "
             "pdfLaTeX, running head with the bando's number, letter-spaced headings (microtype), "
             "words placed by TeX without space characters",
     "act": {"municipality": "Comune di Pontestura", "organ": "Area Amministrativa",
             "office": "Servizio Segreteria e Affari Generali", "kind": "bando", "number": 2,
             "date": "2027-12-01",
             "subject": "BANDO GENERALE DI CONCORSO PER L’ASSEGNAZIONE IN LOCAZIONE DI ALLOGGI DI "
                        "EDILIZIA SOCIALE"}},
    {"file": "esito-pontestura-csipiemonte.pdf", "role": "notice",
     "what": "unnumbered esito (avviso di appalto aggiudicato, snow clearing) of the Ufficio Tecnico "
             "Comunale; plain troff (groff-base) -> PostScript -> ps2pdf, lines justified by groff, "
             "letter-spaced office line, footer by a trap",
     "act": {"municipality": "Comune di Pontestura", "office": "Ufficio Tecnico Comunale",
             "kind": "avviso", "date": "2027-12-13",
             "subject": "affidamento del servizio di sgombero neve e trattamento antighiaccio delle "
                        "strade comunali – stagioni invernali 2027/2028 e 2028/2029."}},
    {"file": "avviso-pontestura-csipiemonte-posteggi.pdf", "role": "act",
     "what": "avviso n. 14/2027, esito of the market-stall selection, as an 80-column Courier report "
             "(enscript -> ps2pdf) with a running head carrying the number; two pages",
     "act": {"municipality": "Comune di Pontestura", "organ": "AREA AMMINISTRATIVA",
             "office": "Ufficio Commercio e Attività Produttive", "kind": "avviso", "number": 14,
             "date": "2027-12-20",
             "subject": "ESITO DELLA PROCEDURA DI SELEZIONE PER L’ASSEGNAZIONE IN CONCESSIONE "
                        "DECENNALE DEI POSTEGGI LIBERI NEL MERCATO SETTIMANALE DEL GIOVEDÌ IN "
                        "PIAZZA CASTELLO."}},
    # ---------------- Castel San Giorgio (SA), "asmenet" ----------------
    {"file": "bando-castelsangiorgio-asmenet.pdf", "role": "act",
     "what": "bando di gara n. 5/2027 (school catering, open procedure) of the Settore II; HTML "
             "printed by headless Chromium 156, @page margin boxes with the number in the running "
             "head and page numbers, letter-spaced section bars; two pages",
     "act": {"municipality": "Comune di Castel San Giorgio",
             "organ": "SETTORE II – SERVIZI ALLA PERSONA",
             "office": "Ufficio Pubblica Istruzione e Servizi Scolastici", "kind": "bando",
             "number": 5, "date": "2027-12-03",
             "subject": "PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER "
                        "LE SCUOLE DELL'INFANZIA E PRIMARIE STATALI – ANNI SCOLASTICI 2028/2029 E "
                        "2029/2030"}},
    {"file": "esito-castelsangiorgio-asmenet.pdf", "role": "notice",
     "what": "unnumbered esito di gara (school energy works, PNRR) of the Settore III; wkhtmltopdf "
             "0.12.6, subject in a ruled table, the Albo's publication stamp rotated -14 degrees "
             "beside the signature",
     "act": {"municipality": "Comune di Castel San Giorgio",
             "office": "SETTORE III – LAVORI PUBBLICI E PATRIMONIO", "kind": "avviso",
             "date": "2027-12-14",
             "subject": "Lavori di efficientamento energetico della Scuola Primaria di Via Guglielmo "
                        "Marconi – Finanziamento PNRR Missione 2, Componente 4, Investimento 2.2"}},
    {"file": "avviso-castelsangiorgio-asmenet.pdf", "role": "act",
     "what": "avviso pubblico n. 32/2027 (list of contractors for 2028) of the Settore III; "
             "ReportLab canvas with every glyph placed alone (no space characters), letterhead, "
             "Settore box and footer as Form XObjects drawn after the body, running foot with the "
             "number; two pages",
     "act": {"municipality": "Comune di Castel San Giorgio",
             "organ": "SETTORE III – LAVORI PUBBLICI E PATRIMONIO",
             "office": "Servizio Gare e Contratti", "kind": "avviso", "number": 32,
             "date": "2027-12-09",
             "subject": "AVVISO PUBBLICO PER LA FORMAZIONE DELL'ELENCO DEGLI OPERATORI ECONOMICI DA "
                        "CONSULTARE PER L'AFFIDAMENTO DI LAVORI DI IMPORTO INFERIORE A EURO "
                        "150.000,00 – ANNO 2028"}},
    {"file": "esito-castelsangiorgio-asmenet-mobilita.pdf", "role": "notice",
     "what": "unnumbered esito of a mobility selection of the Settore I; fpdf2 with core fonts, "
             "justified by word spacing (Tw), roll of admitted candidates in two balanced columns, "
             "ranking table",
     "act": {"municipality": "Comune di Castel San Giorgio",
             "office": "SETTORE I – AFFARI GENERALI E PERSONALE", "kind": "avviso",
             "date": "2027-12-21",
             "subject": "Avviso pubblico di mobilità volontaria esterna, ai sensi dell'art. 30 del "
                        "d.lgs. n. 165/2001, per la copertura di n. 2 posti di Istruttore "
                        "Amministrativo, Area degli Istruttori, a tempo pieno e indeterminato"}},
    # ---------------- Settimo San Pietro (CA), "sipal" ----------------
    {"file": "avviso-settimosanpietro-sipal.pdf", "role": "act",
     "what": "avviso n. 18/2027 (sports clubs' contributions) of the Area Socio-Culturale; content "
             "streams written by hand and assembled with pikepdf: Tw per justified line, Tc on "
             "headings, letterhead Form XObject drawn at the end, protocol stamp rotated up the "
             "left margin, running foot with the number; two pages",
     "act": {"municipality": "Comune di Settimo San Pietro", "organ": "AREA SOCIO-CULTURALE",
             "office": "Servizio Sport, Cultura e Spettacolo", "kind": "avviso", "number": 18,
             "date": "2027-12-07",
             "subject": "Avviso pubblico per la concessione di contributi ordinari alle società e "
                        "associazioni sportive dilettantistiche per l'attività dell'anno 2028 – L.R. "
                        "17 maggio 1999, n. 17."}},
    {"file": "bando-settimosanpietro-sipal.pdf", "role": "act",
     "what": "bando n. 6/2027 (cemetery plots) of the Area Tecnica on the office's module B/03, "
             "number, date and amounts typed in Courier over runs of underscores drawn before them "
             "(ReportLab)",
     "act": {"municipality": "Comune di Settimo San Pietro", "organ": "AREA TECNICA",
             "office": "Servizio Patrimonio e Servizi Cimiteriali", "kind": "bando", "number": 6,
             "date": "2027-12-10",
             "subject": "BANDO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE NOVANTANOVENNALE DI N. 12 "
                        "AREE CIMITERIALI PER LA COSTRUZIONE DI TOMBE DI FAMIGLIA NEL CIMITERO "
                        "COMUNALE DI VIA SAN SALVATORE – LOTTO 3."}},
    {"file": "esito-settimosanpietro-sipal.pdf", "role": "notice",
     "what": "unnumbered avviso sui risultati della procedura (rural roads works) of the Servizio "
             "Lavori Pubblici e Manutenzioni, an 80-column Courier report through a2ps -> ps2pdf "
             "(hyphens come out as U+2212 in the text layer)",
     "act": {"municipality": "Comune di Settimo San Pietro",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "avviso",
             "date": "2027-12-15",
             "subject": "Lavori di manutenzione straordinaria e messa in sicurezza della viabilità "
                        "rurale nelle strade vicinali \"Su Pardu\" e \"Bia de Sinnai\"."}},
    {"file": "esito-settimosanpietro-sipal-borse.pdf", "role": "notice",
     "what": "unnumbered esito of the regional study grants of the Servizio Pubblica Istruzione; "
             "flat ODF exported by LibreOffice Writer 7.4, letterhead table in the page header, "
             "admitted applications in a two-column section, page-number field in the footer",
     "act": {"municipality": "Comune di Settimo San Pietro",
             "office": "Servizio Pubblica Istruzione", "kind": "avviso", "date": "2027-12-22",
             "subject": "Esito dell'istruttoria delle domande di Borsa di studio regionale (L.R. n. "
                        "5/2015) – anno scolastico 2026/2027."}},
]

CASELESS = ("municipality", "organ", "office", "proposing_office")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                             text=True, check=True).stdout
        flat = norm(txt)
        a = k["act"]
        checks = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject")
                  if f in a]
        for p in ("president", "secretary"):
            if p in a:
                checks.append((p, a[p]["name"]))
        for at in a.get("attendees", []):
            checks.append(("attendee", at["name"]))
        for field, val in checks:
            v = norm(val)
            ok = (v.lower() in flat.lower()) if (field in CASELESS or field in
                                                  ("president", "secretary", "attendee")) else (v in flat)
            if not ok:
                print(f"MISS {k['file']}: {field}: {v!r}")
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
