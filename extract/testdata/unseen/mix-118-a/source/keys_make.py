#!/usr/bin/env python3
# Writes ../keys.json for set mix-118-a and checks every keyed string against
# `pdftotext -layout` of its PDF (white space collapsed). Subjects must be
# found exactly; municipalities, organs, offices, names, roles and titles
# without regard to case. Runs of three or more underscores (the blanks of
# the Cerro al Volturno form, over which the values are typed) are dropped
# before the search. Numbers and dates are looked for as printed
# (dd/mm/yyyy), times as hh:mm or hh,mm. Exits 1 on a miss.
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

G = "Comune di Gambolò"
C = "Comune di Cerro al Volturno"
P = "Comune di Pasiano di Pordenone"

SUBJ_G_DEL = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
              "RIQUALIFICAZIONE DELLA PISTA CICLOPEDONALE DI VIA MORTARA – CUP H91B27000140004")
SUBJ_C_DEL = ("MODIFICA DEL REGOLAMENTO COMUNALE PER L'UTILIZZO DEGLI IMPIANTI SPORTIVI E DELLE "
              "STRUTTURE PUBBLICHE.")
SUBJ_P_DEL = ("CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO STRAORDINARIO ALL’ASSOCIAZIONE PRO LOCO "
              "PASIANO PER LA MANIFESTAZIONE “ESTATE PASIANESE 2027”.")


def att(name, role, present=True):
    return {"name": name, "role": role, "present": present}


