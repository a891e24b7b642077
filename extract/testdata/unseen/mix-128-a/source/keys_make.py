#!/usr/bin/env python3
"""Writes ../keys.json for set mix-128-a and checks every keyed string
(municipality, organ, office, subject, proposing office, names, roles, titles)
against `pdftotext -layout` of its PDF, whitespace collapsed on both sides;
numbers, dates and times are looked for in the forms the documents print.
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

TRE = "Comune di Tremezzina"
PIE = "Comune di Pietraperzia"
NUM = "Comune di Numana"

K = [
    {"file": "deliberazione-tremezzina-civilianext.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 47/2028 (pontile di Lenno), HTML printed by headless Chromium, running head and foot with the number repeated by thead/tfoot",
     "operative_points": 4,
     "act": {"municipality": TRE, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 47, "date": "2028-04-18",
             "time": "18:00", "proposal_number": 61, "proposal_date": "2028-04-12",
             "proposing_office": "AREA TECNICA – LAVORI PUBBLICI",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PONTILE DI LENNO E DELLA PASSEGGIATA A LAGO – CUP E47H28000130004",
             "attendees": [
                 {"name": "BERTOLDINI Paolo", "role": "Sindaco", "present": True},
                 {"name": "CAPPELLETTI Laura", "role": "Vicesindaco", "present": True},
                 {"name": "BALLABIO Stefano", "role": "Assessore", "present": True},
                 {"name": "MOLTENI Chiara", "role": "Assessore", "present": False},
                 {"name": "ZANOTTA Giorgio", "role": "Assessore esterno", "present": True}],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Paolo Bertoldini"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Elena Rusconi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-tremezzina-civilianext.pdf", "role": "act",
     "what": "Area Tecnica determinazione R.G. 212/2028 (verde pubblico), ReportLab platypus: justified with Tw, heading letter-spaced with Tc, running head from page 2",
     "operative_points": 5,
     "act": {"municipality": TRE, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 212, "sector_number": 58, "date": "2028-04-20",
             "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NELLE FRAZIONI DI MEZZEGRA E TREMEZZO PER LA STAGIONE 2028 AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 – IMPEGNO DI SPESA – CIG B4C7E19A2F"}},
    {"file": "ordinanza-tremezzina-civilianext.pdf", "role": "act",
     "what": "Sindaco's ordinanza contingibile e urgente n. 14/2028 (versante di Spurano), .docx written by python-docx, exported by LibreOffice Writer; number box in the page header",
     "operative_points": 3,
     "act": {"municipality": TRE, "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2028-04-21",
             "subject": "Messa in sicurezza del versante roccioso sovrastante la strada comunale Via per Ossuccio in località Spurano. Chiusura temporanea al transito veicolare e pedonale."}},
    {"file": "attestazione-tremezzina-civilianext.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation n. 44 of 11/04/2028 (Pro Loco convention), HTML through wkhtmltopdf, rotated round stamp",
     "act": {"municipality": TRE, "kind": "attestazione", "number": 44, "date": "2028-04-11",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO TREMEZZINA PER LA GESTIONE DELL'UFFICIO INFORMAZIONI TURISTICHE – ANNI 2028-2030"}},
    {"file": "deliberazione-pietraperzia-halley.pdf", "role": "act",
     "what": "Consiglio Comunale minute n. 19/2028 (canone unico regulation), pdfLaTeX: roll in two side-by-side tables, running head and 'Pag. X di Y' foot, publication certificate at the end",
     "operative_points": 3,
     "act": {"municipality": PIE, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19, "date": "2028-04-19",
             "time": "18:30", "proposal_number": 23, "proposal_date": "2028-04-05",
             "proposing_office": "Settore II – Economico Finanziario",
             "subject": "Approvazione del Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche e integrazioni.",
             "attendees": [
                 {"name": "MARINO Salvatore", "role": "Presidente", "present": True},
                 {"name": "AMICO Rosalia", "role": "Vice Presidente", "present": True},
                 {"name": "BONINCONTRO Filippo", "role": "Consigliere", "present": True},
                 {"name": "CALÌ Giuseppina", "role": "Consigliere", "present": False},
                 {"name": "TOSCANO Michele", "role": "Consigliere", "present": True},
                 {"name": "LA MONICA Carmelo", "role": "Consigliere", "present": True},
                 {"name": "DI PRIMA Angela", "role": "Consigliere", "present": True},
                 {"name": "FALZONE Gaetano", "role": "Consigliere", "present": True},
                 {"name": "NICOLETTI Marco", "role": "Consigliere", "present": False},
                 {"name": "SCARLATA Vincenza", "role": "Consigliere", "present": True},
                 {"name": "RABITA Enzo", "role": "Consigliere", "present": True},
                 {"name": "ZARBA Rosario", "role": "Consigliere", "present": True}],
             "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale", "name": "Salvatore Marino"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Calogero Pitrone"},
             "vote": "majority", "vote_counts": {"present": 10, "in_favour": 7, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-pietraperzia-halley.pdf", "role": "act",
     "what": "Settore II determinazione R.G. 301/2028 (IMU refunds), 80-column Courier report through enscript and ps2pdf, enscript running head with the number and 'Pag. X di Y'",
     "operative_points": 4,
     "act": {"municipality": PIE, "organ": "SETTORE II - ECONOMICO FINANZIARIO", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 301, "sector_number": 72, "date": "2028-04-21",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) - ANNUALITA’ 2025 - LIQUIDAZIONE A FAVORE DI N. 4 CONTRIBUENTI."}},
    {"file": "decreto-pietraperzia-halley.pdf", "role": "act",
     "what": "Sindaco's decree n. 9/2028 (Responsabile del Settore III), plain troff through groff -Tps and ps2pdf, justified and hyphenated",
     "operative_points": 4,
     "act": {"municipality": PIE, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2028-04-24",
             "subject": "Nomina del Responsabile del Settore III – Tecnico e attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 18 agosto 2000, n. 267, per il periodo dal 1° maggio 2028 al 31 dicembre 2028."}},
    {"file": "convocazione-pietraperzia-halley.pdf", "role": "notice",
     "what": "Presidente del Consiglio's convocation of 21/04/2028 for 28/04/2028, fpdf2: a pre-printed form in Times with the values typed in Courier over runs of underscores",
     "act": {"municipality": PIE, "kind": "convocazione", "date": "2028-04-21",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria."}},
    {"file": "deliberazione-numana-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 52/2028 (difesa della costa a Marcelli), hand-written content streams via pikepdf: one glyph per Tm/Tj, Tc title, letterhead/running head/signatures in Form XObjects painted out of order, publication stamp rotated up the margin",
     "operative_points": 4,
     "act": {"municipality": NUM, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52, "date": "2028-04-20",
             "time": "12:15", "proposal_number": 66, "proposal_date": "2028-04-14",
             "proposing_office": "Settore III – Tecnico Lavori Pubblici",
             "subject": "APPROVAZIONE DEL DOCUMENTO DI INDIRIZZO ALLA PROGETTAZIONE DEGLI INTERVENTI DI DIFESA DELLA COSTA NEL LITORALE DI MARCELLI E RICHIESTA DI CONTRIBUTO ALLA REGIONE MARCHE",
             "attendees": [
                 {"name": "CARLONI Tiziano", "role": "Sindaco", "present": True},
                 {"name": "PIERANTONI Elisa", "role": "Vice Sindaco", "present": True},
                 {"name": "BALDONI Luca", "role": "Assessore", "present": False},
                 {"name": "MARINELLI Sara", "role": "Assessore", "present": True},
                 {"name": "GIACCAGLIA Fabio", "role": "Assessore", "present": True}],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Tiziano Carloni"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Cingolani"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-numana-sicraweb.pdf", "role": "act",
     "what": "Settore III determinazione R.G. 176/2028 (pulizia arenili), fpdf2 core fonts: justified with Tw, running head with the R.G. number and foot 'pag. X di Y' with both numbers",
     "operative_points": 5,
     "act": {"municipality": NUM, "organ": "SETTORE III - TECNICO LAVORI PUBBLICI", "office": "Servizio Demanio Marittimo",
             "kind": "determinazione", "number": 176, "sector_number": 31, "date": "2028-04-24",
             "subject": "SERVIZIO DI PULIZIA MECCANIZZATA E VAGLIATURA DEGLI ARENILI LIBERI - STAGIONE BALNEARE 2028. AFFIDAMENTO DIRETTO ALLA DITTA ADRIATICA SERVIZI AMBIENTALI S.R.L. E IMPEGNO DI SPESA. CIG B5D2A07C81"}},
    {"file": "ordinanza-numana-sicraweb.pdf", "role": "act",
     "what": "Polizia Locale ordinanza n. 21/2028 (Numana in Festa), flat ODF (.fodt) written by a script, exported by LibreOffice Writer; bulleted ORDINA",
     "operative_points": 4,
     "act": {"municipality": NUM, "organ": "SETTORE IV – POLIZIA LOCALE", "office": "Ufficio Viabilità e Traffico",
             "kind": "ordinanza", "number": 21, "date": "2028-04-26",
             "subject": "Disciplina temporanea della circolazione e della sosta in Via Litoranea e in Piazza del Santuario in occasione della manifestazione “Numana in Festa – 1° Maggio 2028”."}},
    {"file": "avviso-numana-sicraweb.pdf", "role": "notice",
     "what": "Settore I's unnumbered avviso pubblico (contributi affitto 2028), HTML printed by headless Chromium, 'SI RENDE NOTO' letter-spaced",
     "act": {"municipality": NUM, "organ": "SETTORE I – AFFARI GENERALI E SERVIZI ALLA PERSONA", "office": "Ufficio Servizi Sociali",
             "kind": "avviso", "date": "2028-04-27",
             "subject": "AVVISO PUBBLICO PER L’ASSEGNAZIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2028"}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout


def main():
    misses = 0
    for k in K:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        t = norm(text_of(path))
        tl = t.lower()
        a = k["act"]
        want = []
        for f in ("municipality", "organ", "office", "subject", "proposing_office"):
            if f in a:
                want.append((f, a[f]))
        for p in a.get("attendees", []):
            want += [("attendee", p["name"]), ("role", p["role"])]
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                want.append((who + "." + f, v))
        for f, v in want:
            v = norm(v)
            # municipality, organ, office, names, roles: case-insensitive as the checks compare them; subject exact
            ok = (v in t) if f == "subject" else (v.lower() in tl)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], f, v)); misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], t):
                print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                if "%s/%s/%s" % (d, m, y) not in t:
                    print("MISS %s %s: %r" % (k["file"], f, a[f])); misses += 1
        if "time" in a:
            h, mi = a["time"].split(":")
            if not re.search(r"%s[:.,]%s" % (h, mi), t):
                print("MISS %s time: %r" % (k["file"], a["time"])); misses += 1
        for f, v in a.get("vote_counts", {}).items():
            if not re.search(r"n\. %d\b" % v, t):
                print("MISS %s vote_counts.%s: %r" % (k["file"], f, v)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(K, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d files keyed, %d misses" % (len(K), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
