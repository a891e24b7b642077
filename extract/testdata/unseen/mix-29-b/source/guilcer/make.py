# Unione dei Comuni del Guilcer - Allegato A (tariff schedule), designed like an Adobe InDesign export:
# landscape page, colour band, large display title, styled table, notes in two columns. ReportLab canvas + platypus table.
import sys
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Table, TableStyle, Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("DVS", FD + "dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FD + "dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FD + "dejavu/DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-L", FD + "dejavu/DejaVuSans-ExtraLight.ttf"))

W, H = landscape(A4)
teal = colors.HexColor("#1d6f6a"); sand = colors.HexColor("#efe6d2")
c = canvas.Canvas(sys.argv[1], pagesize=(W, H))
c.setTitle("Allegato A - Tariffe servizi scolastici 2026-2027"); c.setAuthor("Unione dei Comuni del Guilcer"); c.setCreator("Adobe InDesign 19.2 (Windows)")
# colour band
c.setFillColor(teal); c.rect(0, H - 34*mm, W, 34*mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("DVS-B", 13); c.drawString(18*mm, H - 13*mm, "UNIONE DEI COMUNI DEL GUILCER")
c.setFont("DVS-L", 9); c.drawString(18*mm, H - 19*mm, "Provincia di Oristano – Servizi associati")
c.setFont("DVS-B", 22); c.drawRightString(W - 18*mm, H - 15*mm, "ALLEGATO A")
c.setFont("DVS", 8.5); c.drawRightString(W - 18*mm, H - 22*mm, "alla deliberazione della Giunta dell’Unione n. 7 del 27/02/2026")
c.setFillColor(colors.black)
c.setFont("DVS-B", 17); c.drawString(18*mm, H - 48*mm, "Tariffe dei servizi di trasporto scolastico e mensa")
c.setFont("DVS", 11); c.setFillColor(teal); c.drawString(18*mm, H - 55*mm, "Anno scolastico 2026/2027 – quote mensili per alunno, per fascia ISEE")
c.setFillColor(colors.black)

hdr = ["Fascia", "Valore ISEE (€)", "Trasporto scolastico\n1° figlio", "Trasporto scolastico\ndal 2° figlio", "Mensa\n(costo a pasto)", "Mensa\ndal 2° figlio"]
rows = [["A", "da 0,00 a 6.000,00", "esente", "esente", "€ 1,00", "€ 0,80"],
        ["B", "da 6.000,01 a 10.000,00", "€ 12,00", "€ 9,00", "€ 2,20", "€ 1,80"],
        ["C", "da 10.000,01 a 16.000,00", "€ 18,00", "€ 13,50", "€ 3,00", "€ 2,40"],
        ["D", "da 16.000,01 a 24.000,00", "€ 24,00", "€ 18,00", "€ 3,70", "€ 3,00"],
        ["E", "oltre 24.000,00 o ISEE non presentato", "€ 30,00", "€ 22,50", "€ 4,50", "€ 3,60"]]
t = Table([hdr] + rows, colWidths=[20*mm, 70*mm, 42*mm, 42*mm, 38*mm, 38*mm], rowHeights=[13*mm] + [9*mm]*5)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "DVC-B", 9), ("FONT", (0, 1), (-1, -1), "DVC", 10), ("FONT", (0, 1), (0, -1), "DVC-B", 12),
    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("BACKGROUND", (0, 0), (-1, 0), teal),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, sand]),
    ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "LEFT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")), ("BOX", (0, 0), (-1, -1), 0.8, teal)]))
tw, th = t.wrap(0, 0)
t.drawOn(c, 18*mm, H - 62*mm - th)

ns = ParagraphStyle("n", fontName="DVS", fontSize=8.3, leading=11)
notes_l = [Paragraph("<b>Note</b>", ParagraphStyle("h", parent=ns, fontName="DVS-B", fontSize=9.5, textColor=teal)),
           Paragraph("1. La quota del trasporto è mensile e dovuta per intero anche in caso di utilizzo parziale del servizio nel mese; per il mese di giugno è dovuta la metà della quota.", ns),
           Paragraph("2. La quota della mensa è addebitata per ciascun pasto prenotato tramite l’applicazione dell’Unione, entro le ore 9:30 del giorno di consumo.", ns)]
notes_r = [Paragraph("&nbsp;", ns),
           Paragraph("3. Le riduzioni “dal 2° figlio” si applicano ai fratelli contemporaneamente iscritti al medesimo servizio.", ns),
           Paragraph("4. Il pagamento avviene esclusivamente tramite la piattaforma pagoPA. In caso di mancato pagamento di due mensilità l’Unione avvia la procedura di recupero.", ns)]
y0 = H - 62*mm - th - 8*mm
Frame(18*mm, 16*mm, 120*mm, y0 - 16*mm, showBoundary=0).addFromList(notes_l, c)
Frame(148*mm, 16*mm, 120*mm, y0 - 16*mm, showBoundary=0).addFromList(notes_r, c)
c.setStrokeColor(teal); c.setLineWidth(0.6); c.line(18*mm, 13*mm, W - 18*mm, 13*mm)
c.setFont("DVS", 7); c.setFillColor(colors.HexColor("#555555"))
c.drawString(18*mm, 9*mm, "Unione dei Comuni del Guilcer – Servizio Pubblica Istruzione associato")
c.drawRightString(W - 18*mm, 9*mm, "1/1")
c.showPage(); c.save()
