#!/usr/bin/env python3
"""Writes ../keys.json for set mix-118-c and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed, apostrophes
and quotes of any shape made equal; subjects compared with their case,
other strings without). Numbers, dates and times are checked too, in the
forms a minute prints them (23, 08-06-2027 or 08/06/2027, 12:30 or 12,30).
A role keyed in the singular for members a roll groups under a plural
("i Consiglieri …", "gli Assessori …") is found through that plural.
Exits 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    d = {"name": name}
    if role:
        d["role"] = role
    d["present"] = present
    return d


PG = "Comune di Pettorazza Grimani"
SL = "Comune di San Lorenzo Bellizzi"
SD = "Comune di Siurgus Donigala"
SEC_PG = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Cristina Zennaro"}
PRES_PG = {"title": "sig.", "role": "Sindaco", "name": "Gianluca Zanforlin"}
SEC_SD = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Bonaria Floris"}
PRES_CC_SD = {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Monica Deiana"}

KEYS = [
    {"file": "giunta41-pettorazzagrimani-padigitale.pdf", "role": "act",
     "what": "Giunta minute 41/2027 of Pettorazza Grimani (Veneto) approving a road-safety project; roll in prose with roles after the names and the absent in a second sentence; HTML printed by headless Chromium with @page margin boxes (running head and foot with the number, Pag. x di y)",
     "operative_points": 4,
     "act": {"municipality": PG, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41,
             "date": "2027-06-08", "time": "12:30", "proposal_number": 47, "proposal_date": "2027-06-03",
             "proposing_office": "Area Tecnica",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE DI VIA ARGINE ADIGE – CUP J47H27000120004.",
             "attendees": [A("ZANFORLIN Gianluca", "Sindaco"), A("BELLINELLO Marta", "Vicesindaco"),
                           A("TROMBIN Davide", "Assessore", False)],
             "president": PRES_PG, "secretary": SEC_PG, "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta44-pettorazzagrimani-padigitale.pdf", "role": "act",
     "what": "Giunta minute 44/2027 of Pettorazza Grimani granting a contribution to the Pro Loco; roll in one sentence, roles before the names ('nelle persone del Sindaco …, del Vicesindaco … e dell'Assessore …, tutti presenti'); ReportLab platypus, justified with Tw, DELIBERA letter-spaced with Tc, running head and foot",
     "operative_points": 5,
     "act": {"municipality": PG, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 44,
             "date": "2027-06-15", "time": "13:00", "proposal_number": 51, "proposal_date": "2027-06-10",
             "proposing_office": "Area Amministrativa",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL’ASSOCIAZIONE PRO LOCO DI PETTORAZZA GRIMANI PER L’ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2027.",
             "attendees": [A("Gianluca Zanforlin", "Sindaco"), A("Marta Bellinello", "Vicesindaco"),
                           A("Davide Trombin", "Assessore")],
             "president": PRES_PG, "secretary": SEC_PG, "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio18-pettorazzagrimani-padigitale.pdf", "role": "act",
     "what": "Consiglio minute 18/2027 of Pettorazza Grimani (budget equilibria and assestamento); roll 'i Consiglieri: Gianluca ZANFORLIN (Sindaco), …' with a late arrival in brackets, the absent in a second sentence, counts; majority vote; .docx (python-docx) exported by LibreOffice Writer, header/footer with the number and PAGE/NUMPAGES fields",
     "operative_points": 4,
     "act": {"municipality": PG, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 18,
             "date": "2027-06-22", "time": "20:30", "proposal_number": 12, "proposal_date": "2027-06-10",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "VERIFICA DEGLI EQUILIBRI GENERALI DI BILANCIO E ASSESTAMENTO GENERALE DEL BILANCIO DI PREVISIONE 2027/2029 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000.",
             "attendees": [A("Gianluca ZANFORLIN", "Sindaco"), A("Marta BELLINELLO", "Consigliere"),
                           A("Davide TROMBIN", "Consigliere"), A("Elisa CHIARION", "Consigliere"),
                           A("Stefano CREPALDI", "Consigliere"), A("Nicola PAVANELLO", "Consigliere"),
                           A("Roberto MARANGON", "Consigliere"), A("Francesca RIZZATO", "Consigliere"),
                           A("Ilaria TOSARELLO", "Consigliere", False), A("Paolo BERGAMIN", "Consigliere", False)],
             "president": PRES_PG, "secretary": SEC_PG, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio19-pettorazzagrimani-padigitale.pdf", "role": "act",
     "what": "Consiglio minute 19/2027 of Pettorazza Grimani (regulation on the use of municipal rooms), same sitting; roll 'il Sindaco … e i Consiglieri …; sono assenti i Consiglieri …'; pdfLaTeX (glyphs placed with kerns, no space characters), title and headings letter-spaced with microtype, fancyhdr running head and foot",
     "operative_points": 3,
     "act": {"municipality": PG, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19,
             "date": "2027-06-22", "time": "20:30", "proposal_number": 13, "proposal_date": "2027-06-10",
             "proposing_office": "Area Amministrativa",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLE SALE E DEI LOCALI DI PROPRIETÀ COMUNALE.",
             "attendees": [A("Gianluca Zanforlin", "Sindaco"), A("Marta Bellinello", "Consigliere"),
                           A("Davide Trombin", "Consigliere"), A("Elisa Chiarion", "Consigliere"),
                           A("Stefano Crepaldi", "Consigliere"), A("Nicola Pavanello", "Consigliere"),
                           A("Roberto Marangon", "Consigliere"), A("Francesca Rizzato", "Consigliere"),
                           A("Ilaria Tosarello", "Consigliere", False), A("Paolo Bergamin", "Consigliere", False)],
             "president": PRES_PG, "secretary": SEC_PG, "vote": "unanimous",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "giunta52-sanlorenzobellizzi-halley.pdf", "role": "act",
     "what": "Giunta minute 52/2027 of San Lorenzo Bellizzi (Calabria), convention with the Pollino park; 80-column Courier report printed by enscript and ps2pdf, running head and foot with the number; roll 'il Sindaco GALLICCHIO Antonio e il Vice Sindaco BLOISE Rosaria. E' assente … l'Assessore …'",
     "operative_points": 3,
     "act": {"municipality": SL, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 52,
             "date": "2027-06-09", "time": "11:00", "proposal_number": 61, "proposal_date": "2027-06-04",
             "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L’ENTE PARCO NAZIONALE DEL POLLINO PER LA MANUTENZIONE DELLA RETE SENTIERISTICA COMUNALE - ANNUALITA’ 2027.",
             "attendees": [A("GALLICCHIO Antonio", "Sindaco"), A("BLOISE Rosaria", "Vice Sindaco"),
                           A("TUFARO Vincenzo", "Assessore", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "GALLICCHIO Antonio"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "ARCURI Pierluigi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta55-sanlorenzobellizzi-halley.pdf", "role": "act",
     "what": "Giunta minute 55/2027 of San Lorenzo Bellizzi (school transport funds); the same 80-column report printed by a2ps and ps2pdf; roll 'GALLICCHIO Antonio (Sindaco), BLOISE Rosaria (Vice Sindaco) e TUFARO Vincenzo (Assessore, entrato alle ore 10,45 …)'",
     "operative_points": 4,
     "act": {"municipality": SL, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 55,
             "date": "2027-06-16", "time": "10:30", "proposal_number": 64, "proposal_date": "2027-06-11",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "ASSEGNAZIONE RISORSE AL RESPONSABILE DELL’AREA AMMINISTRATIVA PER L’AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER L’ANNO SCOLASTICO 2027/2028.",
             "attendees": [A("GALLICCHIO Antonio", "Sindaco"), A("BLOISE Rosaria", "Vice Sindaco"),
                           A("TUFARO Vincenzo", "Assessore")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "GALLICCHIO Antonio"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "ARCURI Pierluigi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio21-sanlorenzobellizzi-halley.pdf", "role": "act",
     "what": "Consiglio minute 21/2027 of San Lorenzo Bellizzi (DUP 2028/2030) on the office's pre-printed form: number, date, subject, time and the prose roll written in Courier-Bold over blanks of underscores (the values sit on their own text lines above the blanks); fpdf2",
     "operative_points": 3,
     "act": {"municipality": SL, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 21,
             "date": "2027-06-26", "time": "17:00",
             "subject": "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2028/2030.",
             "attendees": [A("Antonio Gallicchio", "Sindaco"), A("Rosaria Bloise", "Consigliere"),
                           A("Vincenzo Tufaro", "Consigliere"), A("Giuseppe Chiaradia", "Consigliere"),
                           A("Maria Teresa Abate", "Consigliere"), A("Pasquale Celestino", "Consigliere"),
                           A("Emilio Pugliese", "Consigliere"), A("Leonardo Rago", "Consigliere"),
                           A("Carmela Graziadio", "Consigliere"),
                           A("Francesco Lauria", None, False), A("Nicola Oriolo", None, False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Gallicchio"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Pierluigi Arcuri"},
             "vote": "majority", "vote_counts": {"present": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio23-sanlorenzobellizzi-halley.pdf", "role": "act",
     "what": "Consiglio minute 23/2027 of San Lorenzo Bellizzi (auditor appointment), same sitting; plain troff in Courier through groff -Tps and ps2pdf, the roll in two columns (PRESENTI prose on the left, ASSENTI on the right, interleaved by line in the text layer), a late arrival noted in brackets",
     "operative_points": 4,
     "act": {"municipality": SL, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 23,
             "date": "2027-06-26", "time": "17:00",
             "subject": "PRESA D’ATTO DELL’ESTRAZIONE E NOMINA DEL REVISORE UNICO DEI CONTI PER IL TRIENNIO 2027/2030. DETERMINAZIONE DEL COMPENSO.",
             "attendees": [A("GALLICCHIO Antonio", "Sindaco"), A("BLOISE Rosaria", "Consigliere"),
                           A("TUFARO Vincenzo", "Consigliere"), A("CHIARADIA Giuseppe", "Consigliere"),
                           A("ABATE Maria Teresa", "Consigliere"), A("CELESTINO Pasquale", "Consigliere"),
                           A("PUGLIESE Emilio", "Consigliere"), A("RAGO Leonardo", "Consigliere"),
                           A("GRAZIADIO Carmela", "Consigliere"), A("ORIOLO Nicola", "Consigliere"),
                           A("LAURIA Francesco", "Consigliere", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "GALLICCHIO Antonio"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "ARCURI Pierluigi"},
             "vote": "unanimous", "vote_counts": {"present": 10, "voters": 10, "in_favour": 10},
             "immediately_executive": True}},
    {"file": "giunta60-siurgusdonigala-siscom.pdf", "role": "act",
     "what": "Giunta minute 60/2027 of Siurgus Donigala (Sardegna), LavoRAS work site; hand-written content streams (pikepdf): every glyph placed alone with its own Tm and no spaces, letterhead, heading box, foot, signatures and stamp as Form XObjects drawn out of reading order, the Albo stamp rotated up the margin; roll 'il Sindaco Efisio Murgia e l'Assessore Sandro Lai. È assente giustificata la Vicesindaca …'",
     "operative_points": 4,
     "act": {"municipality": SD, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 60,
             "date": "2027-06-10", "time": "13:15",
             "subject": "Programma LavoRAS – Cantieri di nuova attivazione annualità 2027. Approvazione del progetto “Cantiere verde 2027” e atto di indirizzo al Responsabile dell’Area Tecnica.",
             "attendees": [A("Efisio Murgia", "Sindaco"), A("Sandro Lai", "Assessore"),
                           A("Giovanna Orrù", "Vicesindaca", False)],
             "president": {"role": "Sindaco", "name": "Efisio Murgia"}, "secretary": SEC_SD,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta63-siurgusdonigala-siscom.pdf", "role": "act",
     "what": "Giunta minute 63/2027 of Siurgus Donigala (rooms lent to a cultural association); fpdf2 with embedded DejaVu, justified, title and DELIBERA letter-spaced (Tc), running head and foot; roll 'MURGIA Efisio, Sindaco; ORRÙ Giovanna, Vicesindaca; LAI Sandro, Assessore. Presenti n. 3 – Assenti n. 0.'",
     "operative_points": 4,
     "act": {"municipality": SD, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 63,
             "date": "2027-06-17", "time": "12:00", "proposal_number": 71, "proposal_date": "2027-06-14",
             "proposing_office": "Area Amministrativa e Servizi Sociali",
             "subject": "Concessione in uso temporaneo dei locali del Centro di aggregazione sociale all’Associazione culturale “Is Arrosas” per le attività estive 2027. Atto di indirizzo.",
             "attendees": [A("MURGIA Efisio", "Sindaco"), A("ORRÙ Giovanna", "Vicesindaca"),
                           A("LAI Sandro", "Assessore")],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Efisio Murgia"}, "secretary": SEC_SD,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio12-siurgusdonigala-siscom.pdf", "role": "act",
     "what": "Consiglio minute 12/2027 of Siurgus Donigala (joining a renewable energy community), presided by the Presidente del Consiglio; roll in two table cells side by side (present with roles in brackets and a late arrival on the left, absent and counts on the right); majority vote with one against and one abstention; wkhtmltopdf",
     "operative_points": 5,
     "act": {"municipality": SD, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 12,
             "date": "2027-06-24", "time": "18:00",
             "subject": "Adesione alla Comunità Energetica Rinnovabile “Sarcidano Energia” e approvazione dello schema di Statuto e di Regolamento.",
             "attendees": [A("MURGIA Efisio", "Sindaco"), A("DEIANA Monica", "Presidente del Consiglio"),
                           A("ORRÙ Giovanna", "Consigliere"), A("LAI Sandro", "Consigliere"),
                           A("CADEDDU Fabio", "Consigliere"), A("LODDO Roberta", "Consigliere"),
                           A("MELIS Antonello", "Consigliere"), A("PINNA Marco", "Consigliere"),
                           A("COCCO Stefania", "Consigliere"),
                           A("SERRA Ignazio", "Consigliere", False), A("ATZENI Gianfranco", "Consigliere", False)],
             "president": PRES_CC_SD, "secretary": SEC_SD, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio13-siurgusdonigala-siscom.pdf", "role": "act",
     "what": "Consiglio minute 13/2027 of Siurgus Donigala (home-composting regulation), same sitting; ReportLab platypus, justified with Tw, title and DELIBERA with Tc, running head and foot, the Albo stamp rotated up the margin; roll grouped by role ('il Sindaco …, la Presidente del Consiglio … e i Consiglieri …; sono assenti i Consiglieri …'); not immediately executive",
     "operative_points": 3,
     "act": {"municipality": SD, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 13,
             "date": "2027-06-24", "time": "18:00",
             "subject": "Approvazione del Regolamento comunale per la disciplina del compostaggio domestico e di comunità e per la riduzione della tariffa TARI.",
             "attendees": [A("Efisio Murgia", "Sindaco"), A("Monica Deiana", "Presidente del Consiglio"),
                           A("Giovanna Orrù", "Consigliere"), A("Sandro Lai", "Consigliere"),
                           A("Fabio Cadeddu", "Consigliere"), A("Roberta Loddo", "Consigliere"),
                           A("Antonello Melis", "Consigliere"), A("Marco Pinna", "Consigliere"),
                           A("Stefania Cocco", "Consigliere"),
                           A("Ignazio Serra", "Consigliere", False), A("Gianfranco Atzeni", "Consigliere", False)],
             "president": PRES_CC_SD, "secretary": SEC_SD, "vote": "unanimous",
             "vote_counts": {"present": 9}, "immediately_executive": False}},
]


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


PLURAL = {"Consigliere": "Consiglieri", "Assessore": "Assessori"}


def check(key):
    path = os.path.join(SET, key["file"])
    if not os.path.exists(path):
        return ["missing file"]
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    t = norm(txt)
    tl = t.lower()
    miss = []

    def has(label, v, case=False):
        v = norm(v)
        if not (v in t if case else v.lower() in tl):
            miss.append("%s: %r" % (label, v))

    a = key.get("act", {})
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a:
            has(f, a[f])
    if "subject" in a:
        has("subject", a["subject"], case=True)
    for p in a.get("attendees", []):
        has("attendee", p["name"])
        if "role" in p:
            r = p["role"]
            if r.lower() not in tl and PLURAL.get(r, "\0").lower() not in tl:
                miss.append("role: %r" % r)
    for who in ("president", "secretary"):
        if who in a:
            for f in ("title", "role", "name"):
                if f in a[who]:
                    has(who + "." + f, a[who][f])
    if "number" in a and not re.search(r"(?<![\d/.,-])%d(?![\d/,])" % a["number"], t):
        miss.append("number %d" % a["number"])
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, d = a[f].split("-")
            if not any(x in t for x in ("%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y))):
                miss.append("%s %s" % (f, a[f]))
    if "time" in a:
        h, mi = a["time"].split(":")
        if not re.search(r"(?<![\d/])%s[:.,]%s(?![\d/])" % (h, mi), t):
            miss.append("time %s" % a["time"])
    if "proposal_number" in a and not re.search(r"\bn\. %d del\b" % a["proposal_number"], t):
        miss.append("proposal_number %d" % a["proposal_number"])
    for f, n in a.get("vote_counts", {}).items():
        if not re.search(r"\bn\. %d\b" % n, t):
            miss.append("vote_counts.%s %d" % (f, n))
    return miss


def main():
    bad = 0
    for k in KEYS:
        m = check(k)
        if m:
            bad += 1
            print("MISS", k["file"])
            for x in m:
                print("   ", x)
    files = sorted(f for f in os.listdir(SET) if f.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if files != keyed:
        print("files and keys differ:", set(files) ^ set(keyed))
        bad += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d with misses" % (len(KEYS), bad))
    sys.exit(1 if bad else 0)


main()
