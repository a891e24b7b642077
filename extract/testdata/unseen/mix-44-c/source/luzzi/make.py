# In-house Python (ReportLab) print of a numbered avviso pubblico
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
F='/usr/share/fonts/truetype/liberation/'
for n,f in [('LSe','LiberationSerif-Regular'),('LSeB','LiberationSerif-Bold'),('LSeI','LiberationSerif-Italic'),('LSeBI','LiberationSerif-BoldItalic'),('LSa','LiberationSans-Regular'),('LSaB','LiberationSans-Bold')]:
    pdfmetrics.registerFont(TTFont(n,F+f+'.ttf'))
addMapping('LSe',0,0,'LSe'); addMapping('LSe',1,0,'LSeB'); addMapping('LSe',0,1,'LSeI'); addMapping('LSe',1,1,'LSeBI')
out=sys.argv[1]; W,H=A4
b=ParagraphStyle('b',fontName='LSe',fontSize=11,leading=14.2,alignment=TA_JUSTIFY,spaceAfter=5)
c=ParagraphStyle('c',parent=b,alignment=TA_CENTER)
art=ParagraphStyle('a',parent=b,fontName='LSeB',spaceBefore=6,spaceAfter=3)
def onpage(cv,doc):
    cv.saveState()
    cv.setFont('LSaB',8); cv.setFillColor(colors.HexColor('#205a2c'))
    cv.drawString(50,H-30,'COMUNE DI LUZZI'); cv.setFont('LSa',8); cv.setFillColor(colors.black)
    cv.drawRightString(W-50,H-30,'Avviso pubblico n. 2/2026')
    cv.setStrokeColor(colors.HexColor('#205a2c')); cv.line(50,H-34,W-50,H-34)
    cv.setFont('LSa',7.5)
    cv.drawString(50,28,'Comune di Luzzi – Corso Umberto I – 87040 Luzzi (CS) – www.comune.luzzi.cs.it')
    cv.drawRightString(W-50,28,'pag. %d'%doc.page)
    cv.restoreState()
st=[]
st.append(Paragraph('<font name="LSaB" size="9" color="#205a2c">[STEMMA]</font>',c))
st.append(Paragraph('<font name="LSeB" size="19">COMUNE DI LUZZI</font>',ParagraphStyle('h',parent=c,leading=22)))
st.append(Paragraph('Provincia di Cosenza',c))
st.append(Paragraph('<b>AREA AMMINISTRATIVA</b><br/>Servizio Attività Produttive e SUAP',ParagraphStyle('ar',parent=c,fontSize=10.5,spaceBefore=4)))
t=Table([['Avviso n. 2/2026','Prot. n. 2214 del 16/03/2026']],colWidths=[120,170],hAlign='RIGHT')
t.setStyle(TableStyle([('FONT',(0,0),(-1,-1),'LSa',9),('BOX',(0,0),(-1,-1),.6,colors.black),('INNERGRID',(0,0),(-1,-1),.6,colors.black),('BACKGROUND',(0,0),(0,0),colors.HexColor('#e5efe6'))]))
st.append(Spacer(1,6)); st.append(t); st.append(Spacer(1,10))
title="AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A FONDO PERDUTO A SOSTEGNO DELLE ATTIVITÀ COMMERCIALI, ARTIGIANALI E DI SERVIZIO DEL CENTRO STORICO – ANNUALITÀ 2026"
st.append(Paragraph('<b>'+title+'</b>',ParagraphStyle('t',parent=c,fontSize=12.5,leading=16,spaceAfter=10)))
st.append(Paragraph('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA',ParagraphStyle('x',parent=c,fontName='LSeB')))
st.append(Paragraph("In esecuzione della deliberazione della Giunta Comunale n. 21 del 26/02/2026 e della propria determinazione n. 64 del 13/03/2026 (R.G. n. 233), di approvazione del presente avviso,",b))
st.append(Paragraph('RENDE NOTO',ParagraphStyle('x2',parent=c,fontName='LSeB')))
st.append(Paragraph("che sono aperti i termini per la presentazione delle domande di contributo a fondo perduto da parte delle micro e piccole imprese che esercitano attività commerciali, artigianali e di servizio nel perimetro del centro storico del Comune di Luzzi, come individuato dal vigente Piano Strutturale Comunale.",b))
arts=[('Art. 1 – Finalità e dotazione finanziaria',"Il presente avviso intende sostenere il tessuto economico del centro storico, contrastare la chiusura degli esercizi di vicinato e favorire l'apertura di nuove attività. La dotazione complessiva è pari a € 60.000,00, a valere sulle risorse del Fondo di sostegno ai comuni marginali."),
 ('Art. 2 – Beneficiari',"Possono presentare domanda le imprese iscritte al Registro delle Imprese della C.C.I.A.A. di Cosenza, con sede operativa attiva nel centro storico alla data di pubblicazione del presente avviso, in regola con il versamento dei tributi comunali e con gli obblighi contributivi."),
 ('Art. 3 – Misura del contributo',"Il contributo è concesso nella misura massima di € 3.000,00 per ciascuna impresa già attiva e di € 5.000,00 per ciascuna nuova apertura, nei limiti del regime «de minimis» di cui al Regolamento (UE) 2023/2831."),
 ('Art. 4 – Modalità e termini di presentazione',"Le domande, redatte esclusivamente sul modello allegato (Allegato 1), devono pervenire entro le ore 12:00 del giorno 17/04/2026 a mezzo PEC all'indirizzo protocollo.luzzi@asmepec.it, ovvero con consegna a mano all'Ufficio Protocollo del Comune."),
 ('Art. 5 – Istruttoria e graduatoria',"Le domande sono istruite dal Servizio Attività Produttive e SUAP secondo i criteri di cui alla deliberazione della Giunta Comunale n. 21/2026. La graduatoria è approvata con determinazione del Responsabile dell'Area e pubblicata all'Albo Pretorio on line."),
 ('Art. 6 – Trattamento dei dati personali',"I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Luzzi."),
 ('Art. 7 – Responsabile del procedimento',"Il responsabile del procedimento è la Sig.ra Rosaria Curcio, Istruttore del Servizio Attività Produttive e SUAP (tel. 0984 549011).")]
for h,t in arts:
    st.append(KeepTogether([Paragraph(h,art),Paragraph(t,b)]))
st.append(Spacer(1,8))
st.append(Paragraph('Luzzi, 16/03/2026',b))
st.append(Paragraph("Il Responsabile dell'Area Amministrativa<br/><b>Dott. Giuseppe Chiappetta</b><br/><font size='8.5'><i>Firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005</i></font>",ParagraphStyle('f',parent=b,alignment=TA_CENTER,leftIndent=230)))
doc=SimpleDocTemplate(out,pagesize=A4,leftMargin=50,rightMargin=50,topMargin=48,bottomMargin=46,title='Avviso pubblico n. 2/2026',author='Comune di Luzzi',creator='albo-luzzi (Python/ReportLab)')
doc.build(st,onFirstPage=onpage,onLaterPages=onpage)
