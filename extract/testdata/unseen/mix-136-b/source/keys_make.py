#!/usr/bin/env python3
"""Writes ../keys.json for set mix-136-b and checks that every keyed string
(municipality, organ, office, proposing office, subject, attendees' names and
roles, president's and secretary's title, role and name) and every keyed date
(as dd/mm/yyyy), time and number is found in `pdftotext -layout` of its PDF.

Normalisation before the search: case folded, curly apostrophes made straight,
runs of three or more underscores (the blanks of a form) removed, white space
collapsed. Exits 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

CMT = "Comunità Montana Valtellina di Tirano"
CIV = "Consorzio Intercomunale C.I.V.E.T.A."
UNV = "Unione dei Comuni del Villanova"

P_CIOCC = {"title": "avv.", "role": "Presidente", "name": "Elena Cioccarelli"}
S_GHIL = {"title": "dott.", "role": "Segretario della Comunità Montana", "name": "Stefano Ghilotti"}
GE = [("CIOCCARELLI ELENA", "Presidente"), ("BERTOLINA MARCO", "Vicepresidente"),
      ("STRAMBINI SARA", "Assessore"), ("FAIFER LUCA", "Assessore"),
      ("TOGNOLINI PAOLO", "Assessore")]


def att(rows, absent=()):
    return [{"name": n, "role": r, "present": n not in absent} for n, r in rows]


S_MONAC = {"title": "ing.", "role": "Direttore del Consorzio", "name": "Fabio Monacelli"}
P_STIV = {"title": "avv.", "role": "Presidente del Consiglio di Amministrazione",
          "name": "Giuseppe Stivaletta"}
CDA = [("STIVALETTA GIUSEPPE", "Presidente"), ("SABATINI MARIA TERESA", "Vicepresidente"),
       ("DEL BORRELLO ROCCO", "Consigliere")]
P_FOIS = {"title": "sig.", "role": "Presidente dell'Unione", "name": "Salvatore Fois"}
S_USELI = {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Paola Useli"}
GU = [("FOIS SALVATORE", "Presidente"), ("CHESSA MARIA GRAZIA", "Vicepresidente"),
      ("CANU PIETRO", "Componente"), ("DETTORI ANTONELLO", "Componente"),
      ("SPANU FRANCESCA", "Componente")]

KEYS = [
    {"file": "deliberazione-giunta-87-valtellinaditirano-sicraweb.pdf", "role": "act",
     "what": "Giunta Esecutiva deliberation 87/2028 of a Lombard Comunità Montana (Sicr@web layout), "
             "ReportLab: Helvetica justified with Tw, letter-spaced title with Tc, running head and foot "
             "with the number",
     "operative_points": 4,
     "act": {"municipality": CMT, "organ": "Giunta Esecutiva", "kind": "deliberazione",
             "number": 87, "date": "2028-12-14", "time": "17:30",
             "proposal_number": 112, "proposal_date": "2028-12-09", "proposing_office": "AREA TECNICA",
             "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MANUTENZIONE STRAORDINARIA "
                        "DELLA STRADA AGRO-SILVO-PASTORALE \"PIAN DI GEMBRO – TRIVIGNO\" – CUP "
                        "H27H28000410002",
             "attendees": att(GE, absent=("FAIFER LUCA",)),
             "president": P_CIOCC, "secretary": S_GHIL,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-giunta-90-valtellinaditirano-sicraweb.pdf", "role": "act",
     "what": "Giunta Esecutiva deliberation 90/2028, same house style and producer (ReportLab), one "
             "abstention with counts",
     "operative_points": 5,
     "act": {"municipality": CMT, "organ": "Giunta Esecutiva", "kind": "deliberazione",
             "number": 90, "date": "2028-12-21", "time": "18:00",
             "proposal_number": 118, "proposal_date": "2028-12-15",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI DEL TERRITORIO PER INIZIATIVE "
                        "CULTURALI, SPORTIVE E DI PROMOZIONE TURISTICA – SECONDO SEMESTRE 2028",
             "attendees": att(GE),
             "president": P_CIOCC, "secretary": S_GHIL,
             "vote": "majority",
             "vote_counts": {"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-assemblea-valtellinaditirano-sicraweb.pdf", "role": "act",
     "what": "Assemblea deliberation 21/2028 (DUP and budget), HTML printed by headless Chromium: roll "
             "of twelve Comuni in two side-by-side tables with weighted votes, vote by heads and by "
             "weighted votes, fixed running foot",
     "operative_points": 4,
     "act": {"municipality": CMT, "organ": "Assemblea", "kind": "deliberazione",
             "number": 21, "date": "2028-12-18", "time": "20:45",
             "proposal_number": 115, "proposal_date": "2028-12-11",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2029-2031 E DEL "
                        "BILANCIO DI PREVISIONE FINANZIARIO 2029-2031",
             "attendees": att([("TOGNOLINI PAOLO", "Sindaco"), ("MARCHETTI ALBERTO", "Sindaco"),
                               ("BERTOLINA MARCO", "Sindaco"), ("ROBUSTELLI ANNA", "Sindaco"),
                               ("ZANOLARI GIULIO", "Delegato"), ("PEDRANZINI SILVIA", "Sindaco"),
                               ("COLTURI DAVIDE", "Sindaco"), ("STRAMBINI SARA", "Delegato"),
                               ("CIOCCARELLI ELENA", "Delegato"), ("BORMOLINI RENATO", "Sindaco"),
                               ("SCARAMELLINI CARLO", "Sindaco"), ("FAIFER LUCA", "Delegato")],
                              absent=("COLTURI DAVIDE", "SCARAMELLINI CARLO")),
             "president": {"title": "avv.", "role": "Presidente della Comunità Montana",
                           "name": "Elena Cioccarelli"},
             "secretary": S_GHIL,
             "vote": "majority",
             "vote_counts": {"present": 10, "in_favour": 8, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "decreto-valtellinaditirano-sicraweb.pdf", "role": "act",
     "what": "decreto del Presidente 9/2028 typed on the office's Word model: .docx by python-docx, "
             "exported by LibreOffice 7.4; letterhead table with a picture in the header, page n of N "
             "in fields",
     "operative_points": 5,
     "act": {"municipality": CMT, "organ": "Presidente", "kind": "decreto",
             "number": 9, "date": "2028-12-28",
             "subject": "INDIVIDUAZIONE DEL RESPONSABILE DELL'AREA TECNICA E ATTRIBUZIONE "
                        "DELL'INCARICO DI ELEVATA QUALIFICAZIONE PER L'ANNO 2029"}},
    {"file": "deliberazione-assemblea-civeta-saga.pdf", "role": "act",
     "what": "Assemblea Consortile deliberation 11/2028 of an Abruzzo waste consortium: 80-column "
             "Courier report (enscript, running head with number and page x of y, ps2pdf); roll of "
             "fourteen Comuni with shares, vote by heads and by shares",
     "operative_points": 4,
     "act": {"municipality": CIV, "organ": "Assemblea Consortile", "kind": "deliberazione",
             "number": 11, "date": "2028-12-15", "time": "10:30",
             "subject": "APPROVAZIONE DEL PIANO ECONOMICO-FINANZIARIO E DELLE TARIFFE DI CONFERIMENTO "
                        "DEI RIFIUTI ALL’IMPIANTO DI VALLE CENA PER L’ANNO 2029",
             "attendees": att([("D’ALESSANDRO PAOLO", "SINDACO"), ("TIBERIO GRAZIELLA", "SINDACO"),
                               ("CIERI ANTONIO", "SINDACO"), ("ROSSETTI MARIO", "SINDACO"),
                               ("FABRIZIO DOMENICO", "SINDACO"), ("SMARGIASSI NICOLA", "SINDACO"),
                               ("BOLOGNESE CATERINA", "SINDACO"), ("CILLI GIOVANNI", "SINDACO"),
                               ("SPUTORE ERNESTO", "SINDACO"), ("DI PIETRO ANGELO", "SINDACO"),
                               ("ZINNI ALESSIA", "ASSESSORE DELEGATO"),
                               ("MONTEFERRANTE CARLO", "SINDACO"),
                               ("LAUDADIO FRANCESCA", "ASSESSORE DELEGATO"),
                               ("DI LELLO ROCCO", "SINDACO")],
                              absent=("CIERI ANTONIO", "CILLI GIOVANNI", "DI PIETRO ANGELO")),
             "president": {"title": "sig.", "role": "Presidente dell’Assemblea Consortile",
                           "name": "Carlo Monteferrante"},
             "secretary": S_MONAC,
             "vote": "majority",
             "vote_counts": {"present": 11, "in_favour": 10, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-cda-47-civeta-saga.pdf", "role": "act",
     "what": "Consiglio di Amministrazione deliberation 47/2028, plain troff (no macros) through groff "
             "-Tps and ps2pdf: Times justified, tab-stop roll, running head from page 2 and foot by traps",
     "operative_points": 4,
     "act": {"municipality": CIV, "organ": "Consiglio di Amministrazione", "kind": "deliberazione",
             "number": 47, "date": "2028-12-12", "time": "15:00",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA E PROGRAMMATA "
                        "DELL’IMPIANTO DI SELEZIONE DEL MULTIMATERIALE – ANNO 2029 – CIG B4F21C7A93",
             "attendees": att(CDA), "president": P_STIV, "secretary": S_MONAC,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-cda-49-civeta-saga.pdf", "role": "act",
     "what": "Consiglio di Amministrazione deliberation 49/2028, pdfLaTeX (glyphs placed with kerning, "
             "no space characters), soul letter-spacing, fancyhdr running head; 2 for, 1 against",
     "operative_points": 3,
     "act": {"municipality": CIV, "organ": "Consiglio di Amministrazione", "kind": "deliberazione",
             "number": 49, "date": "2028-12-22", "time": "12:00",
             "subject": "APPROVAZIONE DEL PIANO TRIENNALE DEI FABBISOGNI DI PERSONALE 2029-2031 E "
                        "RIDETERMINAZIONE DELLA DOTAZIONE ORGANICA",
             "attendees": att(CDA), "president": P_STIV, "secretary": S_MONAC,
             "vote": "majority",
             "vote_counts": {"present": 3, "voters": 3, "in_favour": 2, "against": 1},
             "immediately_executive": False}},
    {"file": "determinazione-civeta-saga.pdf", "role": "act",
     "what": "determinazione del Direttore on the register form: fpdf2 core fonts, blanks of "
             "underscores with the register's entries typed over them in Courier",
     "operative_points": 4,
     "act": {"municipality": CIV, "organ": "Direttore", "office": "IMPIANTI E GESTIONE DISCARICA",
             "kind": "determinazione", "number": 163, "sector_number": 41, "date": "2028-12-29",
             "subject": "LIQUIDAZIONE FATTURE ALLA DITTA ECOTRASPORTI SANGRO S.R.L. PER IL SERVIZIO "
                        "DI TRASPORTO E SMALTIMENTO DEL PERCOLATO - MESE DI NOVEMBRE 2028 - CIG "
                        "B1C7E20D45"}},
    {"file": "deliberazione-giunta-58-villanova-halley.pdf", "role": "act",
     "what": "Giunta dell'Unione deliberation 58/2028 of a Sardinian Unione (Halley layout), HTML "
             "through wkhtmltopdf 0.12.6 (Qt)",
     "operative_points": 3,
     "act": {"municipality": UNV, "organ": "Giunta dell'Unione", "kind": "deliberazione",
             "number": 58, "date": "2028-12-11", "time": "16:00",
             "subject": "SERVIZIO ASSOCIATO DI POLIZIA LOCALE – APPROVAZIONE DEL PIANO OPERATIVO DEI "
                        "SERVIZI PER IL PERIODO DELLE FESTIVITÀ NATALIZIE 2028/2029.",
             "attendees": att(GU, absent=("SPANU FRANCESCA",)),
             "president": P_FOIS, "secretary": S_USELI,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-assemblea-villanova-halley.pdf", "role": "act",
     "what": "Assemblea dell'Unione deliberation 14/2028, raw content streams by pikepdf: every glyph "
             "placed alone, letterhead/running head/signatures in Form XObjects drawn out of reading "
             "order, roll in two columns (right one written first), publication stamp rotated up the "
             "margin",
     "operative_points": 4,
     "act": {"municipality": UNV, "organ": "Assemblea dell'Unione", "kind": "deliberazione",
             "number": 14, "date": "2028-12-19", "time": "18:30",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER LA GESTIONE ASSOCIATA DELLA "
                        "CENTRALE UNICA DI COMMITTENZA TRA L'UNIONE DEI COMUNI DEL VILLANOVA E I "
                        "COMUNI ADERENTI – TRIENNIO 2029-2031.",
             "attendees": att([("FOIS SALVATORE", "Sindaco"), ("PIRAS GIAN MARCO", "Consigliere"),
                               ("CANU PIETRO", "Sindaco"), ("SATTA LUCIA", "Consigliere"),
                               ("DETTORI ANTONELLO", "Sindaco"), ("MURA GIOVANNA", "Consigliere"),
                               ("CHESSA MARIA GRAZIA", "Sindaco"), ("SALIS ANTONIO", "Consigliere"),
                               ("SPANU FRANCESCA", "Sindaco"), ("DEIANA MARCO", "Consigliere")],
                              absent=("MURA GIOVANNA",)),
             "president": P_FOIS, "secretary": S_USELI,
             "vote": "majority",
             "vote_counts": {"present": 9, "in_favour": 8, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "deliberazione-giunta-61-villanova-halley.pdf", "role": "act",
     "what": "Giunta dell'Unione deliberation 61/2028 on Halley's Word model: .docx by python-docx, "
             "LibreOffice 7.4; roll in two column groups side by side, justified text",
     "operative_points": 3,
     "act": {"municipality": UNV, "organ": "Giunta dell'Unione", "kind": "deliberazione",
             "number": 61, "date": "2028-12-27", "time": "13:00",
             "proposal_number": 71, "proposal_date": "2028-12-20",
             "proposing_office": "Servizio Finanziario",
             "subject": "ESERCIZIO PROVVISORIO 2029 – ASSEGNAZIONE PROVVISORIA DELLE RISORSE "
                        "FINANZIARIE AI RESPONSABILI DEI SERVIZI.",
             "attendees": att(GU, absent=("CANU PIETRO",)),
             "president": P_FOIS, "secretary": S_USELI,
             "vote": "majority",
             "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
             "immediately_executive": True}},
    {"file": "decreto-villanova-halley.pdf", "role": "act",
     "what": "decreto del Presidente dell'Unione 6/2028, HTML printed by headless Chromium, heading "
             "letter-spaced by CSS",
     "operative_points": 4,
     "act": {"municipality": UNV, "organ": "Presidente dell'Unione", "kind": "decreto",
             "number": 6, "date": "2028-12-29",
             "subject": "NOMINA DEL RESPONSABILE DELLA CENTRALE UNICA DI COMMITTENZA DELL'UNIONE PER "
                        "IL TRIENNIO 2029-2031."}},
]


def norm(s):
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                          text=True, check=True).stdout


def checks(act):
    out = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject", "time"):
        if f in act:
            out.append((f, act[f]))
    for f in ("number", "sector_number", "proposal_number"):
        if f in act:
            out.append((f, str(act[f])))
    for f in ("date", "proposal_date"):
        if f in act:
            y, m, d = act[f].split("-")
            out.append((f, "%s/%s/%s" % (d, m, y)))
    for i, a in enumerate(act.get("attendees", [])):
        out.append(("attendees[%d].name" % i, a["name"]))
        out.append(("attendees[%d].role" % i, a["role"]))
    for who in ("president", "secretary"):
        for k, v in act.get(who, {}).items():
            out.append(("%s.%s" % (who, k), v))
    return out


def main():
    misses = 0
    for k in KEYS:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); misses += 1; continue
        if os.path.getsize(pdf) > 400 * 1024:
            print("TOO BIG", k["file"]); misses += 1
        t = norm(text_of(pdf))
        for field, val in checks(k["act"]):
            if norm(val) not in t:
                print("MISS %s %s: %r" % (k["file"], field, val)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d files, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
