"""Draw the small letterhead crests used by the .docx / .fodt / HTML
documents as PNG files (no binary inputs are kept in source/).
usage: crest_png.py KIND OUT.png   (KIND: presolana | montemaggiore | bonifica)"""
import sys
from PIL import Image, ImageDraw

kind, out = sys.argv[1], sys.argv[2]
S = 4
im = Image.new("RGB", (60 * S, 72 * S), "white")
d = ImageDraw.Draw(im)


def P(pts):
    return [(x * S, y * S) for x, y in pts]


shield = P([(4, 4), (56, 4), (56, 40), (52, 54), (42, 63), (30, 68), (18, 63), (8, 54), (4, 40)])
if kind == "presolana":
    d.polygon(shield, fill="white", outline="black", width=2 * S)
    d.polygon(P([(9, 48), (22, 24), (29, 34), (37, 16), (52, 48)]), fill=(110, 110, 110))
    d.polygon(P([(34, 22), (37, 16), (41, 24), (37, 26)]), fill="white")
elif kind == "montemaggiore":
    d.polygon(shield, fill=(230, 230, 230), outline="black", width=2 * S)
    d.polygon(P([(8, 50), (30, 14), (52, 50)]), fill=(60, 110, 60))
    for x in (16, 30, 44):
        d.polygon(P([(x - 4, 58), (x, 46), (x + 4, 58)]), fill=(30, 70, 30))
    d.rectangle(P([(4, 4), (56, 10)]), fill=(180, 30, 30))
else:  # bonifica: waves in a circle
    d.ellipse(P([(4, 8), (56, 60)]), outline=(20, 60, 120), width=2 * S)
    for k, y in enumerate((30, 38, 46)):
        pts = []
        for i in range(0, 41):
            x = 10 + i
            yy = y + (2 if (i // 5) % 2 else -2)
            pts.append((x * S, yy * S))
        d.line(pts, fill=(20, 60, 120), width=2 * S)
    d.rectangle(P([(22, 14), (38, 24)]), outline=(20, 60, 120), width=S)
im.save(out)
