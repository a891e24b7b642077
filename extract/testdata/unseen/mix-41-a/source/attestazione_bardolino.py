"""Comune di Bardolino - attestazione di pubblicazione (and certificate of
executivity) of Giunta deliberation n. 38 of 05/03/2026, laid out as
J-Iride's certificates. Letterhead, label grid and signature block are Form
XObjects reused on both pages; the values are drawn in the page content;
the Albo stamp runs rotated along the left margin."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from rlutil import justified, wrap_words

out = sys.argv[1]
W, H = A4
LM, RM = 70, W - 50
TW = RM - LM
F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Attestazione di pubblicazione - DGC 38/2026")
c.setCreator("J-Iride Atti - Stampa certificati")

# --- XObject: letterhead ---
c.beginForm("letterhead", lowerx=0, lowery=0, upperx=W, uppery=H)
c.setLineWidth(0.6)
c.circle(LM + 24, H - 72, 22)
c.setFont(FI, 6)
c.drawCentredString(LM + 24, H - 74, "stemma")
c.setFont(FB, 17)
c.drawString(LM + 58, H - 66, "COMUNE DI BARDOLINO")
c.setFont(F, 10)
c.drawString(LM + 58, H - 80, "Provincia di Verona")
c.setFont(F, 7.5)
c.drawString(LM + 58, H - 91, "Borgo Garibaldi, 57 - 37011 Bardolino (VR)")
c.line(LM, H - 102, RM, H - 102)
c.endForm()

# --- XObject: label grid of the act ---
GY = H - 300  # grid top
c.beginForm("grid", lowerx=0, lowery=0, upperx=W, uppery=H)
c.setLineWidth(0.5)
rows = [("Tipo atto", 22), ("Numero", 22), ("Data", 22), ("Oggetto", 48)]
y = GY
c.setFillGray(0.93)
for lab, h in rows:
    c.rect(LM, y - h, 110, h, fill=1, stroke=1)
    y -= h
c.setFillGray(0)
y = GY
for lab, h in rows:
    c.rect(LM + 110, y - h, TW - 110, h, fill=0, stroke=1)
    c.setFont(FB, 10)
    c.drawString(LM + 6, y - 15, lab)
    y -= h
c.endForm()

# --- XObject: signature block ---
c.beginForm("sign", lowerx=0, lowery=0, upperx=W, uppery=H)
c.setFont(F, 10.5)
c.drawCentredString(RM - 110, 250, "IL RESPONSABILE DEL SERVIZIO")
c.drawCentredString(RM - 110, 236, "SEGRETERIA GENERALE")
c.setFont(FI, 8)
c.drawCentredString(RM - 110, 190, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.endForm()


def stamp(pg):
    c.saveState()
    c.translate(34, 120)
    c.rotate(90)
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0.1, 0.2, 0.55)
    c.setFillColorRGB(0.1, 0.2, 0.55)
    c.rect(-4, -12, 520, 26)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(4, 3, "COMUNE DI BARDOLINO - ALBO PRETORIO ON LINE")
    c.setFont("Helvetica", 7.5)
    c.drawString(4, -7, f"Registro pubblicazioni n. 512/2026 - dal 13/03/2026 al 28/03/2026 - pag. {pg}/2")
    c.restoreState()


def values(date_line):
    # values are drawn after the grid, in page content, out of the XObject
    y = GY
    c.setFont(F, 10.5)
    c.drawString(LM + 118, y - 15, "DELIBERAZIONE DELLA GIUNTA COMUNALE")
    c.drawString(LM + 118, y - 37, "38")
    c.drawString(LM + 118, y - 59, "05/03/2026")
    subj = ("APPROVAZIONE CALENDARIO MANIFESTAZIONI ESTIVE 2026 E CONCESSIONE DEL "
            "PATROCINIO ALLE INIZIATIVE SUL LUNGOLAGO.")
    yy = y - 81
    for words in wrap_words(subj, F, 10.5, TW - 126):
        c.drawString(LM + 118, yy, " ".join(words))
        yy -= 13


# ---- page 1: attestazione di pubblicazione ----
c.doForm("letterhead")
stamp(1)
c.setFont(FB, 14)
c.drawCentredString(LM + TW / 2, H - 150, "ATTESTAZIONE DI PUBBLICAZIONE")
c.setFont(F, 10)
c.drawCentredString(LM + TW / 2, H - 166, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 - art. 32 L. 18 giugno 2009, n. 69)")
y = justified(c, LM, H - 200, "Il sottoscritto Responsabile del Servizio Segreteria Generale, su "
              "conforme dichiarazione del Messo comunale, visti gli atti d'ufficio,", F, 11, TW,
              leading=14)
c.setFont(FB, 11)
c.drawCentredString(LM + TW / 2, y - 8, "A T T E S T A")
c.doForm("grid")
values("")
y = GY - 142
y = justified(c, LM, y, "che copia della deliberazione sopra indicata viene pubblicata all'Albo "
              "Pretorio on line di questo Comune, accessibile al pubblico dal sito istituzionale, "
              "per quindici giorni consecutivi dal 13/03/2026 al 28/03/2026, al numero 512 del "
              "registro delle pubblicazioni, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000.",
              F, 11, TW, leading=14)
y = justified(c, LM, y - 6, "Contestualmente all'affissione la deliberazione viene comunicata ai "
              "capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", F, 11, TW, leading=14)
c.setFont(F, 11)
c.drawString(LM, 300, "Bardolino, 13/03/2026")
c.doForm("sign")
c.setFont(FB, 11)
c.drawCentredString(RM - 110, 216, "Dott.ssa Francesca Zanetti")
c.setFont(F, 7.5)
c.drawString(LM, 40, "Copia informatica per consultazione - originale conservato presso il sistema documentale dell'Ente")
c.showPage()

# ---- page 2: certificato di esecutivita' ----
c.doForm("letterhead")
stamp(2)
c.setFont(FB, 14)
c.drawCentredString(LM + TW / 2, H - 150, "CERTIFICATO DI ESECUTIVITÀ")
c.setFont(F, 10)
c.drawCentredString(LM + TW / 2, H - 166, "(art. 134 D.Lgs. 18 agosto 2000, n. 267)")
y = justified(c, LM, H - 200, "Il sottoscritto Responsabile del Servizio Segreteria Generale, "
              "visti gli atti d'ufficio,", F, 11, TW, leading=14)
c.setFont(FB, 11)
c.drawCentredString(LM + TW / 2, y - 8, "C E R T I F I C A")
c.doForm("grid")
values("")
y = GY - 142
y = justified(c, LM, y, "che la deliberazione sopra indicata, dichiarata immediatamente eseguibile "
              "ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, è divenuta esecutiva il "
              "05/03/2026.", F, 11, TW, leading=14)
c.setFont(F, 11)
c.drawString(LM, 300, "Bardolino, 13/03/2026")
c.doForm("sign")
c.setFont(FB, 11)
c.drawCentredString(RM - 110, 216, "Dott.ssa Francesca Zanetti")
c.setFont(F, 7.5)
c.drawString(LM, 40, "Copia informatica per consultazione - originale conservato presso il sistema documentale dell'Ente")
c.showPage()
c.save()
