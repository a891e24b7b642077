# Convocation of the Consiglio comunale of Seggiano: reportlab; letterhead, foot and agenda box are Form XObjects,
# drawn out of reading order (agenda first, letterhead last)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Sicraweb Stampe 3.1")
c.beginForm("lh"); c.setFont("Helvetica-Bold", 17); c.drawCentredString(W/2, H-55, "COMUNE DI SEGGIANO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-68, "Provincia di Grosseto – Via Roma n. 27 – 58038 Seggiano (GR) – PEC: comune.seggiano@postacert.toscana.it")
c.setLineWidth(1.2); c.line(50, H-76, W-50, H-76); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.line(50, 46, W-50, 46)
c.drawCentredString(W/2, 36, "Ufficio Segreteria – tel. 0564 950000 – Codice fiscale 00125470531"); c.endForm()
agenda = ["Comunicazioni del Sindaco.",
 "Approvazione dei verbali della seduta precedente.",
 "Approvazione del Rendiconto della gestione per l'esercizio 2025.",
 "Variazione al Bilancio di previsione 2026-2028.",
 "Regolamento per la gestione dei beni civici della frazione di Pescina – Approvazione.",
 "Mozione del gruppo consiliare \"Seggiano Domani\" sul servizio di trasporto pubblico locale."]
c.beginForm("od"); c.rect(60, 300, W-120, 165); c.setFont("Helvetica-Bold", 10); c.drawString(70, 450, "ORDINE DEL GIORNO")
y = 432
for i, a in enumerate(agenda, 1):
    c.setFont("Helvetica", 10); c.drawString(72, y, "%d." % i)
    words, line = a.split(), ""
    for w in words:
        if stringWidth(line + " " + w, "Helvetica", 10) > 430: c.drawString(90, y, line.strip()); y -= 13; line = ""
        line += " " + w
    c.drawString(90, y, line.strip()); y -= 19
c.endForm()
c.doForm("od"); c.doForm("ft")
c.setFont("Helvetica", 10)
c.drawString(W-230, 250, "IL PRESIDENTE DEL CONSIGLIO"); c.drawString(W-200, 236, "Arianna Petrucci")
for i, t in enumerate(["Si invitano le SS.LL. a intervenire. Qualora la seduta andasse deserta, la seconda convocazione",
                       "è fissata per il giorno 30 maggio 2026, stessa ora e luogo. Gli atti sono depositati presso la",
                       "Segreteria comunale a disposizione dei Consiglieri."]):
    c.drawString(60, 285 - i*13, t)
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, 590, "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE")
c.setFont("Helvetica", 10)
for i, t in enumerate(["Il Consiglio Comunale è convocato in sessione ordinaria, seduta pubblica di prima convocazione, per il",
                       "giorno GIOVEDÌ 28 MAGGIO 2026 alle ore 18:00 presso la Sala consiliare del Palazzo comunale,",
                       "per la trattazione del seguente ordine del giorno:"]):
    c.drawString(60, 560 - i*13, t)
c.drawString(60, 700, "Prot. n. 2316"); c.drawString(60, 686, "Seggiano, 20/05/2026")
for i, t in enumerate(["Ai Consiglieri Comunali", "Al Revisore dei Conti", "Al Prefetto di Grosseto", "All'Albo Pretorio on line"]):
    c.drawString(360, 660 - i*13, t)
c.doForm("lh")
c.save()
