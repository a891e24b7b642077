#!/usr/bin/env python3
"""Draw a plain shield PNG standing in for a Comune's crest (used by the .docx and fpdf2 documents).
usage: crest.py frossasco|cossoine|volturino OUT.png"""
import sys
from PIL import Image, ImageDraw

kind, out = sys.argv[1], sys.argv[2]
W, H = 240, 290
im = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(im)
# outline of a shield: straight top and sides, round point at the bottom
pts = [(12, 12), (228, 12), (228, 160)]
for i in range(0, 41):
    t = i / 40.0
    x = 228 - 216 * t
    y = 160 + 115 * (4 * t * (1 - t)) ** 0.5
    pts.append((x, y))
pts += [(12, 160), (12, 12)]
d.line(pts, fill="black", width=7, joint="curve")
if kind == "frossasco":
    d.line([(12, 100), (228, 100)], fill="black", width=4)
    d.ellipse([(100, 30), (140, 70)], outline="black", width=5)
    d.line([(60, 200), (120, 125), (180, 200)], fill="black", width=7)
elif kind == "cossoine":
    d.rectangle([(80, 60), (160, 200)], outline="black", width=6)
    d.polygon([(70, 62), (120, 25), (170, 62)], outline="black", width=6)
    d.line([(120, 200), (120, 140)], fill="black", width=5)
else:
    d.line([(30, 200), (80, 130), (120, 175), (160, 110), (210, 200)], fill="black", width=6, joint="curve")
    d.regular_polygon((120, 60, 26), 5, rotation=180, outline="black", width=5)
im.save(out)
