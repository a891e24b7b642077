#!/usr/bin/env python3
"""Draws a small generic shield (not a real coat of arms) as a PNG for the
letterheads that carry a picture."""
import sys
from PIL import Image, ImageDraw

out = sys.argv[1]
style = sys.argv[2] if len(sys.argv) > 2 else "tower"
im = Image.new("RGB", (160, 190), "white")
d = ImageDraw.Draw(im)
shield = [(10, 10), (150, 10), (150, 100), (140, 140), (80, 182), (20, 140), (10, 100)]
d.polygon(shield, fill=(235, 235, 235), outline=(0, 0, 0))
d.line(shield + [shield[0]], fill=(0, 0, 0), width=4)
if style == "tower":
    d.rectangle((58, 60, 102, 140), fill=(110, 110, 110))
    for x in (58, 74, 90):
        d.rectangle((x, 45, x + 12, 60), fill=(110, 110, 110))
    d.rectangle((73, 110, 87, 140), fill=(235, 235, 235))
else:
    d.ellipse((45, 50, 115, 120), fill=(120, 120, 120))
    d.rectangle((76, 110, 84, 150), fill=(80, 80, 80))
im.save(out)
