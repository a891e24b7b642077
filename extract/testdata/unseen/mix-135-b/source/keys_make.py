#!/usr/bin/env python3
"""Writes ../keys.json for set mix-135-b and checks that every keyed string
(municipality, organ, proposing office, subject, attendees' names and roles,
president's and secretary's title, role and name) is found, whitespace
collapsed, in `pdftotext -layout` of its PDF. Exits 1 on a miss.

The keys were written by reading the printed PDFs; they are typed out here
by hand, not taken from the generators."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


MF = "Comune di Monteforte Irpino"
SB = "Comune di San Bartolomeo al Mare"
SG = "Comune di San Giorgio Ionico"
CAPONE = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Anna Maria Capone"}
ROLLANDI = {"title": "dott.", "role": "Segretario Comunale", "name": "Marco Rollandi"}
TAGLIENTE = {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "LUCIA TAGLIENTE"}
MAFFEI = {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Rocco Maffei"}
ANCORA = {"title": "SIG.", "role": "PRESIDENTE DEL CONSIGLIO COMUNALE", "name": "COSIMO ANCORA"}

keys = [
    {
        "file": "giunta142-monteforteirpino-halley.pdf", "role": "act",
        "what": "Giunta deliberation 142/2028 approving the draft budget and DUP, Halley Word model "
                "(python-docx) exported by LibreOffice Writer; ruled roll with Presente/Assente X columns",
        "operative_points": 4,
        "act": {
            "municipality": MF, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 142, "date": "2028-11-14", "time": "13:00",
            "proposal_number": 158, "proposal_date": "2028-11-09",
            "proposing_office": "AREA ECONOMICO-FINANZIARIA",
            "subject": "APPROVAZIONE DELLO SCHEMA DEL BILANCIO DI PREVISIONE FINANZIARIO 2029-2031 E DELLA "
                       "NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2029-2031.",
            "attendees": [A("SIRIGNANO Gerardo", "Sindaco"), A("IANNACCONE Rosaria", "Vice Sindaco"),
                          A("PICARIELLO Carmine", "Assessore"), A("D'ARGENIO Francesca", "Assessore", False),
                          A("TROISI Alfonso", "Assessore"), A("CUCCINIELLO Maria Teresa", "Assessore")],
            "president": {"title": "dott.", "role": "Sindaco", "name": "Gerardo Sirignano"},
            "secretary": CAPONE,
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta147-monteforteirpino-halley.pdf", "role": "act",
        "what": "Giunta deliberation 147/2028 (Christmas events, grant to the Pro Loco), Halley report "
                "engine imitated with ReportLab: lines justified with Tw, title letter-spaced with Tc, roll "
                "two members a line read across with P/A, running foot; the Vice Sindaco presides",
        "operative_points": 3,
        "act": {
            "municipality": MF, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 147, "date": "2028-11-21", "time": "12:30",
            "proposal_number": 165, "proposal_date": "2028-11-17",
            "proposing_office": "AREA AMMINISTRATIVA - SERVIZI SOCIALI E CULTURA",
            "subject": "ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI NATALIZIE “NATALE A "
                       "MONTEFORTE 2028” E CONCESSIONE DI UN CONTRIBUTO ALLA PRO LOCO MONTEFORTE IRPINO.",
            "attendees": [A("SIRIGNANO Gerardo", "Sindaco", False), A("IANNACCONE Rosaria", "Vice Sindaco"),
                          A("PICARIELLO Carmine", "Assessore"), A("D'ARGENIO Francesca", "Assessore"),
                          A("TROISI Alfonso", "Assessore"), A("CUCCINIELLO Maria Teresa", "Assessore")],
            "president": {"title": "sig.ra", "role": "Vice Sindaco", "name": "Rosaria Iannaccone"},
            "secretary": CAPONE,
            "vote": "unanimous", "vote_counts": {"present": 5, "voters": 5, "in_favour": 5},
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio41-monteforteirpino-halley.pdf", "role": "act",
        "what": "Consiglio deliberation 41/2028 ratifying an urgent budget variation, Halley layout as "
                "HTML printed by headless Chromium; 17 members in a two-column table read down with "
                "Pres./Ass. X marks; @page running foot with the number",
        "operative_points": 3,
        "act": {
            "municipality": MF, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 41, "date": "2028-11-27", "time": "18:00",
            "subject": "RATIFICA DELLA DELIBERAZIONE DI GIUNTA COMUNALE N. 131 DEL 24/10/2028 AVENTE AD "
                       "OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2028-2030 (ART. 175, COMMA 4, "
                       "D.LGS. N. 267/2000).",
            "attendees": [A("SIRIGNANO Gerardo", "Sindaco"), A("IANNACCONE Rosaria", "Vice Sindaco"),
                          A("PICARIELLO Carmine", "Consigliere"), A("D'ARGENIO Francesca", "Consigliere"),
                          A("TROISI Alfonso", "Consigliere"), A("MAFFEI Rocco", "Presidente del Consiglio"),
                          A("CUCCINIELLO Maria Teresa", "Consigliere"), A("SANTORO Pellegrino", "Consigliere"),
                          A("ACIERNO Luisa", "Consigliere", False), A("FESTA Donato", "Consigliere"),
                          A("PESCATORE Giovanna", "Consigliere"), A("GIORDANO Michele", "Consigliere", False),
                          A("CAPOBIANCO Elvira", "Consigliere"), A("LANZETTA Raffaele", "Consigliere"),
                          A("TIRELLI Nicola", "Consigliere", False), A("VECCHIONE Sabrina", "Consigliere"),
                          A("DE FEO Antonio", "Consigliere")],
            "president": MAFFEI,
            "secretary": CAPONE,
            "vote": "majority",
            "vote_counts": {"present": 14, "voters": 14, "in_favour": 10, "against": 4, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio42-monteforteirpino-halley.pdf", "role": "act",
        "what": "Consiglio deliberation 42/2028 amending the canone unico regulation, Halley layout "
                "retyped in LaTeX (pdfTeX, no space characters, typographic apostrophes); present two a "
                "line read across, the absent listed apart after them; executive after publication",
        "operative_points": 4,
        "act": {
            "municipality": MF, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 42, "date": "2028-11-30", "time": "17:30",
            "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI "
                       "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE "
                       "(LEGGE N. 160/2019, ART. 1, COMMI 816-847).",
            "attendees": [A("SIRIGNANO Gerardo", "Sindaco"), A("IANNACCONE Rosaria", "Vice Sindaco"),
                          A("PICARIELLO Carmine", "Consigliere"), A("D’ARGENIO Francesca", "Consigliere"),
                          A("TROISI Alfonso", "Consigliere"), A("MAFFEI Rocco", "Presidente del Consiglio"),
                          A("CUCCINIELLO Maria Teresa", "Consigliere"), A("SANTORO Pellegrino", "Consigliere"),
                          A("FESTA Donato", "Consigliere"), A("PESCATORE Giovanna", "Consigliere"),
                          A("GIORDANO Michele", "Consigliere"), A("CAPOBIANCO Elvira", "Consigliere"),
                          A("LANZETTA Raffaele", "Consigliere"), A("VECCHIONE Sabrina", "Consigliere"),
                          A("DE FEO Antonio", "Consigliere"),
                          A("ACIERNO Luisa", "Consigliere", False), A("TIRELLI Nicola", "Consigliere", False)],
            "president": MAFFEI,
            "secretary": CAPONE,
            "vote": "majority",
            "vote_counts": {"present": 15, "voters": 12, "in_favour": 11, "against": 1, "abstained": 3},
            "immediately_executive": False,
        },
    },
    {
        "file": "giunta88-sanbartolomeoalmare-sicraweb.pdf", "role": "act",
        "what": "Giunta deliberation 88/2028 approving a storm emergency works report, Sicraweb layout "
                "as HTML printed by wkhtmltopdf (number/date/time box at right, letter-spaced organ "
                "heading, SI/NO roll), points as a bulleted list",
        "operative_points": 4,
        "act": {
            "municipality": SB, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 88, "date": "2028-11-09", "time": "11:00",
            "proposal_number": 104, "proposal_date": "2028-11-06",
            "proposing_office": "AREA TECNICA – LAVORI PUBBLICI",
            "subject": "Mareggiata del 2 e 3 novembre 2028 – Approvazione del verbale di somma urgenza e "
                       "della perizia giustificativa dei lavori di ripristino della passeggiata a mare e della "
                       "scogliera di protezione. CUP J57H28000910004.",
            "attendees": [A("ANFOSSI Davide", "Sindaco"), A("LANTERI Chiara", "Vice Sindaco"),
                          A("NOVARO Stefano", "Assessore", False), A("GHIGLIONE Paola", "Assessore")],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Davide Anfossi"},
            "secretary": ROLLANDI,
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta91-sanbartolomeoalmare-sicraweb.pdf", "role": "act",
        "what": "Giunta deliberation 91/2028 on parking tariffs for 2029, Sicraweb layout drawn by fpdf2 "
                "(running head with the number from page 2, Tc-spaced organ heading, Presente/Assente "
                "words in a ruled roll)",
        "operative_points": 5,
        "act": {
            "municipality": SB, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 91, "date": "2028-11-16", "time": "10:30",
            "proposal_number": 108, "proposal_date": "2028-11-13",
            "proposing_office": "AREA VIGILANZA E POLIZIA LOCALE",
            "subject": "Approvazione delle tariffe per la sosta a pagamento sulle aree di parcheggio comunali "
                       "e sul lungomare per l'anno 2029.",
            "attendees": [A("ANFOSSI Davide", "Sindaco"), A("LANTERI Chiara", "Vice Sindaco"),
                          A("NOVARO Stefano", "Assessore"), A("GHIGLIONE Paola", "Assessore")],
            "president": {"role": "Sindaco", "name": "Davide Anfossi"},
            "secretary": ROLLANDI,
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio27-sanbartolomeoalmare-sicraweb.pdf", "role": "act",
        "what": "Consiglio deliberation 27/2028 updating the civil protection plan, hand-written content "
                "streams (pikepdf): body glyphs placed one by one, letterhead and running head in Form "
                "XObjects painted after the body, blocks out of reading order, Albo stamp rotated in the "
                "left margin; roll under the headings Sindaco / Consiglieri, two a line read across",
        "operative_points": 3,
        "act": {
            "municipality": SB, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 27, "date": "2028-11-22", "time": "21:00",
            "subject": "Approvazione dell'aggiornamento del Piano comunale di protezione civile ai sensi "
                       "dell'art. 12 del D.Lgs. 2 gennaio 2018, n. 1.",
            "attendees": [A("ANFOSSI Davide", "Sindaco"),
                          A("LANTERI Chiara", "Consigliere"), A("NOVARO Stefano", "Consigliere"),
                          A("GHIGLIONE Paola", "Consigliere"), A("REVELLI Giorgio", "Consigliere"),
                          A("ORENGO Simona", "Consigliere"), A("ALLAVENA Luca", "Consigliere"),
                          A("GANDOLFO Marisa", "Consigliere"), A("BONAVIA Pietro", "Consigliere"),
                          A("CALVINI Elisa", "Consigliere", False), A("RAMELLA Franco", "Consigliere"),
                          A("SASSO Andrea", "Consigliere", False), A("BERTONE Giulia", "Consigliere")],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Davide Anfossi"},
            "secretary": ROLLANDI,
            "vote": "majority",
            "vote_counts": {"present": 11, "abstained": 1, "voters": 10, "in_favour": 8, "against": 2},
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio28-sanbartolomeoalmare-sicraweb.pdf", "role": "act",
        "what": "Consiglio deliberation 28/2028, budget variation applying restricted surplus, Sicraweb "
                "Writer model as flat ODF exported by LibreOffice; roll in a two-column section read down, "
                "role before each name; footer with page fields",
        "operative_points": 4,
        "act": {
            "municipality": SB, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 28, "date": "2028-11-29", "time": "20:45",
            "proposal_number": 36, "proposal_date": "2028-11-20",
            "proposing_office": "AREA FINANZIARIA",
            "subject": "Variazione al bilancio di previsione finanziario 2028/2030 e applicazione di quota "
                       "dell'avanzo di amministrazione vincolato (art. 175, comma 2, D.Lgs. n. 267/2000).",
            "attendees": [A("ANFOSSI Davide", "Sindaco"), A("LANTERI Chiara", "Consigliere"),
                          A("NOVARO Stefano", "Consigliere"), A("GHIGLIONE Paola", "Consigliere"),
                          A("REVELLI Giorgio", "Consigliere"), A("ORENGO Simona", "Consigliere"),
                          A("ALLAVENA Luca", "Consigliere"), A("GANDOLFO Marisa", "Consigliere"),
                          A("BONAVIA Pietro", "Consigliere"), A("CALVINI Elisa", "Consigliere"),
                          A("RAMELLA Franco", "Consigliere"), A("SASSO Andrea", "Consigliere"),
                          A("BERTONE Giulia", "Consigliere", False)],
            "president": {"title": "Sig.", "role": "Sindaco", "name": "Davide Anfossi"},
            "secretary": ROLLANDI,
            "vote": "majority",
            "vote_counts": {"present": 12, "voters": 12, "in_favour": 9, "against": 3, "abstained": 0},
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta201-sangiorgioionico-jserfin.pdf", "role": "act",
        "what": "Giunta deliberation 201/2028 (school catering, guidelines), J-Serfin 80-column report "
                "printed by enscript in Courier through ps2pdf (apostrophes come out as ’); roll two a "
                "line read across with SI/NO; running head with the number on every page",
        "operative_points": 4,
        "act": {
            "municipality": SG, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 201, "date": "2028-11-10", "time": "13:30",
            "proposal_number": 233, "proposal_date": "2028-11-07",
            "proposing_office": "AFFARI GENERALI E SERVIZI ALLA PERSONA",
            "subject": "AFFIDAMENTO IN CONCESSIONE DEL SERVIZIO DI REFEZIONE SCOLASTICA PER LE SCUOLE "
                       "DELL’INFANZIA E PRIMARIA - ANNI SCOLASTICI 2029/2030 - 2031/2032. ATTO DI INDIRIZZO.",
            "attendees": [A("QUARANTA Vito Nicola", "SINDACO"), A("D’ALO’ Annamaria", "VICE SINDACO"),
                          A("PIGNATELLI Cosimo", "ASSESSORE", False), A("LENTI Maria Grazia", "ASSESSORE"),
                          A("CARAMIA Giuseppe", "ASSESSORE"), A("SEMERARO Ilaria", "ASSESSORE")],
            "president": {"title": "AVV.", "role": "SINDACO", "name": "VITO NICOLA QUARANTA"},
            "secretary": TAGLIENTE,
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "giunta204-sangiorgioionico-jserfin.pdf", "role": "act",
        "what": "Giunta deliberation 204/2028 (social transport agreement), the same J-Serfin report "
                "spooled as plain troff in Courier (groff -Tps, ps2pdf); present listed, then the absent "
                "apart",
        "operative_points": 3,
        "act": {
            "municipality": SG, "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 204, "date": "2028-11-17", "time": "12:00",
            "proposal_number": 240, "proposal_date": "2028-11-14",
            "proposing_office": "AFFARI GENERALI E SERVIZI ALLA PERSONA",
            "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO \"MISERICORDIA "
                       "DI SAN GIORGIO IONICO\" PER IL SERVIZIO DI TRASPORTO SOCIALE DI PERSONE ANZIANE E CON "
                       "DISABILITA' - ANNO 2029.",
            "attendees": [A("QUARANTA VITO NICOLA", "SINDACO"), A("PIGNATELLI COSIMO", "ASSESSORE"),
                          A("LENTI MARIA GRAZIA", "ASSESSORE"), A("CARAMIA GIUSEPPE", "ASSESSORE"),
                          A("SEMERARO ILARIA", "ASSESSORE"), A("D'ALO' ANNAMARIA", "VICE SINDACO", False)],
            "president": {"title": "AVV.", "role": "SINDACO", "name": "VITO NICOLA QUARANTA"},
            "secretary": TAGLIENTE,
            "vote": "unanimous", "vote_counts": {"present": 5, "in_favour": 5},
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio52-sangiorgioionico-jserfin.pdf", "role": "act",
        "what": "Consiglio deliberation 52/2028 (last budget variation), J-Serfin 'stampa su modulo' by "
                "ReportLab: Courier glyphs placed one by one on a character grid, number/date/time/session "
                "filled in bold over underscores, roll two columns read down with SI/NO, protocol stamp "
                "rotated up the right margin",
        "operative_points": 3,
        "act": {
            "municipality": SG, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 52, "date": "2028-11-28", "time": "16:00",
            "proposal_number": 118, "proposal_date": "2028-11-17",
            "proposing_office": "ECONOMICO FINANZIARIO E TRIBUTI",
            "subject": "ULTIMA VARIAZIONE AL BILANCIO DI PREVISIONE 2028/2030 AI SENSI DELL'ART. 175, COMMA 3, "
                       "DEL D.LGS. N. 267/2000.",
            "attendees": [A("QUARANTA Vito Nicola", "SINDACO"), A("ANCORA Cosimo", "CONSIGLIERE"),
                          A("FORNARO Teresa", "CONSIGLIERE"), A("CAFORIO Angelo", "CONSIGLIERE", False),
                          A("RUGGIERI Pasquale", "CONSIGLIERE"), A("LACAITA Vincenza", "CONSIGLIERE"),
                          A("SCIALPI Domenico", "CONSIGLIERE"), A("STASI Rosanna", "CONSIGLIERE", False),
                          A("LOMARTIRE Gianluca", "CONSIGLIERE"), A("CAZZATO Antonella", "CONSIGLIERE"),
                          A("MARINO' Ciro", "CONSIGLIERE"), A("FISCHETTI Paola", "CONSIGLIERE", False),
                          A("NIGRO Francesco", "CONSIGLIERE"), A("CIRACI' Eleonora", "CONSIGLIERE"),
                          A("SPAGNULO Walter", "CONSIGLIERE"), A("D'AMICO Loredana", "CONSIGLIERE"),
                          A("ZACCARIA Giovanni", "CONSIGLIERE", False)],
            "president": ANCORA,
            "secretary": TAGLIENTE,
            "vote": "majority",
            "vote_counts": {"present": 13, "voters": 13, "in_favour": 9, "against": 4},
            "immediately_executive": True,
        },
    },
    {
        "file": "consiglio53-sangiorgioionico-jserfin.pdf", "role": "act",
        "what": "Consiglio deliberation 53/2028 (debt recognised after a judgment), second convocation, "
                "J-Serfin 80-column report printed by a2ps (hyphens come out as minus signs, apostrophes "
                "as ’); roll one a line with dotted leaders, role after the name, PRESENTE/ASSENTE",
        "operative_points": 4,
        "act": {
            "municipality": SG, "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 53, "date": "2028-11-30", "time": "09:30",
            "proposal_number": 121, "proposal_date": "2028-11-20",
            "proposing_office": "AFFARI LEGALI E CONTENZIOSO",
            "subject": "RICONOSCIMENTO DELLA LEGITTIMITA’ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA "
                       "DEL GIUDICE DI PACE DI TARANTO N. 1432/2028 AI SENSI DELL’ART. 194, COMMA 1, LETT. A), "
                       "DEL D.LGS. N. 267/2000.",
            "attendees": [A("QUARANTA VITO NICOLA", "SINDACO"), A("ANCORA COSIMO", "CONSIGLIERE"),
                          A("FORNARO TERESA", "CONSIGLIERE", False), A("CAFORIO ANGELO", "CONSIGLIERE", False),
                          A("RUGGIERI PASQUALE", "CONSIGLIERE"), A("LACAITA VINCENZA", "CONSIGLIERE"),
                          A("SCIALPI DOMENICO", "CONSIGLIERE"), A("STASI ROSANNA", "CONSIGLIERE", False),
                          A("LOMARTIRE GIANLUCA", "CONSIGLIERE"), A("CAZZATO ANTONELLA", "CONSIGLIERE"),
                          A("MARINO’ CIRO", "CONSIGLIERE", False), A("FISCHETTI PAOLA", "CONSIGLIERE"),
                          A("NIGRO FRANCESCO", "CONSIGLIERE", False), A("CIRACI’ ELEONORA", "CONSIGLIERE", False),
                          A("SPAGNULO WALTER", "CONSIGLIERE"), A("D’AMICO LOREDANA", "CONSIGLIERE"),
                          A("ZACCARIA GIOVANNI", "CONSIGLIERE", False)],
            "president": ANCORA,
            "secretary": TAGLIENTE,
            "vote": "majority",
            "vote_counts": {"present": 10, "abstained": 1, "voters": 9, "in_favour": 8, "against": 1},
            "immediately_executive": True,
        },
    },
]

# Roles keyed from a heading over a group: the heading prints the plural.
HEADING_FORMS = {("consiglio27-sanbartolomeoalmare-sicraweb.pdf", "Consigliere"): "Consiglieri"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    for k in keys:
        path = os.path.join(SET, k["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                  text=True, check=True).stdout)
        low = txt.lower()
        a = k["act"]
        checks = [("subject", a["subject"], True)]
        for f in ("municipality", "organ", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for who in ("president", "secretary"):
            for f in ("title", "role", "name"):
                if f in a.get(who, {}):
                    checks.append((f"{who}.{f}", a[who][f], False))
        for at in a.get("attendees", []):
            checks.append(("attendee", at["name"], False))
            role = HEADING_FORMS.get((k["file"], at["role"]), at["role"])
            checks.append(("attendee.role", role, False))
        # the municipality is printed as "COMUNE DI X"
        for what, s, exact in checks:
            s2 = norm(s)
            ok = (s2 in txt) if exact else (s2.lower() in low)
            if not ok:
                misses += 1
                print(f"MISS {k['file']}: {what}: {s2!r}")
        n_pres = sum(1 for at in a.get("attendees", []) if at["present"])
        vc = a.get("vote_counts", {})
        if "present" in vc and a.get("vote") == "majority" and vc["present"] != n_pres:
            print(f"NOTE {k['file']}: roll has {n_pres} present, vote_counts says {vc['present']}")
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(keys)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
