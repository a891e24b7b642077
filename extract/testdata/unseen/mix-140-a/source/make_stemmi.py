#!/usr/bin/env python3
"""Draw the three placeholder crests (PNG) used by the letterheads."""
import os
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
for name, col in (("stemma_albissola.png", (30, 70, 140)),
                  ("stemma_pesche.png", (120, 30, 30)),
                  ("stemma_gambettola.png", (20, 100, 60))):
    im = Image.new("RGBA", (120, 150), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(10, 20), (110, 20), (110, 90), (60, 145), (10, 90)], fill=col, outline=(0, 0, 0))
    d.polygon([(10, 20), (30, 2), (50, 15), (60, 0), (70, 15), (90, 2), (110, 20)],
              fill=(200, 160, 40), outline=(0, 0, 0))
    d.rectangle([45, 40, 75, 100], fill=(255, 255, 255))
    d.rectangle([25, 60, 95, 75], fill=(255, 255, 255))
    im.save(os.path.join(HERE, name))
