# Mugnano del Cardinale: certificate of publication; letterhead and foot are Form XObjects, text drawn out of
# reading order (signature and dates first), "PUBBLICATO" stamp rotated 90 degrees along the right margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Maggioli PDF Stampa 5.1"); W, H = A4
c.beginForm("head"); c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, H - 60, "COMUNE DI MUGNANO DEL CARDINALE")
c.setFont("Times-Italic", 11); c.drawCentredString(W / 2, H - 76, "Provincia di Avellino"); c.line(60, H - 86, W - 60, H - 86); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 40, "Piazza Umberto I – 83027 Mugnano del Cardinale (AV) – protocollo@pec.comune.mugnanodelcardinale.av.it"); c.endForm()
# signature block first
c.setFont("Times-Roman", 11); c.drawCentredString(W - 160, 300, "Il Responsabile della Pubblicazione"); c.drawCentredString(W - 160, 285, "sig.ra Filomena Sorice")
c.drawString(70, 330, "Mugnano del Cardinale, 27/03/2026")
# stamp rotated
c.saveState(); c.translate(W - 35, 420); c.rotate(90); c.setFont("Helvetica-Bold", 9); c.setFillGray(0.35)
c.drawCentredString(0, 0, "ALBO PRETORIO ON LINE – REG. PUBBL. N. 256/2026"); c.restoreState()
# body after
c.setFont("Times-Roman", 11)
y = 560
for s in ["Il sottoscritto Responsabile della Pubblicazione, visti gli atti d'ufficio,",
          "ATTESTA",
          "che copia della determinazione del Responsabile dell'Area Amministrativa n. 61 del 10/03/2026 è stata pubblicata all'Albo Pretorio on line di questo Comune dal 11/03/2026 al 26/03/2026 per quindici giorni consecutivi, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69, e che contro di essa non sono pervenuti reclami od opposizioni."]:
    if s == "ATTESTA": c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, s); y -= 22; c.setFont("Times-Roman", 11); continue
    for ln in simpleSplit(s, "Times-Roman", 11, W - 140): c.drawString(70, y, ln); y -= 15
    y -= 8
c.doForm("head"); c.doForm("foot")
c.setFont("Times-Bold", 13); c.drawCentredString(W / 2, H - 130, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.setFont("Times-Roman", 11); y = H - 170
c.drawString(70, y, "Atto: Determinazione n. 61 del 10/03/2026 – Area Amministrativa"); y -= 18
for ln in simpleSplit("Oggetto: Affidamento del servizio di manutenzione ordinaria degli impianti di riscaldamento degli edifici comunali per la stagione termica 2026/2027 – Impegno di spesa.", "Times-Roman", 11, W - 140):
    c.drawString(70, y, ln); y -= 15
c.showPage(); c.save()
