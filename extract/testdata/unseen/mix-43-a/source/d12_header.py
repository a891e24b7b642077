# Letterhead picture: the coat of arms and the Comune's name are pixels
# (a scanned letterhead reused as an image); the text below it is real text.
from PIL import Image, ImageDraw, ImageFont
W, H = 1800, 260
im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
d.polygon([(40, 20), (200, 20), (200, 140), (120, 235), (40, 140)], outline=(30, 60, 110), width=7)
d.line([(40, 90), (200, 90)], fill=(170, 30, 40), width=10)
d.ellipse([(95, 35), (145, 80)], outline=(30, 60, 110), width=5)
f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 92)
d.text((250, 50), "COMUNE DI PAULILATINO", font=f, fill=(30, 60, 110))
d.line([(250, 175), (1760, 175)], fill=(170, 30, 40), width=5)
im.save("d12_intestazione.png", dpi=(300, 300))
