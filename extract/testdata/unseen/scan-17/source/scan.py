#!/usr/bin/env python3
"""Turn a clean PDF into a 'scanned' image-only PDF with Pillow.
usage: scan.py NAME   (reads $S/clean/NAME.pdf, writes $S/img/NAME.pdf)
Effects per file are in CONF below; positions are taken from the clean PDF's
word boxes (pdftotext -bbox), in points relative to a word's top-left."""
import sys, os, re, math, random, subprocess, glob
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

S = os.environ.get('S', '/tmp/scan-17-scratch')
HAND = '/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf'
SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
SANSR = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

# rot: degrees per page (180 added for a sheet fed upside down)
CONF = {
 'giunta-mantova-sicraweb': dict(dpi=300, color=False, rot=[0.4, -0.3], shadow='left', speck=0.6, seed=1,
    marks=[(2, 'Grazioli', -1, 'sig', 0, 14, {}), (2, 'Benedini', -1, 'sig', 0, 14, {}),
           (2, 'Benedini', -1, 'stamp', -55, 0, {'text': 'COMUNE DI MANTOVA', 'center': 'SEGRETERIA\nGENERALE'})]),
 'consiglio-polignano-halley': dict(dpi=200, color=False, rot=[-0.8, 0.6], holes='left', speck=1.0, seed=2,
    marks=[(2, 'giorno', -1, 'hand', 45, -6, {'text': '28/11/2025'}), (2, 'Pubbl.', -1, 'hand', 38, -6, {'text': '1794'}),
           (2, 'lì', -1, 'hand', 12, -7, {'text': '28/11/2025'}), (2, 'MESSO', -1, 'sig', 0, 10, {}),
           (2, 'lì', -1, 'stamp', 200, -30, {'text': 'COMUNE DI POLIGNANO A MARE', 'center': 'IL SEGRETARIO\nGENERALE'})]),
 'giunta-mussomeli-datagraph': dict(dpi=150, color=False, rot=[1.2, -0.9], speck=2.0, grey=0.12, seed=3,
    marks=[(2, 'SINDACO', -1, 'stamp', -20, 5, {'text': 'COMUNE DI MUSSOMELI', 'center': 'IL SINDACO'})]),
 'determina-riva-civilia': dict(dpi=300, color=True, rot=[-0.25, 0.35], speck=0.4, seed=4,
    marks=[(2, 'Bertolini', -1, 'sig', 0, 16, {}), (2, 'Bertolini', -1, 'stamp', 70, -10, {'text': 'COMUNE DI RIVA DEL GARDA', 'center': 'PROVINCIA\nDI TRENTO'}),
           (1, 'Registro', 0, 'prot', -180, -6, {'lines': ['COMUNE DI RIVA DEL GARDA', 'ARRIVO', 'Prot. n. ______', 'del 19 DIC. 2025'], 'hand': '41877'})]),
 'determina-venosa-studiok': dict(dpi=200, color=False, rot=[0.6], speck=0.8, seed=5, shadow='right',
    marks=[(1, 'REGISTRO', 0, 'hand', 140, -4, {'text': '89', 'size': 22}), (1, 'REGISTRO', 0, 'hand', 300, -4, {'text': '23/01/2026', 'size': 18}),
           (1, 'Lorusso', 0, 'sig', 0, 8, {}), (1, 'Lorusso', -1, 'sig', 110, -18, {'w': 90})]),
 'determina-portogruaro-jiride': dict(dpi=300, color=False, rot=[-0.5, 180.4], shadow='right', speck=0.5, seed=6,
    marks=[(2, 'Zanin', -1, 'sig', -10, 14, {}), (2, 'Pasqualini', -1, 'sig', -60, -6, {'w': 80})]),
 'ordinanza-tarquinia-hypersic': dict(dpi=200, color=True, rot=[0.9], speck=0.7, seed=7,
    marks=[(1, 'Ceccarelli', -1, 'sig', 0, 18, {}), (1, 'Ceccarelli', -1, 'stamp', -60, 8, {'text': 'COMUNE DI TARQUINIA', 'center': 'IL SINDACO'})]),
 'avviso-sanbenedetto-sfera': dict(dpi=300, color=False, rot=[0.3, -0.5], shadow='left', holes='left', speck=0.5, seed=8,
    marks=[(2, 'Marinangeli', -1, 'sig', 0, 14, {})]),
 'certificato-terrasini-saga': dict(dpi=150, color=False, rot=[1.4], speck=1.5, grey=0.1, seed=9,
    marks=[(1, 'dal', -1, 'hand', 25, -8, {'text': '30/01/2026'}), (1, 'al', -1, 'hand', 18, -8, {'text': '14/02/2026'}),
           (1, 'lì', -1, 'hand', 20, -8, {'text': '16/02/2026'}), (1, 'NON', -1, 'tick', -22, -2, {}),
           (1, 'Cataldo', -1, 'sig', 0, 12, {}), (1, 'Randazzo', -1, 'sig', 0, 12, {}),
           (1, 'Randazzo', -1, 'stamp', -40, 0, {'text': 'COMUNE DI TERRASINI', 'center': 'ALBO\nPRETORIO'})]),
 'allegato-vado-word': dict(dpi=300, color=False, rot=[-0.2], speck=0.3, seed=10,
    marks=[(1, 'Briano', -1, 'sig', -20, 12, {'w': 110}), (1, 'Peluffo', -1, 'sig', -20, 12, {'w': 120})]),
 'convocazione-muravera-zuddas': dict(dpi=200, color=False, rot=[0.7], speck=0.8, seed=11,
    marks=[(1, 'Loi', -1, 'sig', -50, 12, {}),
           (1, 'COMUNE', 0, 'prot', 335, -14, {'lines': ['COMUNE DI MURAVERA', 'PARTENZA', 'Prot. n. 1764', 'del 05/02/2026'], 'hand': None})]),
 'avviso-deposito-oleggio-siscom': dict(dpi=300, color=True, rot=[-0.6], speck=0.5, seed=12,
    marks=[(1, 'Zanetta', -1, 'sig', -10, 14, {}), (1, 'Zanetta', -1, 'stamp', -90, 0, {'text': 'COMUNE DI OLEGGIO', 'center': 'MESSO\nCOMUNALE'})]),
}

