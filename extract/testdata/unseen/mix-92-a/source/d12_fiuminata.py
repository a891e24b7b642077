# Comune di Fiuminata (MC) - decreto sindacale 3/2026; letterhead/foot as Form XObjects, blocks drawn out of reading order, Tc letter-spaced headings
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-55, "COMUNE DI FIUMINATA")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-68, "Provincia di Macerata – Piazza Vittorio Veneto 1 – 62025 Fiuminata"); c.line(60, H-75, W-60, H-75); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Decreto sindacale n. 3/2026 – documento informatico firmato digitalmente"); c.endForm()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=4, spaceAfter=5)
# signature first
c.setFont("Helvetica-Bold", 10); c.drawString(350, 200, "IL SINDACO"); c.setFont("Helvetica", 10); c.drawString(350, 186, "Vincenzo Felicioli"); c.drawString(60, 200, "Fiuminata, 25/03/2026")
# dispositive block
f2 = Frame(60, 215, W-120, 250, showBoundary=0)
f2.addFromList([Paragraph("<b>DECRETA</b>", ParagraphStyle("c", parent=st, alignment=1)),
  Paragraph("1. di nominare il dott. Luca Salvucci Responsabile dell'Area Amministrativa-Contabile dal 1° aprile 2026 al 31 dicembre 2026, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;", st),
  Paragraph("2. di stabilire che in caso di assenza o impedimento le funzioni sono esercitate dal Segretario Comunale;", st),
  Paragraph("3. di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente.", st)], c)
c.doForm("foot")
# premises
f1 = Frame(60, 445, W-120, 195, showBoundary=0)
f1.addFromList([Paragraph("VISTO l'art. 50, comma 10, del D.Lgs. 267/2000; VISTO il Regolamento sull'ordinamento degli uffici e dei servizi; RICHIAMATA la deliberazione della Giunta Comunale n. 11 del 12/02/2026 di riorganizzazione delle aree; CONSIDERATO che le riunioni dello staff si svolgono anche da remoto e che occorre garantire la continuità delle funzioni gestionali;", st)], c)
c.doForm("head")
c.setFont("Helvetica-Bold", 12); t = c.beginText(60, H-105); t.setFont("Helvetica-Bold", 12); t.setCharSpace(2.5); t.textLine("DECRETO DEL SINDACO N. 3 DEL 25/03/2026"); t.setCharSpace(0); c.drawText(t)
f0 = Frame(60, H-170, W-120, 60, showBoundary=0)
f0.addFromList([Paragraph("<b>OGGETTO: Nomina del Responsabile dell'Area Amministrativa-Contabile e attribuzione delle funzioni dirigenziali per il periodo aprile–dicembre 2026.</b>", st)], c)
t = c.beginText(0, 0); t.setFont("Helvetica-Bold", 11); t.setCharSpace(3); t.setTextOrigin(W/2-40, H-182); t.textLine("IL SINDACO"); t.setCharSpace(0); c.drawText(t)
c.save()
