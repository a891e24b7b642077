# Comune di Bisacquino - avviso alla cittadinanza (non numerato), "sicilweb" poster layout, ReportLab canvas
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DS',F+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DSB',F+'DejaVuSans-Bold.ttf')); pdfmetrics.registerFont(TTFont('DSI',F+'DejaVuSans-Oblique.ttf'))
out=sys.argv[1]
c=canvas.Canvas(out,pagesize=A4); W,H=A4
c.setTitle('Avviso sospensione idrica'); c.setAuthor('Comune di Bisacquino - Area Tecnica'); c.setCreator('SicilWeb Portale Comunale - stampa avvisi')
# top band
c.setFillColorRGB(0.55,0.07,0.12); c.rect(0,H-38*mm,W,38*mm,fill=1,stroke=0)
c.setFillColorRGB(1,1,1); c.circle(28*mm,H-19*mm,11*mm,fill=0,stroke=1)
c.setFont('DS',6); c.drawCentredString(28*mm,H-19.5*mm,'STEMMA')
c.setFont('DSB',20); c.drawString(45*mm,H-17*mm,'COMUNE DI BISACQUINO')
c.setFont('DS',10); c.drawString(45*mm,H-23*mm,'Città Metropolitana di Palermo')
c.setFont('DS',8.5); c.drawString(45*mm,H-28.5*mm,'Piazza Triona, 1 – 90032 Bisacquino (PA) – www.comune.bisacquino.pa.it')
c.setFillColorRGB(0,0,0)
y=H-50*mm
c.setFont('DSB',11); c.drawCentredString(W/2,y,'AREA TECNICA'); y-=5.5*mm
c.setFont('DS',10); c.drawCentredString(W/2,y,'Servizio Idrico Integrato'); y-=16*mm
c.setFont('DSB',34); c.drawCentredString(W/2,y,'AVVISO'); y-=12*mm
c.setFont('DSB',14); c.drawCentredString(W/2,y,"SOSPENSIONE DELL'EROGAZIONE IDRICA NEL CENTRO STORICO"); y-=14*mm
def para(t,font='DS',size=12,lead=17,indent=22*mm):
    global y
    for ln in simpleSplit(t,font,size,W-2*indent):
        c.setFont(font,size); c.drawString(indent,y,ln); y-=lead
    y-=4*mm
para("Si comunica alla cittadinanza che, per consentire i lavori di sostituzione della saracinesca di sezionamento sulla condotta adduttrice in Via Roma, da parte della ditta incaricata, sarà sospesa l'erogazione dell'acqua potabile")
para("martedì 24 marzo 2026 dalle ore 8:00 alle ore 18:00",'DSB',14,19)
para("nelle seguenti vie: Via Roma, Via Vittorio Emanuele, Piazza Triona, Via Madonna del Balzo, Via San Francesco, Via Garibaldi, Corso Umberto I e traverse limitrofe.")
para("Qualora le condizioni meteorologiche non consentissero l'esecuzione dei lavori, l'intervento sarà rinviato a mercoledì 25 marzo 2026 con i medesimi orari.")
para("Al ripristino del servizio potrebbero verificarsi temporanei fenomeni di torbidità: si raccomanda di lasciare scorrere l'acqua per alcuni minuti prima dell'uso. Si invitano i cittadini a provvedere alle opportune scorte e si scusa per il disagio.")
para("Per informazioni: Ufficio Tecnico comunale, tel. 091 8308011 (dal lunedì al venerdì, ore 9:00–13:00).",'DSI',10.5,15)
y-=4*mm
c.setFont('DS',11); c.drawString(22*mm,y,'Bisacquino, 19/03/2026')
c.drawCentredString(145*mm,y,"Il Responsabile dell'Area Tecnica"); y-=6*mm
c.setFont('DSB',11); c.drawCentredString(145*mm,y,'Arch. Vincenzo Governali')
c.setFont('DS',7); c.drawCentredString(W/2,12*mm,"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pubblicato all'Albo Pretorio on line")
c.setStrokeColorRGB(0.55,0.07,0.12); c.setLineWidth(2); c.line(15*mm,16*mm,W-15*mm,16*mm)
c.showPage(); c.save()
