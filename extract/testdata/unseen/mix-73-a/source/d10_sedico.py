# reportlab: letterhead and foot as Form XObjects; body blocks drawn out of reading order; rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, 800, "COMUNE DI SEDICO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, 786, "Provincia di Belluno – Piazza della Vittoria 14 – 32036 Sedico"); c.line(60, 778, W-60, 778); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 40, "Servizio Segreteria e Albo – documento generato dal sistema di gestione documentale"); c.endForm()
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=15, alignment=4)
# signature first
c.setFont("Helvetica", 10.5); c.drawString(340, 330, "IL MESSO COMUNALE"); c.drawString(340, 315, "Roberta De Bortoli")
c.drawString(60, 330, "Sedico, 26/02/2026")
# body next
body = [Paragraph("Il sottoscritto Messo comunale, visti gli atti d'ufficio,", st),
        Paragraph("<b>CERTIFICA</b>", ParagraphStyle("c", parent=st, alignment=1, spaceBefore=8, spaceAfter=8)),
        Paragraph("che l'<b>ordinanza n. 21 del 10/02/2026</b> del Responsabile dell'Area Tecnica, avente ad oggetto: "
                  "<i>Divieto di transito in via Gresal per lavori di consolidamento del muro di sostegno a valle della carreggiata.</i>, "
                  "è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, "
                  "dal 11/02/2026 al 26/02/2026, al n. 164 del Registro delle pubblicazioni, e che contro di essa non sono pervenuti reclami od opposizioni.", st)]
Frame(60, 360, W-120, 330, showBoundary=0).addFromList(body, c)
# title last
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W/2, 730, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, 714, "(art. 124 D.Lgs. 267/2000 – art. 32 L. 69/2009)")
c.doForm("head"); c.doForm("foot")
c.saveState(); c.translate(35, 420); c.rotate(90); c.setFillColorRGB(0.6, 0.1, 0.1); c.setFont("Helvetica-Bold", 8)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – REG. PUBBL. N. 164/2026"); c.restoreState()
c.save()
