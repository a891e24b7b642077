"""Draw a small municipal crest (shield with crown) as PNG with Pillow."""
from PIL import Image, ImageDraw

def crest(path, field=(30, 80, 160), charge=(240, 200, 40), variant=0, size=240):
    im = Image.new("RGBA", (size, int(size * 1.25)), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    w, h = im.size
    # crown
    top = int(h * 0.02); cb = int(h * 0.2)
    d.rectangle([w * 0.18, cb - h * 0.06, w * 0.82, cb], fill=(200, 160, 30), outline=(90, 70, 10), width=3)
    for i in range(5):
        x = w * (0.2 + 0.15 * i)
        d.rectangle([x, top + h * 0.04, x + w * 0.1, cb - h * 0.05], fill=(200, 160, 30), outline=(90, 70, 10), width=3)
    # shield
    sx0, sx1, sy0 = w * 0.12, w * 0.88, cb + h * 0.03
    pts = [(sx0, sy0), (sx1, sy0), (sx1, h * 0.68), (w * 0.5, h * 0.97), (sx0, h * 0.68)]
    d.polygon(pts, fill=field, outline=(20, 20, 20))
    d.line(pts + [pts[0]], fill=(20, 20, 20), width=5)
    cx, cy = w * 0.5, h * 0.58
    if variant == 0:      # tower
        d.rectangle([cx - w * 0.14, cy - h * 0.2, cx + w * 0.14, cy + h * 0.14], fill=charge, outline=(20, 20, 20), width=3)
        for i in range(3):
            x = cx - w * 0.14 + i * w * 0.1
            d.rectangle([x, cy - h * 0.25, x + w * 0.07, cy - h * 0.2], fill=charge, outline=(20, 20, 20), width=3)
        d.rectangle([cx - w * 0.04, cy + h * 0.02, cx + w * 0.04, cy + h * 0.14], fill=(40, 30, 20))
    elif variant == 1:    # star
        import math
        p = []
        for k in range(10):
            r = w * (0.22 if k % 2 == 0 else 0.09)
            a = -math.pi / 2 + k * math.pi / 5
            p.append((cx + r * math.cos(a), cy - h * 0.03 + r * math.sin(a)))
        d.polygon(p, fill=charge, outline=(20, 20, 20))
    elif variant == 2:    # band and wave
        d.rectangle([sx0 + 3, cy - h * 0.06, sx1 - 3, cy + h * 0.02], fill=charge)
        for k in range(4):
            x = sx0 + 10 + k * w * 0.18
            d.arc([x, cy + h * 0.06, x + w * 0.18, cy + h * 0.14], 180, 360, fill=(255, 255, 255), width=5)
    else:                 # mountain
        d.polygon([(sx0 + 5, cy + h * 0.15), (cx - w * 0.1, cy - h * 0.18), (cx + w * 0.05, cy), (cx + w * 0.18, cy - h * 0.1), (sx1 - 5, cy + h * 0.15)], fill=charge, outline=(20, 20, 20))
    im.save(path)
    return path
