#!/usr/bin/env python3
"""Writes ../keys.json for set mix-130-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects are matched exactly;
names, roles, organs, offices and the municipality without regard to case, as the
keys of ../../realdata-keys.NOTES.md are compared. Numbers and dates are looked for
too (date as dd/mm/yyyy, dd-mm-yyyy or with the minus sign a2ps prints). Exits 1 on
a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

ASCOLI = "Comune di Ascoli Satriano"
PRATA = "Comune di Prata di Pordenone"
MAGLIANO = "Comune di Magliano Sabina"
OGG_ASCOLI_71 = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE "
                 "DELL'AREA A VERDE ATTREZZATO DI VIA SAN POTITO - CUP D23D28000090006")

def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}

KEYS = [
 {"file": "deliberazione-ascolisatriano-cityware.pdf", "role": "act",
  "what": "Giunta Comunale deliberation 71/2028 in the Cityware house style (ReportLab platypus: justified by Tw, letter-spaced DELIBERA by Tc, running head and foot with the number)",
  "operative_points": 5,
  "act": {"municipality": ASCOLI, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 71,
          "date": "2028-06-06", "time": "12:30", "proposal_number": 98, "proposal_date": "2028-05-31",
          "proposing_office": "SETTORE III - LAVORI PUBBLICI, AMBIENTE E PATRIMONIO",
          "subject": OGG_ASCOLI_71,
          "attendees": [att("DI NUNNO Vincenzo", "Sindaco"), att("CAPUTO Maria Antonietta", "Vice Sindaco"),
                        att("LAMEDICA Giuseppe", "Assessore"), att("FRASCA Rosa", "Assessore", False),
                        att("PIACQUADIO Michele", "Assessore")],
          "president": {"title": "avv.", "role": "Sindaco", "name": "Vincenzo Di Nunno"},
          "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Lucia Mastrangelo"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-ascolisatriano-cityware.pdf", "role": "act",
  "what": "determinazione of Settore III, general register 402 of 07/06/2028, sector register 118 of 05/06/2028 (python-docx through LibreOffice Writer: header tables, numbered list, page field)",
  "operative_points": 6,
  "act": {"municipality": ASCOLI, "organ": "SETTORE III – LAVORI PUBBLICI, AMBIENTE E PATRIMONIO",
          "office": "Servizio Ambiente e Igiene Urbana", "kind": "determinazione", "number": 402,
          "sector_number": 118, "date": "2028-06-07",
          "subject": ("Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di "
                      "disinfestazione, derattizzazione e lotta alla zanzara tigre sul territorio comunale – stagione estiva "
                      "2028. Impegno di spesa. CIG B7F2A91C3D.")}},
 {"file": "ordinanza-ascolisatriano-cityware.pdf", "role": "act",
  "what": "ordinanza sindacale 19/2028 against stubble burning and for clearing land (HTML printed by headless Chromium: letter-spaced headings, page-margin boxes with the number)",
  "operative_points": 6,
  "act": {"municipality": ASCOLI, "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2028-06-08",
          "subject": ("Prevenzione degli incendi boschivi e di interfaccia. Divieto di abbruciamento delle stoppie e dei "
                      "residui vegetali e obblighi di pulizia dei terreni per la stagione estiva 2028.")}},
 {"file": "certificato-ascolisatriano-cityware.pdf", "role": "certificate",
  "what": "attestazione di pubblicazione of Giunta deliberation 71 of 06/06/2028, published 08/06-23/06/2028 as n. 1187 (fpdf2, core fonts, justified by Tw)",
  "act": {"municipality": ASCOLI, "kind": "attestazione", "number": 71, "date": "2028-06-06",
          "subject": OGG_ASCOLI_71}},
 {"file": "deliberazione-pratadipordenone-ascot.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation 24/2028 approving a regulation, 9 for and 3 against (pdfLaTeX: microtype letter-spaced letterhead, fancyhdr running head and foot, roll of 13 in two columns side by side)",
  "operative_points": 4,
  "act": {"municipality": PRATA, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 24,
          "date": "2028-06-08", "time": "20:30", "proposal_number": 27, "proposal_date": "2028-05-25",
          "proposing_office": "Area Amministrativa",
          "subject": ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLE SALE E DEGLI SPAZI DI "
                      "PROPRIETÀ COMUNALE."),
          "attendees": [att("ZANOLIN Dario", "Sindaco"), att("BOSCARIOL Michela", "Consigliere"),
                        att("CESCON Federico", "Consigliere"), att("DA ROS Paolo", "Consigliere"),
                        att("FAVRET Giulia", "Consigliere", False), att("GAVA Stefano", "Consigliere"),
                        att("MARSON Lisa", "Consigliere"), att("MORO Andrea", "Consigliere"),
                        att("PIVETTA Luca", "Consigliere"), att("SANTAROSSA Chiara", "Consigliere"),
                        att("TESOLIN Marco", "Consigliere"), att("VIAL Roberta", "Consigliere"),
                        att("ZAMPESE Nicola", "Consigliere")],
          "president": {"title": "sig.", "role": "Sindaco", "name": "Dario Zanolin"},
          "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Elena Pitton"},
          "vote": "majority",
          "vote_counts": {"present": 12, "voters": 12, "in_favour": 9, "against": 3, "abstained": 0},
          "immediately_executive": True}},
 {"file": "determinazione-pratadipordenone-ascot.pdf", "role": "act",
  "what": "determinazione 412/2028 of the Area Tecnica (content streams by hand with pikepdf: every glyph placed alone with no space characters, justified by position; letterhead, footer and signature box as Form XObjects drawn after the body)",
  "operative_points": 5,
  "act": {"municipality": PRATA, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 412, "date": "2028-06-07", "proposal_number": 455,
          "proposal_date": "2028-06-06",
          "subject": ("Lavori di manutenzione straordinaria della copertura della palestra della scuola primaria "
                      "\"G. Marconi\" di Prata di Sopra. Affidamento diretto dei lavori alla ditta Edilcoperture Livenza "
                      "S.r.l. e impegno di spesa. CUP G47B28000050004 - CIG B8C41E7A20.")}},
 {"file": "decreto-pratadipordenone-ascot.pdf", "role": "act",
  "what": "decreto del Sindaco 9/2028 conferring an Elevata Qualificazione post (HTML through wkhtmltopdf 0.12.6: letter-spaced letterhead, grey band with the number)",
  "operative_points": 5,
  "act": {"municipality": PRATA, "organ": "Sindaco", "office": "Ufficio Segreteria e Personale", "kind": "decreto",
          "number": 9, "date": "2028-06-05",
          "subject": ("Conferimento dell'incarico di Elevata Qualificazione per la responsabilità dell'Area "
                      "Economico-Finanziaria - periodo 01/07/2028 - 30/06/2029.")}},
 {"file": "avviso-pratadipordenone-ascot.pdf", "role": "notice",
  "what": "avviso pubblico (not numbered) opening enrolment for the 2028 summer centres (fpdf2: letterhead letter-spaced by Tc, justified by Tw)",
  "act": {"municipality": PRATA, "office": "AREA SERVIZI ALLA PERSONA", "kind": "avviso", "date": "2028-06-09",
          "subject": ("AVVISO PUBBLICO PER LE ISCRIZIONI AI CENTRI ESTIVI COMUNALI 2028 PER BAMBINI E RAGAZZI DAI 3 AI "
                      "14 ANNI")}},
 {"file": "deliberazione-maglianosabina-gestel.pdf", "role": "act",
  "what": "Giunta Comunale deliberation 38/2028 on a Pro Loco convention (plain troff through groff -Tps and ps2pdf: justified, running head by trap, roll of 4 in two columns by tabs, F.to signatures)",
  "operative_points": 4,
  "act": {"municipality": MAGLIANO, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38,
          "date": "2028-06-05", "time": "17:30", "proposal_number": 45, "proposal_date": "2028-05-30",
          "proposing_office": "AREA AMMINISTRATIVA",
          "subject": ("APPROVAZIONE SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE PRO LOCO DI MAGLIANO SABINA PER "
                      "L’ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2028 E CONCESSIONE DI CONTRIBUTO."),
          "attendees": [att("FELICI Marco", "Sindaco"), att("ANGELUCCI Paola", "Vice Sindaco"),
                        att("DE SANTIS Roberto", "Assessore"), att("ROSATI Valentina", "Assessore", False)],
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Marco Felici"},
          "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio Celani"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-maglianosabina-gestel.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, general register 214 of 07-06-2028, area register 61 of 06-06-2028 (80-column Courier report through a2ps and ps2pdf: hyphens drawn as minus signs, apostrophes as right quotes)",
  "operative_points": 5,
  "act": {"municipality": MAGLIANO, "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio",
          "kind": "determinazione", "number": 214, "sector_number": 61, "date": "2028-06-07",
          "subject": ("IMPEGNO DI SPESA E AFFIDAMENTO DEL SERVIZIO DI SFALCIO DELL’ERBA E MANUTENZIONE DEL VERDE "
                      "PUBBLICO NEL CAPOLUOGO E NELLE FRAZIONI PER IL PERIODO DA GIUGNO A OTTOBRE 2028. CIG B9D3E61F0A.")}},
 {"file": "convocazione-maglianosabina-gestel.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 14-06-2028 (ReportLab: a printed form of underscore blanks, the values typed in Courier over them later in the stream)",
  "act": {"municipality": MAGLIANO, "kind": "convocazione", "date": "2028-06-07",
          "subject": "Convocazione del Consiglio Comunale."}},
 {"file": "ordinanza-maglianosabina-gestel.pdf", "role": "act",
  "what": "ordinanza del Sindaco 12/2028 restricting drinking water (80-column Courier through enscript and ps2pdf, the Albo's publication stamp rotated up the left margin as a Form XObject laid over by pikepdf)",
  "operative_points": 3,
  "act": {"municipality": MAGLIANO, "organ": "Sindaco", "kind": "ordinanza", "number": 12, "date": "2028-06-09",
          "subject": ("LIMITAZIONE DELL’USO DELL’ACQUA POTABILE PER USI DIVERSI DA QUELLO DOMESTICO NEL PERIODO "
                      "ESTIVO 2028.")}},
]

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout)
        low = txt.lower()
        a = k["act"]
        checks = []
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for fld in ("municipality", "organ", "office", "proposing_office"):
            if fld in a:
                checks.append((fld, a[fld], False))
        for p in a.get("attendees", []):
            checks += [("attendee", p["name"], False), ("attendee role", p["role"], False)]
        for who in ("president", "secretary"):
            if who in a:
                for sub in ("title", "role", "name"):
                    if sub in a[who]:
                        checks.append((f"{who}.{sub}", a[who][sub], False))
        if "time" in a:
            hh, mm = a["time"].split(":")
            checks.append(("time", None, (rf"\b{int(hh)}[:.,]{mm}\b", rf"\b{hh}[:.,]{mm}\b")))
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a:
                checks.append((fld, None, (rf"\b{a[fld]}\b",)))
        for fld in ("date", "proposal_date"):
            if fld in a:
                y, m, d = a[fld].split("-")
                checks.append((fld, None, (rf"{d}[/\-\u2212]{m}[/\-\u2212]{y}",)))
        bad = []
        for name, val, how in checks:
            if val is None:
                if not any(re.search(rx, txt) for rx in how):
                    bad.append(f"{name} {how[0]}")
            elif how is True:
                if norm(val) not in txt:
                    bad.append(f"{name}: {val!r}")
            elif norm(val).lower() not in low:
                bad.append(f"{name}: {val!r}")
        # the member counts printed for the vote, if any
        vc = a.get("vote_counts")
        if vc and len(a.get("attendees", [])) < vc.get("present", 0):
            bad.append("vote_counts.present exceeds the roll")
        if a.get("attendees") and "vote_counts" in a:
            pres = sum(1 for p in a["attendees"] if p["present"])
            if pres != vc.get("present", pres):
                bad.append(f"roll has {pres} present, vote_counts {vc['present']}")
        status = "ok  " if not bad else "MISS"
        print(f"{status} {k['file']}" + "".join("\n       " + b for b in bad))
        misses += len(bad)
    if misses:
        print(f"{misses} miss(es)")
        sys.exit(1)
    print("all keyed strings found")

if __name__ == "__main__":
    main()
