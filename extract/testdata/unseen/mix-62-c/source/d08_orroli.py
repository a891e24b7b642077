# Orroli: a "scanned" decreto sindacale: the page is drawn as a 300 dpi greyscale bitmap (PIL), slightly skewed
# and speckled, then tesseract (ita) makes a PDF with the image and an invisible OCR text layer.
import sys, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
random.seed(62)
W, H = 2480, 3508
im = Image.new("L", (W, H), 250); dr = ImageDraw.Draw(im)
F = "/usr/share/fonts/truetype/liberation/"
def font(n, s): return ImageFont.truetype(F + n, s)
R, B, I = font("LiberationSerif-Regular.ttf", 46), font("LiberationSerif-Bold.ttf", 46), font("LiberationSerif-Italic.ttf", 44)
BIG = font("LiberationSerif-Bold.ttf", 74); SM = font("LiberationSerif-Regular.ttf", 38)
y = 230
def center(s, f, dy):
    global y
    w = dr.textlength(s, font=f); dr.text(((W - w) / 2, y), s, font=f, fill=20); y += dy
def wrap(s, f, x0=260, x1=2220, dy=64, first_bold=None):
    global y
    words = s.split(); line = []
    lines = []
    for w in words:
        if dr.textlength(" ".join(line + [w]), font=f) > x1 - x0 and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        x = x0
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (x1 - x0 - sum(dr.textlength(w, font=f) for w in ln)) / (len(ln) - 1)
        else:
            gap = dr.textlength(" ", font=f)
        for j, w in enumerate(ln):
            ff = B if (first_bold and i == 0 and j == 0) else f
            dr.text((x, y), w, font=ff, fill=25); x += dr.textlength(w, font=ff) + gap
        y += dy
    y += 18
# crest
dr.ellipse((1160, y - 150, 1320, y - 10), outline=60, width=5); dr.text((1196, y - 105), "RAS", font=font("LiberationSans-Bold.ttf", 40), fill=60)
y += 20
center("COMUNE DI ORROLI", BIG, 100)
center("Provincia del Sud Sardegna", R, 60)
center("Via Cagliari, 61 – 08030 Orroli (SU) – tel. 0782 847006", SM, 60)
dr.line((260, y, 2220, y), fill=30, width=5); y += 90
center("DECRETO SINDACALE", BIG, 95)
center("N. 6 DEL 18/06/2026", font("LiberationSerif-Bold.ttf", 54), 110)
dr.text((260, y), "OGGETTO:", font=B, fill=20)
x0 = 260; 
wrap("Nomina del Responsabile dell’Area Tecnica e conferimento dell’incarico di Elevata Qualificazione per il periodo 1° luglio – 31 dicembre 2026.", B, x0=520)
y += 20
center("IL SINDACO", B, 90)
for s in ["Premesso che con proprio decreto n. 1 del 08/01/2026 è stato conferito l’incarico di Responsabile dell’Area Tecnica fino al 30 giugno 2026;",
          "Visti gli artt. 50, comma 10, e 109 del D.Lgs. 18 agosto 2000, n. 267, nonché gli artt. 16 e seguenti del CCNL Funzioni Locali del 16 novembre 2022;",
          "Visto il Regolamento sull’ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 58 del 21/09/2023;",
          "Ritenuto di dover assicurare la continuità della direzione dell’Area Tecnica;"]:
    wrap(s, R, first_bold=True)
y += 10
center("D E C R E T A", B, 90)
pts = ["di nominare Responsabile dell’Area Tecnica l’ing. Roberto Melis, funzionario tecnico a tempo pieno e indeterminato, con decorrenza dal 1° luglio 2026 e fino al 31 dicembre 2026;",
       "di attribuire al medesimo la retribuzione di posizione annua di euro 12.500,00, oltre alla retribuzione di risultato nella misura stabilita dal sistema di valutazione;",
       "di disporre la notifica del presente decreto all’interessato e la sua pubblicazione all’Albo Pretorio on line e in Amministrazione Trasparente."]
for i, s in enumerate(pts, 1):
    dr.text((260, y), "%d." % i, font=R, fill=25)
    wrap(s, R, x0=330)
y += 40
dr.text((260, y), "Orroli, 18/06/2026", font=R, fill=25)
dr.text((1500, y), "IL SINDACO", font=R, fill=25); y += 64
dr.text((1420, y), "Dott. Marco Pisano", font=I, fill=25); y += 30
# signature squiggle and round stamp
pts2 = [(1400 + k * 14, y + 90 + int(25 * ((-1) ** k)) + random.randint(-8, 8)) for k in range(40)]
dr.line(pts2, fill=70, width=4)
dr.ellipse((980, y + 10, 1260, y + 290), outline=120, width=6); dr.ellipse((1010, y + 40, 1230, y + 260), outline=120, width=3)
dr.text((1040, y + 125), "COMUNE DI ORROLI", font=font("LiberationSans-Bold.ttf", 24), fill=120)
# speckle, skew, blur
for _ in range(2500):
    xx, yy = random.randint(0, W - 1), random.randint(0, H - 1); im.putpixel((xx, yy), random.randint(90, 200))
im = im.rotate(-0.45, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.7))
im.save(sys.argv[1], dpi=(300, 300))
