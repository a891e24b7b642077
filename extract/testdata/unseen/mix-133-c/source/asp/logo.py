#!/usr/bin/env python3
"""Draws the ASP's logo (a plain arch-and-tree mark) as logo.png."""
from PIL import Image, ImageDraw
im = Image.new('RGB', (360, 400), 'white')
d = ImageDraw.Draw(im)
blue = (31, 58, 110)
d.rounded_rectangle((10, 10, 350, 390), radius=30, outline=blue, width=10)
d.rectangle((70, 170, 290, 330), outline=blue, width=9)
d.pieslice((70, 60, 290, 280), 180, 360, outline=blue, width=9)
d.rectangle((150, 230, 210, 330), fill=blue)
for x in (95, 235):
    d.rectangle((x, 200, x + 30, 240), fill=blue)
d.line((40, 350, 320, 350), fill=blue, width=9)
im.save('logo.png', dpi=(300, 300))
