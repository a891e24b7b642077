#!/usr/bin/env python3
"""Roncegno Terme, Giunta deliberation n. 92 (house style "Ascot Web") as plain troff (no macro
package: groff-base only), typeset with `groff -k -Tps` and turned into PDF by ps2pdf.
Running head from page 2 and foot with the page, roll in two columns set with tab stops,
text adjusted on both margins by troff (word positions, no Tw).

  troff_r.py OUT.tr
"""
import sys
from content_r import LETTERHEAD as LH, DELIB_92 as D


def t(s):
    """escape a line of text for troff"""
    s = s.replace("\\", "\\e")
    out = []
    for line in s.split("\n"):
        if line[:1] in (".", "'"):
            line = "\\&" + line
        out.append(line)
    return "\n".join(out)


def build(dest):
    L = []
    a = L.append
    a(r'''.\" Roncegno Terme - deliberazione G.C. n. %(n)s - plain troff
.pl 29.7c
.po 2.3c
.ll 16.4c
.lt 16.4c
.nr PS 11
.ps 11
.vs 13.6p
.ft R
.ad b
.hy 0
.de hd
'sp 1.1c
.if \\n%%>1 .tl '\s8Comune di Roncegno Terme \(en Deliberazione della Giunta comunale n. %(n)s\s0''\s8di data %(d)s\s0'
.if \\n%%>1 'sp 0.5c
.if \\n%%=1 'sp 0.3c
..
.de fo
'sp 0.9c
.tl ''\s8pag. %%\s0''
'bp
..
.wh 0 hd
.wh -2.4c fo
''' % {"n": D["number"], "d": D["date"]})
    # letterhead
    a(".ce 3")
    a(r"\s[16]\fB%s\fP\s0" % t(LH["name"]))
    a(r"\s[11]%s\s0" % t(LH["prov"]))
    a(r"\s[7]%s\s0" % t(LH["addr"]))
    a(r".sp 0.2c")
    a(r"\l'16.4c'")
    a(".sp 0.6c")
    a(".ce 2")
    a(r"\s[13]\fBVerbale di deliberazione N. %s\fP\s0" % D["number"])
    a(r"\s[12]\fBdella Giunta comunale\fP\s0")
    a(".sp 0.5c")
    a(".in 2.3c")
    a(".ti -2.3c")
    a(".ta 2.3c")
    a("\\fBOGGETTO:\\fP\t\\fB%s\\fP" % t(D["subject"]))
    a(".in 0")
    a(".sp 0.5c")
    a(t(D["intro"]))
    a(".sp 0.4c")
    a("Presenti i signori:")
    a(".sp 0.2c")
    # roll in two columns: name, role, mark | name, role, mark
    a(".nf")
    a(".ta 4.6c 7.2c 8.6c 13.2c 15.8c")
    a("\\s9\\fICognome e nome\tCarica\t\tCognome e nome\tCarica\\fP\\s0")
    roll = D["roll"]
    half = (len(roll) + 1) // 2
    for i in range(half):
        l = roll[i]
        r = roll[half + i] if half + i < len(roll) else None
        lm = "" if l[2] else "assente giust."
        line = "%s\t%s\t%s" % (l[0], l[1], "\\s8%s\\s0" % lm if lm else "")
        if r:
            rm = "" if r[2] else "\\s8assente giust.\\s0"
            line += "\t%s\t%s\t%s" % (r[0], r[1], rm)
        a(line)
    a(".fi")
    a(".sp 0.4c")
    a(t(D["assiste"]))
    a(".sp 0.2c")
    a(t(D["presid"]))
    a(".sp 0.5c")
    a(".ce")
    a("\\fBLA GIUNTA COMUNALE\\fP")
    a(".sp 0.3c")
    for p in D["premesse"]:
        a(t(p))
        a(".sp 0.2c")
    a(".sp 0.2c")
    a(".ce")
    a("\\fBd e l i b e r a\\fP")
    a(".sp 0.3c")
    a(".in 0.8c")
    for i, p in enumerate(D["points"], 1):
        a(".ti -0.8c")
        a("%d.\\h'|0.8c'%s" % (i, t(p)))
        a(".sp 0.2c")
    a(".in 0")
    a(".sp 0.5c")
    a(".ne 5v")
    a("Letto, confermato e sottoscritto.")
    a(".sp 0.8c")
    a(".nf")
    a(".ta 1.5c 10c")
    a("\tIL SINDACO\tIL SEGRETARIO COMUNALE")
    a("\tMirko Montibeller\tdott. Alessandro Caumo")
    a(".fi")
    # pages after the act
    a(".bp")
    a(".ce")
    a("\\s[12]\\fBPARERI ISTRUTTORI\\fP\\s0")
    a(".ce")
    a("\\s9(art. 185 della L.R. 3 maggio 2018, n. 2)\\s0")
    a(".sp 0.6c")
    for title, text, pdate, role, name in D["pareri"]:
        a("\\fB%s\\fP" % t(title))
        a(".br")
        a(t(text))
        a(".sp 0.3c")
        a(".nf")
        a(".ta 9c")
        a("Roncegno Terme, %s\t%s" % (pdate, t(role)))
        a("\t%s" % t(name))
        a(".fi")
        a(".sp 0.2c")
        a(r"\l'16.4c\(ru'")
        a(".sp 0.6c")
    a("\\fBATTESTAZIONE DI COPERTURA FINANZIARIA\\fP")
    a(".br")
    a("Si attesta la copertura finanziaria della spesa derivante dal presente provvedimento, ai sensi "
      "dell'art. 185 della L.R. 3 maggio 2018, n. 2, con la seguente registrazione:")
    a(".sp 0.3c")
    a(".nf")
    a(".ta 3c 5.5c 11c")
    a("\\fICapitolo\tEsercizio\tRegistrazione\tImporto (euro)\\fP")
    for cap, es, reg, imp in D["cover"]:
        a("%s\t%s\t%s\t%s" % (cap, es, reg, imp))
    a(".sp 0.3c")
    a(".ta 9c")
    a("Roncegno Terme, %s\tIL RESPONSABILE DEL SERVIZIO FINANZIARIO" % D["cover_date"])
    a("\tdott.ssa Sara Trentin")
    a(".fi")
    a(".bp")
    a(".ce")
    a("\\s[12]\\fBREFERTO DI PUBBLICAZIONE\\fP\\s0")
    a(".ce")
    a("\\s9(art. 183, comma 1, della L.R. 3 maggio 2018, n. 2)\\s0")
    a(".sp 0.6c")
    a("Certifico io sottoscritto Segretario comunale che copia del presente verbale viene pubblicata il giorno "
      "%s all'albo telematico del Comune, ove rimarrà esposta per dieci giorni consecutivi, fino al %s."
      % (D["cert_from"], D["cert_to"]))
    a(".sp 0.3c")
    a("N. %s del registro delle pubblicazioni." % D["cert_reg"])
    a(".sp 0.5c")
    a(".nf")
    a(".ta 9c")
    a("Roncegno Terme, %s\tIL SEGRETARIO COMUNALE" % D["cert_from"])
    a("\tdott. Alessandro Caumo")
    a(".fi")
    a(".sp 1.2c")
    a(".ce")
    a("\\s[12]\\fBCERTIFICATO DI ESECUTIVITÀ\\fP\\s0")
    a(".sp 0.4c")
    a("Deliberazione dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio "
      "2018, n. 2.")
    a(".sp 0.5c")
    a(".nf")
    a(".ta 9c")
    a("Roncegno Terme, %s\tIL SEGRETARIO COMUNALE" % D["date"])
    a("\tdott. Alessandro Caumo")
    a(".fi")
    open(dest, "w", encoding="utf-8").write("\n".join(L) + "\n")


if __name__ == "__main__":
    build(sys.argv[1])
