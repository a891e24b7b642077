# Deliberazione di Giunta, Comune di Cartigliano - layout after a Servoy-based atti package (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS',L+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB',L+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI',L+'LiberationSans-Italic.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS',0,0,'LS');addMapping('LS',1,0,'LSB');addMapping('LS',0,1,'LSI');addMapping('LS',1,1,'LSB')
out=sys.argv[1]
N=ParagraphStyle('n',fontName='LS',fontSize=9.5,leading=12.5,alignment=4,spaceAfter=5)
C=ParagraphStyle('c',parent=N,alignment=1)
B=ParagraphStyle('b',parent=N,fontName='LSB')
T=ParagraphStyle('t',parent=C,fontName='LSB',fontSize=12,leading=15)
S=ParagraphStyle('s',parent=N,fontSize=8,leading=10)
P=ParagraphStyle('p',parent=N,leftIndent=8*mm,firstLineIndent=-6*mm)
def head(c,d):
    c.saveState()
    c.setFont('LSB',13);c.drawString(20*mm,282*mm,'COMUNE DI CARTIGLIANO')
    c.setFont('LS',8.5);c.drawString(20*mm,277.5*mm,'Provincia di Vicenza - Piazza della Concordia, 1 - 36050 Cartigliano (VI)')
    c.drawString(20*mm,273.5*mm,'C.F. 82002150241 - P.IVA 01263900240 - PEC: cartigliano.vi@cert.ip-veneto.net')
    c.setStrokeColor(colors.HexColor('#1f4e79'));c.setLineWidth(1.2);c.line(20*mm,271*mm,190*mm,271*mm)
    c.setFont('LS',7.5);c.setFillColor(colors.HexColor('#555555'))
    c.drawRightString(190*mm,282*mm,'DELIBERAZIONE DI GIUNTA COMUNALE')
    c.drawRightString(190*mm,278*mm,'ORIGINALE')
    c.line(20*mm,15*mm,190*mm,15*mm)
    c.drawString(20*mm,11*mm,'Deliberazione di Giunta Comunale n. 42 del 14/04/2026')
    c.drawRightString(190*mm,11*mm,'Pag. %d'%c.getPageNumber())
    c.drawCentredString(105*mm,7*mm,'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.')
    c.restoreState()
doc=SimpleDocTemplate(out,pagesize=A4,leftMargin=20*mm,rightMargin=20*mm,topMargin=32*mm,bottomMargin=22*mm,
    title='Delibera GC 42/2026',author='Comune di Cartigliano',creator='Servoy - modulo Atti Amministrativi')
st=[]
box=Table([['Numero','Data','Codice Ente','Proposta n.'],['42','14/04/2026','024024','51 del 09/04/2026']],colWidths=[30*mm,35*mm,35*mm,45*mm])
box.setStyle(TableStyle([('FONT',(0,0),(-1,0),'LS',7.5),('FONT',(0,1),(-1,1),'LSB',11),('GRID',(0,0),(-1,-1),0.6,colors.black),
    ('BACKGROUND',(0,0),(-1,0),colors.HexColor('#dde6f0')),('ALIGN',(0,0),(-1,-1),'CENTER')]))
st+=[Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE',T),Spacer(1,3*mm),box,Spacer(1,4*mm)]
subj='APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DI VIA ROMA E VIA SAN GIUSEPPE - CUP E31B26000140004.'
ot=Table([[Paragraph('<b>OGGETTO:</b>',N),Paragraph('<b>'+subj+'</b>',N)]],colWidths=[25*mm,145*mm])
ot.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('BOX',(0,0),(-1,-1),0.6,colors.black),('TOPPADDING',(0,0),(-1,-1),5)]))
st+=[ot,Spacer(1,4*mm)]
st.append(Paragraph("L'anno <b>duemilaventisei</b> il giorno <b>quattordici</b> del mese di <b>aprile</b> alle ore <b>18:30</b>, nella sala delle adunanze della Sede Municipale, si è riunita la Giunta Comunale, convocata nelle forme di legge. Eseguito l'appello risultano:",N))
rows=[['N.','Cognome e Nome','Carica','Presente','Assente'],
 ['1','PEGORARO MATTEO','Sindaco','X',''],
 ['2','BORDIGNON ELENA','Vicesindaco','X',''],
 ['3','ZONTA FRANCESCO','Assessore','X',''],
 ['4','FABRIS LUCIA','Assessore','','X'],
 ['5','BATTISTELLA DAVIDE','Assessore','X',''],
 ['','','Totale','4','1']]
