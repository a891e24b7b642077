# -*- coding: utf-8 -*-
"""Solarino's minutes as the Sikuel-like legacy package prints them: an
80-column fixed-width report, justified by padding spaces, accents typed as
apostrophes.  The same text goes to enscript (S1), a2ps (S2) and groff (S3).

Usage: python3 solarino_txt.py OUTDIR  -> S1.txt S2.txt (latin-1), S3.tr (troff)
"""
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, SOLARINO  # noqa: E402

W = 80
IND = "  "
TW = W - 2 * len(IND)


def center(s):
    return s.center(W).rstrip()


def justify(text, width=TW, indent=IND, first=""):
    lines = textwrap.wrap(text, width=width - len(first), break_long_words=False)
    out = []
    for i, ln in enumerate(lines):
        pre = first if i == 0 else " " * len(first)
        if i < len(lines) - 1:
            words = ln.split(" ")
            gaps = len(words) - 1
            extra = width - len(first) - len(ln)
            if gaps > 0 and extra > 0:
                # the legacy package pads from the right-most gaps first
                for k in range(extra):
                    j = gaps - 1 - (k % gaps)
                    words[j] += " "
                ln = " ".join(words)
        out.append(indent + pre + ln)
    return out


def wrap_left(text, width, indent):
    return [indent + l for l in textwrap.wrap(text, width=width, break_long_words=False)]


def header(a, kind_short):
    L = [center(SOLARINO["name"]), center(SOLARINO["sub"]), center(SOLARINO["addr"]),
         "=" * W, center(a["kind_title"]), "-" * W]
    left = IND + "Deliberazione n. %d" % a["number"]
    right = "del %s" % a["date"]
    L.append(left + " " * (W - 2 - len(left) - len(right)) + right)
    if a.get("proposal"):
        pn, pd, po = a["proposal"]
        left = IND + "Proposta n. %d del %s" % (pn, pd)
        right = "Settore: %s" % po
        L.append(left + " " * max(3, W - 2 - len(left) - len(right)) + right)
    if a.get("session"):
        L.append(IND + a["session"])
    L.append("-" * W)
    sub = textwrap.wrap(a["subject"], width=W - 13, break_long_words=False)
    L.append(IND + "OGGETTO: " + sub[0])
    for s in sub[1:]:
        L.append(IND + "         " + s)
    L.append("-" * W)
    L.append("")
    return L


def roll(a):
    L = []
    st = a["roll_style"]
    if st == "X":
        L.append(IND + "%-3s %-26s %-16s %-9s %s" % ("N.", "COGNOME E NOME", "CARICA", "PRESENTE", "ASSENTE"))
        L.append(IND + "%-3s %-26s %-16s %-9s %s" % ("--", "-" * 26, "-" * 16, "-" * 8, "-" * 7))
        for i, (n, r, p) in enumerate(a["roll"], 1):
            L.append(IND + "%2d. %-26s %-16s %-9s %s" % (i, n, r, "   X" if p else "", "" if p else "   X"))
    elif st == "PA":
        L.append(IND + "%-32s %-20s %s" % ("COMPONENTI", "CARICA", "P/A"))
        for n, r, p in a["roll"]:
            L.append(IND + "%-32s %-20s  %s" % (n, r, "P" if p else "A"))
    elif st == "TWO":
        half = (len(a["roll"]) + 1) // 2
        lft, rgt = a["roll"][:half], a["roll"][half:]
        L.append(IND + "%-28s %-5s   %-28s %s" % ("CONSIGLIERI", "P/A", "CONSIGLIERI", "P/A"))
        L.append(IND + "%-28s %-5s   %-28s %s" % ("-" * 28, "---", "-" * 28, "---"))
        for i in range(half):
            n1, _r, p1 = lft[i]
            s = "%-28s  %-4s   " % (n1, "P" if p1 else "A")
            if i < len(rgt):
                n2, _r, p2 = rgt[i]
                s += "%-28s  %s" % (n2, "P" if p2 else "A")
            L.append((IND + s).rstrip())
    if a.get("counts"):
        L.append("")
        if st == "TWO":
            s = "PRESENTI N. %s      ASSENTI N. %s" % a["counts"]
        else:
            s = "Presenti n. %s      Assenti n. %s" % a["counts"]
        L.append(" " * (W - 2 - len(s)) + s)
    L.append("")
    return L


