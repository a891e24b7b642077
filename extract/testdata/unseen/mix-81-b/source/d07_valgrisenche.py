# reportlab: every glyph placed on its own (Tm + Tj); Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Insiel Ascot Web"); W, H = A4; y = H - 70
def g(s, x, y0, font="Times-Roman", size=11):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y0, ch); x += stringWidth(ch, font, size)
def line(s, font="Times-Roman", size=11, center=False, x=80):
    global y
    if center: x = (W - stringWidth(s, font, size)) / 2
    g(s, x, y, font, size); y -= size + 5
def para(s, size=11):
    words = s.split(); cur = ""
    for w in words:
        if stringWidth(cur + " " + w, "Times-Roman", size) > W - 160 and cur: line(cur); cur = w
        else: cur = (cur + " " + w).strip()
    line(cur); global y; y -= 4
line("COMUNE DI VALGRISENCHE", "Times-Bold", 15, True)
line("COMMUNE DE VALGRISENCHE", "Times-Roman", 11, True)
line("Regione Autonoma Valle d'Aosta", "Times-Italic", 10, True); y -= 14
line("ATTESTAZIONE DI PUBBLICAZIONE", "Times-Bold", 13, True); y -= 8
para("Il sottoscritto Segretario dell'Ente locale attesta che la deliberazione della Giunta comunale n. 14 del 17/03/2026, avente ad oggetto:")
line("Affidamento in concessione del servizio di gestione del rifugio comunale Bezzi per le stagioni estive 2026-2028.", "Times-Italic", 10.5); y -= 6
para("è stata pubblicata all'Albo pretorio on line di questo Comune in data 20/03/2026 e vi rimarrà per quindici giorni consecutivi, fino al 04/04/2026, ai sensi dell'art. 52 bis della legge regionale 7 dicembre 1998, n. 54.")
para("La deliberazione è divenuta esecutiva il 20/03/2026, data di inizio della pubblicazione.")
y -= 10; line("Valgrisenche, 20/03/2026")
y -= 20; line("IL SEGRETARIO DELL'ENTE LOCALE", "Times-Roman", 11, False, 320); line("dott.ssa Nadia Chenal", "Times-Roman", 11, False, 340)
c.saveState(); c.translate(40, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -8, 330, 22); c.setFont("Helvetica-Bold", 9); c.drawString(0, 0, "ALBO PRETORIO ON LINE - REG. PUBBL. N. 97/2026"); c.restoreState()
c.save()
