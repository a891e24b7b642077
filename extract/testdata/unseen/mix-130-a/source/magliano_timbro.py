"""Stamps the Albo Pretorio's publication stamp up the left margin of the first page of
the enscript ordinance: a rotated box drawn by ReportLab, laid over the page by pikepdf
as a Form XObject (Page.add_overlay)."""
import sys, io
import pikepdf
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

src, out = sys.argv[1], sys.argv[2]
buf = io.BytesIO()
c = canvas.Canvas(buf, pagesize=A4)
c.saveState()
c.translate(34, 250)
c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.setLineWidth(1.2)
c.roundRect(0, -6, 330, 34, 4)
c.setFont("Helvetica-Bold", 8.5)
c.drawString(8, 16, "COMUNE DI MAGLIANO SABINA - ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 8)
c.drawString(8, 4, "Pubblicata dal 09-06-2028 al 24-06-2028 - Reg. Pubbl. n. 515")
c.restoreState()
c.showPage(); c.save()
stamp = pikepdf.open(io.BytesIO(buf.getvalue()))
pdf = pikepdf.open(src)
pdf.pages[0].add_overlay(stamp.pages[0])
pdf.save(out)
