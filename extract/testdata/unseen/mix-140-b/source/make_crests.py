#!/usr/bin/env python3
"""Draw the three simplified crests (PNG) used by the .docx, ReportLab and fpdf2 prints."""
import os
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))


def shield(draw, w, h, fill, line):
    pts = [(8, 8), (w - 8, 8), (w - 8, int(h * 0.52))]
    # lower curve approximated by a polygon
    import math
    for i in range(1, 20):
        t = i / 20
        x = (w - 8) - t * (w - 16)
        y = int(h * 0.52) + math.sin(t * math.pi) * (h * 0.42)
        pts.append((x, y))
    pts += [(8, int(h * 0.52))]
    draw.polygon(pts, fill=fill, outline=line)
    draw.line(pts + [pts[0]], fill=line, width=4)
    return pts


def fumane(path):
    w, h = 240, 288
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (244, 244, 244), (40, 40, 40))
    d.rectangle([12, 12, w - 12, 86], fill=(45, 90, 160))
    d.ellipse([w // 2 - 16, 32, w // 2 + 16, 64], fill=(242, 194, 0))
    d.polygon([(56, 208), (96, 120), (120, 160), (144, 112), (184, 208)], fill=(61, 122, 61), outline=(30, 30, 30))
    im.save(path)


def montefalcione(path):
    w, h = 240, 288
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (190, 30, 45), (30, 30, 30))
    # a tower on a hill
    d.pieslice([40, 170, 200, 290], 180, 360, fill=(40, 120, 50))
    d.rectangle([96, 96, 144, 200], fill=(235, 225, 200), outline=(30, 30, 30), width=3)
    for x in (96, 112, 128):
        d.rectangle([x, 80, x + 10, 96], fill=(235, 225, 200), outline=(30, 30, 30), width=2)
    d.rectangle([112, 150, 128, 200], fill=(30, 30, 30))
    im.save(path)


def monterotondo(path):
    w, h = 240, 288
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    shield(d, w, h, (250, 250, 245), (30, 30, 30))
    d.ellipse([60, 70, 180, 190], outline=(30, 30, 30), width=6, fill=(214, 170, 40))
    d.rectangle([12, 200, w - 12, 214], fill=(30, 80, 150))
    im.save(path)


if __name__ == "__main__":
    out = os.path.join(HERE, "crests") if len(os.sys.argv) < 2 else os.sys.argv[1]
    os.makedirs(out, exist_ok=True)
    fumane(os.path.join(out, "fumane.png"))
    montefalcione(os.path.join(out, "montefalcione.png"))
    monterotondo(os.path.join(out, "monterotondo.png"))
