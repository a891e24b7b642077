# -*- coding: utf-8 -*-
"""Turn each clean PDF into a 'scan': rasterise, add the hand (signatures, ticks,
figures), stamps and scanner faults, rebuild an image PDF with img2pdf and
OCR it with ocrmypdf (-l ita) so that the only text layer is Tesseract's."""
import glob
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import img2pdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
CLEAN = os.path.join(HERE, "clean")
OUTDIR = os.path.join(HERE, "..")
FONTS = "/usr/share/fonts/truetype/"
HAND_FONTS = [FONTS + "liberation/LiberationSerif-Italic.ttf", FONTS + "liberation/LiberationSerif-BoldItalic.ttf",
              FONTS + "crosextra/Caladea-Italic.ttf"]
BLUE = (28, 45, 140)
BLACK = (35, 35, 45)
VIOLET = (95, 55, 150)

# dpi, mode, skew (deg, + = counter-clockwise), faults, ocrmypdf options
CONF = {
    "deliberazione-avigliana-halley.pdf":
        dict(dpi=200, mode="gray", skew=0.6, holes=True, speckle=300, ink=BLUE,
             ocr=["--pdf-renderer", "hocr", "--deskew"]),
    "deliberazione-vittorioveneto-dedagroup.pdf":
        dict(dpi=200, mode="rgb", skew=-0.4, shadow="left", speckle=150, ink=BLUE,
             ocr=["--pdf-renderer", "sandwich"]),
    "deliberazione-casteldisangro-hypersic.pdf":
        dict(dpi=300, mode="bw", skew=1.1, speckle=1500, crop={"top": 4}, ink=BLACK,
             ocr=["--pdf-renderer", "hocr", "--deskew"]),
    "determinazione-gattinara-studiok.pdf":
        dict(dpi=150, mode="gray", skew=-1.3, speckle=1200, ink=BLACK,
             ocr=["--pdf-renderer", "sandwich"]),
    "determinazione-massamarittima-jiride.pdf":
        dict(dpi=200, mode="rgb", skew=0.3, holes=True, speckle=200, ink=BLUE,
             ocr=["--pdf-renderer", "hocr", "--rotate-pages"]),
    "determinazione-marsicovetere-kibernetes.pdf":
        dict(dpi=200, mode="bw", skew=0.8, speckle=900, crop={"right": 7}, ink=BLUE,
             ocr=["--pdf-renderer", "sandwich", "--deskew"]),
    "ordinanza-bussolengo-sicraweb.pdf":
        dict(dpi=300, mode="gray", skew=-0.2, shadow="right", speckle=400, ink=BLUE,
             ocr=["--pdf-renderer", "hocr"]),
    "avviso-sestofiorentino-word.pdf":
        dict(dpi=150, mode="rgb", skew=0.5, speckle=100, ink=BLUE,
             ocr=["--pdf-renderer", "sandwich"]),
    "attestazione-montesilvano-civilia.pdf":
        dict(dpi=200, mode="bw", skew=-0.7, speckle=700, ink=BLUE,
             ocr=["--pdf-renderer", "hocr"]),
    "allegato-coriglianorossano-word.pdf":
        dict(dpi=200, mode="gray", skew=0.4, rot90=True, speckle=250, ink=BLUE,
             ocr=["--pdf-renderer", "sandwich", "--rotate-pages", "--rotate-pages-threshold", "4"]),
    "convocazione-villasangiovanni-datagraph.pdf":
        dict(dpi=200, mode="rgb", skew=-0.9, speckle=150, ink=BLACK,
             ocr=["--pdf-renderer", "hocr", "--rotate-pages"]),
    "avviso-portotorres-zuddas.pdf":
        dict(dpi=200, mode="gray", skew=1.4, shadow="left", holes=True, speckle=350, ink=BLUE,
             ocr=["--pdf-renderer", "sandwich", "--deskew"]),
}


def catmull(pts, n=12):
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))
    return out


def signature(draw, box, rng, ink, scale):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    pts = []
    x = x0 + w * 0.05
    # a capital loop, then a run of small loops, then a flourish underline
    pts += [(x, y0 + h * 0.75), (x + w * 0.05, y0 + h * 0.1), (x + w * 0.1, y0 + h * 0.85), (x + w * 0.02, y0 + h * 0.55)]
    x += w * 0.12
    while x < x0 + w * 0.8:
        step = w * rng.uniform(0.025, 0.09)
        top = rng.uniform(0.05, 0.6) if rng.random() < 0.35 else rng.uniform(0.4, 0.6)
        pts.append((x, y0 + h * top))
        pts.append((x + step * rng.uniform(0.2, 0.8), y0 + h * rng.uniform(0.6, 0.9)))
        if rng.random() < 0.2:
            pts.append((x - step * 0.3, y0 + h * rng.uniform(0.3, 0.5)))
        x += step
    pts += [(x0 + w * 0.95, y0 + h * 0.3), (x0 + w * 0.6, y0 + h * 0.9), (x0 + w * 0.1, y0 + h * 0.95),
            (x0 + w * 0.05, y0 + h * 0.9)]
    pts = [(px + rng.uniform(-2, 2) * scale, py + rng.uniform(-2, 2) * scale) for px, py in pts]
    line = catmull([pts[0]] + pts + [pts[-1]])
    draw.line(line, fill=ink, width=max(2, int(1.1 * scale)), joint="curve")


