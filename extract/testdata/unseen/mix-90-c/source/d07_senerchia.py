import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("Civilia Next"); c.setProducer("ReportLab")
def spaced(y,s,f,sz,tc):  # heading letter-spaced with Tc, centred
    w=stringWidth(s,f,sz)+tc*(len(s)-1); t=c.beginText(); t.setFont(f,sz); t.setCharSpace(tc); t.setTextOrigin((W-w)/2,y); t.textOut(s); c.drawText(t)
def just(y,text,f="Helvetica",sz=10,x=70,w=W-140,lead=14):  # each line justified with Tw
    words=text.split(); lines=[]; cur=[]
    for wd in words:
        if cur and stringWidth(" ".join(cur+[wd]),f,sz)>w: lines.append(cur); cur=[wd]
        else: cur.append(wd)
    lines.append(cur)
    for i,l in enumerate(lines):
        t=c.beginText(); t.setFont(f,sz); t.setTextOrigin(x,y)
        if i<len(lines)-1 and len(l)>1: t.setWordSpace((w-stringWidth(" ".join(l),f,sz))/(len(l)-1))
        t.textOut(" ".join(l)); c.drawText(t); y-=lead
    return y-6
spaced(H-70,"COMUNE DI SENERCHIA","Helvetica-Bold",15,3)
spaced(H-86,"PROVINCIA DI AVELLINO","Helvetica",9,2)
c.line(70,H-94,W-70,H-94)
spaced(H-125,"ATTESTAZIONE DI COPERTURA FINANZIARIA","Helvetica-Bold",12,1.2)
spaced(H-140,"(art. 183, comma 7, e art. 153, comma 5, D.Lgs. 267/2000)","Helvetica-Oblique",9,0)
y=just(H-172,"Determinazione del Responsabile dell'Area Amministrativa n. 52 del 20/04/2026 (Registro Generale n. 118 del 21/04/2026).","Helvetica-Bold")
y=just(y,"OGGETTO: Servizio di trasporto scolastico per gli alunni della scuola primaria e secondaria di primo grado - proroga tecnica fino al 30 giugno 2026. Impegno di spesa. CIG B9D4F27A15.")
y=just(y,"Il Responsabile del Servizio Finanziario, visto l'art. 183, comma 7, del D.Lgs. 18 agosto 2000, n. 267, esaminata la determinazione in oggetto, ATTESTA la copertura finanziaria della spesa e appone il visto di regolarità contabile, dando atto che la determinazione è esecutiva dalla data odierna. La spesa complessiva di euro 18.640,00 IVA compresa trova imputazione come segue:")
rows=[("Impegno","Missione/Programma","Capitolo","Esercizio","Importo"),("312/2026","04.06","1452/3","2026","€ 18.640,00")]
xs=[70,140,260,350,430]
for r in rows:
    for x,v in zip(xs,r):
        c.setFont("Helvetica-Bold" if r is rows[0] else "Helvetica",9); c.drawString(x+4,y,v)
    c.rect(70,y-5,W-140,17,stroke=1,fill=0); y-=17
y=just(y-14,"Senerchia, 21/04/2026")
c.setFont("Helvetica-Bold",10); c.drawCentredString(420,y-10,"IL RESPONSABILE DEL SERVIZIO FINANZIARIO"); c.setFont("Helvetica",10); c.drawCentredString(420,y-24,"rag. Gerardina Masullo")
c.setFont("Helvetica",7); c.drawCentredString(W/2,40,"Comune di Senerchia - Piazza Municipio 1 - 83050 Senerchia (AV) - P.IVA 00283680645")
c.save()
