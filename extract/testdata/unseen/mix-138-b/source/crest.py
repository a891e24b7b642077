#!/usr/bin/env python3
"""Draw the three placeholder crests (PNG) used by the docx, ReportLab and
fpdf2 documents: crest.py OUTDIR -> OUTDIR/crest_besana.png, crest_chieti.png,
crest_aci.png. Plain shapes only, no text."""
import os
import sys
from PIL import Image, ImageDraw


def shield(draw, w, h, fill, outline):
    pts = [(w * 0.08, h * 0.12), (w * 0.92, h * 0.12), (w * 0.92, h * 0.55)]
    # lower curve of the shield as a polygon
    import math
    for i in range(1, 20):
        t = i / 20.0
        x = w * 0.92 - t * w * 0.42
        y = h * 0.55 + math.sin(t * math.pi / 2) * h * 0.40
        pts.append((x, y))
    for i in range(0, 20):
        t = i / 20.0
        x = w * 0.50 - t * w * 0.42
        y = h * 0.95 - (1 - math.cos(t * math.pi / 2)) * h * 0.40
        pts.append((x, y))
    pts.append((w * 0.08, h * 0.55))
    draw.polygon(pts, fill=fill, outline=outline)
    draw.line(pts + [pts[0]], fill=outline, width=4)


def crown(draw, w, h, col):
    y = h * 0.10
    for i in range(5):
        x = w * 0.14 + i * w * 0.18
        draw.polygon([(x, y), (x + w * 0.07, y - h * 0.08), (x + w * 0.14, y)], fill=col)
    draw.rectangle([w * 0.12, y - h * 0.01, w * 0.88, y + h * 0.02], fill=col)


def besana(path):
    w, h = 240, 290
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (245, 241, 228), (40, 40, 40))
    crown(d, w, h, (150, 125, 40))
    d.rectangle([w * 0.38, h * 0.30, w * 0.62, h * 0.70], fill=(140, 30, 30))
    for i in range(3):
        d.rectangle([w * (0.38 + i * 0.09), h * 0.25, w * (0.38 + i * 0.09 + 0.05), h * 0.30], fill=(140, 30, 30))
    d.rectangle([w * 0.47, h * 0.58, w * 0.53, h * 0.70], fill=(245, 241, 228))
    d.ellipse([w * 0.18, h * 0.62, w * 0.82, h * 0.86], outline=(40, 90, 40), width=6)
    im.save(path)


def chieti(path):
    w, h = 240, 290
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (30, 60, 140), (20, 20, 20))
    crown(d, w, h, (170, 140, 40))
    d.ellipse([w * 0.30, h * 0.30, w * 0.70, h * 0.62], fill=(230, 230, 230))
    d.polygon([(w * 0.35, h * 0.60), (w * 0.50, h * 0.86), (w * 0.65, h * 0.60)], fill=(200, 40, 40))
    im.save(path)


def aci(path):
    w, h = 240, 290
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (200, 40, 40), (20, 20, 20))
    crown(d, w, h, (170, 140, 40))
    d.rectangle([w * 0.45, h * 0.25, w * 0.55, h * 0.80], fill=(250, 210, 60))
    d.rectangle([w * 0.28, h * 0.38, w * 0.72, h * 0.46], fill=(250, 210, 60))
    d.polygon([(w * 0.15, h * 0.82), (w * 0.50, h * 0.62), (w * 0.85, h * 0.82)], fill=(90, 60, 40))
    im.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    besana(os.path.join(out, "crest_besana.png"))
    chieti(os.path.join(out, "crest_chieti.png"))
    aci(os.path.join(out, "crest_aci.png"))
    # EPS copy for the groff document (.PSPIC)
    Image.open(os.path.join(out, "crest_besana.png")).convert("RGB").save(os.path.join(out, "crest_besana.eps"))
