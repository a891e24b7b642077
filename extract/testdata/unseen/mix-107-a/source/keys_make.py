#!/usr/bin/env python3
"""Writes keys.json for set mix-107-a and checks every keyed string against
`pdftotext -layout` of its PDF. Exits 1 on a miss.

Comparison: white space collapsed, case folded, apostrophes of any shape
made "'", and runs of three or more underscores (the blanks of a printed
form, over which values are filled) removed. Numbers, dates and times are
checked in the forms the documents print them (dd/mm/yyyy, "17 aprile
2026", hh:mm)."""
import json
import os
import re
import subprocess
import sys

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

Q = "Comune di Quinto di Treviso"
B = "Comune di Borgo San Lorenzo"
S = "Comune di Santu Lussurgiu"


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    # ---------------- Quinto di Treviso (Veneto) ----------------
    {"file": "deliberazione-quintoditreviso-civilianext.pdf", "role": "act",
     "what": "Giunta deliberation 48/2026 (PFTE of a cycle path), Civilia Next style: ReportLab platypus, "
             "justified with Tw, grid of labels over values, roll table, running head with the number on page 2",
     "operative_points": 4,
     "act": {"municipality": Q, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 48,
             "date": "2026-04-14", "time": "18:30", "proposal_number": 61, "proposal_date": "2026-04-09",
             "proposing_office": "Area Tecnica - Servizio Lavori Pubblici",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DEL PERCORSO CICLOPEDONALE LUNGO IL FIUME SILE IN VIA CANTON - CUP "
                        "J81B26000120004",
             "attendees": att([("BORTOLATO Michele", "Sindaco", True), ("ZANATTA Silvia", "Vicesindaco", True),
                               ("FAVARO Luca", "Assessore", False), ("PIVATO Elena", "Assessore", True),
                               ("BASSO Giorgio", "Assessore", True)]),
             "president": {"title": "arch.", "role": "Sindaco", "name": "Michele Bortolato"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Chiara Toffoletto"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-quintoditreviso-civilianext.pdf", "role": "act",
     "what": "determinazione R.G. 187 / Area 52 of the Area Tecnica (green maintenance, CIG), Civilia Next "
             "style: HTML printed by headless Chromium, letter-spaced heading, fixed running foot with the number",
     "operative_points": 5,
     "act": {"municipality": Q, "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 187, "sector_number": 52, "date": "2026-04-15",
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL "
                        "SERVIZIO DI MANUTENZIONE DEL VERDE NELLE AREE SCOLASTICHE PER IL PERIODO MAGGIO - "
                        "OTTOBRE 2026 ALLA DITTA VERDE SILE SOC. COOP. SOCIALE - CIG B7A41C9E02 - IMPEGNO DI SPESA."}},
    {"file": "decreto-quintoditreviso-civilianext.pdf", "role": "act",
     "what": "Decreto del Sindaco 7/2026 (appointment of the head of the finance Area), Civilia Next model: "
             ".docx by python-docx exported by LibreOffice Writer, letterhead in the page header, PAGE/NUMPAGES foot",
     "operative_points": 4,
     "act": {"municipality": Q, "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-04-16",
             "proposing_office": "Segreteria - Personale",
             "subject": "NOMINA DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA E CONFERIMENTO DELL'INCARICO DI "
                        "ELEVATA QUALIFICAZIONE PER IL PERIODO 01/05/2026 - 31/12/2026."}},
    {"file": "attestazione-quintoditreviso-civilianext.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 48/2026, fpdf2: a blank form of underscores "
             "with the values written over the blanks in Courier, after the form in the content stream",
     "act": {"municipality": Q, "kind": "attestazione", "number": 48, "date": "2026-04-14",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DEL PERCORSO CICLOPEDONALE LUNGO IL FIUME SILE IN VIA CANTON - CUP "
                        "J81B26000120004"}},
    # ---------------- Borgo San Lorenzo (Toscana) ----------------
    {"file": "deliberazione-borgosanlorenzo-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 23/2026 (regulation on the use of municipal halls), Sicraweb "
             "style: pdfLaTeX (Times), roll of 17 in two columns, majority vote, running head from page 2",
     "operative_points": 3,
     "act": {"municipality": B, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 23,
             "date": "2026-04-16", "time": "21:00", "proposal_number": 29, "proposal_date": "2026-04-02",
             "proposing_office": "Settore 1 - Affari Generali e Servizi al Cittadino",
             "subject": "Approvazione del Regolamento comunale per la concessione in uso temporaneo di locali e "
                        "sale di proprietà comunale.",
             "attendees": att([("GUALTIERI Marco", "Sindaco", True), ("BARTOLINI Lucia", "Consigliere", True),
                               ("MATTEINI Filippo", "Consigliere", True), ("CHITI Sara", "Consigliere", True),
                               ("FANTONI Giacomo", "Consigliere", True), ("BIAGIOTTI Elisa", "Consigliere", True),
                               ("LASTRUCCI Paolo", "Consigliere", True), ("NENCIONI Chiara", "Consigliere", True),
                               ("TADDEI Roberto", "Consigliere", False), ("VANNINI Martina", "Consigliere", True),
                               ("GIOVANNINI Tommaso", "Consigliere", True), ("PAOLIERI Giulia", "Consigliere", True),
                               ("BECATTINI Alessio", "Consigliere", True), ("MARRADI Francesca", "Consigliere", True),
                               ("CORSINI Daniele", "Consigliere", True), ("POGGIALI Irene", "Consigliere", False),
                               ("SCARPELLI Niccolò", "Consigliere", True)]),
             "president": {"role": "Presidente del Consiglio Comunale", "name": "Lucia Bartolini"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Fabrizio Innocenti"},
             "vote": "majority", "vote_counts": {"present": 15, "in_favour": 11, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-borgosanlorenzo-sicraweb.pdf", "role": "act",
     "what": "determinazione 312 (sector n. 78) of Settore 3 (emergency road works, CUP/CIG), Sicraweb style: "
             "HTML printed by wkhtmltopdf 0.12.6 (unpatched Qt, so no running foot), header box beside the Settore",
     "operative_points": 6,
     "act": {"municipality": B, "organ": "SETTORE 3 - LAVORI PUBBLICI E PATRIMONIO",
             "office": "Servizio Manutenzioni e Protezione Civile", "kind": "determinazione", "number": 312,
             "sector_number": 78, "date": "2026-04-15", "proposal_number": 401, "proposal_date": "2026-04-10",
             "subject": "LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DELLA VIABILITÀ DELLA STRADA COMUNALE DI "
                        "ARLIANO IN LOCALITÀ RONTA A SEGUITO DEGLI EVENTI METEOROLOGICI DEL 18-19 MARZO 2026 - "
                        "APPROVAZIONE PERIZIA E AFFIDAMENTO ALLA DITTA MUGELLO STRADE S.R.L. - CUP "
                        "D57H26000310004 - CIG B7C2D91F35."}},
    {"file": "convocazione-borgosanlorenzo-sicraweb.pdf", "role": "notice",
     "what": "the Presidente del Consiglio's convocation for 28/04/2026 with its agenda, typed in plain troff "
             "requests, groff PostScript through Ghostscript; justified, heading spaced letter by letter",
     "act": {"municipality": B, "kind": "convocazione", "date": "2026-04-17",
             "subject": "Convocazione del Consiglio Comunale in seduta ordinaria - martedì 28 aprile 2026, ore 21:00."}},
    {"file": "ordinanza-borgosanlorenzo-sicraweb.pdf", "role": "act",
     "what": "Ordinanza 41/2026 of the Sindaco (park closed for falling branches): hand-written content stream "
             "(pikepdf), every glyph placed alone with its own Tm, no space characters, justified by the gaps; "
             "letterhead, signature and a publication stamp rotated up the margin as Form XObjects drawn out of order",
     "operative_points": 3,
     "act": {"municipality": B, "organ": "Sindaco", "kind": "ordinanza", "number": 41, "date": "2026-04-16",
             "subject": "Interdizione temporanea dell'area giochi e dei vialetti del parco di Villa Pecori Giraldi "
                        "per pericolo di caduta di rami e alberature."}},
    # ---------------- Santu Lussurgiu (Sardegna) ----------------
    {"file": "deliberazione-santulussurgiu-halley.pdf", "role": "act",
     "what": "Giunta deliberation 31/2026 (LavoRas work site), Halley-like 80-column Courier report by "
             "enscript + Ghostscript, roll in two columns, running head with the number, F.TO signatures, "
             "publication certificate at the foot",
     "operative_points": 3,
     "act": {"municipality": S, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31,
             "date": "2026-04-15", "time": "13:15", "proposal_number": 38, "proposal_date": "2026-04-10",
             "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE PROGETTO \"CANTIERE DI NUOVA ATTIVAZIONE\" - PROGRAMMA LAVORAS 2026 (L.R. 11 "
                        "GENNAIO 2018, N. 1, ART. 2) - ATTO DI INDIRIZZO AL RESPONSABILE DELL’AREA TECNICA.",
             "attendees": att([("MURA SALVATORE", "SINDACO", True), ("SECHI MARIA GRAZIA", "VICESINDACO", True),
                               ("ATZORI ANTONELLO", "ASSESSORE", False), ("PINNA VALENTINA", "ASSESSORE", True)]),
             "president": {"title": "SIG.", "role": "SINDACO", "name": "SALVATORE MURA"},
             "secretary": {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "GIANFRANCO LEDDA"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-santulussurgiu-halley.pdf", "role": "act",
     "what": "determinazione R.G. 203 / sector 64 of the Area Amministrativa (rent-support ranking), 80-column "
             "Courier by a2ps (cp850) + Ghostscript, running foot with the number, anonymised ranking on page 2",
     "operative_points": 4,
     "act": {"municipality": S, "organ": "AREA AMMINISTRATIVA E SOCIO-CULTURALE", "office": "SERVIZIO SOCIALE",
             "kind": "determinazione", "number": 203, "sector_number": 64, "date": "2026-04-16",
             "subject": "L. 431/1998, ART. 11 - FONDO NAZIONALE PER IL SOSTEGNO ALL’ACCESSO ALLE ABITAZIONI IN "
                        "LOCAZIONE - ANNUALITA’ 2025 - APPROVAZIONE GRADUATORIA PROVVISORIA DEI BENEFICIARI."}},
    {"file": "ordinanza-santulussurgiu-halley.pdf", "role": "act",
     "what": "Ordinanza del Sindaco 9/2026 (clearing of untilled land against fires), ReportLab canvas in "
             "Courier, every line justified by character spacing (Tc), letterhead and foot on both pages",
     "operative_points": 4,
     "act": {"municipality": S, "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-16",
             "subject": "PREVENZIONE DEGLI INCENDI - OBBLIGO DI PULIZIA DEI TERRENI INCOLTI, DEI LOTTI "
                        "INEDIFICATI E DELLE AREE DI PERTINENZA DEI FABBRICATI NEL CENTRO ABITATO E NELLE ZONE DI "
                        "INTERFACCIA URBANO-RURALE - ANNO 2026."}},
    {"file": "avviso-santulussurgiu-halley.pdf", "role": "notice",
     "what": "avviso pubblico for grants to associations, typed in Word on the Comune's letterhead "
             "(python-docx) and exported by LibreOffice Writer; title letter-spaced with expanded character spacing",
     "act": {"municipality": S, "organ": "AREA AMMINISTRATIVA E SOCIO-CULTURALE",
             "office": "Ufficio Cultura, Sport e Spettacolo", "kind": "avviso", "date": "2026-04-17",
             "subject": "Concessione di contributi ordinari alle associazioni culturali, sportive e di volontariato "
                        "per le attività dell'anno 2026"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u00b4", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True,
                          text=True).stdout


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{int(d)} {MONTHS[int(m) - 1]} {y}", f"{d}.{m}.{y}"]


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        t = norm(text_of(path))
        a = k["act"]
        want = []
        for f in ("municipality", "organ", "office", "subject", "proposing_office"):
            if f in a:
                v = a[f]
                if f == "municipality":
                    v = v.split(" di ", 1)[1]  # "COMUNE DI X" / "Comune di X"
                want.append((f, v))
        for p in a.get("attendees", []):
            want += [("attendee", p["name"]), ("attendee role", p["role"])]
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    if f in a[who]:
                        want.append((who + "." + f, a[who][f]))
        for f, v in want:
            if norm(v) not in t:
                print("MISS %s %s: %r" % (k["file"], f, v))
                misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], t):
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a and not any(norm(x) in t for x in date_forms(a[f])):
                print("MISS %s %s: %r" % (k["file"], f, a[f]))
                misses += 1
        if "time" in a and a["time"] not in t and a["time"].replace(":", ".") not in t:
            print("MISS %s time: %r" % (k["file"], a["time"]))
            misses += 1
    print("%d files, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
