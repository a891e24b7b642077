# Comune di Artena - convocazione del Consiglio comunale (Hypersic-like). Letterhead, footer and title live in Form
# XObjects reused on every page; heading letter-spaced with Tc; body justified with Tw (reportlab Paragraph).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/liberation/'
for n,f in [('LSe','LiberationSerif-Regular.ttf'),('LSeB','LiberationSerif-Bold.ttf'),('LSeI','LiberationSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(n,F+f))
from reportlab.lib.fonts import addMapping
addMapping('LSe',0,0,'LSe'); addMapping('LSe',1,0,'LSeB'); addMapping('LSe',0,1,'LSeI'); addMapping('LSe',1,1,'LSeB')
W,H=A4
c=canvas.Canvas(sys.argv[1],pagesize=A4)
c.setTitle('Convocazione Consiglio Comunale 26/03/2026'); c.setAuthor('Comune di Artena'); c.setCreator('Hypersic - Atti Amministrativi'); 
def spaced(x,y,s,font,size,cs,center=True):
    t=c.beginText(); t.setFont(font,size); t.setCharSpace(cs)
    w=pdfmetrics.stringWidth(s,font,size)+cs*(len(s)-1)
    t.setTextOrigin(x-w/2 if center else x,y); t.textOut(s); c.drawText(t)
c.beginForm('letterhead')
c.setFillColor(colors.HexColor('#7a1f1f')); c.rect(20*mm,H-34*mm,12*mm,15*mm,fill=1,stroke=0)
c.setFillColor(colors.black)
spaced(W/2,H-22*mm,'COMUNE DI ARTENA','LSeB',17,3.2)
spaced(W/2,H-28*mm,'Città Metropolitana di Roma Capitale','LSeI',10,0.6)
spaced(W/2,H-33*mm,'UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE','LSe',8.5,1.4)
c.setStrokeColor(colors.HexColor('#7a1f1f')); c.setLineWidth(1.2); c.line(20*mm,H-37*mm,W-20*mm,H-37*mm)
c.endForm()
c.beginForm('footer')
c.setStrokeColor(colors.grey); c.setLineWidth(0.4); c.line(20*mm,17*mm,W-20*mm,17*mm)
c.setFont('LSe',7.5); c.setFillColor(colors.HexColor('#444444'))
c.drawCentredString(W/2,13*mm,'Piazza della Vittoria, 1 – 00031 Artena (RM) – Tel. 06 951911 – PEC: protocollo@pec.comune.artena.rm.it')
c.endForm()
c.beginForm('title')
spaced(W/2,H-72*mm,'CONVOCAZIONE DEL CONSIGLIO COMUNALE','LSeB',13.5,1.6)
spaced(W/2,H-78*mm,'Sessione ordinaria – seduta pubblica','LSeI',10.5,0.3)
c.endForm()
body=ParagraphStyle('b',fontName='LSe',fontSize=11,leading=14.6,alignment=4,spaceAfter=6)
item=ParagraphStyle('i',parent=body,leftIndent=8*mm,firstLineIndent=-6*mm,spaceAfter=4)
cen=ParagraphStyle('c',parent=body,alignment=1,fontName='LSeB')
def page_furniture(n,tot):
    c.doForm('letterhead'); c.doForm('footer')
    c.setFont('LSe',7.5); c.drawRightString(W-20*mm,9*mm,'pag. %d di %d'%(n,tot))
page_furniture(1,2); c.doForm('title')
c.setFont('LSe',10.5); c.drawString(20*mm,H-47*mm,'Prot. n. 6120 del 18/03/2026')
addr=['Ai Sigg. Consiglieri comunali','Al Sig. Sindaco','Al Segretario Generale','e p.c. Al Sig. Prefetto di Roma','Al Comando Stazione Carabinieri di Artena']
yy=H-47*mm
for a in addr:
    c.drawString(118*mm,yy,a); yy-=12.5
story=[Paragraph("Il sottoscritto Presidente del Consiglio Comunale, ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dell'art. 15 dello Statuto comunale e degli artt. 10 e 12 del vigente Regolamento per il funzionamento del Consiglio comunale, sentita la Conferenza dei Capigruppo nella riunione del 16/03/2026,",body),
 Paragraph('C O N V O C A',cen),
 Paragraph("il Consiglio Comunale in sessione ordinaria, in <b>prima convocazione</b>, per il giorno <b>giovedì 26 marzo 2026 alle ore 18:00</b>, presso la Sala consiliare di Palazzo Borghese, e occorrendo in <b>seconda convocazione</b> per il giorno <b>venerdì 27 marzo 2026</b> alla stessa ora e nello stesso luogo, per la trattazione del seguente",body),
 Paragraph('ORDINE DEL GIORNO',cen)]
ods=["Lettura e approvazione dei verbali delle sedute precedenti del 29/12/2025 e del 30/01/2026;",
 "Comunicazioni del Sindaco e del Presidente del Consiglio;",
 "Interrogazione a risposta orale presentata dal Consigliere Marco Onori (prot. n. 5421 del 09/03/2026) relativa al servizio di trasporto pubblico locale nelle contrade Colubro e Macere;",
 "Approvazione del Regolamento comunale per la disciplina dei dehors e delle occupazioni di suolo pubblico con elementi di arredo;",
 "Ratifica della deliberazione della Giunta comunale n. 38 del 26/02/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026-2028 ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000\";",
 "Riconoscimento della legittimità di debito fuori bilancio ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000 – sentenza del Giudice di Pace di Velletri n. 1187/2025;",
 "Approvazione della convenzione per la gestione associata del servizio di Segreteria comunale con il Comune di Lariano."]
story+= [Paragraph('%d.&nbsp;&nbsp;%s'%(i,t),item) for i,t in enumerate(ods,1)]
story2=[Paragraph("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e a disposizione dei Consiglieri, nell'orario di apertura al pubblico, a partire dalla data di notifica della presente, ai sensi dell'art. 13 del Regolamento.",body),
 Paragraph("La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente. Si ricorda che, ai sensi dell'art. 127 del Regolamento, la seduta di seconda convocazione è valida con la presenza di almeno un terzo dei Consiglieri assegnati, senza computare a tal fine il Sindaco.",body),
 Paragraph("Artena, 18/03/2026",body)]
f=Frame(20*mm,22*mm,W-40*mm,H-22*mm-88*mm,showBoundary=0,leftPadding=0,rightPadding=0)
rest=f.addFromList(story,c)
c.showPage()
page_furniture(2,2)
f=Frame(20*mm,22*mm,W-40*mm,H-42*mm-22*mm,showBoundary=0,leftPadding=0,rightPadding=0)
f.addFromList(story+story2,c)
yy=f._y-30
c.setFont('LSe',11); c.drawCentredString(140*mm,yy,'Il Presidente del Consiglio Comunale')
c.setFont('LSeB',11); c.drawCentredString(140*mm,yy-15,'Dott. Luca Felici')
c.setFont('LSeI',8); c.drawCentredString(140*mm,yy-27,'(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
c.showPage(); c.save()
