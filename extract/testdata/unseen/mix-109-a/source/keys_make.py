#!/usr/bin/env python3
"""Write keys.json for set mix-109-a and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects must be found
exactly; municipality, organ, office, names, roles and titles without regard
to case or the shape of the apostrophe. Numbers, dates and times are looked
for in the forms the documents print them. Exits 1 on any miss.
usage: keys_make.py [SETDIR]   (default: the folder above this script)
"""
import json
import os
import re
import subprocess
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

TIONE = "Comune di Tione di Trento"
BUSSO = "Comune di Busso"
FALERNA = "Comune di Falerna"

S_TIONE_GC = ("Approvazione in linea tecnica del progetto esecutivo dei lavori di riqualificazione "
              "energetica della palestra comunale di via Circonvallazione – CUP J37H26000180005.")
S_FALERNA_DET = ("SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027. AFFIDAMENTO DEL SERVIZIO DI "
                 "ASSISTENZA E SORVEGLIANZA SUGLI SCUOLABUS ALLA COOPERATIVA SOCIALE \"IL GIRASOLE\" DI "
                 "LAMEZIA TERME. IMPEGNO DI SPESA. CIG B5C9D30F17.")


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {
        "file": "deliberazione-tioneditrento-pitre.pdf", "role": "act",
        "what": "Giunta comunale n. 118 di data 8 settembre 2026 (Trentino model: roll with Assenti giust./ingiust. columns, "
                "'d e l i b e r a' letter-spaced, running head with the number); .docx by python-docx exported by LibreOffice Writer 7.4",
        "operative_points": 4,
        "act": {
            "municipality": TIONE, "organ": "Giunta comunale", "kind": "deliberazione",
            "number": 118, "date": "2026-09-08", "time": "17:30",
            "subject": S_TIONE_GC,
            "attendees": [att("FERRARI Mauro", "Sindaco"), att("POLLI Silvia", "Vicesindaco"),
                          att("MOSCA Andrea", "Assessore"), att("SERAFINI Chiara", "Assessore", False),
                          att("ARMANI Luca", "Assessore")],
            "president": {"title": "signor", "role": "Sindaco", "name": "Mauro Ferrari"},
            "secretary": {"title": "dott.ssa", "role": "Segretario generale", "name": "Elena Bonapace"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-tioneditrento-pitre.pdf", "role": "act",
        "what": "determinazione of the Servizio tecnico, registro generale n. 241 and del Servizio n. 63 di data 10 settembre 2026; "
                "ReportLab platypus, justified with Tw, 'DETERMINA' spaced with Tc, running head with the number",
        "operative_points": 5,
        "act": {
            "municipality": TIONE, "organ": "SERVIZIO TECNICO E GESTIONE DEL TERRITORIO",
            "office": "Ufficio Lavori Pubblici e Patrimonio", "kind": "determinazione",
            "number": 241, "sector_number": 63, "date": "2026-09-10",
            "subject": "Lavori di riqualificazione energetica della palestra comunale di via Circonvallazione. "
                       "Affidamento diretto dell’incarico di coordinamento della sicurezza in fase di esecuzione "
                       "all’ing. Marta Zanoni di Pinzolo. CUP J37H26000180005 – CIG B4E7A21C93.",
        },
    },
    {
        "file": "decreto-tioneditrento-pitre.pdf", "role": "act",
        "what": "Decreto del Sindaco n. 9 di data 7 settembre 2026 conferring a delega; HTML printed by headless Chromium, "
                "title and 'DECRETA' letter-spaced with CSS",
        "operative_points": 4,
        "act": {
            "municipality": TIONE, "organ": "Sindaco", "kind": "decreto",
            "number": 9, "date": "2026-09-07",
            "subject": "Conferimento all’assessore Andrea Mosca della delega in materia di lavori pubblici, "
                       "viabilità e protezione civile.",
        },
    },
    {
        "file": "attestazione-tioneditrento-pitre.pdf", "role": "certificate",
        "what": "attestazione di pubblicazione of Giunta n. 118 of 08/09/2026, published 10/09-20/09/2026 (reg. 1327); "
                "fpdf2, a pre-printed form whose blanks of underscores are filled in Courier over the rule",
        "act": {
            "municipality": TIONE, "kind": "attestazione",
            "number": 118, "date": "2026-09-08",
            "subject": S_TIONE_GC,
        },
    },
    {
        "file": "deliberazione-busso-halley.pdf", "role": "act",
        "what": "Consiglio Comunale n. 21 del 07-09-2026 approving the DUP, majority vote, roll in two columns, "
                "Halley foot with the number on each page; pdfLaTeX",
        "operative_points": 3,
        "act": {
            "municipality": BUSSO, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 21, "date": "2026-09-07", "time": "18:30",
            "subject": "ESAME ED APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2027/2029.",
            "attendees": [att("PETRUCCIANI Antonio", "Sindaco"), att("COLAVITA Lucia", "Consigliere"),
                          att("D’ALESSANDRO Michele", "Consigliere"), att("FANELLI Rosa", "Consigliere"),
                          att("IACOVONE Giuseppe", "Consigliere", False),
                          att("MASTROGIACOMO Carmine", "Consigliere"),
                          att("PIETRANGELO Teresa", "Consigliere"), att("RAGNI Domenico", "Consigliere"),
                          att("SANTORO Pasquale", "Consigliere"), att("TIBERIO Angela", "Consigliere", False),
                          att("VENDITTI Franco", "Consigliere")],
            "president": {"title": "dott.", "role": "Sindaco", "name": "Antonio Petrucciani"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Di Marzio"},
            "vote": "majority",
            "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-busso-halley.pdf", "role": "act",
        "what": "determinazione of the Area Tecnica, R.G. n. 187 del 09-09-2026, di Area n. 64 del 08-09-2026; "
                "80-column Courier report printed by GNU enscript and ps2pdf, running head from page 2",
        "operative_points": 5,
        "act": {
            "municipality": BUSSO, "organ": "AREA TECNICA",
            "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
            "number": 187, "sector_number": 64, "date": "2026-09-09",
            "subject": "LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE \"COLLE DELL’ORSO\". APPROVAZIONE "
                       "STATO FINALE E CERTIFICATO DI REGOLARE ESECUZIONE. LIQUIDAZIONE SALDO ALLA DITTA EDIL "
                       "SANNIO S.R.L. - CUP H37H24000310001 - CIG B2F4C87A15.",
        },
    },
    {
        "file": "convocazione-busso-halley.pdf", "role": "notice",
        "what": "the Sindaco's convocation of the Consiglio Comunale for 21-09-2026 (prot. 3318 of 11-09-2026); "
                "plain troff through groff -Tps and ps2pdf",
        "act": {
            "municipality": BUSSO, "kind": "convocazione", "date": "2026-09-11",
            "subject": "Convocazione del Consiglio Comunale in sessione ordinaria.",
        },
    },
    {
        "file": "avviso-busso-halley.pdf", "role": "notice",
        "what": "unnumbered avviso pubblico of the Area Amministrativa on school-book grants, 10-09-2026; "
                "HTML printed by wkhtmltopdf 0.12.6",
        "act": {
            "municipality": BUSSO, "organ": "AREA AMMINISTRATIVA", "office": "Servizi Scolastici e Sociali",
            "kind": "avviso", "date": "2026-09-10",
            "subject": "FORNITURA GRATUITA O SEMIGRATUITA DEI LIBRI DI TESTO ANNO SCOLASTICO 2026/2027",
        },
    },
    {
        "file": "deliberazione-falerna-asmenet.pdf", "role": "act",
        "what": "Giunta Comunale n. 97 del 09/09/2026 with proposal n. 104 in a ruled grid; hand-written content "
                "streams assembled by pikepdf: every glyph placed alone, letterhead, foot and signatures as Form "
                "XObjects drawn before/after the body out of reading order",
        "operative_points": 4,
        "act": {
            "municipality": FALERNA, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 97, "date": "2026-09-09", "time": "12:30",
            "proposal_number": 104, "proposal_date": "2026-09-04",
            "proposing_office": "Area Amministrativa",
            "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO STATALE PER L'UTILIZZO "
                       "DEGLI SCUOLABUS COMUNALI NELL'ANNO SCOLASTICO 2026/2027. ATTO DI INDIRIZZO.",
            "attendees": [att("MAZZEI Francesco", "Sindaco"), att("GIGLIOTTI Anna Maria", "Vice Sindaco"),
                          att("CARUSO Vincenzo", "Assessore"), att("FRAGALE Teresa", "Assessore", False),
                          att("BEVILACQUA Pietro", "Assessore")],
            "president": {"title": "avv.", "role": "Sindaco", "name": "Francesco Mazzei"},
            "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giuseppe Stranges"},
            "vote": "unanimous", "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-falerna-asmenet.pdf", "role": "act",
        "what": "determinazione of the Area Amministrativa, R.G. n. 412 del 11/09/2026, di Area n. 118 del 10/09/2026; "
                "fpdf2 core fonts, justified with Tw",
        "operative_points": 5,
        "act": {
            "municipality": FALERNA, "organ": "AREA AMMINISTRATIVA", "office": "Servizio Pubblica Istruzione",
            "kind": "determinazione", "number": 412, "sector_number": 118, "date": "2026-09-11",
            "subject": S_FALERNA_DET,
        },
    },
    {
        "file": "ordinanza-falerna-asmenet.pdf", "role": "act",
        "what": "ordinanza sindacale n. 23 del 10/09/2026 (bathing ban); ReportLab canvas, letterhead as a Form "
                "XObject, 'ORDINA' spaced with Tc, protocol stamp rotated 90 degrees up the left margin",
        "operative_points": 3,
        "act": {
            "municipality": FALERNA, "organ": "Sindaco", "kind": "ordinanza",
            "number": 23, "date": "2026-09-10",
            "subject": "DIVIETO TEMPORANEO DI BALNEAZIONE NEL TRATTO DI COSTA COMPRESO TRA IL LIDO AZZURRO E LA "
                       "FOCE DEL TORRENTE CASALE, IN LOCALITÀ FALERNA MARINA, A SEGUITO DEGLI ESITI DEL "
                       "CAMPIONAMENTO ARPACAL.",
        },
    },
    {
        "file": "attestazione-falerna-asmenet.pdf", "role": "certificate",
        "what": "attestazione di pubblicazione (reg. n. 842, 11/09-26/09/2026) of determinazione R.G. n. 412 del "
                "11/09/2026; hand-written content streams by pikepdf, whole lines justified with Tw, title spaced "
                "with Tc, letterhead and signature as Form XObjects drawn out of reading order",
        "act": {
            "municipality": FALERNA, "kind": "attestazione",
            "number": 412, "date": "2026-09-11",
            "subject": S_FALERNA_DET,
        },
    },
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return collapse(s).lower().replace("’", "'").replace("‘", "'")


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    return collapse(out)


def date_forms(iso):
    d = date.fromisoformat(iso)
    return [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"), d.strftime("%d.%m.%Y"),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)]


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = text_of(path)
        low = loose(txt)
        a = k["act"]

        def need(label, value, exact=False):
            nonlocal misses
            v = collapse(value)
            ok = (v in txt) if exact else (loose(v) in low)
            if not ok:
                misses += 1
                print("MISS %-40s %-18s %r" % (k["file"], label, v))

        if "subject" in a:
            need("subject", a["subject"], exact=True)
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(f, a[f])
        for p in a.get("attendees", []):
            need("attendee", p["name"] + " " + p["role"])
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    if f in a[who]:
                        need(who + "." + f, a[who][f])
        if "number" in a:
            if not re.search(r"(?<!\d)%d(?!\d)" % a["number"], txt):
                misses += 1; print("MISS", k["file"], "number", a["number"])
        if "sector_number" in a:
            if not re.search(r"(?<!\d)%d(?!\d)" % a["sector_number"], txt):
                misses += 1; print("MISS", k["file"], "sector_number", a["sector_number"])
        for f in ("date", "proposal_date"):
            if f in a and not any(x in low for x in date_forms(a[f])):
                misses += 1; print("MISS", k["file"], f, a[f])
        if "time" in a and not (a["time"] in txt or a["time"].replace(":", ".") in txt):
            misses += 1; print("MISS", k["file"], "time", a["time"])
        if "proposal_number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["proposal_number"], txt):
            misses += 1; print("MISS", k["file"], "proposal_number")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
