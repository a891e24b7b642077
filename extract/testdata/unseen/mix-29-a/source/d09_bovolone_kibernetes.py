#!/usr/bin/env python3
"""Comune di Bovolone - certificato di avvenuta pubblicazione on a pre-printed form
(Kibernetes-style 'Mod. SG/07'): labels and blanks of underscores in Helvetica,
the values typed over the blanks in Courier, slightly above the rule."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "attestazione-bovolone-kibernetes.pdf"
W, H = A4; L = 22 * mm; R = W - 22 * mm
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Kibernetes - Modulistica"); c.setTitle("Mod. SG/07")
F, FB, FT = "Helvetica", "Helvetica-Bold", "Courier-Bold"

def line(y, segs, size=10.5):
    """segs: list of ('t', text) labels or ('b', nchars, value) blanks"""
    x = L
    for s in segs:
        if s[0] == "t":
            c.setFont(F, size); c.drawString(x, y, s[1]); x += stringWidth(s[1], F, size)
        else:
            n, val = s[1], s[2]
            blank = "_" * n
            c.setFont(F, size); c.drawString(x, y, blank)
            if val:
                c.setFont(FT, 10.5); c.setFillColorRGB(0.05, 0.1, 0.45)
                c.drawString(x + 4, y + 2.2, val); c.setFillColorRGB(0, 0, 0)
            x += stringWidth(blank, F, size)
    return y - 20

c.setFont(FB, 15); c.drawCentredString(W / 2, H - 25 * mm, "COMUNE DI BOVOLONE")
c.setFont(F, 10); c.drawCentredString(W / 2, H - 30.5 * mm, "Provincia di Verona")
c.setFont(F, 8); c.drawCentredString(W / 2, H - 35 * mm, "Piazza Costituzione, 1 - 37051 Bovolone (VR) - Ufficio Segreteria - Albo Pretorio")
c.setFont(F, 7); c.drawRightString(R, H - 14 * mm, "Mod. SG/07 - ed. 2019")
c.setLineWidth(0.8); c.line(L, H - 38 * mm, R, H - 38 * mm)
c.setFont(FB, 13); c.drawCentredString(W / 2, H - 52 * mm, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.setFont(F, 9); c.drawCentredString(W / 2, H - 57.5 * mm, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 - art. 32 L. 18 giugno 2009, n. 69)")

y = H - 75 * mm
y = line(y, [("t", "Il sottoscritto "), ("b", 38, "Dott. Claudio Finezzo"), ("t", " in qualità di "), ("b", 30, "Segretario Comunale")])
y = line(y, [("t", "visti gli atti d'ufficio,")])
c.setFont(FB, 11.5); c.drawCentredString(W / 2, y, "C E R T I F I C A"); y -= 22
y = line(y, [("t", "che copia della "), ("b", 18, "deliberazione"), ("t", " del "), ("b", 26, "Consiglio Comunale"), ("t", " n. "), ("b", 7, "12"), ("t", " del "), ("b", 14, "24/03/2026")])
y = line(y, [("t", "avente ad oggetto:")])
# subject over two blanks
c.setFont(F, 10.5); c.drawString(L, y, "_" * 85)
c.setFont(FT, 10.5); c.setFillColorRGB(0.05, 0.1, 0.45)
c.drawString(L + 4, y + 2.2, "APPROVAZIONE DEL PIANO COMUNALE DI PROTEZIONE CIVILE -"); c.setFillColorRGB(0, 0, 0); y -= 20
c.setFont(F, 10.5); c.drawString(L, y, "_" * 85)
c.setFont(FT, 10.5); c.setFillColorRGB(0.05, 0.1, 0.45)
c.drawString(L + 4, y + 2.2, "AGGIORNAMENTO 2026"); c.setFillColorRGB(0, 0, 0); y -= 20
y = line(y, [("t", "è stata pubblicata all'Albo Pretorio on line del Comune dal "), ("b", 16, "27/03/2026"), ("t", " al "), ("b", 16, "11/04/2026")])
y = line(y, [("t", "per quindici giorni consecutivi, con il numero "), ("b", 12, "403"), ("t", " del Registro delle pubblicazioni,")])
y = line(y, [("t", "e che contro di essa "), ("b", 16, "NON SONO"), ("t", " pervenuti reclami od opposizioni.")])
y -= 6
c.setFont(F, 10.5)
c.drawString(L, y, "[ X ]  La deliberazione è divenuta esecutiva il giorno"); c.drawString(L + 95 * mm, y, "_" * 18)
c.setFont(FT, 10.5); c.setFillColorRGB(0.05, 0.1, 0.45); c.drawString(L + 95 * mm + 4, y + 2.2, "07/04/2026"); c.setFillColorRGB(0, 0, 0)
c.setFont(F, 10.5); y -= 16
c.drawString(L + 12 * mm, y, "decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)"); y -= 18
c.drawString(L, y, "[   ]  La deliberazione è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)"); y -= 34
line(y, [("t", "Bovolone, lì "), ("b", 16, "13/04/2026")])
c.setFont(F, 10.5); c.drawCentredString(R - 40 * mm, y, "IL SEGRETARIO COMUNALE")
c.drawCentredString(R - 40 * mm, y - 30, "_" * 32)
c.setFont(FT, 10.5); c.setFillColorRGB(0.05, 0.1, 0.45); c.drawCentredString(R - 40 * mm, y - 27.8, "Dott. Claudio Finezzo"); c.setFillColorRGB(0, 0, 0)
c.setFont(F, 7.5); c.drawCentredString(R - 40 * mm, y - 40, "(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)")
c.setFont(F, 7); c.drawString(L, 15 * mm, "Reg. Pubbl. n. 403/2026 - Pratica SG/2026/0412 - Stampato il 13/04/2026 10:41")
c.save()
