#!/usr/bin/env python3
"""Writes ../keys.json (the answers) and checks that every keyed string
occurs in the `pdftotext -layout` output of its PDF, whitespace collapsed."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


keys = [
    {
        "file": "delibera-sluderno-siag.pdf",
        "role": "act",
        "what": "Giunta deliberation 54/2026 of Schluderns/Sluderno, German and Italian side by side "
                "in two columns (subject one under the other, roll in a bordered table with bilingual "
                "cells, labels 'Nr. / n.'), fpdf2",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Sluderno",
            "organ": "Giunta comunale",
            "kind": "deliberazione",
            "number": 54,
            "date": "2026-03-18",
            "time": "17:30",
            "subject": "Approvazione del progetto esecutivo per il risanamento della condotta dell'acqua "
                       "potabile in Via Venosta – CUP J93E25000180004",
            "attendees": [A("KOFLER Andreas", "Sindaco"), A("WALLNÖFER Sabine", "Vicesindaca"),
                          A("TELSER Florian", "Assessore"), A("HOFER Martina", "Assessora", False),
                          A("STECHER Lukas", "Assessore")],
            "president": {"role": "Sindaco", "name": "Andreas Kofler"},
            "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Martin Stocker"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "delibera-savognadisonzo-insiel.pdf",
        "role": "act",
        "what": "Consiglio deliberation 9/2026 of Savogna d'Isonzo/Sovodnje ob Soči, each Italian "
                "paragraph followed by its Slovene text; register box N./Št., Data/Datum, Ora/Ura; "
                "13-row roll as a two-column numbered table; vote with counts (8-2-1); Word -> LibreOffice",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Savogna d'Isonzo",
            "organ": "Consiglio comunale",
            "kind": "deliberazione",
            "number": 9,
            "date": "2026-03-17",
            "time": "20:00",
            "subject": "Approvazione del Regolamento comunale per l'uso della palestra e degli impianti "
                       "sportivi comunali.",
            "attendees": [A("TOMŠIČ Aleš", "Sindaco"), A("ČERNIC Marjan", "Consigliere"),
                          A("FERFOLJA Jasna", "Consigliera"), A("PETEJAN Igor", "Consigliere", False),
                          A("KOBAL Erika", "Consigliera"), A("MARSIČ Boris", "Consigliere"),
                          A("NANUT Katja", "Consigliera"), A("VOLČIČ Andrej", "Consigliere"),
                          A("CIJAN Tanja", "Consigliera"), A("BRESCIANI Paolo", "Consigliere"),
                          A("DEVETAK Robert", "Consigliere"), A("PERIC Silvia", "Consigliera", False),
                          A("GRUDEN Matej", "Consigliere")],
            "president": {"role": "Sindaco", "name": "Aleš Tomšič"},
            "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Erika Lavrenčič"},
            "vote": "majority",
            "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "delibera-triangololariano-jiride.pdf",
        "role": "act",
        "what": "Giunta Esecutiva deliberation 14/2026 of the Comunità Montana del Triangolo Lariano, "
                "pdflatex (Latin Modern, curly apostrophes, hyphenated body), register box, proposal "
                "line, roll in prose, numbered dispositive",
        "operative_points": 4,
        "act": {
            "municipality": "Comunità Montana del Triangolo Lariano",
            "organ": "Giunta Esecutiva",
            "kind": "deliberazione",
            "number": 14,
            "date": "2026-03-16",
            "time": "17:00",
            "subject": "Approvazione dello schema di convenzione con l’Ente Regionale per i Servizi "
                       "all’Agricoltura e alle Foreste (ERSAF) per la manutenzione della rete "
                       "sentieristica del Triangolo Lariano – anno 2026",
            "proposing_office": "Servizio Agricoltura, Foreste e Sentieristica",
            "proposal_number": 18,
            "proposal_date": "2026-03-10",
            "attendees": [A("CASARTELLI Giuseppe", "Presidente"), A("MOLTENI Alessandra", "Vice Presidente"),
                          A("BALLABIO Renato", "Assessore"), A("CORTI Elena", "Assessore"),
                          A("SALA Davide", "Assessore", False)],
            "president": {"title": "rag.", "role": "Presidente", "name": "Giuseppe Casartelli"},
            "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Alberto Pozzoli"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determina-arvier-inva.pdf",
        "role": "act",
        "what": "determinazione of the Area tecnica of Arvier, French and Italian: headings and subject "
                "one under the other, register table (general 112 / service 45), dispositive side by "
                "side in two columns; headless Chromium",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Arvier",
            "organ": "Area tecnica",
            "office": "Servizio Lavori pubblici e Patrimonio",
            "kind": "determinazione",
            "number": 112,
            "sector_number": 45,
            "date": "2026-03-19",
            "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria del "
                       "Capoluogo. Liquidazione del primo stato di avanzamento lavori all'impresa Jacquin "
                       "Costruzioni s.r.l. – CIG B5C7D2E913.",
        },
    },
    {
        "file": "determina-alimena-datagraph.pdf",
        "role": "act",
        "what": "determinazione of Alimena printed as a 132-column Courier report (landscape, capitals, "
                "+---+ boxes, dotted leaders, E'-style accents), enscript + Ghostscript",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Alimena",
            "organ": "AREA ECONOMICO-FINANZIARIA",
            "office": "SERVIZIO TRIBUTI",
            "kind": "determinazione",
            "number": 214,
            "sector_number": 38,
            "date": "2026-03-17",
            "subject": "LIQUIDAZIONE FATTURA ALLA DITTA TIPOGRAFIA MADONIE SERVICE S.R.L. PER IL SERVIZIO "
                       "DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI ANNO 2026 "
                       "- CIG B4F1A7C209.",
            "proposal_number": 41,
            "proposal_date": "2026-03-13",
        },
    },
    {
        "file": "determina-vicopisano-halley.pdf",
        "role": "act",
        "what": "determinazione of Vicopisano in a Halley-like layout drawn by reportlab: justified with "
                "Tw, kind letter-spaced with Tc, running head in a reused Form XObject, Albo stamp rotated "
                "along the left margin, blocks emitted out of reading order",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Vicopisano",
            "organ": "SETTORE 2 - SERVIZI ALLA PERSONA",
            "office": "Servizio Istruzione e Trasporto Scolastico",
            "kind": "determinazione",
            "number": 156,
            "sector_number": 48,
            "date": "2026-03-19",
            "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2025/2026 - INTEGRAZIONE DELL'IMPEGNO DI "
                       "SPESA A FAVORE DELLA DITTA AUTOLINEE MONTE PISANO S.R.L. PER LE USCITE DIDATTICHE "
                       "DEL SECONDO QUADRIMESTRE - CIG B6A3E90F21",
        },
    },
    {
        "file": "decreto-provincialatina-sicraweb.pdf",
        "role": "act",
        "what": "Decreto del Presidente 38/2026 of the Provincia di Latina, Sicraweb-like: proposal table, "
                "kind and number centred, subject between rules, numbered DECRETA; headless Chromium",
        "operative_points": 4,
        "act": {
            "municipality": "Provincia di Latina",
            "organ": "Presidente",
            "kind": "decreto",
            "number": 38,
            "date": "2026-03-18",
            "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di messa in "
                       "sicurezza della S.P. Lenola–Monte San Biagio dal km 4+200 al km 6+850. CUP "
                       "C47H25001230003.",
            "proposing_office": "Settore Viabilità e Trasporti",
            "proposal_number": 52,
            "proposal_date": "2026-03-16",
            "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Paola Ceccarelli"},
            "immediately_executive": True,
        },
    },
    {
        "file": "avviso-bonificabasilicata-wordtemplate.pdf",
        "role": "act",
        "what": "numbered avviso pubblico 3/2026 of the Consorzio di Bonifica della Basilicata (Area "
                "Tecnica), letterhead in the page header, articles; Word template -> LibreOffice",
        "act": {
            "municipality": "Consorzio di Bonifica della Basilicata",
            "organ": "AREA TECNICA",
            "office": "Settore Esercizio e Manutenzione",
            "kind": "avviso",
            "number": 3,
            "date": "2026-03-18",
            "subject": "Manifestazione di interesse per la formazione dell'elenco di operatori economici "
                       "da invitare alle procedure negoziate per i lavori di manutenzione degli impianti "
                       "irrigui consortili – stagione irrigua 2026.",
        },
    },
    {
        "file": "attestazione-sutera-kibernetes.pdf",
        "role": "certificate",
        "what": "attestazione di pubblicazione of Sutera for Giunta deliberation 31 of 12/03/2026: a "
                "printed form whose underscore blanks carry typed values (Courier) a little above the "
                "rule, subject in a framed box; reportlab",
        "act": {
            "municipality": "Comune di Sutera",
            "kind": "attestazione",
            "number": 31,
            "date": "2026-03-12",
            "subject": "CONCESSIONE CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI SUTERA PER "
                       "L'ORGANIZZAZIONE DELLE MANIFESTAZIONI DELLA SETTIMANA SANTA 2026. ATTO DI "
                       "INDIRIZZO.",
        },
    },
    {
        "file": "allegato-masone-excel.pdf",
        "role": "attachment",
        "what": "Allegato A to Giunta deliberation 27/2026 of Masone: the 2026 cemetery rates, a "
                "spreadsheet printed to PDF (LibreOffice Calc, grid, sheet header and footer)",
        "act": {"municipality": "Comune di Masone"},
    },
    {
        "file": "convocazione-parcoaveto-civilia.pdf",
        "role": "notice",
        "what": "letter convening the Consiglio of the Ente Parco dell'Aveto on 26/03/2026 with a "
                "five-item agenda; raw PDF with every glyph placed on its own, letter-spaced letterhead",
        "act": {
            "municipality": "Ente Parco dell'Aveto",
            "kind": "convocazione",
            "date": "2026-03-16",
            "subject": "Convocazione del Consiglio dell'Ente Parco - seduta del 26 marzo 2026.",
        },
    },
    {
        "file": "avviso-santeliaapianisi-word.pdf",
        "role": "notice",
        "what": "unnumbered avviso of the Sindaco of Sant'Elia a Pianisi on the 2026 fida pascolo, typed "
                "in Word like a typewriter (Courier New, centring with spaces, letter-spaced A V V I S O)",
        "act": {
            "municipality": "Comune di Sant'Elia a Pianisi",
            "organ": "Sindaco",
            "kind": "avviso",
            "date": "2026-03-17",
            "subject": "AVVISO PER LA CONCESSIONE IN FIDA PASCOLO DEI TERRENI COMUNALI GRAVATI DA USO "
                       "CIVICO - ANNO 2026",
        },
    },
]

json.dump(keys, open(os.path.join(OUT, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


bad = 0
for k in keys:
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(OUT, k["file"]), "-"],
                         capture_output=True, text=True).stdout
    t = norm(txt)
    tl = t.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a:
            strs.append((f, a[f]))
    for p in a.get("attendees", []):
        strs += [("attendee", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]:
                    strs.append((f + "." + g, a[f][g]))
    for f, s in strs:
        ok = (norm(s) in t) if f == "subject" else (norm(s).lower() in tl)
        if not ok:
            bad += 1
            print(f"MISSING {k['file']}: {f} = {s!r}")
print("checked", len(keys), "keys;", bad, "strings not found verbatim")
sys.exit(0)