def words(pdf, page):
    out = subprocess.run(['pdftotext', '-bbox', '-f', str(page), '-l', str(page), pdf, '-'], capture_output=True, text=True).stdout
    return [(m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)]

def scribble(d, x, y, w, h, col, lw, rnd):
    pts = []
    n = rnd.randint(5, 8)
    for i in range(n * 12):
        t = i / (n * 12)
        px = x + t * w + math.sin(t * n * 2 * math.pi) * w * 0.05
        py = y + h / 2 + math.sin(t * n * math.pi * 1.7 + rnd.random()) * h * 0.45 * (1 - t * 0.4)
        pts.append((px, py))
    d.line(pts, fill=col, width=lw, joint='curve')
    d.line([(x + w * 0.1, y + h * 0.9), (x + w * 1.05, y + h * 0.55)], fill=col, width=max(1, lw - 1))

def round_stamp(img, cx, cy, r, text, center, col, dpi):
    layer = Image.new('L', img.size, 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, int(dpi / 100))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=lw)
    d.ellipse([cx - r * 0.68, cy - r * 0.68, cx + r * 0.68, cy + r * 0.68], outline=255, width=max(1, lw - 1))
    fs = int(r * 0.2)
    f = ImageFont.truetype(SANS, fs)
    n = len(text)
    span = min(300, n * 13)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        px, py = cx + math.cos(a) * r * 0.84, cy + math.sin(a) * r * 0.84
        chimg = Image.new('L', (fs * 2, fs * 2), 0)
        ImageDraw.Draw(chimg).text((fs, fs), ch, font=f, fill=255, anchor='mm')
        chimg = chimg.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.paste(255, (int(px - fs), int(py - fs)), chimg)
    f2 = ImageFont.truetype(SANS, int(r * 0.17))
    d.multiline_text((cx, cy), center, font=f2, fill=255, anchor='mm', align='center')
    layer = layer.point(lambda v: int(v * 0.8))
    colimg = Image.new(img.mode, img.size, col)
    img.paste(colimg, (0, 0), layer)

def hand(d, x, y, text, size_pt, dpi, col):
    f = ImageFont.truetype(HAND, int(size_pt * dpi / 72))
    d.text((x, y), text, font=f, fill=col)

def prot_stamp(img, d, x, y, lines, handtxt, dpi, col, rnd):
    k = dpi / 72
    w, h = 150 * k, 64 * k
    d.rectangle([x, y, x + w, y + h], outline=col, width=max(2, int(dpi / 110)))
    f = ImageFont.truetype(SANS, int(9 * k))
    for i, t in enumerate(lines):
        d.text((x + w / 2, y + (10 + i * 14) * k), t, font=f, fill=col, anchor='mm')
    if handtxt:
        hand(d, x + 62 * k, y + 30 * k, handtxt, 15, dpi, (20, 30, 120) if img.mode == 'RGB' else 40)

