# letterhead of the Comune di Salzano as a picture (crest + name drawn in pixels):
# the name in the heading has no text layer; the caption under it is text.
from PIL import Image, ImageDraw, ImageFont
W, H = 1800, 260
im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
# a simple crest: shield with a tower
d.polygon([(60, 20), (220, 20), (220, 150), (140, 235), (60, 150)], fill="#1d4e89", outline="#0d2a4d")
d.rectangle([110, 70, 170, 170], fill="#f2c230"); d.rectangle([100, 55, 180, 75], fill="#f2c230")
for x in (100, 125, 150, 172):
    d.rectangle([x, 40, x + 10, 55], fill="#f2c230")
d.rectangle([132, 130, 148, 170], fill="#1d4e89")
f = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", 96)
d.text((280, 40), "COMUNE DI SALZANO", font=f, fill="#0d2a4d")
d.line([(280, 170), (1760, 170)], fill="#1d4e89", width=5)
im.save("salzano/stemma_intestazione.png")
