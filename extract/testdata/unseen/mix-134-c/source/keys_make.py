#!/usr/bin/env python3
"""Write ../keys.json for set mix-134-c and check every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; organs, offices, kinds
and municipalities compared without regard to case or apostrophe shape,
subjects exactly). Numbers must appear as a whole number, dates in the form
dd/mm/yyyy, dd-mm-yyyy (a2ps prints the hyphen as a minus sign) or in words.
Exits 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

VE = "Comune di Villa Estense"
US = "Comune di Ussita"
AB = "Comune di Abriola"

KEYS = [
    {"file": "ordinanza-villaestense-civilia.pdf", "role": "act",
     "what": "Villa Estense, ordinanza sindacale Reg. Ord. n. 38/2028 (ban on open burning, wood heaters), "
             "2 pages; ReportLab platypus, justified with Tw, register box top right, running head on p. 2",
     "operative_points": 5,
     "act": {"municipality": VE, "organ": "Sindaco", "kind": "ordinanza", "number": 38, "date": "2028-10-02",
             "proposing_office": "Area Tecnica - Ambiente ed Ecologia",
             "subject": "Divieto di combustione all'aperto dei residui vegetali e limitazioni all'utilizzo dei "
                        "generatori di calore a biomassa legnosa nel periodo 2 ottobre 2028 - 31 marzo 2029."}},
    {"file": "decreto-villaestense-civilia.pdf", "role": "act",
     "what": "Villa Estense, decreto del Sindaco n. 9 (appointment of the Area Tecnica's head); python-docx "
             "through LibreOffice Writer, letter-spaced headings, Word numbering, signature on p. 2",
     "operative_points": 5,
     "act": {"municipality": VE, "organ": "Sindaco", "kind": "decreto", "number": 9, "date": "2028-10-10",
             "proposing_office": "Segreteria Generale - Personale",
             "subject": "Conferimento dell'incarico di Elevata Qualificazione e nomina del Responsabile dell'Area "
                        "Tecnica - Lavori Pubblici, Edilizia Privata e Urbanistica per il periodo dall'11 ottobre "
                        "2028 al 31 dicembre 2029."}},
    {"file": "ordinanza-villaestense-civilia-viabilita.pdf", "role": "act",
     "what": "Villa Estense, ordinanza n. 41/2028 of the Area Vigilanza (traffic for a festival); hand-written "
             "content streams (pikepdf): premises glyph by glyph, Tw/Tc lines, letterhead and signature as Form "
             "XObjects drawn out of reading order",
     "operative_points": 4,
     "act": {"municipality": VE, "organ": "Area Vigilanza", "office": "Servizio Polizia Locale",
             "kind": "ordinanza", "number": 41, "date": "2028-10-12",
             "subject": "Regolamentazione temporanea della circolazione e della sosta in Piazza Italia, Via Roma e "
                        "Via Papa Giovanni XXIII in occasione della manifestazione \"Festa d'Autunno\" del 21 e 22 "
                        "ottobre 2028."}},
    {"file": "avviso-villaestense-civilia.pdf", "role": "notice",
     "what": "Villa Estense, unnumbered avviso (prot. n. 7102) of the Area Amministrativa on the regional "
             "Buono-Libri; HTML printed by headless Chromium, body in two CSS columns, letter-spaced title",
     "act": {"municipality": VE, "office": "Area Amministrativa", "kind": "avviso", "date": "2028-10-16",
             "subject": "CONTRIBUTO REGIONALE «BUONO-LIBRI E CONTENUTI DIDATTICI ALTERNATIVI» ANNO SCOLASTICO "
                        "2028/2029"}},
    {"file": "ordinanza-ussita-halley.pdf", "role": "act",
     "what": "Ussita, ordinanza sindacale contingibile e urgente Reg. Ord. n. 27/2028 (evacuation of a building); "
             "80-column Courier text by GNU enscript with a running head, ps2pdf",
     "operative_points": 3,
     "act": {"municipality": US, "organ": "Sindaco", "kind": "ordinanza", "number": 27, "date": "2028-10-03",
             "subject": "Sgombero immediato e divieto di utilizzo del fabbricato sito in Frazione Casali, Via della "
                        "Fonte n. 6 (Foglio 14, particella 287), per pericolo di crollo della copertura."}},
    {"file": "decreto-ussita-halley.pdf", "role": "act",
     "what": "Ussita, decreto sindacale n. 7 (civil protection officers); pdfLaTeX, letter-spaced headings "
             "(microtype), a table of referents inside point 2, running foot with the number",
     "operative_points": 4,
     "act": {"municipality": US, "organ": "Sindaco", "kind": "decreto sindacale", "number": 7,
             "date": "2028-10-09",
             "subject": "Individuazione del Responsabile comunale di Protezione Civile e nomina dei Referenti delle "
                        "Funzioni di supporto del Centro Operativo Comunale (C.O.C.)."}},
    {"file": "ordinanza-ussita-halley-areatecnica.pdf", "role": "act",
     "what": "Ussita, ordinanza n. 58 R.G. / n. 14 of the Settore, Area Tecnica (road closure), subject only as "
             "the heading; plain troff by groff, justified, running head and foot, ps2pdf",
     "operative_points": 4,
     "act": {"municipality": US, "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Ricostruzione",
             "kind": "ordinanza", "number": 58, "sector_number": 14, "date": "2028-10-17",
             "subject": "Chiusura temporanea al transito veicolare della strada comunale Ussita – Frontignano, dal "
                        "km 2+300 al km 3+100, per lavori di ripristino del piano viabile."}},
    {"file": "avviso-ussita-halley.pdf", "role": "act",
     "what": "Ussita, avviso pubblico n. 5/2028 of the Area Amministrativa (temporary housing ranking); 80-column "
             "Courier text by a2ps with its title bar and footer, ps2pdf",
     "act": {"municipality": US, "organ": "Area Amministrativa", "office": "Servizi Demografici e Sociali",
             "kind": "avviso", "number": 5, "date": "2028-10-20",
             "subject": "Aggiornamento della graduatoria per l’assegnazione delle Soluzioni Abitative in Emergenza "
                        "(S.A.E.) disponibili sul territorio comunale. Termini per la presentazione delle "
                        "domande."}},
    {"file": "ordinanza-abriola-jserfin.pdf", "role": "act",
     "what": "Abriola, ordinanza sindacale n. 19 (schools closed for a weather alert); HTML by wkhtmltopdf, "
             "register grid, boxed subject, signature table",
     "operative_points": 3,
     "act": {"municipality": AB, "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2028-10-23",
             "subject": "Chiusura delle scuole di ogni ordine e grado, della palestra comunale e del cimitero per "
                        "la giornata di martedì 24 ottobre 2028 a seguito di avviso di criticità idrogeologica e "
                        "idraulica di livello arancione."}},
    {"file": "decreto-abriola-jserfin.pdf", "role": "act",
     "what": "Abriola, decreto del Sindaco n. 12 (new Giunta, Vicesindaco, delegations); ReportLab: letterhead "
             "and register grid as a Form XObject drawn after the body, rotated protocol stamp in the margin, "
             "Tc-spaced headings, the Giunta as a roll in two columns",
     "operative_points": 5,
     "act": {"municipality": AB, "organ": "Sindaco", "kind": "decreto", "number": 12, "date": "2028-10-06",
             "subject": "Nuova composizione della Giunta Comunale a seguito delle dimissioni di un Assessore. "
                        "Nomina del Vicesindaco e attribuzione delle deleghe."}},
    {"file": "avviso-abriola-jserfin.pdf", "role": "act",
     "what": "Abriola, avviso pubblico n. 4/2028 of the Area Amministrativa (firewood by civic use); flat ODF "
             "through LibreOffice Writer, letterhead in the page header, articles in a two-column section, "
             "letter-spaced title",
     "act": {"municipality": AB, "organ": "Area Amministrativa", "office": "Patrimonio e Usi Civici",
             "kind": "avviso", "number": 4, "date": "2028-10-05",
             "subject": "Assegnazione dei lotti di legna da ardere per uso civico di legnatico – stagione "
                        "invernale 2028/2029. Termini e modalità di presentazione delle domande."}},
    {"file": "ordinanza-abriola-jserfin-polizialocale.pdf", "role": "act",
     "what": "Abriola, ordinanza of the Comandante della Polizia Locale, R.G. n. 37 / Settore n. 9 (festival "
             "traffic); fpdf2 printed form with blanks of underscores, values typed over them in a second pass",
     "operative_points": 4,
     "act": {"municipality": AB, "organ": "Comandante della Polizia Locale", "kind": "ordinanza", "number": 37,
             "sector_number": 9, "date": "2028-10-25",
             "subject": "Divieto di sosta con rimozione forzata e divieto di transito in Piazza Municipio, Corso "
                        "Umberto I e Via San Valentino in occasione della \"Sagra della Castagna\" di domenica 29 "
                        "ottobre 2028."}},
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre"]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    s = collapse(s).casefold()
    for a in "’‘`´":
        s = s.replace(a, "'")
    return s


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def main():
    misses = 0
    for k in KEYS:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"])
            misses += 1
            continue
        raw = text_of(path)
        exact = collapse(raw)
        lo = loose(raw)
        act = k.get("act", {})
        for field in ("municipality", "organ", "office", "proposing_office", "kind"):
            if field in act and loose(act[field]) not in lo:
                print("%s: %s not found: %r" % (k["file"], field, act[field]))
                misses += 1
        if "subject" in act and collapse(act["subject"]) not in exact:
            print("%s: subject not found: %r" % (k["file"], act["subject"]))
            misses += 1
        for field in ("number", "sector_number"):
            if field in act and not re.search(r"(?<!\d)%d(?!\d)" % act[field], raw):
                print("%s: %s %d not found" % (k["file"], field, act[field]))
                misses += 1
        if "date" in act:
            y, m, d = act["date"].split("-")
            pats = [r"%s[/\-−.]%s[/\-−.]%s" % (d, m, y),
                    r"(?<!\d)%d(°)? %s %s" % (int(d), MONTHS[int(m) - 1], y)]
            if not any(re.search(p, raw, re.I) for p in pats):
                print("%s: date %s not found" % (k["file"], act["date"]))
                misses += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
