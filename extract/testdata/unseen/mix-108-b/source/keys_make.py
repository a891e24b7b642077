#!/usr/bin/env python3
"""Writes keys.json for set mix-108-b and checks it against the PDFs.

Every keyed string (municipality, organ, office, subject), whitespace
collapsed, must be found in `pdftotext -layout` of its PDF: subjects as
printed (case and punctuation kept), bodies and offices without regard to
case, as the scoring compares them.  Numbers must be printed as numbers and
dates in one of the forms the documents use.  Exit status 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KEYS = [
    # ---------------- Comune di Dongo (Lombardia) - "Sinergis" ----------------
    {"file": "convocazione-dongo-sinergis.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio Comunale for 16/07/2026, addressees in two columns, "
             "letter-spaced heading; HTML printed by headless Chromium",
     "act": {"municipality": "Comune di Dongo", "kind": "convocazione", "date": "2026-07-09",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria per la seduta del 16 luglio 2026."}},
    {"file": "certificato-dongo-sinergis.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 52 of 06/07/2026 (Albo 08/07-23/07/2026); "
             "ReportLab canvas, lines justified by Tw/Tc, letter-spaced title, letterhead and footer as Form "
             "XObjects painted after the body",
     "act": {"municipality": "Comune di Dongo", "kind": "attestazione", "number": 52, "date": "2026-07-06",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DONGO PER LA GESTIONE "
                        "DEL PUNTO DI INFORMAZIONE E ACCOGLIENZA TURISTICA \u2013 STAGIONE 2026."}},
    {"file": "matrimonio-dongo-sinergis.pdf", "role": "notice",
     "what": "notice of the banns n. 9/2026, a blank form of underscores filled over by a second pass in "
             "Liberation Mono; fpdf2 with embedded Liberation fonts",
     "act": {"municipality": "Comune di Dongo", "office": "Ufficio dello Stato Civile",
             "kind": "pubblicazione di matrimonio", "number": 9, "date": "2026-07-10",
             "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
    {"file": "avviso-dongo-sinergis.pdf", "role": "act",
     "what": "numbered avviso pubblico n. 7/2026 for contributions to associations, 2 pages, letterhead in the "
             "Word header, running foot with the number and PAGE/NUMPAGES; python-docx through LibreOffice 7.4",
     "act": {"municipality": "Comune di Dongo", "organ": "Area Amministrativa",
             "office": "Servizio Cultura, Sport e Associazionismo", "kind": "avviso", "number": 7,
             "date": "2026-07-13",
             "subject": "Concessione di contributi economici alle associazioni culturali, sportive e di volontariato "
                        "per attivit\u00e0 e manifestazioni di interesse pubblico \u2013 anno 2026."}},
    # ---------------- Comune di Luco dei Marsi (Abruzzo) - "Cedaf" ----------------
    {"file": "esito-lucodeimarsi-cedaf.pdf", "role": "notice",
     "what": "tender result (avviso di appalto aggiudicato) for works at the Rodari primary school, data in a "
             "ruled table, the Albo's stamp rotated up the left margin; wkhtmltopdf 0.12.6",
     "act": {"municipality": "Comune di Luco dei Marsi", "office": "AREA TECNICA \u2013 LAVORI PUBBLICI",
             "kind": "avviso", "date": "2026-07-14",
             "subject": "Lavori di efficientamento energetico della Scuola primaria \u201cGianni Rodari\u201d di via "
                        "della Stazione \u2013 CUP J35E25000080006 \u2013 CIG B84F1C27D5."}},
    {"file": "esecutivita-lucodeimarsi-cedaf.pdf", "role": "certificate",
     "what": "certificate of executivity of Consiglio deliberation 24 of 29/06/2026 (executive 12/07/2026); "
             "plain troff through groff -Tps and ps2pdf, justified by troff, heading spaced by hand",
     "act": {"municipality": "Comune di Luco dei Marsi", "kind": "attestazione", "number": 24,
             "date": "2026-06-29",
             "subject": "Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di "
                        "concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. Modifiche "
                        "agli articoli 12, 18 e 27."}},
    {"file": "relata-lucodeimarsi-cedaf.pdf", "role": "certificate",
     "what": "relata di notifica (cron. 287/2026, notified 10/07/2026 under art. 140 c.p.c.) of ordinanza "
             "sindacale 19 of 07/07/2026; 80-column Courier report by enscript with a running head, ps2pdf",
     "act": {"municipality": "Comune di Luco dei Marsi", "office": "UFFICIO MESSI NOTIFICATORI", "kind": "relata",
             "number": 19, "date": "2026-07-07",
             "subject": "RIMOZIONE DEI RIFIUTI ABBANDONATI E RIPRISTINO DELLO STATO DEI LUOGHI SUL TERRENO DISTINTO "
                        "IN CATASTO AL FOGLIO 12, PARTICELLA 418, IN LOCALITA\u2019 LE COSTE"}},
    {"file": "deposito-lucodeimarsi-cedaf.pdf", "role": "notice",
     "what": "avviso di deposito of a PRG variant adopted by Consiglio deliberation 25/2026 (45 days for "
             "observations); pdfLaTeX, Latin Modern, glyphs placed without space characters",
     "act": {"municipality": "Comune di Luco dei Marsi",
             "office": "AREA TECNICA \u2013 URBANISTICA ED EDILIZIA PRIVATA", "kind": "avviso",
             "date": "2026-07-14",
             "subject": "Variante puntuale al Piano Regolatore Generale per la riclassificazione dell\u2019area di via "
                        "della Stazione da zona F2 a zona B3 di completamento, adottata con deliberazione del "
                        "Consiglio Comunale n. 25 del 29/06/2026."}},
    # ---------------- Comune di Nicolosi (Sicilia) - "Technical Design" ----------------
    {"file": "avviso-consultazione-nicolosi-techdesign.pdf", "role": "notice",
     "what": "public consultation on the PIAO's anti-corruption subsection, by the Segretario Generale (RPCT); "
             "hand-written content streams (pikepdf): glyphs placed one by one without spaces, body painted "
             "bottom-up, letterhead/footer/stamp as Form XObjects, the stamp rotated up the margin",
     "act": {"municipality": "Comune di Nicolosi", "office": "SEGRETERIA GENERALE", "kind": "avviso",
             "date": "2026-07-15",
             "subject": "AVVISO PUBBLICO DI CONSULTAZIONE PER L'AGGIORNAMENTO DELLA SOTTOSEZIONE \u201cRISCHI "
                        "CORRUTTIVI E TRASPARENZA\u201d DEL PIANO INTEGRATO DI ATTIVIT\u00c0 E ORGANIZZAZIONE (PIAO) "
                        "2026-2028"}},
    {"file": "attestazione-nicolosi-techdesign.pdf", "role": "certificate",
     "what": "attestation of publication of Giunta Municipale deliberation 88 of 03/07/2026 (Albo 06/07-21/07/2026); "
             "80-column Courier report by a2ps with a running head naming the act, ps2pdf",
     "act": {"municipality": "Comune di Nicolosi", "kind": "attestazione", "number": 88, "date": "2026-07-03",
             "subject": "APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI ESTIVE \"NICOLOSI ESTATE 2026\" E "
                        "ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DELL\u2019AREA III (SERVIZI ALLA PERSONA)"}},
    {"file": "avviso-contributi-nicolosi-techdesign.pdf", "role": "act",
     "what": "numbered avviso n. 11 of 13/07/2026 for summer-camp contributions, 2 pages, running head and "
             "foot with the number; ReportLab platypus, paragraphs justified by Tw",
     "act": {"municipality": "Comune di Nicolosi", "organ": "AREA III \u2013 SERVIZI ALLA PERSONA",
             "office": "Ufficio Servizi Sociali", "kind": "avviso", "number": 11, "date": "2026-07-13",
             "subject": "AVVISO PUBBLICO PER L'EROGAZIONE DI CONTRIBUTI ECONOMICI ALLE FAMIGLIE PER LA FREQUENZA "
                        "DI CENTRI ESTIVI E ATTIVIT\u00c0 RICREATIVE PER MINORI \u2013 ESTATE 2026"}},
    {"file": "avviso-deposito-nicolosi-techdesign.pdf", "role": "notice",
     "what": "the messo's avviso di deposito of a tax assessment at the Casa Comunale (art. 140 c.p.c.); fpdf2 "
             "core fonts, heading letter-spaced by Tc, paragraphs justified by Tw",
     "act": {"municipality": "Comune di Nicolosi", "office": "UFFICIO MESSI COMUNALI", "kind": "avviso",
             "date": "2026-07-14",
             "subject": "AVVISO DI DEPOSITO DI ATTI PRESSO LA CASA COMUNALE"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


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
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        flat = collapse(txt)
        a = k["act"]
        for f in ("subject",):
            if f in a and collapse(a[f]) not in flat:
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
                misses += 1
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a and collapse(a[f]).lower() not in flat.lower():
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
                misses += 1
        for p in ("president", "secretary"):
            if p in a and collapse(a[p]["name"]).lower() not in flat.lower():
                print("MISS %s %s: %r" % (k["file"], p, a[p]["name"]))
                misses += 1
        for at in a.get("attendees", []):
            if collapse(at["name"]).lower() not in flat.lower():
                print("MISS %s attendee: %r" % (k["file"], at["name"]))
                misses += 1
        if "number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["number"], flat):
            print("MISS %s number: %r" % (k["file"], a["number"]))
            misses += 1
        if "date" in a:
            y, m, d = a["date"].split("-")
            forms = ["%s/%s/%s" % (d, m, y), "%d %s %s" % (int(d), MONTHS[int(m) - 1], y)]
            if not any(f in flat for f in forms):
                print("MISS %s date: %r" % (k["file"], a["date"]))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
