#!/usr/bin/env python3
"""Writes ../keys.json for set mix-121-b and checks every keyed value against
`pdftotext -layout` of its PDF (white space collapsed on both sides):
- subject: found exactly as keyed;
- municipality, organ, office, proposing_office: found ignoring case and the
  shape of the apostrophe;
- number, sector_number, proposal_number: found as a number not inside a longer one;
- date, proposal_date: found printed as dd/mm/yyyy.
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

KEYS = [
    {"file": "determinazione-mira-civilianext-verde.pdf", "role": "act",
     "what": "Comune di Mira, determinazione of the Settore Lavori Pubblici e Patrimonio with a labelled grid "
             "(Settore / Servizio / Unita' operativa / registers / proposal); ReportLab platypus, justified with Tw, "
             "letterhead as a Form XObject painted after the body, running head with number and Settore on page 2",
     "operative_points": 5,
     "act": {"municipality": "Comune di Mira", "organ": "Settore Lavori Pubblici e Patrimonio",
             "office": "Servizio Manutenzioni e Verde", "kind": "determinazione",
             "number": 1187, "sector_number": 312, "date": "2027-09-14",
             "proposal_number": 1402, "proposal_date": "2027-09-10",
             "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE "
                        "STRADALI DI VIA NAZIONALE E DEI PARCHI DI ORIAGO E MIRA PORTE, PERIODO OTTOBRE - "
                        "DICEMBRE 2027. CIG B3F7A21C09. IMPEGNO DI SPESA."}},
    {"file": "determinazione-mira-civilianext-scuole.pdf", "role": "act",
     "what": "Comune di Mira, determinazione of the Settore Servizi alla Persona, two-level grid; .docx written by "
             "python-docx, exported by LibreOffice 7.4; letterhead in the first-page header, running head with "
             "number and Settore on page 2, table of schools inside point 1",
     "operative_points": 4,
     "act": {"municipality": "Comune di Mira", "organ": "Settore Servizi alla Persona",
             "office": "Servizio Pubblica Istruzione e Sport", "kind": "determinazione",
             "number": 1203, "sector_number": 141, "date": "2027-09-16",
             "subject": "CONTRIBUTI ALLE SCUOLE DELL'INFANZIA PARITARIE DEL TERRITORIO PER L'ANNO SCOLASTICO "
                        "2027/2028 IN ATTUAZIONE DELLA CONVENZIONE APPROVATA CON DELIBERAZIONE DI CONSIGLIO "
                        "COMUNALE N. 41/2025. IMPEGNO DI SPESA."}},
    {"file": "ordinanza-mira-civilianext.pdf", "role": "act",
     "what": "Comune di Mira, traffic ordinanza of the Dirigente del Settore Polizia Locale e Protezione Civile "
             "(title in the heading and in the grid); HTML printed by headless Chromium, letter-spaced O R D I N A, "
             "@page running head with number and Settore on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Mira", "organ": "Settore Polizia Locale e Protezione Civile",
             "office": "Servizio Viabilità e Segnaletica", "kind": "ordinanza",
             "number": 214, "date": "2027-09-22",
             "subject": "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in via "
                        "Nazionale, tratto compreso tra via Giuseppe Mazzini e via Alessandro Manzoni, e in piazza "
                        "IX Martiri, in occasione della manifestazione \"Mira in Festa 2027\" del 2 e 3 ottobre 2027."}},
    {"file": "avviso-mira-civilianext.pdf", "role": "notice",
     "what": "Comune di Mira, unnumbered avviso pubblico (rent contributions) of the Settore Servizi alla Persona, "
             "three-level grid; fpdf2 core fonts, body in two justified columns (Tw), running head on page 2",
     "act": {"municipality": "Comune di Mira", "organ": "Settore Servizi alla Persona",
             "office": "Servizio Politiche Sociali e Abitative", "kind": "avviso", "date": "2027-09-20",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI "
                        "DI LOCAZIONE DELL'ABITAZIONE PRINCIPALE - ANNO 2027"}},
    {"file": "determinazione-barletta-jiride-ambiente.pdf", "role": "act",
     "what": "Citta' di Barletta, DETERMINAZIONE DEL DIRIGENTE DEL SETTORE AMBIENTE, ENERGIA E PROTEZIONE CIVILE "
             "with the Servizio under it and a register box on the right; pdfLaTeX, letter-spaced letterhead "
             "(microtype), running foot with number and Settore",
     "operative_points": 5,
     "act": {"municipality": "Città di Barletta", "organ": "Settore Ambiente, Energia e Protezione Civile",
             "office": "Servizio Igiene Urbana e Tutela del Territorio", "kind": "determinazione",
             "number": 1342, "sector_number": 198, "date": "2027-09-21",
             "proposal_number": 1517, "proposal_date": "2027-09-17",
             "subject": "Servizio di rimozione e smaltimento dei rifiuti abbandonati lungo la litoranea di Ponente "
                        "e nelle aree periferiche del territorio comunale – Affidamento alla ditta Ecoservizi "
                        "Ofanto S.r.l. – CIG B5A3E90F12 – Impegno di spesa."}},
    {"file": "determinazione-barletta-jiride-tributi.pdf", "role": "act",
     "what": "Citta' di Barletta, DETERMINAZIONE DEL DIRIGENTE DEL SETTORE PROGRAMMAZIONE ECONOMICO-FINANZIARIA E "
             "TRIBUTI, the Servizio named only in the signature block; hand-written content streams (pikepdf): "
             "every glyph placed alone, no spaces, letterhead and register box a Form XObject painted last, "
             "Albo stamp rotated up the margin, running foot",
     "operative_points": 4,
     "act": {"municipality": "Città di Barletta",
             "organ": "Settore Programmazione Economico-Finanziaria e Tributi",
             "office": "Servizio Tributi Locali", "kind": "determinazione",
             "number": 1351, "sector_number": 87, "date": "2027-09-22",
             "proposal_number": 1529, "proposal_date": "2027-09-20",
             "subject": "Rimborso a contribuenti diversi di somme versate e non dovute a titolo di IMU per gli "
                        "anni d'imposta 2023 e 2024 - Liquidazione e pagamento."}},
    {"file": "ordinanza-barletta-jiride.pdf", "role": "act",
     "what": "Citta' di Barletta, ordinanza sindacale contingibile e urgente (fire prevention), register box with "
             "the proposing Settore; HTML through wkhtmltopdf 0.12.6",
     "operative_points": 5,
     "act": {"municipality": "Città di Barletta", "organ": "Sindaco", "kind": "ordinanza",
             "number": 58, "date": "2027-09-08",
             "proposing_office": "Settore Ambiente, Energia e Protezione Civile",
             "subject": "Misure urgenti per la prevenzione degli incendi di vegetazione. Divieto di abbruciamento "
                        "di stoppie, residui vegetali e rifiuti su tutto il territorio comunale fino al 15 "
                        "ottobre 2027."}},
    {"file": "decreto-barletta-jiride.pdf", "role": "act",
     "what": "Citta' di Barletta, DECRETO DEL DIRIGENTE DEL SETTORE LAVORI PUBBLICI E MANUTENZIONI appointing a "
             "tender commission, the Servizio in the register box; flat ODF through LibreOffice, commission in a "
             "two-column table, running foot with number, Settore and page fields",
     "operative_points": 4,
     "act": {"municipality": "Città di Barletta", "organ": "Settore Lavori Pubblici e Manutenzioni",
             "office": "Servizio Appalti e Contratti", "kind": "decreto",
             "number": 9, "sector_number": 41, "date": "2027-09-27",
             "subject": "Nomina della commissione giudicatrice per la procedura aperta relativa ai lavori di "
                        "riqualificazione e messa in sicurezza del Parco dell'Umanità - CUP H91B26000180006 - "
                        "CIG B6E21A4D37."}},
    {"file": "determinazione-caltanissetta-cityware-strade.pdf", "role": "act",
     "what": "Comune di Caltanissetta, determinazione with a three-level heading (Direzione IV / Servizio 2 / U.O.); "
             "plain troff through groff -Tps and ps2pdf, justified Times, running head with Direzione and number "
             "on page 2",
     "operative_points": 5,
     "act": {"municipality": "Comune di Caltanissetta", "organ": "Direzione IV – Lavori Pubblici",
             "office": "Servizio 2 – Viabilità e Infrastrutture", "kind": "determinazione",
             "number": 1519, "sector_number": 287, "date": "2027-09-23",
             "proposal_number": 1644, "proposal_date": "2027-09-21",
             "subject": "Lavori di somma urgenza per il ripristino della sede stradale di via Xiboli a seguito del "
                        "cedimento del 12 settembre 2027 – Approvazione del verbale di somma urgenza e della "
                        "perizia giustificativa – Impegno di spesa – CIG B4C2D19E77 – CUP H97H27000410004."}},
    {"file": "determinazione-caltanissetta-cityware-sociale.pdf", "role": "act",
     "what": "Comune di Caltanissetta, determinazione of the Direzione III as an 80-column Courier report "
             "(three-level heading, justified by padding spaces); enscript + ps2pdf with a running head carrying "
             "Direzione, number and page",
     "operative_points": 4,
     "act": {"municipality": "Comune di Caltanissetta",
             "organ": "Direzione III - Servizi Sociali e Pubblica Istruzione",
             "office": "Servizio 1 - Politiche Sociali e Inclusione", "kind": "determinazione",
             "number": 1538, "sector_number": 176, "date": "2027-09-24",
             "subject": "LIQUIDAZIONE CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI IN CONDIZIONE DI "
                        "DISAGIO SOCIO-ECONOMICO - MESE DI AGOSTO 2027."}},
    {"file": "decreto-caltanissetta-cityware.pdf", "role": "act",
     "what": "Comune di Caltanissetta, decreto del Sindaco conferring a Direzione, on the Segreteria's pre-printed "
             "form: number, dates and the Sindaco's name typed in Courier over underscores, subject over ruled "
             "lines; ReportLab canvas",
     "operative_points": 4,
     "act": {"municipality": "Comune di Caltanissetta", "organ": "Sindaco", "kind": "decreto",
             "number": 21, "date": "2027-09-15",
             "subject": "Conferimento dell'incarico di direzione della Direzione III - Servizi Sociali e Pubblica "
                        "Istruzione alla dott.ssa Rosalba Ferlisi."}},
    {"file": "avviso-caltanissetta-cityware.pdf", "role": "notice",
     "what": "Comune di Caltanissetta, unnumbered avviso pubblico (list of contractors), the issuing Direzione "
             "only in the signature; HTML printed by headless Chromium, articles in two CSS columns",
     "act": {"municipality": "Comune di Caltanissetta", "office": "Direzione IV - Lavori Pubblici",
             "kind": "avviso", "date": "2027-09-27",
             "subject": "AVVISO PUBBLICO PER LA FORMAZIONE DELL'ELENCO DI OPERATORI ECONOMICI DA INVITARE ALLE "
                        "PROCEDURE DI AFFIDAMENTO DI LAVORI DI MANUTENZIONE DEL PATRIMONIO COMUNALE - "
                        "ANNUALITÀ 2028"}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).replace("\u2019", "'").replace("\u2018", "'").lower()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        t = norm(text_of(path))
        tl = loose(t)
        a = k["act"]
        checks = []
        if "subject" in a:
            checks.append(("subject", norm(a["subject"]) in t))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, loose(a[f]) in tl))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                checks.append((f, re.search(r"(?<![\d.,/])%d(?![\d])" % a[f], t) is not None))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y) in t))
        for f, ok in checks:
            if not ok:
                misses += 1
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
