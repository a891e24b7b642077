# Certificate of publication of the Comune di Giussano, drawn directly on a ReportLab canvas
# (standard Times/Helvetica fonts, not embedded), with a protocol stamp and a barcode caption.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.graphics.barcode import code128
from reportlab.lib.utils import simpleSplit
OUT = sys.argv[1]
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('Certificato di pubblicazione - Reg. 512/2026'); c.setAuthor('Comune di Giussano'); c.setCreator('ReportLab')
W, H = A4
c.setFont('Times-Bold', 20); c.drawCentredString(W/2, H-30*mm, 'COMUNE DI GIUSSANO')
c.setFont('Times-Italic', 11); c.drawCentredString(W/2, H-36*mm, 'Provincia di Monza e della Brianza')
c.setFont('Times-Roman', 9); c.drawCentredString(W/2, H-41*mm, 'Piazzale Aldo Moro, 1 – 20833 Giussano (MB) – Tel. 0362 3581')
c.setLineWidth(1.2); c.line(25*mm, H-45*mm, W-25*mm, H-45*mm); c.setLineWidth(0.4); c.line(25*mm, H-46*mm, W-25*mm, H-46*mm)
# protocol stamp, top right
c.saveState(); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.roundRect(W-80*mm, H-72*mm, 55*mm, 20*mm, 3*mm)
c.setFont('Helvetica-Bold', 7.5); c.drawCentredString(W-52.5*mm, H-58*mm, 'COMUNE DI GIUSSANO')
c.setFont('Helvetica', 7.5); c.drawCentredString(W-52.5*mm, H-63*mm, 'Albo Pretorio on line')
c.drawCentredString(W-52.5*mm, H-68*mm, 'Registro n. 512 del 17/04/2026')
c.restoreState()
y = H-92*mm
c.setFont('Times-Bold', 15); c.drawCentredString(W/2, y, 'CERTIFICATO DI PUBBLICAZIONE'); y -= 16*mm
c.setFont('Times-Roman', 12)
def para(t, y, font='Times-Roman', size=12, lead=17):
    for ln in simpleSplit(t, font, size, W-50*mm):
        c.setFont(font, size); c.drawString(25*mm, y, ln); y -= lead
    return y - 6
y = para('Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,', y)
c.setFont('Times-Bold', 12); c.drawCentredString(W/2, y, 'CERTIFICA'); y -= 12*mm
y = para('che la deliberazione della Giunta Comunale n. 61 del 09/04/2026, avente ad oggetto:', y)
y = para('“APPROVAZIONE DEL PIANO TRIENNALE DELLE AZIONI POSITIVE 2026-2028 AI SENSI DELL’ART. 48 DEL D.LGS. 198/2006”', y, 'Times-Bold', 12)
y = para('viene pubblicata in data odierna all’Albo Pretorio on line di questo Comune, ove rimarrà affissa per quindici giorni consecutivi, dal 17/04/2026 al 02/05/2026, ai sensi dell’art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell’art. 32, comma 1, della Legge 18 giugno 2009, n. 69.', y)
y -= 4*mm
c.setFont('Times-Roman', 12); c.drawString(25*mm, y, 'Giussano, 17/04/2026'); y -= 14*mm
c.drawCentredString(W-60*mm, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE'); y -= 6*mm
c.drawCentredString(W-60*mm, y, 'Istruttore Amministrativo'); y -= 6*mm
c.setFont('Times-Italic', 12); c.drawCentredString(W-60*mm, y, 'Laura Sala'); y -= 20*mm
# barcode with caption
bc = code128.Code128('GIUSS-ALBO-2026-0000512', barHeight=11*mm, barWidth=0.9)
bc.drawOn(c, 25*mm, 36*mm)
c.setFont('Helvetica', 7); c.drawString(25*mm, 32*mm, 'GIUSS-ALBO-2026-0000512  –  identificativo di pubblicazione')
c.setLineWidth(0.4); c.line(25*mm, 24*mm, W-25*mm, 24*mm)
c.setFont('Helvetica', 7)
c.drawString(25*mm, 20*mm, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. Il presente certificato si compone di una pagina.')
c.drawRightString(W-25*mm, 20*mm, 'Pag. 1/1')
c.showPage(); c.save()
