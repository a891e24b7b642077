# draws the letterhead picture of the Comunità Montana Lario Intelvese (emblem + name as pixels)
import sys
from PIL import Image, ImageDraw, ImageFont
F = "/usr/share/fonts/truetype/liberation2/"
im = Image.new("RGB", (1500, 230), "white")
d = ImageDraw.Draw(im)
d.polygon([(30, 200), (110, 40), (160, 120), (200, 70), (280, 200)], fill=(40, 95, 60))
d.polygon([(110, 40), (130, 80), (92, 80)], fill="white")
d.rectangle([30, 200, 280, 212], fill=(40, 90, 160))
f1 = ImageFont.truetype(F + "LiberationSerif-Bold.ttf", 74)
f2 = ImageFont.truetype(F + "LiberationSerif-Italic.ttf", 40)
d.text((320, 40), "Comunità Montana", font=f1, fill=(40, 95, 60))
d.text((320, 125), "Lario Intelvese", font=f1, fill=(40, 90, 160))
im.save(sys.argv[1])
