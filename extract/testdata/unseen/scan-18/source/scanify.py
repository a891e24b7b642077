#!/usr/bin/env python3
"""Turn an HTML act into a 'scanned' PDF with an OCR text layer.

usage: scanify.py NAME   (reads source/NAME.html and the entry NAME of CONF in
docs.py; writes /tmp/round18/scan-18/NAME.pdf; scratch in /tmp/scan-18)

Marks (signatures, stamps, ticks, handwriting) are placed at invisible
white marker words (QQ...) printed in the HTML: their position is read with
`pdftotext -bbox` from the clean print, then the raster is 'scanned'.
"""
import math, os, random, re, subprocess, sys
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SCR = '/tmp/scan-18'
FONT_HAND = '/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf'
FONT_MONO = '/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf'
FONT_SANSB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

INKS = {'blue': (40, 60, 150), 'black': (25, 25, 35), 'violet': (95, 55, 150),
        'red': (175, 40, 45), 'navy': (30, 40, 110)}


def sh(cmd):
    subprocess.run(cmd, check=True)


def markers(pdf):
    """{word: [(page, x_pt, y_pt, w_pt, h_pt)]} for words starting QQ."""
    x = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
    res, page = {}, -1
    for line in x.splitlines():
        if '<page ' in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(QQ\w+)</word>', line)
        if m:
            a, b, c, d = map(float, m.groups()[:4])
            res.setdefault(m.group(5), []).append((page, a, b, c - a, d - b))
    return res


def ink_layer(size):
    return Image.new('RGB', size, (255, 255, 255))


def apply_ink(page, layer):
    return ImageChops.multiply(page, layer)


def lighten(col, k):
    return tuple(int(255 - (255 - c) * k) for c in col)


def catmull(pts, n=8):
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for t in [j / n for j in range(n)]:
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in range(2)))
    return out


def scribble(layer, x, y, w, h, ink, width, rnd):
    d = ImageDraw.Draw(layer)
    pts = [(x - 5, y + h * 0.6)]
    cx = x
    n = rnd.randint(7, 11)
    for i in range(n):
        cx += w / n * rnd.uniform(0.6, 1.3)
        up = (i % 2 == 0)
        pts.append((cx, y + (rnd.uniform(0, 0.35) if up else rnd.uniform(0.6, 1.0)) * h))
        if rnd.random() < 0.35:  # a loop
            pts.append((cx - w / n * 0.7, y + rnd.uniform(0.1, 0.5) * h))
            pts.append((cx + w / n * 0.3, y + rnd.uniform(0.5, 0.9) * h))
    pts.append((cx + 10, y + h * 0.5))
    pts.append((cx + 20, y + h * 0.5))
    curve = catmull(pts)
    col = INKS[ink]
    for i in range(len(curve) - 1):
        wv = max(1, int(width * (0.7 + 0.5 * math.sin(i / 9.0))))
        d.line([curve[i], curve[i + 1]], fill=col, width=wv)
    # flourish underline
    fl = [(x + w * 0.05, y + h * 1.05), (x + w * 0.3, y + h * 0.95), (x + w * 0.7, y + h * 1.08), (x + w * 1.05, y + h * 0.9), (x + w * 1.1, y + h * 0.85)]
    for a, b in zip(catmull(fl, 12), catmull(fl, 12)[1:]):
        d.line([a, b], fill=col, width=max(1, width - 1))


def handwrite(layer, x, y, text, size, ink, rnd, angle=None):
    f = ImageFont.truetype(FONT_HAND, int(size))
    tmp = Image.new('L', (int(size * (len(text) * 0.7 + 2)), int(size * 1.8)), 0)
    ImageDraw.Draw(tmp).text((size * 0.3, size * 0.2), text, font=f, fill=255)
    # thicken a little: pen pressure
    tmp = tmp.filter(ImageFilter.MaxFilter(3))
    tmp = tmp.rotate(angle if angle is not None else rnd.uniform(-4, 4), resample=Image.BICUBIC, expand=True)
    col = Image.new('RGB', tmp.size, INKS[ink])
    base = layer.crop((int(x), int(y), int(x) + tmp.size[0], int(y) + tmp.size[1]))
    base.paste(col, (0, 0), tmp)
    layer.paste(base, (int(x), int(y)))


def tick(layer, x, y, s, ink, width):
    d = ImageDraw.Draw(layer)
    col = INKS[ink]
    pts = [(x, y + s * 0.5), (x + s * 0.35, y + s * 0.95), (x + s * 1.2, y - s * 0.4)]
    d.line(pts, fill=col, width=width, joint='curve')


