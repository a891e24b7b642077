# Roccafiorita: reportlab, every glyph its own BT/Tm/Tj, justified by moving glyphs; Albo stamp rotated 90 deg, drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F="/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("R",F+"DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("B",F+"DejaVuSerif-Bold.ttf"))
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Halley Sicilia - Ordinanze"); W,H=A4
c.saveState(); c.translate(28,300); c.rotate(90); c.setFont("R",7.5); c.setFillGray(0.35)
c.drawString(0,0,"Pubblicata all'Albo Pretorio on line dal 18/03/2026 al 02/04/2026 – Reg. Pubbl. n. 131"); c.restoreState()
def glyphs(s,x,y,font,size,extra=0.0):
    sp=s.count(" ")
    for ch in s:
        c.setFont(font,size); c.drawString(x,y,ch); x+=pdfmetrics.stringWidth(ch,font,size)+(extra if ch==" " else 0)
def para(txt,x,y,w,font="R",size=10,lead=13.5):
    words=txt.split(); lines=[]; cur=[]
    for wd in words:
        if cur and pdfmetrics.stringWidth(" ".join(cur+[wd]),font,size)>w: lines.append(cur); cur=[wd]
        else: cur.append(wd)
    lines.append(cur)
    for i,l in enumerate(lines):
        s=" ".join(l); ex=0
        if i<len(lines)-1 and len(l)>1: ex=(w-pdfmetrics.stringWidth(s,font,size))/(len(l)-1)
        glyphs(s,x,y,font,size,ex); y-=lead
    return y
def ctr(s,y,font,size): glyphs(s,(W-pdfmetrics.stringWidth(s,font,size))/2,y,font,size)
ctr("COMUNE DI ROCCAFIORITA",H-60,"B",15); ctr("Città Metropolitana di Messina",H-76,"R",10)
ctr("AREA TECNICA",H-96,"B",10.5)
c.line(60,H-106,W-60,H-106)
ctr("ORDINANZA DIRIGENZIALE N. 6 del 18/03/2026",H-130,"B",12)
y=para("OGGETTO: Disciplina temporanea della circolazione veicolare in via Vittorio Emanuele e piazza Chiesa Madre per lavori di rifacimento della rete idrica.",70,H-158,W-130,"B",10.5)
y-=8; ctr("IL RESPONSABILE DELL'AREA TECNICA",y,"B",10.5); y-=20
for p in ["VISTA la nota prot. n. 612 del 16/03/2026 con la quale l'impresa Idrocostruzioni Peloritane S.r.l., esecutrice dei lavori di rifacimento della rete idrica comunale, chiede l'adozione dei provvedimenti di disciplina del traffico necessari all'apertura del cantiere;",
"RITENUTO necessario, per garantire la sicurezza della circolazione e l'esecuzione dei lavori, regolamentare il transito e la sosta dei veicoli nelle strade interessate;",
"VISTI gli artt. 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada), il relativo regolamento di esecuzione e l'art. 107 del D.Lgs. 267/2000;"]:
    y=para(p,70,y,W-130); y-=5
y-=4; ctr("O R D I N A",y,"B",11); y-=20
for i,p in enumerate(["dal 23/03/2026 al 10/04/2026, dalle ore 7:30 alle ore 18:00, il divieto di transito veicolare in via Vittorio Emanuele, nel tratto compreso tra il civico 2 e piazza Chiesa Madre, eccetto i mezzi di soccorso e di cantiere;",
"nel medesimo periodo, il divieto di sosta con rimozione forzata su ambo i lati di piazza Chiesa Madre;",
"all'impresa esecutrice di apporre la segnaletica prevista dal D.M. 10 luglio 2002 almeno 48 ore prima dell'inizio dei lavori;",
"alla Polizia Municipale e alle Forze dell'Ordine di vigilare sull'osservanza della presente ordinanza."],1):
    glyphs("%d."%i,70,y,"R",10); y=para(p,88,y,W-148); y-=4
y-=6; y=para("Avverso la presente ordinanza è ammesso ricorso al T.A.R. Sicilia – Sezione di Catania entro 60 giorni dalla pubblicazione.",70,y,W-130,"R",9.5)
y-=16; glyphs("Roccafiorita, 18/03/2026",70,y,"R",10)
glyphs("IL RESPONSABILE DELL'AREA TECNICA",W-290,y-22,"R",10); glyphs("Arch. Nunziato Triolo",W-250,y-36,"R",10)
c.showPage(); c.save()
