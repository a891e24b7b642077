# reportlab: every glyph its own Tm+Tj (canvas.drawString per char), justified by spreading glyphs; number in a box; rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Halley Stampe 4.0"); c.setProducer("Halley PDF Engine")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    c.setFont(font, size)
    n = len(s); extra = 0
    if width and n > 1: extra = (width - stringWidth(s, font, size)) / (n - 1)
    for ch in s:
        c.drawString(x, y, ch); x += stringWidth(ch, font, size) + extra
def para(y, text, font="Times-Roman", size=11, left=70, right=W-70, lead=14.5):
    words = text.split(); line = []
    while words:
        line.append(words.pop(0))
        if stringWidth(" ".join(line + words[:1]), font, size) > right - left or not words:
            s = " ".join(line); glyphs(left, y, s, font, size, (right - left) if words else None); y -= lead; line = []
    return y - 4
glyphs(170, H-60, "COMUNE DI MUSSOLENTE", "Times-Bold", 18)
glyphs(215, H-78, "Provincia di Vicenza", "Times-Italic", 11)
glyphs(160, H-92, "Piazza della Vittoria, 1 – 36065 Mussolente (VI)", "Times-Roman", 9)
c.line(70, H-102, W-70, H-102)
c.rect(360, H-170, 165, 52)
glyphs(370, H-136, "ORDINANZA N. 14", "Helvetica-Bold", 12)
glyphs(370, H-153, "del 19/02/2026", "Helvetica", 11)
glyphs(370, H-166, "Registro Ordinanze 2026", "Helvetica", 7)
glyphs(70, H-140, "IL SINDACO", "Times-Bold", 14)
y = H-200
glyphs(70, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Misure temporanee per il contenimento dell'inquinamento atmosferico da PM10 – limitazioni alla circolazione dei veicoli più inquinanti e divieto di combustioni all'aperto dal 20 febbraio al 31 marzo 2026.", "Times-Bold", 11, left=135)
y -= 6
for t in ["PREMESSO che i dati rilevati da ARPAV nella stazione di Bassano del Grappa hanno evidenziato superamenti del valore limite giornaliero di PM10 per più di tre giorni consecutivi, con conseguente attivazione del livello di allerta 1 (arancio) previsto dall'Accordo di bacino padano;",
          "VISTO il Piano Regionale di Tutela e Risanamento dell'Atmosfera e la D.G.R. Veneto n. 238 del 2 marzo 2021;",
          "VISTI l'art. 7 del D.Lgs. 30 aprile 1992, n. 285 e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(y, t)
glyphs(265, y-4, "O R D I N A", "Times-Bold", 13); y -= 26
for t in ["1. dal 20 febbraio al 31 marzo 2026, nei giorni feriali dalle ore 8.30 alle ore 18.30, il divieto di circolazione nel centro abitato per gli autoveicoli alimentati a benzina Euro 0 e 1 e a gasolio Euro 0, 1, 2, 3 e 4;",
          "2. il divieto di combustione all'aperto di residui vegetali e di ogni altro materiale su tutto il territorio comunale;",
          "3. il divieto di utilizzo di generatori di calore a biomassa legnosa di classe inferiore a 3 stelle in presenza di impianto alternativo;",
          "4. che la temperatura negli ambienti riscaldati non superi i 19 °C (+2 °C di tolleranza)."]:
    y = para(y, t)
y = para(y-4, "La Polizia Locale della Federazione dei Comuni del Camposampierese è incaricata della vigilanza. Contro la presente è ammesso ricorso al T.A.R. del Veneto entro 60 giorni o ricorso straordinario al Capo dello Stato entro 120 giorni.")
glyphs(70, y-10, "Mussolente, 19 febbraio 2026", "Times-Roman", 11)
glyphs(380, y-30, "IL SINDACO", "Times-Bold", 11)
glyphs(365, y-45, "Cristiano Montagner", "Times-Roman", 11)
c.saveState(); c.translate(40, 250); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6)
glyphs(0, 0, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 19/02/2026 AL 06/03/2026 – N. REG. 162", "Helvetica", 7.5)
c.restoreState()
c.showPage(); c.save()
