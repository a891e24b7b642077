# reportlab: every glyph its own Tm+Tj; justified by moving glyphs; Albo stamp rotated 90 deg, drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1],pagesize=(595,842)); c.setTitle("Il Sindaco rende noto")
c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
# stamp first
c.saveState(); c.translate(40,260); c.rotate(90); c.setStrokeColorRGB(.1,.2,.6); c.setFillColorRGB(.1,.2,.6)
c.rect(0,-4,330,34); c.setFont("Helvetica",8)
c.drawString(6,18,"ALBO PRETORIO ON LINE - COMUNE DI ABBATEGGIO"); c.drawString(6,4,"Pubblicato dal 23/04/2026 al 08/05/2026 - Reg. n. 142")
c.restoreState()
def glyphs(x,y,s,font,size,extra=0.0):
    c.setFont(font,size)
    for ch in s:
        c.drawString(x,y,ch); x+=stringWidth(ch,font,size)+(extra if ch==" " else 0)
def center(y,s,font,size): glyphs((595-stringWidth(s,font,size))/2,y,s,font,size)
def para(y,text,font="Times-Roman",size=11.5,L=85,W=440,lead=15):
    words=text.split(); lines=[]; cur=[]
    for w in words:
        if stringWidth(" ".join(cur+[w]),font,size)>W and cur: lines.append(cur); cur=[w]
        else: cur.append(w)
    lines.append(cur)
    for i,ln in enumerate(lines):
        s=" ".join(ln); ex=0
        if i<len(lines)-1 and len(ln)>1: ex=(W-stringWidth(s,font,size))/(len(ln)-1)
        glyphs(L,y,s,font,size,ex); y-=lead
    return y-7
center(790,"COMUNE DI ABBATEGGIO","Times-Bold",17)
center(773,"Provincia di Pescara","Times-Italic",11)
center(759,"Parco Nazionale della Majella","Times-Italic",9)
c.line(85,750,525,750)
y=para(724,"OGGETTO: SVOLGIMENTO DELLA FESTA PATRONALE E DELLA SAGRA DELLA FARCHIA - DISPOSIZIONI PER LA CIRCOLAZIONE E PER LA SICUREZZA DEL 9 E 10 MAGGIO 2026","Times-Bold",11.5)
center(y-8,"IL SINDACO","Times-Bold",15)
center(y-28,"RENDE NOTO","Times-Bold",15)
y=para(y-58,"che, in occasione della tradizionale Festa di San Lorenzo e della Sagra della Farchia, nei giorni di sabato 9 e domenica 10 maggio 2026 il centro storico sarà chiuso al traffico veicolare dalle ore 15:00 alle ore 24:00, e che nelle medesime giornate:")
y=para(y,"- è vietata l'accensione di fuochi e l'uso di materiale pirotecnico al di fuori delle aree autorizzate dalla Commissione comunale di vigilanza;")
y=para(y,"- è vietata la vendita per asporto di bevande in contenitori di vetro nelle vie Roma, San Lorenzo e Piazza del Municipio;")
y=para(y,"- i veicoli dei residenti potranno sostare nell'area di parcheggio di via della Majella, appositamente riservata.")
y=para(y,"La cittadinanza è invitata alla massima collaborazione. Per informazioni rivolgersi alla Polizia Locale (tel. 085 8572130).")
y=para(y-4,"Abbateggio, 22 aprile 2026")
glyphs(350,y-14,"IL SINDACO","Times-Bold",11.5); glyphs(338,y-30,"Antonio Di Marzio","Times-Roman",11.5)
c.showPage(); c.save()
