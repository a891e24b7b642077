# Torre Le Nocelle (AV): ReportLab canvas; letterhead and foot are Form XObjects reused on both pages;
# signature block and dispositive part drawn before the heading (text out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4); c.setTitle("Decreto sindacale 3/2026")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-55, "COMUNE DI TORRE LE NOCELLE")
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, H-69, "Provincia di Avellino – Piazza Municipio, 1 – 83030 Torre Le Nocelle (AV)")
c.line(60, H-76, W-60, H-76); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(W/2, 30, "Decreto sindacale n. 3 del 9.3.2026 – atto firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005"); c.endForm()
def block(x, y, text, font="Times-Roman", size=11, width=W-130, lead=14.5):
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x, y, ln); y -= lead
    return y - 4
# page 1: body first, then heading block
y = H-210
y = block(65, y, "VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;")
y = block(65, y, "VISTI gli artt. 16 e 17 del CCNL Funzioni Locali 2019-2021 sottoscritto il 16 novembre 2022, relativi agli incarichi di Elevata Qualificazione;")
y = block(65, y, "VISTO il Regolamento sull'ordinamento degli uffici e dei servizi approvato con deliberazione della Giunta comunale n. 41 del 12.6.2024;")
y = block(65, y, "CONSIDERATO che il geom. Raffaele Capone, istruttore direttivo tecnico, possiede i requisiti di professionalità ed esperienza richiesti per la direzione dell'Area Tecnica;")
y = block(65, y, "DATO ATTO che la spesa per la retribuzione di posizione trova copertura nel bilancio 2026-2028;")
c.doForm("head"); c.doForm("foot")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, H-110, "DECRETO SINDACALE N. 3 DEL 9.3.2026")
c.setFont("Times-Bold", 11)
y0 = block(65, H-135, "OGGETTO: Conferimento dell'incarico di Elevata Qualificazione e nomina del Responsabile dell'Area Tecnica per l'anno 2026.", "Times-Bold")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-188, "IL SINDACO")
c.showPage()
# page 2: signature first, then the DECRETA points, then letterhead
c.setFont("Times-Bold", 11); c.drawString(360, 300, "IL SINDACO"); c.setFont("Times-Roman", 11); c.drawString(360, 285, "dott. Vincenzo Luciano")
y = H-130
for i, t in enumerate(["di conferire al geom. Raffaele Capone l'incarico di Elevata Qualificazione e di nominarlo Responsabile dell'Area Tecnica dal 10 marzo al 31 dicembre 2026;",
 "di attribuire la retribuzione di posizione annua di € 9.500,00, oltre alla retribuzione di risultato nella misura prevista dal sistema di valutazione;",
 "di individuare quale sostituto, in caso di assenza o impedimento, il Segretario comunale;",
 "di notificare il presente decreto all'interessato e di trasmetterlo all'Ufficio Personale."], 1):
    y = block(65, y, f"{i}. {t}")
c.doForm("foot")
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-105, "DECRETA")
c.doForm("head")
c.showPage(); c.save()
