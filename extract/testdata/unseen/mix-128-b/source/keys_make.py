#!/usr/bin/env python3
"""Writes ../keys.json for mix-128-b and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; runs of underscores,
the blanks of a printed form, dropped). Subjects must be found exactly, case
and punctuation as printed; municipality, organ and office regardless of case
and of the shape of the apostrophe. Numbers and dates are checked too
(number as printed, date as dd/mm/yyyy or in words). Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

CDA = "Comune di Castello d'Argile"
FC = "Comune di Fagnano Castello"
FR = "Comune di Fabrica di Roma"

KEYS = [
    {"file": "avviso-castellodargile-civilia.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Area Servizi alla Persona (contributions for summer camps), "
             "HTML printed by headless Chromium; the Area letter-spaced under the Comune's name, footer and "
             "page number in @page margin boxes",
     "act": {"municipality": CDA, "office": "Area Servizi alla Persona", "kind": "avviso", "date": "2028-04-12",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE FAMIGLIE PER LA FREQUENZA DI "
                        "CENTRI ESTIVI NEL PERIODO DA GIUGNO A SETTEMBRE 2028"}},
    {"file": "bando-castellodargile-civilia.pdf", "role": "act",
     "what": "bando n. 2/2028 of the Area Tecnica, Servizio Patrimonio (18 allotments), a python-docx Word "
             "model exported by LibreOffice 7.4; justified text, the number block right under the letterhead",
     "act": {"municipality": CDA, "organ": "Area Tecnica", "office": "Servizio Patrimonio e Manutenzioni",
             "kind": "bando", "number": 2, "date": "2028-04-05",
             "subject": "BANDO PUBBLICO PER L'ASSEGNAZIONE IN CONCESSIONE DI N. 18 ORTI URBANI COMUNALI DI "
                        "VIA SAN BENEDETTO – TRIENNIO 2028/2030"}},
    {"file": "esito-castellodargile-civilia.pdf", "role": "act",
     "what": "avviso n. 14/2028 of a tender's outcome (school catering) of the Area Affari Generali, Ufficio "
             "Contratti; ReportLab canvas, base-14 Helvetica, lines justified with Tw, headings letter-spaced "
             "with Tc, the signature alone on page 2",
     "act": {"municipality": CDA, "organ": "Area Affari Generali e Istituzionali",
             "office": "Ufficio Contratti e Appalti", "kind": "avviso", "number": 14, "date": "2028-04-21",
             "subject": "Procedura aperta telematica per l'affidamento in concessione del servizio di refezione "
                        "scolastica e dei servizi connessi per gli anni scolastici 2028/2029, 2029/2030 e "
                        "2030/2031. CIG B7A41C93E2."}},
    {"file": "graduatoria-castellodargile-civilia.pdf", "role": "attachment",
     "what": "Allegato A) to determinazione n. 112 of 24/04/2028: the final ranking of the allotments bando, "
             "fpdf2 table over two pages with a running head carrying the determinazione's number and a "
             "running foot 'Pagina x di y'",
     "act": {"municipality": CDA}},
    {"file": "avviso-fagnanocastello-halley.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico (servizio civico 2028) of the Settore Amministrativo, an 80-column "
             "Courier report with an ASCII band over the title, enscript + Ghostscript",
     "act": {"municipality": FC, "office": "Settore Amministrativo e Socio-Assistenziale", "kind": "avviso",
             "date": "2028-04-10",
             "subject": "Selezione di cittadini disoccupati o inoccupati da impiegare nel servizio civico "
                        "comunale - anno 2028. Raccolta delle domande."}},
    {"file": "bando-fagnanocastello-halley.pdf", "role": "act",
     "what": "bando n. 1/2028 of the Settore Tecnico, Servizio Attività Produttive e SUAP (market pitches), "
             "plain troff with tbl, groff -Tps + Ghostscript; boxed band over the title, justified text, a "
             "running foot with the bando's number",
     "act": {"municipality": FC, "organ": "Settore Tecnico", "office": "Servizio Attività Produttive e SUAP",
             "kind": "bando", "number": 1, "date": "2028-04-03",
             "subject": "ASSEGNAZIONE IN CONCESSIONE DECENNALE DEI POSTEGGI LIBERI DEL MERCATO SETTIMANALE "
                        "DEL MARTEDÌ IN VIA CARLO PISACANE"}},
    {"file": "esito-fagnanocastello-halley.pdf", "role": "notice",
     "what": "unnumbered avviso of the outcome of a negotiated procedure (road works) of the Settore Tecnico, "
             "80-column a2ps report + Ghostscript, the invited firms in two columns, hyphens turned to minus "
             "signs by a2ps",
     "act": {"municipality": FC, "office": "Settore Tecnico", "kind": "avviso", "date": "2028-04-18",
             "subject": "Lavori di messa in sicurezza e ripristino della strada comunale \"Serra Santa Maria\" "
                        "danneggiata dagli eventi meteorici del novembre 2027. CUP G47H27000350004, "
                        "CIG B8C2E41F07."}},
    {"file": "graduatoria-fagnanocastello-halley.pdf", "role": "notice",
     "what": "unnumbered avviso publishing the final ranking of the rent subsidies, a Courier form of "
             "underscores filled in a second pass (ReportLab); the Settore only in 'IL RESPONSABILE DEL "
             "SETTORE ____'",
     "act": {"municipality": FC, "office": "Settore Amministrativo e Socio-Assistenziale", "kind": "avviso",
             "date": "2028-04-27",
             "subject": "Contributi integrativi per il sostegno all'accesso alle abitazioni in locazione "
                        "(legge n. 431/1998, art. 11), annualita' 2027. Pubblicazione della graduatoria "
                        "definitiva."}},
    {"file": "determinazione-fabricadiroma-sicraweb.pdf", "role": "act",
     "what": "determinazione R.G. 211 / Settore 58 approving a concorso's final ranking, wkhtmltopdf 0.12.6; "
             "header box with the Settore, a register grid, running foot and running head with the number",
     "operative_points": 5,
     "act": {"municipality": FR, "organ": "Settore I – Affari Generali e Personale", "office": "Ufficio Personale",
             "kind": "determinazione", "number": 211, "sector_number": 58, "date": "2028-04-20",
             "proposal_number": 245, "proposal_date": "2028-04-17",
             "subject": "CONCORSO PUBBLICO, PER SOLI ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE "
                        "AMMINISTRATIVO, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO. APPROVAZIONE "
                        "DEI VERBALI DELLA COMMISSIONE ESAMINATRICE E DELLA GRADUATORIA FINALE DI MERITO."}},
    {"file": "avviso-fabricadiroma-sicraweb.pdf", "role": "notice",
     "what": "unnumbered avviso (school transport enrolment) of the Ufficio Pubblica Istruzione, content "
             "streams written by hand with pikepdf: every glyph placed alone, no space characters, header box, "
             "footer and the Albo's stamp (rotated up the margin) as Form XObjects drawn out of reading order",
     "act": {"municipality": FR, "office": "Ufficio Pubblica Istruzione", "kind": "avviso", "date": "2028-04-14",
             "subject": "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO ANNO SCOLASTICO 2028/2029"}},
    {"file": "bando-fabricadiroma-sicraweb.pdf", "role": "act",
     "what": "bando di concorso n. 3/2028 (Istruttore tecnico) of the Settore I, Ufficio Personale, flat ODF "
             "exported by LibreOffice 7.4; the header box (with the number) repeated as page header, exam "
             "subjects in a two-column section, 'Pagina x di y' footer",
     "act": {"municipality": FR, "organ": "Settore I – Affari Generali e Personale", "office": "Ufficio Personale",
             "kind": "bando", "number": 3, "date": "2028-04-07",
             "subject": "BANDO DI CONCORSO PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE "
                        "TECNICO (GEOMETRA), AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO, PRESSO IL "
                        "SETTORE III – SERVIZI TECNICI"}},
    {"file": "esito-fabricadiroma-sicraweb.pdf", "role": "notice",
     "what": "unnumbered avviso di aggiudicazione (green maintenance) of the Settore III, HTML printed by "
             "headless Chromium; letter-spaced title, the subject in a label/value grid, office contacts in "
             "an @page footer",
     "act": {"municipality": FR, "office": "Settore III – Servizi Tecnici", "kind": "avviso", "date": "2028-04-24",
             "subject": "Servizio di manutenzione ordinaria del verde pubblico comunale, delle aree gioco e dei "
                        "cigli stradali per il periodo 01/05/2028 – 30/04/2030. CIG B91D7A0C55"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).lower().replace("’", "'").replace("‘", "'")


def main():
    json.dump(KEYS, open(os.path.join(SET, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        t, tl = norm(txt), loose(txt)
        a = k["act"]
        if "subject" in a and norm(a["subject"]) not in t:
            print("MISS subject  %s: %s" % (k["file"], a["subject"])); misses += 1
        for f in ("municipality", "organ", "office"):
            if f in a and loose(a[f]) not in tl:
                print("MISS %-8s %s: %s" % (f, k["file"], a[f])); misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], t):
                print("MISS %-8s %s: %s" % (f, k["file"], a[f])); misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                forms = ["%s/%s/%s" % (d, m, y), "%d %s %s" % (int(d), MONTHS[int(m) - 1], y)]
                if not any(x in t for x in forms):
                    print("MISS %-8s %s: %s" % (f, k["file"], a[f])); misses += 1
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
