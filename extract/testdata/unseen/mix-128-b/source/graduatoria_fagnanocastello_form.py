#!/usr/bin/env python3
"""Fagnano Castello: the Settore's printed form "AVVISO" (Halley word-processor
model, Courier, blanks of underscores) filled in afterwards: the blank form is
drawn first, then every value is typed over its blank in a second pass, as a
form-filling module does. Publishes the final ranking of the rent subsidies.
Usage: graduatoria_fagnanocastello_form.py OUT.pdf"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Avviso graduatoria contributi locazione 2027")
c.setCreator("Halley Modulistica")
X0 = 22 * mm
FS = 10.2
CW = FS * 0.6            # Courier advance
LEAD = 13.6


def row(n):
    return H - 26 * mm - n * LEAD


# ---- pass 1: the blank form --------------------------------------------------
form = [
    (0, "                    COMUNE DI FAGNANO CASTELLO"),
    (1, "                       (Provincia di Cosenza)"),
    (2, "   Via G. Garibaldi, 1 - 87013 Fagnano Castello (CS) - Tel. 0984 525011"),
    (3, "========================================================================"),
    (5, "Prot. n. __________                                del ______________"),
    (8, "                              A V V I S O"),
    (11, "OGGETTO: _______________________________________________________________"),
    (12, "         _______________________________________________________________"),
    (13, "         _______________________________________________________________"),
    (15, "IL RESPONSABILE DEL SETTORE ____________________________________________"),
    (17, "                             RENDE NOTO"),
    (19, "che con determinazione n. ______ (R.G. n. ______) del ______________ e'"),
    (20, "stata approvata la graduatoria _________________ relativa a:"),
    (21, "________________________________________________________________________"),
    (22, "________________________________________________________________________"),
    (23, "e che la stessa e' pubblicata all'Albo Pretorio on line per ___ giorni"),
    (24, "consecutivi, durante i quali gli interessati possono prenderne visione."),
]
c.setFont("Courier", FS)
for n, s in form:
    c.drawString(X0, row(n), s)
c.setFont("Courier-Bold", FS)
c.drawString(X0, row(0), "                    COMUNE DI FAGNANO CASTELLO")

# ranking typed in the free area of the form (part of the template's body)
c.setFont("Courier", FS)
tab = [
    "Pos.  Domanda prot.  Canone annuo   ISEE       Incidenza  Contributo",
    "----  -------------  ------------  ---------  ---------  ----------",
]
data = [(1, "1187/2028", "4.200,00", "3.905,12", "107,55%", "2.068,00"),
        (2, "1204/2028", "3.900,00", "4.710,80", "82,79%", "1.860,00"),
        (3, "1096/2028", "3.600,00", "5.122,44", "70,28%", "1.612,00"),
        (4, "1233/2028", "4.800,00", "7.480,00", "64,17%", "1.640,00"),
        (5, "1158/2028", "3.000,00", "5.360,90", "55,96%", "1.178,00"),
        (6, "1301/2028", "3.360,00", "6.940,15", "48,41%", "1.115,00"),
        (7, "1122/2028", "2.880,00", "6.512,77", "44,22%", "  904,00"),
        (8, "1265/2028", "3.600,00", "9.230,00", "39,00%", "  990,00"),
        (9, "1279/2028", "2.400,00", "7.018,36", "34,20%", "  589,00"),
        (10, "1310/2028", "3.000,00", "9.884,61", "30,35%", "  615,00")]
for r in data:
    tab.append("%3d   %-13s  %12s  %9s  %9s  %10s" % r)
tab.append("")
tab.append("Domande escluse: n. 2 (prot. 1144/2028 e 1290/2028), per assenza del")
tab.append("contratto di locazione registrato. Importi in euro.")
for i, s in enumerate(tab):
    c.drawString(X0 + 2 * CW, row(26 + i), s)

tail = [
    (42, "Avverso la graduatoria e' ammesso ricorso al T.A.R. Calabria entro 60"),
    (43, "giorni o ricorso straordinario al Capo dello Stato entro 120 giorni."),
    (45, "Fagnano Castello, li ______________"),
    (48, "                                   IL RESPONSABILE DEL SETTORE"),
    (49, "                                   ________________________________"),
]
for n, s in tail:
    c.drawString(X0, row(n), s)
c.setFont("Courier", 7.5)
c.drawString(X0, 14 * mm, "Mod. AVV/03 - Halley Modulistica - rev. 2019")

# ---- pass 2: the values typed over the blanks ----------------------------------
def fill(n, col, text, bold=False):
    c.setFont("Courier-Bold" if bold else "Courier", FS)
    c.drawString(X0 + col * CW, row(n) + 1.6, text)

fill(5, 9, "3127")
fill(5, 55, "27/04/2028")
fill(11, 9, "Contributi integrativi per il sostegno all'accesso alle", True)
fill(12, 9, "abitazioni in locazione (legge n. 431/1998, art. 11),", True)
fill(13, 9, "annualita' 2027. Pubblicazione della graduatoria definitiva.", True)
fill(15, 28, "AMMINISTRATIVO E SOCIO-ASSISTENZIALE")
fill(19, 26, "77")
fill(19, 42, "318")
fill(19, 54, "24/04/2028")
fill(20, 31, "definitiva")
fill(21, 0, "l'assegnazione dei contributi integrativi per il pagamento dei canoni")
fill(22, 0, "di locazione relativi all'anno 2027, come di seguito riportata:")
fill(23, 60, "15")
fill(45, 22, "27/04/2028")
fill(49, 35, "F.to Dott.ssa Rosaria Santoro")
c.showPage()
c.save()
