#!/usr/bin/env python3
"""Writes ../keys.json for set mix-122-c and checks every keyed string against `pdftotext -layout`
of its PDF (whitespace collapsed; runs of three or more underscores, the blanks of a form, removed).
Subjects must be found exactly; names, roles, titles, organs, offices and the municipality are
compared without regard to case, as the fixture compares them. The number, the dates (dd/mm/yyyy)
and the time must be printed too. Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


TORO_GC = [A("CAPOZIO Roberto", "Sindaco"), A("MASTROGIACOMO Lucia", "Vicesindaco"), A("DI IORIO Pasquale", "Assessore")]
TORO_CC = [A("CAPOZIO Roberto", "Sindaco"), A("MASTROGIACOMO Lucia", "Consigliere"), A("DI IORIO Pasquale", "Consigliere"),
           A("FRATANGELO Carmine", "Consigliere"), A("PALLOTTA Sabrina", "Consigliere"), A("VENDITTI Michele", "Consigliere"),
           A("COLAVITA Annamaria", "Consigliere"), A("DE LISIO Franco", "Consigliere"),
           A("TARTAGLIA Gennaro", "Consigliere", False), A("MANCINI Rosaria", "Consigliere", False),
           A("PETRELLA Domenico", "Consigliere")]
TORO_PRES = {"title": "sig.", "role": "Sindaco", "name": "Roberto Capozio"}
TORO_SEG = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Marisa Santorelli"}

ANZI_CC = [A("SANTORO VITO", "SINDACO"), A("GRIECO TERESA", "PRESIDENTE DEL CONSIGLIO"), A("LAURINO ANGELA", "CONSIGLIERE"),
           A("PACE DONATO", "CONSIGLIERE"), A("ROSSANO MICHELE", "CONSIGLIERE"), A("LAGUARDIA ANTONIO", "CONSIGLIERE"),
           A("SABIA FELICIA", "CONSIGLIERE", False), A("LOMONACO CANIO", "CONSIGLIERE", False),
           A("DI LUCCHIO MARIO", "CONSIGLIERE"), A("RUSSO GIOVANNA", "CONSIGLIERE", False), A("FERRARA LEONARDO", "CONSIGLIERE")]
ANZI_SINDACO = {"title": "Sig.", "role": "Sindaco", "name": "Vito Santoro"}
ANZI_PRESCC = {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Teresa Grieco"}
ANZI_SEG = {"title": "Dott.", "role": "Segretario Comunale", "name": "Rocco Carlucci"}

ISS_CC = [A("BRUNOD Luca", "Sindaco"), A("FAVRE Chantal", "Vice Sindaco"), A("BIONAZ Paolo", "Consigliere"),
          A("CHAPPOZ Stefania", "Consigliere"), A("CRÉTIER Marco", "Consigliere"), A("GERBORE Ivo", "Consigliere"),
          A("JACQUEMET Elena", "Consigliere"), A("MILLIERY Nadia", "Consigliere"), A("PERRON Daniele", "Consigliere", False),
          A("ROLLANDIN Sara", "Consigliere"), A("VUILLERMOZ Ettore", "Consigliere"), A("YEUILLAZ Monica", "Consigliere", False)]
ISS_SEG = {"title": "dott.ssa", "role": "Segretario comunale", "name": "Nathalie GUICHARDAZ"}

KEYS = [
    {"file": "giunta-toro-studiok-94.pdf", "role": "act",
     "what": "Toro Giunta 94/2027, roll as a table (one assessore absent), who enters at 13:20 before the vote; HTML printed by headless Chromium, running foot in @page margin boxes",
     "operative_points": 4,
     "act": {"municipality": "Comune di Toro", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 94,
             "date": "2027-10-12", "time": "13:00",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE “PIANA DELLA CORTE” – CUP J17H27000310004.",
             "attendees": [A("CAPOZIO Roberto", "Sindaco"), A("MASTROGIACOMO Lucia", "Vicesindaco"), A("DI IORIO Pasquale", "Assessore", False)],
             "president": TORO_PRES, "secretary": TORO_SEG, "vote": "unanimous", "vote_counts": {"present": 3},
             "immediately_executive": True}},
    {"file": "giunta-toro-studiok-97.pdf", "role": "act",
     "what": "Toro Giunta 97/2027, roll in prose (all present), the vicesindaco leaves at 12:50 before the vote (conflict of interest); pdfLaTeX",
     "operative_points": 3,
     "act": {"municipality": "Comune di Toro", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 97,
             "date": "2027-10-19", "time": "12:30",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL’ASSOCIAZIONE TURISTICA PRO LOCO DI TORO PER LA MANIFESTAZIONE “OTTOBRE TORESE 2027”.",
             "attendees": TORO_GC, "president": TORO_PRES, "secretary": TORO_SEG, "vote": "unanimous",
             "vote_counts": {"present": 2, "voters": 2}, "immediately_executive": True}},
    {"file": "consiglio-toro-studiok-31.pdf", "role": "act",
     "what": "Toro Consiglio 31/2027, two-column roll (9 of 11), one councillor enters at 18:25 and one leaves at 18:50, majority vote with abstentions; .docx (python-docx) exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": "Comune di Toro", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 31,
             "date": "2027-10-26", "time": "18:00",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 88 DEL 28/09/2027 AVENTE AD OGGETTO “VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 (ART. 175, COMMA 4, D.LGS. 267/2000)”.",
             "attendees": TORO_CC, "president": TORO_PRES, "secretary": TORO_SEG, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "consiglio-toro-studiok-32.pdf", "role": "act",
     "what": "Toro Consiglio 32/2027, same sitting: the opening roll with a notes column (enters / leaves / re-enters), presence restated for the item, unanimous; ReportLab, justified with Tw, title letter-spaced with Tc",
     "operative_points": 3,
     "act": {"municipality": "Comune di Toro", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 32,
             "date": "2027-10-26", "time": "18:00",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLA SALA POLIFUNZIONALE “SAN MERCURIO”.",
             "attendees": TORO_CC, "president": TORO_PRES, "secretary": TORO_SEG, "vote": "unanimous",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
             "immediately_executive": False}},
    {"file": "giunta-anzi-halley-112.pdf", "role": "act",
     "what": "Anzi Giunta 112/2027, roll with X in Presenti/Assenti columns, an assessore enters at 12:15 before the vote; fpdf2 with Liberation Sans, running head with the number from page 2",
     "operative_points": 3,
     "act": {"municipality": "Comune di Anzi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 112,
             "date": "2027-10-07", "time": "12:00", "proposal_number": 131, "proposal_date": "2027-10-04",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO REGIONALE \"CAMMINI E PERCORSI DI BASILICATA 2028\" - VALORIZZAZIONE DEL SENTIERO DEL MONTE SANTA MARIA.",
             "attendees": [A("SANTORO VITO", "SINDACO"), A("LAURINO ANGELA", "VICESINDACO"), A("PACE DONATO", "ASSESSORE", False)],
             "president": ANZI_SINDACO, "secretary": ANZI_SEG, "vote": "unanimous", "vote_counts": {"present": 3},
             "immediately_executive": True}},
    {"file": "giunta-anzi-halley-115.pdf", "role": "act",
     "what": "Anzi Giunta 115/2027 as an 80-column Courier report, all present at the roll, an assessore leaves at 13:50 before the vote; enscript (running head with the number) and Ghostscript",
     "operative_points": 3,
     "act": {"municipality": "Comune di Anzi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 115,
             "date": "2027-10-14", "time": "13:30", "proposal_number": 134, "proposal_date": "2027-10-09",
             "proposing_office": "Area Amministrativa - Servizi Sociali",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE DI VOLONTARIATO \"MISERICORDIA DI ANZI\" PER IL SERVIZIO DI TRASPORTO SOCIALE - ANNO 2028.",
             "attendees": [A("SANTORO VITO", "SINDACO"), A("LAURINO ANGELA", "VICESINDACO"), A("PACE DONATO", "ASSESSORE")],
             "president": ANZI_SINDACO, "secretary": ANZI_SEG, "vote": "unanimous", "vote_counts": {"present": 2},
             "immediately_executive": True}},
    {"file": "consiglio-anzi-halley-24.pdf", "role": "act",
     "what": "Anzi Consiglio 24/2027, two-column roll (8 of 11), two enter at 17:50 and one leaves at 18:40, majority vote; HTML through wkhtmltopdf",
     "operative_points": 3,
     "act": {"municipality": "Comune di Anzi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 24,
             "date": "2027-10-21", "time": "17:30", "proposal_number": 14, "proposal_date": "2027-10-08",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2028/2030.",
             "attendees": ANZI_CC, "president": ANZI_PRESCC, "secretary": ANZI_SEG, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-anzi-halley-25.pdf", "role": "act",
     "what": "Anzi Consiglio 25/2027, same sitting, opening roll then the presence for the item restated (9), majority with abstentions; content streams written by hand (glyphs placed one at a time, no spaces), letterhead/roll/signatures as Form XObjects drawn out of reading order, a rotated publication stamp; pikepdf",
     "operative_points": 3,
     "act": {"municipality": "Comune di Anzi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 25,
             "date": "2027-10-21", "time": "17:30", "proposal_number": 15, "proposal_date": "2027-10-11",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "RICONOSCIMENTO DI LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI POTENZA N. 418/2027, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000.",
             "attendees": ANZI_CC, "president": ANZI_PRESCC, "secretary": ANZI_SEG, "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "giunta-issogne-inva-68.pdf", "role": "act",
     "what": "Issogne Giunta 68/2027, bilingual heading, roll in prose (one assessore absent) who enters at 18:20; plain troff through groff -Tps and ps2pdf, running foot with the number",
     "operative_points": 3,
     "act": {"municipality": "Comune di Issogne", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 68,
             "date": "2027-10-05", "time": "18:00",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGELO DELLE STRADE COMUNALI PER LE STAGIONI INVERNALI 2027/2028 E 2028/2029 – ATTO DI INDIRIZZO.",
             "attendees": [A("BRUNOD Luca", "Sindaco"), A("FAVRE Chantal", "Vice Sindaco"), A("CRÉTIER Marco", "Assessore"),
                           A("JACQUEMET Elena", "Assessore", False)],
             "president": {"title": "signor", "role": "Sindaco", "name": "Luca BRUNOD"}, "secretary": ISS_SEG,
             "vote": "unanimous", "vote_counts": {"present": 4}, "immediately_executive": True}},
    {"file": "giunta-issogne-inva-71.pdf", "role": "act",
     "what": "Issogne Giunta 71/2027, a printed form whose blanks of underscores are filled (flattened fields in Courier), all present at the roll, an assessore leaves at 19:00; ReportLab",
     "operative_points": 3,
     "act": {"municipality": "Comune di Issogne", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 71,
             "date": "2027-10-19", "time": "18:30",
             "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI AL PIANO TERRA DEL MUNICIPIO ALL'ASSOCIAZIONE CULTURALE \"LES AMIS DU CHÂTEAU\" PER ATTIVITÀ CULTURALI – PERIODO NOVEMBRE 2027 – GIUGNO 2028.",
             "attendees": [A("BRUNOD Luca", "Sindaco"), A("FAVRE Chantal", "Vice Sindaco"), A("CRÉTIER Marco", "Assessore"),
                           A("JACQUEMET Elena", "Assessore")],
             "president": {"title": "Signor", "role": "Sindaco", "name": "Luca BRUNOD"}, "secretary": ISS_SEG,
             "vote": "unanimous", "vote_counts": {"present": 3}, "immediately_executive": True}},
    {"file": "consiglio-issogne-inva-29.pdf", "role": "act",
     "what": "Issogne Consiglio 29/2027, two-column roll marked Sì/No (10 of 12), one enters at 20:45 and one leaves at 21:30, majority vote; flat ODT exported by LibreOffice Writer, letter-spaced title, running head with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Issogne", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 29,
             "date": "2027-10-28", "time": "20:30",
             "subject": "APPROVAZIONE DELLA VARIANTE NON SOSTANZIALE N. 5 AL PIANO REGOLATORE GENERALE COMUNALE (PRGC), AI SENSI DELL’ARTICOLO 16 DELLA L.R. 11/1998. CONTRODEDUZIONI ALLE OSSERVAZIONI.",
             "attendees": ISS_CC, "president": {"role": "Sindaco", "name": "Luca BRUNOD"}, "secretary": ISS_SEG,
             "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0},
             "immediately_executive": False}},
    {"file": "consiglio-issogne-inva-30.pdf", "role": "act",
     "what": "Issogne Consiglio 30/2027, same sitting, opening roll, presence for the item restated (10), one re-enters at 21:50 before a unanimous vote; HTML printed by headless Chromium with a rotated publication stamp",
     "operative_points": 3,
     "act": {"municipality": "Comune di Issogne", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 30,
             "date": "2027-10-28", "time": "20:30",
             "subject": "APPROVAZIONE DELLA CONVENZIONE CON L’UNITÉ DES COMMUNES VALDÔTAINES ÉVANÇON PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE – TRIENNIO 2028/2030.",
             "attendees": ISS_CC, "president": {"role": "Sindaco", "name": "Luca BRUNOD"}, "secretary": ISS_SEG,
             "vote": "unanimous", "vote_counts": {"present": 11}, "immediately_executive": True}},
]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout)
        low = txt.lower()
        a = k["act"]
        checks = []   # (label, string, exact)
        checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for p in a.get("attendees", []):
            checks.append(("attendee", p["name"], False))
            checks.append(("role", p["role"], False))
        for f in ("president", "secretary"):
            for sub in ("title", "role", "name"):
                if sub in a.get(f, {}):
                    checks.append((f + "." + sub, a[f][sub], False))
        checks.append(("number", str(a["number"]), True))
        checks.append(("date", dmy(a["date"]), True))
        if "proposal_date" in a:
            checks.append(("proposal_date", dmy(a["proposal_date"]), True))
        if "proposal_number" in a:
            checks.append(("proposal_number", str(a["proposal_number"]), True))
        if "time" in a:
            checks.append(("time", a["time"], True))
        for label, s, exact in checks:
            s2 = norm(s)
            ok = (s2 in txt) if exact else (s2.lower() in low)
            if not ok:
                print(f"MISS {k['file']}: {label}: {s2!r}")
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
