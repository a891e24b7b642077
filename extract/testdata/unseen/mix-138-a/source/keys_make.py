#!/usr/bin/env python3
"""Write ../keys.json for set mix-138-a and check every keyed string against `pdftotext -layout`
of its PDF, whitespace collapsed. Subjects must be found exactly; municipality, organ, office,
proposing office, names, roles and titles without regard to case or to the apostrophe's shape.
Numbers and dates are also looked for (the date as dd/mm/yyyy or dd.mm.yyyy). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

F = "Comune di Frossasco"
V = "Comune di Volturino"
C = "Comune di Cossoine"

SUBJ_GF = ("CONCESSIONE IN USO TEMPORANEO DEI LOCALI DEL MUSEO DEL GUSTO ALL'ASSOCIAZIONE TURISTICA PRO LOCO DI "
           "FROSSASCO PER LE MANIFESTAZIONI DEL CARNEVALE 2029 - APPROVAZIONE SCHEMA DI ACCORDO")
SEC_F = {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Chiabrando"}
SEC_V = {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Annamaria Colucci"}


def roll(*rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


KEYS = [
    # ---------------- Frossasco (Piemonte), Sicraweb-like ----------------
    {"file": "deliberazione-giunta-frossasco-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 2/2029, roll in a bordered table with X columns; number alone under the title, "
             "date only in words and in the @page running foot; HTML printed by headless Chromium",
     "operative_points": 3,
     "act": {"municipality": F, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 2,
             "date": "2029-01-09", "time": "18:00",
             "proposal_number": 5, "proposal_date": "2029-01-05", "proposing_office": "Area Amministrativa",
             "subject": SUBJ_GF,
             "attendees": roll(("BERTONE Federico", "Sindaco", True), ("GALLO Simona", "Vicesindaco", True),
                               ("PAUTASSO Marco", "Assessore", False)),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Federico Bertone"},
             "secretary": SEC_F,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "deliberazione-consiglio-frossasco-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 (evening session), numbered 11-row roll table, majority vote with "
             "abstention, not immediately executive; python-docx .docx exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": F, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-12", "time": "20:45",
             "subject": "MODIFICA DEGLI ARTICOLI 5 E 9 DEL REGOLAMENTO COMUNALE PER IL SERVIZIO DI ILLUMINAZIONE "
                        "VOTIVA NEL CIMITERO COMUNALE",
             "attendees": roll(("BERTONE Federico", "Sindaco", True), ("GALLO Simona", "Consigliere", True),
                               ("PAUTASSO Marco", "Consigliere", True), ("MERLO Giovanni", "Consigliere", True),
                               ("BOUNOUS Elena", "Consigliere", False), ("RIBOTTA Luca", "Consigliere", True),
                               ("GAY Paola", "Consigliere", True), ("CASTAGNO Renato", "Consigliere", True),
                               ("VOTTERO Alessia", "Consigliere", True), ("DEMATTEIS Sergio", "Consigliere", True),
                               ("AVALIS Chiara", "Consigliere", False)),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Federico Bertone"},
             "secretary": SEC_F,
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1},
             "immediately_executive": False}},
    {"file": "determinazione-frossasco-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Area Tecnico-Manutentiva, sector n. 3 of 10/01 and general register n. 6 of 11/01 "
             "in a grid; ReportLab platypus with running head on page 2",
     "operative_points": 4,
     "act": {"municipality": F, "organ": "AREA TECNICO-MANUTENTIVA", "office": "Servizio Manutenzione del Patrimonio",
             "kind": "determinazione", "number": 6, "sector_number": 3, "date": "2029-01-11",
             "subject": "AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - "
                        "STAGIONE INVERNALE 2028/2029 - INTEGRAZIONE IMPEGNO DI SPESA - CIG B7A2E41C93"}},
    {"file": "certificato-frossasco-sicraweb.pdf", "role": "certificate",
     "what": "certificato di pubblicazione of Giunta deliberation 2/2029, label/value grid printed with fpdf2",
     "act": {"municipality": F, "kind": "attestazione", "number": 2, "date": "2029-01-09", "subject": SUBJ_GF}},

    # ---------------- Volturino (Puglia), J-Iride-like ----------------
    {"file": "deliberazione-consiglio-volturino-jiride.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 1/2029 presided by the Presidente del Consiglio, roll in two halves side "
             "by side with P/A columns and no roles but the Sindaco's; ReportLab canvas, standard fonts, Tw justification",
     "operative_points": 3,
     "act": {"municipality": V, "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-11", "time": "16:30",
             "proposal_number": 3, "proposal_date": "2029-01-04", "proposing_office": "Settore Tecnico",
             "subject": "APPROVAZIONE DEL PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI PER IL TRIENNIO "
                        "2029/2031 (ART. 58 D.L. N. 112/2008)",
             "attendees": roll(("DE MICHELE Antonio", "Sindaco", True), ("PETRUCCELLI Maria Grazia", None, True),
                               ("CICCONE Michele", None, True), ("IAMMARINO Giuseppe", None, True),
                               ("RUSSO Lucia", None, False), ("PISTILLO Donato", None, True),
                               ("LOMBARDI Angela", None, True), ("DI PASQUA Nicola", None, True),
                               ("MASCIA Raffaele", None, False), ("FANELLI Rosa", None, True),
                               ("TOZZI Leonardo", None, True)),
             "president": {"title": "Sig.", "role": "Presidente del Consiglio Comunale", "name": "Michele Ciccone"},
             "secretary": SEC_V,
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 7, "in_favour": 7, "against": 0, "abstained": 2},
             "immediately_executive": True}},
    {"file": "deliberazione-giunta-volturino-jiride.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 4/2029, number and date in the heading grid, roll as a borderless "
             "name/qualifica/presenza list, dispositivo in dash items; HTML printed by headless Chromium",
     "operative_points": 4,
     "act": {"municipality": V, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 4,
             "date": "2029-01-10", "time": "12:30",
             "proposal_number": 6, "proposal_date": "2029-01-08", "proposing_office": "Settore Amministrativo",
             "subject": "INDIRIZZI AL RESPONSABILE DEL SETTORE AMMINISTRATIVO PER L'ATTIVAZIONE DEL SERVIZIO DI "
                        "TRASPORTO SOCIALE IN FAVORE DEGLI ANZIANI E DELLE PERSONE CON DISABILITÀ - ANNO 2029",
             "attendees": roll(("DE MICHELE Antonio", "Sindaco", True), ("PETRUCCELLI Maria Grazia", "Vice Sindaco", True),
                               ("IAMMARINO Giuseppe", "Assessore", False)),
             "president": {"title": "Avv.", "role": "Sindaco", "name": "Antonio De Michele"},
             "secretary": SEC_V,
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-volturino-jiride.pdf", "role": "act",
     "what": "determinazione of the Settore Tecnico, sector register n. 2 of 10/01 and general register n. 9 of 12/01 "
             "in a tbl box; plain troff through groff -Tps and ps2pdf",
     "operative_points": 3,
     "act": {"municipality": V, "organ": "SETTORE TECNICO", "office": "Servizio Ambiente e Igiene Urbana",
             "kind": "determinazione", "number": 9, "sector_number": 2, "date": "2029-01-12",
             "subject": "LIQUIDAZIONE FATTURA ALLA DITTA ECOSERVIZI SUBAPPENNINO S.R.L. PER IL SERVIZIO DI RACCOLTA E "
                        "TRASPORTO DEI RIFIUTI SOLIDI URBANI - MESE DI DICEMBRE 2028 - CIG 9F3A1C27B5"}},
    {"file": "ordinanza-volturino-jiride.pdf", "role": "act",
     "what": "ordinanza sindacale 2/2029 (drinking-water ban), number grid with protocol; HTML through wkhtmltopdf",
     "operative_points": 2,
     "act": {"municipality": V, "organ": "Sindaco", "kind": "ordinanza", "number": 2, "date": "2029-01-12",
             "subject": "DIVIETO TEMPORANEO DI UTILIZZO DELL'ACQUA EROGATA DALLA RETE IDRICA PER USO POTABILE E "
                        "ALIMENTARE NELLE VIE SAN ROCCO, ROMA E CROCE."}},

    # ---------------- Cossoine (Sardegna), Datagraph-like ----------------
    {"file": "deliberazione-giunta-cossoine-datagraph.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 1/2029, Numero/Data grid with the subject in the row below, roll given in two "
             "sentences (present / absent), dotted dates, publication certificate boxed at the end; python-docx .docx "
             "(letterhead in the page header) exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "Giunta Comunale", "kind": "deliberazione", "number": 1,
             "date": "2029-01-08", "time": "13:00",
             "subject": "APPROVAZIONE PROGETTO PER L'INSERIMENTO DI CITTADINI IN SITUAZIONE DI DISAGIO ECONOMICO NEL "
                        "SERVIZIO CIVICO COMUNALE - ANNUALITÀ 2029",
             "attendees": roll(("MURA Giovanni Maria", "Sindaco", True), ("CUBEDDU Franca", "Vice Sindaco", True),
                               ("PINNA Salvatore", "Assessore", False)),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Giovanni Maria Mura"},
             "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Gianfranco Sanna"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-cossoine-datagraph.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa e Socio-Assistenziale, Numero 2 and Registro Generale 5 of "
             "11.01.2029 in a grid; fpdf2 with header/footer on every page",
     "operative_points": 4,
     "act": {"municipality": C, "organ": "AREA AMMINISTRATIVA E SOCIO-ASSISTENZIALE", "office": "Servizio Sociale",
             "kind": "determinazione", "number": 5, "sector_number": 2, "date": "2029-01-11",
             "subject": "LEGGE N. 162/1998 - PIANI PERSONALIZZATI DI SOSTEGNO IN FAVORE DI PERSONE CON DISABILITÀ "
                        "GRAVE - LIQUIDAZIONE CONTRIBUTI MESE DI DICEMBRE 2028"}},
    {"file": "avviso-cossoine-datagraph.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico on travel refunds for commuting students, boxed title; hand-written flat ODT "
             "(crest as base64 binary-data in the page header) exported by LibreOffice Writer",
     "act": {"municipality": C, "office": "AREA AMMINISTRATIVA E SOCIO-ASSISTENZIALE", "kind": "avviso",
             "date": "2029-01-12",
             "subject": "RIMBORSO DELLE SPESE DI VIAGGIO SOSTENUTE DAGLI STUDENTI PENDOLARI DELLE SCUOLE SECONDARIE DI "
                        "SECONDO GRADO - ANNO SCOLASTICO 2028/2029"}},
    {"file": "decreto-cossoine-datagraph.pdf", "role": "act",
     "what": "decreto sindacale 1/2029 naming the holder of the substitute power (L. 241/1990 art. 2 c. 9-bis), "
             "Numero/Data/Prot. grid; hand-written content stream with pikepdf, standard 14 fonts, Tw justification",
     "operative_points": 3,
     "act": {"municipality": C, "organ": "Sindaco", "kind": "decreto", "number": 1, "date": "2029-01-09",
             "subject": "INDIVIDUAZIONE DEL SOGGETTO TITOLARE DEL POTERE SOSTITUTIVO IN CASO DI INERZIA AI SENSI "
                        "DELL'ART. 2, COMMA 9-BIS, DELLA LEGGE 7 AGOSTO 1990, N. 241"}},
]


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").lower()
    return s


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    pdfs = sorted(p for p in os.listdir(SET) if p.endswith(".pdf"))
    keyed = sorted(k["file"] for k in KEYS)
    if pdfs != keyed:
        print("PDFs and keys differ:", sorted(set(pdfs) ^ set(keyed)))
        miss += 1
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
                for part in ("name", "role", "title"):
                    checks.append(("%s.%s" % (who, part), a[who][part], True))
        for at in a.get("attendees", []):
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            hay = folded if fold else exact
            if norm(val, fold) not in hay:
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a and not re.search(r"(?<![\d/.])%d(?![\d/])" % a[fld], exact):
                print("MISS %s %s: %r" % (k["file"], fld, a[fld])); miss += 1
        for fld in ("date", "proposal_date"):
            if fld in a:
                y, m, d = a[fld].split("-")
                if "%s/%s/%s" % (d, m, y) not in exact and "%s.%s.%s" % (d, m, y) not in exact:
                    print("MISS %s %s: %r" % (k["file"], fld, a[fld])); miss += 1
        if "time" in a and ("ore " + a["time"]) not in exact:
            print("MISS %s time: %r" % (k["file"], a["time"])); miss += 1
    print("%d keys, %d misses" % (len(KEYS), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
