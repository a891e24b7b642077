import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV',F+'DejaVuSansCondensed.ttf')); pdfmetrics.registerFont(TTFont('DVB',F+'DejaVuSansCondensed-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI',F+'DejaVuSans.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV',0,0,'DV'); addMapping('DV',1,0,'DVB'); addMapping('DV',0,1,'DV'); addMapping('DV',1,1,'DVB')
N=ParagraphStyle('n',fontName='DV',fontSize=9.5,leading=12.5,alignment=TA_JUSTIFY,spaceAfter=4)
C=ParagraphStyle('c',parent=N,alignment=TA_CENTER,fontName='DVB')
R=ParagraphStyle('r',parent=N,alignment=TA_RIGHT)
S=ParagraphStyle('s',parent=N,fontSize=8,leading=10)
def page(c,doc):
    c.saveState()
    c.setFont('DVB',14); c.drawString(38*mm,280*mm,'COMUNE DI CERVIA')
    c.setFont('DV',8.5); c.drawString(38*mm,275.5*mm,'Provincia di Ravenna')
    c.setFillColor(colors.HexColor('#1f4e79')); c.circle(25*mm,277*mm,8*mm,fill=1,stroke=0)
    c.setFillColor(colors.white); c.setFont('DVB',7); c.drawCentredString(25*mm,276*mm,'CERVIA')
    c.setFillColor(colors.black)
    c.setFont('DV',7.5); c.drawRightString(195*mm,280*mm,'Determinazione dirigenziale')
    c.drawRightString(195*mm,276.5*mm,'Reg. Gen. 1489 / 2025')
    c.setLineWidth(0.6); c.line(15*mm,271*mm,195*mm,271*mm)
    c.line(15*mm,14*mm,195*mm,14*mm)
    c.setFont('DV',7); c.drawString(15*mm,10*mm,'Piazza Garibaldi, 1 - 48015 Cervia (RA) - PEC comune.cervia@legalmail.it')
    c.drawRightString(195*mm,10*mm,'Pagina %d' % doc.page)
    c.restoreState()
doc=SimpleDocTemplate(sys.argv[1],pagesize=A4,leftMargin=15*mm,rightMargin=15*mm,topMargin=30*mm,bottomMargin=20*mm,title='Determinazione dirigenziale n. 1489 del 21/10/2025',author='Comune di Cervia',creator='J-Iride Atti Amministrativi')
st=[]
hdr=Table([
 [Paragraph('<b>SETTORE CULTURA, TURISMO E SERVIZI ALLA PERSONA</b>',N),''],
 [Paragraph('Servizio Turismo ed Eventi',N),''],
 [Paragraph('<b>DETERMINAZIONE DIRIGENZIALE</b>',N),Paragraph('Proposta n. 1612 del 17/10/2025',R)],
 [Paragraph('N. Registro Generale <b>1489</b> del <b>21/10/2025</b>',N),Paragraph('N. Settore <b>312</b>',R)],
],colWidths=[120*mm,60*mm])
hdr.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.8,colors.black),('SPAN',(0,0),(1,0)),('SPAN',(0,1),(1,1)),('LINEBELOW',(0,1),(-1,1),0.5,colors.black),('BACKGROUND',(0,0),(-1,0),colors.HexColor('#dde7f0')),('VALIGN',(0,0),(-1,-1),'MIDDLE')]))
st+= [hdr,Spacer(1,5)]
ogg=Table([[Paragraph('<b>OGGETTO:</b>',N),Paragraph('<b>PROGETTO "CERVIA CITTÀ GIARDINO - MAGGIO IN FIORE 2026": APPROVAZIONE AVVISO PUBBLICO PER LA RACCOLTA DI MANIFESTAZIONI DI INTERESSE DA PARTE DI VIVAISTI, GARDEN DESIGNER E ARCHITETTI DEL PAESAGGIO.</b>',N)]],colWidths=[22*mm,158*mm])
ogg.setStyle(TableStyle([('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.5,colors.grey)]))
st+=[ogg,Spacer(1,6),Paragraph('IL DIRIGENTE',C),Spacer(1,3)]
for t in ["Premesso che dal 1972 il Comune di Cervia organizza la manifestazione \"Cervia Città Giardino - Maggio in fiore\", che vede la partecipazione di amministrazioni comunali, vivaisti e progettisti italiani e stranieri nell'allestimento di aree verdi della città;",
"Richiamata la deliberazione della Giunta Comunale n. 211 del 30/09/2025, con la quale sono stati approvati gli indirizzi per l'edizione 2026 della manifestazione e si è dato mandato al Dirigente del Settore Cultura, Turismo e Servizi alla Persona di predisporre gli atti necessari alla selezione dei partecipanti;",
"Ritenuto opportuno, nel rispetto dei principi di trasparenza, parità di trattamento e rotazione, procedere alla pubblicazione di un avviso pubblico per la raccolta delle manifestazioni di interesse, secondo lo schema allegato al presente atto quale parte integrante e sostanziale;",
"Dato atto che il presente provvedimento non comporta impegno di spesa e che, pertanto, non necessita del visto di regolarità contabile;",
"Visti l'art. 107 del D.Lgs. 267/2000, lo Statuto comunale e il Regolamento sull'ordinamento degli uffici e dei servizi;"]:
    st.append(Paragraph(t,N))
st+=[Spacer(1,3),Paragraph('D E T E R M I N A',C),Spacer(1,3)]
pts=["di approvare l'avviso pubblico per la raccolta di manifestazioni di interesse alla partecipazione al progetto \"Cervia Città Giardino - Maggio in fiore 2026\", allegato al presente atto sub lettera A);",
"di disporre la pubblicazione dell'avviso all'Albo Pretorio on line e sul sito istituzionale dell'Ente per trenta giorni consecutivi, fissando il termine per la presentazione delle domande al 28/11/2025, ore 12:00;",
"di nominare Responsabile del procedimento la dott.ssa Giovanna Casadei, funzionario del Servizio Turismo ed Eventi;",
"di dare atto che il presente provvedimento non comporta spese a carico del bilancio comunale."]
st.append(ListFlowable([ListItem(Paragraph(t,N),value=i) for i,t in enumerate(pts,1)],bulletType='1',bulletFormat='%s.',bulletFontName='DV',bulletFontSize=9.5,leftIndent=16))
st+=[Spacer(1,10),Paragraph('Cervia, 21/10/2025',N),Spacer(1,4),
Paragraph('<b>IL DIRIGENTE DEL SETTORE</b><br/>Dott. Alessandro Gualtieri<br/><font size="7">Documento sottoscritto con firma digitale ai sensi dell\'art. 21 del D.Lgs. 82/2005</font>',ParagraphStyle('f',parent=N,alignment=TA_CENTER,leftIndent=90*mm)),
Spacer(1,14)]
box=Table([[Paragraph('<b>ESECUTIVITÀ</b> - La presente determinazione, non comportando impegno di spesa, è esecutiva dalla data di sottoscrizione. È pubblicata all\'Albo Pretorio on line dal 22/10/2025 per 15 giorni consecutivi.',S)]],colWidths=[180*mm])
box.setStyle(TableStyle([('BOX',(0,0),(-1,-1),0.5,colors.black),('BACKGROUND',(0,0),(-1,-1),colors.HexColor('#f2f2f2'))]))
st.append(box)
doc.build(st,onFirstPage=page,onLaterPages=page)
