#!/usr/bin/env python3
"""Writes ../keys.json for set mix-114-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed).  Subjects must be found
exactly as keyed; municipalities, organs, offices, names, roles and titles
without regard to case.  The numbers, dates and times are checked through the
strings that print them (PRINTED below, not written to keys.json).
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

BEL = "Comune di Bellinzago Novarese"
POP = "Comune di Popoli"
LER = "Comune di Lercara Friddi"

S_BEL_CC = ("APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DELLE FUNZIONI DI "
            "POLIZIA LOCALE CON IL COMUNE DI MARANO TICINO - PERIODO 2027/2031.")
S_LER_GM_ENSCRIPT = ("ASSEGNAZIONE RISORSE AL RESPONSABILE DELL\u2019AREA 1 PER LA REALIZZAZIONE DELLE "
                     "MANIFESTAZIONI IN ONORE DI SAN GIUSEPPE 2027 - ATTO DI INDIRIZZO.")
S_LER_GM_FORM = S_LER_GM_ENSCRIPT.replace("\u2019", "'")

KEYS = [
    {
        "file": "deliberazione-bellinzagonovarese-csipiemonte.pdf",
        "role": "act",
        "what": "Consiglio Comunale deliberation n. 5 of 17/02/2027 (police convention), 13-member roll "
                "in two side-by-side columns, vote by counts with 3 abstentions; ReportLab platypus, "
                "justified with Tw, letter-spaced title with Tc, running head from page 2",
        "operative_points": 4,
        "act": {
            "municipality": BEL,
            "organ": "Consiglio Comunale",
            "kind": "deliberazione",
            "number": 5,
            "date": "2027-02-17",
            "time": "20:45",
            "subject": S_BEL_CC,
            "attendees": [
                {"name": "GIROMINI Alessandro", "role": "Sindaco", "present": True},
                {"name": "BARBAGLIA Elena", "role": "Consigliere", "present": True},
                {"name": "CALDERA Paolo", "role": "Consigliere", "present": True},
                {"name": "ZANETTA Roberta", "role": "Consigliere", "present": True},
                {"name": "FORNARA Marco", "role": "Consigliere", "present": True},
                {"name": "RAMPONI Silvia", "role": "Consigliere", "present": False},
                {"name": "BOVIO Giorgio", "role": "Consigliere", "present": True},
                {"name": "MORA Federica", "role": "Consigliere", "present": True},
                {"name": "CERUTTI Andrea", "role": "Consigliere", "present": True},
                {"name": "MANFREDDA Luca", "role": "Consigliere", "present": True},
                {"name": "VALLANA Chiara", "role": "Consigliere", "present": True},
                {"name": "FERRARI Stefano", "role": "Consigliere", "present": True},
                {"name": "GODIO Matteo", "role": "Consigliere", "present": False},
            ],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Alessandro Giromini"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Monica Rabellino"},
            "vote": "majority",
            "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 0, "abstained": 3},
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-bellinzagonovarese-csipiemonte.pdf",
        "role": "act",
        "what": "determinazione of the Area Tecnica, Reg. Gen. n. 64 of 15/02/2027 and Area n. 18 of "
                "12/02/2027 in a grid beside the letterhead (green maintenance award); pdfLaTeX, "
                "glyphs kerned in TJ arrays without space characters, running head and Pag. x di y",
        "operative_points": 5,
        "act": {
            "municipality": BEL,
            "organ": "AREA TECNICA",
            "office": "Servizio Lavori Pubblici e Manutenzioni",
            "kind": "determinazione",
            "number": 64,
            "sector_number": 18,
            "date": "2027-02-15",
            "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL\u2019ART. 50, COMMA 1, LETT. B), DEL D.LGS. "
                       "36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO PER "
                       "L\u2019ANNO 2027 ALLA DITTA VERDE TICINO S.N.C. - CIG B6D41F0A92. IMPEGNO DI "
                       "SPESA.",
        },
    },
    {
        "file": "ordinanza-bellinzagonovarese-csipiemonte.pdf",
        "role": "act",
        "what": "ordinanza of the Sindaco n. 3 of 18/02/2027 (PM10 measures), number grid in the Word "
                "header, IL SINDACO with expanded character spacing, Word list numbering; python-docx "
                "exported by LibreOffice Writer 7.4",
        "operative_points": 4,
        "act": {
            "municipality": BEL,
            "organ": "Sindaco",
            "kind": "ordinanza",
            "number": 3,
            "date": "2027-02-18",
            "subject": "MISURE TEMPORANEE PER IL CONTENIMENTO DELL'INQUINAMENTO ATMOSFERICO DA PM10: "
                       "DIVIETO DI COMBUSTIONE ALL'APERTO DI RESIDUI VEGETALI E LIMITAZIONI "
                       "ALL'UTILIZZO DI GENERATORI DI CALORE A BIOMASSA LEGNOSA.",
        },
    },
    {
        "file": "certificato-bellinzagonovarese-csipiemonte.pdf",
        "role": "certificate",
        "what": "certificate of publication of C.C. deliberation n. 5 of 17/02/2027, published from "
                "19/02/2027 (register n. 214); HTML printed by headless Chromium",
        "act": {
            "municipality": BEL,
            "kind": "attestazione",
            "number": 5,
            "date": "2027-02-17",
            "subject": S_BEL_CC,
        },
    },
    {
        "file": "deliberazione-popoli-halleyweb.pdf",
        "role": "act",
        "what": "Giunta Comunale deliberation n. 19 of 16-02-2027 (riverside works project), number, "
                "date and proposal in a bar, ruled roll, pareri on page 3; HTML printed by headless "
                "Chromium with @page margin boxes (running head from page 2, Pag. x di y)",
        "operative_points": 3,
        "act": {
            "municipality": POP,
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 19,
            "date": "2027-02-16",
            "time": "13:30",
            "proposal_number": 24,
            "proposal_date": "2027-02-11",
            "proposing_office": "Settore III - Lavori Pubblici, Manutenzioni e Patrimonio",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI "
                       "RIQUALIFICAZIONE DEL LUNGOFIUME PESCARA IN VIA TIBURTINA - CUP "
                       "D47H26000410004.",
            "attendees": [
                {"name": "DI GIACOMO LUCIANO", "role": "SINDACO", "present": True},
                {"name": "SANTILLI MARIA GRAZIA", "role": "VICE SINDACO", "present": True},
                {"name": "D'ALESSANDRO PIETRO", "role": "ASSESSORE", "present": True},
                {"name": "COLASANTE VALERIA", "role": "ASSESSORE", "present": False},
                {"name": "TARQUINI NICOLA", "role": "ASSESSORE", "present": True},
            ],
            "president": {"title": "dott.", "role": "Sindaco", "name": "Luciano Di Giacomo"},
            "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giuseppe Marinelli"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-popoli-halleyweb.pdf",
        "role": "act",
        "what": "determinazione of the Settore III, sector n. 31 of 17-02-2027 and Registro Generale "
                "n. 112 of 18-02-2027 in a two-row grid (road salt invoice); HTML printed by "
                "wkhtmltopdf 0.12.6",
        "operative_points": 4,
        "act": {
            "municipality": POP,
            "organ": "SETTORE III - LAVORI PUBBLICI, MANUTENZIONI E PATRIMONIO",
            "office": "Ufficio Manutenzioni",
            "kind": "determinazione",
            "number": 112,
            "sector_number": 31,
            "date": "2027-02-18",
            "subject": "LIQUIDAZIONE FATTURA N. 14/PA DEL 05-02-2027 ALLA DITTA EDIL SALT S.R.L. PER LA "
                       "FORNITURA DI SALE ANTIGHIACCIO - STAGIONE INVERNALE 2026/2027 - CIG B3F0A2C71D.",
        },
    },
    {
        "file": "decreto-popoli-halleyweb.pdf",
        "role": "act",
        "what": "decreto del Sindaco n. 2 of 15-02-2027 (designation of the data protection officer); "
                "hand-written content streams via pikepdf: every glyph placed alone with Td, no spaces, "
                "letterhead Form XObject drawn after the body, protocol stamp rotated up the margin",
        "operative_points": 4,
        "act": {
            "municipality": POP,
            "organ": "Sindaco",
            "kind": "decreto",
            "number": 2,
            "date": "2027-02-15",
            "subject": "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) DEL COMUNE DI "
                       "POPOLI PER IL BIENNIO 2027/2028.",
        },
    },
    {
        "file": "convocazione-popoli-halleyweb.pdf",
        "role": "notice",
        "what": "convocation of the Consiglio Comunale for 25/02/2027 signed by the Sindaco, prot. n. "
                "2143 of 18-02-2027, agenda of 6 items; plain troff through groff -Tps and ps2pdf",
        "act": {
            "municipality": POP,
            "kind": "convocazione",
            "date": "2027-02-18",
            "subject": "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 25 "
                       "febbraio 2027.",
        },
    },
    {
        "file": "deliberazione-lercarafriddi-gruppoads.pdf",
        "role": "act",
        "what": "Giunta Municipale deliberation n. 21 of 16/02/2027 (San Giuseppe 2027), 80-column "
                "Courier report with ASCII boxes and the roll in two columns; enscript (latin1) and "
                "ps2pdf, running head with the number and Pag. x di y",
        "operative_points": 3,
        "act": {
            "municipality": LER,
            "organ": "Giunta Municipale",
            "kind": "deliberazione",
            "number": 21,
            "date": "2027-02-16",
            "time": "12:30",
            "proposal_number": 27,
            "proposal_date": "2027-02-12",
            "proposing_office": "Area 1 Affari Generali e Servizi Sociali",
            "subject": S_LER_GM_ENSCRIPT,
            "attendees": [
                {"name": "MANGIAPANE Salvatore", "role": "Sindaco", "present": True},
                {"name": "LO BUE Rosalia", "role": "Vice Sindaco", "present": True},
                {"name": "SCIORTINO Gaetano", "role": "Assessore", "present": True},
                {"name": "GIAMBRONE Francesca", "role": "Assessore", "present": False},
                {"name": "TRIOLO Vincenzo", "role": "Assessore", "present": True},
            ],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Salvatore Mangiapane"},
            "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosaria Cuccia"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-lercarafriddi-gruppoads.pdf",
        "role": "act",
        "what": "determinazione of the Area 2, Registro Generale n. 95 of 17/02/2027 and Registro di "
                "Area n. 14 of 16/02/2027 in a boxed grid (TARI notices mailing); fpdf2 core fonts, "
                "justified with Tw, letter-spaced DETERMINA with Tc, running head on page 2",
        "operative_points": 4,
        "act": {
            "municipality": LER,
            "organ": "AREA 2 - ECONOMICO-FINANZIARIA",
            "office": "Servizio Tributi",
            "kind": "determinazione",
            "number": 95,
            "sector_number": 14,
            "date": "2027-02-17",
            "subject": "IMPEGNO DI SPESA E AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E "
                       "POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI 2027 - CIG B5A7E93C20.",
        },
    },
    {
        "file": "avviso-lercarafriddi-gruppoads.pdf",
        "role": "notice",
        "what": "avviso pubblico of the Area 1 for the servizio civico 2027, prot. n. 2561 of "
                "18/02/2027, no number of its own; 80-column text through a2ps (latin1) and ps2pdf, "
                "whose font maps '-' to a minus sign and the apostrophe to a right quote",
        "act": {
            "municipality": LER,
            "organ": "AREA 1 \u2212 AFFARI GENERALI E SERVIZI SOCIALI",
            "office": "Ufficio Servizi Sociali",
            "kind": "avviso",
            "date": "2027-02-18",
            "subject": "Avviso pubblico per la formazione dell\u2019elenco dei beneficiari del servizio "
                       "civico comunale \u2212 anno 2027.",
        },
    },
    {
        "file": "certificato-lercarafriddi-gruppoads.pdf",
        "role": "certificate",
        "what": "certificate of publication of G.M. deliberation n. 21 of 16/02/2027: a pre-printed "
                "form whose blanks of underscores are filled in Courier drawn after the form; ReportLab "
                "canvas",
        "act": {
            "municipality": LER,
            "kind": "attestazione",
            "number": 21,
            "date": "2027-02-16",
            "subject": S_LER_GM_FORM,
        },
    },
]

# strings that print each number, date and time (checked, not keyed)
PRINTED = {
    "deliberazione-bellinzagonovarese-csipiemonte.pdf":
        ["Deliberazione n. 5", "17/02/2027", "ore 20:45", "favorevoli n. 8, contrari n. 0, astenuti n. 3",
         "n. 11 Consiglieri presenti e votanti", "immediatamente eseguibile"],
    "determinazione-bellinzagonovarese-csipiemonte.pdf":
        ["Reg. Gen. n. 64", "del 15/02/2027", "Area Tecnica n. 18", "del 12/02/2027"],
    "ordinanza-bellinzagonovarese-csipiemonte.pdf": ["Ordinanza n. 3", "Data 18/02/2027", "IL SINDACO"],
    "certificato-bellinzagonovarese-csipiemonte.pdf":
        ["Deliberazione del Consiglio Comunale n. 5 del 17/02/2027"],
    "deliberazione-popoli-halleyweb.pdf":
        ["Numero 19", "Data 16-02-2027", "Proposta n. 24 del 11-02-2027", "ore 13:30",
         "Con voti unanimi favorevoli", "immediatamente eseguibile"],
    "determinazione-popoli-halleyweb.pdf":
        ["DETERMINAZIONE DEL SETTORE N. 31 del 17-02-2027", "REGISTRO GENERALE N. 112 del 18-02-2027"],
    "decreto-popoli-halleyweb.pdf": ["DECRETO DEL SINDACO N. 2 del 15-02-2027"],
    "convocazione-popoli-halleyweb.pdf": ["Prot. n. 2143 del 18-02-2027"],
    "deliberazione-lercarafriddi-gruppoads.pdf":
        ["Deliberazione N. 21", "del 16/02/2027", "Proposta N. 27 del 12/02/2027", "alle ore 12:30",
         "Con voti unanimi", "immediatamente esecutiva"],
    "determinazione-lercarafriddi-gruppoads.pdf":
        ["Registro Generale N. 95 del 17/02/2027", "Registro di Area N. 14 del 16/02/2027"],
    "avviso-lercarafriddi-gruppoads.pdf": ["Prot. n. 2561 del 18/02/2027"],
    "certificato-lercarafriddi-gruppoads.pdf":
        ["Deliberazione della Giunta Municipale n.", "21", "16/02/2027"],
}

CI_FIELDS = ("municipality", "organ", "office", "proposing_office")


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True).stdout
    return re.sub(r"\s+", " ", out.decode("utf-8")).strip()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        t = text_of(path)
        tl = t.lower()
        a = k["act"]

        def need(s, ci=True, what=""):
            nonlocal misses
            s2 = re.sub(r"\s+", " ", s).strip()
            ok = (s2.lower() in tl) if ci else (s2 in t)
            if not ok:
                misses += 1
                print("MISS %-52s %-18s %r" % (k["file"], what, s2))

        if "subject" in a:
            need(a["subject"], ci=False, what="subject")
        for f in CI_FIELDS:
            if f in a:
                v = a[f]
                if f == "municipality":
                    v = v.split(" di ", 1)[1]
                    need("comune di " + v, what=f)
                else:
                    need(v, what=f)
        for at in a.get("attendees", []):
            need(at["name"], what="attendee")
            need(at["role"], what="attendee role")
        for who in ("president", "secretary"):
            if who in a:
                p = a[who]
                need(p["title"] + " " + p["name"], what=who)
                need(p["role"], what=who + " role")
        for s in PRINTED.get(k["file"], []):
            need(s, what="printed")
        # kind words appear in the text
        kind_word = {"attestazione": "certific"}.get(a["kind"], a["kind"])
        need(kind_word, what="kind")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
