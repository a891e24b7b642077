#!/usr/bin/env python3
"""Writes keys.json for set mix-112-a and checks every keyed string against
`pdftotext -layout` of its PDF.

Check: white space collapsed to one space and case folded on both sides;
runs of three or more underscores (the blanks of a printed form, on which
the certificate's values are typed) are taken out of the text first, so
that a value filled over several blank lines reads as one run. Numbers,
times and dates are looked for as printed (dates as dd/mm/yyyy or
dd-mm-yyyy). Exit status 1 on any miss.
"""
import json, os, re, subprocess, sys

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def roll(rows, roles=True):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if roles:
            d["role"] = r[1]
        d["present"] = r[-1]
        out.append(d)
    return out


CHIARI = "Comune di Chiari"
SSM = "Comune di San Severino Marche"
SPV = "Comune di San Pietro Vernotico"

KEYS = [
    {"file": "deliberazione-chiari-sicraweb.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 198/2026 (cemetery tariffs 2027), Sicr@web-like model: ReportLab "
             "platypus, paragraphs justified with Tw, roll of two columns side by side in one table, "
             "running head with the number and 'Pagina x di y' from page 2",
     "operative_points": 4,
     "act": {"municipality": CHIARI, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 198, "date": "2026-12-15", "time": "17:30",
             "proposal_number": 241, "proposal_date": "2026-12-10",
             "proposing_office": "AREA AFFARI GENERALI",
             "subject": "APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DEL SERVIZIO DI "
                        "ILLUMINAZIONE VOTIVA PER L'ANNO 2027",
             "attendees": roll([("BELOTTI MARCO", "Sindaco", True),
                                ("FACCHETTI LAURA", "Vice Sindaco", True),
                                ("ZANOTTI PAOLO", "Assessore", True),
                                ("GOFFI CHIARA", "Assessore", False),
                                ("RUBAGOTTI STEFANO", "Assessore", True),
                                ("MARINONI ELENA", "Assessore", True),
                                ("PEDRINI LUCA", "Assessore", False)]),
             "president": {"title": "dott.", "role": "Sindaco", "name": "Marco Belotti"},
             "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Francesca Lanzini"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-chiari-sicraweb.pdf", "role": "act",
     "what": "determinazione of the Area Tecnica, general register 912 and sector register 214 (snow "
             "clearing contract): HTML printed by headless Chromium, CSS letter-spaced headings, a fixed "
             "running foot with the number, the visto contabile in a box",
     "operative_points": 5,
     "act": {"municipality": CHIARI, "organ": "AREA TECNICA",
             "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
             "number": 912, "sector_number": 214, "date": "2026-12-16",
             "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO "
                        "DELLE STRADE COMUNALI PER LA STAGIONE INVERNALE 2026/2027 ALLA DITTA "
                        "AGRISERVICE FRANCIACORTA S.R.L. - CIG B4C7E21A9F - IMPEGNO DI SPESA"}},
    {"file": "ordinanza-chiari-sicraweb.pdf", "role": "act",
     "what": "ordinanza sindacale n. 87/2026 (fireworks ban over the holidays): python-docx Word model "
             "(letterhead table with a crest picture in the page header, number box, PAGE field in the "
             "footer) exported by LibreOffice Writer",
     "operative_points": 3,
     "act": {"municipality": CHIARI, "organ": "Sindaco", "kind": "ordinanza",
             "number": 87, "date": "2026-12-18",
             "subject": "DIVIETO DI UTILIZZO DI ARTIFICI PIROTECNICI, PETARDI E ALTRI ARTIFIZI "
                        "ESPLODENTI NEL CENTRO ABITATO DAL 24 DICEMBRE 2026 AL 6 GENNAIO 2027"}},
    {"file": "certificato-chiari-sicraweb.pdf", "role": "certificate",
     "what": "certificate of publication and executivity of Giunta n. 198/2026: a printed form whose "
             "blanks are underscores in the text layer, the values typed over them in Courier (ReportLab "
             "canvas); the subject runs over two blank lines",
     "act": {"municipality": CHIARI, "kind": "attestazione", "number": 198, "date": "2026-12-15",
             "subject": "APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DEL SERVIZIO DI "
                        "ILLUMINAZIONE VOTIVA PER L'ANNO 2027"}},
    {"file": "deliberazione-sanseverinomarche-halley.pdf", "role": "act",
     "what": "Consiglio Comunale minute n. 58/2026 (DUP 2027/2029), Halley-like model retyped in LaTeX: "
             "pdfTeX (glyphs kerned, no space characters), roll of 17 names with P/A in two flowing "
             "columns (multicol), running head with the number from page 2, vote by majority with counts",
     "operative_points": 3,
     "act": {"municipality": SSM, "organ": "Consiglio Comunale", "kind": "deliberazione",
             "number": 58, "date": "2026-12-14", "time": "18:30",
             "subject": "Documento Unico di Programmazione (DUP) 2027/2029 \u2013 Nota di aggiornamento. "
                        "Approvazione.",
             "attendees": roll([(n, None, p) for n, p in [
                 ("CAPPELLACCI GIOVANNI", True), ("PACIONI ANDREA", True), ("BORIONI MARTA", True),
                 ("CARASSAI LUCA", True), ("FERRACUTI SILVIA", False), ("GIACOMETTI PAOLO", True),
                 ("LUCIANI ELISA", True), ("MARCELLINI FABIO", True), ("MORETTI GIULIA", True),
                 ("PALOMBINI SANDRO", True), ("PETRINI CLAUDIA", False), ("ROMAGNOLI DAVIDE", True),
                 ("SANTINELLI MICHELE", True), ("SPERANDINI ANNA", True), ("TASSI ROBERTO", False),
                 ("VALENTINI LORENZO", True), ("ZAMPONI CHIARA", True)]], roles=False),
             "president": {"title": "Signor", "role": "PRESIDENTE DEL CONSIGLIO", "name": "PACIONI ANDREA"},
             "secretary": {"title": "Dott.", "role": "SEGRETARIO COMUNALE", "name": "MARINELLI ROBERTO"},
             "vote": "majority",
             "vote_counts": {"present": 14, "in_favour": 10, "against": 3, "abstained": 1},
             "immediately_executive": True}},
    {"file": "determinazione-sanseverinomarche-halley.pdf", "role": "act",
     "what": "determinazione of the Settore Cultura, Turismo e Sport, Reg. Gen. 987 / Reg. Settore 96 "
             "(Teatro Feronia stage services): content streams written by hand (pikepdf), letterhead "
             "a Form XObject drawn last on each page, number box and subject set one glyph at a time "
             "without space characters, body justified with Tw, heading letter-spaced with Tc, signature "
             "block before the body in the stream, publication stamp rotated up the left margin, "
             "running foot with the number",
     "operative_points": 4,
     "act": {"municipality": SSM, "organ": "SETTORE CULTURA, TURISMO E SPORT",
             "office": "Servizio Teatro e Attivit\u00e0 Culturali", "kind": "determinazione",
             "number": 987, "sector_number": 96, "date": "2026-12-15",
             "subject": "TEATRO FERONIA - STAGIONE DI PROSA 2026/2027 - AFFIDAMENTO DEI SERVIZI TECNICI "
                        "DI PALCOSCENICO ALLA DITTA SCENA SERVICE S.N.C. DI TOLENTINO - IMPEGNO DI SPESA "
                        "- CIG B5D19F0C27"}},
    {"file": "decreto-sanseverinomarche-halley.pdf", "role": "act",
     "what": "Decreto del Sindaco n. 21/2026 (Responsabili di Settore for 2027): fpdf2 with core fonts, "
             "multi_cell justified with Tw, Halley number row (kind | N. | Data) over the 'Oggetto' cell, running foot 'Pag. x/y'",
     "operative_points": 4,
     "act": {"municipality": SSM, "organ": "Sindaco", "kind": "decreto",
             "number": 21, "date": "2026-12-17",
             "subject": "NOMINA DEI RESPONSABILI DI SETTORE E ATTRIBUZIONE DEGLI INCARICHI DI ELEVATA "
                        "QUALIFICAZIONE PER L'ANNO 2027."}},
    {"file": "convocazione-sanseverinomarche-halley.pdf", "role": "notice",
     "what": "convocation of the Consiglio Comunale for 22-12-2026 by its Presidente, order of the day "
             "in a ruled table: wkhtmltopdf 0.12.6",
     "act": {"municipality": SSM, "kind": "convocazione", "date": "2026-12-16",
             "subject": "Convocazione del Consiglio Comunale - seduta del 22-12-2026."}},
    {"file": "deliberazione-sanpietrovernotico-hypersic.pdf", "role": "act",
     "what": "Giunta Comunale minute n. 176/2026 (Christmas events), the package's 80-column Courier "
             "print: plain troff through groff -Tps and ps2pdf, accents typed as apostrophes, roll with "
             "X marks under Presente/Assente, running head with number and page from page 2",
     "operative_points": 4,
     "act": {"municipality": SPV, "organ": "Giunta Comunale", "kind": "deliberazione",
             "number": 176, "date": "2026-12-16", "time": "13:15",
             "proposal_number": 203, "proposal_date": "2026-12-14",
             "proposing_office": "SETTORE AFFARI GENERALI",
             "subject": "ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI NATALIZIE "
                        "\"NATALE SAMPIETRANO 2026\" E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DEL "
                        "SETTORE AFFARI GENERALI.",
             "attendees": roll([("MIGLIETTA VINCENZO", "SINDACO", True),
                                ("CAFORIO ANNALISA", "VICE SINDACO", True),
                                ("PERRONE GIUSEPPE", "ASSESSORE", True),
                                ("DE LUCA MARIANGELA", "ASSESSORE", False),
                                ("SPAGNOLO COSIMO", "ASSESSORE", True),
                                ("TARANTINI FRANCESCA", "ASSESSORE", True)]),
             "president": {"title": "avv.", "role": "SINDACO", "name": "Vincenzo MIGLIETTA"},
             "secretary": {"title": "dott.ssa", "role": "SEGRETARIO GENERALE",
                           "name": "Maria Rosaria PENNETTA"},
             "vote": "unanimous", "immediately_executive": True}},
    {"file": "determinazione-sanpietrovernotico-hypersic.pdf", "role": "act",
     "what": "determinazione of the Settore Affari Generali, R.G. 734 / settore 212 (Christmas lights): "
             "80-column Latin-1 text printed by GNU enscript in Courier 10 with a header line repeating "
             "the number and 'PAG. x/y', ps2pdf",
     "operative_points": 5,
     "act": {"municipality": SPV, "organ": "SETTORE AFFARI GENERALI",
             "office": "Servizio Cultura, Turismo e Spettacolo", "kind": "determinazione",
             "number": 734, "sector_number": 212, "date": "2026-12-17",
             "subject": "MANIFESTAZIONI \"NATALE SAMPIETRANO 2026\" - AFFIDAMENTO DIRETTO DEL SERVIZIO "
                        "DI ILLUMINAZIONE ARTISTICA ALLA DITTA LUMINARIE SALENTINE S.R.L. - CIG "
                        "B6E2A41C08 - IMPEGNO DI SPESA."}},
    {"file": "avviso-sanpietrovernotico-hypersic.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico of the Settore Servizi Sociali (Christmas shopping vouchers): "
             "HTML printed by headless Chromium, 'AVVISO PUBBLICO' letter-spaced, a running foot in an "
             "@page margin box, justified text",
     "act": {"municipality": SPV, "office": "SETTORE SERVIZI SOCIALI", "kind": "avviso",
             "date": "2026-12-18",
             "subject": "EROGAZIONE DI BUONI SPESA A SOSTEGNO DELLE FAMIGLIE IN CONDIZIONI DI DISAGIO "
                        "ECONOMICO IN OCCASIONE DELLE FESTIVIT\u00c0 NATALIZIE 2026."}},
    {"file": "ordinanza-sanpietrovernotico-hypersic.pdf", "role": "act",
     "what": "ordinanza sindacale contingibile e urgente n. 41/2026 (schools closed for an orange weather "
             "alert): ReportLab canvas, letterhead a Form XObject called after the body, headings "
             "letter-spaced with Tc, each line justified with its own Tw, protocol stamp rotated up the "
             "right margin",
     "operative_points": 3,
     "act": {"municipality": SPV, "organ": "Sindaco", "kind": "ordinanza",
             "number": 41, "date": "2026-12-17",
             "subject": "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEL CIMITERO COMUNALE E DEI PARCHI "
                        "PUBBLICI PER IL GIORNO 18 DICEMBRE 2026 A CAUSA DELL'ALLERTA METEO ARANCIONE."}},
]


def norm(s):
    s = re.sub(r"_{3,}", " ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def main():
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        size = os.path.getsize(path)
        if size > 400 * 1024:
            print("TOO BIG", k["file"], size); misses += 1
        text = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                   text=True, check=True).stdout)
        a = k.get("act", {})
        want = []
        for fld in ("municipality", "organ", "office", "proposing_office", "subject", "time"):
            if fld in a:
                want.append((fld, a[fld]))
        for p in ("president", "secretary"):
            for fld in ("title", "role", "name"):
                if p in a and fld in a[p]:
                    want.append((p + "." + fld, a[p][fld]))
        for i, at in enumerate(a.get("attendees", [])):
            want.append(("attendees[%d].name" % i, at["name"]))
            if "role" in at:
                want.append(("attendees[%d].role" % i, at["role"]))
        for fld in ("number", "sector_number", "proposal_number"):
            if fld in a:
                want.append((fld, str(a[fld])))
        for fld in ("date", "proposal_date"):
            if fld in a:
                y, m, d = a[fld].split("-")
                alts = ["%s/%s/%s" % (d, m, y), "%s-%s-%s" % (d, m, y)]
                if not any(norm(x) in text for x in alts):
                    print("MISS %s %s: %s" % (k["file"], fld, a[fld])); misses += 1
        for fld, val in want:
            if norm(val) not in text:
                print("MISS %s %s: %r" % (k["file"], fld, val)); misses += 1
    print("%d files, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
