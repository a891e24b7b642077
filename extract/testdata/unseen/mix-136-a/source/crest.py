#!/usr/bin/env python3
"""Draw the small shields the letterheads carry (plain drawings, not the real arms).
usage: crest.py OUTDIR  -> crest-montefano.png, crest-terrassa.png"""
import sys
from PIL import Image, ImageDraw

SHIELD = [(10, 10), (170, 10), (170, 120), (150, 170), (90, 210), (30, 170), (10, 120)]


def montefano(path):
    # the outline with a red square, as the ReportLab, fpdf2 and HTML letterheads draw it
    im = Image.new("RGB", (180, 220), "white")
    d = ImageDraw.Draw(im)
    d.polygon(SHIELD, fill="white", outline="black", width=4)
    d.rectangle((40, 50, 140, 115), fill=(140, 26, 26))
    im.save(path)


def terrassa(path):
    im = Image.new("RGB", (180, 220), "white")
    d = ImageDraw.Draw(im)
    d.polygon(SHIELD, fill=(30, 70, 150), outline="black", width=4)
    d.rectangle((55, 60, 125, 120), fill=(240, 240, 240), outline="black", width=3)
    d.polygon([(55, 60), (90, 30), (125, 60)], fill=(240, 240, 240), outline="black", width=3)
    im.save(path)


out = sys.argv[1]
montefano(out + "/crest-montefano.png")
terrassa(out + "/crest-terrassa.png")
