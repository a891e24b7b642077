# convocazione consiglio: letterhead and foot are Form XObjects; body drawn out of reading order (reportlab canvas)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
L="/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("R",L+"LiberationSerif-Regular.ttf")); pdfmetrics.registerFont(TTFont("B",L+"LiberationSerif-Bold.ttf"))
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("APKappa Sicr@Web"); c.setTitle("Convocazione Consiglio Comunale")
c.beginForm("head"); c.setFont("B",16); c.drawCentredString(W/2,H-60,"COMUNE DI PLATACI"); c.setFont("R",10)
c.drawCentredString(W/2,H-75,"Comuni i Pllatënit – Provincia di Cosenza"); c.drawCentredString(W/2,H-88,"Il Presidente del Consiglio Comunale"); c.line(60,H-96,W-60,H-96); c.endForm()
c.beginForm("foot"); c.setFont("R",8); c.line(60,50,W-60,50); c.drawCentredString(W/2,38,"Via Roma, 1 – 87070 Plataci (CS) – protocollo.plataci@asmepec.it"); c.endForm()
def para(x,y,t,f="R",z=11,w=W-130,lead=14.5):
    for l in simpleSplit(t,f,z,w): c.setFont(f,z); c.drawString(x,y,l); y-=lead
    return y
# drawn first: agenda and signature (they sit at the bottom)
c.doForm("foot")
y=472
for i,t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.","Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.","Variazione al bilancio di previsione 2026-2028 – ratifica della deliberazione della Giunta Comunale n. 31 del 27/03/2026.","Regolamento per l'applicazione del canone unico patrimoniale – modifiche.","Mozione del gruppo consiliare di minoranza sulla viabilità della S.P. 153."],1):
    c.setFont("R",11); c.drawString(75,y,f"{i}."); y=para(92,y,t,w=W-160)-3
c.setFont("R",11); c.drawString(W-250,y-30,"IL PRESIDENTE DEL CONSIGLIO"); c.drawString(W-235,y-45,"Giuseppe Abbruzzese")
c.doForm("head")
c.setFont("R",11); c.drawString(65,H-120,"Prot. n. 1204"); c.drawRightString(W-65,H-120,"Plataci, 20/04/2026")
c.drawString(W-260,H-145,"Ai Consiglieri Comunali"); c.drawString(W-260,H-159,"Al Sindaco"); c.drawString(W-260,H-173,"Al Segretario Comunale"); c.drawString(W-260,H-187,"Alla Prefettura di Cosenza")
c.setFont("B",11); c.drawString(65,H-215,"OGGETTO:"); c.setFont("R",11)
para(130,H-215,"Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 29 aprile 2026.",w=W-195)
y=para(65,H-250,"Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale convocata in sessione ordinaria, in prima convocazione, per il giorno mercoledì 29 aprile 2026 alle ore 17:30, presso la Sala consiliare del Palazzo municipale, e, occorrendo, in seconda convocazione per il giorno giovedì 30 aprile 2026 alla stessa ora, per la trattazione del seguente")
c.setFont("B",11); c.drawCentredString(W/2,y-8,"ORDINE DEL GIORNO")
c.save()
