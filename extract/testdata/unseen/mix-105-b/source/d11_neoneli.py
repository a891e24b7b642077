# Allegato B to Consiglio deliberation 5/2026 of Neoneli: roll-call vote record. Letterhead and foot are
# Form XObjects, the table is drawn bottom-up and the title last (reportlab)
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setAuthor("APKappa Sicr@web")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(297, 800, "COMUNE DI NEONELI")
c.setFont("Helvetica", 9); c.drawCentredString(297, 787, "Provincia di Oristano – Ufficio di Segreteria"); c.line(60, 780, 535, 780); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(297, 30, "Allegato B alla deliberazione del Consiglio Comunale n. 5 del 23/03/2026 – pagina 1 di 1"); c.endForm()
rows = [("1", "ATZORI Gian Paolo", "Sindaco", "Favorevole"), ("2", "CABONI Marta", "Consigliere", "Favorevole"),
        ("3", "CONTINI Mario", "Consigliere", "Favorevole"), ("4", "DEMONTIS Ilaria", "Consigliere", "Assente"),
        ("5", "LOCHE Francesco", "Consigliere", "Contrario"), ("6", "MELIS Alessandra", "Consigliere", "Favorevole"),
        ("7", "ORRÙ Giampiero", "Consigliere", "Astenuto"), ("8", "PISU Sandra", "Consigliere", "Favorevole")]
c.doForm("foot")
y0 = 640
c.setFont("Helvetica", 9)
c.drawString(70, y0 - 20 * (len(rows) + 1) - 10, "Riepilogo: presenti 7 – votanti 6 – favorevoli 5 – contrari 1 – astenuti 1.")
for i in range(len(rows) - 1, -1, -1):
    r = rows[i]; y = y0 - 20 * (i + 1)
    for x, v in zip((75, 105, 280, 400), r): c.drawString(x, y, v)
    c.line(70, y - 6, 525, y - 6)
c.setFont("Helvetica-Bold", 9)
for x, v in zip((75, 105, 280, 400), ("N.", "Consigliere", "Carica", "Voto espresso")): c.drawString(x, y0, v)
c.rect(70, y0 - 20 * len(rows) - 6, 455, 20 * len(rows) + 20)
c.doForm("head")
c.setFont("Helvetica-Bold", 11)
c.drawCentredString(297, 740, "ALLEGATO B – ESITO DELLA VOTAZIONE PER APPELLO NOMINALE")
c.setFont("Helvetica", 9.5)
c.drawCentredString(297, 722, "Oggetto: Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.")
c.drawCentredString(297, 708, "Seduta del 23 marzo 2026 – votazione sulla proposta")
c.drawString(350, 420, "Il Segretario Generale"); c.drawString(350, 406, "dott. Pierpaolo Cau")
c.save()
