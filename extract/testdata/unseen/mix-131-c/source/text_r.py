#!/usr/bin/env python3
"""Roncegno Terme, determinazione n. 143 (house style "Ascot Web"), printed by the package's
legacy report module as an 80-column fixed-width listing; build.sh sets it in Courier with
enscript (header line with the act's number and the page) and converts it with ps2pdf.
Output is Latin-1 text with form feeds between sections.

  text_r.py OUT.txt
"""
import sys
import textwrap
from content_r import LETTERHEAD as LH, DET_143 as D

COLS = 80


def center(s):
    return s.center(COLS).rstrip()


def wrap(s, width=COLS, indent="", first=""):
    return textwrap.wrap(s, width=width, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def build(dest):
    L = []
    a = L.append
    a("=" * COLS)
    a(center(LH["name"]))
    a(center(LH["prov"]))
    a(center("Piazza Montebello, 1 - 38050 Roncegno Terme (TN) - C.F. 81001230225"))
    a("=" * COLS)
    a("")
    a(center(D["servizio"]))
    a(center(D["ufficio"]))
    a("")
    a(center(D["title"]))
    a(center("N. %s di data %s" % (D["number"], D["date_words"])))
    a("-" * COLS)
    for i, ln in enumerate(wrap(D["subject"], indent=" " * 10, first="OGGETTO:  ")):
        a(ln)
    a("-" * COLS)
    a("")
    a(center("IL RESPONSABILE DEL SERVIZIO TECNICO"))
    a("")
    for p in D["premesse"]:
        L.extend(wrap(p))
        a("")
    a(center("D E T E R M I N A"))
    a("")
    for i, p in enumerate(D["points"], 1):
        L.extend(wrap(p, indent=" " * 4, first="%d.  " % i))
        a("")
    a("Roncegno Terme, %s" % D["date"])
    a("")
    a(" " * 36 + D["signer"][0])
    a(" " * 36 + D["signer"][1])
    a(" " * 36 + "(documento firmato digitalmente)")
    a("\f")
    a("=" * COLS)
    a(center("PARERE DI REGOLARITA' TECNICA E VISTO DI REGOLARITA' CONTABILE"))
    a(center("(art. 185 della L.R. 3 maggio 2018, n. 2)"))
    a(center("Determinazione n. %s di data %s" % (D["number"], D["date"])))
    a("=" * COLS)
    a("")
    tec, cont = D["pareri"]
    a(tec[0].replace("À", "A'"))
    L.extend(wrap("Il sottoscritto Responsabile del Servizio tecnico esprime parere favorevole in ordine alla "
                  "regolarita' tecnico-amministrativa del presente provvedimento."))
    a("")
    a("Roncegno Terme, %s" % tec[1] + " " * 8 + tec[2])
    a(" " * 44 + tec[3])
    a("")
    a("-" * COLS)
    a(cont[0].replace("À", "A'") + " ATTESTANTE LA COPERTURA FINANZIARIA")
    L.extend(wrap("Si attesta la copertura finanziaria della spesa di cui al presente provvedimento, registrata "
                  "come segue:"))
    a("")
    a("%-12s %-10s %-9s %14s   %-28s" % ("IMPEGNO", "CAPITOLO", "ESERCIZIO", "IMPORTO EURO", "CREDITORE"))
    a("%-12s %-10s %-9s %14s   %-28s" % ("-" * 12, "-" * 10, "-" * 9, "-" * 14, "-" * 28))
    for imp, cap, es, amt, cred in D["cover"]:
        a("%-12s %-10s %-9s %14s   %-28s" % (imp, cap, es, amt, cred))
    a("")
    a("Roncegno Terme, %s" % cont[1] + " " * 8 + cont[2])
    a(" " * 44 + cont[3])
    a("\f")
    a("=" * COLS)
    a(center("REFERTO DI PUBBLICAZIONE"))
    a("=" * COLS)
    a("")
    L.extend(wrap("Si certifica che copia della presente determinazione viene pubblicata all'albo telematico "
                  "del Comune di Roncegno Terme dal %s al %s per dieci giorni consecutivi."
                  % (D["cert_from"], D["cert_to"])))
    a("")
    a("N. registro pubblicazioni: %s" % D["cert_reg"])
    a("")
    a("Roncegno Terme, %s" % D["cert_from"] + " " * 22 + "IL SEGRETARIO COMUNALE")
    a(" " * 44 + "dott. Alessandro Caumo")
    text = "\n".join(L) + "\n"
    for ln in text.split("\n"):
        assert len(ln) <= COLS, ln
    open(dest, "w", encoding="latin-1").write(text)


if __name__ == "__main__":
    build(sys.argv[1])
