# Letterhead picture for the Laterza notice: coat of arms and the name of the
# Comune drawn INTO a raster image (no text layer), as many offices paste a
# scanned letterhead into their Word/HTML template.
import sys
from PIL import Image, ImageDraw, ImageFont

OUT = sys.argv[1]
W, H = 1800, 260
im = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(im)
# shield
d.polygon([(40, 20), (200, 20), (200, 150), (120, 235), (40, 150)], fill=(30, 80, 160), outline=(0, 0, 0))
d.rectangle([40, 20, 200, 70], fill=(200, 30, 40))
d.ellipse([95, 95, 145, 145], fill=(240, 200, 40))
f1 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 92)
f2 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 44)
d.text((250, 30), "COMUNE DI LATERZA", font=f1, fill=(20, 40, 90))
d.text((252, 150), "Provincia di Taranto", font=f2, fill=(60, 60, 60))
d.line([(250, 230), (1760, 230)], fill=(20, 40, 90), width=6)
im.save(OUT)