def hand_text(img, text, box, rng, ink, scale):
    x0, y0, x1, y1 = box
    h = y1 - y0
    size = int(h * 1.25)
    font = ImageFont.truetype(rng.choice(HAND_FONTS), size)
    layer = Image.new("L", (int((x1 - x0) * 1.6) + size, int(h * 2.2)), 0)
    d = ImageDraw.Draw(layer)
    cx = 4
    for ch in text:
        dy = rng.uniform(-0.08, 0.08) * h
        d.text((cx, h * 0.3 + dy), ch, font=font, fill=255, stroke_width=max(0, int(scale * 0.4)), stroke_fill=255)
        cx += font.getlength(ch) * rng.uniform(0.9, 1.05)
    layer = layer.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True)
    color = Image.new("RGB", layer.size, ink)
    img.paste(color, (int(x0), int(y0 - h * 0.9)), layer)


def tick(draw, box, rng, ink, scale):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    a = (x0 + w * 0.1 + rng.uniform(-2, 2), y0 + h * 0.5)
    b = (x0 + w * 0.45, y0 + h * 0.95 + rng.uniform(-2, 2))
    c = (x1 + w * 0.35 + rng.uniform(-3, 3), y0 - h * 0.45)
    draw.line([a, b, c], fill=ink, width=max(2, int(1.3 * scale)), joint="curve")


def stamp(img, centre, radius, text, inner, rng, scale):
    size = int(radius * 2 + 10)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    for r, wd in ((radius, 3), (radius * 0.72, 2)):
        d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(1, int(wd * scale / 2)))
    font = ImageFont.truetype(FONTS + "liberation/LiberationSans-Bold.ttf", int(radius * 0.2))
    n = len(text)
    span = 300.0
    for i, ch in enumerate(text):
        ang = -span / 2 + span * i / max(1, n - 1)
        chimg = Image.new("L", (int(radius * 0.3), int(radius * 0.3)), 0)
        ImageDraw.Draw(chimg).text((chimg.width / 2, chimg.height / 2), ch, font=font, fill=255, anchor="mm")
        chimg = chimg.rotate(-ang, resample=Image.BICUBIC)
        rr = radius * 0.86
        px = c + rr * math.sin(math.radians(ang)) - chimg.width / 2
        py = c - rr * math.cos(math.radians(ang)) - chimg.height / 2
        layer.paste(255, (int(px), int(py)), chimg)
    f2 = ImageFont.truetype(FONTS + "liberation/LiberationSans-Bold.ttf", int(radius * 0.13))
    words = inner.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) > 12 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    for k, ln in enumerate(lines):
        d.text((c, c + (k - (len(lines) - 1) / 2) * radius * 0.17), ln, font=f2, fill=255, anchor="mm")
    # uneven ink
    noise = Image.effect_noise((size, size), 60).point(lambda v: 255 if v > 70 else int(v * 2.5))
    layer = ImageChops.multiply(layer, noise).filter(ImageFilter.GaussianBlur(0.6))
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    layer = layer.point(lambda v: min(255, int(v * 1.1)))
    col = Image.new("RGB", layer.size, VIOLET)
    img.paste(col, (int(centre[0] - size / 2), int(centre[1] - size / 2)), layer)


