# -*- coding: utf-8 -*-
"""Comune di Gragnano, "Cityware" house style: the 80-column report the
package prints for a Giunta minute (ASCII, upper case, accents as apostrophes).

python3 gragnano_text.py OUTDIR  -> OUTDIR/gragnano-<n>.txt for every act.
lines(a) is also used by the groff and fpdf2 builders.
"""
import os
import sys
import textwrap

from data import (gragnano, GRAGNANO_ROLL, GRAGNANO_RESP, GRAGNANO_SECRETARY,
                  GRAGNANO_PRESIDENT, dmy, day, DAY_WORDS)

W = 80
RULE = "-" * W
DRULE = "=" * W
FIN_RESP = "DOTT. LUIGI DI MARTINO"


def wrap(text, first="", rest=None, width=W):
    rest = first if rest is None else rest
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def center(s):
    return s.center(W).rstrip()


def roll_lines(a):
    """The roll in two columns of four: left column first, then right."""
    out = ["%-22s%-13s%-5s%-22s%-13s%s" % ("COMPONENTE", "CARICA", "P/A", "COMPONENTE", "CARICA", "P/A")]
    half = (len(GRAGNANO_ROLL) + 1) // 2
    left, right = GRAGNANO_ROLL[:half], GRAGNANO_ROLL[half:]
    for i in range(half):
        n1, r1 = left[i]
        s = "%-22s%-13s%-5s" % (n1, r1, " A" if n1 in a["absent"] else " P")
        if i < len(right):
            n2, r2 = right[i]
            s += "%-22s%-13s%s" % (n2, r2, " A" if n2 in a["absent"] else " P")
        out.append(s.rstrip())
    npres = len(GRAGNANO_ROLL) - len(a["absent"])
    out.append("")
    out.append("%-40s%s" % ("PRESENTI N. %d" % npres, "ASSENTI N. %d" % len(a["absent"])))
    return out


def header_lines(a):
    n, d = a["number"], dmy(a["date"])
    L = [DRULE, center("C O M U N E   D I   G R A G N A N O"),
         center("CITTA' METROPOLITANA DI NAPOLI"), DRULE,
         "ORIGINALE", "",
         center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), "",
         "%-48s%s" % ("DELIBERAZIONE N. %d" % n, "DEL %s" % d), RULE,
         "PROPOSTA N. %d DEL %s DEL %s" % (a["proposal_number"], dmy(a["proposal_date"]),
                                           a["proposing_office"]),
         RULE]
    L += wrap(a["subject"], "OGGETTO: ", " " * 9)
    L.append(RULE)
    return L


def body_lines(a):
    st, sr, sn = GRAGNANO_SECRETARY
    pt, pr, pn = GRAGNANO_PRESIDENT
    L = []
    L += wrap("L'ANNO DUEMILAVENTOTTO IL GIORNO %s DEL MESE DI FEBBRAIO ALLE ORE %s NELLA SALA "
              "DELLE ADUNANZE DELLA CASA COMUNALE, CONVOCATA NEI MODI DI LEGGE, SI E' RIUNITA LA "
              "GIUNTA COMUNALE CON L'INTERVENTO DEI SIGNORI:"
              % (DAY_WORDS[day(a["date"])].upper(), a["time"]))
    L.append("")
    L += roll_lines(a)
    L.append("")
    L += wrap("PRESIEDE IL %s %s %s." % (pr, pt, pn))
    L += wrap("PARTECIPA IL %s %s %s, INCARICATO DELLA REDAZIONE DEL VERBALE." % (sr, st, sn))
    L += wrap("IL PRESIDENTE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA LA "
              "SEDUTA ED INVITA LA GIUNTA A DELIBERARE SULL'ARGOMENTO IN OGGETTO.")
    L.append("")
    L.append(center("LA GIUNTA COMUNALE"))
    L.append("")
    for p in a["premises"]:
        L += wrap(p)
    L.append("")
    L += wrap(a["vote_text"] + ";")
    L.append("")
    L.append(center("D E L I B E R A"))
    L.append("")
    for i, p in enumerate(a["points"], 1):
        L += wrap(p, "%d) " % i, "   ")
    L.append("")
    L += wrap(a["ie_text"])
    return L


def pareri_lines(a):
    pd = dmy(a["proposal_date"])
    L = [RULE, center("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000"), RULE]
    L += wrap("PARERE DI REGOLARITA' TECNICA: FAVOREVOLE")
    L.append("%-40s%s" % ("DATA %s" % pd, "IL RESPONSABILE DEL SERVIZIO"))
    L.append("%-40s%s" % ("", "F.TO %s" % GRAGNANO_RESP[a["proposing_office"]]))
    L.append("")
    L += wrap("PARERE DI REGOLARITA' CONTABILE: FAVOREVOLE")
    L.append("%-40s%s" % ("DATA %s" % pd, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO"))
    L.append("%-40s%s" % ("", "F.TO %s" % FIN_RESP))
    return L


def sign_lines(a):
    st, sr, sn = GRAGNANO_SECRETARY
    pt, pr, pn = GRAGNANO_PRESIDENT
    L = [RULE, "LETTO, APPROVATO E SOTTOSCRITTO.", "",
         "%-40s%s" % ("     IL %s" % pr, "     IL %s" % sr),
         "%-40s%s" % ("  F.TO %s %s" % (pt, pn), "  F.TO %s %s" % (st, sn)), "", RULE]
    L += wrap("SI ATTESTA CHE LA PRESENTE DELIBERAZIONE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DEL "
              "COMUNE DI GRAGNANO PER QUINDICI GIORNI CONSECUTIVI A PARTIRE DALLA DATA ODIERNA.")
    L.append("")
    L.append("%-40s%s" % ("GRAGNANO, %s" % dmy(a["date"]), "IL SEGRETARIO GENERALE"))
    L.append("%-40s%s" % ("", "F.TO %s %s" % (st, sn)))
    return L


def lines(a):
    return header_lines(a) + [""] + body_lines(a) + [""] + pareri_lines(a) + [""] + sign_lines(a)


if __name__ == "__main__":
    out = sys.argv[1]
    for a in gragnano:
        L = lines(a)
        assert all(len(x) <= W for x in L), [x for x in L if len(x) > W]
        with open(os.path.join(out, "gragnano-%d.txt" % a["number"]), "w", encoding="ascii") as f:
            f.write("\n".join(L) + "\n")
