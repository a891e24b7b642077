# draws a simple heraldic shield PNG used as letterhead crest (invented, not a real coat of arms)
import sys
from PIL import Image, ImageDraw
out, c1, c2 = sys.argv[1], sys.argv[2], sys.argv[3]
W, H = 240, 280
im = Image.new('RGB', (W, H), 'white'); d = ImageDraw.Draw(im)
pts = [(20, 20), (220, 20), (220, 150), (120, 260), (20, 150)]
d.polygon(pts, fill=c1, outline='black')
d.polygon([(120, 20), (220, 20), (220, 150), (120, 260)], fill=c2, outline='black')
d.ellipse((85, 85, 155, 155), fill='white', outline='black', width=3)
d.line(pts + [pts[0]], fill='black', width=5)
im.save(out)
