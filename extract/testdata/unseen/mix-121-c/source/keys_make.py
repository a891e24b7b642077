#!/usr/bin/env python3
"""Write ../keys.json for set mix-121-c and check every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; runs of three or more
underscores - the blanks of a form - dropped first). Names, roles, organs,
offices and titles are looked for without regard to case; subjects exactly.
Numbers and dates are looked for as printed (dd/mm/yyyy or dd.mm.yyyy).
Exit status 1 on any miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(rows, roles=True):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if roles and r[1]:
            d["role"] = r[1]
        d["present"] = r[-1]
        out.append(d)
    return out


# ---------------------------------------------------------------- Soragna
SOR_GIUNTA_96 = [("PEZZANI Giorgio", "Sindaco", True), ("CAVALLI Elisa", "Vicesindaco", True),
                 ("GHIDINI Marco", "Assessore", False), ("BOCCHI Laura", "Assessore", True),
                 ("TEDESCHI Andrea", "Assessore", True)]
SOR_GIUNTA_101 = [("PEZZANI Giorgio", "Sindaco", False), ("CAVALLI Elisa", "Vicesindaco", True),
                  ("GHIDINI Marco", "Assessore", True), ("BOCCHI Laura", "Assessore", False),
                  ("TEDESCHI Andrea", "Assessore", True)]
SOR_COUNCIL = ["PEZZANI Giorgio", "CAVALLI Elisa", "GHIDINI Marco", "BOCCHI Laura", "TEDESCHI Andrea",
               "FERRARINI Chiara", "ROSSETTI Paolo", "ZANICHELLI Luca", "SCARAMUZZA Sara", "CONCARI Davide",
               "BOTTAZZI Federica", "MALPELI Stefano", "ARDUINI Giulia"]


def sor_council(absent):
    return [(n, "Sindaco" if i == 0 else "Consigliere", n not in absent) for i, n in enumerate(SOR_COUNCIL)]


SOR_PRES = {"title": "dott.", "role": "Sindaco", "name": "Giorgio Pezzani"}
SOR_SEGR = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Roberta Manfredi"}

# ---------------------------------------------------------------- Oppido Mamertina
OPP_G78 = [("GIOFFRÈ Bruno", "Sindaco", True), ("ZAPPIA Rosaria", "Vice Sindaco", True),
           ("RASO Antonio", "Assessore", True), ("MAZZITELLI Giuseppe", "Assessore", False),
           ("MITTIGA Caterina", "Assessore", True)]
OPP_G80 = [("GIOFFRÈ Bruno", "Sindaco", True), ("ZAPPIA Rosaria", "Vice Sindaco", True),
           ("RASO Antonio", "Assessore", False), ("MAZZITELLI Giuseppe", "Assessore", True),
           ("MITTIGA Caterina", "Assessore", True)]
OPP_C22 = [("GIOFFRE’ BRUNO", None, True), ("PRONESTI’ VINCENZO", None, True),
           ("ZAPPIA ROSARIA", None, True), ("RASO ANTONIO", None, True),
           ("MAZZITELLI GIUSEPPE", None, True), ("MITTIGA CATERINA", None, True),
           ("FEDELE ROCCO", None, True), ("CARIDI ANNUNZIATA", None, True),
           ("LUPPINO SALVATORE", None, False), ("ROMEO FRANCESCA", None, True),
           ("TRIPODI MICHELE", None, True), ("SCARFO’ CARMELO", None, True),
           ("ALVARO NATALE", None, False)]
OPP_C23_NAMES = ["GIOFFRÈ Bruno", "PRONESTÌ Vincenzo", "ZAPPIA Rosaria", "RASO Antonio",
                 "MAZZITELLI Giuseppe", "MITTIGA Caterina", "FEDELE Rocco", "CARIDI Annunziata",
                 "LUPPINO Salvatore", "ROMEO Francesca", "TRIPODI Michele", "SCARFÒ Carmelo", "ALVARO Natale"]
OPP_C23 = [(n, {0: "Sindaco", 1: "Presidente del Consiglio"}.get(i, "Consigliere"),
            n not in ("LUPPINO Salvatore", "SCARFÒ Carmelo", "ALVARO Natale"))
           for i, n in enumerate(OPP_C23_NAMES)]
OPP_SEGR = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Teresa Cutrupi"}

# ---------------------------------------------------------------- Pozzuolo del Friuli
POZ_G112 = [("Tosolini Luca", "Sindaco", True), ("Zamparo Sabrina", "Vice Sindaco", True),
            ("Del Fabbro Gianni", "Assessore", True), ("Peressini Michela", "Assessore", False),
            ("Cecotti Ivan", "Assessore", True)]
POZ_G117 = [("Tosolini Luca", "Sindaco", False), ("Zamparo Sabrina", "Vice Sindaco", True),
            ("Del Fabbro Gianni", "Assessore", True), ("Peressini Michela", "Assessore", True),
            ("Cecotti Ivan", "Assessore", True)]
POZ_NAMES = ["Tosolini Luca", "Zamparo Sabrina", "Del Fabbro Gianni", "Peressini Michela", "Cecotti Ivan",
             "Mattiussi Elena", "Bertoli Fabio", "Candotti Silvia", "Di Benedetto Marco", "Pertoldi Giada",
             "Venier Simone", "Nadalutti Chiara", "Pittoni Roberto", "Fabris Alessia", "Comelli Daniele",
             "Specogna Paolo", "Bulfon Erika"]
CAPO = {"Bertoli Fabio", "Nadalutti Chiara", "Comelli Daniele"}
POZ_C31 = [(n, "Sindaco" if i == 0 else ("Consigliere capogruppo" if n in CAPO else "Consigliere"),
            n != "Fabris Alessia") for i, n in enumerate(POZ_NAMES)]
POZ_C32 = [(n, "Sindaco" if i == 0 else None, n not in ("Fabris Alessia", "Bulfon Erika"))
           for i, n in enumerate(POZ_NAMES)]
POZ_SEGR = {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Degano"}

KEYS = [
    {"file": "giunta-96-soragna-sicraweb.pdf", "role": "act",
     "what": "Giunta minute, Soragna (Sicraweb style): ReportLab platypus, Tw-justified text, running head with the number and 'Pagina x di y' foot; roll in words with counts under it; pareri page",
     "operative_points": 4,
     "act": {"municipality": "Comune di Soragna", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 96, "date": "2027-09-07", "time": "12:30",
             "proposal_number": 142, "proposal_date": "2027-09-03", "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA \"GIUSEPPE VERDI\" - CUP H77H27000410004",
             "attendees": att(SOR_GIUNTA_96), "president": SOR_PRES, "secretary": SOR_SEGR,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-101-soragna-sicraweb.pdf", "role": "act",
     "what": "Giunta minute, Soragna (Sicraweb style): HTML through wkhtmltopdf (Qt), CSS letter-spaced letterhead and headings; numbered roll, totals under it; Vicesindaco presiding",
     "operative_points": 3,
     "act": {"municipality": "Comune di Soragna", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 101, "date": "2027-09-21", "time": "13:00",
             "proposal_number": 151, "proposal_date": "2027-09-15",
             "subject": "CONCESSIONE DI UN CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO SORAGNA PER L'ORGANIZZAZIONE DELLA \"FESTA D'AUTUNNO\" 2027",
             "attendees": att(SOR_GIUNTA_101),
             "president": {"role": "Vicesindaco", "name": "Elisa Cavalli"},
             "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Nicola Aimi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-38-soragna-sicraweb.pdf", "role": "act",
     "what": "Consiglio minute, Soragna (Sicraweb style): python-docx model exported by LibreOffice Writer; roll with Carica and Gruppo (maggioranza/minoranza) columns breaking from page 1 to 2 with its head repeated; a late entry noted in the roll",
     "operative_points": 4,
     "act": {"municipality": "Comune di Soragna", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 38, "date": "2027-09-16", "time": "20:45",
             "subject": "ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE 2027/2029 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000",
             "attendees": att(sor_council({"CONCARI Davide"})), "president": SOR_PRES, "secretary": SOR_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 12, "voters": 12, "in_favour": 9, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-39-soragna-sicraweb.pdf", "role": "act",
     "what": "Consiglio minute, Soragna (Sicraweb style): hand-written content streams (pikepdf), every glyph placed alone, justified by distances; letterhead and running head are Form XObjects painted after the body; rotated Albo stamp up the margin; a councillor who left noted in the roll; executive after publication",
     "operative_points": 3,
     "act": {"municipality": "Comune di Soragna", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 39, "date": "2027-09-16", "time": "20:45",
             "subject": "MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
             "attendees": att(sor_council({"CONCARI Davide", "TEDESCHI Andrea"})),
             "president": SOR_PRES, "secretary": SOR_SEGR,
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 2, "abstained": 1},
             "immediately_executive": False}},
    {"file": "giunta-78-oppidomamertina-asmenet.pdf", "role": "act",
     "what": "Giunta minute, Oppido Mamertina (Asmenet style): HTML printed by headless Chromium, page-margin boxes with the number and 'Pag. x di y'; numbered roll with counts under it; certificate of publication at the end",
     "operative_points": 4,
     "act": {"municipality": "Comune di Oppido Mamertina", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 78, "date": "2027-09-09", "time": "13:15",
             "proposal_number": 96, "proposal_date": "2027-09-05",
             "proposing_office": "Settore I - Amministrativo e Servizi alla Persona",
             "subject": "Approvazione dello schema di convenzione con l'Istituto Comprensivo Statale per la gestione del servizio di trasporto scolastico - anno scolastico 2027/2028.",
             "attendees": att(OPP_G78),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Bruno Gioffrè"},
             "secretary": OPP_SEGR, "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-80-oppidomamertina-asmenet.pdf", "role": "act",
     "what": "Giunta minute, Oppido Mamertina (Asmenet style): fpdf2 core fonts, Tw-justified multi_cell, running foot with number and page; roll in words (presente / assente giustificato); president named only in the signatures",
     "operative_points": 3,
     "act": {"municipality": "Comune di Oppido Mamertina", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 80, "date": "2027-09-16", "time": "12:00",
             "subject": "Atto di indirizzo per la partecipazione all'avviso pubblico della Regione Calabria per il finanziamento di interventi di mitigazione del rischio idrogeologico.",
             "attendees": att(OPP_G80),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Bruno Gioffrè"},
             "secretary": OPP_SEGR, "vote": "unanimous", "immediately_executive": True}},
    {"file": "consiglio-22-oppidomamertina-asmenet.pdf", "role": "act",
     "what": "Consiglio minute, Oppido Mamertina (Asmenet legacy procedure): 80-column Latin-1 text through enscript (Courier 10, running head with number and page) and Ghostscript; two-column roll with counts under it; accents as apostrophes",
     "operative_points": 2,
     "act": {"municipality": "Comune di Oppido Mamertina", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 22, "date": "2027-09-23", "time": "18:00",
             "subject": "RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 71 DEL 19.08.2027 AVENTE AD OGGETTO: VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE 2027/2029 (ART. 175, COMMA 4, D.LGS. 267/2000)",
             "attendees": att(OPP_C22, roles=False),
             "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Vincenzo Pronesti’"},
             "secretary": OPP_SEGR, "vote": "majority",
             "vote_counts": {"present": 11, "voters": 8, "in_favour": 8, "against": 0, "abstained": 3},
             "immediately_executive": True}},
    {"file": "consiglio-23-oppidomamertina-asmenet.pdf", "role": "act",
     "what": "Consiglio minute, Oppido Mamertina (Asmenet style): pdfLaTeX (Times, T1, kerned TJ arrays), longtable roll breaking across pages 1-2 with repeated head, a councillor who left noted in the roll; running foot with number and pages; president named only in the signatures",
     "operative_points": 3,
     "act": {"municipality": "Comune di Oppido Mamertina", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 23, "date": "2027-09-23", "time": "18:00",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL BARATTO AMMINISTRATIVO",
             "attendees": att(OPP_C23),
             "president": {"role": "Presidente del Consiglio", "name": "Vincenzo Pronestì"},
             "secretary": OPP_SEGR, "vote": "unanimous",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "giunta-112-pozzuolodelfriuli-insiel.pdf", "role": "act",
     "what": "Giunta minute, Pozzuolo del Friuli (Insiel style, bilingual letterhead): plain troff + tbl through groff -Tps and Ghostscript; running head with the number from a page trap; boxed roll in words",
     "operative_points": 3,
     "act": {"municipality": "Comune di Pozzuolo del Friuli", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 112, "date": "2027-09-14", "time": "17:30",
             "proposal_number": 126, "proposal_date": "2027-09-09", "proposing_office": "Area amministrativa",
             "subject": "Approvazione del programma delle iniziative culturali della stagione autunnale 2027 e assegnazione delle risorse al Responsabile dell’Area amministrativa",
             "attendees": att(POZ_G112),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Luca Tosolini"},
             "secretary": POZ_SEGR, "vote": "unanimous", "immediately_executive": True}},
    {"file": "giunta-117-pozzuolodelfriuli-insiel.pdf", "role": "act",
     "what": "Giunta minute, Pozzuolo del Friuli (Insiel letterhead on the office's fillable model): ReportLab canvas, form of underscores filled in Courier, each field a Form XObject painted after the page in field-name order; vote counts typed in blanks; ticked box for immediate execution",
     "operative_points": 2,
     "act": {"municipality": "Comune di Pozzuolo del Friuli", "organ": "Giunta comunale", "kind": "deliberazione",
             "number": 117, "date": "2027-09-28", "time": "18:00",
             "subject": "Proroga della convenzione per la gestione associata del servizio di polizia locale fino al 31 dicembre 2028",
             "attendees": att(POZ_G117),
             "president": {"role": "Vice Sindaco", "name": "Sabrina Zamparo"},
             "secretary": POZ_SEGR, "vote": "unanimous",
             "vote_counts": {"present": 4, "in_favour": 4, "against": 0, "abstained": 0},
             "immediately_executive": True}},
    {"file": "consiglio-31-pozzuolodelfriuli-insiel.pdf", "role": "act",
     "what": "Consiglio minute, Pozzuolo del Friuli (Insiel style): HTML printed by headless Chromium; 17-row roll with Carica, Gruppo consiliare and Magg./Min. columns, a late entry noted in a side note beside the roll, one councillor 'presente da remoto'",
     "operative_points": 2,
     "act": {"municipality": "Comune di Pozzuolo del Friuli", "organ": "Consiglio comunale", "kind": "deliberazione",
             "number": 31, "date": "2027-09-24", "time": "20:00",
             "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2028/2030",
             "attendees": att(POZ_C31),
             "president": {"title": "sig.", "role": "Sindaco", "name": "Luca Tosolini"},
             "secretary": POZ_SEGR, "vote": "majority",
             "vote_counts": {"present": 16, "in_favour": 11, "against": 4, "abstained": 1},
             "immediately_executive": True}},
    {"file": "consiglio-32-pozzuolodelfriuli-insiel.pdf", "role": "act",
     "what": "Consiglio minute, Pozzuolo del Friuli (Insiel style): fpdf2 with embedded DejaVu, letter-spaced letterhead and headings (Tc), running head with the number; numbered roll in two columns with counts under it; president and secretary named only in the signatures",
     "operative_points": 3,
     "act": {"municipality": "Comune di Pozzuolo del Friuli", "organ": "Consiglio comunale", "kind": "deliberazione",
             "number": 32, "date": "2027-09-24", "time": "20:00",
             "subject": "Approvazione del regolamento comunale per la concessione in uso delle sale civiche e dei locali di proprietà comunale",
             "attendees": att(POZ_C32),
             "president": {"role": "Presidente", "name": "Luca Tosolini"},
             "secretary": POZ_SEGR, "vote": "unanimous",
             "vote_counts": {"present": 15, "voters": 15}}},
]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                  text=True, check=True).stdout)
        low = txt.lower()
        a = k["act"]
        checks = []   # (label, string, exact)
        checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append(("%s.%s" % (who, f), v, False))
        for i, p in enumerate(a.get("attendees", [])):
            checks.append(("attendee %d name" % i, p["name"], False))
            if "role" in p:
                checks.append(("attendee %d role" % i, p["role"], False))
        checks.append(("number", str(a["number"]), True))
        y, m, d = a["date"].split("-")
        checks.append(("date", ["%s/%s/%s" % (d, m, y), "%s.%s.%s" % (d, m, y)], True))
        if "time" in a:
            checks.append(("time", a["time"], True))
        if "proposal_number" in a:
            checks.append(("proposal_number", str(a["proposal_number"]), True))
        if "proposal_date" in a:
            y, m, d = a["proposal_date"].split("-")
            checks.append(("proposal_date", ["%s/%s/%s" % (d, m, y), "%s.%s.%s" % (d, m, y)], True))
        for label, s, exact in checks:
            alts = s if isinstance(s, list) else [s]
            ok = any((norm(x) in txt) if exact else (norm(x).lower() in low) for x in alts)
            if not ok:
                print("MISS %-45s %-22s %r" % (k["file"], label, s))
                misses += 1
        n_att = len(a.get("attendees", []))
        print("ok   %-45s %d checks, %d attendees" % (k["file"], len(checks), n_att))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    pdfs = sorted(x for x in os.listdir(SET) if x.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if pdfs != keyed:
        print("PDFs and keys differ:", set(pdfs) ^ set(keyed)); misses += 1
    if misses:
        print("%d misses" % misses)
        sys.exit(1)
    print("all %d keys checked" % len(KEYS))


if __name__ == "__main__":
    main()
