#!/usr/bin/env python3
"""Write keys.json for set mix-110-a and check every keyed string against the PDFs.

Each keyed string (municipality, organ, office, proposing office, subject,
attendees' names and roles, president's and secretary's title, role and name)
must be found, whitespace collapsed, in `pdftotext -layout` of its PDF.
Subjects must match as printed (case and apostrophe shape included); the other
strings are compared without regard to case or apostrophe shape, as the
fixture's notes compare them. Runs of three or more underscores (the blanks of
a pre-printed form, which pdftotext puts on their own lines between the typed
values) are dropped from the text before the search. The number, the date
(dd/mm/yyyy) and the time of each key must also be printed. Exit status 1 on
any miss.
"""
import json
import os
import re
import subprocess
import sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SUBJ_LIONI_GC = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                 "RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE ANNESSA ALLA SCUOLA "
                 "SECONDARIA DI PRIMO GRADO - CUP E37H26001120004")
SUBJ_QUART_DET = ("Rimborso a contribuenti di somme versate e non dovute a titolo di Imposta "
                  "Municipale Propria (IMU) per l\u2019anno d\u2019imposta 2025. Impegno e "
                  "liquidazione di spesa.")


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


MIRANO_ROLL = [("ZAMENGO Luca", "Sindaco", True),
               ("BORTOLATO Chiara", "Presidente del Consiglio", True),
               ("CARRARO Andrea", "Consigliere", True), ("TONOLO Silvia", "Consigliere", True),
               ("SCATTOLIN Marco", "Consigliere", False), ("ZAMPIERI Elena", "Consigliere", True),
               ("SALVALAIO Federico", "Consigliere", True), ("VANZAN Giulia", "Consigliere", True),
               ("SEMENZATO Paolo", "Consigliere", True), ("PAVAN Martina", "Consigliere", True),
               ("BELLIN Stefano", "Consigliere", False), ("TESSARI Francesca", "Consigliere", True),
               ("CAZZIN Roberto", "Consigliere", True), ("NIERO Alessia", "Consigliere", True),
               ("BALLARIN Matteo", "Consigliere", True), ("BOATO Sara", "Consigliere", True),
               ("MARCATO Davide", "Consigliere", True), ("ZANON Valentina", "Consigliere", False),
               ("TREVISAN Nicola", "Consigliere", True), ("MICHIELETTO Anna", "Consigliere", True),
               ("BISON Giorgio", "Consigliere", True), ("RIZZATO Laura", "Consigliere", True),
               ("FURLAN Enrico", "Consigliere", True), ("ZUIN Monica", "Consigliere", True),
               ("RIGHETTO Tommaso", "Consigliere", True)]

