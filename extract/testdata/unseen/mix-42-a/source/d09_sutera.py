#!/usr/bin/env python3
"""Comune di Sutera - attestazione di pubblicazione on the office's printed
form: the template's blanks are runs of underscores and the values are
typed over them (Courier, a little above the rule), as a filled and
flattened form prints. The subject sits in a framed box of the form."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-sutera-kibernetes.pdf"
PW, PH = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Attestazione di pubblicazione")
c.setCreator("Kibernetes - Albo on line / Modulistica")
LM = 70
F, FB, FV = "Times-Roman", "Times-Bold", "Courier-Bold"
SZ = 11.5


def line(y, parts):
    """parts: list of template strings or ('_', nchars, value) blanks"""
    x = LM
    fills = []
    c.setFont(F, SZ)
    for p in parts:
        if isinstance(p, tuple) and p[0] == "_":
            n, val = p[1], p[2]
            u = "_" * n
            c.drawString(x, y, u)
            w = stringWidth(u, F, SZ)
            fills.append((x + 4, y + 2.2, val))
            x += w
        else:
            c.drawString(x, y, p)
            x += stringWidth(p, F, SZ)
    # the typed values, drawn after the template text
    c.setFont(FV, 10.5)
    for fx, fy, v in fills:
        c.drawString(fx, fy, v)


# letterhead of the form
c.setFont(FB, 16)
c.drawCentredString(PW / 2, PH - 70, "COMUNE DI SUTERA")
c.setFont(F, 10)
c.drawCentredString(PW / 2, PH - 85, "Libero Consorzio Comunale di Caltanissetta")
c.drawCentredString(PW / 2, PH - 98, "Piazza Sant'Agata - 93010 Sutera (CL)")
c.setLineWidth(1)
c.line(LM, PH - 106, PW - LM, PH - 106)
c.setFont(F, 8)
c.drawString(LM, PH - 118, "Mod. SEG/07 - rev. 2019")
c.setFont(FB, 14)
c.drawCentredString(PW / 2, PH - 150, "ATTESTAZIONE DI PUBBLICAZIONE")
c.setFont(F, 10)
c.drawCentredString(PW / 2, PH - 164, "(art. 11 L.R. 3 dicembre 1991, n. 44 - art. 32 L. 18 giugno 2009, n. 69)")

y = PH - 200
c.setFont(F, SZ)
c.drawString(LM, y, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
y -= 30
c.setFont(FB, 12)
c.drawCentredString(PW / 2, y, "A T T E S T A")
y -= 30
line(y, [("che la deliberazione della "), ("_", 30, "GIUNTA COMUNALE"), (" n. "), ("_", 8, "31"),
         (" del "), ("_", 16, "12/03/2026")])
y -= 24
c.setFont(F, SZ)
c.drawString(LM, y, "avente ad oggetto:")
y -= 10
# framed subject box
bx_h = 52
c.setLineWidth(0.6)
c.rect(LM, y - bx_h, PW - 2 * LM, bx_h)
c.setFont(FV, 10.5)
subj = ["CONCESSIONE CONTRIBUTO STRAORDINARIO ALLA PRO LOCO DI SUTERA",
        "PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI DELLA SETTIMANA SANTA",
        "2026. ATTO DI INDIRIZZO."]
yy = y - 15
for s in subj:
    c.drawString(LM + 8, yy, s)
    yy -= 13
y -= bx_h + 26
line(y, [("è stata pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi")])
y -= 22
line(y, [("dal "), ("_", 16, "20/03/2026"), (" al "), ("_", 16, "04/04/2026"),
         (" con il n. "), ("_", 10, "201"), (" del Registro delle pubblicazioni,")])
y -= 22
line(y, [("e che avverso la stessa "), ("_", 26, "NON SONO"),
         (" pervenuti reclami od opposizioni.")])
y -= 30
c.setFont(F, SZ)
c.drawString(LM, y, "[ X ]  La deliberazione è stata dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. 44/1991).")
y -= 18
c.drawString(LM, y, "[    ]  La deliberazione è divenuta esecutiva decorsi dieci giorni dalla pubblicazione.")
y -= 40
line(y, [("Sutera, lì "), ("_", 18, "20/03/2026")])
y -= 50
c.setFont(F, SZ)
c.drawCentredString(LM + 90, y, "IL MESSO COMUNALE")
c.drawCentredString(PW - LM - 100, y, "IL SEGRETARIO COMUNALE")
y -= 26
c.drawString(LM + 20, y, "_" * 24)
c.drawString(PW - LM - 180, y, "_" * 26)
c.setFont(FV, 10.5)
c.drawCentredString(LM + 90, y + 2.2, "Calogero Difrancesco")
c.drawCentredString(PW - LM - 100, y + 2.2, "Dott. Giuseppe Mancuso")
c.setFont(F, 7.5)
c.drawCentredString(PW / 2, 40, "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, del D.Lgs. 39/1993")
c.showPage()
c.save()
