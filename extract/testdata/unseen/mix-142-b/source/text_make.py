#!/usr/bin/env python3
"""80-column text print of one act (for groff or enscript). usage: text_make.py ACT_ID [troff]"""
import sys
import textwrap
from acts import BY_ID, HOUSES, all_points, tail, point_label

a = BY_ID[sys.argv[1]]
troff = len(sys.argv) > 2 and sys.argv[2] == "troff"
h = HOUSES[a["house"]]
org = a["organ"].upper()
W = 78
L = []


def c(t):
    L.append(t.center(W).rstrip())


def w(t, ind=0, first=None):
    first = first if first is not None else " " * ind
    L.extend(textwrap.wrap(t, W, initial_indent=first, subsequent_indent=" " * ind))
    L.append("")


c(h["comune"])
c(h["prov"])
L.append("=" * W)
datep = a["date"] if h["style"] != "datagraph" else a["date"].replace("/", ".")
if h["style"] == "sicraweb":
    L.append("+" + "-" * 50 + "+" + "-" * 10 + "+" + "-" * 15 + "+")
    L.append("|" + (" DELIBERAZIONE DELLA " + org).ljust(50) + "|" + (" N. %d" % a["number"]).ljust(10) + "|" + (" Data " + datep).ljust(15) + "|")
    L.append("+" + "-" * 50 + "+" + "-" * 10 + "+" + "-" * 15 + "+")
else:
    L.append("ORIGINALE")
    c("VERBALE DI DELIBERAZIONE DEL " + org)
    if a.get("session"):
        c(a["session"])
    c("N. %d del %s" % (a["number"], datep))
L.append("")
w(a["subject"], 10, "OGGETTO:  ")
w(a["opening"])
L.append("   %-30s %-26s %s" % ("COGNOME E NOME", "CARICA", "PRES./ASS."))
L.append("   " + "-" * 70)
for m in a["roll"]:
    L.append("   %-30s %-26s %s" % (m["name"], m["role"] or "", "P" if m["present"] else "A"))
L.append("   " + "-" * 70)
L.append("")
for t in a["after_roll"]:
    w(t)
c("LA " + org)
L.append("")
for t in a["premises"]:
    w(t)
c(a["verb"])
L.append("")
for i, t in enumerate(all_points(a)):
    lab = point_label(a, i)
    w(t, 4, (lab + "   ")[:4] if lab else "")
for t in tail(a):
    w(t)
L.append("Letto, confermato e sottoscritto.")
L.append("")
L.append("%-39s%s" % (a["signs"][0][0], a["signs"][1][0]))
L.append("%-39s%s" % (a["signs"][0][1], a["signs"][1][1]))
L.append("")
L.append("-" * W)
L.append("Deliberazione %s n. %d del %s" % (a["organ"], a["number"], datep))

if troff:
    print(".pl 29.7c\n.po 2.2c\n.ll 17c\n.ft CR\n.ps 10\n.vs 12.5\n.nf")
    for l in L:
        l = l.replace("\\", "\\e")
        if l.startswith(".") or l.startswith("'"):
            l = "\\&" + l
        print(l)
else:
    print("\n".join(L))
