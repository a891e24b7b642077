import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
c=canvas.Canvas(sys.argv[1],pagesize=A4); W,H=A4
c.beginForm("head"); c.setFont("Helvetica-Bold",15); c.drawCentredString(W/2,H-55,"COMUNE DI CAMEROTA")
c.setFont("Helvetica",9); c.drawCentredString(W/2,H-69,"Provincia di Salerno – Piazza San Vito, 1 – 84040 Camerota (SA)"); c.line(50,H-76,W-50,H-76); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica",7); c.drawCentredString(W/2,28,"Area Tecnica – Servizio Demanio Marittimo – tel. 0974 920211 – protocollo@pec.comune.camerota.sa.it"); c.endForm()
st=ParagraphStyle("b",fontName="Helvetica",fontSize=10,leading=14,alignment=4)
def para(t,y):
    p=Paragraph(t,st); w,h=p.wrap(W-110,400); p.drawOn(c,55,y-h); return y-h-8
# signature and table drawn first, heading last
c.setFont("Helvetica",10); c.drawString(55,300,"Camerota, 7 aprile 2026")
c.drawRightString(W-55,270,"Il Responsabile dell'Area Tecnica"); c.drawRightString(W-55,256,"arch. Giuseppe Speranza")
y=H-245
y=para("Si rende noto che, con determinazione del Responsabile dell'Area Tecnica n. 112 del 3.4.2026, la procedura in oggetto è stata aggiudicata come segue:",y)
y=para("<b>Aggiudicatario:</b> SALVAMARE CILENTO S.R.L., con sede in Pisciotta (SA), P.IVA 05873120652<br/><b>Ribasso:</b> 8,45% sull'importo a base di gara di € 96.000,00<br/><b>Importo contrattuale:</b> € 87.888,00 oltre IVA<br/><b>Offerte pervenute:</b> 3 – <b>Operatori esclusi:</b> nessuno",y)
y=para("Gli atti della procedura sono disponibili presso l'Area Tecnica. Avverso il provvedimento è ammesso ricorso al T.A.R. Campania – Sezione di Salerno.",y)
c.doForm("foot"); c.doForm("head")
c.setFont("Helvetica",10); c.drawString(55,H-100,"AREA TECNICA – Servizio Demanio Marittimo"); c.drawRightString(W-55,H-100,"CIG B8C07E5D21")
c.setFont("Helvetica-Bold",12); c.drawCentredString(W/2,H-135,"AVVISO DI ESITO DI GARA")
c.setFont("Helvetica-Bold",10)
for i,l in enumerate(["Affidamento del servizio di salvataggio e assistenza ai bagnanti","sulle spiagge libere comunali – stagioni balneari 2026 e 2027"]): c.drawCentredString(W/2,H-160-14*i,l)
c.showPage()
c.save()