def process(name, conf, rng, work):
    dpi = conf["dpi"]
    k = dpi / 72.0
    marks = [m for m in json.load(open(os.path.join(CLEAN, "marks.json"))) if m["doc"] == name]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", os.path.join(CLEAN, name), os.path.join(work, "p")], check=True)
    pages = sorted(glob.glob(os.path.join(work, "p-*.png")))
    outs = []
    for pi, pp in enumerate(pages, 1):
        img = Image.open(pp).convert("RGB")
        Wp, Hp = img.size
        d = ImageDraw.Draw(img)
        for m in marks:
            if m["page"] != pi:
                continue
            x0 = m["x"] * k
            y1 = Hp - m["y"] * k
            y0 = Hp - (m["y"] + m["h"]) * k
            x1 = x0 + m["w"] * k
            box = (x0, y0, x1, y1)
            if m["name"] == "sign":
                signature(d, box, rng, conf["ink"], k / 2.78)
            elif m["name"] == "tick":
                tick(d, box, rng, conf["ink"], k / 2.78)
            elif m["name"] == "hand":
                hand_text(img, m["text"], (x0 + 2 * k, y0, x1, y1), rng, conf["ink"], k / 2.78)
                d = ImageDraw.Draw(img)
            elif m["name"] == "stamp":
                cx = x0 + (m["w"] / 2 + m.get("dx", 0)) * k
                cy = y1 + (m["r"] * 0.2) * k
                stamp(img, (cx, cy), m["r"] * k, m["text"], m["inner"], rng, k / 2.78)
                d = ImageDraw.Draw(img)
        # paper tone and toner blur
        img = img.filter(ImageFilter.GaussianBlur(0.35 * k / 2.78))
        if conf.get("rot90"):
            img = img.rotate(90, expand=True)
            Wp, Hp = img.size
        # skew inside the scanner (white fill: the platen lid)
        img = img.rotate(conf["skew"], resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        tone = Image.new("RGB", img.size, (246, 244, 236) if conf["mode"] == "rgb" else (240, 240, 240))
        img = ImageChops.multiply(img, tone.point(lambda v: min(255, v + 9)))
        d = ImageDraw.Draw(img)
        if conf.get("shadow"):
            sw = int(Wp * 0.07)
            grad = Image.new("L", (sw, Hp))
            gd = ImageDraw.Draw(grad)
            for i in range(sw):
                v = int(120 + 135 * (i / sw) ** 0.6)
                gd.line([(i, 0), (i, Hp)], fill=v)
            if conf["shadow"] == "right":
                grad = grad.transpose(Image.FLIP_LEFT_RIGHT)
            mask = Image.new("L", img.size, 255)
            mask.paste(grad, (0 if conf["shadow"] == "left" else Wp - sw, 0))
            img = ImageChops.multiply(img, Image.merge("RGB", (mask, mask, mask)))
            d = ImageDraw.Draw(img)
        if conf.get("holes"):
            r = 3 * k * 72 / 25.4
            cxh = 9 * k * 72 / 25.4
            for cy in (Hp / 2 - 40 * k * 72 / 25.4, Hp / 2 + 40 * k * 72 / 25.4):
                d.ellipse([cxh - r, cy - r, cxh + r, cy + r], fill=(70, 70, 72))
        n = conf.get("speckle", 0)
        for _ in range(n):
            px, py = rng.uniform(0, Wp), rng.uniform(0, Hp)
            rr = rng.choice([0.4, 0.5, 0.7, 0.9, 1.2]) * k / 2.78
            d.ellipse([px - rr, py - rr, px + rr, py + rr], fill=(40, 40, 40))
        cr = conf.get("crop", {})
        if cr:
            mmpx = k * 72 / 25.4
            left = int(cr.get("left", 0) * mmpx)
            top = int(cr.get("top", 0) * mmpx)
            right = Wp - int(cr.get("right", 0) * mmpx)
            bottom = Hp - int(cr.get("bottom", 0) * mmpx)
            img = img.crop((left, top, right, bottom))
        out = os.path.join(work, "s-%02d" % pi)
        if conf["mode"] == "rgb":
            out += ".jpg"
            img.save(out, quality=72, dpi=(dpi, dpi))
        elif conf["mode"] == "gray":
            out += ".jpg"
            img.convert("L").save(out, quality=75, dpi=(dpi, dpi))
        else:
            g = img.convert("L")
            g = ImageChops.add(g, Image.effect_noise(g.size, 18).point(lambda v: v - 128 if v > 128 else 0))
            g.point(lambda v: 255 if v > 150 else 0).convert("1").save(out + ".png", dpi=(dpi, dpi))
            out += ".png"
        outs.append(out)
    raw = os.path.join(work, "raw.pdf")
    with open(raw, "wb") as fh:
        fh.write(img2pdf.convert(outs))
    target = os.path.join(OUTDIR, name)
    cmd = ["ocrmypdf", "-l", "ita", "--output-type", "pdf", "-q"] + conf["ocr"] + [raw, target]
    subprocess.run(cmd, check=True)
    print("done", name, len(outs), "pages", " ".join(conf["ocr"]))


if __name__ == "__main__":
    only = sys.argv[1:]
    for i, (name, conf) in enumerate(CONF.items()):
        if only and not any(o in name for o in only):
            continue
        rng = random.Random(2400 + i)
        with tempfile.TemporaryDirectory() as work:
            process(name, conf, rng, work)
