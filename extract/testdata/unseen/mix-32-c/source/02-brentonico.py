# Comune di Brentonico (TN) - deliberazione del Consiglio comunale, ReportLab, imitating a GPI-style print
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
import sys
pdfmetrics.registerFont(TTFont('LS','/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB','/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
W,H=A4
c=canvas.Canvas(sys.argv[1],pagesize=A4)
c.setTitle("Deliberazione del Consiglio comunale n. 9 dd. 26.02.2026");c.setAuthor("Comune di Brentonico");c.setCreator("GPI Atti Amministrativi")
page=[1]
def furniture():
    c.setFont('LS',7.5)
    c.drawString(50,25,"Deliberazione del Consiglio comunale n. 9 di data 26.02.2026")
    c.drawRightString(W-50,25,"Pagina %d di 2"%page[0])
    c.line(50,35,W-50,35)
y=[H-50]
def para(t,font='LS',size=10,indent=0,lead=13,center=False):
    lines=simpleSplit(t,font,size,W-100-indent)
    for l in lines:
        if y[0]<60:
            furniture();c.showPage();page[0]+=1;y[0]=H-60
        c.setFont(font,size)
        if center: c.drawCentredString(W/2,y[0],l)
        else: c.drawString(50+indent,y[0],l)
        y[0]-=lead
    y[0]-=3
# letterhead left, register at right
c.setFont('LSB',14);c.drawString(95,H-55,"COMUNE DI BRENTONICO")
c.setFont('LS',8.5);c.drawString(95,H-67,"Provincia di Trento")
c.rect(50,H-75,38,34);c.setFont('LS',6);c.drawCentredString(69,H-60,"stemma")
c.setFont('LS',9);c.drawRightString(W-50,H-55,"Codice ente: 022025");c.drawRightString(W-50,H-67,"ORIGINALE")
y[0]=H-110
para("Verbale di deliberazione N. 9",'LSB',13,center=True,lead=17)
para("del Consiglio comunale",'LSB',12,center=True,lead=16)
para("Adunanza ordinaria di prima convocazione – Seduta pubblica",'LS',9.5,center=True)
y[0]-=6
c.setFont('LSB',10);c.drawString(50,y[0],"OGGETTO:")
y0=y[0]
for l in simpleSplit("Regolamento comunale per l'applicazione dell'Imposta immobiliare semplice (IM.I.S.). Modifiche agli articoli 5 e 9 ed approvazione delle aliquote per l'anno 2026.",'LSB',10,W-170):
    c.drawString(110,y[0],l);y[0]-=13
y[0]-=8
para("L'anno duemilaventisei addì ventisei del mese di febbraio alle ore 20.00 nella sala consiliare, a seguito di regolari avvisi, recapitati a termini di legge, si è convocato il Consiglio comunale.")
para("Presenti i signori:",'LSB')
roll=[("FRISINGHELLI QUINTO","Sindaco",True),("BENEDETTI ANNA","Consigliere",True),("DOSSI MATTEO","Consigliere",True),("GIOVANAZZI SILVIA","Consigliere",False),("MARZARI LORENZO","Consigliere",True),("PEDERZOLLI ELISA","Consigliere",True),
      ("ROSSATTI DAVIDE","Consigliere",True),("SCARAMUZZA IRENE","Consigliere",True),("TONOLLI FABIO","Consigliere",False),("VALDUGA MICHELA","Consigliere",True),("ZENATTI PAOLO","Consigliere",True),("ZOBELE CHIARA","Consigliere",True)]
c.setFont('LS',9.5)
half=6
top=y[0]
for i,(n,r,p) in enumerate(roll):
    col=i//half;row=i%half
    x=50+col*250;yy=top-row*13
    c.drawString(x,yy,n);c.drawString(x+135,yy,r);c.drawString(x+205,yy,"" if p else "ass. giust.")
y[0]=top-half*13-6
para("Assiste il Segretario comunale dott. Nicola Tamanini.")
para("Riconosciuto legale il numero degli intervenuti, il signor Quinto Frisinghelli nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.")
y[0]-=4
para("IL CONSIGLIO COMUNALE",'LSB',10.5,center=True)
for t in ["Premesso che con deliberazione consiliare n. 4 di data 28.02.2025 è stato da ultimo modificato il regolamento comunale per l'applicazione dell'IM.I.S., istituita con legge provinciale 30 dicembre 2014, n. 14;",
"Visto il Protocollo d'intesa in materia di finanza locale per l'anno 2026, sottoscritto tra la Provincia autonoma di Trento e il Consiglio delle autonomie locali;",
"Ritenuto di confermare per l'anno 2026 l'aliquota ordinaria dello 0,895 per cento e di introdurre un'aliquota agevolata dello 0,55 per cento per i fabbricati concessi in locazione a canone concordato;",
"Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;",
"Acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e contabile, espressi ai sensi dell'art. 185 del Codice;",
"Uditi gli interventi dei consiglieri Marzari e Rossatti, riportati nel verbale di seduta;",
"Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:"]:
    para(t)
# vote table
rows=[("Consiglieri presenti","10"),("Consiglieri votanti","9"),("Voti favorevoli","7"),("Voti contrari","2"),("Astenuti","1 (Rossatti)")]
for a,b in rows:
    c.rect(150,y[0]-3,150,13);c.rect(300,y[0]-3,110,13)
    c.setFont('LS',9.5);c.drawString(155,y[0],a);c.drawString(305,y[0],b);y[0]-=13
y[0]-=8
para("DELIBERA",'LSB',10.5,center=True)
pts=["1. di approvare le modifiche agli articoli 5 e 9 del regolamento comunale per l'applicazione dell'IM.I.S., nel testo riportato nell'allegato A, parte integrante e sostanziale della presente deliberazione;",
"2. di approvare per l'anno 2026 le aliquote, detrazioni e deduzioni dell'IM.I.S. come riportate nell'allegato B;",
"3. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per il tramite del Portale del federalismo fiscale, entro il termine di legge;",
"4. di dare atto che avverso la presente deliberazione sono ammessi opposizione alla Giunta comunale durante il periodo di pubblicazione, ricorso al T.R.G.A. di Trento entro 60 giorni e ricorso straordinario al Presidente della Repubblica entro 120 giorni."]
for p in pts: para(p,indent=10)
para("Letto, confermato e sottoscritto.")
y[0]-=10
if y[0]<110:
    furniture();c.showPage();page[0]+=1;y[0]=H-70
c.setFont('LS',9.5)
c.drawCentredString(160,y[0],"IL SINDACO");c.drawCentredString(W-160,y[0],"IL SEGRETARIO COMUNALE")
c.drawCentredString(160,y[0]-13,"Quinto Frisinghelli");c.drawCentredString(W-160,y[0]-13,"dott. Nicola Tamanini")
y[0]-=40
para("Questo atto, trasmesso in originale informatico, è firmato digitalmente ai sensi del D.Lgs. 82/2005; la firma autografa è sostituita dall'indicazione a stampa del nominativo del responsabile (art. 3 D.Lgs. 39/1993).",'LS',7.5,lead=9)
furniture();c.save()
