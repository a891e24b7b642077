import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4,pageCompression=0); c.setCreator("Kibernetes PDF Printer 2.1")
L,R=70,W-60
def glyphs(x,y,s,font,size,extra=0.0):
    for ch in s:
        c.setFont(font,size); t=c.beginText(); t.setTextOrigin(x,y); t.textOut(ch); c.drawText(t)
        x+=stringWidth(ch,font,size)+(extra if ch==" " else 0)
def para(y,text,font="Times-Roman",size=10.5,lead=14,just=True):
    words=text.split(); line=[]
    def emit(ws,last):
        nonlocal y
        s=" ".join(ws); gap=0
        if just and not last and len(ws)>1: gap=(R-L-stringWidth(s,font,size))/(len(ws)-1)
        glyphs(L,y,s,font,size,gap); y-=lead
    for w in words:
        if stringWidth(" ".join(line+[w]),font,size)>R-L: emit(line,False); line=[w]
        else: line.append(w)
    if line: emit(line,True)
    return y-4
def center(y,s,font,size):
    glyphs(W/2-stringWidth(s,font,size)/2,y,s,font,size)
center(H-60,"COMUNE DI PECCO","Times-Bold",16)
center(H-76,"Città Metropolitana di Torino","Times-Italic",10.5)
c.line(L,H-84,R,H-84)
center(H-110,"ORDINANZA DEL SINDACO","Helvetica-Bold",12.5)
center(H-126,"N. 3/2026 del 16.2.2026","Helvetica",10.5)
y=H-155
y=para(y,"OGGETTO: Divieto temporaneo di transito veicolare sulla strada comunale della Tuppa nel tratto compreso tra la Borgata Costa e il bivio con la S.P. 222 per il cedimento del muro di controripa.","Times-Bold")
center(y-6,"IL SINDACO",'Times-Bold',11); y-=28
for t in ["PRESO ATTO della relazione dell'Ufficio Tecnico comunale del 14.2.2026, dalla quale risulta il parziale cedimento del muro di controripa in pietrame a secco lungo la strada comunale della Tuppa, con caduta di materiale sulla carreggiata;",
"RITENUTO che sussistano gravi pericoli per l'incolumità pubblica che impongono l'immediata chiusura del tratto interessato fino all'esecuzione dei lavori di messa in sicurezza;",
"VISTI gli artt. 5, 6 e 7 del D.Lgs. 285/1992 (Codice della Strada) e l'art. 50, comma 5, del D.Lgs. 267/2000;"]: y=para(y,t)
center(y-4,"O R D I N A",'Times-Bold',11); y-=24
for t in ["1. il divieto di transito a tutti i veicoli, eccettuati quelli di soccorso e delle ditte incaricate dei lavori, sulla strada comunale della Tuppa nel tratto tra la Borgata Costa e il bivio con la S.P. 222, con decorrenza immediata e fino al termine dei lavori;",
"2. all'Ufficio Tecnico comunale l'apposizione della segnaletica di cantiere e di deviazione lungo la viabilità alternativa di via Roma;",
"3. che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e trasmessa alla Stazione Carabinieri di Lessolo."]: y=para(y,t)
y=para(y-4,"Contro il presente provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.","Times-Italic",10)
glyphs(L,y-6,"Pecco, 16.2.2026","Times-Roman",10.5)
glyphs(R-170,y-26,"IL SINDACO","Times-Bold",10.5); glyphs(R-170,y-41,"Simone Dellarole","Times-Roman",10.5)
c.saveState(); c.translate(38,240); c.rotate(90); c.setFont("Helvetica",7.5); c.setFillGray(0.35)
c.drawString(0,0,"Pubblicata all'Albo Pretorio on line dal 16.2.2026 al 3.3.2026 – Reg. Pubbl. n. 58"); c.restoreState()
c.showPage(); c.save()
