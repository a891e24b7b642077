#!/usr/bin/env python3
"""Write ../keys.json for set mix-138-c and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed; rows made only
of underscores, =, - or similar rules are dropped first). Subjects are matched
exactly; municipality, organ, office, proposing office, names, roles and
titles without regard to case or the shape of the apostrophe. As a lighter
extra check, the act's number must appear as a word in the text and its date
in one of the printed forms (dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, d month
yyyy, or the day and month in words). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

S = "Comune di Sant'Elia Fiumerapido"
U = "Unione dei Comuni Terre dei Peligni"
C = "Comune di Castelfranco Piandiscò"

SUBJ_S2 = ("RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI "
           "PACE DI CASSINO N. 1184/2028, AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000")

COMMISSARIO = [{"title": "Dott.ssa", "role": "Commissario Straordinario", "name": "Marina Colasanti"}]
SEGR_S = {"title": "Dott.", "role": "Segretario Comunale", "name": "Gianluca Petrucci"}
SEGR_U = {"title": "Dott.ssa", "role": "Segretario dell'Unione", "name": "Paola Ciccone"}

KEYS = [
    # ---------------- Sant'Elia Fiumerapido (Commissario Straordinario), Sicraweb-like
    {"file": "deliberazione-giunta-santeliafiumerapido-sicraweb.pdf", "role": "act",
     "what": "deliberation n. 3/2029 of the Commissario Straordinario adopted with the powers of the Giunta "
             "Comunale, one-row roll, number and date in a small grid under the title; HTML printed by headless "
             "Chromium with @page margin boxes as running foot",
     "operative_points": 4,
     "act": {"municipality": S, "organ": "Commissario Straordinario", "kind": "deliberazione", "number": 3,
             "date": "2029-01-10", "time": "12:00",
             "subject": "ESERCIZIO PROVVISORIO 2029 - ASSEGNAZIONE PROVVISORIA DELLE RISORSE FINANZIARIE E DEGLI "
                        "OBIETTIVI GESTIONALI AI RESPONSABILI DI AREA",
             "attendees": [{"name": "COLASANTI MARINA", "role": "Commissario Straordinario", "present": True}],
             "president": COMMISSARIO[0], "secretary": SEGR_S,
             "immediately_executive": True}},
    {"file": "deliberazione-consiglio-santeliafiumerapido-sicraweb.pdf", "role": "act",
     "what": "deliberation n. 2/2029 of the Commissario Straordinario adopted with the powers of the Consiglio "
             "Comunale (debito fuori bilancio), register box at the top left, one-row roll; .docx written with "
             "python-docx (letterhead in the page header) exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": S, "organ": "Commissario Straordinario", "kind": "deliberazione", "number": 2,
             "date": "2029-01-12", "time": "10:30", "proposal_number": 5, "proposal_date": "2029-01-08",
             "proposing_office": "Area Amministrativa",
             "subject": SUBJ_S2,
             "attendees": [{"name": "COLASANTI Marina", "role": "Commissario Straordinario", "present": True}],
             "president": COMMISSARIO[0], "secretary": SEGR_S,
             "immediately_executive": True}},
    {"file": "decreto-santeliafiumerapido-sicraweb.pdf", "role": "act",
     "what": "decree n. 1/2029 of the Commissario Straordinario (Sindaco's powers) appointing the RPCT; the date "
             "is printed only in the place-and-date line before the signature; ReportLab canvas, Times, Tw "
             "justification",
     "operative_points": 3,
     "act": {"municipality": S, "organ": "Commissario Straordinario", "kind": "decreto", "number": 1,
             "date": "2029-01-09",
             "subject": "NOMINA DEL RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA (RPCT) PER "
                        "IL TRIENNIO 2029-2031."}},
    {"file": "certificato-santeliafiumerapido-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication and executivity of the Commissario's deliberation n. 2/2029 (powers of "
             "the Consiglio); Latin-1 text through enscript (Courier 11) and ps2pdf, whose font encoding turns the "
             "ASCII apostrophe into a right single quote",
     "act": {"municipality": S, "kind": "attestazione", "number": 2, "date": "2029-01-12",
             "subject": SUBJ_S2.replace("'", "\u2019")}},

    # ---------------- Unione dei Comuni Terre dei Peligni, Halley-like
    {"file": "deliberazione-giunta-terredeipeligni-halley.pdf", "role": "act",
     "what": "Giunta dell'Unione deliberation n. 2/2029 with a ruled roll (Pres./Ass. columns), number and date "
             "in a ruled band under the title; ReportLab canvas, Helvetica, Tw justification, running foot",
     "operative_points": 3,
     "act": {"municipality": U, "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 2,
             "date": "2029-01-08", "time": "17:00",
             "subject": "ASSEGNAZIONE DI RISORSE AL SERVIZIO ASSOCIATO DI PROTEZIONE CIVILE PER L'ACQUISTO DI "
                        "DOTAZIONI DESTINATE AL GRUPPO INTERCOMUNALE DI VOLONTARIATO - ATTO DI INDIRIZZO",
             "attendees": [{"name": "DI FABIO ROBERTO", "role": "Presidente", "present": True},
                           {"name": "CIPRIANI LUCIA", "role": "Vice Presidente", "present": True},
                           {"name": "TARANTELLI MAURO", "role": "Assessore", "present": False},
                           {"name": "SANTILLI ANTONELLA", "role": "Assessore", "present": True}],
             "president": {"title": "Dott.", "role": "Presidente", "name": "Roberto Di Fabio"},
             "secretary": SEGR_U,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-terredeipeligni-halley.pdf", "role": "act",
     "what": "Consiglio dell'Unione deliberation n. 1/2029 (DUPS and budget), 12-member roll with a Comune "
             "column, vote counts in a small table, number and date in a grid and in the running head; fpdf2 "
             "with DejaVu Sans",
     "operative_points": 4,
     "act": {"municipality": U, "organ": "Consiglio dell'Unione", "kind": "deliberazione", "number": 1,
             "date": "2029-01-15", "time": "18:30", "proposal_number": 2, "proposal_date": "2029-01-09",
             "proposing_office": "Servizio Finanziario",
             "subject": "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE SEMPLIFICATO (DUPS) 2029-2031 E DEL "
                        "BILANCIO DI PREVISIONE FINANZIARIO 2029-2031",
             "attendees": [
                 {"name": "DI FABIO Roberto", "role": "Presidente", "present": True},
                 {"name": "CIPRIANI Lucia", "role": "Consigliere", "present": True},
                 {"name": "TARANTELLI Mauro", "role": "Consigliere", "present": True},
                 {"name": "SANTILLI Antonella", "role": "Consigliere", "present": True},
                 {"name": "COLAIACOVO Dario", "role": "Consigliere", "present": True},
                 {"name": "PETRELLA Silvia", "role": "Consigliere", "present": False},
                 {"name": "D'ALESSANDRO Franco", "role": "Consigliere", "present": True},
                 {"name": "MARINUCCI Gabriele", "role": "Consigliere", "present": True},
                 {"name": "LAURENZI Ottavio", "role": "Consigliere", "present": False},
                 {"name": "ZAVARELLA Marta", "role": "Consigliere", "present": True},
                 {"name": "CICCARONE Pietro", "role": "Consigliere", "present": True},
                 {"name": "DI GIROLAMO Ilenia", "role": "Consigliere", "present": True}],
             "president": {"title": "Dott.", "role": "Presidente dell'Unione", "name": "Roberto Di Fabio"},
             "secretary": SEGR_U,
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-terredeipeligni-halley.pdf", "role": "act",
     "what": "determinazione of the Responsabile del Servizio associato di Protezione Civile, general register "
             "n. 4 and service register n. 1 in a box at the right; HTML printed by headless Chromium",
     "operative_points": 5,
     "act": {"municipality": U, "organ": "SERVIZIO ASSOCIATO DI PROTEZIONE CIVILE", "kind": "determinazione",
             "number": 4, "sector_number": 1, "date": "2029-01-10",
             "subject": "FORNITURA DI DISPOSITIVI DI PROTEZIONE INDIVIDUALE E ATTREZZATURE PER IL GRUPPO "
                        "INTERCOMUNALE DI VOLONTARIATO DI PROTEZIONE CIVILE - AFFIDAMENTO DIRETTO SU MEPA E "
                        "IMPEGNO DI SPESA - CIG B6D2E48F17"}},
    {"file": "decreto-terredeipeligni-halley.pdf", "role": "act",
     "what": "decree n. 01/2029 of the Presidente dell'Unione appointing the head of the associated civil "
             "protection service; raw pikepdf content stream (Times, WinAnsi, Tw, letter-spaced TJ headings, "
             "letterhead Form XObject painted last)",
     "operative_points": 3,
     "act": {"municipality": U, "organ": "Presidente dell'Unione", "kind": "decreto", "number": 1,
             "date": "2029-01-05",
             "subject": "NOMINA DEL RESPONSABILE DEL SERVIZIO ASSOCIATO DI PROTEZIONE CIVILE PER L'ANNO 2029."}},

    # ---------------- Castelfranco Piandiscò, J-Iride-like
    {"file": "determinazione-tecnico-castelfrancopiandisco-jiride.pdf", "role": "act",
     "what": "determinazione of the Settore III - Tecnico e Manutentivo: sector number 3 of 09/01/2029 in the "
             "title, general register n. 15 of 10/01/2029 only in the executivity box at the foot; hand-written "
             "flat ODT exported by LibreOffice Writer",
     "operative_points": 4,
     "act": {"municipality": C, "organ": "SETTORE III – TECNICO E MANUTENTIVO", "kind": "determinazione",
             "number": 15, "sector_number": 3, "date": "2029-01-10",
             "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA DI FAELLA - "
                        "APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE - CUP F27H28001230004"}},
    {"file": "determinazione-finanziario-castelfrancopiandisco-jiride.pdf", "role": "act",
     "what": "determinazione whose office is named only in the title 'DETERMINAZIONE DEL RESPONSABILE DEL "
             "SETTORE II - SERVIZI FINANZIARI', general n. 18 and sector n. 2; 80-column report in plain troff "
             "through groff -Tps and ps2pdf",
     "operative_points": 4,
     "act": {"municipality": C, "organ": "SETTORE II - SERVIZI FINANZIARI", "kind": "determinazione",
             "number": 18, "sector_number": 2, "date": "2029-01-11",
             "subject": "IMPEGNO E LIQUIDAZIONE QUOTE ASSOCIATIVE ANNO 2029 A FAVORE DI ANCI E ANCI TOSCANA"}},
    {"file": "determinazione-polizialocale-castelfrancopiandisco-jiride.pdf", "role": "act",
     "what": "determinazione of the Servizio Polizia Locale, named only in the signer's-capacity heading 'IL "
             "RESPONSABILE DEL SERVIZIO POLIZIA LOCALE'; number 21 and service number 1/PL in a grey band; "
             "ReportLab canvas with Liberation TrueType faces",
     "operative_points": 4,
     "act": {"municipality": C, "organ": "Servizio Polizia Locale", "kind": "determinazione",
             "number": 21, "sector_number": 1, "date": "2029-01-15",
             "subject": "RINNOVO DEL CANONE DI ASSISTENZA E MANUTENZIONE DEL SOFTWARE DI GESTIONE DELLE SANZIONI "
                        "AL CODICE DELLA STRADA PER L'ANNO 2029 - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG "
                        "B71C9A05E2"}},
    {"file": "ordinanza-castelfrancopiandisco-jiride.pdf", "role": "act",
     "what": "ordinanza of the Responsabile del Settore III (traffic, art. 107 TUEL), number and date at the top "
             "right like a letter; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": C, "organ": "SETTORE III – TECNICO E MANUTENTIVO", "kind": "ordinanza",
             "number": 4, "date": "2029-01-16",
             "subject": "ISTITUZIONE DEL SENSO UNICO ALTERNATO REGOLATO DA IMPIANTO SEMAFORICO E DEL LIMITE DI "
                        "VELOCITÀ DI 30 KM/H IN VIA DEI MULINI, LOCALITÀ FAELLA, PER LAVORI DI CONSOLIDAMENTO DEL "
                        "MURO DI SOSTEGNO STRADALE"}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]
DAYS = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
        "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def text_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(l for l in t.splitlines() if not re.fullmatch(r"[\s_=\-]+", l))


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    forms = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y), "%s.%s.%s" % (d, m, y),
             "%d %s %s" % (di, MONTHS[mi - 1], y)]
    if di < len(DAYS):
        forms.append("%s del mese di %s" % (DAYS[di], MONTHS[mi - 1]))
    return forms


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            miss += 1
            continue
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
                print("MISS %s %s: %r" % (k["file"], label, val))
                miss += 1
        if not re.search(r"(?<![\d/.,])0*%d(?![\d,])" % a["number"], exact):
            print("MISS %s number %d" % (k["file"], a["number"]))
            miss += 1
        if not any(fm in folded for fm in date_forms(a["date"])):
            print("MISS %s date %s" % (k["file"], a["date"]))
            miss += 1
        if "time" in a and a["time"] not in exact:
            print("MISS %s time %s" % (k["file"], a["time"]))
            miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
