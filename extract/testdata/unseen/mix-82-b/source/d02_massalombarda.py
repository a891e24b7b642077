import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c=canvas.Canvas(sys.argv[1],pagesize=A4); W,H=A4; L=60; R=W-60
def just(lines,y,font="Helvetica",size=10,lead=14):
    for i,l in enumerate(lines):
        t=c.beginText(L,y); t.setFont(font,size)
        n=l.count(" ")
        if i<len(lines)-1 and n: t.setWordSpace((R-L-stringWidth(l,font,size))/n)
        t.textLine(l); c.drawText(t); y-=lead
    return y
def wrap(s,font="Helvetica",size=10):
    out=[];cur=""
    for w in s.split():
        if stringWidth((cur+" "+w).strip(),font,size)>R-L: out.append(cur); cur=w
        else: cur=(cur+" "+w).strip()
    return out+[cur]
c.setFont("Helvetica-Bold",15); c.drawCentredString(W/2,H-60,"COMUNE DI MASSA LOMBARDA")
c.setFont("Helvetica",9); c.drawCentredString(W/2,H-74,"Provincia di Ravenna – Piazza Matteotti, 16 – 48024 Massa Lombarda (RA)")
c.line(L,H-82,R,H-82)
c.setFont("Helvetica",10); c.drawString(L,H-100,"Area Servizi al Territorio – Servizio Lavori Pubblici")
c.drawRightString(R,H-100,"Bando n. 2/2026")
y=H-130
t=c.beginText(L,y); t.setFont("Helvetica-Bold",11); t.setCharSpace(0.6)
for l in ["PROCEDURA APERTA PER L'AFFIDAMENTO DEI LAVORI DI RIQUALIFICAZIONE","DELLA PALESTRA DELLA SCUOLA PRIMARIA \"G. PASCOLI\"","– CUP E67H25001230004 – CIG B8F2A41C90"]: t.textLine(l)
c.drawText(t); y-=60
c.setFont("Helvetica-Bold",10); c.drawCentredString(W/2,y,"BANDO DI GARA"); y-=20
paras=["1. STAZIONE APPALTANTE: Comune di Massa Lombarda, Area Servizi al Territorio, Servizio Lavori Pubblici, Piazza Matteotti 16, tel. 0545 985811, PEC comune.massalombarda@cert.provincia.ra.it.",
"2. OGGETTO: lavori di riqualificazione della palestra della scuola primaria \"G. Pascoli\", comprendenti il rifacimento della pavimentazione sportiva, l'adeguamento degli spogliatoi e la sostituzione dei serramenti, come da progetto esecutivo approvato con deliberazione della Giunta comunale n. 22 del 24.2.2026.",
"3. IMPORTO: euro 684.500,00 di cui euro 21.300,00 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente OG1, classifica III.",
"4. PROCEDURA E CRITERIO: procedura aperta ai sensi dell'art. 71 del D.Lgs. 36/2023, con il criterio dell'offerta economicamente più vantaggiosa, svolta sulla piattaforma telematica SATER.",
"5. TERMINE: le offerte devono pervenire entro le ore 13:00 del 14 aprile 2026. La prima seduta pubblica si terrà il 15 aprile 2026 alle ore 9:30.",
"6. RESPONSABILE UNICO DEL PROGETTO: ing. Matteo Baldini."]
for p in paras: y=just(wrap(p),y)-6
c.drawString(L,y-10,"Massa Lombarda, 16 marzo 2026")
c.drawRightString(R,y-40,"IL RESPONSABILE DELL'AREA SERVIZI AL TERRITORIO"); c.drawRightString(R,y-54,"ing. Matteo Baldini")
c.setFont("Helvetica",7); c.drawCentredString(W/2,30,"Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.save()
