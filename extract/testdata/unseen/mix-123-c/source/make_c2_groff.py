# -*- coding: utf-8 -*-
"""C2: Carosino minute n. 91 as plain troff for groff (groff-base: no
macro package), in Courier: header, roll totals and signatures unfilled,
the text filled and justified on both margins (groff spreads the words, so
the text layer has uneven gaps), a running head from page 2 by a trap.
build.sh runs groff -Tps and ps2pdf. The roll is in prose."""
import sys

import carosino_text as ct
from content import C2, CAROSINO


def esc(s):
    s = s.replace("\\", "\\e")
    return "\\&" + s


def block_nf(lines):
    return [".nf"] + [esc(l) for l in lines] + [".fi"]


def para(s):
    return [".sp 0.5v" if False else "", esc(s)] if False else [esc(s), ".br"]


def build(act):
    num, date = act["num"], ct.dash(act["date"])
    out = [
        '.\\" Comune di Carosino - stampa deliberazione (80 colonne)',
        ".pl 11.69i", ".po 0.85i", ".ll 6.6i", ".lt 6.6i", ".ft CR", ".ps 10", ".vs 12p",
        ".nh", ".ad b",
        ".de HD", "'sp 0.55i",
        ".if \\\\n%>1 \\{\\",
        ".tl 'COMUNE DI CAROSINO - Delibera G.C. N. %d del %s''Pag. \\\\n%%'" % (num, date),
        "\\l'6.6i'",
        "'sp 0.6v",
        ".\\}",
        "..",
        ".de FO", "'bp", "..",
        ".wh 0 HD", ".wh -0.9i FO",
    ]
    out += block_nf(ct.head(act)) + [".in 1n"]
    art, pname, prole = ct.president(act)
    g = CAROSINO["giunta"]
    out += [esc("L'anno DUEMILAVENTISETTE il giorno %s del mese di NOVEMBRE alle ore %s nella "
                "sala delle adunanze della Sede Comunale si e' riunita la Giunta Comunale, "
                "convocata nelle forme di legge." % (act["giorno"], act["ora"])), ".sp 0.5v"]
    pres = [(n, r) for (n, r), p in zip(g, act["present"]) if p]
    absn = [(n, r) for (n, r), p in zip(g, act["present"]) if not p]
    parts = []
    for n, r in pres:
        parts.append(("l'%s %s" if r == "ASSESSORE" else "il %s %s") % (r, n))
    s = ("Sono presenti: " + ", ".join(parts) + ". E' assente: "
         + ", ".join("il %s %s" % (r, n) for n, r in absn)
         + ". Presenti n. %d, assenti n. %d." % (len(pres), len(absn)))
    out += [esc(s), ".sp 0.5v"]
    out += [esc("Presiede l'adunanza %s %s nella sua qualita' di %s. Partecipa il %s %s %s, "
                "che cura la redazione del presente verbale. Il Presidente, constatato il "
                "numero legale degli intervenuti, dichiara aperta la seduta ed invita la "
                "Giunta a deliberare sull'oggetto sopra indicato."
                % ((art, pname, prole) + (CAROSINO["secretary"][1], CAROSINO["secretary"][0],
                                          CAROSINO["secretary"][2]))), ".sp 1"]
    out += [".ce", "LA GIUNTA COMUNALE", ".sp 1"]
    for p in act["premesse"]:
        out += [esc(p), ".br"]
    out += [".sp 0.5v", esc(act["vote_intro"]), ".sp 1", ".ce", act["verb"], ".sp 1",
            ".in 5n"]
    for i, p in enumerate(act["points"]):
        out += [".ti -4n", esc("%d)  %s" % (i + 1, p)), ".br"]
    out += [".in 1n", ".sp 0.5v", esc(act["ie"]), ".sp 1", ".in 0"]
    out += [".ne 12v"] + block_nf(ct.tail(act)[1:])
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    open(sys.argv[1], "w", encoding="latin-1").write(build(C2))
