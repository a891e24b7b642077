# reportlab canvas: letterhead and foot as Form XObjects, body drawn bottom-up, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("SISCOM Albo Pretorio")
c.beginForm("lh"); c.setFont("Helvetica-Bold",15); c.drawCentredString(W/2,H-50,"COMUNE DI SEUI"); c.setFont("Helvetica",9)
c.drawCentredString(W/2,H-63,"Provincia del Sud Sardegna – Via Roma, 124 – 08037 Seui (SU)"); c.line(60,H-70,W-60,H-70); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica",7.5); c.drawCentredString(W/2,30,"Servizio Segreteria – Albo Pretorio on line – www.comune.seui.su.it"); c.endForm()
lines=[("Helvetica-Bold",13,"CERTIFICATO DI PUBBLICAZIONE"),("Helvetica",10.5,""),
("Helvetica",10.5,"Il sottoscritto Responsabile delle pubblicazioni, visti gli atti d'ufficio,"),
("Helvetica-Bold",11,"CERTIFICA"),
("Helvetica",10.5,"che copia della deliberazione della Giunta Comunale N. 18 del 17/03/2026 avente ad oggetto:"),
("Helvetica-Oblique",10.5,"Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di via Sa Tanca"),
("Helvetica-Oblique",10.5,"all'Associazione culturale Su Cuaddu de Seui – periodo 2026-2028."),
("Helvetica",10.5,""),
("Helvetica",10.5,"è stata pubblicata all'Albo Pretorio on line del Comune dal 18/03/2026 al 02/04/2026"),
("Helvetica",10.5,"per quindici giorni consecutivi, registrata al n. 241 del Registro delle pubblicazioni,"),
("Helvetica",10.5,"ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, senza opposizioni o reclami."),
("Helvetica",10.5,""),("Helvetica",10.5,"Seui, 03/04/2026"),("Helvetica",10.5,""),
("Helvetica",10.5,"                                                                     Il Responsabile delle pubblicazioni"),
("Helvetica",10.5,"                                                                           Rag. Maria Franca Lai")]
y0=H-130; ys=[y0-i*18 for i in range(len(lines))]
for (f,s,t),y in reversed(list(zip(lines,ys))):
    c.setFont(f,s)
    if t.strip() in ("CERTIFICATO DI PUBBLICAZIONE","CERTIFICA"): c.drawCentredString(W/2,y,t)
    else: c.drawString(70,y,t)
c.doForm("ft"); c.doForm("lh")
c.saveState(); c.translate(40,300); c.rotate(90); c.setStrokeColorRGB(.2,.2,.6); c.setFillColorRGB(.2,.2,.6)
c.rect(0,-6,250,22); c.setFont("Helvetica-Bold",9); c.drawString(8,2,"ALBO PRETORIO – Reg. n. 241/2026 – Affisso il 18/03/2026"); c.restoreState()
c.save()
