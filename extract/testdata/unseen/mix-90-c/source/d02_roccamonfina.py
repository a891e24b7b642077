import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Halley Notifiche PDF 4.0"); c.setProducer("Halley Notifiche PDF 4.0")
def glyphs(x,y,s,f="Times-Roman",sz=11,width=None):
    # one Tm+Tj per glyph; when width is given, stretch inter-word gaps (justification by moving glyphs)
    words=s.split(" "); nat=sum(stringWidth(w,f,sz) for w in words)
    gap=stringWidth(" ",f,sz) if not width or len(words)<2 else (width-nat)/(len(words)-1)
    for w in words:
        for ch in w:
            t=c.beginText(); t.setFont(f,sz); t.setTextOrigin(x,y); t.textOut(ch); c.drawText(t); x+=stringWidth(ch,f,sz)
        x+=gap
def para(y,lines,f="Times-Roman",sz=11):
    for i,l in enumerate(lines):
        glyphs(72,y,l,f,sz,None if i==len(lines)-1 else W-144); y-=15
    return y-6
c.setFont("Times-Bold",15); glyphs(W/2-stringWidth("COMUNE DI ROCCAMONFINA","Times-Bold",15)/2,H-70,"COMUNE DI ROCCAMONFINA","Times-Bold",15)
glyphs(W/2-stringWidth("Provincia di Caserta","Times-Italic",11)/2,H-86,"Provincia di Caserta","Times-Italic",11)
c.line(72,H-96,W-72,H-96)
glyphs(W/2-stringWidth("RELATA DI NOTIFICA","Helvetica-Bold",13)/2,H-130,"RELATA DI NOTIFICA","Helvetica-Bold",13)
glyphs(W/2-stringWidth("(artt. 137 e segg. c.p.c. - art. 10 L. 265/1999)","Helvetica",9)/2,H-144,"(artt. 137 e segg. c.p.c. - art. 10 L. 265/1999)","Helvetica",9)
y=para(H-180,["L'anno duemilaventisei, addì quattordici del mese di aprile, io sottoscritto Messo Notificatore",
 "del Comune di Roccamonfina, a richiesta del Responsabile dell'Area Tecnica, ho notificato",
 "l'Ordinanza dirigenziale n. 11 del 09.04.2026 avente ad oggetto:"])
y=para(y,["Ingiunzione di demolizione delle opere edilizie abusive realizzate in località Santa Croce,",
 "foglio 12 particella 418, e di ripristino dello stato dei luoghi."],"Times-Italic")
y=para(y,["al sig. DI LORENZO Pasquale, nato a Teano il 03.05.1961, mediante consegna di copia",
 "conforme all'originale a mani della moglie convivente sig.ra Cerullo Anna, che si è dichiarata",
 "persona di famiglia e ha accettato l'atto, presso la residenza in Roccamonfina, via Garibaldi n. 27."])
y=para(y,["Roccamonfina, 14.04.2026"])
glyphs(360,y-20,"IL MESSO NOTIFICATORE","Helvetica-Bold",10); glyphs(372,y-36,"Antonio Zannini","Times-Italic",11)
glyphs(72,y-20,"PER RICEVUTA","Helvetica-Bold",10); glyphs(72,y-36,"Cerullo Anna","Times-Italic",11)
# rotated protocol stamp along the right margin
c.saveState(); c.translate(W-40,300); c.rotate(90); c.setStrokeColorRGB(.1,.2,.6); c.setFillColorRGB(.1,.2,.6)
c.rect(-4,-6,250,22); t=c.beginText(); t.setFont("Helvetica-Bold",9); t.setTextOrigin(0,2); t.textOut("COMUNE DI ROCCAMONFINA - Prot. n. 2194 del 14.04.2026"); c.drawText(t); c.restoreState()
c.save()
