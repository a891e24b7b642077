"""Write ../keys.json for set mix-110-c and check every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; names, roles, organs and
offices without regard to case). Exits 1 on a miss.

The values below were written by reading the printed documents; they are not
read back from the build scripts."""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


P, A = True, False

BOL_GIUNTA_ALL = [("MURGIA ANTONELLO", "SINDACO", P), ("CADEDDU MARIA FRANCESCA", "VICESINDACO", P),
                  ("SERRA PIETRO PAOLO", "ASSESSORE", P), ("LADU GIOVANNA", "ASSESSORE", P)]
BOL_PRES = {"title": "DOTT.", "role": "SINDACO", "name": "ANTONELLO MURGIA"}
BOL_SEGR = {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "GIUSEPPINA CHESSA"}
BEL_SEGR = {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "ANTONIO DE BERARDINIS"}
CAR_PRES = {"title": "SIG.", "role": "SINDACO", "name": "MASSIMO CASTAGNOLA"}
CAR_SEGR = {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "PAOLA REPETTO"}

KEYS = [
    # ------------------------------------------------------------------ BOLOTANA
    {"file": "deliberazione-bolotana-halley-gc87.pdf", "role": "act",
     "what": "Giunta minute 87/2026 of Bolotana (NU), 80-column Halley-style report with frontespizio; "
             "text file printed by GNU enscript 1.6 in Courier and ps2pdf (Ghostscript); its apostrophes print as quoteright",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bolotana", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 87, "date": "2026-10-08", "time": "12:30",
             "proposal_number": 112, "proposal_date": "2026-10-02", "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITA\u2019 TECNICO-ECONOMICA DEI LAVORI DI "
                        "RIQUALIFICAZIONE DEL CAMPO SPORTIVO COMUNALE IN LOCALITA\u2019 SAN BACHISIO - "
                        "CUP I57H26000410004",
             "attendees": roll(BOL_GIUNTA_ALL),
             "president": BOL_PRES, "secretary": BOL_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-bolotana-halley-gc91.pdf", "role": "act",
     "what": "Giunta minute 91/2026 of Bolotana, same Halley-style 80-column report; ReportLab places every "
             "glyph alone in its own text object, no space characters",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bolotana", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 91, "date": "2026-10-20", "time": "13:00",
             "proposal_number": 118, "proposal_date": "2026-10-15",
             "proposing_office": "AREA AMMINISTRATIVA - SERVIZIO CULTURA E SPORT",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI BOLOTANA PER "
                        "L'ORGANIZZAZIONE DELLA RASSEGNA \"AUTUNNO A BOLOTANA 2026\" - ATTO DI INDIRIZZO",
             "attendees": roll([("MURGIA ANTONELLO", "SINDACO", P), ("CADEDDU MARIA FRANCESCA", "VICESINDACO", P),
                                ("SERRA PIETRO PAOLO", "ASSESSORE", A), ("LADU GIOVANNA", "ASSESSORE", P)]),
             "president": BOL_PRES, "secretary": BOL_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-bolotana-halley-cc34.pdf", "role": "act",
     "what": "Consiglio minute 34/2026 of Bolotana, Halley-style 80-column report with the roll in two columns; "
             "printed by GNU a2ps 4.14 and ps2pdf; apostrophes print as quoteright",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bolotana", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 34, "date": "2026-10-29", "time": "18:00",
             "proposal_number": 37, "proposal_date": "2026-10-19", "proposing_office": "AREA FINANZIARIA",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 AI SENSI DELL\u2019ART. 175, "
                        "COMMA 2, DEL D.LGS. N. 267/2000 E APPLICAZIONE DI QUOTA DELL\u2019AVANZO DI "
                        "AMMINISTRAZIONE VINCOLATO",
             "attendees": roll([("MURGIA ANTONELLO", "SINDACO", P), ("CADEDDU MARIA FRANCESCA", "CONSIGLIERE", P),
                                ("SERRA PIETRO PAOLO", "CONSIGLIERE", P), ("LADU GIOVANNA", "CONSIGLIERE", P),
                                ("MELONI GIAN MARIO", "CONSIGLIERE", P), ("SANNA ROBERTA", "CONSIGLIERE", P),
                                ("FADDA COSTANTINO", "CONSIGLIERE", P), ("PINNA ELISA", "CONSIGLIERE", A),
                                ("CARTA SEBASTIANO", "CONSIGLIERE", P), ("MUSCAU LUIGI", "CONSIGLIERE", P),
                                ("PUGGIONI ILARIA", "CONSIGLIERE", A)]),
             "president": BOL_PRES, "secretary": BOL_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-bolotana-halley.pdf", "role": "act",
     "what": "determinazione of Bolotana's Area Tecnica (sector n. 146, general register n. 512), Halley-style "
             "80-column report typeset by groff 1.22 (-Tps, Courier) and ps2pdf",
     "operative_points": 5,
     "act": {"municipality": "Comune di Bolotana", "organ": "AREA TECNICA",
             "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI", "kind": "determinazione",
             "number": 512, "sector_number": 146, "date": "2026-10-22",
             "proposal_number": 201, "proposal_date": "2026-10-20",
             "proposing_office": "UFFICIO TECNICO - MANUTENZIONI",
             "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. N. 36/2023 "
                        "DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO PER IL PERIODO NOVEMBRE 2026 - "
                        "APRILE 2027 ALLA DITTA VIVAI DEL MARGHINE S.R.L. - IMPEGNO DI SPESA - CIG B4C7E19A2F"}},
    # ------------------------------------------------------------------ BELLANTE
    {"file": "deliberazione-bellante-cityware-gc142.pdf", "role": "act",
     "what": "Giunta minute 142/2026 of Bellante (TE), 132-column Cityware-style landscape report with boxed "
             "frontespizio and running head; pdfLaTeX fancyvrb in Courier (pcr), no space characters",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bellante", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 142, "date": "2026-10-06", "time": "17:00",
             "proposal_number": 158, "proposal_date": "2026-10-01",
             "proposing_office": "SETTORE I - AFFARI GENERALI E SERVIZI ALLA PERSONA",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO DI BELLANTE PER "
                        "L'UTILIZZO DELLA PALESTRA SCOLASTICA IN ORARIO EXTRASCOLASTICO - ANNO SPORTIVO 2026/2027",
             "attendees": roll([("DI SABATINO MARCO", "SINDACO", P), ("MARCOZZI ELENA", "VICE SINDACO", P),
                                ("D'IGNAZIO LUCA", "ASSESSORE", P), ("CIPRIETTI SILVIA", "ASSESSORE", A),
                                ("DI BONAVENTURA FABIO", "ASSESSORE", P)]),
             "president": {"title": "SIG.", "role": "SINDACO", "name": "MARCO DI SABATINO"},
             "secretary": BEL_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-bellante-cityware-gc149.pdf", "role": "act",
     "what": "Giunta minute 149/2026 of Bellante, the same 132-column report as a .docx (python-docx, Courier New) "
             "with the running head and foot in Word's header and footer (PAGE/NUMPAGES fields), exported by LibreOffice 7.4",
     "operative_points": 3,
     "act": {"municipality": "Comune di Bellante", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 149, "date": "2026-10-16", "time": "13:15",
             "proposal_number": 166, "proposal_date": "2026-10-12",
             "proposing_office": "SETTORE III - LAVORI PUBBLICI, PATRIMONIO E TRASPORTI",
             "subject": "INDIRIZZI AL RESPONSABILE DEL SETTORE III PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO "
                        "SCOLASTICO DEGLI ALUNNI RESIDENTI NELLE FRAZIONI DI RIPATTONI E BELLANTE STAZIONE - "
                        "ANNO SCOLASTICO 2026/2027",
             "attendees": roll([("DI SABATINO MARCO", "SINDACO", A), ("MARCOZZI ELENA", "VICE SINDACO", P),
                                ("D'IGNAZIO LUCA", "ASSESSORE", P), ("CIPRIETTI SILVIA", "ASSESSORE", P),
                                ("DI BONAVENTURA FABIO", "ASSESSORE", P)]),
             "president": {"title": "DOTT.SSA", "role": "VICE SINDACO", "name": "ELENA MARCOZZI"},
             "secretary": {"title": "DOTT.SSA", "role": "VICE SEGRETARIO COMUNALE", "name": "LORENA CASTELLI"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-bellante-cityware-cc41.pdf", "role": "act",
     "what": "Consiglio minute 41/2026 of Bellante, 132-column report written as hand-made content streams (pikepdf): "
             "head and foot reused Form XObjects, body in three XObjects drawn bottom first, Tc letter spacing, "
             "a publication stamp turned 90 degrees in the right margin",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bellante", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 41, "date": "2026-10-27", "time": "19:00",
             "proposal_number": 49, "proposal_date": "2026-10-13",
             "proposing_office": "SETTORE II - ECONOMICO FINANZIARIO",
             "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
                        "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - ARTICOLI 12, 18 E 27",
             "attendees": roll([("DI SABATINO MARCO", "SINDACO", P), ("FERRETTI GIULIANO", "PRESIDENTE", P),
                                ("MARCOZZI ELENA", "CONSIGLIERE", P), ("D'IGNAZIO LUCA", "CONSIGLIERE", P),
                                ("CIPRIETTI SILVIA", "CONSIGLIERE", P), ("DI BONAVENTURA FABIO", "CONSIGLIERE", P),
                                ("SCIAMANNA ROSSELLA", "CONSIGLIERE", P), ("DI FELICE ANTONIO", "CONSIGLIERE", P),
                                ("CORE MATTEO", "CONSIGLIERE", P), ("DE LUCA PAOLA", "CONSIGLIERE", P),
                                ("DI MARCO GABRIELE", "CONSIGLIERE", P), ("TRAINI ALESSIA", "CONSIGLIERE", A),
                                ("PALUMBI ENZO", "CONSIGLIERE", A)]),
             "president": {"title": "SIG.", "role": "PRESIDENTE DEL CONSIGLIO COMUNALE", "name": "GIULIANO FERRETTI"},
             "secretary": BEL_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3},
             "immediately_executive": False}},
    {"file": "determinazione-bellante-cityware.pdf", "role": "act",
     "what": "determinazione of Bellante's Settore II (general register n. 688, sector n. 97), 132-column "
             "Cityware-style landscape report by fpdf2 2.8, paragraph lines justified with Tw",
     "operative_points": 4,
     "act": {"municipality": "Comune di Bellante", "organ": "SETTORE II - ECONOMICO FINANZIARIO",
             "office": "SERVIZIO TRIBUTI", "kind": "determinazione",
             "number": 688, "sector_number": 97, "date": "2026-10-23",
             "proposal_number": 745, "proposal_date": "2026-10-21", "proposing_office": "UFFICIO TRIBUTI",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
                        "PER LE ANNUALITA' 2022 E 2023 - IMPEGNO E LIQUIDAZIONE"}},
    # ------------------------------------------------------------------ CARASCO
    {"file": "deliberazione-carasco-jserfin-gc58.pdf", "role": "act",
     "what": "Giunta minute 58/2026 of Carasco (GE), J-Serfin-style 80-column report with boxes of + - |, a "
             "frontespizio form whose blanks of underscores are typed over; HTML printed by headless Chromium, "
             "letter-spaced headings by CSS",
     "operative_points": 3,
     "act": {"municipality": "Comune di Carasco", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 58, "date": "2026-10-07", "time": "11:00",
             "proposal_number": 71, "proposal_date": "2026-09-30",
             "proposing_office": "AREA TECNICA - LAVORI PUBBLICI",
             "subject": "LAVORI DI MESSA IN SICUREZZA DEL VERSANTE IN FRAZIONE RIVAROLA A SEGUITO DEGLI EVENTI "
                        "METEOROLOGICI DELL'AUTUNNO 2025 - APPROVAZIONE DEL PROGETTO ESECUTIVO - CUP B27H26000120002",
             "attendees": roll([("CASTAGNOLA MASSIMO", "SINDACO", P), ("GARIBALDI ELISA", "VICESINDACO", P),
                                ("RAFFO STEFANO", "ASSESSORE", P), ("BACIGALUPO MARTA", "ASSESSORE", P),
                                ("DAMONTE FRANCESCO", "ASSESSORE", A)]),
             "president": CAR_PRES, "secretary": CAR_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-carasco-jserfin-gc63.pdf", "role": "act",
     "what": "Giunta minute 63/2026 of Carasco, same J-Serfin-style report and typed-over frontespizio form; "
             "HTML printed by wkhtmltopdf 0.12.6",
     "operative_points": 4,
     "act": {"municipality": "Comune di Carasco", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 63, "date": "2026-10-22", "time": "18:30",
             "proposal_number": 77, "proposal_date": "2026-10-16",
             "proposing_office": "AREA AMMINISTRATIVA - SERVIZI SCOLASTICI",
             "subject": "SERVIZIO DI REFEZIONE SCOLASTICA E SERVIZIO DI PRE-SCUOLA - ANNO SCOLASTICO 2026/2027 - "
                        "RETTIFICA DELLE TARIFFE APPROVATE CON DELIBERAZIONE DELLA GIUNTA COMUNALE N. 41 DEL 23/07/2026",
             "attendees": roll([("CASTAGNOLA MASSIMO", "SINDACO", P), ("GARIBALDI ELISA", "VICESINDACO", P),
                                ("RAFFO STEFANO", "ASSESSORE", P), ("BACIGALUPO MARTA", "ASSESSORE", P),
                                ("DAMONTE FRANCESCO", "ASSESSORE", P)]),
             "president": CAR_PRES, "secretary": CAR_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-carasco-jserfin-cc29.pdf", "role": "act",
     "what": "Consiglio minute 29/2026 of Carasco, J-Serfin-style report with the roll boxed in two columns; "
             "ReportLab, justified lines drawn with Tw, heading letter-spaced with Tc, form values drawn over underscores",
     "operative_points": 4,
     "act": {"municipality": "Comune di Carasco", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 29, "date": "2026-10-30", "time": "20:30",
             "proposal_number": 33, "proposal_date": "2026-10-15", "proposing_office": "AREA FINANZIARIA",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITA' DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL "
                        "GIUDICE DI PACE DI CHIAVARI N. 214/2026 AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL "
                        "D.LGS. N. 267/2000",
             "attendees": roll([("CASTAGNOLA MASSIMO", "SINDACO", P), ("GARIBALDI ELISA", "CONSIGLIERE", P),
                                ("RAFFO STEFANO", "CONSIGLIERE", P), ("BACIGALUPO MARTA", "CONSIGLIERE", P),
                                ("DAMONTE FRANCESCO", "CONSIGLIERE", P), ("CUNEO ANDREA", "CONSIGLIERE", P),
                                ("SANGUINETI LAURA", "CONSIGLIERE", P), ("TASSARA GIORGIO", "CONSIGLIERE", P),
                                ("ARATA SIMONA", "CONSIGLIERE", P), ("PERAZZO DAVIDE", "CONSIGLIERE", P),
                                ("FIGARI CHIARA", "CONSIGLIERE", P), ("NOCE MARIO", "CONSIGLIERE", P),
                                ("ROLANDELLI PIERO", "CONSIGLIERE", A)]),
             "president": CAR_PRES, "secretary": CAR_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 12, "voters": 9, "in_favour": 8, "against": 1, "abstained": 3},
             "immediately_executive": True}},
    {"file": "determinazione-carasco-jserfin.pdf", "role": "act",
     "what": "determinazione of Carasco's Area Amministrativa (sector n. 88, general register n. 301), 132-column "
             "landscape report printed by GNU enscript -r and ps2pdf; apostrophes print as quoteright",
     "operative_points": 4,
     "act": {"municipality": "Comune di Carasco", "organ": "AREA AMMINISTRATIVA",
             "office": "SERVIZI SOCIALI E DEMOGRAFICI", "kind": "determinazione",
             "number": 301, "sector_number": 88, "date": "2026-10-26",
             "proposal_number": 112, "proposal_date": "2026-10-22", "proposing_office": "SERVIZI SOCIALI",
             "subject": "FONDO REGIONALE PER IL SOSTEGNO ALL\u2019ACCESSO ALLE ABITAZIONI IN LOCAZIONE - ANNO 2026 - "
                        "APPROVAZIONE DELL\u2019ELENCO DEI BENEFICIARI E LIQUIDAZIONE DEI CONTRIBUTI"}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return norm(out)


def check(key):
    misses = []
    path = os.path.join(SET, key["file"])
    txt = text_of(path)
    up = txt.upper()
    a = key.get("act", {})

    def need(label, s, case=False):
        if s is None:
            return
        if case:
            ok = norm(s) in txt
        else:
            ok = norm(s).upper() in up
        if not ok:
            misses.append("%s: %s: %r" % (key["file"], label, s))

    need("municipality", a.get("municipality"))
    need("organ", a.get("organ"))
    need("office", a.get("office"))
    need("proposing_office", a.get("proposing_office"))
    need("subject", a.get("subject"), case=True)
    for at in a.get("attendees", []):
        need("attendee", at["name"])
        need("attendee role", at["role"])
    for k in ("president", "secretary"):
        if k in a:
            need(k + " name", a[k]["name"])
            need(k + " role", a[k]["role"])
            if "title" in a[k]:
                need(k + " title+name", a[k]["title"] + " " + a[k]["name"])
    return misses


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    files = sorted(x for x in os.listdir(SET) if x.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    misses = []
    if files != keyed:
        misses.append("files and keys differ: %s / %s" % (files, keyed))
    for k in KEYS:
        misses += check(k)
    for m in misses:
        print("MISS", m)
    print("%d keys, %d misses" % (len(KEYS), len(misses)))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
