#!/usr/bin/env python3
"""Turn each printed PDF in clean/ into a 'scanned' PDF: rasterise, add scanner and
hand faults (skew, speckle, shadow, holes, crop, stamps, signatures, handwritten
figures, ticks), rebuild a PDF from the images and OCR it with ocrmypdf (Tesseract, ita).
Deterministic: every random draw is seeded from the file name."""
import json, math, os, random, subprocess, sys, tempfile, glob
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
CLEAN = os.path.join(HERE, 'clean')
OUTDIR = os.path.dirname(HERE)
FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_R = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'

# ------------------------------------------------------------------ anchors
def words(pdf):
    """Word boxes (page, text, x0, y0, x1, y1 in points, top-left origin) via pdftotext -bbox."""
    html = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True).stdout
    import re
    out = []; page = 0
    for line in html.splitlines():
        if '<page ' in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            out.append((page, m.group(5), *map(float, m.group(1, 2, 3, 4))))
    return out


def find(ws, page, text, nth=0, after=None):
    hits = [w for w in ws if w[0] == page and w[1] == text and (after is None or w[3] > after)]
    if len(hits) <= nth:
        raise SystemExit('anchor %r not found on page %d' % (text, page))
    return hits[nth]

# ------------------------------------------------------------------ strokes
def catmull(pts, n=12):
    if len(pts) < 3:
        return pts
    P = [pts[0]] + pts + [pts[-1]]
    out = []
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for k in range(n):
            t = k / n; t2 = t * t; t3 = t2 * t
            x = 0.5 * (2 * p1[0] + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * (2 * p1[1] + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    out.append(pts[-1])
    return out


def pen(draw, pts, width, color, rnd):
    pts = catmull(pts)
    for i in range(len(pts) - 1):
        w = max(1, int(round(width * (0.75 + 0.5 * rnd.random()))))
        draw.line([pts[i], pts[i + 1]], fill=color, width=w)
        r = w / 2
        draw.ellipse([pts[i + 1][0] - r, pts[i + 1][1] - r, pts[i + 1][0] + r, pts[i + 1][1] + r], fill=color)


DIGITS = {
    '0': [(0.5, 0), (0.12, 0.3), (0.15, 0.8), (0.5, 1), (0.85, 0.75), (0.85, 0.25), (0.5, 0), (0.45, 0.05)],
    '1': [(0.25, 0.22), (0.55, 0), (0.52, 1)],
    '2': [(0.1, 0.25), (0.35, 0.02), (0.72, 0.05), (0.82, 0.3), (0.55, 0.6), (0.1, 1), (0.92, 0.98)],
    '3': [(0.1, 0.12), (0.5, 0), (0.85, 0.2), (0.45, 0.48), (0.88, 0.7), (0.5, 1), (0.08, 0.88)],
    '4': [(0.6, 1), (0.62, 0), (0.05, 0.68), (0.95, 0.68)],
    '5': [(0.85, 0.02), (0.22, 0), (0.16, 0.45), (0.58, 0.38), (0.88, 0.66), (0.55, 1), (0.1, 0.88)],
    '6': [(0.78, 0.05), (0.35, 0.15), (0.12, 0.62), (0.32, 1), (0.75, 0.92), (0.78, 0.62), (0.4, 0.5), (0.14, 0.66)],
    '7': [(0.05, 0.03), (0.95, 0), (0.38, 1)],
    '8': [(0.5, 0.48), (0.16, 0.24), (0.5, 0), (0.84, 0.24), (0.5, 0.48), (0.12, 0.75), (0.5, 1), (0.88, 0.75), (0.5, 0.48)],
    '9': [(0.85, 0.35), (0.5, 0.5), (0.15, 0.3), (0.5, 0), (0.86, 0.28), (0.78, 1)],
    '/': [(0.9, 0), (0.1, 1)],
}


def handwrite(img, x, y, text, h, color, rnd):
    """Digits (and '/') drawn as pen strokes, top-left at (x, y), height h px."""
    d = ImageDraw.Draw(img)
    w = h * 0.62
    for ch in text:
        if ch == ' ':
            x += w * 0.6; continue
        slant = 0.18
        pts = []
        for px, py in DIGITS[ch]:
            jx = (rnd.random() - 0.5) * 0.08; jy = (rnd.random() - 0.5) * 0.08
            pts.append((x + (px + jx) * w + (1 - py) * h * slant, y + (py + jy) * h))
        pen(d, pts, h / 11, color, rnd)
        x += w * (1.05 + 0.15 * rnd.random())


def tick(img, x, y, h, color, rnd, kind='check'):
    d = ImageDraw.Draw(img)
    if kind == 'x':
        pen(d, [(x, y), (x + h * 0.5, y + h * 0.5), (x + h, y + h * 1.02)], h / 9, color, rnd)
        pen(d, [(x + h * 0.95, y + h * 0.02), (x + h * 0.45, y + h * 0.55), (x + h * 0.05, y + h)], h / 9, color, rnd)
    else:
        pen(d, [(x, y + h * 0.55), (x + h * 0.3, y + h * 0.95), (x + h * 0.55, y + h * 0.5), (x + h * 1.1, y - h * 0.1)], h / 9, color, rnd)


def signature(img, cx, cy, width, color, rnd):
    """A cursive-looking signature: loops drifting rightwards, then a flourish."""
    d = ImageDraw.Draw(img)
    h = width * 0.22
    x = cx - width / 2; pts = [(x, cy + h * 0.3)]
    n = rnd.randint(7, 11)
    for i in range(n):
        x += width / n * (0.7 + 0.6 * rnd.random())
        up = cy - h * (0.4 + 0.9 * rnd.random()) if i % 2 == 0 else cy + h * (0.1 + 0.5 * rnd.random())
        pts.append((x, up))
        if rnd.random() < 0.35:
            pts.append((x - width / n * 0.5, cy - h * 0.2))
    pen(d, pts, max(2, width / 110), color, rnd)
    # underline flourish
    y0 = cy + h * (0.7 + 0.3 * rnd.random())
    pen(d, [(cx - width * 0.45, y0 + h * 0.2), (cx, y0), (cx + width * 0.55, y0 - h * 0.35)], max(2, width / 130), color, rnd)
    if rnd.random() < 0.6:  # initial capital
        x0 = cx - width / 2
        pen(d, [(x0 + h * 0.2, cy + h * 0.6), (x0 + h * 0.4, cy - h * 1.4), (x0 + h * 0.9, cy - h * 0.2), (x0 + h * 0.2, cy)], max(2, width / 110), color, rnd)


def stamp(img, cx, cy, r, ring_text, centre, ink, rnd, opacity=0.8, angle=0):
    """Round rubber stamp multiplied over the page."""
    S = int(r * 2 + 10)
    lay = Image.new('L', (S, S), 0)
    d = ImageDraw.Draw(lay)
    c = S / 2
    lw = max(2, int(r / 28))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    ri = r * 0.68
    d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=max(1, lw - 1))
    fs = int(r * 0.2)
    font = ImageFont.truetype(FONT_B, fs)
    text = ring_text
    rt = (r + ri) / 2
    span = 300.0
    step = span / max(1, len(text))
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + (i + 0.5) * step)
        chimg = Image.new('L', (fs * 2, fs * 2), 0)
        ImageDraw.Draw(chimg).text((fs, fs), ch, font=font, fill=255, anchor='mm')
        chimg = chimg.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = c + rt * math.cos(a) - fs; y = c + rt * math.sin(a) - fs
        lay.paste(255, (int(x), int(y)), chimg)
    f2 = ImageFont.truetype(FONT_B, int(r * 0.16))
    lines = centre.split('\n')
    for k, ln in enumerate(lines):
        d.text((c, c + (k - (len(lines) - 1) / 2) * r * 0.2), ln, font=f2, fill=255, anchor='mm')
    # star dots between the ends of the ring text
    d.text((c, c + rt), '★', font=ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', fs), fill=255, anchor='mm')
    lay = lay.rotate(angle, resample=Image.BICUBIC)
    a = np.asarray(lay, dtype=np.float32) / 255.0
    # uneven inking
    noise = np.asarray(Image.fromarray((np.random.RandomState(rnd.randint(0, 9999)).rand(S // 6 + 1, S // 6 + 1) * 255).astype('uint8')).resize((S, S), Image.BILINEAR), dtype=np.float32) / 255.0
    a = a * (0.45 + 0.55 * noise) * opacity
    x0, y0 = int(cx - S / 2), int(cy - S / 2)
    arr = np.asarray(img, dtype=np.float32)
    H_, W_ = arr.shape[:2]
    xs0, ys0 = max(0, x0), max(0, y0); xs1, ys1 = min(W_, x0 + S), min(H_, y0 + S)
    sub = a[ys0 - y0:ys1 - y0, xs0 - x0:xs1 - x0][..., None]
    inkv = np.array(ink, dtype=np.float32)[None, None, :] / 255.0
    arr[ys0:ys1, xs0:xs1] = arr[ys0:ys1, xs0:xs1] * (1 - sub * (1 - inkv))
    return Image.fromarray(arr.clip(0, 255).astype('uint8'))

# ------------------------------------------------------------------ page faults
def faults(img, f, rnd, dpi):
    arr = np.asarray(img, dtype=np.float32)
    H_, W_ = arr.shape[:2]
    # paper tone and a slight uneven illumination
    tone = f.get('paper', 246)
    yy, xx = np.mgrid[0:H_, 0:W_].astype(np.float32)
    illum = 1 - 0.03 * ((xx / W_ - 0.5) ** 2 + (yy / H_ - 0.5) ** 2)
    arr = arr * (tone / 255.0) * illum[..., None]
    if f.get('shadow'):
        side, wpx = f['shadow'], int(dpi * 0.45)
        g = np.ones(W_, dtype=np.float32)
        ramp = 0.35 + 0.65 * (np.linspace(0, 1, wpx) ** 0.6)
        if side == 'left':
            g[:wpx] = ramp
        else:
            g[-wpx:] = ramp[::-1]
        arr = arr * g[None, :, None]
    img = Image.fromarray(arr.clip(0, 255).astype('uint8'))
    if f.get('holes'):
        d = ImageDraw.Draw(img)
        r = dpi * 0.11
        side = f['holes']
        x = dpi * 0.45 if side == 'left' else W_ - dpi * 0.45
        for yc in (H_ / 2 - dpi * 1.57, H_ / 2 + dpi * 1.57):
            d.ellipse([x - r, yc - r, x + r, yc + r], fill=(58, 58, 58))
            d.arc([x - r, yc - r, x + r, yc + r], 200, 340, fill=(20, 20, 20), width=max(1, int(dpi / 100)))
    # skew
    ang = f.get('skew', 0)
    if ang:
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(tone, tone, tone))
    arr = np.asarray(img, dtype=np.float32)
    # sensor noise
    rs = np.random.RandomState(rnd.randint(0, 99999))
    arr = arr + rs.normal(0, f.get('noise', 3.0), arr.shape[:2])[..., None]
    # toner speckle
    n = int(f.get('speckle', 0) * (W_ * H_) / 1e6)
    if n:
        ys = rs.randint(0, H_, n); xs = rs.randint(0, W_, n)
        for y, x in zip(ys, xs):
            s = rs.randint(1, max(2, dpi // 75) + 1)
            v = rs.randint(20, 110)
            arr[y:y + s, x:x + s] = v
    img = Image.fromarray(arr.clip(0, 255).astype('uint8'))
    if f.get('blur'):
        img = img.filter(ImageFilter.GaussianBlur(f['blur']))
    c = f.get('crop')
    if c:
        side, mm_ = c
        px = int(mm_ / 25.4 * dpi)
        box = {'left': (px, 0, W_, H_), 'right': (0, 0, W_ - px, H_), 'top': (0, px, W_, H_), 'bottom': (0, 0, W_, H_ - px)}[side]
        img = img.crop(box)
    return img


def to_mode(img, mode, thr=165):
    if mode == 'RGB':
        return img
    g = img.convert('L')
    if mode == 'L':
        return g
    return g.point(lambda v: 255 if v > thr else 0).convert('1')

# ------------------------------------------------------------------ main
BLUE = (28, 42, 120); BLACK = (25, 25, 30); RED = (175, 30, 40); VIOLET = (85, 45, 140)


def build(name, cfg):
    rnd = random.Random(name)
    np.random.seed(abs(hash(name)) % 2 ** 31)
    src = os.path.join(CLEAN, name + '.pdf')
    dpi = cfg['dpi']; k = dpi / 72.0
    ws = words(src)
    tmp = tempfile.mkdtemp(prefix='scan23-')
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png', src, os.path.join(tmp, 'p')], check=True)
    pages = sorted(glob.glob(os.path.join(tmp, 'p-*.png')))
    outs = []
    for i, pfile in enumerate(pages, 1):
        img = Image.open(pfile).convert('RGB')
        for h in cfg.get('hand', []):
            if h['page'] != i:
                continue
            w = find(ws, i, h['anchor'], h.get('nth', 0))
            x0, y0, x1, y1 = [v * k for v in w[2:]]
            dx, dy = h.get('dx', 0) * k, h.get('dy', 0) * k
            col = tuple(h.get('color', BLUE))
            if h['type'] == 'sig':
                signature(img, (x0 + x1) / 2 + dx, y1 + dy, h.get('w', 120) * k, col, rnd)
            elif h['type'] == 'digits':
                handwrite(img, x0 + dx, y0 + dy, h['text'], h.get('h', 14) * k, col, rnd)
            elif h['type'] in ('check', 'x'):
                tick(img, x0 + dx, y0 + dy, h.get('h', 10) * k, col, rnd, h['type'])
            elif h['type'] == 'stamp':
                img = stamp(img, (x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy, h.get('r', 48) * k, h['ring'], h['centre'],
                            h.get('color', VIOLET), rnd, h.get('opacity', 0.8), h.get('angle', rnd.uniform(-25, 25)))
        pf = dict(cfg.get('faults', {}))
        pf.update(cfg.get('page_faults', {}).get(i, {}))
        img = faults(img, pf, rnd, dpi)
        if pf.get('upside_down'):
            img = img.rotate(180)
        img = to_mode(img, cfg['mode'], cfg.get('thr', 165))
        if cfg['mode'] == '1':
            fn = os.path.join(tmp, 's-%02d.png' % i); img.save(fn, dpi=(dpi, dpi))
        else:
            fn = os.path.join(tmp, 's-%02d.jpg' % i); img.save(fn, quality=cfg.get('q', 78), dpi=(dpi, dpi))
        outs.append(fn)
    raw = os.path.join(tmp, 'raw.pdf')
    subprocess.run(['/usr/bin/python3', '-m', 'img2pdf', '--output', raw] + outs, check=True)
    dst = os.path.join(OUTDIR, name + '.pdf')
    cmd = ['ocrmypdf', '-l', 'ita', '--pdf-renderer', cfg['renderer'], '--output-type', cfg.get('otype', 'pdf'),
           '--optimize', '1', '-q'] + cfg.get('ocr', []) + [raw, dst]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr); raise SystemExit('ocrmypdf failed for ' + name)
    print('built', dst, len(outs), 'pages')


if __name__ == '__main__':
    cfgs = json.load(open(os.path.join(HERE, 'scan_config.json')))
    only = sys.argv[1:]
    for name, cfg in cfgs.items():
        if not only or name in only:
            build(name, {**cfg, 'page_faults': {int(p): v for p, v in cfg.get('page_faults', {}).items()}})
