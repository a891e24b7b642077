# -*- coding: utf-8 -*-
"""Draw a small stand-in municipal crest as PNG (usage: crest.py OUT.png)."""
import sys

from PIL import Image, ImageDraw

W, H = 174, 210
im = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(im)
shield = [(12, 12), (162, 12), (162, 114)]
pts = [(12, 12), (162, 12), (162, 114)]
for t in range(0, 31):
    x = 162 - t * 2.5
    y = 114 + (t / 30) ** 0.8 * 84
    pts.append((x, y))
for t in range(30, -1, -1):
    x = 12 + t * 2.5
    y = 114 + (t / 30) ** 0.8 * 84
    pts.append((x, y))
d.polygon(pts, fill=(29, 78, 137), outline=(160, 124, 28))
d.line(pts + [pts[0]], fill=(160, 124, 28), width=7)
for y in (60, 90, 120):
    d.line([(42, y), (132, y)], fill=(242, 209, 107), width=11)
d.ellipse([(70, 140), (104, 174)], fill=(242, 209, 107))
im.save(sys.argv[1], dpi=(200, 200))
