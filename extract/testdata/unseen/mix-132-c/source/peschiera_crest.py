#!/usr/bin/env python3
"""draws the small crest of the Peschiera del Garda letterhead (a plain
shield: water and a fortress arch) as a PNG. Usage: peschiera_crest.py OUT.png"""
import sys
from PIL import Image, ImageDraw

S = 4
w, h = 120 * S, 144 * S
im = Image.new("RGB", (w, h), "white")
d = ImageDraw.Draw(im)
shield = [(8 * S, 8 * S), (112 * S, 8 * S), (112 * S, 80 * S), (100 * S, 112 * S), (60 * S, 136 * S),
          (20 * S, 112 * S), (8 * S, 80 * S)]
d.polygon(shield, fill=(205, 222, 240), outline=(30, 50, 90), width=4 * S)
d.rectangle([30 * S, 36 * S, 90 * S, 80 * S], fill=(200, 60, 50), outline=(30, 50, 90), width=2 * S)
for x in range(30, 90, 12):
    d.rectangle([x * S, 28 * S, (x + 6) * S, 36 * S], fill=(200, 60, 50), outline=(30, 50, 90), width=S)
d.pieslice([46 * S, 56 * S, 74 * S, 92 * S], 180, 360, fill=(255, 255, 255))
d.rectangle([46 * S, 74 * S, 74 * S, 80 * S], fill=(255, 255, 255))
for k in range(3):
    y = (92 + k * 10) * S
    d.line([(20 * S, y), (100 * S, y)], fill=(40, 90, 170), width=3 * S)
im = im.resize((120, 144), Image.LANCZOS)
im.save(sys.argv[1], optimize=True)
