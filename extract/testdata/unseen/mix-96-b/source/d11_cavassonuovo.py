# reportlab: letterhead and foot as Form XObjects on both pages; agenda and signature drawn before the heading
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("ReportLab - APKappa Hypersic")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(297, 800, "COMUNE DI CAVASSO NUOVO")
c.setFont("Helvetica", 9); c.drawCentredString(297, 786, "Regione Autonoma Friuli Venezia Giulia - Ente di Decentramento Regionale di Pordenone"); c.line(60, 778, 535, 778); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawCentredString(297, 30, "Piazza Plebiscito 1 - 33092 Cavasso Nuovo (PN) - PEC comune.cavassonuovo@certgov.fvg.it"); c.endForm()
def page(items):
    for x, y, f, s, t in items: c.setFont(f, s); c.drawString(x, y, t)
    c.doForm("foot"); c.doForm("head")
page([
 (60, 520, "Helvetica-Bold", 10, "ORDINE DEL GIORNO"),
 (60, 504, "Helvetica", 10, "1. Comunicazioni del Sindaco."),
 (60, 490, "Helvetica", 10, "2. Approvazione dei verbali della seduta precedente."),
 (60, 476, "Helvetica", 10, "3. Ratifica della deliberazione della Giunta comunale n. 14 del 27/02/2026 (variazione di bilancio)."),
 (60, 462, "Helvetica", 10, "4. Approvazione del rendiconto della gestione per l'esercizio 2025."),
 (330, 150, "Helvetica", 10, "IL PRESIDENTE DEL CONSIGLIO COMUNALE"),
 (330, 136, "Helvetica", 10, "Stefano Colautti"),
 (60, 740, "Helvetica", 10, "Prot. n. 1377 del 13/03/2026"),
 (330, 720, "Helvetica", 10, "Ai Consiglieri comunali - LORO SEDI"),
 (60, 680, "Helvetica-Bold", 10, "OGGETTO: Convocazione del Consiglio comunale - seduta ordinaria del 26 marzo 2026."),
 (60, 650, "Helvetica", 10, "Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del Regolamento del Consiglio comunale, la S.V. e' invitata"),
 (60, 636, "Helvetica", 10, "a partecipare alla seduta ordinaria, in prima convocazione, che si terra' nella sala consiliare"),
 (60, 622, "Helvetica", 10, "giovedi' 26 marzo 2026 alle ore 20:00, con il seguente ordine del giorno:"),
])
c.showPage()
page([(60, 740, "Helvetica", 10, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso la Segreteria"),
      (60, 726, "Helvetica", 10, "comunale a disposizione dei consiglieri. I consiglieri impossibilitati sono pregati di darne avviso."),
      (330, 680, "Helvetica", 10, "IL PRESIDENTE DEL CONSIGLIO COMUNALE"), (330, 666, "Helvetica", 10, "Stefano Colautti")])
c.showPage(); c.save()
