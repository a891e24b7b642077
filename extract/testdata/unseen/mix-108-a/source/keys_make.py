#!/usr/bin/env python3
"""Write ../keys.json for set mix-108-a and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed). Organs, offices,
names, roles and titles are compared without regard to case or the shape of
the apostrophe, as the scorer compares them; subjects are compared as printed.
A form's runs of underscores are dropped before the search, so that a value
written over two blanks is found as one string. Dates are checked in the
forms the documents print them (dd/mm/yyyy, dd-mm-yyyy, a2ps's minus signs).
Exits 1 on any miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

SUBJ_DELIB_MONTECCHIO = ("Approvazione del progetto esecutivo dei lavori di efficientamento energetico "
                         "della scuola primaria di Tenaglie – CUP C27H26000410004.")


def person(title, role, name):
    d = {}
    if title:
        d["title"] = title
    d["role"] = role
    d["name"] = name
    return d


KEYS = [
    # ---------------- Comune di Montecchio (TR), Umbria - "Halley" house style
    {"file": "deliberazione-montecchio-halley.pdf", "role": "act",
     "what": "Giunta deliberation 47/2026 on a school's energy works; ReportLab platypus, justified with Tw, "
             "running head from page 2 and running foot with the number, ruled roll with X marks",
     "operative_points": 4,
     "act": {"municipality": "Comune di Montecchio", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 47, "date": "2026-07-09", "time": "12:30",
             "proposal_number": 52, "proposal_date": "2026-07-03", "proposing_office": "Area Tecnica",
             "subject": SUBJ_DELIB_MONTECCHIO,
             "attendees": [{"name": "PROIETTI Stefano", "role": "Sindaco", "present": True},
                           {"name": "CIRIMBILLI Marta", "role": "Vice Sindaco", "present": True},
                           {"name": "VALENTINI Luca", "role": "Assessore", "present": False}],
             "president": person("dott.", "Sindaco", "Stefano Proietti"),
             "secretary": person("dott.ssa", "Segretario Comunale", "Loredana Fantauzzi"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-montecchio-halley.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 231 and Area register 88, grass cutting; "
             "HTML printed by headless Chromium with CSS letter-spaced headings",
     "operative_points": 5,
     "act": {"municipality": "Comune di Montecchio", "organ": "Area Tecnica",
             "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
             "number": 231, "sector_number": 88, "date": "2026-07-10",
             "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, "
                        "del servizio di sfalcio dell'erba lungo le strade comunali di Melezzole e Tenaglie – "
                        "stagione estiva 2026 – alla ditta Verde Teverina s.r.l. – CIG B2A7C41F90 – Impegno di spesa."}},
    {"file": "certificato-montecchio-halley.pdf", "role": "certificate",
     "what": "certificate of publication of Giunta deliberation 47/2026 (Albo n. 612/2026, 13/07-28/07/2026); "
             "fpdf2 form whose values are written in Courier over blanks of underscores",
     "act": {"municipality": "Comune di Montecchio", "kind": "attestazione",
             "number": 47, "date": "2026-07-09", "subject": SUBJ_DELIB_MONTECCHIO}},
    {"file": "ordinanza-montecchio-halley.pdf", "role": "act",
     "what": "ordinanza sindacale 19/2026 restricting drinking water use; python-docx model exported by "
             "LibreOffice Writer, header table with a picture crest, bulleted ORDINA, page field in the foot",
     "operative_points": 3,
     "act": {"municipality": "Comune di Montecchio", "organ": "Sindaco", "kind": "ordinanza",
             "number": 19, "date": "2026-07-08",
             "subject": "Limitazione dell'uso dell'acqua potabile per scopi diversi da quelli igienici e "
                        "domestici nel periodo estivo 2026."}},

    # ---------------- Comune di Noli (SV), Liguria - "Civilia" house style
    {"file": "deliberazione-noli-civilia.pdf", "role": "act",
     "what": "Consiglio deliberation 24/2026, budget adjustment, 7-3 vote; pdfLaTeX (Times, microtype "
             "letter-spacing), roll in two tables side by side, running foot with the number",
     "operative_points": 5,
     "act": {"municipality": "Comune di Noli", "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 24, "date": "2026-07-16", "time": "18:00",
             "proposal_number": 31, "proposal_date": "2026-07-06",
             "proposing_office": "Area Economico-Finanziaria",
             "subject": "Assestamento generale e salvaguardia degli equilibri di bilancio per l’esercizio 2026 "
                        "(artt. 175, comma 8, e 193 del D.Lgs. n. 267/2000). Approvazione.",
             "attendees": [{"name": "REMBADO Alessandro", "role": "Sindaco", "present": True},
                           {"name": "CANEPA Elisa", "role": "Consigliere", "present": True},
                           {"name": "FERRO Davide", "role": "Consigliere", "present": True},
                           {"name": "GHIGLIAZZA Monica", "role": "Consigliere", "present": True},
                           {"name": "BOTTA Simone", "role": "Consigliere", "present": True},
                           {"name": "DELFINO Chiara", "role": "Consigliere", "present": True},
                           {"name": "OLIVERI Paolo", "role": "Consigliere", "present": True},
                           {"name": "VALLARINO Roberto", "role": "Consigliere", "present": False},
                           {"name": "BERTOLOTTO Giulia", "role": "Consigliere", "present": True},
                           {"name": "SCARONE Enrico", "role": "Consigliere", "present": True},
                           {"name": "MORDEGLIA Luca", "role": "Consigliere", "present": True}],
             "president": person("avv.", "Sindaco", "Alessandro Rembado"),
             "secretary": person("dott.", "Segretario Comunale", "Fabrizio Rosasco"),
             "vote": "majority",
             "vote_counts": {"present": 10, "voters": 10, "in_favour": 7, "against": 3, "abstained": 0},
             "immediately_executive": True}},
    {"file": "determinazione-noli-civilia.pdf", "role": "act",
     "what": "determinazione of the Area Amministrativa, general register 312 and Area register 41, "
             "lifeguard service; content streams written by hand with pikepdf: every glyph by its own Tm, "
             "no space characters, letterhead (Tc), number box and foot in Form XObjects drawn last, "
             "signature drawn before the dispositivo, the Albo's stamp rotated up the left margin",
     "operative_points": 4,
     "act": {"municipality": "Comune di Noli", "organ": "Area Amministrativa",
             "office": "Servizio Turismo, Cultura e Demanio Marittimo", "kind": "determinazione",
             "number": 312, "sector_number": 41, "date": "2026-07-17",
             "subject": "Servizio di salvamento a mare presso le spiagge libere comunali – stagione balneare "
                        "2026. Affidamento diretto alla Società Cooperativa Nuoto Soccorso Ponente – "
                        "CIG B2C95D1E48. Impegno di spesa."}},
    {"file": "avviso-noli-civilia.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico for grants to associations, prot. 6712 of 14/07/2026; HTML by wkhtmltopdf",
     "act": {"municipality": "Comune di Noli", "organ": "Area Amministrativa",
             "office": "Servizio Turismo, Cultura e Demanio Marittimo", "kind": "avviso",
             "date": "2026-07-14",
             "subject": "AVVISO PUBBLICO per la concessione di contributi ad associazioni per l'organizzazione "
                        "di manifestazioni culturali, sportive e turistiche nel periodo settembre – dicembre 2026"}},
    {"file": "decreto-noli-civilia.pdf", "role": "act",
     "what": "decreto del Sindaco 7/2026 appointing the head of the Area Tecnica; ReportLab canvas, each "
             "line its own text object justified by Tw, headings spread with Tc, signature alone on page 2",
     "operative_points": 5,
     "act": {"municipality": "Comune di Noli", "organ": "Sindaco",
             "office": "Segreteria generale – Ufficio Personale", "kind": "decreto",
             "number": 7, "date": "2026-07-15",
             "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata "
                        "Qualificazione per il periodo dal 16/07/2026 al 31/12/2026."}},

    # ---------------- Comune di Filiano (PZ), Basilicata - "Siscom" legacy house style
    {"file": "deliberazione-filiano-siscom.pdf", "role": "act",
     "what": "Giunta deliberation 71/2026, draw on the reserve fund for fire prevention; 80-column Courier "
             "report by enscript and ps2pdf, ASCII boxes, running head with the number on both pages",
     "operative_points": 3,
     "act": {"municipality": "Comune di Filiano", "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 71, "date": "2026-07-21", "time": "13:15",
             "proposal_number": 80, "proposal_date": "2026-07-17",
             "proposing_office": "AREA ECONOMICO-FINANZIARIA",
             "subject": "PRELEVAMENTO DAL FONDO DI RISERVA - ESERCIZIO FINANZIARIO 2026 - ART. 166 DEL "
                        "D.LGS. 267/2000 - INTERVENTI URGENTI DI PREVENZIONE INCENDI BOSCHIVI.",
             "attendees": [{"name": "LOVALLO ROCCO", "role": "SINDACO", "present": True},
                           {"name": "TELESCA ANGELA", "role": "VICESINDACO", "present": True},
                           {"name": "CARLUCCI VITO", "role": "ASSESSORE", "present": False}],
             "president": person("DOTT.", "SINDACO", "ROCCO LOVALLO"),
             "secretary": person("DOTT.", "SEGRETARIO COMUNALE", "GIUSEPPE LAPENNA"),
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-filiano-siscom.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 402 and sector register 139, payment of a "
             "works progress certificate; plain troff (groff, Courier, justified) through PostScript and ps2pdf, "
             "running head with the number from page 2",
     "operative_points": 4,
     "act": {"municipality": "Comune di Filiano", "organ": "AREA TECNICA",
             "office": "UFFICIO LAVORI PUBBLICI", "kind": "determinazione",
             "number": 402, "sector_number": 139, "date": "2026-07-22",
             "subject": "LAVORI DI RIPRISTINO DELLA RETE IDRICA IN LOCALITA' SCALERA - LIQUIDAZIONE PRIMO "
                        "STATO DI AVANZAMENTO LAVORI ALLA DITTA LUCANA SCAVI S.R.L. - CIG B1F4E83A27 - "
                        "CUP G57H25001230002."}},
    {"file": "deposito-filiano-siscom.pdf", "role": "notice",
     "what": "notice of deposit of three undeliverable acts at the casa comunale (art. 140 c.p.c.); 80-column "
             "text by a2ps and ps2pdf, whose hyphens are minus signs (U+2212) in the text layer",
     "act": {"municipality": "Comune di Filiano", "office": "UFFICIO MESSI NOTIFICATORI", "kind": "avviso",
             "date": "2026-07-23",
             "subject": "AVVISO DI DEPOSITO DI ATTI PRESSO LA CASA COMUNALE"}},
    {"file": "ordinanza-filiano-siscom.pdf", "role": "act",
     "what": "ordinanza sindacale 22/2026 on fire prevention; fpdf2 in core Courier, justified with Tw, "
             "running foot with the number",
     "operative_points": 4,
     "act": {"municipality": "Comune di Filiano", "organ": "Sindaco", "kind": "ordinanza",
             "number": 22, "date": "2026-07-20",
             "subject": "PREVENZIONE E LOTTA AGLI INCENDI BOSCHIVI - OBBLIGO DI PULIZIA DEI TERRENI INCOLTI "
                        "E DIVIETO DI ABBRUCIAMENTO DI STOPPIE E RESIDUI VEGETALI - STAGIONE ESTIVA 2026."}},
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = s.replace("’", "'").replace("‘", "'").replace("\u2212", "-")
    return collapse(s).lower()


def texts(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    no_blanks = re.sub(r"_{3,}", " ", out)
    return [collapse(out), collapse(no_blanks)]


def date_forms(iso):
    y, m, d = iso.split("-")
    return ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y), "%s\u2212%s\u2212%s" % (d, m, y)]


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        exact = texts(path)
        low = [loose(t) for t in exact]
        a = k["act"]
        checks = []  # (label, value, exact?)
        checks.append(("subject", a.get("subject"), True))
        for f in ("municipality", "organ", "office", "proposing_office"):
            checks.append((f, a.get(f), False))
        for p in a.get("attendees", []):
            checks.append(("attendee", p["name"], False))
            checks.append(("attendee role", p["role"], False))
        for who in ("president", "secretary"):
            if who in a:
                for f in ("title", "role", "name"):
                    checks.append((who + "." + f, a[who].get(f), False))
        for label, val, is_exact in checks:
            if not val:
                continue
            if is_exact:
                ok = any(collapse(val) in t for t in exact)
            else:
                ok = any(loose(val) in t for t in low)
            if not ok:
                print("MISS %-38s %-16s %r" % (k["file"], label, val))
                misses += 1
        for f in ("date", "proposal_date"):
            if f in a and not any(df in t for df in date_forms(a[f]) for t in exact):
                print("MISS %-38s %-16s %r" % (k["file"], f, a[f]))
                misses += 1
        for f in ("number", "sector_number", "proposal_number"):
            if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], exact[0]):
                print("MISS %-38s %-16s %r" % (k["file"], f, a[f]))
                misses += 1
        if "time" in a and a["time"] not in exact[0]:
            print("MISS %-38s %-16s %r" % (k["file"], "time", a["time"]))
            misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d files keyed, %d misses" % (len(KEYS), misses))
    sys.exit(1 if misses else 0)


if __name__ == "__main__":
    main()