KEYS = [
    {"file": "deliberazione-gambolo-apkappa.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 74 of 08/06/2027, ReportLab: letterhead with number box, "
             "ruled roll with X marks, paragraphs justified with Tw, running head with the number "
             "on page 2",
     "operative_points": 4,
     "act": {"municipality": G, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 74, "date": "2027-06-08", "time": "18:30",
             "proposal_number": 88, "proposal_date": "2027-06-03", "proposing_office": "AREA TECNICA",
             "subject": SUBJ_G_DEL,
             "attendees": [att("LOMBARDI Sara", "Sindaco"), att("BELLONI Davide", "Vice Sindaco"),
                           att("FERRARIS Chiara", "Assessore"), att("GUALLA Marco", "Assessore", False),
                           att("ROGNONI Elena", "Assessore")],
             "president": {"title": "dott.ssa", "role": "Sindaco", "name": "Sara Lombardi"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Invernizzi"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-gambolo-apkappa.pdf", "role": "act",
     "what": "determinazione reg. gen. n. 312 of 09/06/2027 (Area register n. 41 of 07/06/2027), "
             "ReportLab: letterhead and visto contabile are Form XObjects painted after the body",
     "operative_points": 5,
     "act": {"municipality": G, "organ": "AREA AFFARI GENERALI E SERVIZI ALLA PERSONA",
             "office": "Servizio Pubblica Istruzione", "kind": "determinazione",
             "number": 312, "sector_number": 41, "date": "2027-06-09",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI TRASPORTO DEGLI ISCRITTI AL CENTRO RICREATIVO "
                        "ESTIVO 2027 – DETERMINA A CONTRARRE E IMPEGNO DI SPESA – CIG B7C4E21A9F"}},
    {"file": "ordinanza-gambolo-apkappa.pdf", "role": "act",
     "what": "ordinanza of the Sindaco n. 27 of 11/06/2027 (tiger mosquito), HTML printed by "
             "Chromium: letter-spaced headings, CSS page-margin foot with the number",
     "operative_points": 6,
     "act": {"municipality": G, "organ": "Sindaco", "kind": "ordinanza",
             "number": 27, "date": "2027-06-11",
             "subject": "MISURE DI PREVENZIONE E CONTROLLO DELLE MALATTIE TRASMESSE DA INSETTI VETTORI "
                        "E IN PARTICOLARE DALLA ZANZARA TIGRE (AEDES ALBOPICTUS) – STAGIONE 2027"}},
    {"file": "avviso-gambolo-apkappa.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico (rent contributions), prot. 9912 of 14/06/2027, HTML "
             "printed by wkhtmltopdf",
     "act": {"municipality": G, "office": "Area Affari Generali e Servizi alla Persona",
             "kind": "avviso", "date": "2027-06-14",
             "subject": "CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEL CANONE DI LOCAZIONE SUL LIBERO "
                        "MERCATO – MISURA UNICA ANNO 2027 – APERTURA DEI TERMINI PER LA PRESENTAZIONE "
                        "DELLE DOMANDE"}},
    {"file": "deliberazione-cerroalvolturno-cityware.pdf", "role": "act",
     "what": "Consiglio Comunale minute n. 14 of 12/06/2027, plain troff in Courier through "
             "PostScript (groff, ps2pdf): roll in two columns, running head and foot with the number",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 14, "date": "2027-06-12", "time": "10:30",
             "subject": SUBJ_C_DEL,
             "attendees": [att("DI NUCCI Rocco", "Sindaco"), att("VALENTE Antonio", "Consigliere"),
                           att("IACOBUCCI Grazia", "Consigliere"), att("ZULLO Pasquale", "Consigliere", False),
                           att("CARANCI Filomena", "Consigliere"), att("PETRARCA Michele", "Consigliere"),
                           att("D'AGOSTINO Franco", "Consigliere"), att("MARRACINO Ilaria", "Consigliere", False),
                           att("LANCELLOTTA Pino", "Consigliere"), att("FRAZZINI Lucia", "Consigliere"),
                           att("COLAIANNI Nicola", "Consigliere")],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Rocco Di Nucci"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Lorenzo Ciccone"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 6, "against": 1, "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-cerroalvolturno-cityware.pdf", "role": "act",
     "what": "determinazione R.G. n. 118 of 14/06/2027 (Area register n. 39 of 10/06/2027), an "
             "80-column Courier report printed by enscript with a running head, through ps2pdf",
     "operative_points": 5,
     "act": {"municipality": C, "organ": "AREA TECNICO-MANUTENTIVA",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 118, "sector_number": 39, "date": "2027-06-14",
             "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE \"FORESTA - CUPONE\" "
                        "- AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A), DEL D.LGS. "
                        "36/2023 ALLA DITTA EDIL VOLTURNO S.R.L. - CIG B81F0C3D27 - IMPEGNO DI SPESA."}},
    {"file": "convocazione-cerroalvolturno-cityware.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio for 12/06/2027, prot. 1987 of 05/06/2027, "
             "plain text printed by a2ps (title bar, header, page foot) through ps2pdf",
     "act": {"municipality": C, "kind": "convocazione", "date": "2027-06-05",
             "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA."}},
    {"file": "certificato-cerroalvolturno-cityware.pdf", "role": "certificate",
     "what": "certificate of publication of C.C. 14/2027 (published 15/06/2027, reg. 404): a Times "
             "form with blanks of underscores, filled in Courier over them (fpdf2)",
     "act": {"municipality": C, "kind": "attestazione", "number": 14, "date": "2027-06-12",
             "subject": SUBJ_C_DEL}},
    {"file": "deliberazione-pasianodipordenone-ascot.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 83 of 16/06/2027, .docx (python-docx) exported by "
             "LibreOffice Writer: header grid, roll table Presente/Assente, running head from page 2, "
             "Pag. X di Y fields",
     "operative_points": 3,
     "act": {"municipality": P, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 83, "date": "2027-06-16", "time": "17:00",
             "proposal_number": 97, "proposal_date": "2027-06-10",
             "proposing_office": "SERVIZIO CULTURA, SPORT E ASSOCIAZIONISMO",
             "subject": SUBJ_P_DEL,
             "attendees": [att("BORTOLUSSI Loris", "Sindaco"), att("DRIGO Martina", "Vice Sindaco"),
                           att("ZANUTTO Federico", "Assessore"), att("PEZZUTTI Sonia", "Assessore", False),
                           att("MORAS Gianni", "Assessore"), att("FABBRO Elisa", "Assessore")],
             "president": {"title": "sig.", "role": "Sindaco", "name": "Loris Bortolussi"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Federica Tomasella"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-pasianodipordenone-ascot.pdf", "role": "act",
     "what": "determinazione nr. 245 of 15/06/2027 (proposta nr. 271 of 11/06/2027), pdfLaTeX "
             "(Helvetica, words set glyph by glyph, justified, hyphenated body), fancyhdr foot",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi",
             "kind": "determinazione", "number": 245, "date": "2027-06-15",
             "proposal_number": 271, "proposal_date": "2027-06-11",
             "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA LOCALE IMMOBILIARE "
                        "AUTONOMA (ILIA) – ANNI D’IMPOSTA 2024 E 2025 – IMPEGNO E LIQUIDAZIONE."}},
    {"file": "decreto-pasianodipordenone-ascot.pdf", "role": "act",
     "what": "decreto del Sindaco n. 9 of 17/06/2027 (RPD), raw content stream via pikepdf: glyphs "
             "placed one at a time, Tc-spaced headings, letterhead Form XObject painted last, "
             "protocol stamp rotated up the margin",
     "operative_points": 4,
     "act": {"municipality": P, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2027-06-17",
             "subject": "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD) AI SENSI "
                        "DELL'ART. 37 DEL REGOLAMENTO (UE) 2016/679 PER IL PERIODO 01/07/2027 - "
                        "30/06/2030."}},
    {"file": "certificato-pasianodipordenone-ascot.pdf", "role": "certificate",
     "what": "certificate of publication (18/06-02/07/2027) and of executivity of G.C. 83/2027, "
             "HTML printed by Chromium",
     "act": {"municipality": P, "kind": "attestazione", "number": 83, "date": "2027-06-16",
             "subject": SUBJ_P_DEL}},
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    out = re.sub(r"_{3,}", " ", out)
    return norm(out)


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        t = text_of(path)
        tl = t.casefold()
        a = k.get("act", {})

        def exact(label, s):
            nonlocal misses
            if norm(s) not in t:
                print("%s: %s not found: %r" % (k["file"], label, s)); misses += 1

        def loose(label, s):
            nonlocal misses
            if norm(s).casefold() not in tl:
                print("%s: %s not found: %r" % (k["file"], label, s)); misses += 1

        if "subject" in a: exact("subject", a["subject"])
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a: loose(f, a[f])
        for f in ("president", "secretary"):
            for sub in ("title", "role", "name"):
                if f in a and sub in a[f]: loose(f + "." + sub, a[f][sub])
        for x in a.get("attendees", []):
            loose("attendee", x["name"]); loose("role", x["role"])
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                loose(f, "%s/%s/%s" % (d, m, y))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], t):
                print("%s: %s not found: %r" % (k["file"], f, a[f])); misses += 1
        if "time" in a:
            hh, mm = a["time"].split(":")
            if not re.search(r"%s[:,.]%s" % (hh, mm), t):
                print("%s: time not found: %r" % (k["file"], a["time"])); misses += 1
        for f, v in a.get("vote_counts", {}).items():
            if not re.search(r"(?<!\d)%d(?!\d)" % v, t):
                print("%s: vote count %s not found" % (k["file"], f)); misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
