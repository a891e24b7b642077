# Consorzio di Bonifica Acque Risorgive – certificato di pubblicazione di una deliberazione del CdA,
# imitating a Kibernetes "Albo on line" print. ReportLab canvas, DejaVu fonts embedded.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", FD + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DVSa", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVSa-B", FD + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")
registerFontFamily("DVSa", normal="DVSa", bold="DVSa-B", italic="DVSa", boldItalic="DVSa-B")

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione - Deliberazione CdA n. 21 del 05/03/2026")
c.setAuthor("Consorzio di Bonifica Acque Risorgive")
c.setCreator("Kibernetes - Albo on line")

# letterhead: wave mark + name
c.setStrokeColor(colors.HexColor("#1c6ea4"))
c.setLineWidth(2)
for k in range(3):
    y = H - 2.0 * cm - k * 0.32 * cm
    p = c.beginPath()
    p.moveTo(2 * cm, y)
    p.curveTo(2.5 * cm, y + 0.25 * cm, 3.0 * cm, y - 0.25 * cm, 3.5 * cm, y)
    c.drawPath(p, stroke=1, fill=0)
c.setFillColor(colors.HexColor("#1c6ea4"))
c.setFont("DVSa-B", 15)
c.drawString(4.0 * cm, H - 2.05 * cm, "CONSORZIO DI BONIFICA ACQUE RISORGIVE")
c.setFillColor(colors.black)
c.setFont("DVSa", 8.5)
c.drawString(4.0 * cm, H - 2.55 * cm, "Ente pubblico economico – L.R. Veneto 8 maggio 2009, n. 12")
c.drawString(4.0 * cm, H - 2.95 * cm, "Via Rosa, 12 – 30174 Venezia Mestre (VE) – C.F. 94072730271 – PEC: consorzio@pec.acquerisorgive.it")
c.setLineWidth(0.6)
c.setStrokeColor(colors.black)
c.line(2 * cm, H - 3.3 * cm, W - 2 * cm, H - 3.3 * cm)

# register box (right) and title
c.setFont("DVSa", 8.5)
c.rect(W - 7.2 * cm, H - 5.0 * cm, 5.2 * cm, 1.2 * cm)
c.drawString(W - 7.0 * cm, H - 4.3 * cm, "Registro delle pubblicazioni")
c.setFont("DVSa-B", 10)
c.drawString(W - 7.0 * cm, H - 4.8 * cm, "N. 87 / 2026")
c.setFont("DVS-B", 16)
c.drawCentredString(W / 2, H - 6.6 * cm, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("DVS-I", 9.5)
c.drawCentredString(W / 2, H - 7.15 * cm, "(art. 32 della L. 18 giugno 2009, n. 69 – art. 21 dello Statuto consortile)")

st = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=15, alignment=TA_JUSTIFY)
stc = ParagraphStyle("c", parent=st, alignment=TA_CENTER)
lab = ParagraphStyle("l", fontName="DVSa-B", fontSize=9.5, leading=12)
val = ParagraphStyle("v", fontName="DVSa", fontSize=9.5, leading=12)

data = [
    [Paragraph("Atto", lab), Paragraph("Deliberazione del Consiglio di Amministrazione", val)],
    [Paragraph("Numero", lab), Paragraph("21", val)],
    [Paragraph("Data di adozione", lab), Paragraph("05/03/2026", val)],
    [Paragraph("Oggetto", lab), Paragraph("Lavori di ricalibratura e consolidamento delle sponde del canale Menegon nei Comuni di Spinea e Mirano – 1° stralcio – Approvazione del progetto esecutivo. CUP H87B25000310002.", val)],
    [Paragraph("Periodo di pubblicazione", lab), Paragraph("dal 09/03/2026 al 24/03/2026", val)],
]
t = Table(data, colWidths=[4.6 * cm, 12.4 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e4eef6")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
tw, th = t.wrap(17 * cm, 20 * cm)
y = H - 8.0 * cm - th
t.drawOn(c, 2 * cm, y)

txt = [
    "Il sottoscritto Direttore Generale, su conforme attestazione del Responsabile dell'Albo consortile,",
]
y -= 1.0 * cm
p = Paragraph(txt[0], st)
pw, ph = p.wrap(17 * cm, 5 * cm)
p.drawOn(c, 2 * cm, y - ph)
y -= ph + 0.5 * cm
p = Paragraph("<b>C E R T I F I C A</b>", stc)
pw, ph = p.wrap(17 * cm, 5 * cm)
p.drawOn(c, 2 * cm, y - ph)
y -= ph + 0.5 * cm
body = ("che la deliberazione sopra indicata è stata pubblicata all'Albo consortile on line, accessibile dal sito "
        "istituzionale www.acquerisorgive.it, per quindici giorni consecutivi, dal 09/03/2026 al 24/03/2026, "
        "e che contro di essa non sono pervenuti reclami od opposizioni.")
p = Paragraph(body, st)
pw, ph = p.wrap(17 * cm, 8 * cm)
p.drawOn(c, 2 * cm, y - ph)
y -= ph + 0.35 * cm
p = Paragraph("Si attesta altresì che la deliberazione, non soggetta al controllo preventivo della Giunta regionale, "
              "è divenuta esecutiva il 05/03/2026, essendo stata dichiarata immediatamente eseguibile.", st)
pw, ph = p.wrap(17 * cm, 8 * cm)
p.drawOn(c, 2 * cm, y - ph)
y -= ph + 1.2 * cm

c.setFont("DVS", 10.5)
c.drawString(2 * cm, y, "Venezia Mestre, 25/03/2026")
c.drawCentredString(W - 5.5 * cm, y, "IL DIRETTORE GENERALE")
c.setFont("DVS-B", 10.5)
c.drawCentredString(W - 5.5 * cm, y - 0.55 * cm, "Ing. Giovanni Bergamin")
c.setFont("DVS-I", 8)
c.drawCentredString(W - 5.5 * cm, y - 1.0 * cm, "documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005")

# foot
c.setFont("DVSa", 7.5)
c.line(2 * cm, 1.9 * cm, W - 2 * cm, 1.9 * cm)
c.drawString(2 * cm, 1.5 * cm, "Consorzio di Bonifica Acque Risorgive – Albo consortile on line – Registro pubblicazioni n. 87/2026")
c.drawRightString(W - 2 * cm, 1.5 * cm, "Pagina 1 di 1")
c.showPage()
c.save()