def round_stamp(layer, cx, cy, r, outer, inner, ink, rnd, dpi):
    k = dpi / 300.0
    size = int(r * 2 + 20)
    st = Image.new('L', (size, size), 0)
    d = ImageDraw.Draw(st)
    c = size / 2
    lw = max(2, int(5 * k))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    d.ellipse([c - r * 0.66, c - r * 0.66, c + r * 0.66, c + r * 0.66], outline=255, width=max(1, int(3 * k)))
    f = ImageFont.truetype(FONT_SANSB, int(r * 0.17))
    n = len(outer)
    span = 330.0
    for i, ch in enumerate(outer):
        ang = math.radians(-90 - span / 2 + span * i / max(1, n - 1))
        rr = r * 0.83
        px, py = c + rr * math.cos(ang), c + rr * math.sin(ang)
        g = Image.new('L', (int(r * 0.3), int(r * 0.3)), 0)
        ImageDraw.Draw(g).text((g.size[0] / 2, g.size[1] / 2), ch, font=f, fill=255, anchor='mm')
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        st.paste(255, (int(px - g.size[0] / 2), int(py - g.size[1] / 2)), g)
    fi = ImageFont.truetype(FONT_SANSB, int(r * 0.16))
    lines = inner.split('\n')
    for j, t in enumerate(lines):
        d.text((c, c + (j - (len(lines) - 1) / 2) * r * 0.22), t, font=fi, fill=255, anchor='mm')
    # uneven inking
    noise = Image.effect_noise((size, size), 90).filter(ImageFilter.GaussianBlur(3 * k))
    noise = noise.point(lambda v: 255 if v > 95 else int(v * 2.2))
    st = ImageChops.multiply(st, noise)
    st = st.rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC)
    col = Image.new('RGB', st.size, lighten(INKS[ink], 0.8))
    box = (int(cx - size / 2), int(cy - size / 2))
    base = layer.crop((box[0], box[1], box[0] + size, box[1] + size))
    base.paste(col, (0, 0), st)
    layer.paste(base, box)


def rect_stamp(layer, x, y, lines, ink, rnd, dpi, angle=None, fsize=30):
    k = dpi / 300.0
    f = ImageFont.truetype(FONT_MONO, int(fsize * k))
    wmax = max(f.getlength(t) for t in lines)
    lh = fsize * k * 1.25
    W, H = int(wmax + 40 * k), int(lh * len(lines) + 30 * k)
    st = Image.new('L', (W + 8, H + 8), 0)
    d = ImageDraw.Draw(st)
    d.rectangle([2, 2, W, H], outline=255, width=max(2, int(4 * k)))
    for i, t in enumerate(lines):
        d.text((20 * k, 15 * k + i * lh), t, font=f, fill=255)
    noise = Image.effect_noise(st.size, 80).filter(ImageFilter.GaussianBlur(2 * k))
    st = ImageChops.multiply(st, noise.point(lambda v: 255 if v > 90 else int(v * 2.6)))
    st = st.rotate(angle if angle is not None else rnd.uniform(-3, 3), resample=Image.BICUBIC, expand=True)
    col = Image.new('RGB', st.size, lighten(INKS[ink], 0.85))
    base = layer.crop((int(x), int(y), int(x) + st.size[0], int(y) + st.size[1]))
    base.paste(col, (0, 0), st)
    layer.paste(base, (int(x), int(y)))


