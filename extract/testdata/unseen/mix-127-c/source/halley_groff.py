# -*- coding: utf-8 -*-
"""Colli del Tronto (Halley style) as plain troff (no macro package): page traps for
the running foot, text adjusted on both margins, the roll in two columns by tbl.

usage: python3 halley_groff.py FILE.pdf OUT.tr   then   groff -k -t -Tps OUT.tr | ps2pdf
"""
import sys

import data
import halley_blocks as hb


def t(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s


def build(a):
    kind = "CONSIGLIO" if a["organ"] == "Consiglio Comunale" else "GIUNTA"
    foot = f"DELIBERAZIONE DI {kind} n. {a['number']} del {data.dmy(a['date'], '-')} - pag. % - COMUNE DI COLLI DEL TRONTO"
    o = [
        ".\\\" Halley - stampa atto (troff)",
        ".pl 29.7c", ".po 2c", ".ll 17.2c", ".lt 17.2c", ".ps 11", ".vs 13.5p", ".ft TR", ".nh", ".ad b",
        ".de HD", "'sp 1.6c", "..",
        ".de FO", "'sp 0.8c", ".ps 7", ".tl ''" + foot + "''", ".ps 11", "'bp", "..",
        ".wh 0 HD", ".wh -2.4c FO",
        ".de PP", ".sp 0.35", "..",
    ]
    for blk in hb.blocks(a):
        k = blk[0]
        if k == "lh":
            o += [".sp 0.2", ".ce 2", ".ps 16", ".ft TB", t(blk[1]), ".ps 10", ".ft TR", t(blk[2]), ".ps 11", ".sp 1"]
        elif k == "box":
            o += [".ft TB", ".ps 12.5", ".vs 22p",
                  ".TS", "center box;", "c.", t(blk[1]).replace("\\&", "") + "  ", ".TE",
                  ".vs 13.5p", ".ps 11", ".ft TR", ".sp 0.6"]
        elif k == "numdate":
            o += [".ta 2.2c 3.5c 4.6c 11c 16cR", ".nf",
                  f"Numero\t\\fB{blk[1]}\\fP\tDel\t\\fB{blk[2]}\\fP\t\\s8{blk[3][0][0]}\t[\\fB{blk[3][0][1]}\\fP]\\s0",
                  f"\t\t\t\t\\s8{blk[3][1][0]}\t[\\fB{blk[3][1][1]}\\fP]\\s0",
                  ".fi", ".sp 0.5"]
        elif k == "seduta":
            o += [".ft TI", ".ps 10", t(blk[1]), ".br", ".ps 11", ".ft TR"]
        elif k == "subject":
            o += [".ad l", ".in 1.9c", ".ti -1.9c", ".ft TB", "Oggetto:\\h'|1.9c'" + t(blk[1])[2:], ".ft TR", ".in 0",
                  ".ad b", ".sp 0.7"]
        elif k == "para":
            o += [t(blk[1]), ".PP"]
        elif k == "roll_x2":
            rows = blk[1]
            o += [".ps 10", ".TS", "center box tab(@);", "lb cb cb | lb cb cb", "l c c | l c c.",
                  "Consiglieri@Pres.@Ass.@Consiglieri@Pres.@Ass.", "_"]
            for i in range(0, len(rows), 2):
                cells = []
                for n, p in rows[i:i + 2]:
                    cells.append(f"{n}@{'X' if p else ''}@{'' if p else 'X'}")
                if len(cells) == 1:
                    cells.append("@@")
                o.append("@".join(cells))
            o += [".TE", ".ps 11", ".sp 0.4"]
        elif k == "tot":
            o += [".ps 9.5", ".ta 4.3cC 8.6cC 12.9cC", ".nf", "\t".join(s for s in blk[1:]), ".fi", ".ps 11", ".sp 0.5"]
        elif k == "center":
            o += [".sp 0.6", ".ce", ".ft TB", t(blk[1]), ".ft TR", ".sp 0.3"]
        elif k == "spaced":
            o += [".sp 0.6", ".ce", ".ft TB", ".ps 12", t(" ".join(blk[1])), ".ps 11", ".ft TR", ".sp 0.4"]
        elif k == "points":
            for i, s in enumerate(blk[1], 1):
                o += [".in 0.9c", ".ti -0.9c", f"{i})\\h'|0.9c'" + t(s)[2:], ".br", ".in 0", ".sp 0.25"]
        elif k == "pareri":
            o += [".ne 6", ".sp 0.4", ".ps 9.5", ".ft TB", "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", ".ft TR", ".br"]
            for kk, who, name, dt in blk[1]:
                o += [".ad l", t(f"Parere Favorevole in ordine alla {kk}"), ".br",
                      ".tl 'Data: " + dt + "''" + f"{who} F.to {name}" + "'", ".ad b"]
            o += [".ps 11", ".sp 0.4"]
        elif k == "sig":
            (l1, l2), (r1, r2) = blk[1], blk[2]
            o += [".ne 4", ".sp 0.5", ".ta 4.3cC 12.9cC", ".nf", f"\t{l1}\t{r1}", f"\t{l2}\t{r2}", ".fi", ".sp 0.8"]
        elif k == "sigr":
            o += [".ta 12.9cC", ".nf", f"\t{blk[1][0]}", f"\t{blk[1][1]}", ".fi", ".sp 0.4"]
        elif k == "heading":
            o += [".ne 9", ".sp 0.4", "\\l'17.2c'", ".br", ".ce", ".ft TB", t(blk[1]), ".ft TR", ".sp 0.2"]
        elif k == "form":
            parts = []
            for s, w in blk[1]:
                if w is None:
                    parts.append(t(s)[2:])
                else:
                    ln = round(w * 0.17, 2)
                    parts.append(f"\\Z'\\l'{ln}c\\(ul''\\Z'\\h'0.25c'\\f(CB{s}\\fR'\\h'{ln}c'")
            o += ["\\&" + " ".join(parts), ".br"]
        elif k == "check":
            box = "[X]" if blk[1] else "[\\0\\0]"
            o += [".ad l", f"{box}\\0\\0" + t(blk[2])[2:], ".br", ".ad b"]
    o += [".ne 3", ".sp 0.5", ".br"]
    return "\n".join(o) + "\n"


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        fh.write(build(data.BY_FILE[sys.argv[1]]))
