# -*- coding: utf-8 -*-
"""C1: Boscoreale, Giunta n. 21 - an 80-column Courier report written as
plain troff (no macro package) for groff -Tps, then ps2pdf."""
import sys
import bosco_text
from data import C1


def esc(line):
    line = line.replace("\\", "\\e").replace("'", "\\(aq")
    return "\\&" + line if line[:1] in ".'" or line.startswith("\\(aq") else line


out = [".\\\" Boscoreale - stampa verbale G.C. (modulo Delibere, formato 80 colonne)",
       ".pl 11.69i", ".po 0.8i", ".ll 7i", ".ft CR", ".ps 10", ".vs 12p", ".nf", ".nh"]
pages = bosco_text.giunta_21(C1)
for i, pg in enumerate(pages):
    if i:
        out.append(".bp")
    out.append(".sp |0.55i")
    out += [esc(l) for l in pg]
open(sys.argv[1], "w", encoding="ascii").write("\n".join(out) + "\n")
