# -*- coding: utf-8 -*-
"""Comune di Gragnano n. 21: the Cityware 80-column report typeset by plain
troff (groff -Tps, Courier), with a running head carrying the number from
page 2 on, then ps2pdf.

python3 gragnano_groff.py OUTDIR -> OUTDIR/gragnano-21.tr
"""
import os
import sys

from data import gragnano, dmy
from gragnano_text import lines

PROLOGUE = r""".\" Cityware - stampa verbale Giunta (80 colonne)
.pl 29.7c
.po 2.1c
.lt 480p
.ll 480p
.ft CR
.ps 10
.vs 12p
.nh
.de hd
'sp 1.4c
.if \\n%>1 \{\
.tl 'COMUNE DI GRAGNANO - DELIBERAZIONE G.C. N. @N@ DEL @D@''PAG. \\n%'
'sp 12p
.\}
..
.de fo
'bp
..
.wh 0 hd
.wh -2.2c fo
.nf
"""


def troff(a):
    out = [PROLOGUE.replace("@N@", str(a["number"])).replace("@D@", dmy(a["date"]))]
    for line in lines(a):
        out.append("\\&" + line.replace("\\", "\\e").replace("'", "\\(aq") if line else "")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    for a in gragnano:
        if a["number"] == 21:
            with open(os.path.join(sys.argv[1], "gragnano-21.tr"), "w", encoding="ascii") as f:
                f.write(troff(a))
