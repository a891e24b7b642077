"""Draw a plain shield-shaped crest as PNG (stand-in for a Comune's stemma)."""
import sys
from PIL import Image, ImageDraw

def crest(path, colour=(150, 20, 30), band=(240, 200, 60), size=(180, 220)):
    w, h = size
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    # crown
    d.rectangle([30, 8, w - 30, 34], fill=(120, 110, 100))
    for x in range(36, w - 30, 22):
        d.rectangle([x, 0, x + 10, 10], fill=(120, 110, 100))
    # shield
    pts = [(20, 40), (w - 20, 40), (w - 20, 130), (w // 2, h - 6), (20, 130)]
    d.polygon(pts, fill=colour, outline="black")
    d.rectangle([20, 80, w - 20, 100], fill=band)
    d.ellipse([w // 2 - 18, 110, w // 2 + 18, 146], fill=band, outline="black")
    im.save(path, dpi=(200, 200))

if __name__ == "__main__":
    kind = sys.argv[2] if len(sys.argv) > 2 else "red"
    cols = {"red": ((150, 20, 30), (240, 200, 60)),
            "blue": ((20, 50, 130), (230, 230, 230)),
            "green": ((30, 100, 50), (240, 200, 60))}[kind]
    crest(sys.argv[1], *cols)
