# Tiny "spool to PDF" printer: draws a fixed-width text file line by line in
# Courier (standard 14 font, not embedded), form feeds start a new page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
src, dst, size, left, top = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
title = sys.argv[6] if len(sys.argv) > 6 else ""
lead = size * 1.22
c = canvas.Canvas(dst, pagesize=A4, pageCompression=1)
c.setTitle(title); c.setCreator("SPOOL2PDF 2.3"); c.setProducer("SPOOL2PDF 2.3 (ReportLab)")
pages = open(src, encoding="utf-8").read().split("\f")
for pg in pages:
    y = A4[1] - top
    for line in pg.rstrip("\n").split("\n"):
        c.setFont("Courier", size)
        c.drawString(left, y, line)
        y -= lead
    c.showPage()
c.save()
