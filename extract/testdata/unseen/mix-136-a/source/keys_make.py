#!/usr/bin/env python3
"""Write keys.json for mix-136-a and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; the subject compared as
printed, the other strings without regard to case). Exits 1 on a miss.
usage: keys_make.py [SETDIR]
"""
import json
import os
import re
import subprocess
import sys

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def roll(rows):
    out = []
    for r in rows:
        a = {"name": r[0]}
        if r[1]:
            a["role"] = r[1]
        a["present"] = r[2]
        out.append(a)
    return out


KEYS = [
    # ------------------------------------------------------------ Montefano (MC)
    {"file": "deliberazione-montefano-halley.pdf", "role": "act",
     "what": "Consiglio Comunale n. 41 del 14-12-2028 (ricognizione partecipazioni), Halley-like "
             "minute with the roll in two columns and a running foot with the number; ReportLab, "
             "justified by Tw",
     "operative_points": 5,
     "act": {"municipality": "Comune di Montefano", "organ": "Consiglio Comunale",
             "kind": "deliberazione", "number": 41, "date": "2028-12-14", "time": "21:00",
             "subject": "RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI "
                        "DELL'ART. 20 DEL D.LGS. 19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE "
                        "PARTECIPAZIONI POSSEDUTE AL 31/12/2027 - APPROVAZIONE.",
             "attendees": roll([
                 ("CARBONARI LORENZO", "Sindaco", True), ("GIULIODORI ELENA", "Consigliere", True),
                 ("MORRESI ANDREA", "Consigliere", True), ("SANTONI FRANCESCA", "Consigliere", True),
                 ("PIERONI MATTEO", "Consigliere", False), ("CINGOLANI ROBERTA", "Consigliere", True),
                 ("MARINELLI DAVIDE", "Consigliere", True), ("TOMBESI GIORGIO", "Consigliere", True),
                 ("BIAGETTI SILVIA", "Consigliere", True), ("LUCARELLI PAOLO", "Consigliere", True),
                 ("SCATTOLINI MARCO", "Consigliere", False), ("PAOLONI CHIARA", "Consigliere", True),
                 ("MANCINELLI STEFANO", "Consigliere", True)]),
             "president": {"title": "Sig.", "role": "SINDACO", "name": "CARBONARI LORENZO"},
             "secretary": {"title": "dott.ssa", "role": "SEGRETARIO COMUNALE",
                           "name": "CICCARELLI MARTA"},
             "vote": "majority",
             "vote_counts": {"present": 11, "voters": 8, "in_favour": 8, "against": 0,
                             "abstained": 3},
             "immediately_executive": True}},
    {"file": "determinazione-montefano-halley.pdf", "role": "act",
     "what": "Determinazione Area Tecnica n. 163 / Reg. gen. n. 512 (sgombero neve), Halley-like "
             "model: .docx by python-docx (number grid, list numbering, PAGE field in the running "
             "foot) exported by LibreOffice Writer 7.4",
     "operative_points": 6,
     "act": {"municipality": "Comune di Montefano", "organ": "AREA TECNICA",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 512, "sector_number": 163, "date": "2028-12-13",
             "subject": "SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE COMUNALI - "
                        "STAGIONE INVERNALE 2028/2029 - AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, "
                        "COMMA 1, LETT. B), DEL D.LGS. 36/2023 ALLA DITTA MONTANARI SCAVI S.R.L. - "
                        "IMPEGNO DI SPESA - CIG B4C7E21F09"}},
    {"file": "attestazione-montefano-halley.pdf", "role": "certificate",
     "what": "attestato di pubblicazione of Consiglio n. 41 del 14-12-2028: a pre-printed form of "
             "underscores with the values typed over the blanks (and the subject in the form's "
             "box) after the whole form; fpdf2",
     "act": {"municipality": "Comune di Montefano", "kind": "attestazione", "number": 41,
             "date": "2028-12-14",
             "subject": "RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI "
                        "DELL'ART. 20 DEL D.LGS. 19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE "
                        "PARTECIPAZIONI POSSEDUTE AL 31/12/2027 - APPROVAZIONE."}},
    {"file": "ordinanza-montefano-halley.pdf", "role": "act",
     "what": "Ordinanza sindacale n. 27 del 13-12-2028 (divieto di botti), Halley-like model in "
             "HTML with CSS letter-spaced headings; headless Chromium",
     "operative_points": 3,
     "act": {"municipality": "Comune di Montefano", "organ": "Sindaco", "kind": "ordinanza",
             "number": 27, "date": "2028-12-13",
             "subject": "DIVIETO DI UTILIZZO DI PETARDI, BOTTI E ALTRI ARTIFICI PIROTECNICI SUL "
                        "TERRITORIO COMUNALE IN OCCASIONE DELLE FESTIVITÀ NATALIZIE E DI FINE "
                        "ANNO 2028/2029."}},
    # ------------------------------------------------------------ Terrassa Padovana (PD)
    {"file": "deliberazione-terrassapadovana-kibernetes.pdf", "role": "act",
     "what": "Giunta Comunale n. 86 del 12/12/2028 (contributo scuola dell'infanzia), "
             "Kibernetes-like minute with a ruled roll, proposal line and a referto di "
             "pubblicazione; pdfLaTeX (TeX Gyre Termes), glyphs set with kerns and no spaces",
     "operative_points": 4,
     "act": {"municipality": "Comune di Terrassa Padovana", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 86, "date": "2028-12-12", "time": "18:30",
             "proposal_number": 97, "proposal_date": "2028-12-07",
             "proposing_office": "Area Amministrativa - Servizi Scolastici",
             "subject": "EROGAZIONE DI UN CONTRIBUTO STRAORDINARIO ALLA SCUOLA DELL’INFANZIA "
                        "PARITARIA PARROCCHIALE PER L’ANNO SCOLASTICO 2028/2029 - INDIRIZZI AL "
                        "RESPONSABILE DELL’AREA AMMINISTRATIVA.",
             "attendees": roll([("ZANELLA MICHELE", "Sindaco", True),
                                ("CECCHINATO SARA", "Vicesindaco", True),
                                ("BALDAN LUCA", "Assessore", False)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Michele Zanella"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale",
                           "name": "Alessandro Rampazzo"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-terrassapadovana-kibernetes.pdf", "role": "act",
     "what": "Determinazione Area Tecnica Reg. Gen. n. 291 / Reg. Area n. 88 (illuminazione via "
             "Roma), hand-written content streams (pikepdf): page 1 glyph by glyph with no spaces, "
             "page 2 lines justified by Tw and a heading spaced by Tc, letterhead, number box and "
             "foot as Form XObjects drawn after the body, a publication stamp rotated up the margin",
     "operative_points": 5,
     "act": {"municipality": "Comune di Terrassa Padovana", "organ": "AREA TECNICA",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 291, "sector_number": 88, "date": "2028-12-13",
             "subject": "MANUTENZIONE STRAORDINARIA DELL'IMPIANTO DI PUBBLICA ILLUMINAZIONE DI "
                        "VIA ROMA - DETERMINA A CONTRARRE E AFFIDAMENTO DIRETTO ALLA DITTA "
                        "ELETTROVENETA S.R.L. - CIG B8E2A41C7D - CUP H47H28000310004"}},
    {"file": "avviso-terrassapadovana-kibernetes.pdf", "role": "notice",
     "what": "Avviso pubblico (contributi per i canoni di locazione 2028), unnumbered, with a "
             "protocol box; HTML printed by wkhtmltopdf 0.12.6",
     "act": {"municipality": "Comune di Terrassa Padovana", "office": "AREA AMMINISTRATIVA",
             "kind": "avviso", "date": "2028-12-14",
             "subject": "AVVISO PUBBLICO PER L'EROGAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO "
                        "DEI CANONI DI LOCAZIONE - ANNO 2028"}},
    {"file": "decreto-terrassapadovana-kibernetes.pdf", "role": "act",
     "what": "Decreto del Sindaco n. 9 del 15/12/2028 (incarico di Elevata Qualificazione, Area "
             "Tecnica); plain troff with a tbl number line and a running foot, groff -Tps and ps2pdf",
     "operative_points": 5,
     "act": {"municipality": "Comune di Terrassa Padovana", "organ": "Sindaco", "kind": "decreto",
             "number": 9, "date": "2028-12-15",
             "subject": "CONFERIMENTO DELL’INCARICO DI ELEVATA QUALIFICAZIONE E NOMINA DEL "
                        "RESPONSABILE DELL’AREA TECNICA PER IL PERIODO DAL 01/01/2029 AL "
                        "31/12/2029."}},
    # ------------------------------------------------------------ Castelgrande (PZ)
    {"file": "deliberazione-castelgrande-saga.pdf", "role": "act",
     "what": "Consiglio Comunale n. 29 del 15/12/2028 (ratifica variazione di bilancio), an "
             "80-column Courier report of a legacy package: roll in two columns, running head and "
             "foot with the number, text justified by padding spaces; enscript and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": "Comune di Castelgrande", "organ": "Consiglio Comunale",
             "kind": "deliberazione", "number": 29, "date": "2028-12-15", "time": "18:00",
             "subject": "RATIFICA DELLA DELIBERAZIONE DI GIUNTA COMUNALE N. 68 DEL 30/11/2028 "
                        "AVENTE AD OGGETTO: VARIAZIONE D’URGENZA AL BILANCIO DI PREVISIONE "
                        "2028/2030 (ART. 175, COMMA 4, D.LGS. 267/2000).",
             "attendees": roll([
                 ("CANTISANI ROCCO", "SINDACO", True), ("FIERRO ANTONIETTA", None, True),
                 ("MECCA GIUSEPPE", None, True), ("NARDOZZA VITO", None, True),
                 ("SALVIA MARIA ROSARIA", None, True), ("GRIPPO DONATO", None, False),
                 ("VACCARO ANNA", None, True), ("LACAVA PASQUALE", None, True),
                 ("SANTARSIERO CARMELA", None, True), ("TANCREDI ANTONIO", None, False),
                 ("CAPUTO GERARDO", None, True)]),
             "president": {"title": "Sig.", "role": "SINDACO", "name": "ROCCO CANTISANI"},
             "secretary": {"title": "DOTT.", "role": "SEGRETARIO COMUNALE",
                           "name": "NICOLA MASTROBERTI"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2,
                             "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-castelgrande-saga.pdf", "role": "act",
     "what": "Determinazione Reg. generale n. 212 / Reg. settore n. 58 (indennità di funzione), "
             "80-column Courier report; a2ps (ISO Latin-1 vector: apostrophes are quoteright, "
             "hyphens minus signs) and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": "Comune di Castelgrande",
             "organ": "SETTORE AMMINISTRATIVO E CONTABILE",
             "office": "SERVIZIO FINANZIARIO E PERSONALE", "kind": "determinazione",
             "number": 212, "sector_number": 58, "date": "2028-12-12",
             "subject": "LIQUIDAZIONE INDENNITA’ DI FUNZIONE AL SINDACO E AGLI ASSESSORI "
                        "COMUNALI − PERIODO LUGLIO/DICEMBRE 2028."}},
    {"file": "ordinanza-castelgrande-saga.pdf", "role": "act",
     "what": "Ordinanza sindacale n. 31 del 13/12/2028 (chiusura scuole per neve), the legacy "
             "package's letter module in core Courier: justified by Tw, headings spaced by Tc; fpdf2",
     "operative_points": 2,
     "act": {"municipality": "Comune di Castelgrande", "organ": "Sindaco", "kind": "ordinanza",
             "number": 31, "date": "2028-12-13",
             "subject": "CHIUSURA DEI PLESSI SCOLASTICI DI OGNI ORDINE E GRADO PER IL GIORNO 14 "
                        "DICEMBRE 2028 A CAUSA DELLE AVVERSE CONDIZIONI METEOROLOGICHE."}},
    {"file": "convocazione-castelgrande-saga.pdf", "role": "notice",
     "what": "avviso di convocazione del Consiglio Comunale for 15/12/2028, typed in Courier New "
             "with tab stops and list numbering; .docx by python-docx exported by LibreOffice "
             "Writer 7.4",
     "act": {"municipality": "Comune di Castelgrande", "kind": "convocazione",
             "date": "2028-12-11",
             "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE STRAORDINARIA."}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def strings(k):
    a = k["act"]
    out = []
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a:
            out.append((f, a[f], False))
    if "subject" in a:
        out.append(("subject", a["subject"], True))
    for i, at in enumerate(a.get("attendees", [])):
        out.append(("attendees[%d].name" % i, at["name"], False))
        if "role" in at:
            out.append(("attendees[%d].role" % i, at["role"], False))
    for p in ("president", "secretary"):
        for f in ("title", "role", "name"):
            if f in a.get(p, {}):
                out.append(("%s.%s" % (p, f), a[p][f], False))
    return out


def main():
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                              text=True, check=True).stdout
        t = norm(text)
        for field, val, exact in strings(k):
            v = norm(val)
            ok = (v in t) if exact else (v.lower() in t.lower())
            if not ok:
                miss += 1
                print("MISS %s %s: %r" % (k["file"], field, val))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d files, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
