import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1]); c.setCreator("Kibernetes PDF Printer 2.1"); c.setTitle("Convocazione CC")
def glyphs(x,y,s,f="Helvetica",z=10.5,sp=0):
    for ch in s:
        t=c.beginText(); t.setFont(f,z); t.setTextOrigin(x,y); t.textOut(ch); c.drawText(t); x+=stringWidth(ch,f,z)+sp
def line(y,s,f="Helvetica",z=10.5,x=60): glyphs(x,y,s,f,z)
def just(y,s,W=475,x=60,f="Helvetica",z=10.5):
    w=s.split(" "); tot=sum(stringWidth(a,f,z) for a in w); g=(W-tot)/(len(w)-1)
    for a in w: glyphs(x,y,a,f,z); x+=stringWidth(a,f,z)+g
glyphs(180,790,"COMUNE DI PESCOROCCHIANO","Helvetica-Bold",15)
line(774,"Provincia di Rieti - Piazza Umberto I, 1 - 02024 Pescorocchiano (RI)",z=9,x=160)
line(740,"Prot. n. 1327 del 9 marzo 2026")
line(722,"Ai Consiglieri comunali - Al Segretario Comunale - Al Prefetto di Rieti",x=200)
glyphs(60,690,"OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria.","Helvetica-Bold",10.5)
L=["Il sottoscritto Sindaco, ai sensi dell'art. 50 del D.Lgs. 267/2000 e del vigente Regolamento",
"del Consiglio Comunale, convoca il Consiglio Comunale in sessione ordinaria, seduta pubblica di",
"prima convocazione, per il giorno lunedì 16 marzo 2026 alle ore 18:30 presso la sala consiliare"]
y=666
for s in L: just(y,s); y-=15
line(y,"del Palazzo Comunale, per la trattazione del seguente ordine del giorno:"); y-=24
for i,s in enumerate(["Lettura e approvazione dei verbali della seduta precedente;","Comunicazioni del Sindaco;","Approvazione del Piano triennale delle opere pubbliche 2026-2028;","Approvazione del bilancio di previsione 2026-2028;","Mozione del gruppo consiliare \"Pescorocchiano Futura\" sul servizio di trasporto scolastico."],1):
    line(y,"%d. %s"%(i,s),x=75); y-=16
y-=8; line(y,"In caso di mancanza del numero legale, la seduta di seconda convocazione si terrà il giorno"); y-=15
line(y,"17 marzo 2026 alla stessa ora."); y-=40
glyphs(360,y,"IL SINDACO","Helvetica-Bold"); glyphs(350,y-15,"Mauro Galeotti")
c.saveState(); c.translate(40,300); c.rotate(90); c.setFillColorRGB(.2,.2,.6); c.setFont("Helvetica",8); c.drawString(0,0,"ALBO PRETORIO ON LINE - PUBBLICATO IL 09/03/2026 - REG. N. 211"); c.restoreState()
c.showPage(); c.save()
