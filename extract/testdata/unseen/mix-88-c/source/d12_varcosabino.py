import sys
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
c=canvas.Canvas(sys.argv[1]); c.setCreator("Maggioli Sicraweb"); c.setTitle("Ordinanza 3/2026")
c.beginForm("head"); c.setFont("Times-Bold",16); c.drawCentredString(297,800,"COMUNE DI VARCO SABINO"); c.setFont("Times-Roman",10); c.drawCentredString(297,786,"Provincia di Rieti"); c.line(60,778,535,778); c.endForm()
c.beginForm("foot"); c.setFont("Times-Italic",8); c.drawCentredString(297,30,"Piazza Municipio, 1 - 02020 Varco Sabino (RI) - tel. 0765 790113"); c.endForm()
J=ParagraphStyle('j',fontName='Times-Roman',fontSize=11,leading=14.5,alignment=TA_JUSTIFY,spaceAfter=5)
B=ParagraphStyle('b',parent=J,fontName='Times-Bold',alignment=1)
S=[("ORDINANZA SINDACALE N. 3 DEL 20/03/2026",B),
("<b>OGGETTO:</b> Divieto di transito sulla strada comunale Varco – Collegiove per lavori di ripristino del muro di sostegno a valle della carreggiata.",J),
("IL SINDACO",B),("Vista la relazione dell'Ufficio Tecnico comunale prot. n. 588 del 19.03.2026 dalla quale emerge il cedimento di un tratto del muro di sostegno; visti gli artt. 6 e 7 del D.Lgs. 285/1992; visto l'art. 54 del D.Lgs. 267/2000;",J),
("ORDINA",B),("1. il divieto di transito veicolare e pedonale sulla strada comunale Varco – Collegiove, dal km 1+200 al km 1+450, dal 23 marzo 2026 fino al termine dei lavori;",J),
("2. all'Ufficio Tecnico comunale di provvedere all'apposizione della segnaletica;",J),
("3. la trasmissione della presente alla Stazione Carabinieri di Collalto Sabino e alla Prefettura di Rieti.",J),
("Avverso la presente è ammesso ricorso al TAR Lazio entro 60 giorni dalla pubblicazione.",J),
("IL SINDACO<br/>Sergio Cavalli",ParagraphStyle('r',parent=J,alignment=2))]
# body first, then the head and foot forms, then the stamp: drawn out of reading order
Frame(60,60,475,700,showBoundary=0).addFromList([Paragraph(t,s) for t,s in S],c)
c.doForm("foot"); c.doForm("head")
c.saveState(); c.translate(560,250); c.rotate(90); c.setFont("Helvetica-Bold",8); c.setFillColorRGB(.6,0,0); c.drawString(0,0,"PUBBLICATO ALL'ALBO PRETORIO DAL 20/03/2026 AL 04/04/2026"); c.restoreState()
c.showPage(); c.save()
