#!/usr/bin/env python3
"""Writes ../keys.json for set mix-127-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; runs of three or more
underscores, the blanks of a filled-in form, count as white space). Subjects
must be found exactly; organs, offices, names, roles and titles without
regard to case. Numbers, dates and times must be printed in one of their
usual forms. Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def P(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-arnara-urbi.pdf", "role": "act",
     "what": "Giunta Comunale deliberation n. 18 of 07/03/2028 (Urbi-like grid header, roll table, running foot with the number and page): HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": "Comune di Arnara", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 18, "date": "2028-03-07", "time": "12:30",
             "proposal_number": 24, "proposal_date": "2028-03-02", "proposing_office": "Area Amministrativa",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO DI ARNARA PER LA GESTIONE DEL CENTRO DI AGGREGAZIONE GIOVANILE \"LA TORRE\" - PERIODO 2028/2031.",
             "attendees": [P("LIBURDI DARIO", "SINDACO"), P("CAPPELLA SIMONA", "VICESINDACO"), P("TERSIGNI MARCO", "ASSESSORE", False)],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Dario Liburdi"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Ceccarelli"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-arnara-urbi.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, Reg. Gen. n. 71 of 08/03/2028, Registro di Area n. 19 of 06/03/2028, in a grid under the Area; .docx (python-docx) exported by LibreOffice Writer, letterhead in the page header, page-number fields in the foot",
     "operative_points": 5,
     "act": {"municipality": "Comune di Arnara", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 71, "sector_number": 19, "date": "2028-03-08", "proposal_number": 23,
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE PER IL PERIODO APRILE - DICEMBRE 2028 ALLA DITTA ELETTROSERVICE CIOCIARIA S.R.L. - IMPEGNO DI SPESA - CIG B7A41C93E2"}},
    {"file": "ordinanza-arnara-urbi.pdf", "role": "act",
     "what": "ordinanza sindacale n. 7 of 09/03/2028 on burning crop residues: ReportLab platypus, justified with Tw, the protocol's stamp printed up the left margin (rotated 90 degrees), running foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Arnara", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2028-03-09",
             "subject": "Disciplina degli abbruciamenti di residui vegetali agricoli e forestali e misure di prevenzione degli incendi boschivi e di interfaccia \u2013 anno 2028."}},
    {"file": "certificato-arnara-urbi.pdf", "role": "certificate",
     "what": "certificate of publication (Reg. Pubbl. n. 318) of Giunta deliberation n. 16 of 02/03/2028: a pre-printed module with blanks of underscores filled in Courier just above the blanks, fpdf2",
     "act": {"municipality": "Comune di Arnara", "kind": "attestazione", "number": 16, "date": "2028-03-02",
             "subject": "APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI CULTURALI E TURISTICHE PER L'ANNO 2028 E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DELL'AREA AMMINISTRATIVA"}},
    {"file": "deliberazione-maschito-halley.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation n. 6 of 10-03-2028, Halley-like copy with the roll in two columns and votes 7-2: plain troff (groff -Tps) through ps2pdf, running foot with the number",
     "operative_points": 3,
     "act": {"municipality": "Comune di Maschito", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 6, "date": "2028-03-10", "time": "18:00",
             "subject": "APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO COMUNALE PER L\u2019APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA.",
             "attendees": [P("PIETRAGALLA ANTONIO", "Sindaco"), P("COLANGELO ROCCO", "Consigliere"),
                           P("SCHIAVONE MARIA TERESA", "Consigliere"), P("LORUSSO GIUSEPPE", "Consigliere"),
                           P("CARLUCCI DONATO", "Consigliere", False), P("DI NOIA CARMELA", "Consigliere"),
                           P("MANGIERI VITO", "Consigliere"), P("TROIANO FILOMENA", "Consigliere"),
                           P("ZACCAGNINO NICOLA", "Consigliere", False), P("BUCCINO LUCIA", "Consigliere"),
                           P("RUSSO MICHELE", "Consigliere")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Pietragalla"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Francesco Lapenta"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-maschito-halley.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria (Servizio Tributi), n. 31 of 07-03-2028 of the Area's register, Reg. Gen. n. 112 of 08-03-2028: an 80-column Courier report printed by enscript with a running head carrying the number, ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Maschito", "organ": "Area Economico-Finanziaria", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 112, "sector_number": 31, "date": "2028-03-08",
             "subject": "RIMBORSO DELL\u2019IMPOSTA MUNICIPALE PROPRIA (IMU) ANNUALITA\u2019 2025 VERSATA E NON DOVUTA - CONTRIBUENTE POSIZIONE N. 1487 - LIQUIDAZIONE."}},
    {"file": "decreto-maschito-halley.pdf", "role": "act",
     "what": "decreto of the Sindaco n. 3 of 06-03-2028 appointing the head of the Area Tecnica: pdfLaTeX (Times, no space characters, the euro sign from eurosym extracts as 'e')",
     "operative_points": 4,
     "act": {"municipality": "Comune di Maschito", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2028-03-06",
             "subject": "Nomina del Responsabile dell\u2019Area Tecnica e attribuzione dell\u2019incarico di Elevata Qualificazione ai sensi dell\u2019art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267 \u2013 periodo 01-04-2028 / 31-12-2028."}},
    {"file": "avviso-maschito-halley.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Area Amministrativa (prot. n. 1398 of 09-03-2028) for allotments: HTML printed by wkhtmltopdf, 'RENDE NOTO' letter-spaced by CSS",
     "act": {"municipality": "Comune di Maschito", "office": "Area Amministrativa", "kind": "avviso", "date": "2028-03-09",
             "subject": "AVVISO PUBBLICO PER L'ASSEGNAZIONE IN COMODATO D'USO DI ORTI SOCIALI COMUNALI IN LOCALIT\u00c0 FONTANA VECCHIA \u2013 ANNO 2028"}},
    {"file": "deliberazione-spormaggiore-civilia.pdf", "role": "act",
     "what": "Giunta comunale verbale n. 21 of 8 March 2028 (date in words on the cover, 'di data' in page 2's running head): ReportLab canvas with every glyph placed alone (Tm + Tj per character, no spaces), letterhead, running head and signatures in Form XObjects drawn out of reading order",
     "operative_points": 5,
     "act": {"municipality": "Comune di Spormaggiore", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 21, "date": "2028-03-08", "time": "18:30",
             "subject": "Lavori di riqualificazione energetica dell'edificio della scuola primaria. Approvazione in linea tecnica ed economica del progetto esecutivo. CUP G47H27000340005.",
             "attendees": [P("SANTUARI ANDREA", "Sindaco"), P("VIOLA ELENA", "Vicesindaco"),
                           P("ZENI MARCO", "Assessore"), P("DALPIAZ SILVIA", "Assessore", False)],
             "president": {"title": "signor", "role": "Sindaco", "name": "Andrea Santuari"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Stefano Chini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-spormaggiore-civilia.pdf", "role": "act",
     "what": "determinazione of the Servizio tecnico n. 37 di data 7 marzo 2028: ReportLab platypus, justified with Tw, the heading letter-spaced with Tc, running head and foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Spormaggiore", "organ": "Servizio Tecnico", "office": "Ufficio Lavori pubblici e patrimonio",
             "kind": "determinazione", "number": 37, "date": "2028-03-07",
             "subject": "Lavori di manutenzione straordinaria della strada comunale per la località Maurina. Affidamento all'ing. Matteo Bertolini dell'incarico di coordinamento della sicurezza in fase di esecuzione e impegno di spesa. CIG B8C27F10D4."}},
    {"file": "convocazione-spormaggiore-civilia.pdf", "role": "notice",
     "what": "the Sindaco's letter (prot. n. 1402/2.8 of 9 March 2028) convening the Consiglio comunale for 16 March 2028 with a six-item agenda: .docx (python-docx) exported by LibreOffice Writer",
     "act": {"municipality": "Comune di Spormaggiore", "kind": "convocazione", "date": "2028-03-09",
             "subject": "Convocazione del Consiglio comunale in seduta ordinaria"}},
    {"file": "certificato-spormaggiore-civilia.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation n. 20 di data 6 marzo 2028, signed 9 March 2028: a content stream written by hand with pikepdf (Tw justification, Tc heading, letterhead Form XObject drawn after the body, the Albo's stamp turned 12 degrees)",
     "act": {"municipality": "Comune di Spormaggiore", "kind": "attestazione", "number": 20, "date": "2028-03-06",
             "subject": "Concessione di un contributo straordinario al Corpo dei Vigili del Fuoco volontari di Spormaggiore per l'acquisto di attrezzature di soccorso."}},
]

MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = text_of(path)
        low = txt.lower()
        a = k["act"]

        def need(label, s, exact=False):
            nonlocal misses
            s = norm(s)
            ok = (s in txt) if exact else (s.lower() in low)
            if not ok:
                print("MISS %s %s: %r" % (k["file"], label, s)); misses += 1

        need("subject", a["subject"], exact=True)
        need("municipality", a["municipality"])
        for f in ("organ", "office", "proposing_office"):
            if f in a:
                need(f, a[f])
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    need("%s.%s" % (who, f), a[who][f])
        for at in a.get("attendees", []):
            need("attendee", at["name"]); need("attendee role", at["role"])
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<![\d/.-])%d(?![\d])" % a[f], txt):
                print("MISS %s %s: %d" % (k["file"], f, a[f])); misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                forms = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y), "%s.%s.%s" % (d, m, y),
                         "%d %s %s" % (int(d), MESI[int(m) - 1], y)]
                if not any(fm in low for fm in forms):
                    # a date printed in words only ("addì otto del mese di marzo") is checked by hand
                    print("MISS %s %s: %s" % (k["file"], f, a[f])); misses += 1
        if "time" in a:
            hh, mm = a["time"].split(":")
            if not any(t in txt for t in ("%s:%s" % (hh, mm), "%s.%s" % (hh, mm))):
                print("MISS %s time: %s" % (k["file"], a["time"])); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
