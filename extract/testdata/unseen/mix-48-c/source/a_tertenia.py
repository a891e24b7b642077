# Giunta deliberation, Comune di Tertenia - ReportLab platypus ("reportlab" layout)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F+'LiberationSans-Italic.ttf'))
out=sys.argv[1]
n=ParagraphStyle('n',fontName='LS',fontSize=10,leading=13.5,alignment=4)
b=ParagraphStyle('b',parent=n,fontName='LSB')
c=ParagraphStyle('c',parent=n,alignment=1)
cb=ParagraphStyle('cb',parent=b,alignment=1,fontSize=12,leading=15)
def P(t,s=n): return Paragraph(t,s)
def page(cv,doc):
    cv.saveState()
    cv.setFont('LSB',14); cv.drawCentredString(A4[0]/2,A4[1]-22*mm,'COMUNE DI TERTENIA')
    cv.setFont('LS',9); cv.drawCentredString(A4[0]/2,A4[1]-27*mm,'Provincia di Nuoro')
    cv.drawCentredString(A4[0]/2,A4[1]-31*mm,'Via Roma n. 173 - 08047 Tertenia (NU) - C.F. 82000330918')
    cv.line(20*mm,A4[1]-34*mm,A4[0]-20*mm,A4[1]-34*mm)
    cv.setFont('LSI',7.5)
    cv.drawString(20*mm,12*mm,'Deliberazione della Giunta Comunale n. 41 del 12/03/2026')
    cv.drawRightString(A4[0]-20*mm,12*mm,'Pag. %d' % doc.page)
    cv.restoreState()
doc=SimpleDocTemplate(out,pagesize=A4,leftMargin=20*mm,rightMargin=20*mm,topMargin=40*mm,bottomMargin=20*mm,
    title='Deliberazione GC 41/2026',author='Comune di Tertenia')
s=[]
s.append(P('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE',cb))
s.append(P('COPIA',c)); s.append(Spacer(1,4))
box=Table([[P('<b>N. 41</b>',c),P('<b>OGGETTO:</b> APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE "PRO LOCO TERTENIA" PER LA GESTIONE DEL SERVIZIO DI INFORMAZIONE E ACCOGLIENZA TURISTICA - ANNUALITÀ 2026.')],
           [P('del 12/03/2026',c),'']],colWidths=[32*mm,138*mm])
box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('LINEAFTER',(0,0),(0,-1),0.8,colors.black),
    ('SPAN',(1,0),(1,1)),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
s.append(box); s.append(Spacer(1,8))
s.append(P('L\'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b>, alle ore <b>12:30</b>, nella sala delle adunanze della Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:'))
s.append(Spacer(1,6))
rows=[['','Cognome e Nome','Carica','Presente','Assente'],
 ['1','LAI GIOVANNI BATTISTA','Sindaco','X',''],
 ['2','MURGIA ELISABETTA','Vice Sindaco','X',''],
 ['3','PIRAS SALVATORE','Assessore','','X'],
 ['4','USAI MARTINA','Assessore','X',''],
 ['5','CONGIU EFISIO','Assessore','X',''],
 ['','','Totale','4','1']]
t=Table(rows,colWidths=[10*mm,70*mm,40*mm,22*mm,22*mm])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9.5),('FONT',(0,0),(-1,0),'LSB',9.5),('GRID',(0,0),(-1,-2),0.5,colors.grey),
  ('ALIGN',(3,0),(-1,-1),'CENTER'),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e6e6e6')),('FONT',(2,-1),(-1,-1),'LSB',9.5)]))
s.append(t); s.append(Spacer(1,6))
s.append(P('Assiste il Segretario Comunale <b>Dott.ssa Roberta Cadeddu</b>, la quale provvede alla redazione del presente verbale.'))
s.append(P('Il <b>Sindaco Giovanni Battista Lai</b>, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la seduta per la trattazione dell\'oggetto sopra indicato.'))
s.append(Spacer(1,8)); s.append(P('LA GIUNTA COMUNALE',cb)); s.append(Spacer(1,4))
for t_ in ['<b>PREMESSO</b> che il Comune di Tertenia intende garantire, anche per l\'anno 2026, l\'apertura al pubblico dell\'Ufficio di informazione e accoglienza turistica sito in località Sarrala, nel periodo compreso tra il 1° aprile e il 31 ottobre;',
 '<b>CONSIDERATO</b> che l\'Associazione "Pro Loco Tertenia", iscritta all\'Albo regionale delle Pro Loco, ha manifestato la propria disponibilità alla gestione del servizio con nota acquisita al prot. n. 2214 del 25/02/2026;',
 '<b>VISTA</b> la deliberazione del Consiglio Comunale n. 9 del 27/02/2026, di approvazione del bilancio di previsione finanziario 2026/2028;',
 '<b>VISTO</b> lo schema di convenzione predisposto dal Servizio Amministrativo e ritenuto lo stesso meritevole di approvazione;',
 '<b>ACQUISITI</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del D.Lgs. n. 267/2000;',
 '<b>CON VOTI</b> unanimi e favorevoli espressi nelle forme di legge;']:
    s.append(P(t_)); s.append(Spacer(1,3))
s.append(Spacer(1,4)); s.append(P('DELIBERA',cb)); s.append(Spacer(1,4))
pts=['di approvare lo schema di convenzione con l\'Associazione "Pro Loco Tertenia" per la gestione del servizio di informazione e accoglienza turistica per l\'annualità 2026, allegato al presente atto per farne parte integrante e sostanziale;',
 'di quantificare in € 6.500,00 il contributo forfettario a copertura delle spese di gestione, da imputarsi alla Missione 7, Programma 1, Capitolo 7120 del bilancio 2026;',
 'di demandare al Responsabile del Servizio Amministrativo l\'adozione degli atti gestionali conseguenti, ivi compresa la sottoscrizione della convenzione;',
 'di dare atto che il presente provvedimento sarà pubblicato all\'Albo Pretorio on line per quindici giorni consecutivi.']
for i,p in enumerate(pts,1):
    s.append(Table([[P('%d.'%i),P(p)]],colWidths=[8*mm,162*mm],style=[('VALIGN',(0,0),(-1,-1),'TOP'),('LEFTPADDING',(0,0),(-1,-1),0)]))
s.append(Spacer(1,6))
s.append(P('Successivamente, con separata e unanime votazione, la presente deliberazione viene dichiarata <b>immediatamente eseguibile</b> ai sensi dell\'art. 134, comma 4, del D.Lgs. n. 267/2000.'))
s.append(Spacer(1,14))
sig=Table([[P('<b>IL PRESIDENTE</b>',c),P('<b>IL SEGRETARIO COMUNALE</b>',c)],[P('F.to Giovanni Battista Lai',c),P('F.to Dott.ssa Roberta Cadeddu',c)]],colWidths=[85*mm,85*mm])
s.append(sig); s.append(Spacer(1,14))
cert=Table([[P('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione è pubblicata all\'Albo Pretorio on line del Comune dal 13/03/2026 per quindici giorni consecutivi (reg. pubbl. n. 318).<br/>Tertenia, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; Il Segretario Comunale F.to Dott.ssa Roberta Cadeddu')]],colWidths=[170*mm])
cert.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black)]))
s.append(cert)
doc.build(s,onFirstPage=page,onLaterPages=page)
