# Segusino (TV): reportlab; certificate of publication; letterhead grid and footer are Form XObjects, blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.setCreator("Sicraweb Albo 2.8")
c.beginForm("lh")
c.setFont("Helvetica-Bold", 15); c.drawString(50, H-62, "COMUNE DI SEGUSINO")
c.setFont("Helvetica", 8.5); c.drawString(50, H-75, "Provincia di Treviso - Piazza Papa Luciani 1 - 31040 Segusino (TV)")
c.setLineWidth(1.2); c.line(50, H-82, W-50, H-82); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.setFillGray(0.4)
c.drawCentredString(W/2, 30, "Servizio Segreteria - Albo Pretorio on line - tel. 0423 979811 - protocollo@comune.segusino.tv.it"); c.endForm()
c.beginForm("grid")
rows = [("SETTORE", "Area Amministrativa"), ("SERVIZIO", "Segreteria e Albo Pretorio"), ("RESPONSABILE", "dott.ssa Monica Girardi"),
        ("ATTO", "Determinazione del Settore Tecnico"), ("NUMERO GENERALE", "47"), ("NUMERO SETTORIALE", "15"), ("DATA", "19/03/2026")]
y = H-110
for lab, val in rows:
    c.rect(50, y-6, 140, 18); c.rect(190, y-6, W-240, 18)
    c.setFont("Helvetica-Bold", 8.5); c.drawString(55, y, lab); c.setFont("Helvetica", 10); c.drawString(195, y, val); y -= 18
c.endForm()
y0 = H-110-7*18
# signature first, then oggetto, then heading, then body, then the forms
c.setFont("Helvetica", 10); c.drawString(330, 220, "L'Incaricato della pubblicazione"); c.drawString(355, 206, "dott.ssa Monica Girardi")
c.rect(50, y0-40, W-100, 40); c.setFont("Helvetica-Bold", 8.5); c.drawString(55, y0-14, "OGGETTO")
c.setFont("Helvetica", 10); c.drawString(130, y0-14, "Lavori di manutenzione straordinaria della copertura della palestra comunale -")
c.drawString(130, y0-28, "approvazione del certificato di regolare esecuzione. CUP F27H25000330004.")
t = c.beginText(50, y0-110); t.setFont("Helvetica", 10.5); t.setLeading(16)
for l in ["Si attesta che la determinazione indicata nella tabella che precede è stata pubblicata all'Albo",
          "Pretorio on line di questo Comune, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69, per",
          "quindici giorni consecutivi, dal 20/03/2026 al 04/04/2026, con il numero di registro 176,",
          "e che contro di essa non sono pervenuti reclami od opposizioni.", "", "Segusino, 07/04/2026"]: t.textLine(l)
c.drawText(t)
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, y0-75, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.doForm("foot"); c.doForm("grid"); c.doForm("lh")
c.save()