rt=Table(rows,colWidths=[10*mm,62*mm,40*mm,22*mm,22*mm])
rt.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9),('FONT',(0,0),(-1,0),'LSB',9),('FONT',(0,-1),(-1,-1),'LSB',9),
  ('GRID',(0,0),(-1,-2),0.4,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#eeeeee')),('ALIGN',(3,0),(4,-1),'CENTER'),('ALIGN',(0,0),(0,-1),'CENTER')]))
st+=[rt,Spacer(1,3*mm)]
st.append(Paragraph("Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Chiara Dal Molin</b>, la quale provvede alla redazione del presente verbale.",N))
st.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Sig. Matteo Pegoraro</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",N))
st.append(Spacer(1,2*mm))
st.append(Paragraph('LA GIUNTA COMUNALE',T))
for t in ["PREMESSO che con deliberazione di Consiglio Comunale n. 9 del 26/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 e che nel programma triennale dei lavori pubblici 2026/2028, annualità 2026, è inserito l'intervento di messa in sicurezza di Via Roma e Via San Giuseppe per un importo complessivo di € 385.000,00;",
 "RICHIAMATA la determinazione del Responsabile dell'Area Tecnica n. 17 del 29/01/2026 con la quale è stato affidato all'ing. Nicola Scremin di Bassano del Grappa l'incarico di redazione del progetto di fattibilità tecnico-economica;",
 "VISTO il progetto di fattibilità tecnico-economica, acquisito al protocollo comunale n. 3318 del 03/04/2026, composto dagli elaborati elencati nell'allegato A e recante il seguente quadro economico: lavori a base d'asta € 268.500,00, oneri per la sicurezza € 8.500,00, somme a disposizione dell'Amministrazione € 108.000,00;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, riportati in calce;",
 "CON VOTI unanimi favorevoli espressi nelle forme di legge;"]:
    st.append(Paragraph(t,N))
st.append(Paragraph('DELIBERA',T))
for i,t in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza di Via Roma e Via San Giuseppe, redatto dall'ing. Nicola Scremin, dell'importo complessivo di € 385.000,00, secondo il quadro economico riportato in premessa;",
 "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 20815 del bilancio di previsione 2026/2028, annualità 2026, finanziato con contributo regionale e avanzo di amministrazione;",
 "di nominare Responsabile Unico del Progetto il geom. Alberto Tonietto, Responsabile dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti, compreso l'avvio della progettazione esecutiva."],1):
    st.append(Paragraph('%d. %s'%(i,t),P))
st.append(Paragraph("Successivamente, con separata ed unanime votazione favorevole, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di rispettare i termini del bando regionale.",N))
st.append(Spacer(1,4*mm))
par=Table([[Paragraph('<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere FAVOREVOLE.<br/>Cartigliano, 09/04/2026<br/>Il Responsabile dell\'Area Tecnica<br/>geom. Alberto Tonietto',S),
            Paragraph('<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere FAVOREVOLE.<br/>Cartigliano, 10/04/2026<br/>Il Responsabile dell\'Area Finanziaria<br/>dott. Michele Baggio',S)]],colWidths=[85*mm,85*mm])
par.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.grey),('INNERGRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP')]))
st+=[par,Spacer(1,5*mm)]
st.append(Paragraph('Letto, confermato e sottoscritto.',N))
sg=Table([['IL SINDACO','IL SEGRETARIO COMUNALE'],['Matteo Pegoraro','Dott.ssa Chiara Dal Molin'],['(firmato digitalmente)','(firmato digitalmente)']],colWidths=[85*mm,85*mm])
sg.setStyle(TableStyle([('FONT',(0,0),(-1,0),'LSB',9),('FONT',(0,1),(-1,-1),'LS',9),('ALIGN',(0,0),(-1,-1),'CENTER')]))
st.append(KeepTogether([sg]))
doc.build(st,onFirstPage=head,onLaterPages=head)