def signs(a):
    L = ["", IND + "Letto, approvato e sottoscritto.", ""]
    (r1, n1), (r2, n2), (r3, n3) = a["signs"]
    # first and third side by side, the middle one centred below
    L.append("%-40s%s" % (r1.center(36), r3.center(40)))
    L.append("%-40s%s" % (n1.center(36), n3.center(40)))
    L.append("")
    L.append(center(r2))
    L.append(center(n2))
    return [l.rstrip() for l in L]


def pubblicazione(a, dal, al, reg):
    L = ["", "-" * W, center("CERTIFICATO DI PUBBLICAZIONE"), ""]
    L += justify("Il sottoscritto Segretario Comunale, su conforme attestazione del Messo "
                 "comunale, CERTIFICA che copia della presente deliberazione e' stata pubblicata "
                 "all'Albo Pretorio on line di questo Comune dal %s al %s, per quindici giorni "
                 "consecutivi, ed e' registrata al n. %s del Registro delle pubblicazioni."
                 % (dal, al, reg))
    L += ["", "%s%s" % (" " * 44, "IL SEGRETARIO COMUNALE"), "%s%s" % (" " * 44, "F.to " + a["pubsig"])]
    L += ["", "-" * W, center("COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO")]
    return L


def body(a):
    L = []
    for p in a["opening"]:
        L += justify(p)
    L.append("")
    L += roll(a)
    for p in a["after_roll"]:
        L += justify(p)
        L.append("")
    L.append(center(a["organ_line"]))
    L.append("")
    for p in a["premesse"]:
        L += justify(p)
    L.append("")
    L += justify(a["vote_pre"])
    L.append("")
    L.append(center("D E L I B E R A"))
    L.append("")
    for i, p in enumerate(a["points"], 1):
        L += justify(p, first="%d) " % i)
    L.append("")
    for p in a["post"]:
        L += justify(p)
    return L


def document(key, dal, al, reg, pubsig):
    a = dict(ACTS[key])
    a["pubsig"] = pubsig
    L = header(a, None) + body(a) + signs(a) + pubblicazione(a, dal, al, reg)
    return "\n".join(L) + "\n"


def troff(text, runhead):
    out = [".\\\" Solarino - legacy report through groff (plain troff, Courier)",
           ".pl 29.7c", ".po 1.8c", ".ll 17.4c", ".lt 17.4c", ".ft CR", ".ps 10", ".vs 12.4p",
           ".de hd", "'sp 1.1c", ".ft CR", ".ps 8",
           ".tl |%s||Pag. %%|" % runhead, ".ps 10", "'sp 0.6c", "..",
           ".de fo", "'bp", "..", ".wh 0 hd", ".wh -2.2c fo", ".nf"]
    for ln in text.splitlines():
        ln = ln.replace("\\", "\\e")
        out.append("\\&" + ln if ln else "")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    out = sys.argv[1]
    s1 = document("S1", "05/08/2027", "19/08/2027", "1342", "Dott. Sebastiano Amenta")
    s2 = document("S2", "11/08/2027", "25/08/2027", "1379", "Dott.ssa Rosaria Fichera")
    s3 = document("S3", "13/08/2027", "27/08/2027", "1391", "Dott. Sebastiano Amenta")
    with open(os.path.join(out, "S1.txt"), "w", encoding="latin-1") as f:
        f.write(s1)
    with open(os.path.join(out, "S2.txt"), "w", encoding="latin-1") as f:
        f.write(s2)
    with open(os.path.join(out, "S3.tr"), "w", encoding="utf-8") as f:
        f.write(troff(s3, "COMUNE DI SOLARINO - Deliberazione C.C. n. 38 del 12/08/2027"))
