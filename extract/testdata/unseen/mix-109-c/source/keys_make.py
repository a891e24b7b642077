#!/usr/bin/env python3
"""Writes ../keys.json and checks every keyed string against the text layer
(pdftotext -layout, white space collapsed). Names, subjects and titles must be
found exactly; organ, municipality, offices and roles may differ in case only
(the keys follow the README: compared without regard to case). Numbers and
dates must be printed somewhere (dd/mm/yyyy, dd-mm-yyyy or, failing that, the
day in words). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


RP_GIUNTA = [("MARCHETTI Claudio", "Sindaco"), ("TOMASSINI Federica", "Vice Sindaco"),
             ("CIOCCI Alberto", "Assessore"), ("SPERDUTI Lorena", "Assessore"),
             ("ZACCAGNINI Paolo", "Assessore"), ("BUTTARELLI Giulia", "Assessore")]
RP_SEGR = {"title": "dott.ssa", "role": "Segretario Generale", "name": "Maria Cristina Pelliccia"}
RP_SUBJ118 = ("Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione "
              "del parco pubblico di via della Pineta – CUP G37H26000410004")

PO_SEGR = {"title": "Dott.", "role": "SEGRETARIO COMUNALE REGGENTE", "name": "MENCARINI RICCARDO"}
PO_GIUNTA = [("GIANNINI LEONARDO", "Sindaco"), ("BERTOLUCCI CHIARA", "Vice Sindaco"),
             ("DEL CARLO MATTEO", "Assessore"), ("PAOLINELLI SILVIA", "Assessore"),
             ("FRANCESCONI LUCA", "Assessore")]

CA_SEGR = {"title": "Dott.ssa", "role": "Segretario Comunale a scavalco", "name": "RINAUDO Elisabetta"}
CA_ROLL = [("TOSCO GIANFRANCO", "SINDACO"), ("OLIVERO DANIELA", "CONSIGLIERE"),
           ("BERTINETTI FRANCO", "CONSIGLIERE"), ("GIOLITO PAOLA", "CONSIGLIERE"),
           ("MIGLIORE STEFANO", "CONSIGLIERE"), ("CERUTTI ALESSANDRA", "CONSIGLIERE"),
           ("BALLARIO MAURO", "CONSIGLIERE"), ("FERRERO SIMONA", "CONSIGLIERE"),
           ("GRIBAUDO LUCA", "CONSIGLIERE"), ("VIALE ENRICO", "CONSIGLIERE"),
           ("AIMAR CRISTINA", "CONSIGLIERE"), ("BOLLA DAVIDE", "CONSIGLIERE"),
           ("ROSSO NADIA", "CONSIGLIERE")]
CA_SUBJ112 = ("Approvazione del piano operativo per lo sgombero neve e il trattamento antighiaccio delle "
              "strade comunali - stagione invernale 2026/2027")

KEYS = [
    {
        "file": "giunta-roccapriora-civilianext.pdf", "role": "act",
        "what": "Giunta minute n. 118 (Civilia Next layout): roll table with X under Presente/Assente, the Vice "
                "Sindaco presiding, unanimous vote and separate unanimous vote for immediate executivity; "
                "HTML printed by headless Chromium, letter-spaced title, running head repeated by a table thead",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Rocca Priora", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 118, "date": "2026-09-10", "time": "12:30",
            "proposal_number": 131, "proposal_date": "2026-09-04",
            "proposing_office": "AREA III – LAVORI PUBBLICI E MANUTENZIONI",
            "subject": RP_SUBJ118,
            "attendees": att([(n, r, n != "MARCHETTI Claudio") for n, r in RP_GIUNTA]),
            "president": {"title": "dott.ssa", "role": "Vice Sindaco", "name": "Federica Tomassini"},
            "secretary": RP_SEGR,
            "vote": "unanimous", "immediately_executive": True}},
    {
        "file": "consiglio-roccapriora-civilianext.pdf", "role": "act",
        "what": "Consiglio minute n. 41 (Civilia Next layout): 17 members in two P/A blocks side by side, a "
                "councillor entering late, the Presidente del Consiglio presiding, the Vice Segretario "
                "Generale, counted vote and a separate counted vote for immediate executivity; ReportLab "
                "platypus, paragraphs justified with Tw, titles set with Tc, running foot with number and pages",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Rocca Priora", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 41, "date": "2026-09-28", "time": "18:00",
            "proposal_number": 58, "proposal_date": "2026-09-15",
            "proposing_office": "AREA II – ECONOMICO FINANZIARIA",
            "subject": "Variazione di assestamento generale e salvaguardia degli equilibri del bilancio di "
                       "previsione 2026-2028 ai sensi degli artt. 175, comma 8, e 193 del D.Lgs. n. 267/2000.",
            "attendees": att([
                ("MARCHETTI Claudio", "Sindaco", True), ("FELICI Roberta", "Presidente", True),
                ("TOMASSINI Federica", "Consigliere", True), ("CIOCCI Alberto", "Consigliere", True),
                ("SPERDUTI Lorena", "Consigliere", True), ("ZACCAGNINI Paolo", "Consigliere", True),
                ("BUTTARELLI Giulia", "Consigliere", True), ("MOSCATELLI Dario", "Consigliere", False),
                ("GRAZIOSI Elena", "Consigliere", True), ("PIZZUTI Stefano", "Consigliere", True),
                ("LUCIANI Marta", "Consigliere", True), ("CAVALIERI Riccardo", "Consigliere", False),
                ("DI FOLCO Sabrina", "Consigliere", True), ("ROSSETTI Gianluca", "Consigliere", True),
                ("FANTINI Ilaria", "Consigliere", True), ("BARTOLI Enrico", "Consigliere", False),
                ("COLANTONI Walter", "Consigliere", True)]),
            "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Roberta Felici"},
            "secretary": {"title": "dott.", "role": "Vice Segretario Generale", "name": "Fabrizio Cerroni"},
            "vote": "majority",
            "vote_counts": {"present": 15, "voters": 14, "in_favour": 11, "against": 3, "abstained": 1},
            "immediately_executive": True}},
    {
        "file": "giunta-roccapriora-civilianext-123.pdf", "role": "act",
        "what": "Giunta minute n. 123 (Civilia Next layout): roll table with X columns, an assessore leaving "
                "for a conflict of interest before the item, the Sindaco presiding, unanimous vote of those "
                "present and separate vote; fpdf2 with core fonts, justified with Tw, letter-spaced title (Tc)",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Rocca Priora", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 123, "date": "2026-09-17", "time": "13:15",
            "proposal_number": 137, "proposal_date": "2026-09-11",
            "proposing_office": "AREA I - AFFARI GENERALI E SERVIZI ALLA PERSONA",
            "subject": "Concessione in uso temporaneo dei locali dell'ex scuola elementare di via dei Castani "
                       "alle associazioni del territorio - Approvazione dello schema di convenzione e dei "
                       "criteri di assegnazione",
            "attendees": att([(n, r, n != "BUTTARELLI Giulia") for n, r in RP_GIUNTA]),
            "president": {"title": "avv.", "role": "Sindaco", "name": "Claudio Marchetti"},
            "secretary": RP_SEGR,
            "vote": "unanimous", "immediately_executive": True}},
    {
        "file": "certificato-roccapriora-civilianext.pdf", "role": "certificate",
        "what": "certificate of publication of Giunta n. 118: the office's form of underscore blanks and ruled "
                "lines, the values overprinted in Courier a little above each blank (ReportLab canvas)",
        "act": {
            "municipality": "Comune di Rocca Priora", "kind": "attestazione",
            "number": 118, "date": "2026-09-10", "subject": RP_SUBJ118}},
    {
        "file": "consiglio-porcari-halley.pdf", "role": "act",
        "what": "Consiglio minute n. 47 (Halley layout): Numero/Del boxes, subject in capitals, roll table "
                "with Presente SI/NO, a councillor leaving, roll-call vote with names, separate counted vote "
                "for immediate executivity; .docx written by python-docx, exported by LibreOffice 7.4",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Porcari", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 47, "date": "2026-09-29", "time": "21:00",
            "subject": "APPROVAZIONE MODIFICHE AL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL CANONE "
                       "PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
            "attendees": att([
                ("GIANNINI LEONARDO", "Sindaco", True), ("BERTOLUCCI CHIARA", "Consigliere", True),
                ("DEL CARLO MATTEO", "Consigliere", True), ("PAOLINELLI SILVIA", "Consigliere", True),
                ("FRANCESCONI LUCA", "Consigliere", True),
                ("LAZZARINI ALESSIO", "Presidente del Consiglio", True),
                ("NICCOLAI BEATRICE", "Consigliere", True), ("BARSANTI GIACOMO", "Consigliere", False),
                ("DINELLI MICHELA", "Consigliere", True), ("PARDINI SIMONE", "Consigliere", True),
                ("GIOVANNETTI LAURA", "Consigliere", True), ("MARCUCCI FILIPPO", "Consigliere", True),
                ("TOCCHINI SARA", "Consigliere", False)]),
            "president": {"title": "Signor", "role": "PRESIDENTE DEL CONSIGLIO", "name": "LAZZARINI ALESSIO"},
            "secretary": PO_SEGR,
            "vote": "majority",
            "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
            "immediately_executive": True}},
    {
        "file": "giunta-porcari-halley.pdf", "role": "act",
        "what": "Giunta minute n. 121 (Halley layout): roll table with Presente SI/NO, one assessore absent, "
                "unanimous vote and separate unanimous vote; pdfLaTeX (no space characters in the text "
                "layer), letter-spaced heading with soul, running head and foot with the number (fancyhdr)",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Porcari", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 121, "date": "2026-09-15", "time": "13:00",
            "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL’ASSOCIAZIONE VOLONTARI PORCARESI PER "
                       "L’ASSISTENZA (A.V.P.A.) PER L’ACQUISTO DI UN AUTOMEZZO ATTREZZATO PER IL TRASPORTO "
                       "SOCIALE - INDIRIZZI",
            "attendees": att([(n, r, n != "PAOLINELLI SILVIA") for n, r in PO_GIUNTA]),
            "president": {"title": "Dott.", "role": "SINDACO", "name": "GIANNINI LEONARDO"},
            "secretary": PO_SEGR,
            "vote": "unanimous", "immediately_executive": True}},
    {
        "file": "giunta-porcari-halley-124.pdf", "role": "act",
        "what": "Giunta minute n. 124 (Halley layout, a COPIA with F.to signatures): all five present, one "
                "assessore abstaining, counted vote, separate unanimous vote; HTML through wkhtmltopdf 0.12.6",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Porcari", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 124, "date": "2026-09-22", "time": "12:15",
            "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO STATALE PER L'UTILIZZO "
                       "DELLA PALESTRA COMUNALE DI VIA ROMA NELL'ANNO SCOLASTICO 2026/2027",
            "attendees": att([(n, r, True) for n, r in PO_GIUNTA]),
            "president": {"title": "Dott.", "role": "SINDACO", "name": "GIANNINI LEONARDO"},
            "secretary": PO_SEGR,
            "vote": "majority",
            "vote_counts": {"present": 5, "in_favour": 4, "abstained": 1},
            "immediately_executive": True}},
    {
        "file": "certificato-porcari-halley.pdf", "role": "certificate",
        "what": "certificate of publication and executivity of Giunta n. 121, plain troff through groff -Tps "
                "and ps2pdf: justified text, a ruled box with the act's number, date and subject",
        "act": {
            "municipality": "Comune di Porcari", "kind": "attestazione",
            "number": 121, "date": "2026-09-15",
            "subject": "CONCESSIONE DI UN CONTRIBUTO STRAORDINARIO ALL’ASSOCIAZIONE VOLONTARI PORCARESI PER "
                       "L’ASSISTENZA (A.V.P.A.) PER L’ACQUISTO DI UN AUTOMEZZO ATTREZZATO PER IL TRASPORTO "
                       "SOCIALE - INDIRIZZI"}},
    {
        "file": "consiglio-cambiano-hypersic.pdf", "role": "act",
        "what": "Consiglio minute n. 29 as an 80-column Courier report (enscript, ps2pdf): roll in two P/A "
                "columns, a councillor entering late, the Sindaco presiding, the Segretario a scavalco, "
                "counted vote with abstentions, separate counted vote; running head with number and pages",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Cambiano", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 29, "date": "2026-09-24", "time": "20:45",
            "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 98 DEL 28/08/2026 AVENTE AD "
                       "OGGETTO \"VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE 2026/2028 (ART. 175, COMMA 4, "
                       "D.LGS. 267/2000)\"",
            "attendees": att([(n, r, n not in ("VIALE ENRICO", "AIMAR CRISTINA")) for n, r in CA_ROLL]),
            "president": {"title": "Sig.", "role": "Sindaco", "name": "TOSCO Gianfranco"},
            "secretary": CA_SEGR,
            "vote": "majority",
            "vote_counts": {"present": 12, "voters": 9, "in_favour": 9, "against": 0, "abstained": 3},
            "immediately_executive": True}},
    {
        "file": "consiglio-cambiano-hypersic-30.pdf", "role": "act",
        "what": "Consiglio minute n. 30 of the same sitting as an 80-column Courier report through a2ps "
                "(apostrophes as quoteright, hyphens as the minus glyph): the Sindaco leaves for a conflict "
                "of interest and the Vice Sindaco presides, unanimous counted vote, separate unanimous vote",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Cambiano", "organ": "Consiglio Comunale", "kind": "deliberazione",
            "number": 30, "date": "2026-09-24", "time": "20:45",
            "subject": "SDEMANIALIZZAZIONE E ALIENAZIONE DI UN RELITTO DI STRADA COMUNALE IN LOCALITA’ TETTI "
                       "BRUNA (FG. 7, MAPP. 412) − APPROVAZIONE",
            "attendees": att([(n, r, n != "VIALE ENRICO") for n, r in CA_ROLL]),
            "president": {"role": "Vice Sindaco", "name": "OLIVERO Daniela"},
            "secretary": CA_SEGR,
            "vote": "unanimous",
            "vote_counts": {"present": 11, "voters": 11, "in_favour": 11, "against": 0, "abstained": 0},
            "immediately_executive": True}},
    {
        "file": "giunta-cambiano-hypersic.pdf", "role": "act",
        "what": "Giunta minute n. 112: date and hour in words, roll in prose ('Sono presenti i Signori'), "
                "the Segretario a scavalco; content streams written by hand with pikepdf: body glyphs placed "
                "one at a time without spaces, dispositivo justified with Tw, letter-spaced title (Tc), "
                "letterhead and signatures as Form XObjects drawn out of order, rotated publication stamp",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Cambiano", "organ": "Giunta Comunale", "kind": "deliberazione",
            "number": 112, "date": "2026-09-16", "time": "18:30",
            "subject": CA_SUBJ112,
            "attendees": att([("TOSCO Gianfranco", "Sindaco", True), ("OLIVERO Daniela", "Vice Sindaco", True),
                              ("BERTINETTI Franco", "Assessore", True), ("MIGLIORE Stefano", "Assessore", True),
                              ("GIOLITO Paola", "Assessore", False)]),
            "president": {"title": "Sig.", "role": "Sindaco", "name": "TOSCO Gianfranco"},
            "secretary": CA_SEGR,
            "vote": "unanimous", "immediately_executive": True}},
    {
        "file": "certificato-cambiano-hypersic.pdf", "role": "certificate",
        "what": "certificate of executivity (with the publication) of Giunta n. 112: fpdf2 with embedded "
                "DejaVu subsets (Identity-H), a grid of the act's references, a rotated ESECUTIVA stamp",
        "act": {
            "municipality": "Comune di Cambiano", "kind": "attestazione",
            "number": 112, "date": "2026-09-16", "subject": CA_SUBJ112}},
]

DAYS = {10: "dieci", 15: "quindici", 16: "sedici", 17: "diciassette", 22: "ventidue", 24: "ventiquattro",
        28: "ventotto", 29: "ventinove"}


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
            print("MISSING FILE", k["file"]); misses += 1; continue
        t = text_of(path)
        tl = t.lower()
        a = k.get("act", {})

        def need(val, what, ci=False):
            nonlocal misses
            v = norm(val)
            ok = (v in t) or (ci and v.lower() in tl)
            if not ok:
                print("MISS %s: %s = %r" % (k["file"], what, v)); misses += 1

        for f in ("subject",):
            if f in a:
                need(a[f], f)
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                need(a[f], f, ci=True)
        for who in ("president", "secretary"):
            if who in a:
                for f, v in a[who].items():
                    need(v, who + "." + f, ci=(f == "role"))
        for i, at in enumerate(a.get("attendees", [])):
            need(at["name"], "attendees[%d].name" % i)
            need(at["role"], "attendees[%d].role" % i, ci=True)
        if "number" in a and not re.search(r"\b%d\b" % a["number"], t):
            print("MISS %s: number %d" % (k["file"], a["number"])); misses += 1
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                forms = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y)]
                if not any(x in t for x in forms) and DAYS.get(int(d), "@@") not in t:
                    print("MISS %s: %s %s" % (k["file"], f, a[f])); misses += 1
        if "proposal_number" in a and not re.search(r"\b%d\b" % a["proposal_number"], t):
            print("MISS %s: proposal_number" % k["file"]); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
