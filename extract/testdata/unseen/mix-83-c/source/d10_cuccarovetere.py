# Certificate of publication of a decreto sindacale of Cuccaro Vetere: ReportLab platypus,
# label/value table, ATTESTA text.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSa", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSaB", FD + "LiberationSans-Bold.ttf"))
n = ParagraphStyle("n", fontName="LSa", fontSize=10, leading=13.5, alignment=4)
c = ParagraphStyle("c", parent=n, alignment=1)
b = ParagraphStyle("b", parent=c, fontName="LSaB", fontSize=12.5, leading=16)
doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=18*mm, bottomMargin=18*mm,
                        title="Certificato di pubblicazione - Decreto sindacale n. 2/2026", creator="Albo Pretorio - modulo certificazioni")
s = [Paragraph("<b><font size=15>COMUNE DI CUCCARO VETERE</font></b>", c), Paragraph("Provincia di Salerno", c),
     Paragraph("<font size=8>Via Provinciale, 2 – 84050 Cuccaro Vetere (SA)</font>", c), Spacer(1, 14),
     Paragraph("CERTIFICATO DI PUBBLICAZIONE", b), Spacer(1, 10)]
rows = [["Registro pubblicazioni", "n. 96/2026"],
        ["Tipo atto", "Decreto sindacale"],
        ["Numero", "2"],
        ["Data", "05/03/2026"],
        ["Oggetto", Paragraph("Nomina del Segretario comunale titolare della sede di segreteria convenzionata tra i Comuni di Cuccaro Vetere e Futani.", ParagraphStyle("o", parent=n, alignment=0))],
        ["Periodo di pubblicazione", "dal 06/03/2026 al 21/03/2026"]]
t = Table(rows, colWidths=[50*mm, 116*mm])
t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "LSaB", 9.5), ("FONT", (1, 0), (1, -1), "LSa", 10),
                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e9e9e9")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s += [t, Spacer(1, 16), Paragraph("<b>IL RESPONSABILE DELLA PUBBLICAZIONE</b>", c), Spacer(1, 8), Paragraph("ATTESTA", b), Spacer(1, 8),
      Paragraph("che il decreto sopra indicato è stato pubblicato all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 32, comma 1, della legge 18 giugno 2009, n. 69, per quindici giorni consecutivi, dal 06/03/2026 al 21/03/2026, e che contro di esso non sono pervenuti reclami od opposizioni.", n),
      Spacer(1, 14), Paragraph("Cuccaro Vetere, 23/03/2026", n), Spacer(1, 18),
      Paragraph("Il Responsabile della pubblicazione<br/>Sig. Gerardo Speranza", ParagraphStyle("r", parent=c, leftIndent=85*mm)),
      Spacer(1, 30), Paragraph("<font size=7.5>Certificato generato dal sistema di gestione dell'Albo Pretorio on line. Impronta SHA-256: 4f1c9a0e7b22d5c8e3a61f0b9d7c4e2a18b5f3c6d9e0a7b1c2d3e4f5a6b7c8d9</font>", n)]
doc.build(s)
