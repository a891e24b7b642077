# Certificate of publication, Comune di Poviglio: letterhead and foot are Form XObjects; blocks drawn out of reading order (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Certificato di pubblicazione")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawString(70, H-60, "COMUNE DI POVIGLIO")
c.setFont("Helvetica", 8.5); c.drawString(70, H-73, "Provincia di Reggio Emilia – Via Vittorio Veneto 8 – 42028 Poviglio (RE)")
c.drawString(70, H-84, "Settore Affari Generali – Servizio Segreteria – Ufficio Albo"); c.line(70, H-90, W-70, H-90); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawString(70, 40, "Comune di Poviglio – certificato di pubblicazione – Reg. Albo n. 402/2026"); c.line(70, 50, W-70, 50); c.endForm()
c.doForm("foot")
# signature first
c.setFont("Helvetica", 10); c.drawString(340, 330, "Il Segretario Comunale"); c.drawString(345, 316, "dott.ssa Elena Bertolini")
c.drawString(70, 360, "Poviglio, 18 aprile 2026")
# body
lines = ["Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,", "",
 "che copia della deliberazione della Giunta Comunale n. 37 del 14.04.2026, avente ad oggetto:",
 "\"Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione",
 "energetica della palestra comunale di via Parma – CUP G92B26000140004\",",
 "è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 16.04.2026",
 "al n. 402 del registro delle pubblicazioni e vi rimarrà per 15 giorni consecutivi."]
y = 560
for l in lines: c.drawString(70, y, l); y -= 16
c.setFont("Helvetica-Bold", 11); c.drawString(270, 542, "ATTESTA")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, 620, "CERTIFICATO DI PUBBLICAZIONE")
c.doForm("head")
c.save()
