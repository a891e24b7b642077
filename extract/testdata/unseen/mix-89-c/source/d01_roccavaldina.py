# manifesto comizi elettorali: every glyph its own text object (Tm+Tj), rotated Albo stamp (reportlab canvas)
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
F="/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("S",F+"DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("SB",F+"DejaVuSerif-Bold.ttf"))
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Kibernetes Albo Web"); c.setTitle("Manifesto comizi elettorali 2026")
W,H=A4
def glyphs(x,y,s,f,z,sp=0):
    for ch in s:
        t=c.beginText(); t.setTextOrigin(x,y); t.setFont(f,z); t.textOut(ch); c.drawText(t)
        x+=pdfmetrics.stringWidth(ch,f,z)+sp
def center(y,s,f,z,sp=0):
    w=sum(pdfmetrics.stringWidth(ch,f,z)+sp for ch in s)-sp
    glyphs((W-w)/2,y,s,f,z,sp)
def just(y,s,f,z,x0=70,x1=W-60,last=False):
    ws=s.split(); 
    if last or len(ws)<2: glyphs(x0,y,s,f,z); return
    tw=sum(pdfmetrics.stringWidth(w,f,z) for w in ws); gap=(x1-x0-tw)/(len(ws)-1); x=x0
    for w in ws: glyphs(x,y,w,f,z); x+=pdfmetrics.stringWidth(w,f,z)+gap
def para(y,text,f="S",z=10.5,lead=14):
    from reportlab.lib.utils import simpleSplit
    ls=simpleSplit(text,f,z,W-130)
    for i,l in enumerate(ls): just(y,l,f,z,last=(i==len(ls)-1)); y-=lead
    return y-4
c.setLineWidth(2); c.rect(40,40,W-80,H-80); c.setLineWidth(.6); c.rect(45,45,W-90,H-90)
center(H-85,"COMUNE DI ROCCAVALDINA","SB",17,1.5)
center(H-102,"Città Metropolitana di Messina","S",10)
center(H-150,"IL SINDACO","SB",15,3)
y=H-178
y=para(y,"Visto il decreto dell'Assessore regionale delle Autonomie locali e della Funzione pubblica n. 118 del 30 marzo 2026, con il quale sono stati convocati per i giorni di domenica 24 e lunedì 25 maggio 2026 i comizi per l'elezione diretta del Sindaco e del Consiglio comunale nei Comuni della Regione Siciliana che rinnovano gli organi nel turno ordinario;")
y=para(y,"Visti il D.P.Reg. 20 agosto 1960, n. 3, la L.R. 26 agosto 1992, n. 7 e la L.R. 15 settembre 1997, n. 35 e successive modifiche;")
center(y-8,"RENDE NOTO","SB",13,2); y-=36
y=para(y,"che sono convocati i")
center(y,"COMIZI ELETTORALI PER L'ELEZIONE DIRETTA DEL SINDACO","SB",11.5); y-=16
center(y,"E DEL CONSIGLIO COMUNALE","SB",11.5); y-=24
y=para(y,"per i giorni di DOMENICA 24 MAGGIO 2026, dalle ore 7 alle ore 23, e di LUNEDÌ 25 MAGGIO 2026, dalle ore 7 alle ore 15. L'eventuale turno di ballottaggio avrà luogo domenica 7 e lunedì 8 giugno 2026.")
y=para(y,"Il Consiglio comunale è composto da 10 consiglieri. Le liste dei candidati e le candidature alla carica di Sindaco devono essere presentate alla Segreteria comunale dalle ore 8 del 41° giorno alle ore 12 del 40° giorno antecedente quello della votazione.")
y=para(y,"Gli elettori votano nella sezione n. 1, ubicata presso la Scuola primaria di via Umberto I, secondo quanto indicato sulla tessera elettorale personale.")
glyphs(70,y-20,"Roccavaldina, lì 9 aprile 2026","S",10.5)
glyphs(W-230,y-20,"IL SINDACO","SB",10.5,1); glyphs(W-245,y-36,"Dott. Carmelo Bonsignore","S",10.5)
c.saveState(); c.translate(28,140); c.rotate(90); c.setFont("S",7.5)
c.drawString(0,0,"Pubblicato all'Albo Pretorio on line dal 09/04/2026 al 25/05/2026 - Reg. Pubbl. n. 241"); c.restoreState()
c.save()
