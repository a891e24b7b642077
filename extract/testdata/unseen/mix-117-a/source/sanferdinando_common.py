"""Shared bits of the San Ferdinando di Puglia ("Hypersic") house style: the
crest, drawn as a small PNG with Pillow."""
from PIL import Image, ImageDraw


def crest_png(path, scale=4):
    w, h = 60 * scale, 76 * scale
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    s = scale
    # crown
    d.polygon([(8 * s, 14 * s), (14 * s, 2 * s), (22 * s, 10 * s), (30 * s, 0), (38 * s, 10 * s),
               (46 * s, 2 * s), (52 * s, 14 * s)], fill=(176, 141, 46))
    # shield
    d.polygon([(6 * s, 16 * s), (54 * s, 16 * s), (54 * s, 50 * s), (30 * s, 74 * s), (6 * s, 50 * s)],
              fill=(150, 20, 30), outline=(90, 10, 15))
    d.rectangle([27 * s, 22 * s, 33 * s, 60 * s], fill=(240, 225, 170))
    d.rectangle([16 * s, 32 * s, 44 * s, 38 * s], fill=(240, 225, 170))
    im.save(path, optimize=True)
