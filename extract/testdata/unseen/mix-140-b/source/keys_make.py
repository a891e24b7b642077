#!/usr/bin/env python3
"""Write ../keys.json for set mix-140-b and check that every keyed string is found in
`pdftotext -layout` of its PDF (whitespace collapsed). Subjects are matched exactly;
municipality, organ, office, proposing office, names, roles and titles without regard to
case or to the shape of the apostrophe. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

F = "Comune di Fumane"
M = "Comune di Montefalcione"
T = "Comune di Monterotondo Marittimo"
GC = "Giunta Comunale"


def who(name, role, present=True):
    return {"name": name, "role": role, "present": present}


def person(title, role, name):
    return {"title": title, "role": role, "name": name}


TOMMASINI = person("Dott.ssa", "Segretario Comunale", "Chiara Tommasini")
BENEDETTI = person("Sig.", "Sindaco", "Stefano Benedetti")
PETRILLO = person("Avv.", "Sindaco", "Gerardo Petrillo")
MASUCCI = person("Dott.", "Segretario Comunale", "Raffaele Masucci")
BARTALUCCI = person("Dott.", "Sindaco", "Simone Bartalucci")
PIERACCINI = person("Dott.", "Segretario Comunale", "Alessandro Pieraccini")


def fumane_roll(absent=(), remote=()):
    rows = [("BENEDETTI Stefano", "Sindaco"), ("CAMPOSTRINI Laura", "Vicesindaco"), ("RIGHETTI Marco", "Assessore"),
            ("VANTINI Giulia", "Assessore"), ("LONARDI Davide", "Assessore esterno")]
    return [who(n, r, n not in absent) for n, r in rows]


def montefalcione_roll(absent=()):
    rows = [("PETRILLO GERARDO", "SINDACO"), ("IANNACCONE ROSARIA", "VICESINDACO"), ("DE FEO CARMINE", "ASSESSORE"),
            ("MELILLO ANTONIETTA", "ASSESSORE"), ("CAPONE NICOLA", "ASSESSORE")]
    return [who(n, r, n not in absent) for n, r in rows]


KEYS = [
    # ---------------- Fumane (Sicraweb-like)
    {"file": "deliberazione-fumane-sicraweb-n2.pdf", "role": "act",
     "what": "Giunta deliberation 2/2029 approving the PIAO, number and date in a boxed grid with the proposal, roll as a small table with an assessore esterno, Segretario in convenzione; HTML printed by headless Chromium with @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": F, "organ": GC, "kind": "deliberazione", "number": 2, "date": "2029-01-08",
             "time": "18:30", "proposal_number": 3, "proposal_date": "2029-01-04",
             "proposing_office": "Area Amministrativa – Servizio Segreteria e Affari Generali",
             "subject": "APPROVAZIONE DEL PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2029-2031 - SEZIONE SEMPLIFICATA PER GLI ENTI CON MENO DI 50 DIPENDENTI",
             "attendees": fumane_roll(absent=("RIGHETTI Marco",)),
             "president": BENEDETTI, "secretary": TOMMASINI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-fumane-sicraweb-n4.pdf", "role": "act",
     "what": "Giunta deliberation 4/2029 approving a road-safety project, number and date in the title, roll as a list with roles after the names, Sindaco absent and Vicesindaco presiding; python-docx .docx exported by LibreOffice",
     "operative_points": 5,
     "act": {"municipality": F, "organ": GC, "kind": "deliberazione", "number": 4, "date": "2029-01-10",
             "time": "12:00", "proposal_number": 5, "proposal_date": "2029-01-08",
             "proposing_office": "Area Tecnica – Servizio Lavori Pubblici e Patrimonio",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE MOLINA - BREONIO. CUP D17H28000120004",
             "attendees": fumane_roll(absent=("BENEDETTI Stefano",)),
             "president": person("Sig.ra", "Vicesindaco", "Laura Campostrini"), "secretary": TOMMASINI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-fumane-sicraweb-n5.pdf", "role": "act",
     "what": "Giunta deliberation 5/2029 granting a contribution to the Pro Loco, number and date only in the running foot (session dated in words), one assessore 'Presente da remoto', vote with one abstention; ReportLab platypus",
     "operative_points": 3,
     "act": {"municipality": F, "organ": GC, "kind": "deliberazione", "number": 5, "date": "2029-01-15",
             "time": "18:00", "proposal_number": 7, "proposal_date": "2029-01-11",
             "proposing_office": "Area Amministrativa – Servizio Cultura, Sport e Tempo Libero",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO FUMANE PER L'ORGANIZZAZIONE DEL CARNEVALE 2029",
             "attendees": fumane_roll(),
             "president": BENEDETTI, "secretary": TOMMASINI,
             "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-fumane-sicraweb-n8.pdf", "role": "act",
     "what": "Giunta deliberation 8/2029 on the esercizio provvisorio, number and date in a box at the top right, roll table with P/A columns, no immediate executivity; content streams written by hand with pikepdf (letterhead Form XObject painted last, Tw justification)",
     "operative_points": 3,
     "act": {"municipality": F, "organ": GC, "kind": "deliberazione", "number": 8, "date": "2029-01-22",
             "time": "17:30", "proposal_number": 10, "proposal_date": "2029-01-19",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "ESERCIZIO PROVVISORIO 2029 - ASSEGNAZIONE PROVVISORIA DELLE RISORSE FINANZIARIE AI RESPONSABILI DELLE AREE",
             "attendees": fumane_roll(absent=("VANTINI Giulia",)),
             "president": BENEDETTI, "secretary": TOMMASINI,
             "vote": "unanimous", "immediately_executive": False}},
    # ---------------- Montefalcione (Halley-like)
    {"file": "deliberazione-montefalcione-halley-n3.pdf", "role": "act",
     "what": "Giunta deliberation 3/2029 naming the IMU/TARI officer, 'Numero 3 Del 09-01-2029' under the title, Halley roll with P/A letters and flags grid carrying the proposal; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 3, "date": "2029-01-09",
             "time": "13:30", "proposal_number": 4, "proposal_date": "2029-01-05",
             "proposing_office": "Area Economico-Finanziaria – Servizio Tributi",
             "subject": "NOMINA DEL FUNZIONARIO RESPONSABILE DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) E DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2029",
             "attendees": montefalcione_roll(absent=("MELILLO ANTONIETTA",)),
             "president": PETRILLO, "secretary": MASUCCI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-montefalcione-halley-n6.pdf", "role": "act",
     "what": "Giunta deliberation 6/2029 (rent-support guidelines), number and date in the title, roll as two sentences 'Sono presenti' / 'Sono assenti', Sindaco absent and Vicesindaco presiding, Vice Segretario taking the minutes; fpdf2 with Liberation Serif",
     "operative_points": 4,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 6, "date": "2029-01-12",
             "time": "12:00", "proposing_office": "Area Amministrativa – Servizi Sociali",
             "subject": "ATTO DI INDIRIZZO PER L'EROGAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNO 2029",
             "attendees": [who("Rosaria Iannaccone", "Vicesindaco"), who("Carmine De Feo", "Assessore"),
                           who("Antonietta Melillo", "Assessore"), who("Nicola Capone", "Assessore"),
                           who("Gerardo Petrillo", "Sindaco", False)],
             "president": person("Sig.ra", "Vicesindaco", "Rosaria Iannaccone"),
             "secretary": person("Dott.ssa", "Vice Segretario Comunale", "Filomena Tecce"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-montefalcione-halley-n9.pdf", "role": "act",
     "what": "Giunta deliberation 9/2029 on hall and sports-ground tariffs, number and date in a ruled box, roll table with 'Presente da remoto', vote with one abstention; groff -ms with tbl, ps2pdf",
     "operative_points": 3,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 9, "date": "2029-01-16",
             "time": "17:00", "proposal_number": 12, "proposal_date": "2029-01-13",
             "proposing_office": "Area Tecnica - Servizio Patrimonio",
             "subject": "APPROVAZIONE DELLE TARIFFE PER L'UTILIZZO DELLA SALA POLIFUNZIONALE COMUNALE E DEGLI IMPIANTI SPORTIVI - ANNO 2029",
             "attendees": montefalcione_roll(absent=("DE FEO CARMINE",)),
             "president": PETRILLO, "secretary": MASUCCI,
             "vote": "majority",
             "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-montefalcione-halley-n11.pdf", "role": "act",
     "what": "Giunta deliberation 11/2029 approving a civil-protection convention, Halley 80-column text print (roll as a list with the roles after the names), no immediate executivity; Latin-1 text through enscript (Courier 10) and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 11, "date": "2029-01-23",
             "time": "13:00",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L’ORGANIZZAZIONE DI VOLONTARIATO DI PROTEZIONE CIVILE PER IL SUPPORTO NELLE ATTIVITA’ DI EMERGENZA - ANNO 2029",
             "attendees": montefalcione_roll(absent=("IANNACCONE ROSARIA",)),
             "president": PETRILLO, "secretary": MASUCCI,
             "vote": "unanimous", "immediately_executive": False}},
    # ---------------- Monterotondo Marittimo (own Word template)
    {"file": "deliberazione-monterotondomarittimo-wordtemplate-n1.pdf", "role": "act",
     "what": "Giunta deliberation 1/2029 on Codice della Strada fines, number and date only in the Word footer, roll as two sentences with the assessore esterno 'presente da remoto'; python-docx .docx exported by LibreOffice",
     "operative_points": 4,
     "act": {"municipality": T, "organ": GC, "kind": "deliberazione", "number": 1, "date": "2029-01-11",
             "time": "09:30", "proposal_number": 1, "proposal_date": "2029-01-08",
             "proposing_office": "Servizio Polizia Municipale",
             "subject": "Destinazione dei proventi delle sanzioni amministrative pecuniarie per violazioni al Codice della Strada (art. 208 D.Lgs. 285/1992) - Anno 2029.",
             "attendees": [who("Simone Bartalucci", "Sindaco"), who("Elisa Guerrini", "Vicesindaco"),
                           who("Fabio Niccolini", "Assessore esterno")],
             "president": BARTALUCCI, "secretary": PIERACCINI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-monterotondomarittimo-wordtemplate-n2.pdf", "role": "act",
     "what": "Giunta deliberation 2/2029 on tariffs of services on individual demand (same session as 1/2029), number and date in the title, roll table, abstention of the assessore esterno; HTML printed by headless Chromium",
     "operative_points": 3,
     "act": {"municipality": T, "organ": GC, "kind": "deliberazione", "number": 2, "date": "2029-01-11",
             "time": "09:30",
             "subject": "Servizi pubblici a domanda individuale - Determinazione delle tariffe e della percentuale di copertura dei costi per l'anno 2029.",
             "attendees": [who("Bartalucci Simone", "Sindaco"), who("Guerrini Elisa", "Vicesindaco"),
                           who("Niccolini Fabio", "Assessore esterno")],
             "president": BARTALUCCI, "secretary": PIERACCINI,
             "vote": "majority",
             "vote_counts": {"present": 3, "in_favour": 2, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-monterotondomarittimo-wordtemplate-n5.pdf", "role": "act",
     "what": "Giunta deliberation 5/2029 lending the former school of Frassine to an association, number and date in a box, roll as a list 'name, role: presence', Sindaco absent and Vicesindaco presiding, Vice Segretario; ReportLab platypus with DejaVu Sans",
     "operative_points": 4,
     "act": {"municipality": T, "organ": GC, "kind": "deliberazione", "number": 5, "date": "2029-01-18",
             "time": "15:00", "proposal_number": 6, "proposal_date": "2029-01-15",
             "proposing_office": "Area Tecnica",
             "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di Frassine all'Associazione culturale Frassine Insieme - Approvazione schema di contratto.",
             "attendees": [who("Bartalucci Simone", "Sindaco", False), who("Guerrini Elisa", "Vicesindaco"),
                           who("Niccolini Fabio", "Assessore esterno")],
             "president": person("Sig.ra", "Vicesindaco", "Elisa Guerrini"),
             "secretary": person("Dott.ssa", "Vice Segretario Comunale", "Silvia Brogi"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-monterotondomarittimo-wordtemplate-n7.pdf", "role": "act",
     "what": "Giunta deliberation 7/2029 on the Biancane park programme, number and date in the title, hour in words, roll as two sentences with roles in brackets, points a)-c), no immediate executivity; flat ODF (.fodt) written by hand, LibreOffice export",
     "operative_points": 3,
     "act": {"municipality": T, "organ": GC, "kind": "deliberazione", "number": 7, "date": "2029-01-25",
             "time": "18:00", "proposal_number": 9, "proposal_date": "2029-01-22",
             "proposing_office": "Area Amministrativa – Servizio Cultura e Turismo",
             "subject": "Approvazione del programma delle iniziative culturali e turistiche per la valorizzazione del Parco naturalistico delle Biancane - Anno 2029.",
             "attendees": [who("Bartalucci Simone", "Sindaco"), who("Niccolini Fabio", "Assessore esterno"),
                           who("Guerrini Elisa", "Vicesindaco", False)],
             "president": BARTALUCCI, "secretary": PIERACCINI,
             "vote": "unanimous", "immediately_executive": False}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for w in ("president", "secretary"):
            if w in a:
                for part in ("name", "role", "title"):
                    checks.append((w + "." + part, a[w].get(part), True))
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
