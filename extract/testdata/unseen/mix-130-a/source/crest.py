"""Draws the three plain crests (PNG) the letterheads use. Not real coats of arms:
a shield with the Comune's colours, as an office's placeholder would be."""
import sys
from PIL import Image, ImageDraw

def shield(path, top, bottom, band=None, size=(220, 260)):
    w, h = size
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = [(10, 10), (w - 10, 10), (w - 10, h * 0.55), (w / 2, h - 10), (10, h * 0.55)]
    d.polygon(pts, fill=bottom, outline="black")
    d.polygon([(10, 10), (w - 10, 10), (w - 10, h * 0.42), (10, h * 0.42)], fill=top, outline="black")
    if band:
        d.rectangle([w * 0.42, 10, w * 0.58, h * 0.8], fill=band)
    d.line(pts + [pts[0]], fill="black", width=5)
    # a crown of three towers
    im2 = Image.new("RGB", (w, h + 50), "white")
    im2.paste(im, (0, 50))
    d2 = ImageDraw.Draw(im2)
    for x in (30, 90, 150):
        d2.rectangle([x, 8, x + 40, 50], fill="#b08a2e", outline="black", width=3)
    im2.save(path)

out = sys.argv[1] if len(sys.argv) > 1 else "."
shield(f"{out}/crest-ascoli.png", "#1d4fa3", "#c8102e")
shield(f"{out}/crest-prata.png", "#ffffff", "#1d7a3a", band="#d4a017")
shield(f"{out}/crest-magliano.png", "#c8102e", "#f2c300")
