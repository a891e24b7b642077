# Comune di Bolano - Giunta - "elixforms" look (boxed modules), ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', F+'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', F+'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', F+'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', F+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F+'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSerif',0,0,'LSerif'); addMapping('LSerif',1,0,'LSerif-B'); addMapping('LSerif',0,1,'LSerif-I'); addMapping('LSerif',1,1,'LSerif-B')
out=sys.argv[1]
N=ParagraphStyle('n',fontName='LSerif',fontSize=11,leading=14.5,alignment=4)
C=ParagraphStyle('c',parent=N,alignment=1)
B=ParagraphStyle('b',parent=N,fontName='LSerif-B')
P=ParagraphStyle('p',parent=N,leftIndent=18,firstLineIndent=-18,spaceAfter=4)
S=ParagraphStyle('s',fontName='LSans',fontSize=8,leading=10)
def page(c,doc):
    c.saveState()
    w,h=A4
    c.setFont('LSans-B',15); c.drawCentredString(w/2,h-22*mm,'COMUNE DI BOLANO')
    c.setFont('LSans',9.5); c.drawCentredString(w/2,h-27*mm,'Provincia della Spezia')
    c.drawCentredString(w/2,h-31*mm,'Piazza della Vittoria, 1 - 19020 Bolano (SP) - C.F. 00229180118')
    c.setLineWidth(0.8); c.line(20*mm,h-34*mm,w-20*mm,h-34*mm)
    c.setFont('LSans',7.5)
    c.drawString(20*mm,14*mm,'Delibera di Giunta Comunale n. 27 del 12/03/2026')
    c.drawRightString(w-20*mm,14*mm,'Pag. %d' % doc.page)
    c.drawCentredString(w/2,9*mm,'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.restoreState()
doc=BaseDocTemplate(out,pagesize=A4,leftMargin=20*mm,rightMargin=20*mm,topMargin=40*mm,bottomMargin=22*mm,
    title='Delibera GC 27/2026',author='Comune di Bolano',creator='ElixForms - Modulistica Atti',producer='ReportLab PDF Library')
doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm,22*mm,A4[0]-40*mm,A4[1]-62*mm,id='f')],onPage=page)])
st=[]
hdr=Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE</b>',ParagraphStyle('x',fontName='LSans-B',fontSize=12,leading=15,alignment=1)),
            Paragraph('<b>N. 27</b><br/>del 12/03/2026',ParagraphStyle('y',fontName='LSans',fontSize=11,leading=15,alignment=1))],
           ],colWidths=[120*mm,50*mm])