KEYS = [
    {"file": "deliberazione-lioni-halley.pdf", "role": "act",
     "what": "Giunta Comunale n. 118 of 13/10/2026 with its ruled roll (4 present, 1 absent), "
             "proposal n. 131 of the Area Tecnica; ReportLab platypus, justified with Tw, "
             "running foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Lioni", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 118, "date": "2026-10-13", "time": "13:30",
             "proposal_number": 131, "proposal_date": "2026-10-07",
             "proposing_office": "AREA TECNICA",
             "subject": SUBJ_LIONI_GC,
             "attendees": roll([("CASTELLANO Antonio", "Sindaco", True),
                                ("RUSSOMANNO Carmela", "Vice Sindaco", True),
                                ("CUOZZO Michele", "Assessore", True),
                                ("DEL GUERCIO Giuseppina", "Assessore", False),
                                ("PASTORE Rocco", "Assessore", True)]),
             "president": {"title": "avv.", "role": "Sindaco", "name": "Antonio Castellano"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale",
                           "name": "Filomena Iannaccone"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-lioni-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register n. 512 of 14/10/2026, sector "
             "n. 187 of 12/10/2026; an 80-column Courier report printed by enscript (running "
             "head with the number) through ps2pdf",
     "operative_points": 5,
     "act": {"municipality": "Comune di Lioni", "organ": "AREA TECNICA",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 512, "sector_number": 187, "date": "2026-10-14",
             "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL\u2019ART. 50, COMMA 1, LETT. B), DEL "
                        "D.LGS. 36/2023, DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE "
                        "STRADE COMUNALI PER LA STAGIONE INVERNALE 2026/2027. IMPEGNO DI SPESA. "
                        "CIG B8C4D21A7F"}},
    {"file": "ordinanza-lioni-halley.pdf", "role": "act",
     "what": "ordinanza sindacale n. 41 of 15/10/2026 closing two school buildings for "
             "disinfestation; python-docx (letterhead in the header, boxed number, Word list "
             "numbering) exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": "Comune di Lioni", "organ": "Sindaco", "kind": "ordinanza",
             "number": 41, "date": "2026-10-15",
             "subject": "Chiusura temporanea dei plessi della scuola dell'infanzia e della scuola "
                        "primaria di Via Fiume nei giorni 16 e 17 ottobre 2026 per interventi "
                        "urgenti di disinfestazione e sanificazione."}},
    {"file": "attestazione-lioni-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta n. 118 of 13/10/2026 (register n. 1043, from "
             "15/10/2026): a pre-printed form filled over its underscores; fpdf2",
     "act": {"municipality": "Comune di Lioni", "kind": "attestazione", "number": 118,
             "date": "2026-10-13", "subject": SUBJ_LIONI_GC}},
    {"file": "deliberazione-mirano-civilia.pdf", "role": "act",
     "what": "Consiglio Comunale n. 62 of 14/10/2026, 25 members in a two-column roll, vote by "
             "majority; HTML printed by headless Chromium with @page running head and foot",
     "operative_points": 3,
     "act": {"municipality": "Comune di Mirano", "organ": "Consiglio Comunale",
             "kind": "deliberazione", "number": 62, "date": "2026-10-14", "time": "20:30",
             "proposal_number": 71, "proposal_date": "2026-10-01",
             "proposing_office": "Settore Servizi alla Persona",
             "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, "
                        "VANTAGGI ECONOMICI E PATROCINI AD ENTI E ASSOCIAZIONI.",
             "attendees": roll(MIRANO_ROLL),
             "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale",
                           "name": "Chiara Bortolato"},
             "secretary": {"title": "dott.", "role": "Segretario Generale",
                           "name": "Massimo Fantin"},
             "vote": "majority",
             "vote_counts": {"present": 22, "voters": 20, "in_favour": 15, "against": 5,
                             "abstained": 2},
             "immediately_executive": True}},
    {"file": "determinazione-mirano-civilia.pdf", "role": "act",
     "what": "determinazione of the Settore Affari Generali, general register n. 874 of "
             "12/10/2026, sector n. 96, proposal n. 1102; pdfLaTeX (glyphs placed by TeX, no "
             "space characters), running head and foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Mirano", "organ": "SETTORE AFFARI GENERALI",
             "office": "Servizio Cultura e Biblioteca", "kind": "determinazione",
             "number": 874, "sector_number": 96, "date": "2026-10-12",
             "proposal_number": 1102, "proposal_date": "2026-10-09",
             "subject": "Affidamento diretto del servizio di promozione della lettura e animazione "
                        "per ragazzi presso la Biblioteca civica per il periodo ottobre - dicembre "
                        "2026 alla Cooperativa sociale Il Germoglio. Impegno di spesa. CIG "
                        "B7F2A90C3D."}},
    {"file": "decreto-mirano-civilia.pdf", "role": "act",
     "what": "decreto del Sindaco n. 19 of 13/10/2026 conferring an Elevata Qualificazione; "
             "HTML printed by wkhtmltopdf 0.12.6",
     "operative_points": 4,
     "act": {"municipality": "Comune di Mirano", "organ": "Sindaco", "kind": "decreto",
             "number": 19, "date": "2026-10-13",
             "subject": "Conferimento dell'incarico di Elevata Qualificazione per la direzione del "
                        "Settore Servizi alla Persona dal 16/10/2026 al 31/12/2026."}},
    {"file": "avviso-mirano-civilia.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Settore Servizi alla Persona, 15/10/2026, rent "
             "contributions; ReportLab canvas, letter-spaced title (Tc), lines justified with Tw, "
             "protocol stamp rotated up the left margin",
     "act": {"municipality": "Comune di Mirano", "office": "Settore Servizi alla Persona",
             "kind": "avviso", "date": "2026-10-15",
             "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL "
                        "PAGAMENTO DEI CANONI DI LOCAZIONE - ANNO 2026"}},
    {"file": "deliberazione-quart-inva.pdf", "role": "act",
     "what": "Giunta comunale n. 87 of 12/10/2026, bilingual headings, roll of 5 (1 absent), "
             "executive on publication; hand-written content streams via pikepdf, glyphs placed "
             "one at a time, letterhead and foot as Form XObjects drawn last, roll drawn after "
             "the text below it",
     "operative_points": 4,
     "act": {"municipality": "Comune di Quart", "organ": "Giunta Comunale",
             "kind": "deliberazione", "number": 87, "date": "2026-10-12", "time": "18:00",
             "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'UNITÉ DES COMMUNES "
                        "VALDÔTAINES MONT-ÉMILIUS PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI "
                        "TRASPORTO SCOLASTICO - ANNO SCOLASTICO 2026/2027.",
             "attendees": roll([("PERRIN Stefano", "Sindaco", True),
                                ("JACCOD Nadia", "Vice Sindaco", True),
                                ("BIONAZ Ivo", "Assessore", True),
                                ("CERISE Daniela", "Assessore", False),
                                ("THIÉBAT Luca", "Assessore", True)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Stefano Perrin"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale",
                           "name": "Michela Vuillermoz"},
             "vote": "unanimous", "immediately_executive": False}},
    {"file": "determinazione-quart-inva.pdf", "role": "act",
     "what": "determinazione n. 143 of 13/10/2026 of the Area economico-finanziaria (Ufficio "
             "Tributi), IMU refunds, bilingual headings; plain troff through groff -Tps and "
             "ps2pdf, justified, running head and foot",
     "operative_points": 4,
     "act": {"municipality": "Comune di Quart", "organ": "AREA ECONOMICO-FINANZIARIA",
             "office": "Ufficio Tributi", "kind": "determinazione", "number": 143,
             "date": "2026-10-13", "subject": SUBJ_QUART_DET}},
    {"file": "convocazione-quart-inva.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio comunale for 22/10/2026, prot. 6120 of "
             "14/10/2026; fpdf2, letter-spaced headings (Tc), Tw justification",
     "act": {"municipality": "Comune di Quart", "kind": "convocazione", "date": "2026-10-14",
             "subject": "Convocazione del Consiglio comunale in seduta ordinaria - giovedì 22 "
                        "ottobre 2026, ore 20:30."}},
    {"file": "relata-quart-inva.pdf", "role": "certificate",
     "what": "the messo's relata di pubblicazione of determinazione n. 143 of 13/10/2026 "
             "(register n. 612/2026, from 14/10/2026); 80-column Courier text printed by a2ps "
             "through ps2pdf",
     "act": {"municipality": "Comune di Quart", "kind": "attestazione", "number": 143,
             "date": "2026-10-13", "subject": SUBJ_QUART_DET}},
]

APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).translate(APOS).lower()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                             text=True, check=True).stdout
        exact, low = norm(txt), loose(txt)
        a = k.get("act", {})
        checks = []
        if "subject" in a:
            checks.append(("subject", a["subject"], True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        for at in a.get("attendees", []):
            checks.append(("attendee name", at["name"], False))
            checks.append(("attendee role", at["role"], False))
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append((who + " " + f, v, False))
        if "number" in a:
            checks.append(("number", str(a["number"]), False))
        if "sector_number" in a:
            checks.append(("sector_number", str(a["sector_number"]), False))
        if "proposal_number" in a:
            checks.append(("proposal_number", str(a["proposal_number"]), False))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y), False))
        if "time" in a:
            checks.append(("time", a["time"], False))
        for name, val, is_exact in checks:
            ok = norm(val) in exact if is_exact else loose(val) in low
            if name in ("number", "sector_number", "proposal_number"):
                ok = re.search(r"(?<![\d/.,])%s(?![\d/,]|\.\d)" % re.escape(val), exact) is not None
            if not ok:
                print("MISS %-36s %-18s %r" % (k["file"], name, val))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
