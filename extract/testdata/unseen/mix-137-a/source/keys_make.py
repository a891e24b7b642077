#!/usr/bin/env python3
"""Write ../keys.json for set mix-137-a and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed; rows made only
of underscores, the blanks of a filled form, are dropped first). Subjects are
matched exactly; municipality, organ, office, names and roles without regard
to case or the shape of the apostrophe. Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

M = "Comune di Montelanico"
C = "Comune di Centrache"
B = "Comune di Bedollo"

KEYS = [
    {"file": "deliberazione-montelanico-halley.pdf", "role": "act",
     "what": "Giunta deliberation 3/2029 with its roll, Halley-like layout, HTML printed by headless Chromium with @page margin boxes as running head and foot",
     "operative_points": 3,
     "act": {"municipality": M, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 3,
             "date": "2029-01-09", "time": "12:30", "proposal_number": 4, "proposal_date": "2029-01-05",
             "proposing_office": "Area Amministrativa",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO MONTELANICO PER LA GESTIONE DEL CENTRO VISITE DEL MONTE SEMPREVISA - ANNO 2029",
             "attendees": [{"name": "CORSI Fabrizio", "role": "Sindaco", "present": True},
                           {"name": "MARIANI Loredana", "role": "Vice Sindaco", "present": True},
                           {"name": "PROIETTI Andrea", "role": "Assessore", "present": False}],
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Fabrizio Corsi"},
             "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Ilaria De Santis"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-montelanico-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, sector n. 2 and general register n. 7, ReportLab canvas justified with Tw, letter-spaced headings with Tc, running head with both numbers",
     "operative_points": 4,
     "act": {"municipality": M, "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni",
             "kind": "determinazione", "number": 7, "sector_number": 2, "date": "2029-01-10",
             "subject": "AFFIDAMENTO DIRETTO ALLA DITTA EDIL SACCO S.R.L. DEI LAVORI DI RIPRISTINO DEL MURO DI SOSTEGNO IN VIA DELLA FONTANA - IMPEGNO DI SPESA - CIG B4C7D21E9A"}},
    {"file": "ordinanza-montelanico-halley.pdf", "role": "act",
     "what": "ordinanza sindacale 1/2029 closing a school, HTML through wkhtmltopdf",
     "operative_points": 2,
     "act": {"municipality": M, "organ": "Sindaco", "kind": "ordinanza", "number": 1, "date": "2029-01-11",
             "subject": "CHIUSURA TEMPORANEA DEL PLESSO SCOLASTICO DI VIA ROMA PER GUASTO ALL'IMPIANTO DI RISCALDAMENTO NEI GIORNI 12 E 13 GENNAIO 2029"}},
    {"file": "certificato-montelanico-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 3/2029, an fpdf2 form whose underscore blanks are filled in a monospaced face",
     "act": {"municipality": M, "kind": "attestazione", "number": 3, "date": "2029-01-09",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO MONTELANICO PER LA GESTIONE DEL CENTRO VISITE DEL MONTE SEMPREVISA - ANNO 2029"}},
    {"file": "deliberazione-centrache-kibernetes.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 with a two-column roll, .docx (python-docx) exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "17:30", "proposal_number": 2, "proposal_date": "2029-01-03",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "MODIFICA DELL'ART. 12 DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
             "attendees": [
                 {"name": "VITALE Giuseppe", "role": "Sindaco", "present": True},
                 {"name": "GRILLO Antonio", "role": "Consigliere", "present": True},
                 {"name": "MIRARCHI Teresa", "role": "Consigliere", "present": True},
                 {"name": "FODARO Salvatore", "role": "Consigliere", "present": True},
                 {"name": "PUGLIESE Rosanna", "role": "Consigliere", "present": True},
                 {"name": "CONDITO Michele", "role": "Consigliere", "present": False},
                 {"name": "SCALISE Domenico", "role": "Consigliere", "present": True},
                 {"name": "TOLONE Caterina", "role": "Consigliere", "present": True},
                 {"name": "RIGA Vincenzo", "role": "Consigliere", "present": True},
                 {"name": "LENTINI Pasquale", "role": "Consigliere", "present": True},
                 {"name": "CIAMBRONE Francesca", "role": "Consigliere", "present": False}],
             "president": {"title": "Avv.", "role": "Sindaco", "name": "Giuseppe Vitale"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Francesco Mirabelli"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-centrache-kibernetes.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria, sector n. 1 and general register n. 5, an 80-column Courier report in plain troff through groff -Tps and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "AREA ECONOMICO-FINANZIARIA", "office": "SERVIZIO TRIBUTI",
             "kind": "determinazione", "number": 5, "sector_number": 1, "date": "2029-01-10",
             "subject": "RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMU ANNO 2027 - LIQUIDAZIONE A FAVORE DEL CONTRIBUENTE"}},
    {"file": "decreto-centrache-kibernetes.pdf", "role": "act",
     "what": "decreto del Sindaco 1/2029 appointing the head of the Area Tecnica, pdfLaTeX (Times, hyphenation, fancyhdr foot)",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "Sindaco", "kind": "decreto", "number": 1, "date": "2029-01-08",
             "subject": "NOMINA DEL RESPONSABILE DELL’AREA TECNICA E ATTRIBUZIONE DELLE FUNZIONI DI CUI ALL’ART. 107 DEL D.LGS. 267/2000 - ANNO 2029"}},
    {"file": "avviso-centrache-kibernetes.pdf", "role": "notice",
     "what": "unnumbered avviso on school transport enrolment, Latin-1 text through enscript (Courier) and ps2pdf",
     "act": {"municipality": C, "office": "AREA AMMINISTRATIVA", "kind": "avviso", "date": "2029-01-10",
             "subject": "ISCRIZIONE AL SERVIZIO DI TRASPORTO SCOLASTICO - SECONDO QUADRIMESTRE A.S. 2028/2029"}},
    {"file": "deliberazione-bedollo-civilianext.pdf", "role": "act",
     "what": "Giunta comunale deliberation 2/2029 (Trentino model), ReportLab with every glyph placed alone, letterhead Form XObject drawn after the body, publication stamp rotated up the margin",
     "operative_points": 4,
     "act": {"municipality": B, "organ": "Giunta comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-10", "time": "18:00",
             "subject": "Approvazione del Piano esecutivo di gestione 2029-2031: assegnazione delle risorse finanziarie ai Responsabili dei servizi.",
             "attendees": [{"name": "SVALDI FRANCESCO", "role": "Sindaco", "present": True},
                           {"name": "ANDREATTA MARINA", "role": "Vicesindaco", "present": True},
                           {"name": "CASAGRANDA LUCA", "role": "Assessore", "present": False},
                           {"name": "BAZZANELLA ELISA", "role": "Assessore", "present": True}],
             "president": {"title": "signor", "role": "Sindaco", "name": "Francesco Svaldi"},
             "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Ivan Nicolini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-bedollo-civilianext.pdf", "role": "act",
     "what": "determinazione of the Servizio finanziario n. 3 di data 11 gennaio 2029, ReportLab justified with Tw, letter-spaced headings with Tc, letterhead Form XObject",
     "operative_points": 3,
     "act": {"municipality": B, "organ": "SERVIZIO FINANZIARIO", "office": "Ufficio Ragioneria e Economato",
             "kind": "determinazione", "number": 3, "date": "2029-01-11",
             "subject": "Impegno di spesa per l'abbonamento annuale al servizio di consultazione di banche dati normative per l'anno 2029 (CIG B3F8A62C01)."}},
    {"file": "convocazione-bedollo-civilianext.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio comunale for 25 January 2029, .docx (python-docx) exported by LibreOffice Writer",
     "act": {"municipality": B, "kind": "convocazione", "date": "2029-01-15",
             "subject": "Convocazione del Consiglio comunale."}},
    {"file": "certificato-bedollo-civilianext.pdf", "role": "certificate",
     "what": "referto di pubblicazione of Giunta deliberation 2/2029, a hand-written pikepdf content stream (TJ kerning inside words, Tw, letterhead Form XObject painted last)",
     "act": {"municipality": B, "kind": "attestazione", "number": 2, "date": "2029-01-10",
             "subject": "Approvazione del Piano esecutivo di gestione 2029-2031: assegnazione delle risorse finanziarie ai Responsabili dei servizi."}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("’", "'").replace("‘", "'").lower()
    return s


def text_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    t = "\n".join(l for l in t.splitlines() if not re.fullmatch(r"[\s_]+", l) or not l.strip())
    return t


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = text_of(path)
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a.get("subject"), False)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            if who in a:
                checks += [(who + ".name", a[who]["name"], True), (who + ".role", a[who]["role"], True),
                           (who + ".title", a[who]["title"], True)]
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
