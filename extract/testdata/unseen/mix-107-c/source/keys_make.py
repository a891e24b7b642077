#!/usr/bin/env python3
# Writes ../keys.json for set mix-107-c and checks every keyed string against
# `pdftotext -layout` of its PDF (white space collapsed). Subjects must be found
# exactly; municipality, organ, office, names, roles and titles without regard to
# case or to the shape of the apostrophe. The act's number, date and time must
# also be printed (date as dd/mm/yyyy, dd-mm-yyyy; time as hh:mm or hh.mm).
# Exits 1 on a miss.
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def P(name, role=None, present=True):
    d = {"name": name}
    if role:
        d["role"] = role
    d["present"] = present
    return d


MOR = "Comune di Morrovalle"
BIT = "Comune di Bitetto"
TOR = "Comune di Torviscosa"

S78 = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI EFFICIENTAMENTO "
       "ENERGETICO DELLA SCUOLA PRIMARIA DI TRODICA - CUP F47H26000310004")
S18 = ("VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 E VERIFICA DEL PERMANERE DEGLI EQUILIBRI "
       "GENERALI DI BILANCIO.")

GIUNTA_MOR = [("MARCHIONNI STEFANO", "SINDACO"), ("TIBERI LAURA", "VICE SINDACO"),
              ("CORVATTA MICHELE", "ASSESSORE"), ("SAGRIPANTI ELISA", "ASSESSORE"),
              ("PIERMATTEI LUCA", "ASSESSORE"), ("GIACHETTA ROBERTA", "ASSESSORE")]
CONS_MOR = ["MARCHIONNI STEFANO", "CARLONI MATTEO", "TIBERI LAURA", "CORVATTA MICHELE",
            "SAGRIPANTI ELISA", "PIERMATTEI LUCA", "BRACCIONI SILVIA", "FORMICA GIUSEPPE",
            "VITALI CHIARA", "PALLOTTA DANIELE", "ISIDORI MARCO", "SPERANDINI PAOLA",
            "CIARLANTINI FABIO", "ANGELETTI MARTA", "SCARPONI ENRICO", "MOSCA ALESSIA",
            "GIACHETTA ROBERTA"]
GIUNTA_BIT = [("LORUSSO NICOLA", "Sindaco"), ("DE PALMA ANTONELLA", "Vice Sindaco"),
              ("MINERVINI VITO", "Assessore"), ("CAMPANELLI ROSA", "Assessore"),
              ("SCHIRALDI FRANCESCO", "Assessore"), ("LOVECCHIO MARIANNA", "Assessore")]
CONS_BIT_PRESENT = ["FIORE Angela", "NAPOLITANO Vito", "CAPUTO Grazia", "DIPINTO Leonardo",
                    "SASSANELLI Maria", "TRIGGIANI Raffaele", "AMENDUNI Domenico",
                    "PALMISANO Rossella", "DE BENEDICTIS Carlo", "MASTRONARDI Ilaria",
                    "CIRIELLO Pasquale", "DEPALO Antonio", "VALENTINI Serena", "CARELLA Giacomo"]
GIUNTA_TOR = [("TONIUTTI MARCO", "Sindaco"), ("CUMIN ELISA", "Vice Sindaco"),
              ("DEL FRATE ANDREA", "Assessore"), ("ZAMPARO GIULIA", "Assessore"),
              ("DRIUSSI PAOLO", "Assessore")]
CONS_TOR = ["TONIUTTI MARCO", "CUMIN ELISA", "DEL FRATE ANDREA", "ZAMPARO GIULIA", "DRIUSSI PAOLO",
            "FABRIS LUCA", "BULFON SARA", "TOMASIN DAVIDE", "VISINTIN CHIARA", "GON STEFANO",
            "CECOTTI NADIA", "FURLAN IVAN", "CLOCCHIATTI MONICA"]

SEC_MOR = {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "MANCINELLI FEDERICA"}

