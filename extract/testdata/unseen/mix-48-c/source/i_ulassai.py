# Attestazione di pubblicazione, Comune di Ulassai - ReportLab canvas ("zkoss" web-app print layout)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DC', F+'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DCB', F+'DejaVuSansCondensed-Bold.ttf'))
W,H=A4
c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setTitle('Attestazione di pubblicazione'); c.setAuthor('Comune di Ulassai')
# letterhead left, crest caption
c.setStrokeColorRGB(.2,.2,.2); c.rect(20*mm,H-38*mm,16*mm,20*mm)
c.setFont('DC',5.5); c.drawCentredString(28*mm,H-29*mm,'stemma'); c.drawCentredString(28*mm,H-31.5*mm,'comunale')
c.setFont('DCB',15); c.drawString(40*mm,H-25*mm,'COMUNE DI ULASSAI')
c.setFont('DC',8.5); c.drawString(40*mm,H-30*mm,'Provincia di Nuoro'); c.drawString(40*mm,H-34*mm,'Via Garibaldi, 45 – 08040 Ulassai (NU) – protocollo@pec.comune.ulassai.og.it')
c.setLineWidth(1.2); c.line(20*mm,H-42*mm,W-20*mm,H-42*mm)
c.setFont('DCB',13); c.drawCentredString(W/2,H-55*mm,'ATTESTAZIONE DI PUBBLICAZIONE')
c.setFont('DC',9); c.drawCentredString(W/2,H-60*mm,'(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 Legge 18 giugno 2009, n. 69)')
# data grid
rows=[('Tipo atto','DELIBERAZIONE DELLA GIUNTA COMUNALE'),('Numero','18'),('Data atto','05/03/2026'),('N. registro pubblicazioni','201/2026'),('Periodo di pubblicazione','dal 10/03/2026 al 25/03/2026')]
y=H-72*mm
for k,v in rows:
    c.setFillColorRGB(.9,.9,.9); c.rect(20*mm,y-2.5*mm,55*mm,7*mm,fill=1,stroke=1); c.setFillColorRGB(0,0,0)
    c.rect(75*mm,y-2.5*mm,W-95*mm,7*mm)
    c.setFont('DCB',9); c.drawString(22*mm,y,k); c.setFont('DC',9.5); c.drawString(77*mm,y,v); y-=7*mm
y-=6*mm
c.setFont('DCB',9.5); c.drawString(20*mm,y,'Oggetto:')
subj='CONCESSIONE IN COMODATO D\'USO GRATUITO ALLA COOPERATIVA "SU MARMURI" DEI LOCALI DELL\'EX LAVATOIO COMUNALE DI VIA SAN SEBASTIANO PER FINALITÀ DI PROMOZIONE TURISTICA – APPROVAZIONE SCHEMA DI CONTRATTO.'
c.setFont('DC',9.5)
for ln in simpleSplit(subj,'DC',9.5,W-60*mm):
    c.drawString(38*mm,y,ln); y-=4.6*mm
y-=8*mm
txt=('Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio, ATTESTA che la deliberazione sopra indicata è stata pubblicata '
     'all\'Albo Pretorio on line del Comune, accessibile dal sito istituzionale www.comune.ulassai.og.it, per quindici giorni consecutivi, '
     'dal 10/03/2026 al 25/03/2026, senza che siano pervenuti reclami od opposizioni.')
for ln in simpleSplit(txt,'DC',10,W-40*mm):
    c.drawString(20*mm,y,ln); y-=5.2*mm
y-=10*mm
c.drawString(20*mm,y,'Ulassai, 26/03/2026')
c.setFont('DCB',9.5); c.drawCentredString(150*mm,y,'IL RESPONSABILE DELLA PUBBLICAZIONE')
c.setFont('DC',9.5); c.drawCentredString(150*mm,y-5*mm,'Dott. Pierpaolo Loi')
c.setFont('DC',7); c.drawCentredString(150*mm,y-9*mm,'(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
# footer
c.setFont('DC',7); c.setFillColorRGB(.35,.35,.35)
c.drawString(20*mm,12*mm,'Albo Pretorio on line – registro n. 201/2026 – documento generato il 26/03/2026 10:42')
c.drawRightString(W-20*mm,12*mm,'Pag. 1 di 1')
c.showPage(); c.save()
