# Avviso of Noepoli: letterhead and foot are Form XObjects; body drawn before the heading; rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("ReportLab")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(297, 800, "COMUNE DI NOEPOLI")
c.setFont("Helvetica", 9); c.drawCentredString(297, 786, "Provincia di Potenza – Parco Nazionale del Pollino"); c.line(60, 778, 535, 778); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(297, 30, "Via Municipio, 2 – 85035 Noepoli (PZ) – tel. 0973 92010 – comune.noepoli@cert.ruparbasilicata.it"); c.endForm()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=4)
body = ["Si rende noto che, in esecuzione della deliberazione della Giunta Comunale n. 15 del 5 marzo 2026, è indetta una selezione per la formazione di una graduatoria di cittadini disponibili a svolgere attività di volontariato civico nei servizi di vigilanza davanti ai plessi scolastici e di cura del verde pubblico.",
        "Possono presentare domanda i residenti nel Comune di Noepoli di età compresa tra i 18 e i 75 anni, in possesso dell'idoneità fisica allo svolgimento delle attività.",
        "Le domande, redatte sul modello disponibile presso l'Ufficio Protocollo e sul sito istituzionale, dovranno pervenire entro le ore 12:00 del 10 aprile 2026.",
        "Per informazioni: Area Amministrativa – Servizi Sociali, tel. 0973 92010."]
y = 690
for tx in body:
    p = Paragraph(tx, st); w, h = p.wrap(470, 400); p.drawOn(c, 62, y - h); y -= h + 8
c.setFont("Helvetica", 10.5); c.drawString(62, y - 20, "Noepoli, 23 marzo 2026"); c.drawString(380, y - 20, "IL RESPONSABILE DELL'AREA")
c.drawString(380, y - 34, "dott. Nicola Ciancia")
c.doForm("head"); c.doForm("foot")
c.setFont("Helvetica-Bold", 10); c.drawCentredString(297, 758, "AREA AMMINISTRATIVA – SERVIZI SOCIALI")
c.setFont("Helvetica-Bold", 18); c.drawCentredString(297, 728, "AVVISO PUBBLICO")
c.setFont("Helvetica-Bold", 11); c.drawCentredString(297, 708, "ISTITUZIONE DELL'ALBO DEI VOLONTARI CIVICI COMUNALI")
c.saveState(); c.translate(35, 300); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6); c.setFont("Helvetica", 8)
c.drawString(0, 0, "Pubblicato all'Albo Pretorio on line dal 23/03/2026 al 10/04/2026 – Reg. n. 142"); c.restoreState()
c.showPage(); c.save()
