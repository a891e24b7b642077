#!/usr/bin/env python3
"""Print an HTML act with Chromium, rasterise it, make it look scanned, OCR it.
usage: scan.py NAME  (reads NAME.html and the entry NAME in CONF below)"""
import sys, os, subprocess, random, math, glob
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
TMP = '/tmp/scan-15'
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTR = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
MONO = '/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf'

# per file: rotation (deg, per page), background grey, speckle count, toner gamma
# (<1 darker, >1 lighter), stamp ring texts (one per blue marker), protocol stamp
CONF = {}
exec(open(os.path.join(SRC, 'conf.py')).read())

def find_markers(img):
    """red (signature) and blue (stamp) marker squares -> list of (kind, x, y)"""
    small = img.resize((img.width // 2, img.height // 2), Image.NEAREST)
    w, h = small.size
    px = small.load()
    pts = []
    for y in range(0, h):
        for x in range(0, w):
            r, g, b = px[x, y][:3]
            if r > 200 and g < 80 and b < 80:
                pts.append(('sig', x * 2, y * 2))
            elif b > 200 and r < 80 and g < 80:
                pts.append(('stp', x * 2, y * 2))
    clusters = []
    for k, x, y in pts:
        for c in clusters:
            if c[0] == k and abs(c[1] - x) < 30 and abs(c[2] - y) < 30:
                c[3].append((x, y)); break
        else:
            clusters.append([k, x, y, [(x, y)]])
    out = []
    for k, x, y, ps in clusters:
        xs = [p[0] for p in ps]; ys = [p[1] for p in ps]
        out.append((k, min(xs), min(ys), max(xs), max(ys)))
    return out

def scribble(draw, cx, cy, rnd, ink, width):
    """a handwritten-looking signature: an initial, a cursive run of uneven loops, a flourish"""
    x0 = cx - width // 2
    # capital initial: a tall slanted loop
    h = rnd.uniform(40, 60)
    cap = []
    for i in range(60):
        t = i / 59.0 * 2 * math.pi
        cap.append((x0 + 12 + 14 * math.sin(t) + (1 - math.cos(t)) * 4, cy - h / 2 * (1 - math.cos(t / 2)) + 10))
    draw.line(cap, fill=ink, width=3, joint='curve')
    loops = rnd.randint(5, 9)
    heights = [rnd.uniform(0.4, 1.3) for _ in range(loops + 1)]
    lr = rnd.uniform(6, 12)
    amp = rnd.uniform(14, 24)
    pts = []
    N = 300
    x1 = x0 + 25
    span = width - 40
    for i in range(N):
        t = i / (N - 1)
        ph = t * loops * 2 * math.pi
        k = heights[int(t * loops)]
        xx = x1 + t * span + lr * math.cos(ph) * (1 - 0.5 * t) + rnd.uniform(-0.8, 0.8)
        yy = cy - amp * k * max(0.0, math.sin(ph)) + amp * 0.25 * math.sin(ph * 0.5) - 10 * t + rnd.uniform(-0.8, 0.8)
        pts.append((xx, yy))
    draw.line(pts, fill=ink, width=rnd.choice([2, 3]), joint='curve')
    y0 = cy + amp * 0.5 + 6
    fl = [(x0 + i * (width + 20) / 24.0, y0 - 9 * math.sin(i / 24.0 * math.pi) + i * 0.8) for i in range(25)]
    draw.line(fl, fill=ink, width=2, joint='curve')

def ring_text(img, cx, cy, r, text, size, ink):
    font = ImageFont.truetype(FONT, size)
    n = len(text)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        tile = Image.new('L', (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 4), ch, font=font, fill=255)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = int(cx + r * math.cos(ang) - size)
        py = int(cy + r * math.sin(ang) - size)
        img.paste(ink, (px, py), tile)

def round_stamp(page, cx, cy, ring, centre, rnd):
    R = 120
    layer = Image.new('L', page.size, 255)
    ink = rnd.randint(70, 110)
    d = ImageDraw.Draw(layer)
    d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=ink, width=4)
    d.ellipse([cx - R + 38, cy - R + 38, cx + R - 38, cy + R - 38], outline=ink, width=3)
    ring_text(layer, cx, cy, R - 20, ring, 20, ink)
    f = ImageFont.truetype(FONT, 19)
    lines = centre.split('\n')
    for i, ln in enumerate(lines):
        tw = d.textlength(ln, font=f)
        d.text((cx - tw / 2, cy - 12 * len(lines) + i * 24), ln, font=f, fill=ink)
    layer = layer.rotate(rnd.uniform(-25, 25), center=(cx, cy), fillcolor=255, resample=Image.BICUBIC)
    # uneven inking: lighten random patches
    mask = Image.new('L', page.size, 0)
    md = ImageDraw.Draw(mask)
    for _ in range(14):
        x = cx + rnd.randint(-R, R); y = cy + rnd.randint(-R, R); s = rnd.randint(15, 45)
        md.ellipse([x - s, y - s, x + s, y + s], fill=rnd.randint(60, 140))
    layer = ImageChops.lighter(layer, mask.filter(ImageFilter.GaussianBlur(8)))
    return ImageChops.multiply(page, layer)

def protocol_stamp(page, spec, rnd):
    text = spec['lines']
    f = ImageFont.truetype(MONO, spec.get('size', 22))
    d0 = ImageDraw.Draw(page)
    w = max(d0.textlength(t, font=f) for t in text) + 30
    h = len(text) * (spec.get('size', 22) + 8) + 22
    tile = Image.new('L', (int(w) + 8, int(h) + 8), 255)
    d = ImageDraw.Draw(tile)
    ink = spec.get('ink', 60)
    d.rectangle([2, 2, w, h], outline=ink, width=3)
    for i, t in enumerate(text):
        d.text((15, 12 + i * (spec.get('size', 22) + 8)), t, font=f, fill=ink)
    tile = tile.rotate(spec.get('angle', 0), expand=True, fillcolor=255, resample=Image.BICUBIC)
    x, y = spec['pos']
    if x < 0: x = page.width + x - tile.width
    if y < 0: y = page.height + y - tile.height
    box = (x, y, x + tile.width, y + tile.height)
    region = page.crop(box)
    page.paste(ImageChops.multiply(region, tile), box[:2])
    return page

def main(name):
    c = CONF[name]
    rnd = random.Random(c.get('seed', name))
    html = os.path.join(SRC, name + '.html')
    pdf0 = os.path.join(TMP, name + '.print.pdf')
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + pdf0, 'file://' + html], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in glob.glob(os.path.join(TMP, name + '-p*.png')):
        os.remove(f)
    subprocess.run(['pdftoppm', '-r', '200', '-png', pdf0, os.path.join(TMP, name + '-p')], check=True)
    pages = sorted(glob.glob(os.path.join(TMP, name + '-p*.png')))
    stamps = list(c.get('stamps', []))
    outpages = []
    for pi, pf in enumerate(pages):
        rgb = Image.open(pf).convert('RGB')
        marks = find_markers(rgb)
        page = rgb.convert('L')
        d = ImageDraw.Draw(page)
        for k, x0, y0, x1, y1 in marks:
            d.rectangle([x0 - 4, y0 - 4, x1 + 6, y1 + 6], fill=255)
        for k, x0, y0, x1, y1 in marks:
            cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
            if k == 'sig':
                scribble(d, cx, cy - 10, rnd, rnd.randint(20, 60), rnd.randint(220, 320))
            else:
                ring, centre = stamps.pop(0)
                page = round_stamp(page, cx + rnd.randint(-20, 20), cy + rnd.randint(-10, 10), ring, centre, rnd)
                d = ImageDraw.Draw(page)
        if pi == 0 and c.get('protocol'):
            page = protocol_stamp(page, c['protocol'], rnd)
        # toner
        g = c.get('gamma', 1.0)
        page = page.point(lambda v: int(255 * ((v / 255.0) ** g)))
        # grey paper
        bg = c.get('bg', 240)
        page = page.point(lambda v: min(v, bg) if v > 200 else v)
        d = ImageDraw.Draw(page)
        for _ in range(c.get('speckle', 400)):
            x = rnd.randint(0, page.width - 1); y = rnd.randint(0, page.height - 1)
            s = rnd.choice([1, 1, 1, 2, 2, 3])
            d.ellipse([x, y, x + s, y + s], fill=rnd.randint(60, 170))
        page = page.filter(ImageFilter.GaussianBlur(c.get('blur', 0.5)))
        ang = c.get('rot', [0.5])[pi % len(c.get('rot', [0.5]))]
        page = page.rotate(ang, resample=Image.BICUBIC, fillcolor=bg)
        outpages.append(page)
    img_pdf = os.path.join(TMP, name + '.img.pdf')
    outpages[0].save(img_pdf, save_all=True, append_images=outpages[1:], resolution=200.0)
    out = os.path.join(OUT, name + '.pdf')
    subprocess.run(['ocrmypdf', '-q', '-l', 'ita', '--image-dpi', '200', img_pdf, out], check=True)
    print(name, len(outpages), 'pages')

if __name__ == '__main__':
    for n in sys.argv[1:]:
        main(n)
