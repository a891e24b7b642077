# Determinazione, Comune di Aiello Calabro - an in-house ReportLab canvas report (register box, margin label)
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS',D+'DejaVuSerif.ttf')); pdfmetrics.registerFont(TTFont('DSB',D+'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV',D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB',D+'DejaVuSans-Bold.ttf'))
out=sys.argv[1]
c=canvas.Canvas(out,pagesize=A4); c.setTitle('Determinazione RG 187/2026'); c.setAuthor('Comune di Aiello Calabro'); c.setCreator('DetWeb - stampa atto (ReportLab)')
W,H=A4; LM=25*mm; RM=W-20*mm
page=[1]
def furniture():
    c.setFont('DVB',14); c.drawCentredString(W/2,H-20*mm,'COMUNE DI AIELLO CALABRO')
    c.setFont('DV',9); c.drawCentredString(W/2,H-25*mm,'Provincia di Cosenza')
    c.drawCentredString(W/2,H-29*mm,'Piazza Municipio, 1 – 87031 Aiello Calabro (CS) – tel. 0982 43015')
    c.setLineWidth(0.8); c.line(LM,H-32*mm,RM,H-32*mm)
    # vertical margin label
    c.saveState(); c.translate(12*mm,60*mm); c.rotate(90); c.setFont('DV',7)
    c.drawString(0,0,'Comune di Aiello Calabro – Det. R.G. n. 187 del 12/05/2026 – Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005')
    c.restoreState()
    c.setFont('DV',8); c.drawRightString(RM,12*mm,'Pagina %d'%page[0])
y=[0]
def newpage():
    c.showPage(); page[0]+=1; furniture(); y[0]=H-40*mm
def text(t,font='DS',size=10,lead=13.5,indent=0,hang=0,align='j',after=4):
    lines=simpleSplit(t,font,size,RM-LM-indent)
    # hanging indent for numbered points
    for i,l in enumerate(lines):
        if y[0]<25*mm: newpage()
        c.setFont(font,size)
        x=LM+(indent if i>0 or not hang else indent-hang)
        if align=='c': c.drawCentredString(W/2,y[0],l)
        elif align=='j' and i<len(lines)-1:
            words=l.split(' '); 
            if len(words)>1:
                avail=RM-x-sum(c.stringWidth(w,font,size) for w in words); gap=avail/(len(words)-1); xx=x
                for w in words: c.drawString(xx,y[0],w); xx+=c.stringWidth(w,font,size)+gap
            else: c.drawString(x,y[0],l)
        else: c.drawString(x,y[0],l)
        y[0]-=lead
    y[0]-=after
furniture()
# heading
c.setFont('DVB',11); c.drawString(LM,H-40*mm,'AREA ECONOMICO-FINANZIARIA'); c.setFont('DV',10); c.drawString(LM,H-45*mm,'Servizio Tributi')
# register box
bx=RM-78*mm; by=H-58*mm
c.rect(bx,by,78*mm,22*mm)
c.line(bx,by+11*mm,bx+78*mm,by+11*mm)
c.setFont('DV',7); c.drawString(bx+2*mm,by+18.5*mm,'REGISTRO GENERALE'); c.drawString(bx+2*mm,by+7.5*mm,'REGISTRO DI AREA')
c.setFont('DVB',10); c.drawString(bx+2*mm,by+13*mm,'N. 187 del 12/05/2026'); c.drawString(bx+2*mm,by+2*mm,'N. 34 del 11/05/2026')
y[0]=H-68*mm
text('DETERMINAZIONE DEL RESPONSABILE DELL\'AREA',font='DVB',size=12,align='c',after=6)
c.setFont('DVB',10); c.drawString(LM,y[0],'OGGETTO:')
subj='RIMBORSO AI CONTRIBUENTI DI SOMME NON DOVUTE A TITOLO DI IMU PER LE ANNUALITÀ 2023 E 2024. IMPEGNO E LIQUIDAZIONE.'
lines=simpleSplit(subj,'DVB',10,RM-LM-22*mm)
for l in lines: c.drawString(LM+22*mm,y[0],l); y[0]-=13
y[0]-=8
text('IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA',font='DVB',size=10,align='c',after=6)
for t in ["VISTO il decreto sindacale n. 3 del 07/01/2026 con il quale alla sottoscritta sono state attribuite le funzioni di Responsabile dell'Area Economico-Finanziaria ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;",
 "VISTA la deliberazione del Consiglio Comunale n. 5 del 27/02/2026, esecutiva, di approvazione del bilancio di previsione 2026/2028;",
 "VISTE le istanze di rimborso presentate dai contribuenti indicati nel prospetto allegato, conservato agli atti d'ufficio nel rispetto della normativa sulla protezione dei dati personali, relative a versamenti IMU eseguiti in eccedenza o non dovuti per le annualità 2023 e 2024;",
 "ACCERTATO, a seguito dell'istruttoria condotta dal Servizio Tributi, che le somme indebitamente versate ammontano complessivamente a € 4.862,00, oltre interessi legali per € 173,45;",
 "VISTO l'art. 1, comma 164, della legge 27 dicembre 2006, n. 296;",
 "ATTESTATA la regolarità e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
    text(t)
text('DETERMINA',font='DVB',size=11,align='c',after=6)
for i,t in enumerate(["di approvare le risultanze dell'istruttoria del Servizio Tributi e di riconoscere ai contribuenti indicati nel prospetto allegato il rimborso delle somme non dovute a titolo di IMU per le annualità 2023 e 2024;",
 "di impegnare la spesa complessiva di € 5.035,45 alla Missione 01, Programma 04, capitolo 1045 \"Rimborsi e sgravi di tributi comunali\" del bilancio 2026/2028, esercizio 2026;",
 "di liquidare e pagare le somme ai singoli contribuenti mediante bonifico sulle coordinate bancarie da essi indicate;",
 "di trasmettere la presente determinazione al Servizio Ragioneria per i controlli e i riscontri contabili e di disporne la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi."],1):
    text('%d. %s'%(i,t),indent=8*mm,hang=8*mm)
y[0]-=6
text('Aiello Calabro, 12/05/2026',align='l',after=10)
c.setFont('DVB',10); c.drawCentredString(RM-40*mm,y[0],'IL RESPONSABILE DELL\'AREA'); y[0]-=13
c.setFont('DS',10); c.drawCentredString(RM-40*mm,y[0],'Rag. Giuseppina Perri'); y[0]-=24
if y[0]<70*mm: newpage()
c.setLineWidth(0.5); c.rect(LM,y[0]-28*mm,RM-LM,30*mm)
c.setFont('DVB',9); c.drawString(LM+3*mm,y[0]-4*mm,'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA')
c.setFont('DS',9)
c.drawString(LM+3*mm,y[0]-10*mm,'Impegno n. 412/2026 – Cap. 1045 – € 5.035,45')
c.drawString(LM+3*mm,y[0]-15*mm,'Si appone il visto ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000.')
c.drawString(LM+3*mm,y[0]-22*mm,'Aiello Calabro, 12/05/2026'); c.drawRightString(RM-5*mm,y[0]-22*mm,'Il Responsabile del Servizio Finanziario – Rag. Giuseppina Perri')
c.save()