KEYS = [
    {"file": "giunta-78-morrovalle-halley.pdf", "role": "act",
     "what": "Giunta minute n. 78 of 11-06-2026 (Halley-like layout): ReportLab platypus, justified "
             "with Tw, letter-spaced headings with Tc, running head and foot with the number, P/A roll",
     "operative_points": 4,
     "act": {"municipality": MOR, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 78, "date": "2026-06-11", "time": "12:30",
             "proposal_number": 84, "proposal_date": "2026-06-05",
             "proposing_office": "AREA TECNICA - LAVORI PUBBLICI", "subject": S78,
             "attendees": [P(n, r, n != "GIACHETTA ROBERTA") for n, r in GIUNTA_MOR],
             "president": {"title": "Signor", "role": "SINDACO", "name": "MARCHIONNI STEFANO"},
             "secretary": SEC_MOR, "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-81-morrovalle-halley.pdf", "role": "act",
     "what": "Giunta minute n. 81 of 18-06-2026 (same layout), content streams written by hand with "
             "pikepdf: words placed one by one without spaces, glyph-by-glyph letter-spaced headings, "
             "letterhead and roll as Form XObjects drawn after the body, rotated stamp in the margin",
     "operative_points": 3,
     "act": {"municipality": MOR, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 81, "date": "2026-06-18", "time": "13:15",
             "proposal_number": 90, "proposal_date": "2026-06-15",
             "proposing_office": "AREA AMMINISTRATIVA - SERVIZI CULTURALI E TURISTICI",
             "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE TURISTICA PRO "
                        "LOCO DI MORROVALLE PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2026",
             "attendees": [P(n, r, n != "MARCHIONNI STEFANO") for n, r in GIUNTA_MOR],
             "president": {"title": "Signora", "role": "VICE SINDACO", "name": "TIBERI LAURA"},
             "secretary": SEC_MOR, "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-24-morrovalle-halley.pdf", "role": "act",
     "what": "Consiglio minute n. 24 of 25-06-2026 (same layout, ReportLab): roll in two blocks side "
             "by side, a councillor who enters at 21:20, vote by show of hands with the names against",
     "operative_points": 3,
     "act": {"municipality": MOR, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 24, "date": "2026-06-25", "time": "21:00",
             "proposal_number": 22, "proposal_date": "2026-06-12",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 (ART. 175, COMMA "
                        "2, DEL D.LGS. N. 267/2000) - APPROVAZIONE",
             "attendees": [P(n, None, n not in {"PALLOTTA DANIELE", "ISIDORI MARCO",
                                                "SPERANDINI PAOLA"}) for n in CONS_MOR],
             "president": {"title": "Signor", "role": "PRESIDENTE DEL CONSIGLIO",
                           "name": "CARLONI MATTEO"},
             "secretary": {"title": "Dott.", "role": "VICE SEGRETARIO COMUNALE",
                           "name": "ROSSINI PAOLO"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 15, "in_favour": 11, "against": 4},
             "immediately_executive": True}},
    {"file": "certificato-morrovalle-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta n. 78 (fpdf2): a form whose blanks of underscores "
             "are filled by values typed over them",
     "act": {"municipality": MOR, "kind": "attestazione", "number": 78, "date": "2026-06-11",
             "subject": S78}},
    {"file": "giunta-96-bitetto-civilia.pdf", "role": "act",
     "what": "Giunta minute n. 96 of 09/06/2026 (Civilia-like grid): HTML printed by headless "
             "Chromium, running head and foot as a repeated thead/tfoot, SI/NO roll with a totals row",
     "operative_points": 5,
     "act": {"municipality": BIT, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 96, "date": "2026-06-09", "time": "17:30",
             "proposal_number": 104, "proposal_date": "2026-06-03",
             "proposing_office": "SETTORE III - SERVIZI SOCIALI, CULTURA E SPORT",
             "subject": "Centri estivi comunali 2026 per minori dai 3 ai 14 anni. Approvazione del "
                        "progetto e indirizzi al Responsabile del Settore III.",
             "attendees": [P(n, r, n != "CAMPANELLI ROSA") for n, r in GIUNTA_BIT],
             "president": {"title": "avv.", "role": "Sindaco", "name": "Nicola Lorusso"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Michele Armenise"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-99-bitetto-civilia.pdf", "role": "act",
     "what": "Giunta minute n. 99 of 16/06/2026 (same grid): HTML printed by wkhtmltopdf, CSS "
             "letter-spaced DELIBERA, SI/NO roll with a totals row, vote with presenti e votanti",
     "operative_points": 4,
     "act": {"municipality": BIT, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 99, "date": "2026-06-16", "time": "13:00",
             "proposal_number": 110, "proposal_date": "2026-06-12",
             "proposing_office": "SETTORE I - AFFARI GENERALI E RISORSE UMANE",
             "subject": "Piano Triennale dei Fabbisogni di Personale 2026/2028. Prima modifica della "
                        "sottosezione 3.3 del PIAO 2026/2028.",
             "attendees": [P(n, r, n != "DE PALMA ANTONELLA") for n, r in GIUNTA_BIT],
             "president": {"role": "Sindaco", "name": "Nicola LORUSSO"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Michele ARMENISE"},
             "vote": "unanimous", "vote_counts": {"present": 5, "voters": 5},
             "immediately_executive": True}},
    {"file": "consiglio-31-bitetto-civilia.pdf", "role": "act",
     "what": "Consiglio minute n. 31 of 29/06/2026: .docx (python-docx) exported by LibreOffice "
             "Writer, roll as prose (presenti ... ; assenti ...), counts with the names against "
             "and abstaining",
     "operative_points": 4,
     "act": {"municipality": BIT, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 31, "date": "2026-06-29", "time": "18:00",
             "proposal_number": 27, "proposal_date": "2026-06-15",
             "proposing_office": "SETTORE I - AFFARI GENERALI E RISORSE UMANE",
             "subject": "Regolamento comunale per la concessione in uso delle sale e degli spazi di "
                        "proprietà comunale. Approvazione.",
             "attendees": [P("LORUSSO Nicola", "Sindaco")] + [P(n) for n in CONS_BIT_PRESENT] +
                          [P("LATERZA Giovanni", None, False), P("MONTEMURRO Nunzia", None, False)],
             "president": {"title": "prof.ssa", "role": "Presidente del Consiglio Comunale",
                           "name": "Angela FIORE"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Michele ARMENISE"},
             "vote": "majority",
             "vote_counts": {"present": 15, "voters": 13, "in_favour": 11, "against": 2,
                             "abstained": 2},
             "immediately_executive": True}},
    {"file": "convocazione-consiglio-bitetto-civilia.pdf", "role": "notice",
     "what": "the Presidente del Consiglio's convocation of the sitting of 29/06/2026, prot. 9876 of "
             "22/06/2026: .docx exported by LibreOffice Writer",
     "act": {"municipality": BIT, "kind": "convocazione", "date": "2026-06-22",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 29 "
                        "giugno 2026."}},
    {"file": "giunta-52-torviscosa-insiel.pdf", "role": "act",
     "what": "Giunta minute n. 52 of 16/06/2026 as an 80-column Courier report (Insiel-like): text "
             "padded to justify, printed by enscript and ps2pdf, X roll with a totals row, running "
             "head and foot with the number",
     "operative_points": 3,
     "act": {"municipality": TOR, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 52, "date": "2026-06-16", "time": "18:30",
             "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DEL CENTRO CIVICO DI MALISANA AD "
                        "ASSOCIAZIONI DEL TERRITORIO. APPROVAZIONE SCHEMA DI CONVENZIONE.",
             "attendees": [P(n, r, n != "ZAMPARO GIULIA") for n, r in GIUNTA_TOR],
             "president": {"title": "sig.", "role": "Sindaco", "name": "TONIUTTI Marco"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale",
                           "name": "CANDOTTO Michela"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-55-torviscosa-insiel.pdf", "role": "act",
     "what": "Giunta minute n. 55 of 23/06/2026, the same 80-column report drawn by ReportLab one "
             "glyph at a time on a fixed grid (no space characters), an abstention named",
     "operative_points": 3,
     "act": {"municipality": TOR, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 55, "date": "2026-06-23", "time": "12:00",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER GLI ANNI SCOLASTICI "
                        "2026/2027 E 2027/2028. ATTO DI INDIRIZZO.",
             "attendees": [P(n, r, n != "CUMIN ELISA") for n, r in GIUNTA_TOR],
             "president": {"title": "sig.", "role": "Sindaco", "name": "TONIUTTI Marco"},
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale",
                           "name": "TOMAT Sonia"},
             "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-18-torviscosa-insiel.pdf", "role": "act",
     "what": "Consiglio minute n. 18 of 26/06/2026: plain troff (groff -Tps, ps2pdf) in Courier, "
             "filled and adjusted, numbered roll with X columns and totals, names of those against",
     "operative_points": 4,
     "act": {"municipality": TOR, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 18, "date": "2026-06-26", "time": "20:30", "subject": S18,
             "attendees": [P(n, "Sindaco" if i == 0 else "Consigliere",
                             n not in {"TOMASIN DAVIDE", "CLOCCHIATTI MONICA"})
                           for i, n in enumerate(CONS_TOR)],
             "president": {"title": "sig.", "role": "Sindaco", "name": "Marco TONIUTTI"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale",
                           "name": "Michela CANDOTTO"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3,
                             "abstained": 0},
             "immediately_executive": True}},
    {"file": "certificato-torviscosa-insiel.pdf", "role": "certificate",
     "what": "certificate of publication of Consiglio n. 18 as an 80-column text printed by a2ps "
             "and ps2pdf",
     "act": {"municipality": TOR, "kind": "attestazione", "number": 18, "date": "2026-06-26",
             "subject": S18}},
]


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, check=True)
    return norm(out.stdout.decode("utf-8"))


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        if os.path.getsize(path) > 400 * 1024:
            print("TOO BIG", k["file"]); misses += 1
        t = text_of(path)
        tl = t.lower()
        a = k["act"]

        def ci(val, what):
            nonlocal misses
            if norm(val).lower() not in tl:
                print("%s: %s not found: %r" % (k["file"], what, val)); misses += 1

        if "subject" in a and norm(a["subject"]) not in t:
            print("%s: subject not found: %r" % (k["file"], a["subject"])); misses += 1
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                ci(a[f], f)
        for p in a.get("attendees", []):
            ci(p["name"], "attendee")
            if "role" in p:
                ci(p["role"], "attendee role")
        for who in ("president", "secretary"):
            if who in a:
                for f, v in a[who].items():
                    ci(v, who + "." + f)
        if "number" in a and not re.search(r"(?<!\d)%d(?!\d)" % a["number"], t):
            print("%s: number %d not printed" % (k["file"], a["number"])); misses += 1
        if "date" in a:
            y, m, d = a["date"].split("-")
            if not any(x in t for x in (f"{d}/{m}/{y}", f"{d}-{m}-{y}")):
                print("%s: date %s not printed" % (k["file"], a["date"])); misses += 1
        if "time" in a:
            h, mi = a["time"].split(":")
            if not any(x in t for x in (f"{h}:{mi}", f"{h}.{mi}")):
                print("%s: time %s not printed" % (k["file"], a["time"])); misses += 1
        if "proposal_number" in a:
            y, m, d = a["proposal_date"].split("-")
            pat = r"n\. %d del (%s/%s/%s|%s-%s-%s)" % (a["proposal_number"], d, m, y, d, m, y)
            if not re.search(pat, t, re.I):
                print("%s: proposal not printed" % k["file"]); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if misses:
        print("%d miss(es)" % misses)
        sys.exit(1)
    print("keys.json written: %d keys, every keyed string found" % len(KEYS))


if __name__ == "__main__":
    main()
