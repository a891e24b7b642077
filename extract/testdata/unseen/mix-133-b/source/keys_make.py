# -*- coding: utf-8 -*-
"""Write ../keys.json for set mix-133-b and check that every keyed string
(municipality, organ, office, subject; whitespace collapsed) is found in
`pdftotext -layout` of its PDF.  Subjects must match exactly (as printed,
in the characters the text layer holds); the other strings are compared
without regard to case.  Exits 1 on a miss.
usage: python3 keys_make.py
"""
import sys, os, json, re, subprocess

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import acts

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def iso(d):
    dd, mm, yy = d.split("/")
    return "%s-%s-%s" % (yy, mm, dd)


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# What the text layer holds where the producer changed a typed character.
# a2ps prints the ASCII hyphen of its latin1 input with the glyph "minus"
# (U+2212 in the text layer); groff and enscript print the apostrophe as a
# right single quote (U+2019).
def as_printed(act, s):
    if act["id"] == "C2":
        s = s.replace("-", "\u2212")
    if act["id"] in ("C1", "C2", "C3"):
        s = s.replace("'", "\u2019")
    return s


MUNI = {"CARP": "Comune di Carpenedolo", "PAC": "Comune di Paceco", "PAL": "Comune di Palombara Sabina"}


def town_key(act):
    t = act["town"]
    return {id(acts.CARP): "CARP", id(acts.PAC): "PAC", id(acts.PAL): "PAL"}[id(t)]


WHAT = {
    "A1": "determinazione of the Area Tecnica, Reg. Gen. 512 / Reg. Area 97; ReportLab platypus, letterhead and "
          "register box repeated on every page, paragraphs justified with Tw, headings letter-spaced with Tc; visto "
          "and certificate of publication (Reg. Pubbl. 1406) on the last page",
    "A2": "determinazione of the Area Economico-Finanziaria, Reg. Gen. 498 / Reg. Area 61; ReportLab, letterhead "
          "and signature blocks in Form XObjects drawn after each page's body, publication stamp rotated up the "
          "left margin of page 1; visto and certificate (Reg. Pubbl. 1371) on the last page",
    "A3": "determina a contrarre of the Area Servizi alla Persona, Reg. Gen. 521 / Reg. Area 34; HTML printed by "
          "headless Chromium, letterhead repeated as a table head, running foot with the number, invited operators "
          "in two CSS columns, criteria table; visto and certificate (Reg. Pubbl. 1441) on the last page",
    "A4": "determinazione of the Area Amministrativa, Reg. Gen. 530 / Reg. Area 72; the same template flowed for "
          "wkhtmltopdf (unpatched Qt): header on page 1 only, signature block alone at the top of page 2, address "
          "and number once at the end; visto and certificate (Reg. Pubbl. 1468) on the last page",
    "B1": "determinazione of Settore III, settore n. 118, Registro Generale n. 689, proposta 134; python-docx "
          "exported by LibreOffice, header on page 1, running foot with the number and Pag. X di Y, quadro "
          "economico table; visto of Settore II and certificate (n. 1822) on the last page",
    "B2": "determinazione of Settore I, settore n. 96, Registro Generale n. 702, proposta 103; python-docx "
          "exported by LibreOffice, letterhead in Word's first-page header, justified, letter-spaced title; "
          "visto of Settore II and certificate (n. 1869) on the last page",
    "B3": "determinazione of Settore II, settore n. 57, Registro Generale n. 715, proposta 61; fpdf2 with "
          "embedded Liberation Serif, every glyph placed by its own text operator and no space characters, "
          "justified by moving glyphs; header on page 1, running foot; visto and certificate (n. 1911) last",
    "B4": "determinazione of Settore IV, settore n. 44, Registro Generale n. 731, proposta 49; pdfLaTeX "
          "(mathptmx, fancyhdr running foot, framed subject, hyphenated body, typographic apostrophes, the euro "
          "sign without a Unicode mapping); visto and certificate (n. 1958) on the last page",
    "C1": "determinazione of Area II, Reg. Area 41, Reg. Generale 733; 80-column Courier report printed by GNU "
          "enscript (running head with the number and PAG. X DI Y) through ps2pdf; subject between ruled lines; "
          "visto and certificate (Reg. Pubbl. 1204) on the last page",
    "C2": "determinazione of Area III, Reg. Area 118, Reg. Generale 751; the same report printed by a2ps (page "
          "titles with the number, foots), hyphens in the text layer as U+2212 minus; visto and certificate "
          "(Reg. Pubbl. 1247) on the last page",
    "C3": "determinazione of Area IV, Reg. Area 29, Reg. Generale 768; troff typeset by groff in Courier, "
          "justified body, running head and foot by page traps, PostScript through ps2pdf; visto and "
          "certificate (Reg. Pubbl. 1290) on the last page",
    "C4": "determinazione of Area I, Reg. Area 52, Reg. Generale 779, on the pre-printed form 'MODELLO D/1' "
          "(enscript, underscores) filled by a ReportLab overlay merged as a Form XObject with pikepdf; values "
          "over the underscores, free text typed in blank lines; visto and certificate (Reg. Pubbl. 1318) on page 2",
}


def key(act):
    k = {"file": act["file"], "role": "act", "what": WHAT[act["id"]],
         "operative_points": len(act["determina"])}
    a = {"municipality": MUNI[town_key(act)],
         "organ": as_printed(act, act["area"]),
         "office": as_printed(act, act["office"]),
         "kind": "determinazione",
         "number": act["reg_gen"],
         "sector_number": act["sect"],
         "date": iso(act["reg_gen_date"])}
    if act.get("proposal"):
        a["proposal_number"] = act["proposal"]
        a["proposal_date"] = iso(act["proposal_date"])
    a["subject"] = as_printed(act, act["subject"])
    k["act"] = a
    return k


def main():
    keys = [key(a) for a in acts.ACTS]
    bad = 0
    for k in keys:
        path = os.path.join(SET, k["file"])
        txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                             check=True).stdout
        flat = ws(txt)
        a = k["act"]
        for field in ("municipality", "organ", "office", "subject"):
            v = ws(a[field])
            ok = (v in flat) if field == "subject" else (v.lower() in flat.lower())
            if not ok:
                bad += 1
                print("MISS %s %s: %r" % (k["file"], field, v))
        # numbers and dates as the page prints them
        for needle in (str(a["number"]), str(a["sector_number"]),
                       "/".join(reversed(a["date"].split("-")))):
            if needle not in flat:
                bad += 1
                print("MISS %s number/date %r" % (k["file"], needle))
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