def paper(img, cfg, pno, rnd, dpi):
    k = dpi / 300.0
    W, H = img.size
    tone = cfg.get('tone', 240)
    # grey paper: multiply by tone with a soft variation
    var = Image.effect_noise((max(8, W // 60), max(8, H // 60)), 12).resize((W, H), Image.BILINEAR)
    var = var.point(lambda v: max(0, min(255, tone + (v - 128) // 3)))
    img = ImageChops.multiply(img, Image.merge('RGB', [var, var, var]))
    d = ImageDraw.Draw(img)
    # speckle
    for _ in range(int(cfg.get('speckle', 400) * (W * H) / (2480 * 3508))):
        x, y = rnd.randrange(W), rnd.randrange(H)
        s = rnd.choice([1, 1, 1, 2, 2, 3])
        g = rnd.randint(60, 170)
        d.ellipse([x, y, x + s, y + s], fill=(g, g, g))
    # punched holes (left margin, 80 mm apart)
    if cfg.get('holes'):
        for off in (-40, 40):
            cy = H / 2 + off / 25.4 * dpi
            cx = 12 / 25.4 * dpi
            r = 2.7 / 25.4 * dpi
            d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(70, 70, 72), outline=(40, 40, 40))
    # rotation, alternating sign page to page
    ang = cfg.get('angles', [0.6, -0.4])[pno % len(cfg.get('angles', [0.6, -0.4]))]
    lid = cfg.get('lid', (200, 200, 200))
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=lid)
    # shadow along the binding edge
    edge = cfg.get('shadow')
    if edge:
        depth = int(14 / 25.4 * dpi)
        grad = Image.new('L', (depth, 1))
        for i in range(depth):
            grad.putpixel((i, 0), int(255 - 120 * (1 - i / depth) ** 2.2))
        if edge == 'left':
            g = grad.resize((depth, H))
            mask = Image.new('L', (W, H), 255); mask.paste(g, (0, 0))
        elif edge == 'right':
            g = grad.transpose(Image.FLIP_LEFT_RIGHT).resize((depth, H))
            mask = Image.new('L', (W, H), 255); mask.paste(g, (W - depth, 0))
        else:  # top
            g = grad.rotate(-90, expand=True).resize((W, depth))
            mask = Image.new('L', (W, H), 255); mask.paste(g, (0, 0))
        img = ImageChops.multiply(img, Image.merge('RGB', [mask, mask, mask]))
    img = img.filter(ImageFilter.GaussianBlur(cfg.get('blur', 0.6) * k))
    n = Image.effect_noise((W, H), cfg.get('noise', 10)).convert('L')
    n = Image.merge('RGB', [n, n, n])
    img = ImageChops.add(ImageChops.subtract(img, Image.new('RGB', (W, H), (8, 8, 8))), ImageChops.subtract(n, Image.new('RGB', (W, H), (120, 120, 120))))
    return img


def main(name):
    sys.path.insert(0, HERE)
    from docs import CONF
    cfg = CONF[name]
    rnd = random.Random(cfg.get('seed', 7))
    dpi = cfg.get('dpi', 300)
    k = dpi / 300.0
    os.makedirs(SCR, exist_ok=True)
    html = os.path.join(HERE, name + '.html')
    clean = os.path.join(SCR, name + '.print.pdf')
    sh(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
        '--print-to-pdf=' + clean, 'file://' + html])
    mk = markers(clean)
    for f in os.listdir(SCR):
        if f.startswith(name + '-pg'):
            os.remove(os.path.join(SCR, f))
    sh(['pdftoppm', '-r', str(dpi), '-png', clean, os.path.join(SCR, name + '-pg')])
    pages = sorted(f for f in os.listdir(SCR) if f.startswith(name + '-pg'))
    imgs = [Image.open(os.path.join(SCR, p)).convert('RGB') for p in pages]
    layers = [ink_layer(i.size) for i in imgs]
    P = lambda v: v * dpi / 72.0
    items = []
    for mname, specs in cfg.get('marks', {}).items():
        for spec in (specs if isinstance(specs, list) else [specs]):
            items.append((mname, spec))
    # stamps first, then pen over them? No: a stamp is pressed after signing.
    items.sort(key=lambda it: it[1]['type'] == 'round')
    for mname, spec in items:
        for (pg, x, y, w, h) in mk.get(mname, []):
            L = layers[pg]
            X, Y = P(x), P(y)
            t = spec['type']
            dx, dy = spec.get('dx', 0) * k, spec.get('dy', 0) * k
            if t == 'sig':
                scribble(L, X + dx, Y + dy - 20 * k, spec.get('w', 330) * 1.3 * k, spec.get('h', 90) * 1.5 * k, spec.get('ink', 'blue'), max(2, int(spec.get('width', 5) * k)), rnd)
            elif t == 'hand':
                handwrite(L, X + dx, Y + dy, spec['text'], spec.get('size', 60) * k, spec.get('ink', 'blue'), rnd, spec.get('angle'))
            elif t == 'tick':
                tick(L, X + dx, Y + dy, spec.get('s', 40) * k, spec.get('ink', 'blue'), max(2, int(6 * k)))
            elif t == 'round':
                round_stamp(L, X + dx, Y + dy, spec.get('r', 150) * k, spec['outer'], spec['inner'], spec.get('ink', 'violet'), rnd, dpi)
            elif t == 'rect':
                rect_stamp(L, X + dx, Y + dy, spec['lines'], spec.get('ink', 'blue'), rnd, dpi, spec.get('angle'), spec.get('fsize', 30))
    for am in cfg.get('abs_marks', []):
        mk.setdefault('_abs%d' % id(am), [])
        spec = am['spec']; L = layers[am.get('page', 0)]
        X, Y = am['x_mm'] / 25.4 * dpi, am['y_mm'] / 25.4 * dpi
        if spec['type'] == 'rect':
            rect_stamp(L, X, Y, spec['lines'], spec.get('ink', 'blue'), rnd, dpi, spec.get('angle'), spec.get('fsize', 30))
        elif spec['type'] == 'hand':
            handwrite(L, X, Y, spec['text'], spec.get('size', 60) * k, spec.get('ink', 'blue'), rnd, spec.get('angle'))
        elif spec['type'] == 'round':
            round_stamp(L, X, Y, spec.get('r', 150) * k, spec['outer'], spec['inner'], spec.get('ink', 'violet'), rnd, dpi)
    out_imgs = []
    for i, (im, L) in enumerate(zip(imgs, layers)):
        im = apply_ink(im, L)
        im = paper(im, cfg, i, rnd, dpi)
        if not cfg.get('color'):
            im = im.convert('L')
        if i in cfg.get('upside_down', []):
            im = im.rotate(180)
        out_imgs.append(im)
    raw = os.path.join(SCR, name + '.image.pdf')
    out_imgs[0].save(raw, save_all=True, append_images=out_imgs[1:], resolution=dpi, quality=cfg.get('jpeg', 80))
    final = os.path.join(OUT, name + '.pdf')
    cmd = ['ocrmypdf', '-l', cfg.get('lang', 'ita'), '--pdf-renderer', cfg.get('renderer', 'sandwich'), '--output-type', 'pdf'] + cfg.get('ocr_extra', []) + [raw, final]
    sh(cmd)
    print('done', final)


if __name__ == '__main__':
    main(sys.argv[1])
