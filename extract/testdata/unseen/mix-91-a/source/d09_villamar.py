# reportlab: letterhead and foot as Form XObjects on both pages; signature drawn before the body
import sys
from reportlab.pdfgen import canvas
c=canvas.Canvas(sys.argv[1])
c.beginForm("head"); c.setFont("Helvetica-Bold",14); c.drawString(60,800,"COMUNE DI VILLAMAR"); c.setFont("Helvetica",8); c.drawString(60,789,"Provincia del Sud Sardegna - Piazza Municipio 1 - 09020 Villamar"); c.line(60,782,535,782); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica",7); c.drawCentredString(297,30,"Decreto sindacale n. 4 del 02/03/2026"); c.endForm()
body1=["DECRETO SINDACALE N. 4 DEL 02/03/2026","",
"OGGETTO: Nomina del Responsabile dell'Area Tecnica - Servizio Lavori Pubblici,",
"Urbanistica e Ufficio Espropri - con attribuzione della posizione organizzativa.","",
"IL SINDACO","Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;",
"visto l'art. 109, comma 2, del medesimo decreto;",
"visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
"dato atto che l'ing. Stefania Melis, istruttore direttivo tecnico, possiede i requisiti;"]
body2=["DECRETA","1. di nominare l'ing. Stefania Melis Responsabile dell'Area Tecnica dal 02/03/2026 al 31/12/2026;",
"2. di attribuire alla stessa la retribuzione di posizione nella misura stabilita dal Nucleo di valutazione;",
"3. di notificare il presente decreto all'interessata e di pubblicarlo all'Albo Pretorio on line."]
for pg,body in ((1,body1),(2,body2)):
    if pg==2:
        c.setFont("Helvetica",10); c.drawString(330,560,"IL SINDACO"); c.drawString(330,546,"Massimiliano Pitzalis")
    c.doForm("foot")
    y=740
    for s in reversed(body):
        pass
    ys=[740-i*16 for i in range(len(body))]
    for s,yy in reversed(list(zip(body,ys))):
        c.setFont("Helvetica-Bold" if s in("IL SINDACO","DECRETA") or s.startswith("DECRETO") else "Helvetica",10); c.drawString(60,yy,s)
    c.doForm("head"); c.showPage()
c.save()
