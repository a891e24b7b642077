# -*- coding: utf-8 -*-
"""Borgorose decreto (B4) as plain troff for groff -Tps (then ps2pdf).

Same house layout as the Cedaf reports (Courier, boxed Area and Ufficio
beside the register numbers), but the premesse and the dispositivo are
filled and justified by troff, so words sit at stretched positions; the
running head with the register number is a top-of-page trap.
Usage: python3 bor_groff.py B4 out.tr
"""
import sys
import acts
import bor_text


def esc(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    return s


def line(s):
    s = esc(s)
    if s.startswith("."):
        s = "\\&" + s
    return s


def build(act, out):
    L = bor_text.lines(act)
    # header part: up to and including the rule under the subject
    cut = next(i for i, l in enumerate(L) if l.startswith("-" * 20))
    head = L[:cut + 1]
    rg = act["rg"]
    T = []
    T.append(".\\\" Comune di Borgorose - decreto, plain troff (no macro package)")
    T.append(".pl 11.69i")
    T.append(".po 0.75i")
    T.append(".ll 6.7i")
    T.append(".lt 6.7i")
    T.append(".ps 9")
    T.append(".vs 11p")
    T.append(".ft CR")
    T.append(".hy 0")
    T.append(".de hd")
    T.append("'sp 0.45i")
    T.append(".ps 8")
    T.append(".tl 'Comune di Borgorose - Decreto R.G. n. %d del %s''Pag. %%'" % rg)
    T.append(".ps 9")
    T.append("'sp 0.35i")
    T.append("..")
    T.append(".de fo")
    T.append("'bp")
    T.append("..")
    T.append(".wh 0 hd")
    T.append(".wh -0.8i fo")
    T.append(".nf")
    for l in head:
        T.append(line(l))
    T.append(".sp")
    T.append(".ce")
    T.append(line(act["intro"]))
    T.append(".sp")
    T.append(".fi")
    T.append(".ad b")
    for p in act["premesse"]:
        T.append(line(p))
        T.append(".sp 0.5")
    T.append(".sp")
    T.append(".ce")
    T.append(line(bor_text.spaced(act["verb"])))
    T.append(".sp")
    T.append(".in 0.4i")
    for i, p in enumerate(act["points"], 1):
        T.append(".ti -0.4i")
        T.append("%d)\\h'|0.4i'%s" % (i, line(p)))
        T.append(".sp 0.5")
    T.append(".in 0")
    T.append(".sp 2")
    T.append(".nf")
    T.append(".in 3.1i")
    T.append(line(act["sign"][0]))
    T.append(".in 3.6i")
    T.append(line("F.to " + act["sign"][1]))
    T.append(".in 0")
    T.append(".sp 2")
    T.append(line("-" * 80))
    T.append(line("REFERTO DI PUBBLICAZIONE"))
    T.append(".fi")
    T.append(".ad b")
    T.append(line("Si attesta che copia del presente decreto viene pubblicata all'Albo "
                  "Pretorio on line del Comune per quindici giorni consecutivi dal "
                  "24/11/2028 al 09/12/2028."))
    T.append(".nf")
    T.append(line("IL MESSO COMUNALE - F.to ANTONELLA FELLI"))
    T.append(line("-" * 80))
    open(out, "w", encoding="latin-1").write("\n".join(T) + "\n")


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
