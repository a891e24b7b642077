# reportlab: justified lines with Tw, letter-spaced heading (Tc), Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1])
def just(x,y,w,words,f="Times-Roman",z=11):
    s=" ".join(words); n=len(words)-1; extra=(w-stringWidth(s,f,z))/n if n else 0
    t=c.beginText(x,y); t.setFont(f,z); t.setWordSpace(extra); t.textOut(s); c.drawText(t)
def para(x,y,w,text,f="Times-Roman",z=11):
    ws=text.split(); line=[]
    for wd in ws:
        if stringWidth(" ".join(line+[wd]),f,z)>w: just(x,y,w,line,f,z); y-=14; line=[]
        line.append(wd)
    t=c.beginText(x,y); t.setFont(f,z); t.setWordSpace(0); t.textOut(" ".join(line)); c.drawText(t); return y-18
t=c.beginText(70,800); t.setFont("Times-Bold",16); t.setCharSpace(3); t.textOut("COMUNE DI BUSCEMI"); t.setCharSpace(0); c.drawText(t)
c.setFont("Times-Roman",9); c.drawString(70,786,"Libero Consorzio Comunale di Siracusa")
c.setFont("Times-Roman",9); c.drawRightString(540,800,"Area Amministrativa"); c.drawRightString(540,789,"Servizio Pubblica Istruzione"); c.drawRightString(540,778,"Ufficio Trasporto Scolastico")
c.line(70,770,540,770)
t=c.beginText(170,745); t.setFont("Times-Bold",12); t.setCharSpace(1.5); t.textOut("DETERMINAZIONE N. 19/PI DEL 10/03/2026"); t.setCharSpace(0); c.drawText(t)
c.setFont("Times-Roman",10); c.drawCentredString(305,730,"Registro Generale N. 83 del 11/03/2026")
y=para(70,705,470,"OGGETTO: Servizio di trasporto scolastico degli alunni pendolari frequentanti gli istituti di Palazzolo Acreide - Impegno di spesa per il periodo gennaio-giugno 2026.","Times-Bold")
y=para(70,y,470,"IL RESPONSABILE DELL'AREA AMMINISTRATIVA, vista la L.R. 24/1973 sul trasporto gratuito degli alunni pendolari; visti gli abbonamenti rilasciati dalla ditta AST S.p.A.; ritenuto di dover provvedere all'impegno della spesa necessaria per il secondo quadrimestre dell'anno scolastico 2025/2026;")
c.setFont("Times-Bold",11); c.drawCentredString(305,y,"DETERMINA"); y-=18
for p in ["1) di impegnare la somma di euro 9.860,00 al cap. 4510/1 del bilancio 2026, in favore della ditta AST S.p.A.;","2) di dare atto che la spesa è finanziata con fondi regionali;","3) di trasmettere copia del presente atto al Servizio Finanziario."]:
    y=para(70,y,470,p)
c.setFont("Times-Roman",11); c.drawString(330,y-20,"Il Responsabile dell'Area"); c.drawString(330,y-34,"dott. Sebastiano Gianninoto")
c.saveState(); c.translate(40,300); c.rotate(90); c.setFont("Helvetica",7); c.setFillColorRGB(.1,.2,.6)
c.drawString(0,0,"ALBO PRETORIO ON LINE - Pubblicata dal 12/03/2026 al 27/03/2026 - Reg. Pubbl. n. 211"); c.restoreState()
c.save()
