import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); W,H=A4; L=70; R=W-60
def glyphs(s,x,y,font="Times-Roman",size=11,width=None):
    gap=0
    if width and len(s)>1: gap=(width-stringWidth(s,font,size))/(len(s)-1)
    for ch in s:
        t=c.beginText(); t.setTextOrigin(x,y); t.setFont(font,size); t.textOut(ch); c.drawText(t)
        x+=stringWidth(ch,font,size)+gap
def wrap(s,font="Times-Roman",size=11):
    out=[];cur=""
    for w in s.split():
        if stringWidth((cur+" "+w).strip(),font,size)>R-L: out.append(cur); cur=w
        else: cur=(cur+" "+w).strip()
    return out+[cur]
def centre(s,y,font="Times-Bold",size=12): glyphs(s,(W-stringWidth(s,font,size))/2,y,font,size)
centre("COMUNE DI SARTEANO",H-60,"Times-Bold",16); centre("Provincia di Siena",H-76,"Times-Roman",10)
centre("Settore Attività Produttive",H-92,"Times-Italic",11)
glyphs("Bando n. 1 del 9.3.2026",L,H-120,"Times-Roman",11)
y=H-150
for l in ["BANDO PER L'ASSEGNAZIONE IN CONCESSIONE","DEI POSTEGGI DEL MERCATO SETTIMANALE","– ANNO 2026"]: centre(l,y); y-=16
y-=10
for p in ["IL RESPONSABILE DEL SETTORE ATTIVITÀ PRODUTTIVE, vista la L.R. Toscana n. 62/2018 (Codice del Commercio) e il Regolamento comunale per il commercio su aree pubbliche,",
 "RENDE NOTO che sono disponibili per l'assegnazione in concessione decennale n. 6 posteggi nel mercato settimanale del venerdì in Piazza XXIV Giugno, di cui n. 4 per il settore non alimentare e n. 2 per il settore alimentare.",
 "Le domande, in bollo, devono essere presentate esclusivamente tramite il portale SUAP entro il 9 aprile 2026. La graduatoria sarà formata secondo i criteri di priorità stabiliti dall'Intesa in Conferenza Unificata del 5 luglio 2012.",
 "Il presente bando è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune di Sarteano."]:
    ls=wrap(p)
    for i,l in enumerate(ls): glyphs(l,L,y,width=(R-L) if i<len(ls)-1 else None); y-=15
    y-=6
glyphs("Sarteano, 9 marzo 2026",L,y-10)
glyphs("Il Responsabile del Settore",R-170,y-40); glyphs("dott. Fabio Cresti",R-170,y-55,"Times-Italic")
c.saveState(); c.translate(35,200); c.rotate(90); c.setFillColorRGB(0.1,0.2,0.6)
glyphs("ALBO PRETORIO ON LINE – Pubblicato dal 09/03/2026 al 09/04/2026 – Reg. n. 176",0,0,"Helvetica",8)
c.restoreState(); c.save()
