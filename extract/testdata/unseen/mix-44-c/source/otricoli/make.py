# Manifesto-style convocation laid out like a QuarkXPress poster -> ReportLab canvas
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
F='/usr/share/fonts/truetype/'
for n,f in [('Cal','crosextra/Caladea-Regular.ttf'),('CalB','crosextra/Caladea-Bold.ttf'),('CalI','crosextra/Caladea-Italic.ttf'),('Sans','dejavu/DejaVuSans.ttf'),('SansB','dejavu/DejaVuSans-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(n,F+f))
from reportlab.lib.fonts import addMapping
addMapping('Cal',0,0,'Cal'); addMapping('Cal',1,0,'CalB'); addMapping('Cal',0,1,'CalI'); addMapping('Cal',1,1,'CalB')
out=sys.argv[1]; W,H=A4
c=canvas.Canvas(out,pagesize=A4); c.setTitle('Convocazione Consiglio Comunale 20-03-2026'); c.setAuthor('Comune di Otricoli'); c.setCreator('ReportLab (QuarkXPress-style manifesto)')
red=colors.HexColor('#8c1c13')
c.setFillColor(red); c.rect(0,H-18,W,18,stroke=0,fill=1)
c.setStrokeColor(red); c.setLineWidth(1.2); c.circle(W/2,H-70,28)
c.setFont('Sans',6); c.setFillColor(red); c.drawCentredString(W/2,H-72,'STEMMA')
c.setFillColor(colors.black)
c.setFont('CalB',26); c.drawCentredString(W/2,H-128,'COMUNE DI OTRICOLI')
c.setFont('Cal',12); c.drawCentredString(W/2,H-146,'Provincia di Terni')
c.setStrokeColor(red); c.setLineWidth(2); c.line(70,H-160,W-70,H-160)
c.setFont('CalB',22); c.setFillColor(red); c.drawCentredString(W/2,H-195,'CONVOCAZIONE DEL CONSIGLIO COMUNALE')
c.setFillColor(colors.black); c.setFont('CalI',12.5); c.drawCentredString(W/2,H-215,'Sessione ordinaria – seduta pubblica di prima convocazione')
st=ParagraphStyle('b',fontName='Cal',fontSize=12,leading=15.5,alignment=TA_JUSTIFY,spaceAfter=6)
it=ParagraphStyle('i',parent=st,leftIndent=22,firstLineIndent=-22)
box=[Paragraph("Il Sindaco, ai sensi dell'art. 50 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio Comunale,",st),
     Paragraph("<b>RENDE NOTO</b>",ParagraphStyle('c',parent=st,alignment=1)),
     Paragraph("che il Consiglio Comunale è convocato presso la Sala consiliare del Palazzo Comunale, in Piazza Vittoria n. 1, per il giorno",st)]
f=Frame(70,H-330,W-140,105,showBoundary=0,leftPadding=0,rightPadding=0); f.addFromList(box,c)
c.setFillColor(colors.HexColor('#f3e7e5')); c.rect(110,H-380,W-220,42,stroke=0,fill=1); c.setFillColor(colors.black)
c.setFont('CalB',17); c.drawCentredString(W/2,H-365,'VENERDÌ 20 MARZO 2026 – ORE 18:00')
p=[Paragraph("In caso di mancanza del numero legale la seduta di seconda convocazione si terrà il giorno lunedì 23 marzo 2026 alle ore 18:00, nello stesso luogo, per la trattazione del seguente",st),
   Paragraph("<b>ORDINE DEL GIORNO</b>",ParagraphStyle('c2',parent=st,alignment=1,spaceBefore=4))]
odg=["Lettura e approvazione dei verbali della seduta precedente.",
 "Comunicazioni del Sindaco.",
 "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – Nota di aggiornamento.",
 "Approvazione del bilancio di previsione finanziario 2026-2028 e relativi allegati.",
 "Approvazione delle aliquote IMU per l'anno 2026.",
 "Convenzione con il Comune di Narni per la gestione associata del servizio di segreteria comunale – Approvazione.",
 "Mozione del gruppo consiliare «Otricoli Futura» in materia di trasporto pubblico locale."]
for i,t in enumerate(odg,1): p.append(Paragraph('%d.&nbsp;&nbsp;&nbsp;%s'%(i,t),it))
p.append(Paragraph("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e consultabili dai Consiglieri negli orari di apertura al pubblico. La seduta è pubblica e sarà trasmessa in diretta sul canale istituzionale del Comune.",st))
f=Frame(70,130,W-140,H-395-130,showBoundary=0,leftPadding=0,rightPadding=0); f.addFromList(p,c)
c.setFont('Cal',12); c.drawString(70,112,'Otricoli, 12/03/2026')
c.drawCentredString(W-165,112,'IL SINDACO'); c.setFont('CalB',12.5); c.drawCentredString(W-165,96,'Antonio Liberati')
c.setFont('CalI',8.5); c.drawCentredString(W-165,84,'Firmato digitalmente ai sensi del D.Lgs. 82/2005')
c.setStrokeColor(red); c.setLineWidth(.8); c.line(70,60,W-70,60)
c.setFont('Sans',7); c.drawString(70,48,'Prot. n. 1288 del 12/03/2026'); c.drawRightString(W-70,48,'Comune di Otricoli – Piazza Vittoria, 1 – 05030 Otricoli (TR)')
c.setFillColor(red); c.rect(0,0,W,10,stroke=0,fill=1)
c.showPage(); c.save()
