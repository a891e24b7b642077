#!/usr/bin/env python3
"""Campolieto, determinazione R.G. n. 214 of 22/11/2028 -- the 80-column print
of an old Halley procedure (text report), written as Latin-1 text for enscript.
"""
import sys, textwrap

W = 80
out = sys.argv[1]
L = []
def c(s=""):
    L.append(s.center(W).rstrip())
def l(s=""):
    L.append(s)
def wrap(s, indent="", first=None):
    first = indent if first is None else first
    for i, x in enumerate(textwrap.wrap(s, W - len(indent), break_long_words=False, break_on_hyphens=False)):
        L.append((first if i == 0 else indent) + x)
def sep(ch="-"):
    L.append(ch * W)

sep("=")
c("C O M U N E   D I   C A M P O L I E T O")
c("PROVINCIA DI CAMPOBASSO")
c("Via Roma, 1 - 86040 Campolieto (CB) - C.F. 80001510707")
sep("=")
l()
l("AREA TECNICA")
l("Servizio Lavori Pubblici e Manutenzioni")
l()
c("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")
l()
l("  Registro Generale   N.  214   del 22/11/2028")
l("  Registro del Servizio N. 58   del 21/11/2028")
l()
sep()
SUBJ = ("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE \"VALLONE DELLA "
        "TERRA\" - APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE "
        "ESECUZIONE - LIQUIDAZIONE DEL SALDO ALLA DITTA EDIL MOLISE COSTRUZIONI "
        "S.R.L. - CUP H87H27000340002 - CIG B2F19A6D31")
wrap(SUBJ, " " * 10, "OGGETTO:  ")
sep()
l()
c("IL RESPONSABILE DEL SERVIZIO")
l()
for p in [
    "VISTO il decreto sindacale n. 3 del 02/01/2028 di nomina del sottoscritto "
    "quale Responsabile dell'Area Tecnica;",
    "PREMESSO che con determinazione R.G. n. 97 del 12/05/2028 i lavori in "
    "oggetto sono stati affidati alla ditta EDIL MOLISE COSTRUZIONI S.R.L., con "
    "sede in Ripalimosani (CB), P.IVA 01672430705, per l'importo contrattuale di "
    "euro 61.240,00 oltre IVA, e che il contratto e' stato stipulato in data "
    "03/06/2028, rep. n. 412;",
    "VISTI lo stato finale dei lavori e il certificato di regolare esecuzione "
    "redatti dal Direttore dei Lavori, ing. Carmine Ferrante, in data "
    "14/11/2028, dai quali risulta un credito residuo dell'impresa di euro "
    "9.186,00 oltre IVA al 22%;",
    "ACCERTATA la regolarita' contributiva della ditta (DURC prot. "
    "INPS_47712093, valido fino al 18/02/2029);",
    "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023 e il vigente "
    "Regolamento comunale di contabilita';",
]:
    wrap(p)
    l()
c("D E T E R M I N A")
l()
pts = [
    "di approvare lo stato finale dei lavori e il certificato di regolare "
    "esecuzione relativi ai lavori in oggetto, redatti in data 14/11/2028;",
    "di liquidare alla ditta EDIL MOLISE COSTRUZIONI S.R.L. la somma di euro "
    "9.186,00 oltre IVA al 22% pari a euro 2.020,92, per complessivi euro "
    "11.206,92, a saldo di ogni suo avere;",
    "di imputare la spesa al cap. 2812/1 del bilancio 2028/2030, esercizio "
    "2028, impegno n. 233/2028;",
    "di svincolare la cauzione definitiva prestata dall'impresa a garanzia "
    "dell'esecuzione del contratto.",
]
for i, p in enumerate(pts, 1):
    wrap(p, "     ", "  %d) " % i)
l()
l("Campolieto, 22/11/2028")
l()
l(" " * 40 + "IL RESPONSABILE DELL'AREA TECNICA")
l(" " * 40 + "   F.to Geom. Pasquale Tartaglia")
l()
sep()
c("VISTO DI REGOLARITA' CONTABILE")
wrap("Si attesta la regolarita' contabile e la copertura finanziaria della "
     "spesa ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000.")
l("Campolieto, 22/11/2028" + " " * 18 + "IL RESPONSABILE DELL'AREA FINANZIARIA")
l(" " * 40 + "   F.to Dott.ssa Lucia Zeoli")
sep()

for s in L:
    assert len(s) <= W, s
open(out, "w", encoding="latin-1").write("\n".join(L) + "\n")
