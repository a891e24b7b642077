#!/usr/bin/env python3
"""Comune di Grottazzolina - certificate of publication of Giunta n. 94, as the
Albo module of an old Halley installation prints it: an 80-column report in
Courier, accents as apostrophes, dotted labels, a rule of dashes and a page
foot with the release. Writes Latin-1 text; build.sh sets it with enscript
(-B, Courier 10) and ps2pdf."""
import sys, textwrap

out = sys.argv[1]
subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA "
        "DELLA STRADA COMUNALE CONTRADA SAN LORENZO - CUP D87H28000410004")
rule = "-" * 80
L = []
L.append("COMUNE DI GROTTAZZOLINA".ljust(62) + "PROVINCIA DI FERMO")
L.append("Piazza Umberto I, 3 - 63844 Grottazzolina (FM)".ljust(58) + "C.F. 00356190442")
L.append(rule)
L.append("ALBO PRETORIO ON LINE".ljust(59) + "Stampa del 30-09-2028")
L.append(rule)
L.append("")
L.append("")
L.append("CERTIFICATO DI AVVENUTA PUBBLICAZIONE".center(80).rstrip())
L.append("")
L.append("")
L.append("Registro pubblicazioni N. ...: 612".ljust(50) + "Anno ........: 2028")
L.append("Tipo atto ...................: DELIBERAZIONE DELLA GIUNTA COMUNALE")
L.append("Numero atto .................: 94".ljust(50) + "Data atto ...: 12-09-2028")
w = textwrap.wrap(subj, 49, break_on_hyphens=False)
L.append("Oggetto .....................: " + w[0])
for x in w[1:]:
    L.append(" " * 31 + x)
L.append("Ufficio richiedente .........: SEGRETERIA GENERALE")
L.append("Data inizio pubblicazione ...: 14-09-2028")
L.append("Data fine pubblicazione .....: 29-09-2028")
L.append("Giorni di pubblicazione .....: 15")
L.append("")
L.append(rule)
L.append("")
L.append("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
L.append("")
L.append("A T T E S T A".center(80).rstrip())
L.append("")
body = ("che la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line di questo "
        "Comune per quindici giorni consecutivi dal 14-09-2028 al 29-09-2028, ai sensi dell'art. 124, "
        "comma 1, del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 32 della Legge 18 giugno 2009, n. 69, "
        "e che contro di essa non sono pervenuti reclami od opposizioni.")
L += textwrap.wrap(body, 78)
L.append("")
L.append("")
L.append("Grottazzolina, 30-09-2028")
L.append("")
L.append(" " * 44 + "IL SEGRETARIO COMUNALE")
L.append(" " * 43 + "F.to dott.ssa Paola Orazi")
for _ in range(22):
    L.append("")
L.append(rule)
L.append("HALLEY - ALBO PRETORIO  Rel. 9.04.2".ljust(70) + "Pag.     1")
for l in L:
    assert len(l) <= 80, l
open(out, "w", encoding="latin-1").write("\n".join(L) + "\n")
