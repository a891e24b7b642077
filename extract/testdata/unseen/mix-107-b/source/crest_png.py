#!/usr/bin/env python3
"""Draws the crests used by the Writer/Chromium documents as PNG files."""
import sys
from PIL import Image, ImageDraw

def oleggio(path):
    im = Image.new("RGB", (230, 350), "white"); d = ImageDraw.Draw(im)
    d.rectangle([30, 10, 200, 40], fill="#d4a017")
    for i in range(4):
        d.rectangle([30 + i * 47, 0, 50 + i * 47, 12], fill="#d4a017")
    d.polygon([(0, 55), (230, 55), (230, 230), (115, 345), (0, 230)], fill="#b3202a", outline="black")
    d.rectangle([75, 130, 155, 280], fill="white")
    for i in range(3):
        d.rectangle([70 + i * 35, 100, 90 + i * 35, 130], fill="white")
    d.rectangle([105, 240, 125, 280], fill="#b3202a")
    im.save(path)

def castrolibero(path):
    im = Image.new("RGB", (230, 330), "white"); d = ImageDraw.Draw(im)
    d.polygon([(0, 20), (230, 20), (230, 210), (115, 325), (0, 210)], fill="#1f4e9c", outline="black")
    d.polygon([(40, 230), (115, 70), (190, 230)], fill="#e9e9e9")
    d.ellipse([95, 35, 135, 75], fill="#f2c230")
    im.save(path)

if __name__ == "__main__":
    {"oleggio": oleggio, "castrolibero": castrolibero}[sys.argv[1]](sys.argv[2])
