# Meda: numbered AVVISO PUBBLICO N. 3/2026 (reportlab); letterhead and foot are Form XObjects; the signature block and the
# body are drawn before the heading and the number box (content stream out of reading order).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Avviso pubblico 3/2026")
c.beginForm("lh"); c.setFillColorRGB(0.1, 0.3, 0.5); c.rect(50, H - 88, 8, 48, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 16); c.drawString(68, H - 60, "CITTÀ DI MEDA"); c.setFont("Helvetica", 8.5)
c.drawString(68, H - 74, "Provincia di Monza e della Brianza – Piazza Municipio, 4 – 20821 Meda"); c.drawString(68, H - 85, "Settore Affari Generali – Ufficio Segreteria e Organi Istituzionali"); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7); c.line(50, 48, W - 50, 48)
c.drawCentredString(W / 2, 36, "Città di Meda – C.F. 83005390153 – PEC comune.meda@legalmail.it – www.comune.meda.mb.it"); c.endForm()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
# signature first
c.setFont("Helvetica", 10); c.drawString(340, 170, "IL SEGRETARIO GENERALE"); c.drawString(340, 156, "dott.ssa Laura Molteni")
c.drawString(50, 200, "Meda, 11 marzo 2026")
txt = ["Il Segretario Generale, in esecuzione della deliberazione del Consiglio Comunale n. 6 del 26/02/2026, rende noto che è indetta una "
       "procedura pubblica per la nomina di <b>tre componenti della Commissione consiliare di garanzia e controllo</b> scelti tra cittadini "
       "non consiglieri, in possesso dei requisiti previsti dall'art. 18 del Regolamento del Consiglio Comunale.",
       "Possono presentare candidatura i cittadini residenti a Meda, maggiorenni, in possesso dei requisiti per l'elezione a consigliere comunale, "
       "che non ricoprano cariche in partiti politici né incarichi presso il Comune o le sue società partecipate.",
       "Le candidature, redatte sul modulo allegato e corredate da curriculum vitae, devono pervenire entro le ore 12:00 del 10 aprile 2026 "
       "all'Ufficio Protocollo o via PEC. La nomina è effettuata dal Consiglio Comunale con voto limitato a uno.",
       "Informativa privacy: i dati sono trattati ai sensi del Regolamento UE 2016/679 per le sole finalità del presente avviso."]
Frame(50, 215, W - 100, 420, showBoundary=0).addFromList([Paragraph(t, st) for t in txt], c)
c.doForm("ft")
c.setFont("Helvetica-Bold", 11)
c.drawString(50, 668, "OGGETTO: NOMINA DI TRE COMPONENTI ESTERNI DELLA COMMISSIONE CONSILIARE DI")
c.drawString(50, 653, "GARANZIA E CONTROLLO – PRESENTAZIONE DELLE CANDIDATURE")
c.rect(170, 690, 255, 30); c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, 700, "AVVISO PUBBLICO N. 3/2026")
c.doForm("lh")
c.save()
