#!/usr/bin/env python3
"""Writes ../keys.json for mix-119-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects must be found
exactly; municipality, organ, office, names, roles and titles without regard
to case or the shape of the apostrophe. Numbers, dates and times must appear
too. Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


SCR = "Comune di San Chirico Raparo"
MDO = "Comune di Monticelli d'Ongina"
SRB = "Comune di Saint-Rhémy-en-Bosses"
SUBJ_SRB_41 = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
               "STRAORDINARIA E MESSA IN SICUREZZA DELLA STRADA COMUNALE DELLA FRAZIONE CERISEY. "
               "CUP H87H27000410004.")

KEYS = [
    {"file": "deliberazione-sanchiricoraparo-halley.pdf", "role": "act",
     "what": "Giunta deliberation 58/2027 (Halley layout): ReportLab platypus, justified with Tw, running foot "
             "with number and 'Pag. x di y', running head from page 2, pareri and publication note at the end",
     "operative_points": 4,
     "act": {"municipality": SCR, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 58,
             "date": "2027-07-06", "time": "13:30", "proposal_number": 64, "proposal_date": "2027-07-01",
             "proposing_office": "Area Amministrativa",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO SAN CHIRICO RAPARO PER "
                        "LA GESTIONE DEL SERVIZIO DI ACCOGLIENZA E INFORMAZIONE TURISTICA - STAGIONE ESTIVA 2027.",
             "attendees": [att("LOFIEGO Rocco", "Sindaco"), att("CANTISANI Maria Teresa", "Vice Sindaco"),
                           att("ARCIERI Domenico", "Assessore", False)],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Rocco Lofiego"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Angela Sarubbi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-sanchiricoraparo-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 142 and the Area's own 47 (Halley layout): "
             "fpdf2 core Times, justified with Tw, running head with the number from page 2",
     "operative_points": 5,
     "act": {"municipality": SCR, "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 142, "sector_number": 47, "date": "2027-07-07",
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023, "
                        "DEL SERVIZIO DI SFALCIO E PULIZIA DELLE BANCHINE E DELLE CUNETTE DELLE STRADE COMUNALI "
                        "ESTERNE - ANNO 2027 - IMPEGNO DI SPESA. CIG: B4F2A71C93"}},
    {"file": "ordinanza-sanchiricoraparo-halley.pdf", "role": "act",
     "what": "ordinanza sindacale 19/2027 on fires: python-docx model exported by LibreOffice Writer, "
             "letterhead in the page header, letter-spaced ORDINA, commands as a bulleted list",
     "operative_points": 4,
     "act": {"municipality": SCR, "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2027-07-08",
             "subject": "DIVIETO DI ACCENSIONE DI FUOCHI E DI ABBRUCIAMENTO DI RESIDUI VEGETALI NEL PERIODO DI "
                        "MASSIMA PERICOLOSITÀ PER GLI INCENDI BOSCHIVI - ANNO 2027."}},
    {"file": "attestazione-sanchiricoraparo-halley.pdf", "role": "certificate",
     "what": "attestation that Giunta deliberation 52 of 22/06/2027 stayed on the Albo 23/06-08/07/2027: "
             "80-column Courier report, enscript + ps2pdf (apostrophes become U+2019 in the text layer)",
     "act": {"municipality": SCR, "kind": "attestazione", "number": 52, "date": "2027-06-22",
             "subject": "VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE 2027/2029 (ART. 175, COMMA 4, DEL "
                        "D.LGS. N. 267/2000) - APPLICAZIONE QUOTA DI AVANZO VINCOLATO PER INTERVENTI DI "
                        "PROTEZIONE CIVILE."}},
    {"file": "deliberazione-monticellidongina-sicraweb.pdf", "role": "act",
     "what": "Consiglio deliberation 27/2027, assestamento, voted by majority (Sicraweb layout): HTML printed by "
             "headless Chromium, letter-spaced headings, roll in two side-by-side tables, running head and foot "
             "from a repeated thead/tfoot",
     "operative_points": 5,
     "act": {"municipality": MDO, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 27,
             "date": "2027-07-07", "time": "20:45", "proposal_number": 31, "proposal_date": "2027-06-28",
             "proposing_office": "Settore Economico-Finanziario",
             "subject": "SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO E ASSESTAMENTO GENERALE DEL BILANCIO DI "
                        "PREVISIONE 2027-2029 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000.",
             "attendees": [att("BERGONZI Matteo", "Sindaco"), att("MALVICINI Elena", "Consigliere"),
                           att("GANDOLFI Stefano", "Consigliere"), att("ROSSETTI Chiara", "Consigliere", False),
                           att("FORNASARI Luca", "Consigliere"), att("BOSONI Paola", "Consigliere"),
                           att("GROPPI Davide", "Consigliere"), att("CAVALLI Marco", "Consigliere"),
                           att("ZANREI Silvia", "Consigliere", False), att("BERTUZZI Giorgio", "Consigliere"),
                           att("LOSI Federica", "Consigliere"), att("SCHIAVI Andrea", "Consigliere"),
                           att("BOIARDI Roberto", "Consigliere")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Matteo Bergonzi"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Paolo Ghezzi"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-monticellidongina-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Settore Economico-Finanziario, sector 58 of 02/07, general register 231 of "
             "05/07/2027 (Sicraweb layout): wkhtmltopdf 0.12.6 (Qt), CSS zoom, letter-spaced headings",
     "operative_points": 4,
     "act": {"municipality": MDO, "organ": "Settore Economico-Finanziario", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 231, "sector_number": 58, "date": "2027-07-05",
             "subject": "RIMBORSO A CONTRIBUENTI DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE "
                        "PROPRIA (IMU) PER GLI ANNI D'IMPOSTA 2024 E 2025 - IMPEGNO E LIQUIDAZIONE DELLA SPESA."}},
    {"file": "decreto-monticellidongina-sicraweb.pdf", "role": "act",
     "what": "decreto del Sindaco 9/2027 appointing a Responsabile di Settore: pdfLaTeX (Helvetica clone), "
             "microtype letter-spacing, no space characters in the text layer, curly apostrophes",
     "operative_points": 4,
     "act": {"municipality": MDO, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2027-07-06",
             "subject": "NOMINA DEL RESPONSABILE DEL SETTORE TECNICO - LAVORI PUBBLICI E ATTRIBUZIONE DELLE "
                        "FUNZIONI DI CUI ALL’ART. 107 DEL D.LGS. N. 267/2000 PER IL PERIODO DAL 01/08/2027 AL "
                        "31/12/2027."}},
    {"file": "convocazione-monticellidongina-sicraweb.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio for 22/07/2027, issued 09/07/2027: plain troff, "
             "groff -Tps + ps2pdf, Helvetica, justified",
     "act": {"municipality": MDO, "kind": "convocazione", "date": "2027-07-09",
             "subject": "Convocazione del Consiglio Comunale in seduta ordinaria - 22 luglio 2027."}},
    {"file": "deliberazione-saintrhemyenbosses-inva.pdf", "role": "act",
     "what": "Giunta deliberation 41/2027, bilingual heading (INVA-like report engine): content streams "
             "written with pikepdf, every glyph placed alone, letterhead and a rotated stamp as Form XObjects "
             "painted after the body, running foot first in each stream",
     "operative_points": 3,
     "act": {"municipality": SRB, "organ": "Giunta comunale", "kind": "deliberazione", "number": 41,
             "date": "2027-07-08", "time": "18:00", "subject": SUBJ_SRB_41,
             "attendees": [att("JORRIOZ Corrado", "Sindaco"), att("CERISE Monica", "Vicesindaco"),
                           att("MARGUERETTAZ Ivo", "Assessore"), att("VUILLERMOZ Nadia", "Assessore", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Corrado Jorrioz"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Sabrina Créton"},
             "vote": "unanimous", "immediately_executive": False}},
    {"file": "determinazione-saintrhemyenbosses-inva.pdf", "role": "act",
     "what": "determinazione 112/2027 of the Area tecnica (INVA-like): ReportLab canvas, letterhead as a Form "
             "XObject painted at the end of page 1, headings letter-spaced with Tc, lines justified with Tw",
     "operative_points": 5,
     "act": {"municipality": SRB, "organ": "Area tecnica", "office": "Ufficio Lavori pubblici e Patrimonio",
             "kind": "determinazione", "number": 112, "date": "2027-07-06",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE DALLE STRADE E DAI PIAZZALI COMUNALI PER LE "
                        "STAGIONI INVERNALI 2027/2028 E 2028/2029 - DETERMINA A CONTRARRE E APPROVAZIONE DEGLI "
                        "ATTI DI GARA. CIG B6D93E0A47."}},
    {"file": "avviso-saintrhemyenbosses-inva.pdf", "role": "notice",
     "what": "unnumbered bilingual avviso (Italian | French columns) on school transport enrolment: flat ODF "
             "exported by LibreOffice Writer, letter-spaced title",
     "act": {"municipality": SRB, "office": "Segretario Comunale", "kind": "avviso", "date": "2027-07-07",
             "subject": "ISCRIZIONI AI SERVIZI DI TRASPORTO SCOLASTICO E DI MENSA - ANNO SCOLASTICO 2027/2028"}},
    {"file": "certificato-saintrhemyenbosses-inva.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 41 of 08/07/2027 (published 09/07-24/07/2027): "
             "fpdf2 form whose values are typed just above blanks of underscores",
     "act": {"municipality": SRB, "kind": "attestazione", "number": 41, "date": "2027-07-08",
             "subject": SUBJ_SRB_41}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return collapse(s).replace("’", "'").replace("‘", "'").casefold()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        exact, lo = collapse(txt), loose(txt)
        a = k.get("act", {})

        def need_exact(label, s):
            nonlocal misses
            if collapse(s) not in exact:
                print("MISS %s %s: %r" % (k["file"], label, s))
                misses += 1

        def need_loose(label, s):
            nonlocal misses
            if loose(s) not in lo:
                print("MISS %s %s: %r" % (k["file"], label, s))
                misses += 1

        if "subject" in a:
            need_exact("subject", a["subject"])
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need_loose(f, a[f])
        for i, p in enumerate(a.get("attendees", [])):
            need_loose("attendee %d name" % i, p["name"])
            need_loose("attendee %d role" % i, p["role"])
        for f in ("president", "secretary"):
            for sub in ("title", "role", "name"):
                if sub in a.get(f, {}):
                    need_loose("%s %s" % (f, sub), a[f][sub])
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d/])%d(?![\d/])" % a[f], exact):
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in exact:
                    print("MISS %s %s: %r" % (k["file"], f, a[f]))
                    misses += 1
        if "time" in a and a["time"] not in exact:
            print("MISS %s time: %r" % (k["file"], a["time"]))
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