def main(name):
    c = CONF[name]; dpi = c['dpi']; rnd = random.Random(c['seed']); k = dpi / 72
    pdf = f'{S}/clean/{name}.pdf'
    os.makedirs(f'{S}/img', exist_ok=True)
    pref = f'{S}/img/{name}'
    for old in glob.glob(pref + '-*.png'): os.remove(old)
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png'] + ([] if c['color'] else ['-gray']) + [pdf, pref], check=True)
    pages = sorted(glob.glob(pref + '-*.png'))
    ink = (25, 35, 130) if c['color'] else 45
    stampcol = (90, 60, 170) if c['color'] else 110
    out = []
    for pi, pth in enumerate(pages, 1):
        img = Image.open(pth).convert('RGB' if c['color'] else 'L')
        d = ImageDraw.Draw(img)
        ws = words(pdf, pi)
        for (pg, word, occ, kind, dx, dy, opt) in c.get('marks', []):
            if pg != pi: continue
            hits = [w for w in ws if w[0] == word]
            if not hits: print('  no word', word, 'on page', pi); continue
            _, x0, y0, x1, y1 = hits[occ]
            X, Y = (x0 + dx) * k, (y0 + dy) * k
            if kind == 'sig':
                scribble(d, X, Y, opt.get('w', 130) * k, 30 * k, ink, max(2, int(dpi / 110)), rnd)
            elif kind == 'hand':
                hand(d, X, Y, opt['text'], opt.get('size', 14), dpi, ink)
            elif kind == 'tick':
                d.line([(X, Y + 6 * k), (X + 4 * k, Y + 11 * k), (X + 13 * k, Y - 3 * k)], fill=ink, width=max(2, int(dpi / 90)), joint='curve')
            elif kind == 'stamp':
                round_stamp(img, X + 40 * k, Y + 20 * k, 40 * k, opt['text'], opt['center'], stampcol, dpi)
            elif kind == 'prot':
                prot_stamp(img, d, X, Y, opt['lines'], opt.get('hand'), dpi, stampcol, rnd)
        W, H = img.size
        # paper tone and speckle
        g = c.get('grey', 0.05)
        base = Image.new(img.mode, img.size, (int(255 * (1 - g)),) * 3 if c['color'] else int(255 * (1 - g)))
        img = ImageChops.multiply(img, base) if c['color'] else ImageChops.multiply(img, base)
        d = ImageDraw.Draw(img)
        for _ in range(int(c.get('speck', 0.5) * W * H / 40000)):
            x, y = rnd.randrange(W), rnd.randrange(H); r = rnd.choice([0, 0, 1, 1, 2]) * dpi / 300
            v = rnd.randint(60, 160)
            d.ellipse([x, y, x + r + 1, y + r + 1], fill=(v, v, v) if c['color'] else v)
        # binding shadow
        if c.get('shadow'):
            sw = int(W * 0.05)
            sh = Image.new('L', (sw, H), 0)
            sd = ImageDraw.Draw(sh)
            for i in range(sw):
                sd.line([(i, 0), (i, H)], fill=int(150 * (1 - i / sw) ** 2))
            if c['shadow'] == 'right': sh = sh.transpose(Image.FLIP_LEFT_RIGHT)
            pos = (0, 0) if c['shadow'] == 'left' else (W - sw, 0)
            dark = Image.new(img.mode, (sw, H), (30, 30, 30) if c['color'] else 30)
            img.paste(dark, pos, sh)
        # punched holes
        if c.get('holes'):
            d = ImageDraw.Draw(img)
            r = int(3 * dpi / 25.4)
            for yy in (H / 2 - 40 * dpi / 25.4, H / 2 + 40 * dpi / 25.4):
                cx = int(12 * dpi / 25.4)
                d.ellipse([cx - r, yy - r, cx + r, yy + r], fill=(70, 70, 70) if c['color'] else 70)
                d.ellipse([cx - r + 3, yy - r + 3, cx + r - 2, yy + r - 2], fill=(35, 35, 35) if c['color'] else 35)
        # tilt (and upside-down sheets)
        rot = c['rot'][(pi - 1) % len(c['rot'])]
        fill = (235, 235, 235) if c['color'] else 235
        img = img.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        img = img.filter(ImageFilter.GaussianBlur(0.35 * dpi / 300))
        out.append(img)
    out[0].save(f'{S}/img/{name}.pdf', save_all=True, append_images=out[1:], resolution=dpi)
    print(name, len(out), 'pages')

if __name__ == '__main__':
    for n in sys.argv[1:]: main(n)
