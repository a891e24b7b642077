# Determinazione, Comune di Paliano - ReportLab canvas, label grid in the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame, KeepInFrame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
D='/usr/share/fonts/truetype/crosextra/'
pdfmetrics.registerFont(TTFont('Ca', D+'Carlito-Regular.ttf'))
pdfmetrics.registerFont(TTFont('CaB', D+'Carlito-Bold.ttf'))
pdfmetrics.registerFont(TTFont('CaI', D+'Carlito-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Ca',normal='Ca',bold='CaB',italic='CaI',boldItalic='CaB')
out=sys.argv[1]
W,H=A4
N=ParagraphStyle('n',fontName='Ca',fontSize=11,leading=14.5,alignment=TA_JUSTIFY,spaceAfter=6)
C=ParagraphStyle('c',parent=N,alignment=TA_CENTER,fontName='CaB')
PT=ParagraphStyle('pt',parent=N,leftIndent=18,firstLineIndent=-18)
SUBJ="Rimborso di somme versate e non dovute a titolo di IMU – anni d’imposta 2021-2024 – contribuenti vari. Liquidazione."
TOTAL=2
def furniture(c,p):
    c.setFont('CaB',15); c.drawCentredString(W/2,H-18*mm,'COMUNE DI PALIANO')
    c.setFont('Ca',10); c.drawCentredString(W/2,H-23*mm,'Provincia di Frosinone')
    c.setFont('Ca',8); c.drawCentredString(W/2,H-27*mm,'Piazza XVII Martiri, 1 – 03018 Paliano (FR) – C.F. 00278470607 – www.comune.paliano.fr.it')
    c.setLineWidth(1.2); c.line(18*mm,H-30*mm,W-18*mm,H-30*mm)
    c.setFont('Ca',8); c.drawString(18*mm,10*mm,'Determinazione Reg. Gen. n. 187 del 10/03/2026')
    c.drawRightString(W-18*mm,10*mm,'pag. %d / %d'%(p,TOTAL))
    c.setFont('CaI',7.5); c.drawCentredString(W/2,6*mm,'Atto sottoscritto con firma digitale ai sensi dell’art. 21 del D.Lgs. 82/2005 – l’originale informatico è conservato negli archivi del Comune')
c=canvas.Canvas(out,pagesize=A4); c.setTitle('DETERMINA 187 2026'); c.setAuthor('Settore II'); c.setCreator('Ufficio Tributi - modello determinazione')
furniture(c,1)
# label grid
x0=18*mm; y=H-36*mm; w=W-36*mm
c.setLineWidth(0.6)
rows=[('SETTORE','SETTORE II - ECONOMICO FINANZIARIO'),('SERVIZIO','Servizio Tributi')]
for lab,val in rows:
    c.rect(x0,y-7*mm,w,7*mm); c.line(x0+32*mm,y,x0+32*mm,y-7*mm)
    c.setFont('Ca',8); c.drawString(x0+2*mm,y-4.6*mm,lab); c.setFont('CaB',10.5); c.drawString(x0+34*mm,y-4.8*mm,val); y-=7*mm
cw=w/4
labs=[('REGISTRO GENERALE','N. 187'),('DATA','10/03/2026'),('REGISTRO DI SETTORE','N. 22'),('DATA','09/03/2026')]
for i,(lab,val) in enumerate(labs):
    c.rect(x0+i*cw,y-11*mm,cw,11*mm); c.setFont('Ca',7.5); c.drawCentredString(x0+i*cw+cw/2,y-3.8*mm,lab)
    c.setFont('CaB',11); c.drawCentredString(x0+i*cw+cw/2,y-9*mm,val)
y-=19*mm
c.setFont('CaB',13); c.drawCentredString(W/2,y,'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE'); y-=6*mm
# subject title block
st=ParagraphStyle('s',parent=N,fontName='CaB',fontSize=11.5,leading=15,alignment=TA_CENTER)
p=Paragraph(SUBJ,st); pw,ph=p.wrap(w-10*mm,100*mm)
c.setFillGray(0.92); c.rect(x0,y-ph-6*mm,w,ph+6*mm,fill=1,stroke=1); c.setFillGray(0)
p.drawOn(c,x0+5*mm,y-ph-3*mm); y-=ph+12*mm
body1=["<b>IL RESPONSABILE DEL SETTORE II</b>",
"<b>Visto</b> il decreto sindacale n. 2 del 08/01/2026 di conferimento dell’incarico di Elevata Qualificazione per il Settore II – Economico Finanziario;",
"<b>Vista</b> la deliberazione del Consiglio Comunale n. 5 del 27/02/2026, esecutiva, di approvazione del bilancio di previsione finanziario 2026/2028;",
"<b>Viste</b> le istanze di rimborso presentate dai contribuenti indicati nell’elenco allegato, conservato agli atti d’ufficio in forma non pubblicabile ai sensi del Regolamento (UE) 2016/679, relative a versamenti IMU eseguiti in eccedenza o non dovuti per gli anni d’imposta dal 2021 al 2024;",
"<b>Accertato</b>, a seguito dell’istruttoria dell’Ufficio Tributi, che le somme da rimborsare ammontano complessivamente a € 6.842,37, comprensive degli interessi calcolati al tasso legale ai sensi dell’art. 1, comma 165, della Legge 296/2006;",
"<b>Visto</b> il vigente Regolamento comunale per la disciplina dell’IMU;"]
f=Frame(x0,20*mm,w,y-20*mm,showBoundary=0,leftPadding=0,rightPadding=0)
f.addFromList([Paragraph(t,N if i else C) for i,t in enumerate(body1)],c)
c.showPage()
furniture(c,2)
body2=[Paragraph('DETERMINA',C)]
for i,t in enumerate(["di approvare le risultanze dell’istruttoria dell’Ufficio Tributi e di rimborsare ai contribuenti di cui all’elenco agli atti la somma complessiva di € 6.842,37;",
"di imputare la spesa al capitolo 1045 “Rimborsi tributi comunali” del bilancio 2026/2028, esercizio 2026, impegno n. 233/2026;",
"di liquidare le somme mediante bonifico sulle coordinate bancarie indicate dai contribuenti nelle rispettive istanze;",
"di dare atto che il presente provvedimento è esecutivo con l’apposizione del visto di regolarità contabile attestante la copertura finanziaria."],1):
    body2.append(Paragraph('%d)&nbsp;&nbsp;%s'%(i,t),PT))
body2.append(Paragraph('Paliano, 10/03/2026',N))
body2.append(Paragraph('Il Responsabile del Settore II<br/>Dott.ssa Federica Tomassi<br/><i>(firmato digitalmente)</i>',ParagraphStyle('r',parent=N,alignment=TA_CENTER,leftIndent=90*mm)))
f=Frame(x0,120*mm,w,H-36*mm-120*mm,showBoundary=0,leftPadding=0,rightPadding=0); f.addFromList(body2,c)
c.setLineWidth(0.6); c.rect(x0,62*mm,w,48*mm)
c.setFont('CaB',10); c.drawString(x0+3*mm,104*mm,'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA')
c.setFont('Ca',10)
for i,t in enumerate(['(art. 147-bis e art. 183, comma 7, del D.Lgs. 267/2000)','Esercizio 2026   Capitolo 1045   Impegno n. 233   Importo € 6.842,37','Paliano, 10/03/2026','Il Responsabile del Servizio Finanziario – Dott.ssa Federica Tomassi']):
    c.drawString(x0+3*mm,97*mm-i*8*mm,t)
c.rect(x0,30*mm,w,24*mm)
c.setFont('CaB',10); c.drawString(x0+3*mm,48*mm,'PUBBLICAZIONE ALL’ALBO PRETORIO')
c.setFont('Ca',10); c.drawString(x0+3*mm,41*mm,'Pubblicata dal 17/03/2026 al 01/04/2026 – N. 319 del Registro delle pubblicazioni.')
c.drawString(x0+3*mm,34*mm,'Il Responsabile della pubblicazione: Sig. Marco Ceccacci')
c.showPage(); c.save()
