#!/usr/bin/env python3
"""Writes ../keys.json for set mix-117-c and checks that every keyed string
(municipality, organ, office, proposing office, subject, attendees' names and
roles, president's and secretary's title, role and name) is found in
`pdftotext -layout` of its PDF, white space collapsed. Subjects must match
exactly; the other strings are compared without regard to case, as the keys
are scored. A word cut at a line-end hyphen ("Economico-" / "Finanziaria")
is also looked for joined. Exits 1 on a miss."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

FFP = "Comune di Fara Filiorum Petri"
MS = "Comune di Maiolati Spontini"
VT = "Comune di Villafranca Tirrena"


def att(rows, role_default=None):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if r[1] is not None:
            d["role"] = r[1]
        d["present"] = r[2]
        out.append(d)
    return out


FFP_CC = [("DI RENZO NICOLA", "Sindaco"), ("RANIERI ANTONIO", "Consigliere"), ("TATASCIORE GIULIA", "Consigliere"),
          ("DI CRESCENZO MARCO", "Consigliere"), ("IEZZI FEDERICA", "Consigliere"),
          ("D'ALESSANDRO PASQUALE", "Consigliere"), ("CIPOLLONE SARA", "Consigliere"), ("ZULLI ANDREA", "Consigliere"),
          ("DI TULLIO GABRIELE", "Consigliere"), ("MARRONE ELISA", "Consigliere"), ("VERÌ DOMENICO", "Consigliere")]

KEYS = [
    {"file": "deliberazione-gc41-farafiliorumpetri-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 41/2027 (contribution to the Pro Loco), Sicraweb-like boxed header grid, roll with P/A/AG columns marked X, letter-spaced letterhead, running foot; HTML printed by headless Chromium",
     "operative_points": 3,
     "act": {"municipality": FFP, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41,
             "date": "2027-05-12", "time": "13:00", "proposal_number": 52, "proposal_date": "2027-05-07",
             "proposing_office": "Area Amministrativa",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ALLA PRO LOCO DI FARA FILIORUM PETRI PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2027 – ATTO DI INDIRIZZO.",
             "attendees": att([("DI RENZO NICOLA", "Sindaco", True), ("RANIERI ANTONIO", "Vice Sindaco", True),
                               ("TATASCIORE GIULIA", "Assessore", False)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Nicola Di Renzo"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Lucia Mammarella"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-gc46-farafiliorumpetri-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 46/2027 (school transport fares), the same house style by ReportLab: justified text (Tw), letter-spaced headings (Tc), publication stamp rotated up the left margin, running foot 'Pag. x di y'; X under Presente/Assente; presided by the Vice Sindaco; not declared immediately executive",
     "operative_points": 4,
     "act": {"municipality": FFP, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 46,
             "date": "2027-05-21", "time": "12:30", "proposal_number": 58, "proposal_date": "2027-05-17",
             "proposing_office": "Area Amministrativa",
             "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 – DETERMINAZIONE DELLE TARIFFE E APPROVAZIONE DEL DISCIPLINARE PER L'ACCESSO AL SERVIZIO.",
             "attendees": att([("DI RENZO NICOLA", "Sindaco", False), ("RANIERI ANTONIO", "Vice Sindaco", True),
                               ("TATASCIORE GIULIA", "Assessore", True)]),
             "president": {"title": "sig.", "role": "Vice Sindaco", "name": "Antonio Ranieri"},
             "secretary": {"title": "dott.ssa", "role": "Vice Segretario Comunale", "name": "Carla Di Pietro"},
             "vote": "unanimous", "immediately_executive": False}},
    {"file": "deliberazione-cc14-farafiliorumpetri-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 14/2027 (rendiconto 2026), the same house style typed as a .docx (python-docx) and exported by LibreOffice: letterhead in the first page's header with expanded character spacing, numbered roll with the role in its own column and SI/NO under Presente, majority vote with counts, PAGE/NUMPAGES footer",
     "operative_points": 3,
     "act": {"municipality": FFP, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
             "date": "2027-05-28", "time": "18:30", "proposal_number": 61, "proposal_date": "2027-05-10",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2026 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000.",
             "attendees": att([(n, r, n not in ("IEZZI FEDERICA", "MARRONE ELISA")) for n, r in FFP_CC]),
             "president": {"role": "Sindaco", "name": "Nicola Di Renzo"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Lucia Mammarella"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-cc15-farafiliorumpetri-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 15/2027 (advertising fee regulation), the same house style as HTML printed by wkhtmltopdf: roll in two columns with P/A marked X, the Sindaco's role in brackets after his name",
     "operative_points": 2,
     "act": {"municipality": FFP, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 15,
             "date": "2027-05-31", "time": "18:00", "proposal_number": 64, "proposal_date": "2027-05-19",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICA DEGLI ARTICOLI 12 E 27.",
             "attendees": att([("DI RENZO NICOLA", "Sindaco", True), ("RANIERI ANTONIO", None, True),
                               ("TATASCIORE GIULIA", None, True), ("DI CRESCENZO MARCO", None, True),
                               ("IEZZI FEDERICA", None, True), ("D'ALESSANDRO PASQUALE", None, False),
                               ("CIPOLLONE SARA", None, True), ("ZULLI ANDREA", None, True),
                               ("DI TULLIO GABRIELE", None, True), ("MARRONE ELISA", None, True),
                               ("VERÌ DOMENICO", None, False)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Nicola Di Renzo"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Lucia Mammarella"},
             "vote": "unanimous",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-cc23-maiolatispontini-halley.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 23/2027 (budget variation), Halley-like layout by fpdf2: 'Numero 23 Del 13-05-2027', roll in two columns of names with P/A after each, Halley's presidency sentence, flags line, running head from page 2 and 'Pag. x di y' foot; majority vote with abstentions",
     "operative_points": 4,
     "act": {"municipality": MS, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 23,
             "date": "2027-05-13", "time": "21:00",
             "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 (ART. 175, COMMA 2, D.LGS. N. 267/2000) E APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE 2026",
             "attendees": att([("BARTOLUCCI ELENA", None, True), ("GIANNINI LUCA", None, True),
                               ("CINGOLANI MARCO", None, True), ("PIERALISI FEDERICA", None, True),
                               ("MANCINELLI DAVIDE", None, False), ("QUAGLIARINI SILVIA", None, True),
                               ("ROCCHETTI ANDREA", None, True), ("SANTARELLI MARTA", None, True),
                               ("BRECCIAROLI PAOLO", None, True), ("COPPARI GIORGIA", None, False),
                               ("MONTECCHIANI ENRICO", None, True), ("PESARESI ROBERTA", None, True),
                               ("TOMASSONI FABIO", None, True)]),
             "president": {"title": "Signor", "role": "PRESIDENTE DEL CONSIGLIO", "name": "GIANNINI LUCA"},
             "secretary": {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "ROSSETTI PAOLA"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 8, "in_favour": 8, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "deliberazione-gc58-maiolatispontini-halley.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 58/2027 (Spontini celebrations), the Halley-like house style set in pdfLaTeX (glyphs placed by TeX without space characters, curly apostrophes): the role after each name in the roll, Presente/Assente in its own column, running head and 'Pag. x di y'",
     "operative_points": 3,
     "act": {"municipality": MS, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 58,
             "date": "2027-05-06", "time": "17:00",
             "subject": "CELEBRAZIONI SPONTINIANE 2027 – APPROVAZIONE DEL PROGRAMMA E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DELL’AREA AMMINISTRATIVA",
             "attendees": att([("BARTOLUCCI ELENA", "Sindaco", True), ("CINGOLANI MARCO", "Vice Sindaco", True),
                               ("PIERALISI FEDERICA", "Assessore", True), ("MANCINELLI DAVIDE", "Assessore", False),
                               ("QUAGLIARINI SILVIA", "Assessore", True)]),
             "president": {"title": "prof.ssa", "role": "Sindaca", "name": "Elena Bartolucci"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Rossetti"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-gc62-maiolatispontini-halley.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 62/2027 (school energy works), the Halley-like house style as a report engine writes it with ReportLab's canvas: every glyph placed alone, justified by gaps, letterhead/signatures/foot in Form XObjects, each page drawn foot-body-head out of reading order; asterisks under Presenti/Assenti; presided by the Vice Sindaco",
     "operative_points": 4,
     "act": {"municipality": MS, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 62,
             "date": "2027-05-18", "time": "12:00", "proposal_number": 71, "proposal_date": "2027-05-12",
             "proposing_office": "AREA TECNICA",
             "subject": "LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI MOIE - APPROVAZIONE PROGETTO ESECUTIVO - CUP E47H26001230004",
             "attendees": att([("BARTOLUCCI ELENA", "SINDACO", False), ("CINGOLANI MARCO", "VICE SINDACO", True),
                               ("PIERALISI FEDERICA", "ASSESSORE", True), ("MANCINELLI DAVIDE", "ASSESSORE", True),
                               ("QUAGLIARINI SILVIA", "ASSESSORE", False)]),
             "president": {"title": "Ing.", "role": "VICE SINDACO", "name": "CINGOLANI MARCO"},
             "secretary": {"title": "Dott.", "role": "VICE SEGRETARIO COMUNALE", "name": "BARTOCCI STEFANO"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-cc24-maiolatispontini-halley.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 24/2027 (associated secretariat with Castelplanio), the Halley-like house style printed by headless Chromium: the Sindaco's row apart above the councillors' numbered roll, presence written in a Note column (one 'presente in videoconferenza', one 'assente giustificata'), fixed running foot",
     "operative_points": 3,
     "act": {"municipality": MS, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 24,
             "date": "2027-05-27", "time": "21:00",
             "subject": "CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI SEGRETERIA COMUNALE TRA I COMUNI DI MAIOLATI SPONTINI E CASTELPLANIO - APPROVAZIONE",
             "attendees": att([("BARTOLUCCI ELENA", "Sindaco", True), ("GIANNINI LUCA", None, True),
                               ("CINGOLANI MARCO", None, True), ("PIERALISI FEDERICA", None, True),
                               ("MANCINELLI DAVIDE", None, True), ("QUAGLIARINI SILVIA", None, True),
                               ("ROCCHETTI ANDREA", None, True), ("SANTARELLI MARTA", None, False),
                               ("BRECCIAROLI PAOLO", None, True), ("COPPARI GIORGIA", None, True),
                               ("MONTECCHIANI ENRICO", None, False), ("PESARESI ROBERTA", None, True),
                               ("TOMASSONI FABIO", None, True)]),
             "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Luca Giannini"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Rossetti"},
             "vote": "unanimous",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 11, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "deliberazione-gm77-villafrancatirrena-kibernetes.pdf", "role": "act",
     "what": "Giunta Municipale deliberation 77/2027 (seafront maintenance), Kibernetes-like 80-column Courier report printed by enscript through Ghostscript: enscript running head with 'Pag. x di y', numbered roll with CARICA column and SI under PRESENTE or ASSENTE, apostrophes as PostScript quoteright",
     "operative_points": 3,
     "act": {"municipality": VT, "organ": "Giunta Municipale", "kind": "deliberazione", "number": 77,
             "date": "2027-05-11", "time": "10:30", "proposal_number": 92, "proposal_date": "2027-05-06",
             "proposing_office": "AREA TECNICA - MANUTENZIONI",
             "subject": "ASSEGNAZIONE RISORSE AL RESPONSABILE DELL’AREA TECNICA PER LA MANUTENZIONE STRAORDINARIA DEL LUNGOMARE E DELLE DISCESE A MARE - STAGIONE BALNEARE 2027",
             "attendees": att([("CANNISTRA’ GIUSEPPE", "SINDACO", True), ("SAIJA MARIA GRAZIA", "VICE SINDACO", True),
                               ("CRISAFULLI SALVATORE", "ASSESSORE", False), ("BONFIGLIO LETTERIO", "ASSESSORE", True),
                               ("MENTO CONCETTA", "ASSESSORE", True)]),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Giuseppe Cannistra’"},
             "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Francesco Bonanno"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-gm81-villafrancatirrena-kibernetes.pdf", "role": "act",
     "what": "Giunta Municipale deliberation 81/2027 (authority to defend a TAR appeal), the same Courier house style typeset by plain troff (groff -Tps, ps2pdf): prose filled and justified by troff, numbered roll with the role after each name and leader dots to P/A, running head and foot by page traps",
     "operative_points": 3,
     "act": {"municipality": VT, "organ": "Giunta Municipale", "kind": "deliberazione", "number": 81,
             "date": "2027-05-19", "time": "13:15", "proposal_number": 98, "proposal_date": "2027-05-14",
             "proposing_office": "AREA AFFARI GENERALI - UFFICIO CONTENZIOSO",
             "subject": "AUTORIZZAZIONE AL SINDACO A RESISTERE NEL GIUDIZIO PROMOSSO DALLA SOCIETA’ EDILTIRRENA S.R.L. INNANZI AL T.A.R. SICILIA - SEZIONE STACCATA DI CATANIA - NOMINA DEL LEGALE",
             "attendees": att([("CANNISTRA’ GIUSEPPE", "Sindaco", True), ("SAIJA MARIA GRAZIA", "Vice Sindaco", True),
                               ("CRISAFULLI SALVATORE", "Assessore", True), ("BONFIGLIO LETTERIO", "Assessore", False),
                               ("MENTO CONCETTA", "Assessore", True)]),
             "president": {"role": "Sindaco", "name": "Giuseppe Cannistra’"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Francesco Bonanno"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-cc19-villafrancatirrena-kibernetes.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 19/2027 (youth council regulation), the Courier house style as a pre-printed form whose underscore blanks fpdf2 fills in Courier Bold a little above the line (values fall on their own text lines); subject in a box; the Presidente del Consiglio's row apart from the numbered councillors' roll, X over the PRES./ASS. blanks; not declared immediately executive",
     "operative_points": 2,
     "act": {"municipality": VT, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19,
             "date": "2027-05-25", "time": "19:00", "proposal_number": 95, "proposal_date": "2027-05-12",
             "proposing_office": "AREA AMMINISTRATIVA - SERVIZI CULTURALI",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ISTITUZIONE E IL FUNZIONAMENTO DELLA CONSULTA GIOVANILE",
             "attendees": att([("LO PRESTI ANTONELLA", "PRESIDENTE DEL CONSIGLIO", True), ("SIDOTI CARMELO", None, True),
                               ("CALABRO' DOMENICO", None, True), ("D'ANDREA GIOVANNI", None, True),
                               ("FAMA' NUNZIATA", None, True), ("GERMANA' ROSARIO", None, True),
                               ("IMBESI CATERINA", None, True), ("LA SPADA FRANCESCO", None, True),
                               ("MILONE ANGELA", None, True), ("PULEJO SANTI", None, True),
                               ("RUGOLO MARIA", None, False), ("SCIMONE ANTONINO", None, False)]),
             "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Antonella Lo Presti"},
             "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Francesco Bonanno"},
             "vote": "unanimous",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
             "immediately_executive": False}},
    {"file": "deliberazione-cc20-villafrancatirrena-kibernetes.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 20/2027 (debt recognised after a judgment), the Courier house style printed by a2ps through Ghostscript: a2ps running head with title and 'Pag. x/y', roll in two columns with asterisks under PRES./ASS., hyphens as PostScript minus signs; presided by the Vice Presidente; majority vote",
     "operative_points": 4,
     "act": {"municipality": VT, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 20,
             "date": "2027-05-26", "time": "19:00", "proposal_number": 101, "proposal_date": "2027-05-17",
             "proposing_office": "AREA ECONOMICO−FINANZIARIA",
             "subject": "RICONOSCIMENTO DELLA LEGITTIMITA’ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA N. 412/2027 DEL GIUDICE DI PACE DI MESSINA, AI SENSI DELL’ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000",
             "attendees": att([("LO PRESTI ANTONELLA", None, False), ("SIDOTI CARMELO", None, True),
                               ("CALABRO’ DOMENICO", None, True), ("D’ANDREA GIOVANNI", None, True),
                               ("FAMA’ NUNZIATA", None, True), ("GERMANA’ ROSARIO", None, True),
                               ("IMBESI CATERINA", None, True), ("LA SPADA FRANCESCO", None, False),
                               ("MILONE ANGELA", None, True), ("PULEJO SANTI", None, True),
                               ("RUGOLO MARIA", None, True), ("SCIMONE ANTONINO", None, False)]),
             "president": {"title": "Sig.", "role": "Vice Presidente del Consiglio", "name": "Carmelo Sidoti"},
             "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Generale", "name": "Rosaria Arena"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 6, "in_favour": 6, "against": 0, "abstained": 3},
             "immediately_executive": True}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    a = norm(raw)
    b = norm(re.sub(r"([-‐−])[ \t]*\n[ \t]*", r"\1", raw))
    return a, b


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); misses += 1; continue
        a, b = text_of(pdf)
        act = k.get("act", {})
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in act:
                checks.append((f, act[f], False))
        if "subject" in act:
            checks.append(("subject", act["subject"], True))
        for i, at in enumerate(act.get("attendees", [])):
            checks.append(("attendee %d name" % i, at["name"], False))
            if "role" in at:
                checks.append(("attendee %d role" % i, at["role"], False))
        for who in ("president", "secretary"):
            for f, v in act.get(who, {}).items():
                checks.append(("%s.%s" % (who, f), v, False))
        for what, val, exact in checks:
            v = norm(val)
            if exact:
                ok = v in a or v in b
            else:
                ok = v.lower() in a.lower() or v.lower() in b.lower()
            if not ok:
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], what, val))
        # sanity: attendance counts against the keyed roll
        atts = act.get("attendees", [])
        vc = act.get("vote_counts", {})
        if atts and "present" in vc and sum(1 for x in atts if x["present"]) != vc["present"]:
            print("WARN %s: %d present in the roll, vote_counts.present %d" % (k["file"], sum(1 for x in atts if x["present"]), vc["present"]))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
