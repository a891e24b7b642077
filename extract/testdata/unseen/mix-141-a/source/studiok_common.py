"""Shared bits of the Comune di Motta San Giovanni house style (Studio K-like)."""
import io
from PIL import Image, ImageDraw

ENTE = "COMUNE DI MOTTA SAN GIOVANNI"
SOTTO = "Città Metropolitana di Reggio Calabria"
INDIRIZZO = "Piazza Municipio - 89065 Motta San Giovanni (RC)"


def crest_png(px=220):
    """A grey shield with a tower and a crown, as a PNG (bytes)."""
    im = Image.new("RGB", (px, int(px * 1.25)), "white")
    d = ImageDraw.Draw(im)
    s = px / 40.0
    def P(x, y):
        return (x * s, y * s)
    d.rectangle([P(4, 1), P(36, 6)], fill="black")
    for i in range(5):
        d.rectangle([P(4 + i * 6.6, 0), P(7 + i * 6.6, 2)], fill="black")
    shield = [P(2, 8), P(38, 8), P(38, 30), P(33, 40), P(20, 49), P(7, 40), P(2, 30)]
    d.polygon(shield, fill="white", outline="black")
    d.line(shield + [shield[0]], fill="black", width=max(2, int(s)))
    d.rectangle([P(14, 18), P(26, 42)], fill=(90, 90, 90))
    d.rectangle([P(12, 14), P(28, 19)], fill=(90, 90, 90))
    d.rectangle([P(18, 32), P(22, 42)], fill="white")
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()
