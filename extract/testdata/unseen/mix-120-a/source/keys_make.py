#!/usr/bin/env python3
"""Writes ../keys.json for set mix-120-a and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; subjects compared as
printed, other strings without regard to case; apostrophe shapes folded).
Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SUBJ_MARTANO_GC = ("VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI "
                   "DELL'ART. 175, COMMA 4, DEL D.LGS. N. 267/2000 - APPLICAZIONE QUOTA DI AVANZO "
                   "VINCOLATO PER INTERVENTI DI MANUTENZIONE STRAORDINARIA DEGLI EDIFICI SCOLASTICI.")

KEYS = [
    {"file": "deliberazione-martano-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale n. 118 of 03/08/2027, urgent budget variation, roll of 5 (one absent); ReportLab platypus: Tw-justified body, Tc letter-spaced title, letterhead Form XObject drawn after the body, running head on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Martano", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 118, "date": "2027-08-03", "time": "13:15",
             "proposal_number": 131, "proposal_date": "2027-07-29",
             "proposing_office": "SETTORE ECONOMICO - FINANZIARIO",
             "subject": SUBJ_MARTANO_GC,
             "attendees": [
                 {"name": "PRONTERA Giuseppe", "role": "Sindaco", "present": True},
                 {"name": "MELE Annarita", "role": "Vicesindaco", "present": True},
                 {"name": "GRECO Antonio", "role": "Assessore", "present": True},
                 {"name": "DE GIORGI Lucia", "role": "Assessore", "present": False},
                 {"name": "TOMA Cosimo", "role": "Assessore", "present": True}],
             "president": {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Prontera"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Rosaria Caputo"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-martano-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Settore Tecnico, general register n. 612 of 05/08/2027, sector n. 74 of 04/08/2027; HTML printed by headless Chromium",
     "operative_points": 6,
     "act": {"municipality": "Comune di Martano", "organ": "SETTORE TECNICO - LAVORI PUBBLICI E MANUTENZIONI",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 612, "sector_number": 74, "date": "2027-08-05",
             "subject": "Lavori di manutenzione straordinaria della copertura della Scuola Primaria di Via Calimera - "
                        "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta "
                        "Edil Salento S.r.l. di Soleto - Impegno di spesa - CIG B4C7E21A9F - CUP F47H27000120004."}},
    {"file": "ordinanza-martano-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale n. 41 of 06/08/2027 (glass containers banned during a festival); .docx by python-docx exported by LibreOffice Writer, letterhead in the page header",
     "operative_points": 3,
     "act": {"municipality": "Comune di Martano", "organ": "Sindaco", "kind": "ordinanza",
             "number": 41, "date": "2027-08-06",
             "subject": "Divieto di vendita per asporto di bevande in contenitori di vetro e lattine e di "
                        "somministrazione in contenitori di vetro su aree pubbliche in occasione della "
                        "manifestazione \"Martano in Festa 2027\" (11 e 12 agosto 2027)."}},
    {"file": "certificato-martano-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation n. 118 of 03/08/2027 (Albo n. 1247, 05/08 to 20/08/2027); fpdf2 form with values typed in Courier over blanks of underscores",
     "act": {"municipality": "Comune di Martano", "kind": "attestazione",
             "number": 118, "date": "2027-08-03", "subject": SUBJ_MARTANO_GC}},
    {"file": "deliberazione-civezzano-civilianext.pdf", "role": "act",
     "what": "Consiglio comunale n. 31 of 5 August 2027 (Trentino verbale), assestamento, roll of 18 in two columns, majority vote; pdfLaTeX (helvet), running foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Civezzano", "organ": "Consiglio comunale", "kind": "deliberazione",
             "number": 31, "date": "2027-08-05", "time": "20:30",
             "subject": "Assestamento generale del bilancio di previsione finanziario 2027-2029 e verifica del "
                        "permanere degli equilibri di bilancio (artt. 175, comma 8, e 193 del D.Lgs. 18 agosto "
                        "2000, n. 267).",
             "attendees": [
                 {"name": "MOSER Fabrizio", "role": "Sindaco", "present": True},
                 {"name": "DALLAPÈ Tiziana", "role": "Vicesindaco", "present": True},
                 {"name": "ANDREATTA Michele", "role": "Consigliere", "present": True},
                 {"name": "BERTOLDI Sara", "role": "Consigliere", "present": True},
                 {"name": "CAGOL Renzo", "role": "Consigliere", "present": True},
                 {"name": "DEMATTÈ Elisa", "role": "Consigliere", "present": False},
                 {"name": "FILIPPI Mauro", "role": "Consigliere", "present": True},
                 {"name": "FORTI Laura", "role": "Consigliere", "present": True},
                 {"name": "GIOVANNINI Paolo", "role": "Consigliere", "present": True},
                 {"name": "LUNELLI Chiara", "role": "Consigliere", "present": True},
                 {"name": "MATTEDI Roberto", "role": "Consigliere", "present": True},
                 {"name": "NICOLINI Stefano", "role": "Consigliere", "present": True},
                 {"name": "OSS Valentina", "role": "Consigliere", "present": True},
                 {"name": "PERGHER Giorgio", "role": "Consigliere", "present": False},
                 {"name": "ROSSI Daniela", "role": "Consigliere", "present": True},
                 {"name": "SEGATA Luca", "role": "Consigliere", "present": True},
                 {"name": "TOMASI Ivan", "role": "Consigliere", "present": True},
                 {"name": "ZAMPEDRI Nadia", "role": "Consigliere", "present": True}],
             "president": {"title": "signor", "role": "Sindaco", "name": "Fabrizio Moser"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Andrea Zanon"},
             "vote": "majority",
             "vote_counts": {"present": 16, "in_favour": 12, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-civezzano-civilianext.pdf", "role": "act",
     "what": "determinazione n. 142 of 3 August 2027 of the Servizio Tecnico (one register number); HTML printed by wkhtmltopdf",
     "operative_points": 6,
     "act": {"municipality": "Comune di Civezzano", "organ": "Servizio Tecnico",
             "office": "Ufficio Lavori pubblici e Patrimonio", "kind": "determinazione",
             "number": 142, "date": "2027-08-03",
             "subject": "Affidamento diretto del servizio di sfalcio dei cigli stradali e manutenzione del verde "
                        "pubblico nelle frazioni di Seregnano, Magnago e Bosco per il periodo agosto - ottobre 2027 "
                        "alla ditta Verde Valsugana S.n.c. di Pergine Valsugana. CIG B5D2A17C40. Impegno di spesa."}},
    {"file": "decreto-civezzano-civilianext.pdf", "role": "act",
     "what": "decreto del Sindaco n. 9 of 4 August 2027 (reggenza of the Segreteria); hand-written content streams via pikepdf: glyphs placed one at a time, letter-spaced title, Form XObjects drawn out of reading order, protocol stamp rotated up the margin",
     "operative_points": 3,
     "act": {"municipality": "Comune di Civezzano", "organ": "Sindaco", "kind": "decreto",
             "number": 9, "date": "2027-08-04",
             "subject": "Incarico di reggenza della Segreteria comunale al Vicesegretario dott.ssa Elena Broll "
                        "per il periodo dal 9 al 27 agosto 2027."}},
    {"file": "avviso-civezzano-civilianext.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of 6 August 2027 (prot. 6190), grants to associations; HTML printed by headless Chromium, CSS letter-spaced title, @page running foot",
     "act": {"municipality": "Comune di Civezzano", "office": "Servizio Segreteria e Affari generali",
             "kind": "avviso", "date": "2027-08-06",
             "subject": "Avviso pubblico per la concessione di contributi ordinari alle associazioni per attività "
                        "culturali, sportive, ricreative e di volontariato - anno 2027 (secondo semestre)."}},
    {"file": "deliberazione-serravalledichienti-halley.pdf", "role": "act",
     "what": "Giunta Comunale n. 47 of 04-08-2027, post-earthquake road project, roll of 3 (one absent); flat ODF exported by LibreOffice Writer, first-page letterhead and running head on page 2",
     "operative_points": 3,
     "act": {"municipality": "Comune di Serravalle di Chienti", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 47, "date": "2027-08-04", "time": "18:30",
             "subject": "APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI RIPRISTINO DELLA "
                        "STRADA COMUNALE GELAGNA ALTA - DIGNANO DANNEGGIATA DAGLI EVENTI SISMICI 2016 - "
                        "CUP J47H25000310001.",
             "attendees": [
                 {"name": "CRUCIANI GIANLUCA", "role": "SINDACO", "present": True},
                 {"name": "MARINELLI SILVIA", "role": "VICE SINDACO", "present": True},
                 {"name": "SALVUCCI ENRICO", "role": "ASSESSORE", "present": False}],
             "president": {"title": "Signor", "role": "SINDACO", "name": "CRUCIANI GIANLUCA"},
             "secretary": {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "PAOLETTI MARIA GRAZIA"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-serravalledichienti-halley.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa n. 58 of 03-08-2027, Reg. Generale n. 197 of 05-08-2027; 80-column Courier report printed by enscript and ps2pdf, space-padded justification, running head on page 2",
     "operative_points": 5,
     "act": {"municipality": "Comune di Serravalle di Chienti", "organ": "AREA AMMINISTRATIVA",
             "office": "SERVIZI SOCIALI E SCOLASTICI", "kind": "determinazione",
             "number": 197, "sector_number": 58, "date": "2027-08-05",
             "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 - AFFIDAMENTO ALLA DITTA AUTOSERVIZI "
                        "VALLE DEL CHIENTI S.R.L. - IMPEGNO DI SPESA - CIG B6E19F0A23"}},
    {"file": "convocazione-serravalledichienti-halley.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale for 12 August 2027, letter prot. 3104 of 05-08-2027; plain troff through groff -Tps and ps2pdf",
     "act": {"municipality": "Comune di Serravalle di Chienti", "kind": "convocazione", "date": "2027-08-05",
             "subject": "Convocazione del Consiglio Comunale in sessione ordinaria."}},
    {"file": "ordinanza-serravalledichienti-halley.pdf", "role": "act",
     "what": "ordinanza del Sindaco n. 14 of 05-08-2027 (water restrictions); fpdf2 with Tw justification, signature on page 2 under a running head, Albo stamp rotated 12 degrees beside it",
     "operative_points": 3,
     "act": {"municipality": "Comune di Serravalle di Chienti", "organ": "Sindaco", "kind": "ordinanza",
             "number": 14, "date": "2027-08-05",
             "subject": "ORDINANZA CONTINGIBILE E URGENTE DI LIMITAZIONE DELL'USO DELL'ACQUA POTABILE "
                        "DELL'ACQUEDOTTO COMUNALE PER USI DIVERSI DA QUELLO DOMESTICO E IGIENICO-SANITARIO "
                        "FINO AL 30-09-2027."}},
]


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def strings(act):
    """(label, value, case_sensitive)"""
    out = []
    for k in ("municipality", "organ", "office", "proposing_office"):
        if k in act:
            out.append((k, act[k], False))
    if "subject" in act:
        out.append(("subject", act["subject"], True))
    for a in act.get("attendees", []):
        out.append(("attendee name", a["name"], False))
        out.append(("attendee role", a["role"], False))
    for k in ("president", "secretary"):
        if k in act:
            for f in ("title", "role", "name"):
                if f in act[k]:
                    out.append((k + " " + f, act[k][f], False))
    for k in ("number", "sector_number", "proposal_number"):
        if k in act:
            out.append((k, str(act[k]), True))
    if "time" in act:
        out.append(("time", act["time"], True))
    return out


def main():
    misses = 0
    for key in KEYS:
        pdf = os.path.join(SET, key["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", key["file"]); misses += 1; continue
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        t = norm(txt)
        tl = t.lower()
        for label, val, cs in strings(key["act"]):
            v = norm(val)
            ok = (v in t) if cs else (v.lower() in tl)
            if label in ("number", "sector_number", "proposal_number"):
                ok = re.search(r"(?<![\d/.-])%s(?![\d])" % re.escape(v), t) is not None
            if not ok:
                print("MISS %s: %s = %r" % (key["file"], label, val)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
