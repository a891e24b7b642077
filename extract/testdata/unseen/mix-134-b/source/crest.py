# -*- coding: utf-8 -*-
"""Draw a plain municipal crest (shield with a tower) as PNG, as a Word model or
an HTML template would carry it. usage: python3 crest.py OUT.png [hexcolour]"""
import sys
from PIL import Image, ImageDraw
col = sys.argv[2] if len(sys.argv) > 2 else "#1f3a68"
im = Image.new("RGB", (180, 220), "white")
d = ImageDraw.Draw(im)
d.polygon([(10, 10), (170, 10), (170, 120), (90, 210), (10, 120)], outline=col, width=6)
d.rectangle([62, 70, 118, 160], outline=col, width=5)
for i in range(3):
    d.rectangle([62 + i * 22, 48, 74 + i * 22, 70], fill=col)
d.rectangle([82, 125, 98, 160], fill=col)
im.save(sys.argv[1])
