"""Certificato di pubblicazione, Comune di Sperlinga: a pre-printed form whose blanks
(runs of underscores) were filled in by typing over part of them, as in a Word form."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Certificato di pubblicazione")
c.setAuthor("segreteria")
c.setCreator("modello certificato pubblicazione (Mod. SEG/07)")
LM, RM = 70, W - 65
F, FB = "Times-Roman", "Times-Bold"
# letterhead: a simple crest drawn with lines, then text
c.setLineWidth(1.2)
p = c.beginPath(); p.moveTo(W/2-16, H-48); p.lineTo(W/2+16, H-48); p.lineTo(W/2+16, H-72)
p.curveTo(W/2+16, H-86, W/2, H-92, W/2, H-94); p.curveTo(W/2, H-92, W/2-16, H-86, W/2-16, H-72); p.close()
c.drawPath(p)
c.line(W/2-16, H-60, W/2+16, H-60)
c.setFont(FB, 15); c.drawCentredString(W/2, H-114, "COMUNE DI SPERLINGA")
c.setFont("Times-Italic", 10.5); c.drawCentredString(W/2, H-128, "Libero Consorzio Comunale di Enna")
c.setFont(F, 9.5); c.drawCentredString(W/2, H-141, "Piazza Municipio, 1 – 94010 Sperlinga (EN) – tel. 0935 643025")
c.setLineWidth(0.6); c.line(LM, H-149, RM, H-149)
c.setFont(FB, 10.5); c.drawString(LM, H-170, "Ufficio di Segreteria")
c.setFont(FB, 14); c.drawCentredString(W/2, H-205, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-219, "(art. 11 L.R. 3 dicembre 1991, n. 44 e art. 32 L. 18 giugno 2009, n. 69)")

y = H - 255
def line(segs, y, size=12):
    """segs: list of text pieces; all in Times-Roman, blanks included as underscores."""
    x = LM
    for s in segs:
        c.setFont(F, size); c.drawString(x, y, s); x += stringWidth(s, F, size)
    return y - 24
def fill_to_end(s, size=12, x0=LM):
    w = stringWidth(s, F, size); n = int((RM - x0 - w) / stringWidth("_", F, size))
    return s + "_" * max(n, 0)

y = line(["Il sottoscritto Segretario Comunale, vista l’attestazione del Messo Comunale,"], y)
c.setFont(FB, 12); c.drawCentredString(W/2, y, "C E R T I F I C A"); y -= 26
y = line(["che copia della deliberazione della ", "[ ] Consiglio  [X] Giunta", "  Comunale"], y)
y = line(["n. ", "__12__", " del ", "__17/02/2026__", " avente ad oggetto:"], y)
y = line(["Concessione in uso temporaneo del Castello di Sperlinga per manifestazioni"], y)
y = line([fill_to_end("culturali – stagione 2026. Indirizzi.")], y)
y = line([fill_to_end("")], y)
y = line(["è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni"], y)
y = line(["consecutivi, dal ", "__19/02/2026__", " al ", "__06/03/2026__", ", al n. ", "__87__", " del Registro"], y)
y = line(["delle pubblicazioni, senza che siano pervenuti reclami od opposizioni."], y)
y -= 6
y = line(["Sperlinga, lì ", "__09/03/2026__"], y)
y -= 30
c.setFont(F, 12)
c.drawCentredString(LM + 100, y, "IL MESSO COMUNALE"); c.drawCentredString(RM - 110, y, "IL SEGRETARIO COMUNALE")
y -= 18
c.drawCentredString(LM + 100, y, "__Sig. Filippo Lo Presti__"); c.drawCentredString(RM - 110, y, "__Dott.ssa Carmela Arena__")
y -= 14
c.setFont("Times-Italic", 8.5)
c.drawCentredString(LM + 100, y, "(firma autografa sostituita a mezzo stampa"); c.drawCentredString(RM - 110, y, "(firmato digitalmente)")
c.drawCentredString(LM + 100, y - 10, "ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993)")
# footer of the template
c.setFont(F, 7.5); c.setFillGray(0.35)
c.drawString(LM, 40, "Mod. SEG/07 – rev. 2019")
c.drawRightString(RM, 40, "Pag. 1 di 1")
c.showPage(); c.save()
