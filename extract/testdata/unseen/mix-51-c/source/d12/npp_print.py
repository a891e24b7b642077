#!/usr/bin/env python3
"""Print a .txt the way Notepad++ prints it to a PDF printer: monospaced
font, header with the full path (left) and date/time (right), footer with
the page number, a thin rule under the header. Made with ReportLab."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
src, out = sys.argv[1], sys.argv[2]
path = r"C:\Users\anagrafe\Documents\AVVISI 2026\avviso_cie_apertura_straordinaria.txt"
lines = open(src, encoding="utf-8").read().splitlines()
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("avviso_cie_apertura_straordinaria.txt"); c.setCreator("Notepad++ v8.6.4")
c.setAuthor("anagrafe")
per = 62; page = 0
for start in range(0, len(lines), per):
    page += 1
    c.setFont("Sans", 8); c.drawString(15*mm, H - 12*mm, path)
    c.drawRightString(W - 15*mm, H - 12*mm, "24/03/2026 10:42")
    c.setLineWidth(0.3); c.line(15*mm, H - 14*mm, W - 15*mm, H - 14*mm)
    c.setFont("Mono", 9.6)
    y = H - 24*mm
    for ln in lines[start:start + per]:
        c.drawString(18*mm, y, ln); y -= 4.15*mm
    c.setFont("Sans", 8); c.drawCentredString(W / 2, 10*mm, str(page))
    c.showPage()
c.save()
