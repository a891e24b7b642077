import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
F='/usr/share/fonts/truetype/liberation2/'
for n,f in [('LS','LiberationSans-Regular'),('LSB','LiberationSans-Bold'),('LSI','LiberationSans-Italic')]:
    pdfmetrics.registerFont(TTFont(n,F+f+'.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS',0,0,'LS'); addMapping('LS',1,0,'LSB'); addMapping('LS',0,1,'LSI'); addMapping('LS',1,1,'LSB')
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setTitle('Avviso di deposito atti'); c.setCreator('Saga - Messi Notificatori'); c.setAuthor('Comune di Ceglie Messapica')
W,H=A4
# letterhead
c.setFillColor(colors.HexColor('#9b1c1c')); c.rect(20*mm,H-32*mm,14*mm,17*mm,fill=1,stroke=0)
c.setFillColor(colors.black)
c.setFont('LSB',16); c.drawString(38*mm,H-22*mm,'COMUNE DI CEGLIE MESSAPICA')
c.setFont('LS',9.5); c.drawString(38*mm,H-27*mm,'Provincia di Brindisi')
c.setFont('LS',8); c.drawString(38*mm,H-31*mm,'Settore Affari Generali – Servizio Notifiche – Via Ottavio Vitale, 1 – 72013 Ceglie Messapica (BR)')
c.setLineWidth(1); c.line(20*mm,H-35*mm,190*mm,H-35*mm)
# protocol stamp rotated at right margin
c.saveState(); c.translate(199*mm,140*mm); c.rotate(90); c.setFont('LS',7); c.setFillColor(colors.HexColor('#333333'))
c.drawCentredString(0,0,'C_C424 - COMUNE DI CEGLIE MESSAPICA - REG. CRON. NOTIFICHE 89/2026 - 27/01/2026'); c.restoreState()
# register box
c.setFont('LS',9); c.rect(130*mm,H-50*mm,60*mm,11*mm)
c.drawString(132*mm,H-43.5*mm,'Registro cronologico n. 89/2026')
c.drawString(132*mm,H-48*mm,'Atto n. 2026/0131 – Pubbl. n. 214')
c.setFont('LSB',14); c.drawCentredString(W/2,H-64*mm,'AVVISO DI DEPOSITO NELLA CASA COMUNALE')
c.setFont('LS',10); c.drawCentredString(W/2,H-70*mm,"(art. 140 del Codice di Procedura Civile – art. 60 del D.P.R. 29 settembre 1973, n. 600)")
S=ParagraphStyle('b',fontName='LS',fontSize=10.5,leading=15,alignment=TA_JUSTIFY,spaceAfter=6)
SB=ParagraphStyle('c',parent=S,alignment=1,fontName='LSB')
story=[Paragraph("Il sottoscritto Messo Comunale, visti gli atti d'ufficio,",S),
Paragraph('RENDE NOTO',SB),
Paragraph("che in data <b>27/01/2026</b> è stato depositato presso la Casa Comunale – Ufficio Messi Notificatori, Via Ottavio Vitale n. 1 – il seguente atto, non potuto notificare al destinatario per irreperibilità relativa, non essendo stato possibile consegnarlo per temporanea assenza del destinatario e di persone abilitate a riceverlo:",S)]
f=Frame(20*mm,H-128*mm,170*mm,52*mm,showBoundary=0,leftPadding=0,rightPadding=0); f.addFromList(story,c)
# table of the act
y=H-134*mm
rows=[('Atto','Avviso di accertamento esecutivo IMU anno 2020'),('Ente emittente','Comune di Ceglie Messapica – Servizio Tributi'),('Numero atto','ACC-IMU/2020/00741'),('Destinatario','L. G. (dati completi presso l\'Ufficio)'),('Ultimo indirizzo noto','Contrada Montevicoli – Ceglie Messapica')]
c.setFont('LS',10)
for a,b in rows:
    c.rect(20*mm,y-2.5*mm,45*mm,7.5*mm); c.rect(65*mm,y-2.5*mm,125*mm,7.5*mm)
    c.setFont('LSB',9.5); c.drawString(22*mm,y,a); c.setFont('LS',9.5); c.drawString(67*mm,y,b); y-=7.5*mm
story=[Paragraph("Il destinatario può ritirare l'atto presso l'Ufficio Messi Notificatori nei giorni dal lunedì al venerdì, dalle ore 9:00 alle ore 12:00, e il martedì e giovedì anche dalle ore 16:00 alle ore 17:30, munito di documento di riconoscimento. Dell'avvenuto deposito è stata data notizia al destinatario mediante affissione dell'avviso in busta chiusa alla porta dell'abitazione e mediante raccomandata con avviso di ricevimento n. 61877042915-3.",S),
Paragraph("Il presente avviso è pubblicato all'Albo Pretorio on line del Comune per la durata di giorni 20 consecutivi.",S)]
f=Frame(20*mm,y-60*mm,170*mm,58*mm,showBoundary=0,leftPadding=0,rightPadding=0); f.addFromList(story,c)
c.setFont('LS',10.5); c.drawString(20*mm,y-72*mm,'Ceglie Messapica, 27/01/2026')
c.setFont('LSB',10.5); c.drawCentredString(150*mm,y-72*mm,'IL MESSO COMUNALE')
c.setFont('LS',10.5); c.drawCentredString(150*mm,y-78*mm,'Cosimo Ligorio')
c.setFont('LSI',7.5); c.drawCentredString(150*mm,y-82*mm,'Firma autografa sostituita a mezzo stampa ex art. 3 D.Lgs. 39/1993')
c.setFont('LS',7); c.setFillColor(colors.grey); c.drawString(20*mm,12*mm,'Saga S.p.A. – Modulo Notifiche – stampa del 27/01/2026 11:05'); c.drawRightString(190*mm,12*mm,'Pagina 1 di 1')
c.showPage(); c.save()
