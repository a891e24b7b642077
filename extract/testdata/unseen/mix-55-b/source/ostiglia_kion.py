# Giunta deliberation, Comune di Ostiglia - imitates a Kion "atti" print (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D='/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', D+'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', D+'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', D+'LiberationSans-Italic.ttf'))
out=sys.argv[1]
N=ParagraphStyle('n',fontName='LS',fontSize=10,leading=13.5,alignment=TA_JUSTIFY,spaceAfter=5)
B=ParagraphStyle('b',parent=N,fontName='LSB')
C=ParagraphStyle('c',parent=N,alignment=TA_CENTER)
CB=ParagraphStyle('cb',parent=C,fontName='LSB',fontSize=11.5)
PT=ParagraphStyle('pt',parent=N,leftIndent=16,firstLineIndent=-16)
SUBJ="APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA “G. MAZZINI” - CUP F37H26000150004"
def page(c,doc):
    c.saveState()
    c.setFont('LSB',13); c.drawString(38*mm,285*mm,'COMUNE DI OSTIGLIA')
    c.setFont('LS',9); c.drawString(38*mm,280.5*mm,'Provincia di Mantova')
    c.drawString(38*mm,276.5*mm,'Via Viterbi, 60 - 46035 Ostiglia (MN) - C.F. 00271360201')
    c.setStrokeColor(colors.grey); c.circle(24*mm,281*mm,8*mm); c.setFont('LS',5.5); c.drawCentredString(24*mm,280*mm,'stemma')
    c.setFont('LSB',9); c.drawRightString(190*mm,285*mm,'COPIA')
    c.setFont('LS',8); c.drawRightString(190*mm,280.5*mm,'Codice ente 20038')
    c.line(15*mm,272*mm,195*mm,272*mm)
    c.line(15*mm,16*mm,195*mm,16*mm)
    c.setFont('LS',7.5)
    c.drawString(15*mm,12*mm,'Deliberazione della Giunta Comunale n. 38 del 12/03/2026')
    c.drawRightString(195*mm,12*mm,'Pagina %d di 2' % doc.page)
    c.setFont('LSI',7); c.drawCentredString(105*mm,8*mm,'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.restoreState()
doc=BaseDocTemplate(out,pagesize=A4,leftMargin=18*mm,rightMargin=18*mm,topMargin=30*mm,bottomMargin=22*mm,
    title='Delibera di Giunta n. 38/2026',author='Comune di Ostiglia',creator='Kion Atti Amministrativi - stampa verbale')
doc.addPageTemplates([PageTemplate('p',[Frame(18*mm,22*mm,174*mm,246*mm,id='f')],onPage=page)])
s=[]
s.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE',CB))
reg=Table([[Paragraph('<b>N. 38</b>',C),Paragraph('<b>Data 12/03/2026</b>',C),Paragraph('Proposta n. 45 del 06/03/2026<br/>Area Tecnica - Lavori Pubblici',C)]],colWidths=[40*mm,50*mm,84*mm])
reg.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
s+= [Spacer(1,4),reg,Spacer(1,8)]
ot=Table([[Paragraph('<b>OGGETTO:</b>',N),Paragraph('<b>'+SUBJ+'</b>',N)]],colWidths=[25*mm,149*mm])
ot.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.5,colors.black)]))
s+=[ot,Spacer(1,8)]
s.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>17:45</b> nella Sala delle adunanze del Palazzo Municipale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.",N))
s.append(Paragraph("All'appello risultano:",N))
rows=[['Cognome e Nome','Carica','Presente','Assente'],
 ['BERTOLINI VALENTINA','Sindaco','X',''],
 ['GHIDONI PAOLO','Vice Sindaco','X',''],
 ['MANTOVANI ELISA','Assessore','X',''],
 ['FERRARI ROBERTO','Assessore','','X'],
 ['SACCHI GIULIA','Assessore','X',''],
 ['','Totale','4','1']]
t=Table(rows,colWidths=[70*mm,45*mm,25*mm,25*mm])
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LS',9.5),('FONT',(0,0),(-1,0),'LSB',9.5),('FONT',(0,-1),(-1,-1),'LSB',9.5),
 ('GRID',(0,0),(-1,-2),0.5,colors.black),('BOX',(1,-1),(-1,-1),0.5,colors.black),('INNERGRID',(1,-1),(-1,-1),0.5,colors.black),
 ('ALIGN',(2,0),(-1,-1),'CENTER'),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#e6e6e6'))]))
