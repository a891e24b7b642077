"""Ente Parco Regionale dei Monti Picentini - avviso di deposito (unnumbered
notice, prot. 412 of 11/03/2026). The letterhead is a picture (logo and name
rasterised) with a text caption under it; the title is letter-spaced (Tc),
the body justified (Tw). Office-template style."""
import sys, os, tempfile
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor
from rlutil import justified, spaced

out = sys.argv[1]
W, H = A4
LM, RM = 62, W - 56
TW = RM - LM
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
green = HexColor("#24562b")

# --- the letterhead picture ---
img = Image.new("RGB", (1500, 260), "white")
dr = ImageDraw.Draw(img)
dr.polygon([(40, 220), (150, 60), (215, 150), (270, 95), (390, 220)], fill=(36, 86, 43))
dr.polygon([(150, 60), (178, 100), (122, 100)], fill="white")
dr.ellipse((300, 40, 350, 90), fill=(214, 170, 40))
fb = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
fr = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
dr.text((430, 52), "PARCO REGIONALE", font=ImageFont.truetype(fb, 58), fill=(36, 86, 43))
dr.text((430, 122), "MONTI PICENTINI", font=ImageFont.truetype(fb, 74), fill=(36, 86, 43))
dr.text((432, 212), "Regione Campania", font=ImageFont.truetype(fr, 30), fill=(90, 90, 90))
tmp = os.path.join(tempfile.gettempdir(), "picentini_logo.png")
img.save(tmp)

c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Avviso di deposito - Regolamento raccolta funghi e prodotti del sottobosco")
c.setCreator("Modello carta intestata Ente Parco")
c.drawImage(tmp, LM, H - 112, width=330, height=57.2)
# caption under the picture, in small letter-spaced text
c.setFillColor(green)
spaced(c, LM, H - 126, "Ente Parco Regionale dei Monti Picentini", F, 9, 0.6)
c.setFillColorRGB(0, 0, 0)
c.setStrokeColor(green)
c.setLineWidth(1.5)
c.line(LM, H - 134, RM, H - 134)

c.setFont(F, 9.5)
c.drawString(LM, H - 160, "Prot. n. 412 del 11/03/2026")
c.drawRightString(RM, H - 160, "Albo pretorio on line dell'Ente")
c.drawRightString(RM, H - 172, "Albi pretori dei Comuni del Parco")

y = H - 215
c.setFillColor(green)
spaced(c, LM, y, "AVVISO DI DEPOSITO", FB, 16, 3.2, center_width=TW)
c.setFillColorRGB(0, 0, 0)
y -= 20
for ln in ["DELLA PROPOSTA DI REGOLAMENTO PER LA RACCOLTA DEI FUNGHI EPIGEI",
           "E DEI PRODOTTI DEL SOTTOBOSCO NEL TERRITORIO DEL PARCO"]:
    c.setFont(FB, 11)
    c.drawCentredString(LM + TW / 2, y, ln)
    y -= 14

y -= 18
spaced(c, LM, y, "IL COMMISSARIO STRAORDINARIO", FB, 10.5, 1.0, center_width=TW)
y -= 22
paras = [
    "Vista la Legge Regionale 1 settembre 1993, n. 33, istitutiva dei parchi e delle riserve "
    "naturali in Campania, e la Legge 6 dicembre 1991, n. 394;",
    "Vista la L.R. 24 luglio 2007, n. 8, recante la disciplina della raccolta e della "
    "commercializzazione dei funghi epigei spontanei freschi e conservati;",
    "Vista la deliberazione commissariale n. 7 del 05/03/2026, con la quale è stata adottata la "
    "proposta di Regolamento per la raccolta dei funghi epigei e dei prodotti del sottobosco nel "
    "territorio del Parco;",
]
for p in paras:
    y = justified(c, LM, y, p, F, 10.5, TW, leading=13.5)
    y -= 5
y -= 6
spaced(c, LM, y, "RENDE NOTO", FB, 11, 2.5, center_width=TW)
y -= 22
paras = [
    "che la proposta di Regolamento, corredata dalla relazione illustrativa e dalla cartografia "
    "delle aree di raccolta, è depositata presso la sede dell'Ente Parco e pubblicata sul sito "
    "istituzionale per trenta giorni consecutivi, dal 13/03/2026 al 11/04/2026, a libera visione "
    "del pubblico nei giorni feriali dalle ore 9:00 alle ore 13:00;",
    "che entro il medesimo termine chiunque può presentare osservazioni scritte, indirizzate "
    "all'Ente Parco Regionale dei Monti Picentini, a mezzo di posta elettronica certificata o "
    "raccomandata con avviso di ricevimento, indicando nell'oggetto \"Osservazioni Regolamento "
    "raccolta funghi\";",
    "che il presente avviso è pubblicato all'Albo pretorio on line dell'Ente e trasmesso ai "
    "Comuni del Parco per l'affissione ai rispettivi Albi pretori.",
]
for p in paras:
    y = justified(c, LM, y, p, F, 10.5, TW, leading=13.5)
    y -= 5

c.setFont(F, 10)
c.drawString(LM, y - 20, "Lì, 11 marzo 2026")
c.drawCentredString(RM - 110, y - 20, "IL COMMISSARIO STRAORDINARIO")
c.setFont(FB, 10)
c.drawCentredString(RM - 110, y - 34, "Avv. Giuseppe Landolfi")
c.setFont(F, 9)
c.drawString(LM, y - 72, "Visto: IL DIRETTORE - Dott. For. Mario Cuozzo")
c.setFont(FI, 7.5)
c.drawCentredString(RM - 110, y - 46, "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/93")

c.setStrokeColor(green)
c.setLineWidth(0.8)
c.line(LM, 52, RM, 52)
c.setFont(F, 7)
c.setFillColor(green)
c.drawCentredString(LM + TW / 2, 40, "Ente Parco Regionale dei Monti Picentini - Ente strumentale della Regione Campania")
c.showPage()
c.save()
os.remove(tmp)
