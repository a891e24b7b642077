# reportlab: justified body (Tw set per line by Paragraph justification), rotated "COPIA CONFORME" stamp across the heading
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Maggioli Sicraweb"); c.setProducer("Sicraweb PDF 4.1")
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-60, "COMUNE DI CARASSAI")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-74, "Provincia di Ascoli Piceno - Piazza Leopardi, 1 - 63063 Carassai")
c.line(60, H-82, W-60, H-82)
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, H-110, "ORDINANZA SINDACALE")
c.setFont("Times-Roman", 11); c.drawCentredString(W/2, H-126, "N. 4/2026 del 12 febbraio 2026")
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=5)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
P = [Paragraph("<b>OGGETTO:</b> Divieto di transito ai veicoli di massa superiore a 3,5 tonnellate sulla strada comunale Valle Menocchia per cedimento del piano viabile.", body),
 Paragraph("IL SINDACO", ctr),
 Paragraph("PREMESSO che a seguito delle intense precipitazioni dei giorni scorsi l'Ufficio Tecnico ha rilevato un cedimento del piano viabile della strada comunale Valle Menocchia, in prossimit\u00e0 del ponte sul fosso di San Nicola, tale da compromettere la sicurezza della circolazione dei mezzi pesanti;", body),
 Paragraph("VISTI gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e l'art. 50 del D.Lgs. 267/2000;", body),
 Paragraph("ORDINA", ctr),
 Paragraph("1. il divieto di transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sulla strada comunale Valle Menocchia, dal 13 febbraio 2026 fino al ripristino delle condizioni di sicurezza;", body),
 Paragraph("2. all'Ufficio Tecnico comunale di provvedere all'apposizione della prescritta segnaletica;", body),
 Paragraph("3. che la presente ordinanza sia pubblicata all'Albo Pretorio on line e trasmessa alla Stazione Carabinieri competente.", body),
 Paragraph("Avverso il presente provvedimento \u00e8 ammesso ricorso al T.A.R. Marche entro 60 giorni dalla pubblicazione.", body),
 Paragraph("Carassai, 12 febbraio 2026", body),
 Paragraph("IL SINDACO<br/>Dott. Ottavio Brutti", ParagraphStyle("s", parent=body, alignment=2))]
Frame(60, 120, W-120, H-270, showBoundary=0).addFromList(P, c)
# the stamp, rotated across the heading, drawn last
c.saveState(); c.translate(W/2+40, H-120); c.rotate(18)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.setLineWidth(2)
c.roundRect(-95, -16, 190, 36, 6); c.setFont("Helvetica-Bold", 17); c.drawCentredString(0, 0, "COPIA CONFORME")
c.setFont("Helvetica", 7); c.drawCentredString(0, -11, "all'originale - Carassai, 12/02/2026")
c.restoreState()
c.setFont("Times-Italic", 8); c.drawCentredString(W/2, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
