#!/usr/bin/env python3
"""Write ../keys.json for set mix-140-a and check that every keyed string is found in
`pdftotext -layout` of its PDF (whitespace collapsed; rows made only of underscores are
dropped first). Subjects are matched exactly; municipality, organ, office, proposing office,
names, roles and titles without regard to case or the shape of the apostrophe. Dates
(as dd/mm/yyyy) and times (as hh:mm or hh,mm) are also looked for. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

A = "Comune di Albissola Marina"
P = "Comune di Pesche"
G = "Comune di Gambettola"

SUBJ_A_GC = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA "
             "DEL LUNGOMARE DEGLI ARTISTI - CUP B37H28000150004")


def att(name, role, present):
    return {"name": name, "role": role, "present": present}


KEYS = [
    # ---------------- Albissola Marina (Sicraweb-like) ----------------
    {"file": "deliberazione-gc-albissolamarina-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 3/2029 (project approval), Sicraweb-like grid with number, date, proposal "
             "and proposing office, roll as a table with X marks, HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": A, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-09", "time": "12:15", "proposal_number": 5, "proposal_date": "2029-01-04",
             "proposing_office": "SETTORE TECNICO - SERVIZIO LAVORI PUBBLICI",
             "subject": SUBJ_A_GC,
             "attendees": [att("ROSSELLO Gianluca", "Sindaco", True),
                           att("DELFINO Marta", "Vice Sindaco", True),
                           att("FERRANDO Paolo", "Assessore", True),
                           att("PESCE Chiara", "Assessore", False),
                           att("BRUZZONE Alberto", "Assessore", True)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Gianluca Rossello"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Valeria Parodi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-cc-albissolamarina-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (regulation on dehors), presided by the Presidente del Consiglio, "
             "majority vote with all counts, .docx written by python-docx and exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": A, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-11", "time": "20:45", "proposal_number": 2, "proposal_date": "2029-01-03",
             "proposing_office": "Settore Amministrativo - Servizio Commercio",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEI DEHORS E DELL'OCCUPAZIONE DI "
                        "SUOLO PUBBLICO DA PARTE DEGLI ESERCIZI DI SOMMINISTRAZIONE DI ALIMENTI E BEVANDE",
             "attendees": [att("ROSSELLO Gianluca", "Sindaco", True),
                           att("SIRI Laura", "Presidente del Consiglio", True),
                           att("DELFINO Marta", "Consigliere", True),
                           att("FERRANDO Paolo", "Consigliere", True),
                           att("PESCE Chiara", "Consigliere", True),
                           att("BRUZZONE Alberto", "Consigliere", False),
                           att("CERRUTI Davide", "Consigliere", True),
                           att("GAMBETTA Silvia", "Consigliere", True),
                           att("OTTONELLO Franco", "Consigliere", True),
                           att("BOTTARO Elena", "Consigliere", False),
                           att("RAVERA Stefano", "Consigliere", True)],
             "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Laura Siri"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Valeria Parodi"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-albissolamarina-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Settore Finanziario e Tributi, general register n. 6 (10/01) and sector n. 2 "
             "(09/01) in a four-cell grid, ReportLab canvas with paragraphs placed by hand, running foot",
     "operative_points": 5,
     "act": {"municipality": A, "organ": "SETTORE FINANZIARIO E TRIBUTI",
             "office": "Servizio Economato e Provveditorato", "kind": "determinazione", "number": 6,
             "sector_number": 2, "date": "2029-01-10",
             "subject": "ADESIONE ALLA CONVENZIONE CONSIP \"APPARECCHIATURE MULTIFUNZIONE IN NOLEGGIO\" PER IL "
                        "NOLEGGIO DI N. 4 FOTOCOPIATRICI PER GLI UFFICI COMUNALI - BIENNIO 2029-2030 - IMPEGNO DI "
                        "SPESA - CIG B5A1C37F20"}},
    {"file": "certificato-albissolamarina-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication (and of executivity) of Giunta deliberation 3/2029, a content stream "
             "written by hand with pikepdf (standard 14 fonts, WinAnsi, Tw justification, letterhead XObject)",
     "act": {"municipality": A, "kind": "attestazione", "number": 3, "date": "2029-01-09",
             "subject": SUBJ_A_GC}},
    # ---------------- Pesche (Hypersic-like) ----------------
    {"file": "deliberazione-gc-pesche-hypersic.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 2/2029 (contribution to the Pro Loco), number and date in two boxes, "
             "time printed 13,00, roll with SI under Presenti/Assenti, hand-written flat ODT exported by LibreOffice",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-08", "time": "13:00",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALLA PRO LOCO DI PESCHE PER L'ORGANIZZAZIONE DEI "
                        "FESTEGGIAMENTI IN ONORE DI SANT'ANTONIO ABATE - ANNO 2029.",
             "attendees": [att("DI LUDOVICO Antonio", "Sindaco", True),
                           att("CICCHINO Rosa", "Vice Sindaco", True),
                           att("PALLOTTA Giovanni", "Assessore", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Di Ludovico"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Nicola Scarano"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-cc-pesche-hypersic.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (associated secretariat), roll as a numbered grid two names "
             "to a row with no roles, majority vote with abstentions, HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "17:30", "proposal_number": 3, "proposal_date": "2029-01-05",
             "proposing_office": "Area Amministrativa",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI "
                        "SEGRETERIA COMUNALE TRA I COMUNI DI PESCHE E PETTORANELLO DEL MOLISE",
             "attendees": [att("DI LUDOVICO ANTONIO", None, True),
                           att("CICCHINO ROSA", None, True),
                           att("PALLOTTA GIOVANNI", None, True),
                           att("D'AMICO LUCIA", None, True),
                           att("TESTA MARIO", None, False),
                           att("ZARLENGA ANGELA", None, True),
                           att("CAPPELLO DOMENICO", None, True),
                           att("LOMBARDI LUIGI", None, True),
                           att("IANNONE SERENA", None, False),
                           att("SANTILLI PIERO", None, True),
                           att("PETROCELLI MARCO", None, True)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Di Ludovico"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Nicola Scarano"},
             "vote": "majority",
             "vote_counts": {"present": 9, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-pesche-hypersic.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica (payment of a snow-clearing invoice), Registro Generale n. 5 and "
             "Registro di Area n. 3 in a tbl box, groff -ms with tbl through ps2pdf",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Viabilità",
             "kind": "determinazione", "number": 5, "sector_number": 3, "date": "2029-01-10",
             "subject": "LIQUIDAZIONE ALLA DITTA MOLISANA STRADE S.R.L. DEL CORRISPETTIVO PER IL SERVIZIO DI "
                        "SGOMBERO NEVE E SPARGIMENTO DI SALE SULLE STRADE COMUNALI - MESE DI DICEMBRE 2028 - CIG "
                        "B2E94F7A13"}},
    {"file": "decreto-pesche-hypersic.pdf", "role": "act",
     "what": "decreto sindacale 1/2029 designating the data protection officer, fpdf2 with Liberation Serif",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "Sindaco", "kind": "decreto sindacale", "number": 1, "date": "2029-01-09",
             "subject": "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD/DPO) AI SENSI DELL'ART. 37 "
                        "DEL REGOLAMENTO (UE) 2016/679"}},
    # ---------------- Gambettola (J-Iride-like) ----------------
    {"file": "deliberazione-gambettola-jiride.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 4/2029 (sports contributions), 'Atto N.' and 'Seduta del' block, roll "
             "with presence spelled out (one member present remotely), ReportLab platypus with a running head",
     "operative_points": 3,
     "act": {"municipality": G, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-10", "time": "15:00", "proposal_number": 9, "proposal_date": "2029-01-05",
             "proposing_office": "Settore Servizi alla Persona - Servizio Sport e Politiche Giovanili",
             "subject": "ASSEGNAZIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE "
                        "CONCESSIONARIE DEGLI IMPIANTI SPORTIVI COMUNALI - STAGIONE SPORTIVA 2028/2029",
             "attendees": [att("BARTOLINI STEFANO", "SINDACO", True),
                           att("GUIDI MONICA", "VICESINDACO", True),
                           att("ZAVALLONI MATTEO", "ASSESSORE", True),
                           att("CASADEI FRANCESCA", "ASSESSORE", False),
                           att("MONTALTI LUCA", "ASSESSORE", True),
                           att("PAGANELLI SARA", "ASSESSORE", True)],
             "president": {"title": "Ing.", "role": "Sindaco", "name": "Stefano Bartolini"},
             "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Generale", "name": "Elena Magnani"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-gambettola-jiride.pdf", "role": "act",
     "what": "determinazione n. 8 of the Settore Territorio e Ambiente (direct award, school green areas), number "
             "in a box at the top right, proposal number as a distractor, dash items, HTML through wkhtmltopdf",
     "operative_points": 5,
     "act": {"municipality": G, "organ": "SETTORE TERRITORIO E AMBIENTE",
             "office": "Servizio Verde Pubblico e Manutenzioni", "kind": "determinazione", "number": 8,
             "date": "2029-01-11",
             "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL "
                        "SERVIZIO DI MANUTENZIONE DEL VERDE NELLE AREE SCOLASTICHE COMUNALI - ANNO 2029 - CIG "
                        "B6D20E8F41"}},
    {"file": "ordinanza-gambettola-jiride.pdf", "role": "act",
     "what": "ordinanza n. 2 of the head of the Settore Territorio e Ambiente (traffic ban for road works), "
             "lettered ORDINA items, .docx by python-docx with letterhead in the page header, LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": G, "organ": "SETTORE TERRITORIO E AMBIENTE", "office": "Servizio Viabilità e Traffico",
             "kind": "ordinanza", "number": 2, "date": "2029-01-11",
             "subject": "ISTITUZIONE DEL DIVIETO DI TRANSITO E DI SOSTA CON RIMOZIONE FORZATA IN VIA GIUSEPPE VERDI, "
                        "NEL TRATTO COMPRESO TRA VIA MAZZINI E VIA GARIBALDI, PER LAVORI DI RIFACIMENTO DEL MANTO "
                        "STRADALE DAL 15/01/2029 AL 26/01/2029"}},
    {"file": "avviso-gambettola-jiride.pdf", "role": "notice",
     "what": "unnumbered avviso on nursery enrolment 2029/2030, Latin-1 text through enscript (Courier, bold "
             "escapes) and ps2pdf",
     "act": {"municipality": G, "office": "Servizio Scuola e Servizi Educativi", "kind": "avviso",
             "date": "2029-01-12",
             "subject": "ISCRIZIONI AI NIDI D’INFANZIA COMUNALI PER L’ANNO EDUCATIVO 2029/2030"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def text_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(l for l in t.splitlines() if not l.strip() or not re.fullmatch(r"[\s_]+", l))


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            miss += 1
            continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                checks += [(who + ".name", a[who]["name"], True), (who + ".role", a[who]["role"], True),
                           (who + ".title", a[who]["title"], True)]
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val))
                miss += 1
        y, m, d = a["date"].split("-")
        if "%s/%s/%s" % (d, m, y) not in exact:
            print("MISS %s date: %s" % (k["file"], a["date"]))
            miss += 1
        if "time" in a:
            hh, mm = a["time"].split(":")
            if not re.search(r"\b%s[:,.]%s\b" % (hh, mm), exact):
                print("MISS %s time: %s" % (k["file"], a["time"]))
                miss += 1
        if k["role"] == "act" and "operative_points" not in k:
            print("NO POINTS %s" % k["file"])
            miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
