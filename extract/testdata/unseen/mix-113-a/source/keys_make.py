#!/usr/bin/env python3
"""Writes ../keys.json for set mix-113-a and checks that every keyed string
is found in `pdftotext -layout` of its PDF (white space collapsed; subjects
compared as printed, the other strings without regard to case). Exits 1 on
a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

AVIO = "Comune di Avio"
RIVELLO = "Comune di Rivello"
CAPRAROLA = "Comune di Caprarola"


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-avio-civilianext.pdf", "role": "act",
     "what": "Giunta comunale of Avio, verbale n. 4 di data 12.01.2027 (Trentino model, 'di data'), one assessore "
             "absent with justification; python-docx .docx exported by LibreOffice Writer, running head with the "
             "number from page 2, roll in a ruled table with three marking columns",
     "operative_points": 5,
     "act": {"municipality": AVIO, "organ": "Giunta comunale", "kind": "deliberazione", "number": 4,
             "date": "2027-01-12", "time": "17:30", "proposal_number": 9, "proposal_date": "2027-01-07",
             "proposing_office": "Servizio finanziario",
             "subject": "Bilancio di previsione 2027-2029: approvazione dell'atto programmatico di indirizzo per la "
                        "gestione e assegnazione delle risorse ai Responsabili dei Servizi.",
             "attendees": [att("BALDESSARINI Loris", "Sindaco"), att("MARZADRO Elena", "Vicesindaco"),
                           att("TOMASI Fabio", "Assessore"), att("COMPER Silvia", "Assessore", False),
                           att("FRAPPORTI Matteo", "Assessore")],
             "president": {"title": "signor", "role": "Sindaco", "name": "Loris Baldessarini"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Chiara Bertolini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-avio-civilianext.pdf", "role": "act",
     "what": "determinazione of Avio's Servizio tecnico, registro generale n. 11, n. 3 of the Servizio, both of "
             "13.01.2027; ReportLab in base-14 Times, paragraphs justified with Tw, letterhead letter-spaced "
             "with Tc, running foot with the number and 'pag. X di Y'",
     "operative_points": 4,
     "act": {"municipality": AVIO, "organ": "SERVIZIO TECNICO", "office": "Ufficio lavori pubblici e patrimonio",
             "kind": "determinazione", "number": 11, "sector_number": 3, "date": "2027-01-13",
             "subject": "Servizio di sgombero neve e trattamento antighiaccio della viabilità comunale, stagione "
                        "invernale 2026/2027. Integrazione dell'affidamento alla ditta Vallagarina Servizi S.r.l. "
                        "e impegno di spesa. CIG B4E7A21C93."}},
    {"file": "ordinanza-avio-civilianext.pdf", "role": "act",
     "what": "ordinanza del Sindaco of Avio n. 2 di data 14 gennaio 2027 (road closure for a feast); pdfLaTeX, "
             "Latin Modern T1, words separated by gaps only, a fancyhdr running foot with the number",
     "operative_points": 3,
     "act": {"municipality": AVIO, "organ": "Sindaco", "kind": "ordinanza", "number": 2, "date": "2027-01-14",
             "subject": "Disciplina temporanea della circolazione stradale in piazza Garibaldi e in via "
                        "Sant’Antonio a Sabbionara in occasione della festa di Sant’Antonio abate di domenica 17 "
                        "gennaio 2027."}},
    {"file": "convocazione-avio-civilianext.pdf", "role": "notice",
     "what": "convocation of Avio's Consiglio comunale for 28 January 2027, prot. n. 301 of 15 January 2027, "
             "signed by the Presidente del Consiglio; plain troff through groff -Tps and ps2pdf, justified by "
             "word spacing",
     "act": {"municipality": AVIO, "kind": "convocazione", "date": "2027-01-15",
             "subject": "Convocazione del Consiglio comunale – seduta del 28 gennaio 2027."}},
    {"file": "deliberazione-rivello-halley.pdf", "role": "act",
     "what": "Consiglio comunale of Rivello n. 1 del 15/01/2027 (DUP update), 11 members with two absent, "
             "roll in two side-by-side tables, majority vote 7-2; HTML printed by headless Chromium with a "
             "page-margin foot carrying the number",
     "operative_points": 3,
     "act": {"municipality": RIVELLO, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2027-01-15", "time": "18:00",
             "subject": "APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) PER IL "
                        "PERIODO 2027/2029.",
             "attendees": [att("CANTISANI Giuseppe", "Sindaco"), att("LABANCA Maria Rosaria", "Consigliere"),
                           att("DE LUCA Vincenzo", "Consigliere"), att("ALAGIA Francesco", "Consigliere", False),
                           att("RUGGIERO Teresa", "Consigliere"), att("SPAGNUOLO Michele", "Consigliere"),
                           att("PAPALEO Antonio", "Consigliere"), att("SCALDAFERRI Carmela", "Consigliere"),
                           att("MARTINO Domenico", "Consigliere", False), att("LAGUARDIA Rocco", "Consigliere"),
                           att("GRIECO Annalisa", "Consigliere")],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Cantisani"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Antonio Guarino"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-rivello-halley.pdf", "role": "act",
     "what": "determinazione of Rivello's Area Amministrativa, n. 4 del 12/01/2027 of the Area, registro "
             "generale n. 9 del 13/01/2027; 80-column Courier report (enscript, latin1, ps2pdf) with enscript's "
             "running head carrying the register number",
     "operative_points": 4,
     "act": {"municipality": RIVELLO, "organ": "AREA AMMINISTRATIVA",
             "office": "Servizio Affari Generali e Demografici", "kind": "determinazione", "number": 9,
             "sector_number": 4, "date": "2027-01-13",
             "subject": "SERVIZIO DI CONSERVAZIONE DIGITALE A NORMA DEI DOCUMENTI INFORMATICI DELL’ENTE PER L’ANNO "
                        "2027. AFFIDAMENTO DIRETTO ALLA DITTA LUCANIA DIGITAL SERVICE S.R.L. E IMPEGNO DI SPESA. "
                        "CIG B5C19D07F2."}},
    {"file": "certificato-rivello-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Rivello's Consiglio deliberation n. 1 del 15/01/2027, published "
             "18/01/2027-02/02/2027 (Reg. Pubbl. n. 27); fpdf2 module whose blanks are lines of underscores "
             "with the values written over them",
     "act": {"municipality": RIVELLO, "kind": "attestazione", "number": 1, "date": "2027-01-15",
             "subject": "APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) PER IL "
                        "PERIODO 2027/2029."}},
    {"file": "decreto-rivello-halley.pdf", "role": "act",
     "what": "decreto del Sindaco of Rivello n. 1 del 11/01/2027 appointing the head of the Area Tecnica; "
             "wkhtmltopdf 0.12.6 (Qt), justified text, letter-spaced 'D E C R E T A'",
     "operative_points": 4,
     "act": {"municipality": RIVELLO, "organ": "Sindaco", "kind": "decreto", "number": 1, "date": "2027-01-11",
             "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata "
                        "Qualificazione per l'anno 2027."}},
    {"file": "deliberazione-caprarola-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale of Caprarola n. 3 del 14/01/2027, one assessore absent; content streams written "
             "by hand (pikepdf): every glyph placed alone, page drawn out of reading order (body, roll column "
             "by column, title block, letterhead Form XObject last), Albo stamp rotated up the left margin",
     "operative_points": 4,
     "act": {"municipality": CAPRAROLA, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2027-01-14", "time": "12:30", "proposal_number": 5, "proposal_date": "2027-01-11",
             "proposing_office": "AREA AMMINISTRATIVA",
             "subject": "Approvazione dello schema di convenzione con l'Associazione Pro Loco di Caprarola per la "
                        "gestione del servizio di informazione e accoglienza turistica - Anno 2027.",
             "attendees": [att("CARDARELLI FABIO", "SINDACO"), att("MANCINI LAURA", "VICE SINDACO"),
                           att("BRUNELLI STEFANO", "ASSESSORE"), att("ZAPPONI MARTA", "ASSESSORE", False),
                           att("PAOLOCCI DANIELE", "ASSESSORE")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Fabio Cardarelli"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Rossella Fabbri"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-caprarola-sicraweb.pdf", "role": "act",
     "what": "determinazione of Caprarola's Area Economico-Finanziaria, registro generale n. 12 and n. 2 of the "
             "Area, 15/01/2027, proposal n. 18 of 13/01/2027; fpdf2 core fonts, grid of labels over values, "
             "running head with the number on page 2",
     "operative_points": 5,
     "act": {"municipality": CAPRAROLA, "organ": "AREA ECONOMICO-FINANZIARIA",
             "office": "Servizio Tributi e Entrate Comunali", "kind": "determinazione", "number": 12,
             "sector_number": 2, "date": "2027-01-15", "proposal_number": 18, "proposal_date": "2027-01-13",
             "subject": "Affidamento diretto del servizio di stampa, imbustamento e postalizzazione degli avvisi di "
                        "pagamento TARI 2027 - Determina a contrarre e impegno di spesa - CIG B6A2F45D18."}},
    {"file": "ordinanza-caprarola-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale of Caprarola n. 1 del 12/01/2027 closing a school for two days; HTML printed "
             "by headless Chromium, letter-spaced headings (CSS letter-spacing), page-margin foot with the number",
     "operative_points": 2,
     "act": {"municipality": CAPRAROLA, "organ": "Sindaco", "kind": "ordinanza", "number": 1, "date": "2027-01-12",
             "subject": "Chiusura temporanea del plesso scolastico \"Fratelli Ricci\" di via della Rena nei giorni 13 "
                        "e 14 gennaio 2027 per il ripristino dell'impianto di riscaldamento."}},
    {"file": "avviso-caprarola-sicraweb.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of Caprarola's Area Tecnica (list of contractors for public green "
             "maintenance), prot. n. 612 del 18/01/2027 in a stamp rotated up the right margin; ReportLab, "
             "letterhead as one Form XObject drawn after each page's text",
     "act": {"municipality": CAPRAROLA, "office": "AREA TECNICA", "kind": "avviso", "date": "2027-01-18",
             "subject": "AVVISO PUBBLICO PER LA FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER L'AFFIDAMENTO "
                        "DI LAVORI DI MANUTENZIONE DEL VERDE PUBBLICO - ANNO 2027"}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strings(k):
    """(label, value, case_sensitive) for every keyed string of one key."""
    a = k.get("act", {})
    out = []
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a:
            out.append((f, a[f], False))
    if "subject" in a:
        out.append(("subject", a["subject"], True))
    for i, p in enumerate(a.get("attendees", [])):
        out.append((f"attendees[{i}].name", p["name"], False))
        out.append((f"attendees[{i}].role", p["role"], False))
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]:
                    out.append((f"{f}.{g}", a[f][g], False))
    return out


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print(f"MISSING FILE {k['file']}")
            misses += 1
            continue
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                                  check=True).stdout)
        low = txt.lower()
        for label, val, cs in strings(k):
            v = norm(val)
            ok = (v in txt) if cs else (v.lower() in low)
            if not ok:
                print(f"MISS {k['file']}: {label} = {val!r}")
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(KEYS)} keys written, {misses} misses")
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
