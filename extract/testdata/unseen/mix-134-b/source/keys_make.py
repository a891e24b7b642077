# -*- coding: utf-8 -*-
"""Write ../keys.json for set mix-134-b and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Subjects are checked as
printed (case and apostrophes included); names, roles, organs and offices
without regard to case or to the shape of the apostrophe, as the keys are
compared. Numbers, dates, times and vote counts must appear in the text too.
Exits 1 on any miss.
"""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def roll(rows, absent):
    return [{"name": n, "role": r, "present": n not in absent} for _, n, r in rows]


MG, SG = acts.MONGRANDO_CC, acts.MONGRANDO_GC
SC, SGC = acts.SANTOMERO_CC, acts.SANTOMERO_GC
ROSAZZA = {"title": "Sig.", "role": "Sindaco", "name": "Marco ROSAZZA"}
BONINO = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Ilaria BONINO"}
MARCOZZI = {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Sabrina MARCOZZI"}
DIMARCO = {"title": "dott.", "role": "Segretario Comunale", "name": "Gianluca DI MARCO"}
DIMARZO = {"title": "dott.", "role": "Sindaco", "name": "Fabio Di Marzo"}
MANNINO = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Giuseppa Mannino"}
MG_ = "Comune di Mongrando"
SO_ = "Comune di Sant'Omero"
TR_ = "Comune di Trabia"

KEYS = [
    {"file": acts.M1["file"], "role": "act",
     "what": "Consiglio Comunale minute 31/2028 of Mongrando (budget variation), PAL Informatica layout: ReportLab platypus, base-14 Times justified with Tw, letter-spaced title (Tc), numbered roll table with X under Presente/Assente, running foot with the number",
     "operative_points": 3,
     "act": {"municipality": MG_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 31,
             "date": "2028-10-09", "time": "20:45", "subject": acts.M1["subject"],
             "attendees": roll(MG, acts.M1["absent"]), "president": ROSAZZA, "secretary": BONINO,
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": acts.M2["file"], "role": "act",
     "what": "Consiglio Comunale minute 35/2028 of Mongrando (regulation change), same layout as the package's Word model: .docx by python-docx exported by LibreOffice Writer, letter-spaced title, page fields in the footer, vote in words",
     "operative_points": 4,
     "act": {"municipality": MG_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 35,
             "date": "2028-10-30", "time": "21:00", "subject": acts.M2["subject"],
             "attendees": roll(MG, acts.M2["absent"]), "president": ROSAZZA, "secretary": BONINO,
             "vote": "majority",
             "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": acts.M3["file"], "role": "act",
     "what": "Giunta Comunale minute 88/2028 of Mongrando (road safety project), PAL Informatica web module: HTML printed by headless Chromium, proposal and Area beside the number box, roll table, pareri box at the end",
     "operative_points": 3,
     "act": {"municipality": MG_, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 88,
             "date": "2028-10-05", "time": "18:00", "proposal_number": 102, "proposal_date": "2028-10-02",
             "proposing_office": "Area Tecnica", "subject": acts.M3["subject"],
             "attendees": roll(SG, acts.M3["absent"]), "president": ROSAZZA, "secretary": BONINO,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": acts.M4["file"], "role": "act",
     "what": "Giunta Comunale minute 95/2028 of Mongrando (Pro Loco contribution), same web module printed by wkhtmltopdf 0.12.6; Sindaco absent, Vice Sindaco presiding, Vice Segretario; not declared immediately executive",
     "operative_points": 4,
     "act": {"municipality": MG_, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 95,
             "date": "2028-10-19", "time": "17:30", "proposal_number": 110, "proposal_date": "2028-10-16",
             "proposing_office": "Area Amministrativa", "subject": acts.M4["subject"],
             "attendees": roll(SG, acts.M4["absent"]),
             "president": {"title": "Sig.ra", "role": "Vice Sindaco", "name": "Elena COGGIOLA"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Fabio CERRUTI"},
             "vote": "unanimous", "immediately_executive": False}},
    {"file": "consiglio-santomero-computerbrains-ratifica.pdf", "role": "act",
     "what": "Consiglio Comunale minute 27/2028 of Sant'Omero (ratification of an urgent budget variation), Computer Brains 80-column report: plain troff through groff -Tps and ps2pdf, Courier, justified with blanks, roll in two columns, running head and foot, pareri and publication certificate",
     "operative_points": 2,
     "act": {"municipality": SO_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 27,
             "date": "2028-10-16", "time": "18:00",
             "subject": "RATIFICA DELLA DELIBERAZIONE DI GIUNTA COMUNALE N. 109 DEL 26/09/2028 AD OGGETTO: "
                        "VARIAZIONE D\u2019URGENZA AL BILANCIO DI PREVISIONE 2028/2030 (ART. 175, COMMA 4, "
                        "D.LGS. 267/2000)",
             "attendees": roll(SC, {"CARDELLI Simone", "MAZZITTI Valentina"}),
             "president": MARCOZZI, "secretary": DIMARCO, "vote": "majority",
             "vote_counts": {"present": 11, "voters": 10, "in_favour": 7, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-santomero-computerbrains-regolamento.pdf", "role": "act",
     "what": "Consiglio Comunale minute 30/2028 of Sant'Omero (youth council regulation), same 80-column report from a Latin-1 text file printed by GNU enscript and ps2pdf; roll as a numbered list with presente / assente / assente giustificato; Vice Segretario",
     "operative_points": 3,
     "act": {"municipality": SO_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 30,
             "date": "2028-10-30", "time": "18:30",
             "subject": "APPROVAZIONE DEL REGOLAMENTO PER L\u2019ISTITUZIONE ED IL FUNZIONAMENTO DELLA "
                        "CONSULTA COMUNALE DEI GIOVANI",
             "attendees": roll(SC, {"CORE Alessia", "TASSONI Emidio", "DI FELICE Roberta", "NARDI Piergiorgio"}),
             "president": MARCOZZI,
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Marta CIPRIETTI"},
             "vote": "unanimous",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "giunta-santomero-computerbrains.pdf", "role": "act",
     "what": "Giunta Comunale minute 118/2028 of Sant'Omero (school transport fares), same 80-column report printed by a2ps 4.14 (-1 -R -B) and ps2pdf: ASCII-ruled roll table, proposal number and office under the subject",
     "operative_points": 4,
     "act": {"municipality": SO_, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 118,
             "date": "2028-10-11", "time": "13:00", "proposal_number": 131, "proposal_date": "2028-10-06",
             "proposing_office": "SERVIZI SOCIALI E PUBBLICA ISTRUZIONE",
             "subject": "SERVIZIO DI TRASPORTO SCOLASTICO PER L\u2019ANNO SCOLASTICO 2028/2029. DETERMINAZIONE "
                        "DELLE TARIFFE E DELLE AGEVOLAZIONI ISEE",
             "attendees": roll(SGC, {"PAOLINI Nicola"}),
             "president": {"role": "Sindaco", "name": "Andrea DI DOMENICO"}, "secretary": DIMARCO,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-santomero-computerbrains-modulo.pdf", "role": "act",
     "what": "Giunta Comunale minute 124/2028 of Sant'Omero (energy-efficiency grant), the package's form mode: fpdf2 core fonts, Helvetica labels and blanks of underscores with the values typed over them in Courier, body in Courier justified with Tw",
     "operative_points": 3,
     "act": {"municipality": SO_, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 124,
             "date": "2028-10-25", "time": "12:30",
             "subject": "ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO REGIONALE PER IL FINANZIAMENTO "
                        "DI INTERVENTI DI EFFICIENTAMENTO ENERGETICO DEGLI EDIFICI SCOLASTICI",
             "attendees": roll(SGC, {"DE BERARDINIS Luca", "CORE Alessia"}),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Andrea DI DOMENICO"},
             "secretary": DIMARCO, "vote": "unanimous", "immediately_executive": True}},
    {"file": acts.T1["file"], "role": "act",
     "what": "Giunta Municipale minute 143/2028 of Trabia (social transport convention), Progesi LaTeX print engine: pdfLaTeX, Times (mathptmx), words as TJ runs with no space glyphs, roll as one sentence naming each member with role, three signatures with the Assessore anziano",
     "operative_points": 3,
     "act": {"municipality": TR_, "organ": "Giunta Municipale", "kind": "deliberazione", "number": 143,
             "date": "2028-10-17", "time": "12:00", "proposal_number": 158, "proposal_date": "2028-10-12",
             "proposing_office": "Settore III \u2013 Servizi Sociali e Culturali",
             "subject": acts.T1["subject"].replace("'", "\u2019"),
             "attendees": [{"name": "Fabio Di Marzo", "role": "Sindaco", "present": True},
                           {"name": "Carmela Lo Monaco", "role": "Vice Sindaco", "present": True},
                           {"name": "Giuseppe Terranova", "role": "Assessore", "present": True},
                           {"name": "Francesca Amato", "role": "Assessore", "present": True},
                           {"name": "Pietro Marino", "role": "Assessore", "present": True},
                           {"name": "Salvatore Cutrone", "role": "Assessore", "present": False}],
             "president": DIMARZO, "secretary": MANNINO, "vote": "unanimous",
             "immediately_executive": True}},
    {"file": acts.T2["file"], "role": "act",
     "what": "Giunta Municipale minute 150/2028 of Trabia (seafront works), the Progesi Albo renderer: hand-written content streams (pikepdf), every glyph placed alone with its own Tm and no spaces, justified by moving glyphs, letterhead/number box/running head as Form XObjects painted last, footer first, publication stamp rotated up the left margin; roll as 'Sono presenti i signori: ... Risultano assenti: ...'",
     "operative_points": 4,
     "act": {"municipality": TR_, "organ": "Giunta Municipale", "kind": "deliberazione", "number": 150,
             "date": "2028-10-26", "time": "13:30", "proposal_number": 166, "proposal_date": "2028-10-20",
             "proposing_office": "Settore V \u2013 Lavori Pubblici", "subject": acts.T2["subject"],
             "attendees": [{"name": n, "role": r, "present": True} for n, r in acts.T2["present"]] +
                          [{"name": n, "role": r, "present": False} for n, r in acts.T2["absent"]],
             "president": DIMARZO,
             "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Antonio Lo Verde"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": acts.T3["file"], "role": "act",
     "what": "Consiglio Comunale minute 41/2028 of Trabia (off-balance debt), ReportLab platypus with Liberation Serif TrueType subsets, 16 councillors in a two-column roll without roles, Presidente del Consiglio presiding, Sindaco present for the Amministrazione",
     "operative_points": 3,
     "act": {"municipality": TR_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 41,
             "date": "2028-10-05", "time": "19:00", "proposal_number": 37, "proposal_date": "2028-09-19",
             "proposing_office": "Settore I \u2013 Affari Generali e Legali", "subject": acts.T3["subject"],
             "attendees": [{"name": n, "present": n not in acts.T3["absent"]} for _, n in acts.TRABIA_CC],
             "president": {"title": "dott.", "role": "Presidente del Consiglio", "name": "Francesco Paolo Sparacino"},
             "secretary": MANNINO, "vote": "majority",
             "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
             "immediately_executive": True}},
    {"file": acts.T4["file"], "role": "act",
     "what": "Consiglio Comunale minute 44/2028 of Trabia (tourist tax regulation), fpdf2 with DejaVu Serif, justified, letter-spaced heading (Tc), running head and foot; roll in prose ('Sono presenti i signori consiglieri: ... Risultano assenti ...'), Vice Presidente presiding, vote in words",
     "operative_points": 3,
     "act": {"municipality": TR_, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 44,
             "date": "2028-10-24", "time": "18:30", "proposal_number": 41, "proposal_date": "2028-10-06",
             "proposing_office": "Settore II \u2013 Economico Finanziario", "subject": acts.T4["subject"],
             "attendees": [{"name": n, "present": True} for n in (
                 "BALISTRERI Antonella", "CATANZARO Angela", "CUSIMANO Salvatore", "D'AMICO Michele",
                 "DI SALVO Maria Rita", "GERACI Rosalia", "LA MANTIA Rosaria", "LO BUE Giuseppe",
                 "LO CASCIO Vincenzo", "MINEO Giovanna", "RIZZO Calogero", "SCADUTO Benedetto",
                 "SCIORTINO Ignazio")] + [{"name": n, "present": False} for n in (
                 "BONANNO Gaetano", "SCIMECA Maria Concetta", "SPARACINO Francesco Paolo")],
             "president": {"title": "sig.ra", "role": "Vice Presidente del Consiglio", "name": "Rosalia Geraci"},
             "secretary": MANNINO, "vote": "majority",
             "vote_counts": {"present": 13, "voters": 13, "in_favour": 10, "against": 3, "abstained": 0},
             "immediately_executive": True}},
]

WORDS = {0: ["nessuno", "0"], 1: ["uno"], 2: ["due"], 3: ["tre"], 7: ["sette"], 8: ["otto"], 9: ["nove"],
         10: ["dieci"], 11: ["undici"], 12: ["dodici"], 13: ["tredici"]}
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        raw, folded = norm(txt, False), norm(txt, True)
        a = k["act"]

        def need(label, s, exact=False):
            nonlocal misses
            hay, needle = (raw, norm(s, False)) if exact else (folded, norm(s, True))
            if needle not in hay:
                print("MISS %s: %s %r" % (k["file"], label, s))
                misses += 1

        def need_re(label, pat):
            nonlocal misses
            if not re.search(pat, raw, re.I):
                print("MISS %s: %s /%s/" % (k["file"], label, pat))
                misses += 1

        need("municipality", a["municipality"])
        need("organ", a["organ"])
        need("subject", a["subject"], exact=True)
        for f in ("office", "proposing_office"):
            if f in a:
                need(f, a[f])
        need_re("number", r"\b%d\b" % a["number"])
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                need_re(f, r"%s/%s/%s" % (d, m, y))
        if "proposal_number" in a:
            need_re("proposal_number", r"\b%d\b" % a["proposal_number"])
        if "time" in a:
            hh, mm = a["time"].split(":")
            need_re("time", r"\b%s[:.,]%s\b" % (hh, mm))
        for at in a.get("attendees", []):
            need("attendee", at["name"])
            if "role" in at:
                need("attendee role", at["role"])
        for f in ("president", "secretary"):
            if f in a:
                for sub in ("title", "role", "name"):
                    if sub in a[f]:
                        need("%s %s" % (f, sub), a[f][sub])
        for f, v in a.get("vote_counts", {}).items():
            alts = [str(v)] + WORDS.get(v, [])
            need_re("vote_counts %s" % f, r"\b(%s)\b" % "|".join(alts))
    json.dump(KEYS, open(os.path.join(SET, "keys.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