hdr.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'MIDDLE'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
st+=[hdr,Spacer(1,8)]
subj='APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO IN VIA DEI CASTAGNI – LOCALITÀ CEPARANA. CUP E47H25001980004.'
ot=Table([[Paragraph('<b>OGGETTO:</b>',N),Paragraph('<b>'+subj+'</b>',N)]],colWidths=[28*mm,142*mm])
ot.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.6,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
st+=[ot,Spacer(1,10)]
st.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b>, alle ore <b>17:30</b>, nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale nelle persone dei Signori:",N))
st.append(Spacer(1,6))
rows=[['N.','Cognome e Nome','Carica','Presente','Assente'],
['1','BERTONI ALESSIO','Sindaco','X',''],
['2','CARDELLI MONICA','Vice Sindaco','X',''],
['3','FRANCHINI DAVIDE','Assessore','X',''],
['4','LAZZONI ELENA','Assessore','','X'],
['5','PIAGGI ROBERTO','Assessore','X',''],
['','','Totale','4','1']]
t=Table(rows,colWidths=[10*mm,62*mm,40*mm,24*mm,24*mm])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSans',10),('FONT',(0,0),(-1,0),'LSans-B',10),('GRID',(0,0),(-1,-2),0.5,colors.black),('BOX',(2,-1),(-1,-1),0.5,colors.black),('INNERGRID',(2,-1),(-1,-1),0.5,colors.black),('ALIGN',(3,0),(-1,-1),'CENTER'),('ALIGN',(0,0),(0,-1),'CENTER'),('BACKGROUND',(0,0),(-1,0),colors.Color(.88,.88,.88)),('FONT',(2,-1),(-1,-1),'LSans-B',10)]))
st+=[t,Spacer(1,8)]
st.append(Paragraph("Partecipa alla seduta con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, D.Lgs. 267/2000) il <b>Segretario Comunale Dott.ssa Chiara Moscatelli</b>.",N))
st.append(Spacer(1,4))
st.append(Paragraph("Assume la presidenza il <b>Sindaco Alessio Bertoni</b> il quale, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a deliberare sull'oggetto sopra indicato.",N))
st.append(Spacer(1,10))
st.append(Paragraph('LA GIUNTA COMUNALE',ParagraphStyle('h',parent=B,alignment=1)))
st.append(Spacer(1,6))
for p in ["PREMESSO che il muro di sostegno a valle di Via dei Castagni, in località Ceparana, presenta fenomeni di dissesto e spanciamento segnalati dal Servizio Tecnico con relazione prot. n. 2114 del 24/02/2026;",
"VISTO il progetto di fattibilità tecnico-economica redatto dall'Ing. Paolo Vannucci, incaricato con determinazione del Responsabile dell'Area Tecnica n. 19 del 30/01/2026, dell'importo complessivo di € 148.500,00, di cui € 112.300,00 per lavori comprensivi degli oneri per la sicurezza;",
"DATO ATTO che l'intervento è inserito nel programma triennale dei lavori pubblici 2026/2028 e trova copertura al capitolo 20810/4 del bilancio di previsione 2026/2028, finanziato con contributo regionale;",
"VISTI il D.Lgs. 31 marzo 2023, n. 36 e il D.Lgs. 18 agosto 2000, n. 267;",
"ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000, allegati al presente atto;",
"Con voti unanimi favorevoli, espressi nelle forme di legge;"]:
    st.append(Paragraph(p,N)); st.append(Spacer(1,4))
st.append(Paragraph('D E L I B E R A',ParagraphStyle('h2',parent=B,alignment=1,spaceBefore=6,spaceAfter=6)))
for i,p in enumerate(["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del muro di sostegno in Via dei Castagni – località Ceparana, dell'importo complessivo di € 148.500,00, secondo il quadro economico riportato in premessa;",
"di dare atto che il Responsabile Unico del Progetto è il Geom. Marco Tognoni, Responsabile dell'Area Tecnica;",
"di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva;",
"di trasmettere copia della presente alla Regione Liguria ai fini della rendicontazione del contributo concesso."],1):
    st.append(Paragraph('%d.&nbsp;&nbsp;%s'%(i,p),P))
st.append(Spacer(1,6))
st.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di procedere con la richiesta di anticipazione del contributo.",N))
st.append(Spacer(1,12))
sig=Table([[Paragraph('<b>IL SINDACO</b><br/>Alessio Bertoni',C),Paragraph('<b>IL SEGRETARIO COMUNALE</b><br/>Dott.ssa Chiara Moscatelli',C)],
           [Paragraph('<i>(firmato digitalmente)</i>',C),Paragraph('<i>(firmato digitalmente)</i>',C)]],colWidths=[85*mm,85*mm])
st.append(KeepTogether([sig]))
st.append(Spacer(1,14))
pub=Table([[Paragraph('<b>PARERI AI SENSI DELL\'ART. 49 D.LGS. 267/2000</b>',S)],
[Paragraph('Regolarità tecnica: FAVOREVOLE – Il Responsabile dell\'Area Tecnica, Geom. Marco Tognoni, 10/03/2026',S)],
[Paragraph('Regolarità contabile: FAVOREVOLE – Il Responsabile dell\'Area Finanziaria, Rag. Sabrina Ghelfi, 11/03/2026',S)]],colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.black),('BACKGROUND',(0,0),(-1,0),colors.Color(.9,.9,.9))]))
st.append(pub)
doc.build(st)