s+=[t,Spacer(1,8)]
s.append(Paragraph("Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Chiara Lodigiani</b>, il quale provvede alla redazione del presente verbale.",N))
s.append(Paragraph("Essendo legale il numero degli intervenuti, il Sindaco <b>Avv. Valentina Bertolini</b> assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",N))
s.append(Spacer(1,6)); s.append(Paragraph('LA GIUNTA COMUNALE',CB)); s.append(Spacer(1,4))
for p in ["<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 9 del 27/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 comprensivo del programma triennale dei lavori pubblici, nel quale è inserito l'intervento di riqualificazione energetica della scuola primaria “G. Mazzini” di via Roma;",
"<b>Richiamato</b> il decreto del Ministero dell'Interno con il quale sono stati assegnati ai Comuni contributi per investimenti destinati a opere pubbliche in materia di efficientamento energetico, e rilevato che al Comune di Ostiglia è stato attribuito un contributo di € 250.000,00;",
"<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall'Ing. Marco Zanardi, con studio in Revere, trasmesso con nota acquisita al protocollo n. 3411 del 03/03/2026, dell'importo complessivo di € 412.000,00, di cui € 318.500,00 per lavori a base d'asta e oneri della sicurezza e € 93.500,00 per somme a disposizione dell'Amministrazione;",
"<b>Visto</b> il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
"<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili delle Aree competenti, allegati al presente atto;",
"<b>Con voti unanimi favorevoli</b>, espressi nelle forme di legge;"]:
    s.append(Paragraph(p,N))
s.append(Spacer(1,4)); s.append(Paragraph('DELIBERA',CB)); s.append(Spacer(1,4))
for i,p in enumerate(["di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica per la riqualificazione energetica della scuola primaria “G. Mazzini”, dell'importo complessivo di € 412.000,00, secondo il quadro economico riportato negli elaborati progettuali;",
"di dare atto che la spesa trova copertura per € 250.000,00 con il contributo ministeriale e per € 162.000,00 con avanzo di amministrazione destinato agli investimenti, al capitolo 20410/3 del bilancio di previsione 2026/2028;",
"di nominare Responsabile Unico del Progetto il Geom. Stefano Righi, Responsabile dell'Area Tecnica - Lavori Pubblici;",
"di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso l'affidamento della progettazione esecutiva."],1):
    s.append(Paragraph('%d.&nbsp;&nbsp;%s'%(i,p),PT))
s.append(Paragraph("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente deliberazione <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di rispettare i termini di aggiudicazione fissati dal decreto di finanziamento.",N))
s.append(Spacer(1,10))
s.append(Paragraph('Letto, confermato e sottoscritto.',N))
sig=Table([['IL SINDACO','IL SEGRETARIO COMUNALE'],['Avv. Valentina Bertolini','Dott.ssa Chiara Lodigiani'],['(firmato digitalmente)','(firmato digitalmente)']],colWidths=[87*mm,87*mm])
sig.setStyle(TableStyle([('FONT',(0,0),(-1,0),'LSB',10),('FONT',(0,1),(-1,-1),'LS',10),('ALIGN',(0,0),(-1,-1),'CENTER')]))
s.append(sig)
s.append(Spacer(1,14))
s.append(Paragraph('PARERI ESPRESSI AI SENSI DELL’ART. 49 DEL D.LGS. 267/2000',CB))
pt=Table([[Paragraph('<b>Regolarità tecnica</b><br/>Parere: FAVOREVOLE<br/>Data 06/03/2026<br/>Il Responsabile dell’Area Tecnica<br/>Geom. Stefano Righi',N),
           Paragraph('<b>Regolarità contabile</b><br/>Parere: FAVOREVOLE<br/>Data 09/03/2026<br/>Il Responsabile dell’Area Finanziaria<br/>Rag. Laura Cavicchioli',N)]],colWidths=[87*mm,87*mm])
pt.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.black),('INNERGRID',(0,0),(-1,-1),0.5,colors.black),('VALIGN',(0,0),(-1,-1),'TOP')]))
s.append(pt)
s.append(Spacer(1,14))
s.append(Paragraph('CERTIFICATO DI PUBBLICAZIONE',CB))
s.append(Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per 15 giorni consecutivi dal 18/03/2026 al 02/04/2026 ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.",N))
s.append(Paragraph('Ostiglia, 18/03/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE - Dott.ssa Chiara Lodigiani',N))
doc.build(s)
