#!/usr/bin/env python3
"""Writes keys.json for set mix-116-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects must be
found exactly as keyed; municipality, organ, office, roles and titles
without regard to case or the shape of the apostrophe, as the keys are
scored. Numbers, dates (dd/mm/yyyy) and times must be printed too.
Exits 1 on any miss."""
import json, os, re, subprocess, sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

GAMBASSI = "Comune di Gambassi Terme"
BAULADU = "Comune di Bauladu"
APICE = "Comune di Apice"
S_G41 = ("Approvazione del progetto “Estate Ragazzi 2027” e delle tariffe di compartecipazione al servizio. "
         "Indirizzi al Responsabile dell’Area Servizi alla Persona.")
S_A38 = ("Approvazione dello schema di rendiconto della gestione per l’esercizio finanziario 2026 e della "
         "relazione illustrativa della Giunta Comunale.")


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-gambassiterme-civilianext.pdf", "role": "act",
     "what": "Giunta minute n. 41 with a ruled roll, proposal grid and @page running heads; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": GAMBASSI, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 41, "date": "2027-04-13", "time": "12:30",
             "proposal_number": 58, "proposal_date": "2027-04-08",
             "proposing_office": "Area Servizi alla Persona",
             "subject": S_G41,
             "attendees": [att("CIONI Marco", "Sindaco"), att("FRANCHI Elena", "Vicesindaco"),
                           att("MANNUCCI Stefano", "Assessore"), att("GIGLIOLI Sara", "Assessore", False),
                           att("BELLUCCI Tommaso", "Assessore")],
             "president": {"title": "Dott.", "role": "Sindaco", "name": "Marco Cioni"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Lucia Pescini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-gambassiterme-civilianext.pdf", "role": "act",
     "what": "Area Tecnica determinazione (general and Area registers), ReportLab: justified with Tw, title letter-spaced with Tc, running head and foot with the number",
     "operative_points": 5,
     "act": {"municipality": GAMBASSI, "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 187, "sector_number": 52, "date": "2027-04-14",
             "subject": ("Lavori di manutenzione straordinaria della copertura della palestra comunale di Via "
                         "Volterrana – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. "
                         "36/2023 alla ditta Edil Valdelsa S.r.l. – CUP J73H26000410004 – CIG B7C41D2E09.")}},
    {"file": "avviso-gambassiterme-civilianext.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Area Servizi alla Persona; python-docx exported by LibreOffice Writer, header table with crest, letter-spaced office line",
     "act": {"municipality": GAMBASSI, "office": "Area Servizi alla Persona", "kind": "avviso",
             "date": "2027-04-15",
             "subject": ("AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE "
                         "DILETTANTISTICHE PER L’ATTIVITÀ SVOLTA NELLA STAGIONE 2026/2027")}},
    {"file": "certificato-gambassiterme-civilianext.pdf", "role": "certificate",
     "what": "certificate of publication of G.C. 41/2027: a printed form of underscore blanks filled in another face over them; fpdf2",
     "act": {"municipality": GAMBASSI, "kind": "attestazione", "number": 41, "date": "2027-04-13",
             "subject": S_G41}},
    {"file": "deliberazione-bauladu-halley.pdf", "role": "act",
     "what": "Consiglio minute n. 9, roll in two columns, majority vote with counts; plain troff (groff -Tps) through ps2pdf, justified, running head by trap",
     "operative_points": 3,
     "act": {"municipality": BAULADU, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 9, "date": "2027-04-14", "time": "18:30",
             "subject": ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEI LOCALI E DELLE "
                         "ATTREZZATURE DI PROPRIETÀ COMUNALE."),
             "attendees": [att("PIRAS Giovanni", "Sindaco"), att("MURA Francesca", "Consigliere"),
                           att("SANNA Antonio", "Consigliere"), att("MELIS Gianfranco", "Consigliere"),
                           att("LOI Efisio", "Consigliere"), att("ORRÙ Paolo", "Consigliere"),
                           att("DEIANA Roberto", "Consigliere"), att("CADEDDU Maria Grazia", "Consigliere", False),
                           att("ATZORI Luca", "Consigliere"), att("SERRA Ilaria", "Consigliere"),
                           att("CONGIU Sara", "Consigliere", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Giovanni Piras"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Maria Antonietta Porcu"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-bauladu-halley.pdf", "role": "act",
     "what": "Area Finanziaria determinazione as an 80-column Courier report (enscript, running head with number and page), table of refunds",
     "operative_points": 4,
     "act": {"municipality": BAULADU, "organ": "Area Finanziaria", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 96, "sector_number": 21, "date": "2027-04-15",
             "subject": ("RIMBORSO A CONTRIBUENTI DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE "
                         "PROPRIA (IMU) ANNO 2025 - IMPEGNO E LIQUIDAZIONE DI SPESA.")}},
    {"file": "ordinanza-bauladu-halley.pdf", "role": "act",
     "what": "Sindaco's ordinanza n. 4: hand-written content streams (pikepdf), every glyph placed alone with its own Tm and no spaces, justified by moving glyphs, the Albo stamp turned 90 degrees up the margin",
     "operative_points": 5,
     "act": {"municipality": BAULADU, "organ": "Sindaco", "kind": "ordinanza", "number": 4,
             "date": "2027-04-16",
             "subject": ("Prescrizioni per la prevenzione degli incendi nei terreni incolti, nelle aree private e "
                         "nelle aree di pertinenza dei fabbricati – Campagna antincendio 2027.")}},
    {"file": "convocazione-bauladu-halley.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio for 29/04/2027 with its agenda; HTML through wkhtmltopdf",
     "act": {"municipality": BAULADU, "kind": "convocazione", "date": "2027-04-15",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria."}},
    {"file": "deliberazione-apice-hypersic.pdf", "role": "act",
     "what": "Giunta minute n. 38, numbered roll in two side-by-side tables; pdfLaTeX (glyphs set by TeX, no space characters), fancyhdr running head",
     "operative_points": 5,
     "act": {"municipality": APICE, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 38, "date": "2027-04-15", "time": "13:00",
             "proposal_number": 45, "proposal_date": "2027-04-10",
             "proposing_office": "Settore Economico-Finanziario",
             "subject": S_A38,
             "attendees": [att("ZOLLO Angelo", "Sindaco"), att("CAPOZZI Maria Rosaria", "Vice Sindaco"),
                           att("PETRUCCIANI Nicola", "Assessore"), att("IANNELLI Antonietta", "Assessore", False),
                           att("DI BLASIO Gerardo", "Assessore")],
             "president": {"title": "Avv.", "role": "Sindaco", "name": "Angelo Zollo"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Raffaele Cusano"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-apice-hypersic.pdf", "role": "act",
     "what": "Settore Amministrativo determinazione; ReportLab with letterhead, register grid and foot as Form XObjects drawn after the body (out of reading order)",
     "operative_points": 4,
     "act": {"municipality": APICE, "organ": "Settore Amministrativo", "office": "Servizio Pubblica Istruzione",
             "kind": "determinazione", "number": 212, "sector_number": 64, "date": "2027-04-14",
             "subject": ("Servizio di refezione scolastica a.s. 2026/2027 – Liquidazione della fattura n. 118/PA "
                         "del 31/03/2027 alla ditta Sannio Ristorazione S.r.l. per il mese di marzo 2027 – CIG "
                         "B3F7A21C05.")}},
    {"file": "decreto-apice-hypersic.pdf", "role": "act",
     "what": "decreto del Sindaco n. 7 (nomina of a Responsabile di Settore); flat ODF exported by LibreOffice Writer, header table with register grid, letter-spaced title, footer field",
     "operative_points": 5,
     "act": {"municipality": APICE, "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2027-04-12",
             "subject": ("Conferimento dell’incarico di Elevata Qualificazione e nomina del Responsabile del "
                         "Settore Tecnico-Manutentivo per il periodo dal 15/04/2027 al 31/12/2027.")}},
    {"file": "certificato-apice-hypersic.pdf", "role": "certificate",
     "what": "relata di pubblicazione of G.C. 38/2027 with attestation of executivity, 80-column Courier (a2ps)",
     "act": {"municipality": APICE, "kind": "attestazione", "number": 38, "date": "2027-04-15",
             "subject": S_A38}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).lower().replace("’", "'").replace("‘", "'")


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True, check=True).stdout
        exact, low = norm(txt), loose(txt)
        a = k["act"]
        checks = []
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for fld in ("municipality", "organ", "office", "proposing_office"):
            if fld in a:
                checks.append((fld, a[fld], False))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], True))
            checks.append(("attendee %d role" % i, p["role"], False))
        for who in ("president", "secretary"):
            for fld, v in a.get(who, {}).items():
                checks.append(("%s %s" % (who, fld), v, fld == "name"))
        if "date" in a:
            y, m, d = a["date"].split("-")
            checks.append(("date", "%s/%s/%s" % (d, m, y), True))
        if "proposal_date" in a:
            y, m, d = a["proposal_date"].split("-")
            checks.append(("proposal_date", "%s/%s/%s" % (d, m, y), True))
        if "time" in a:
            checks.append(("time", a["time"], True))
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a and not re.search(r"(?<!\d)%d(?!\d)" % a[fld], exact):
                print("MISS %s: %s %r" % (k["file"], fld, a[fld])); misses += 1
        for what, val, is_exact in checks:
            ok = norm(val) in exact if is_exact else loose(val) in low
            if not ok:
                print("MISS %s: %s %r" % (k["file"], what, val)); misses += 1
    print("%d keys, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
