#!/usr/bin/env python3
"""Writes ../keys.json for set mix-126-a and checks every keyed string against
`pdftotext -layout` of its PDF (runs of white space collapsed on both sides).

Subjects are matched exactly; municipality, organ, office, names, roles and
titles without regard to case (the fixture compares them so). Numbers, dates
(as dd/mm/yyyy) and times must appear too. Only for the form filled over
underscores (certificato-donnas-padigitale.pdf) are the runs of underscores of
the blanks dropped before the subject is looked for: the values are typed just
above the blanks, so pdftotext puts a line of underscores between the lines of
the subject. Exits 1 on any miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


OSSI_SUBJ = ("Manifestazione \"Carrasegare Ossesu 2028\". Concessione del patrocinio e di un contributo "
             "economico all'Associazione Culturale \"Su Entu\". Indirizzi al Responsabile dell'Area "
             "Socio-Culturale.")
DONNAS_SUBJ = ("Strada romana delle Gallie nel borgo di Donnas - lavori di manutenzione straordinaria del "
               "selciato e dei muri di sostegno. Approvazione del progetto di fattibilità tecnico-economica e "
               "richiesta di contributo regionale.")

KEYS = [
    {"file": "deliberazione-ossi-halley.pdf", "role": "act",
     "what": "Giunta Comunale deliberation 14/2028 (Carnival grant), Halley-style minute with ruled roll, "
             "running head and foot; ReportLab platypus, justified by Tw",
     "operative_points": 4,
     "act": {"municipality": "Comune di Ossi", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 14, "date": "2028-02-08", "time": "17:30",
             "proposal_number": 19, "proposal_date": "2028-02-03", "proposing_office": "Area Socio-Culturale",
             "subject": OSSI_SUBJ,
             "attendees": att([("PIRAS Giovanni Maria", "Sindaco", True), ("SECHI Antonella", "Vice Sindaco", True),
                               ("CANU Salvatore", "Assessore", True), ("MANCA Federica", "Assessore", False),
                               ("DEROMA Pietro Paolo", "Assessore", True)]),
             "president": {"role": "Sindaco", "name": "Giovanni Maria Piras"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Grazia Fois"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-ossi-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, sector n. 37 of 09/02/2028, general register n. 96 of "
             "10/02/2028; python-docx exported by LibreOffice Writer, running head with the numbers",
     "operative_points": 5,
     "act": {"municipality": "Comune di Ossi", "organ": "Area Tecnica",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 96, "sector_number": 37, "date": "2028-02-10",
             "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria di via "
                        "Sassari. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. "
                        "36/2023 alla ditta Edil Logudoro S.r.l. e impegno di spesa. CIG B4A7C2D91E - CUP "
                        "H47H27000120004."}},
    {"file": "ordinanza-ossi-halley.pdf", "role": "act",
     "what": "ordinanza sindacale 3/2028 closing a nursery school (art. 50 TUEL); fpdf2, letter-spaced "
             "headings by Tc, justified body",
     "operative_points": 3,
     "act": {"municipality": "Comune di Ossi", "organ": "Sindaco", "kind": "ordinanza",
             "number": 3, "date": "2028-02-10",
             "subject": "Chiusura temporanea della scuola dell'infanzia di via Grazia Deledda nei giorni 11 e "
                        "14 febbraio 2028 per guasto alla centrale termica."}},
    {"file": "certificato-ossi-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 14/2028, published 10/02/2028 (reg. n. 112); "
             "plain troff through groff -Tps and ps2pdf",
     "act": {"municipality": "Comune di Ossi", "kind": "attestazione", "number": 14, "date": "2028-02-08",
             "subject": OSSI_SUBJ}},
    {"file": "deliberazione-palata-sicraweb.pdf", "role": "act",
     "what": "Consiglio Comunale deliberation 2/2028 (piano delle alienazioni), roll of 11 in two columns, "
             "majority vote; HTML printed by headless Chromium, running foot from a repeated tfoot",
     "operative_points": 4,
     "act": {"municipality": "Comune di Palata", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 2, "date": "2028-02-07", "time": "18:00",
             "proposal_number": 4, "proposal_date": "2028-01-28", "proposing_office": "Area Tecnica",
             "subject": "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari per il triennio "
                        "2028/2030 (art. 58 del D.L. n. 112/2008, convertito dalla Legge n. 133/2008).",
             "attendees": att([("CIANCIULLO Antonio", "Sindaco", True), ("PALLOTTA Giuseppe", "Consigliere", True),
                               ("DI CRISTOFARO Maria Rosaria", "Consigliere", True),
                               ("COLAVECCHIO Nicola", "Consigliere", True), ("D'ASCANIO Lucia", "Consigliere", False),
                               ("SABELLI Francesco", "Consigliere", True), ("PETRELLA Domenico", "Consigliere", True),
                               ("IACOVONE Angela", "Consigliere", True), ("MONTANARO Luigi", "Consigliere", True),
                               ("FALCONE Pasquale", "Consigliere", False), ("DE SANCTIS Carmine", "Consigliere", True)]),
             "president": {"title": "Sig.", "role": "Sindaco", "name": "Antonio Cianciullo"},
             "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Nicola Di Iorio"},
             "vote": "majority",
             "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-palata-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Area Economico-Finanziaria, n. 12 of 08/02/2028, general register n. 41 of "
             "09/02/2028 (IMU refunds); 80-column Courier report by enscript, running head with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Palata", "organ": "AREA ECONOMICO-FINANZIARIA",
             "office": "Servizio Tributi", "kind": "determinazione",
             "number": 41, "sector_number": 12, "date": "2028-02-09",
             "subject": "RIMBORSO AI CONTRIBUENTI DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMU PER "
                        "L\u2019ANNO D\u2019IMPOSTA 2026. LIQUIDAZIONE."}},
    {"file": "decreto-palata-sicraweb.pdf", "role": "act",
     "what": "decreto del Sindaco 1/2028 appointing the head of the Area Tecnica; pdfLaTeX (Helvetica, T1)",
     "operative_points": 4,
     "act": {"municipality": "Comune di Palata", "organ": "Sindaco", "kind": "decreto",
             "number": 1, "date": "2028-02-09",
             "subject": "Nomina del Responsabile dell\u2019Area Tecnica e attribuzione delle funzioni di cui "
                        "all\u2019art. 107 del D.Lgs. n. 267/2000 per l\u2019anno 2028."}},
    {"file": "convocazione-palata-sicraweb.pdf", "role": "notice",
     "what": "the Sindaco's convocation of the Consiglio Comunale for 21/02/2028, prot. 845 of 10/02/2028; "
             "wkhtmltopdf",
     "act": {"municipality": "Comune di Palata", "kind": "convocazione", "date": "2028-02-10",
             "subject": "Convocazione del Consiglio Comunale in sessione straordinaria - seduta del 21 "
                        "febbraio 2028."}},
    {"file": "deliberazione-donnas-padigitale.pdf", "role": "act",
     "what": "Giunta comunale deliberation 9/2028, bilingual headings; hand-written content streams (pikepdf): "
             "every glyph placed alone, letterhead, roll and signatures in Form XObjects drawn last, rotated stamp",
     "operative_points": 4,
     "act": {"municipality": "Comune di Donnas", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 9, "date": "2028-02-09", "time": "18:00",
             "proposal_number": 11, "proposal_date": "2028-02-02", "proposing_office": "Area Tecnico-Manutentiva",
             "subject": DONNAS_SUBJ,
             "attendees": att([("VUILLERMOZ Marco", "Sindaco", True), ("BONIN Elena", "Vice Sindaco", True),
                               ("JEANTET Paolo", "Assessore", True), ("CHARRÈRE Chiara", "Assessore", False),
                               ("FOSSON Luca", "Assessore", True)]),
             "president": {"role": "Sindaco", "name": "Marco Vuillermoz"},
             "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Sara Brunod"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-donnas-padigitale.pdf", "role": "act",
     "what": "determinazione n. 28/2028 of the Area Tecnico-Manutentiva (snow clearing); ReportLab canvas, "
             "Tw justification line by line, Tc letter-spaced headings, running head on page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Donnas", "organ": "AREA TECNICO-MANUTENTIVA",
             "office": "Ufficio Viabilità e Manutenzioni", "kind": "determinazione",
             "number": 28, "date": "2028-02-10",
             "subject": "Servizio di sgombero neve dalle strade comunali - stagione invernale 2027/2028. "
                        "Integrazione dell'impegno di spesa a favore della ditta Movimento Terra Bosonin "
                        "S.n.c. - CIG B7D41E09A2."}},
    {"file": "avviso-donnas-padigitale.pdf", "role": "notice",
     "what": "avviso pubblico (municipal vegetable plots), unnumbered, prot. 1187 of 11/02/2028; flat ODT by "
             "LibreOffice Writer, letter-spaced headings, a two-column Italian/French section",
     "act": {"municipality": "Comune di Donnas", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Patrimonio",
             "kind": "avviso", "date": "2028-02-11",
             "subject": "Assegnazione in comodato d'uso gratuito degli orti comunali in località Vert - anno 2028"}},
    {"file": "certificato-donnas-padigitale.pdf", "role": "certificate",
     "what": "attestato di pubblicazione of Giunta deliberation 9/2028 (10/02-25/02/2028, reg. n. 87), "
             "dated 26/02/2028; fpdf2, a form whose underscore blanks are filled in Courier",
     "act": {"municipality": "Comune di Donnas", "kind": "attestazione", "number": 9, "date": "2028-02-09",
             "subject": DONNAS_SUBJ}},
]

UNDERSCORE_FORMS = {"certificato-donnas-padigitale.pdf"}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                                  check=True).stdout)
        low = txt.lower()
        alt = norm(re.sub(r'_{3,}', ' ', txt)) if k["file"] in UNDERSCORE_FORMS else txt
        a = k["act"]
        checks = []
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in a:
                checks.append((f, a[f], False))
        checks.append(("subject", a["subject"], True))
        for p in a.get("attendees", []):
            checks += [("attendee name", p["name"], False), ("attendee role", p["role"], False)]
        for who in ("president", "secretary"):
            for f, v in a.get(who, {}).items():
                checks.append((who + "." + f, v, False))
        for f in ("number", "sector_number", "proposal_number"):
            if f in a:
                checks.append((f, str(a[f]), False))
        for f in ("date", "proposal_date"):
            if f in a:
                y, m, d = a[f].split("-")
                checks.append((f, "%s/%s/%s" % (d, m, y), False))
        if "time" in a:
            checks.append(("time", a["time"], False))
        for f, v, exact in checks:
            v = norm(v)
            ok = (v in txt or v in alt) if exact else (v.lower() in low or v.lower() in alt.lower())
            if not ok:
                misses += 1
                print("MISS %s: %s = %r" % (k["file"], f, v))
        if not os.path.exists(path):
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d files keyed, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
