#!/usr/bin/env python3
"""Writes ../keys.json for set mix-119-c and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed).  Subjects
must be found exactly; municipality, organ, names, roles and titles without
regard to case (as the keys are compared).  A role keyed in the singular
for members a roll groups under a plural ("i Consiglieri ...", "gli
Assessori ...") is accepted where its plural is printed.  Exit status 1 on
any miss.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


M = "Comune di Montefalcone Appennino"
P_ = "Comune di Piansano"
C_ = "Comune di Cessole"
GC, CC = "Giunta Comunale", "Consiglio Comunale"

SEG_M = lambda t, n: {"title": t, "role": "Segretario Comunale", "name": n}
SEG_P = {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio LATINI"}
SEG_C = {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "OLIVIERI Patrizia"}
PRES_C = {"title": "Signor", "role": "Sindaco", "name": "BOGLIOLO Franco"}

KEYS = [
    # ------------------------------------------------------------ Montefalcone Appennino
    {"file": "giunta-montefalconeappennino-halley-41.pdf", "role": "act",
     "what": "Giunta minute n. 41/2027 in a Halley layout (ReportLab): prose roll with roles after the names, "
             "one Assessore absent; Tw-justified body, letterhead in a Form XObject drawn last, running foot",
     "operative_points": 3,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 41, "date": "2027-07-08",
             "time": "12:30", "proposal_number": 48, "proposal_date": "2027-07-02",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO MONTEFALCONE PER LA "
                        "GESTIONE DEL CENTRO VISITE DEL MONTE FALCONE - STAGIONE ESTIVA 2027",
             "attendees": [A("VITALI ERMANNO", "Sindaco"), A("CORRADINI LAURA", "Vice Sindaco"),
                           A("TEMPERINI GIUSEPPE", "Assessore", False)],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "VITALI ERMANNO"},
             "secretary": SEG_M("Dott.ssa", "ALESSANDRINI MARISA"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-montefalconeappennino-halley-43.pdf", "role": "act",
     "what": "Giunta minute n. 43/2027, urgent budget variation, Halley layout typed through fpdf2 (justified "
             "core fonts): roll grouped by role before the names, nobody absent",
     "operative_points": 4,
     "act": {"municipality": M, "organ": GC, "kind": "deliberazione", "number": 43, "date": "2027-07-15",
             "time": "13:00", "proposal_number": 51, "proposal_date": "2027-07-12",
             "proposing_office": "AREA FINANZIARIA",
             "subject": "VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI "
                        "DELL'ART. 175, COMMA 4, DEL D.LGS. N. 267/2000 - INTERVENTI DI SOMMA URGENZA SULLA "
                        "STRADA COMUNALE DELLA CROCE",
             "attendees": [A("Ermanno Vitali", "Sindaco"), A("Laura Corradini", "Vice Sindaco"),
                           A("Giuseppe Temperini", "Assessore")],
             "president": {"role": "Sindaco", "name": "Ermanno Vitali"},
             "secretary": SEG_M("dott.ssa", "Marisa Alessandrini"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-montefalconeappennino-halley-17.pdf", "role": "act",
     "what": "Consiglio minute n. 17/2027 (assestamento), Halley layout in ReportLab with the Albo's "
             "publication stamp rotated up the left margin; councillors grouped after 'i Consiglieri', one "
             "arriving late in brackets, three absent; majority vote with counts",
     "operative_points": 4,
     "act": {"municipality": M, "organ": CC, "kind": "deliberazione", "number": 17, "date": "2027-07-23",
             "time": "21:00",
             "subject": "ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE "
                        "2027/2029 (ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000)",
             "attendees": [A("Ermanno VITALI", "Sindaco"), A("Laura CORRADINI", "Consigliere"),
                           A("Giuseppe TEMPERINI", "Consigliere"), A("Simone ORAZI", "Consigliere"),
                           A("Federica LUCIANI", "Consigliere"), A("Marco PETRELLI", "Consigliere"),
                           A("Anna Maria SCARPONI", "Consigliere"), A("Alberto MARCONI", "Consigliere"),
                           A("Daniele FELICI", "Consigliere", False), A("Elisa GIOSTRA", "Consigliere", False),
                           A("Renzo CAPRIOTTI", "Consigliere", False)],
             "president": {"role": "Sindaco", "name": "Ermanno VITALI"},
             "secretary": SEG_M("dott.ssa", "Marisa ALESSANDRINI"),
             "vote": "majority",
             "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-montefalconeappennino-halley-18.pdf", "role": "act",
     "what": "Consiglio minute n. 18/2027 (regolamento impianti sportivi), Halley layout written as raw "
             "content streams with pikepdf: every glyph placed alone, no space characters, letter-spaced "
             "headings (Tc), letterhead Form XObject drawn last; not immediately executive",
     "operative_points": 3,
     "act": {"municipality": M, "organ": CC, "kind": "deliberazione", "number": 18, "date": "2027-07-30",
             "time": "18:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'USO DEGLI IMPIANTI SPORTIVI E DEL CAMPO "
                        "POLIVALENTE DI CONTRADA SAN PIETRO",
             "attendees": [A("VITALI Ermanno", "Sindaco"), A("CORRADINI Laura", "Consigliere"),
                           A("TEMPERINI Giuseppe", "Consigliere"), A("ORAZI Simone", "Consigliere"),
                           A("LUCIANI Federica", "Consigliere"), A("SCARPONI Anna Maria", "Consigliere"),
                           A("FELICI Daniele", "Consigliere"), A("GIOSTRA Elisa", "Consigliere"),
                           A("CAPRIOTTI Renzo", "Consigliere"), A("PETRELLI Marco", "Consigliere", False),
                           A("MARCONI Alberto", "Consigliere", False)],
             "president": {"role": "Sindaco", "name": "VITALI Ermanno"},
             "secretary": SEG_M("Dott.ssa", "ALESSANDRINI Marisa"),
             "vote": "unanimous",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0},
             "immediately_executive": False}},
    # ------------------------------------------------------------ Piansano
    {"file": "giunta-piansano-sicraweb-58.pdf", "role": "act",
     "what": "Giunta minute n. 58/2027 in a Sicraweb layout printed by Chromium: letter-spaced headings, "
             "running head with the number from page 2, Sindaco and 'gli Assessori' named in one sentence",
     "operative_points": 4,
     "act": {"municipality": P_, "organ": GC, "kind": "deliberazione", "number": 58, "date": "2027-07-06",
             "time": "17:00",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO AL COMITATO FESTEGGIAMENTI DI PIANSANO PER LA "
                        "FESTA DI MEZZA ESTATE 2027 - ATTO DI INDIRIZZO",
             "attendees": [A("Paolo BRUSCHINI", "Sindaco"), A("Chiara FALESIEDI", "Assessore"),
                           A("Luca MANCINELLI", "Assessore")],
             "president": {"role": "Sindaco", "name": "Paolo BRUSCHINI"},
             "secretary": SEG_P,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-piansano-sicraweb-61.pdf", "role": "act",
     "what": "Giunta minute n. 61/2027 (progetto di fattibilità, CUP), the Sicraweb HTML printed by "
             "wkhtmltopdf 0.12.6: roll as 'name - role' pairs, the Assessore absent",
     "operative_points": 3,
     "act": {"municipality": P_, "organ": GC, "kind": "deliberazione", "number": 61, "date": "2027-07-13",
             "time": "18:00",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
                        "SICUREZZA DI VIA DELLA MADONNA DEL RIPOSO - CUP E17H27000410004",
             "attendees": [A("Paolo BRUSCHINI", "Sindaco"), A("Chiara FALESIEDI", "Vice Sindaco"),
                           A("Luca MANCINELLI", "Assessore", False)],
             "president": {"role": "Sindaco", "name": "Paolo BRUSCHINI"},
             "secretary": SEG_P,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-piansano-sicraweb-20.pdf", "role": "act",
     "what": "Consiglio minute n. 20/2027 (ratifica), Chromium: those present listed 'name, role' in two "
             "columns after a prose lead-in, one entering late in brackets, the absent in the next sentence; "
             "presided by the Presidente del Consiglio; majority with abstentions",
     "operative_points": 2,
     "act": {"municipality": P_, "organ": CC, "kind": "deliberazione", "number": 20, "date": "2027-07-20",
             "time": "18:30",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 52 DEL 22/06/2027 AVENTE AD "
                        "OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2027/2029",
             "attendees": [A("BRUSCHINI Paolo", "Sindaco"), A("ZAPPAROLI Giulia", "Presidente del Consiglio"),
                           A("FALESIEDI Chiara", "Consigliere"), A("MANCINELLI Luca", "Consigliere"),
                           A("CECCARINI Fabio", "Consigliere"), A("SANTORI Massimo", "Consigliere"),
                           A("TASCIOTTI Irene", "Consigliere"), A("DE SANTIS Walter", "Consigliere"),
                           A("CHIATTI Valerio", "Consigliere"), A("PAPINI Roberta", "Consigliere", False),
                           A("PULCINELLI Sara", "Consigliere", False)],
             "president": {"role": "Presidente del Consiglio", "name": "Giulia ZAPPAROLI"},
             "secretary": SEG_P,
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "consiglio-piansano-sicraweb-21.pdf", "role": "act",
     "what": "Consiglio minute n. 21/2027 (classificazione acustica), the Sicraweb Word model (.docx by "
             "python-docx) exported by LibreOffice: roll grouped by role in one sentence with the count, "
             "Vice Segretario minuting, majority vote",
     "operative_points": 3,
     "act": {"municipality": P_, "organ": CC, "kind": "deliberazione", "number": 21, "date": "2027-07-29",
             "time": "19:00",
             "subject": "ADOZIONE DEL PIANO COMUNALE DI CLASSIFICAZIONE ACUSTICA DEL TERRITORIO AI SENSI DELLA "
                        "LEGGE REGIONALE LAZIO 3 AGOSTO 2001, N. 18",
             "attendees": [A("BRUSCHINI Paolo", "Sindaco"), A("ZAPPAROLI Giulia", "Presidente del Consiglio"),
                           A("FALESIEDI Chiara", "Consigliere"), A("MANCINELLI Luca", "Consigliere"),
                           A("CECCARINI Fabio", "Consigliere"), A("PAPINI Roberta", "Consigliere"),
                           A("SANTORI Massimo", "Consigliere"), A("TASCIOTTI Irene", "Consigliere"),
                           A("DE SANTIS Walter", "Consigliere"), A("CHIATTI Valerio", "Consigliere"),
                           A("PULCINELLI Sara", "Consigliera", False)],
             "president": {"role": "Presidente del Consiglio", "name": "ZAPPAROLI Giulia"},
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Serena MECHELLI"},
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    # ------------------------------------------------------------ Cessole
    {"file": "giunta-cessole-siscom-29.pdf", "role": "act",
     "what": "Giunta minute n. 29/2027, Siscom 80-column Courier report through enscript (header with the "
             "number, text justified by padding spaces, accents as apostrophes); date only in words and in "
             "the running head",
     "operative_points": 3,
     "act": {"municipality": C_, "organ": GC, "kind": "deliberazione", "number": 29, "date": "2027-07-02",
             "time": "11:00",
             "subject": "AFFIDAMENTO IN CONCESSIONE DEL SERVIZIO DI GESTIONE DEL PUNTO INFORMATIVO TURISTICO "
                        "DI PIAZZA ROMA - ATTO DI INDIRIZZO AL RESPONSABILE DEL SERVIZIO",
             "attendees": [A("BOGLIOLO Franco", "Sindaco"), A("GARBARINO Silvia", "Vice Sindaco"),
                           A("DELPIANO Enrico", "Assessore", False)],
             "president": PRES_C, "secretary": SEG_C,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-cessole-siscom-31.pdf", "role": "act",
     "what": "Giunta minute n. 31/2027, the same 80-column report in plain troff (groff -Tps, Courier, "
             "header/footer traps) and ps2pdf; roles before the names; groff prints ' as a right quote",
     "operative_points": 4,
     "act": {"municipality": C_, "organ": GC, "kind": "deliberazione", "number": 31, "date": "2027-07-16",
             "time": "10:30",
             "subject": "APPROVAZIONE DEL RENDICONTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER L\u2019ANNO "
                        "SCOLASTICO 2026/2027 E DETERMINAZIONE DELLE TARIFFE PER L\u2019ANNO SCOLASTICO 2027/2028",
             "attendees": [A("BOGLIOLO Franco", "Sindaco"), A("GARBARINO Silvia", "Vice Sindaco"),
                           A("DELPIANO Enrico", "Assessore")],
             "president": PRES_C, "secretary": SEG_C,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-cessole-siscom-12.pdf", "role": "act",
     "what": "Consiglio minute n. 12/2027, the 80-column report through a2ps and ps2pdf (a2ps header, title "
             "and footer with the number); roll with the role after a group of names, one arriving late, "
             "two absent; majority with abstentions",
     "operative_points": 4,
     "act": {"municipality": C_, "organ": CC, "kind": "deliberazione", "number": 12, "date": "2027-07-27",
             "time": "21:00",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 E VERIFICA DEL PERMANERE "
                        "DEGLI EQUILIBRI GENERALI DI BILANCIO (ART. 193 D.LGS. 267/2000)",
             "attendees": [A("BOGLIOLO Franco", "Sindaco"), A("GARBARINO Silvia", "Consigliere"),
                           A("DELPIANO Enrico", "Consigliere"), A("CAVALLERO Mauro", "Consigliere"),
                           A("NEGRO Lucia", "Consigliere"), A("BORMIDA Claudio", "Consigliere"),
                           A("SCAGLIONE Piergiorgio", "Consigliere"), A("PREGLIASCO Dario", "Consigliere"),
                           A("ARMANDO Luisa", "Consigliere"), A("TARDITO Elena", "Consigliere", False),
                           A("ROVERA Ivana", "Consigliere", False)],
             "president": PRES_C, "secretary": SEG_C,
             "vote": "majority",
             "vote_counts": {"present": 9, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "consiglio-cessole-siscom-13.pdf", "role": "act",
     "what": "Consiglio minute n. 13/2027 (revisore dei conti), the Siscom form filled over blanks of "
             "underscores, typeset by pdfLaTeX in Courier (alltt, fancyhdr running head)",
     "operative_points": 3,
     "act": {"municipality": C_, "organ": CC, "kind": "deliberazione", "number": 13, "date": "2027-07-27",
             "time": "21:00",
             "subject": "PRESA D\u2019ATTO DELLA NOMINA DEL REVISORE UNICO DEI CONTI PER IL TRIENNIO 2027/2030 E "
                        "DETERMINAZIONE DEL COMPENSO",
             "attendees": [A("BOGLIOLO Franco", "Sindaco"), A("GARBARINO Silvia", "Consigliere"),
                           A("DELPIANO Enrico", "Consigliere"), A("CAVALLERO Mauro", "Consigliere"),
                           A("NEGRO Lucia", "Consigliere"), A("BORMIDA Claudio", "Consigliere"),
                           A("SCAGLIONE Piergiorgio", "Consigliere"), A("PREGLIASCO Dario", "Consigliere"),
                           A("ARMANDO Luisa", "Consigliere"), A("TARDITO Elena", "Consigliere", False),
                           A("ROVERA Ivana", "Consigliere", False)],
             "president": PRES_C, "secretary": SEG_C,
             "vote": "unanimous",
             "vote_counts": {"present": 9, "voters": 9},
             "immediately_executive": True}},
]

TWO_COLUMN_ROLLS = {"consiglio-piansano-sicraweb-20.pdf"}
PLURAL = {"consigliere": "consiglieri", "assessore": "assessori", "consigliera": "consigliere"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return norm(out)


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

        def need(label, s, exact=False):
            nonlocal misses
            s = norm(s)
            ok = (s in t) if exact else (s.lower() in tl)
            if not ok:
                print("%s: %s not found: %r" % (k["file"], label, s))
                misses += 1

        def need_role(label, r):
            nonlocal misses
            r = norm(r).lower()
            if r in tl or (r in PLURAL and PLURAL[r] in tl):
                return
            print("%s: %s not found: %r" % (k["file"], label, r))
            misses += 1

        need("subject", a["subject"], exact=True)
        mun = a["municipality"]
        need("municipality", mun)
        need("organ", a["organ"])
        for key in ("office", "proposing_office"):
            if key in a:
                need(key, a[key])
        if "number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["number"], t):
            print("%s: number %d not found" % (k["file"], a["number"]))
            misses += 1
        for at in a.get("attendees", []):
            need("attendee", at["name"])
            need_role("role of " + at["name"], at["role"])
        for who in ("president", "secretary"):
            if who in a:
                p = a[who]
                need(who + " name", p["name"])
                need_role(who + " role", p["role"])
                if "title" in p:
                    need(who + " title", p["title"] + " " if p["title"][-1] == "." else p["title"])
        # the roll's names must all be in the same order as keyed (not for a roll in two columns,
        # whose reading order -- down the left column, then the right -- is not the layout text's)
        pos = -1
        for at in ([] if k["file"] in TWO_COLUMN_ROLLS else a.get("attendees", [])):
            i = tl.find(at["name"].lower(), pos + 1)
            if i < 0:
                i = tl.find(at["name"].lower())
            if i < pos:
                print("%s: attendee %s out of the keyed order" % (k["file"], at["name"]))
                misses += 1
            pos = max(pos, i)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
