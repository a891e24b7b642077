# -*- coding: utf-8 -*-
"""Borgorose house style ("Cedaf" 80-column report): writes the plain text.

The package prints acts as fixed-width reports: a letter-spaced name, the
Area and Ufficio in a box drawn with + - | beside the register numbers,
the subject in capitals under a hanging indent, F.to signatures.
Usage: python3 bor_text.py B1 out.txt [--blanks]   (--blanks: number fields
as underscores, for the overprinted form of bor_fpdf.py)
"""
import sys
import textwrap
import acts

WIDTH = 80


def spaced(s):
    return "   ".join(" ".join(w) for w in s.split(" "))


def wrap(s, indent=0, first=None, width=WIDTH):
    first = indent if first is None else first
    return textwrap.wrap(s, width=width, initial_indent=" " * first,
                         subsequent_indent=" " * indent, break_on_hyphens=False,
                         break_long_words=False)


def lines(act, blanks=False):
    h = acts.BOR
    L = []
    L.append(spaced(h["muni_caps"]).center(WIDTH).rstrip())
    L.append(h["prov"].center(WIDTH).rstrip())
    L.append(h["addr"].center(WIDTH).rstrip())
    L.append("=" * WIDTH)
    bw = 34
    box = ["+" + "-" * (bw - 2) + "+",
           "| " + act["organ"].ljust(bw - 4) + " |",
           "| " + act["office"].ljust(bw - 4) + " |",
           "+" + "-" * (bw - 2) + "+"]
    if act["kind"] == "decreto":
        regs = [("REGISTRO GENERALE", act["rg"]), ("REG. DECRETI AREA", act["rs"])]
    else:
        regs = [("REGISTRO GENERALE", act["rg"]), ("REGISTRO DI AREA", act["rs"]),
                ("PROPOSTA", act["prop"])]

    def field(lbl, nd):
        if blanks:
            return "%-18s N. %s DEL %s" % (lbl, "_" * 7, "_" * 10)
        return "%-18s N. %-5d  DEL %s" % (lbl, nd[0], nd[1])
    right = [""] + [field(l, nd) for l, nd in regs]
    while len(right) < len(box):
        right.append("")
    for b, r in zip(box, right):
        L.append((b + "   " + r).rstrip())
    L.append("=" * WIDTH)
    if act["kind"] == "decreto":
        L.append("D E C R E T O".center(WIDTH).rstrip())
    else:
        L.append("DETERMINAZIONE DEL RESPONSABILE DELL'AREA".center(WIDTH).rstrip())
    L.append("")
    if "prop_office" in act:
        L.append("UFFICIO PROPONENTE: " + act["prop_office"])
        L.append("")
    L += textwrap.wrap(act["subject"], width=WIDTH, initial_indent="OGGETTO: ",
                       subsequent_indent=" " * 9, break_on_hyphens=False)
    L.append("-" * WIDTH)
    L.append("")
    L.append(act["intro"].center(WIDTH).rstrip())
    L.append("")
    for p in act["premesse"]:
        L += wrap(p)
        L.append("")
    L.append(spaced(act["verb"]).center(WIDTH).rstrip())
    L.append("")
    for i, p in enumerate(act["points"], 1):
        w = wrap(p, indent=4, first=4)
        w[0] = ("%d)" % i).ljust(4) + w[0][4:]
        L += w
        L.append("")
    L.append("")
    L.append(act["sign"][0].rjust(WIDTH - 2))
    L.append(("F.to " + act["sign"][1]).center(len(act["sign"][0])).rjust(WIDTH - 2).rstrip())
    L.append("")
    if "visto" in act:
        v = act["visto"]
        L.append("-" * WIDTH)
        L.append("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
        L += wrap("AI SENSI DELL'ART. 183, COMMA 7, DEL D.LGS. 267/2000 SI ATTESTA LA COPERTURA "
                  "FINANZIARIA DELLA SPESA DI %s (IMPEGNO %s)." % (v["amount"], v["impegno"]))
        L.append("BORGOROSE, LI' " + v["date"])
        L.append(v["who"][0].rjust(WIDTH - 2))
        L.append(("F.to " + v["who"][1]).center(len(v["who"][0])).rjust(WIDTH - 2).rstrip())
        L.append("-" * WIDTH)
    L.append("")
    L += wrap("IL PRESENTE ATTO E' PUBBLICATO ALL'ALBO PRETORIO ON LINE DEL COMUNE PER "
              "QUINDICI GIORNI CONSECUTIVI AI SENSI DELL'ART. 32 DELLA LEGGE 69/2009.")
    L.append("COPIA CONFORME ALL'ORIGINALE FIRMATO DIGITALMENTE.")
    return L


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    txt = "\n".join(lines(a, "--blanks" in sys.argv)) + "\n"
    open(sys.argv[2], "w", encoding="latin-1").write(txt)
