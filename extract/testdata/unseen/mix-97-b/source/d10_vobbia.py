# Comune di Vobbia (GE): certificate of publication of a C.C. deliberation; reportlab, letterhead and
# signature are Form XObjects; the body is drawn before the heading (text out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4); c.setCreator("PA Digitale - Albo on line"); c.setTitle("Certificato di pubblicazione")
c.beginForm("lh")
c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, 795, "COMUNE DI VOBBIA")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, 781, "Città Metropolitana di Genova – Piazza Municipio, 1 – 16010 Vobbia (GE)")
c.line(60, 772, W-60, 772); c.endForm()
c.beginForm("sig")
c.setFont("Helvetica", 10); c.drawCentredString(410, 250, "IL SEGRETARIO COMUNALE")
c.drawCentredString(410, 236, "dott. Roberto Cavalli"); c.setFont("Helvetica-Oblique", 8); c.drawCentredString(410, 224, "(firmato digitalmente)")
c.endForm()
J = ParagraphStyle('j', fontName='Helvetica', fontSize=10.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=8)
body = [
 "Il sottoscritto Segretario comunale, visti gli atti d’ufficio,",
 "<para alignment='center'><b>CERTIFICA</b></para>",
 "che copia della deliberazione del Consiglio comunale <b>n. 5 del 12/03/2026</b>, avente ad oggetto:",
 "<b>“Approvazione delle aliquote e delle detrazioni dell’Imposta Municipale Propria (IMU) per l’anno 2026”</b>",
 "è stata pubblicata all’Albo Pretorio on line di questo Comune il giorno 16/03/2026 (registro di pubblicazione n. 97) e vi rimarrà per quindici giorni consecutivi, fino al 31/03/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267.",
 "La deliberazione è divenuta esecutiva il 26/03/2026, decorsi dieci giorni dalla pubblicazione, ai sensi dell’art. 134, comma 3, del D.Lgs. 267/2000.",
 "Vobbia, 16/03/2026",
]
Frame(60, 300, W-120, 380, showBoundary=0).addFromList([Paragraph(t, J) for t in body], c)
c.doForm("sig")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, 720, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, 706, "(art. 124 D.Lgs. 267/2000 – art. 32 L. 69/2009)")
c.doForm("lh")
c.setFont("Helvetica", 7); c.drawString(60, 40, "Documento informatico sottoscritto con firma digitale ai sensi dell’art. 24 del D.Lgs. 82/2005.")
c.showPage(); c.save()
