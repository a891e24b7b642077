# Griante (CO): reportlab; every glyph its own Tm+Tj (text object per glyph), body drawn bottom-up, rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4
c.setCreator("Halley Stampe PDF 3.0")
def glyphs(s, x, y, font="Times-Roman", size=10.5, width=None):
    # place each glyph individually; if width given, spread the extra space over the blanks
    n = s.count(" "); extra = 0
    if width and n: extra = (width - stringWidth(s, font, size)) / n
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(s, x, y, w, font="Times-Roman", size=10.5, lead=13.5):
    words = s.split(); lines = []; cur = []
    for wd in words:
        if cur and stringWidth(" ".join(cur+[wd]), font, size) > w: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur); out = []
    for i, ln in enumerate(lines):
        out.append((" ".join(ln), x, y, font, size, w if i < len(lines)-1 else None)); y -= lead
    return out, y
items = []
items.append(("COMUNE DI GRIANTE", 50, H-60, "Times-Bold", 17, None))
items.append(("Provincia di Como - Via Regina 23 - 22011 Griante (CO)", 50, H-76, "Times-Roman", 9.5, None))
labels = [("Settore", "Area Economico-Finanziaria"), ("Servizio", "Servizio Personale"), ("Responsabile", "dott. Andrea Gilardoni"),
          ("Numero generale", "61"), ("Numero settoriale", "9"), ("Data", "27.03.2026")]
y = H-100
for lab, val in labels:
    c.rect(50, y-5, 120, 17); c.rect(170, y-5, 375, 17)
    items.append((lab, 54, y, "Times-Bold", 10, None)); items.append((val, 174, y, "Times-Roman", 10, None)); y -= 17
c.rect(50, y-31, 120, 45); c.rect(170, y-31, 375, 45)
items.append(("Oggetto", 54, y, "Times-Bold", 10, None))
o, _ = para("Liquidazione del fondo per il salario accessorio del personale dipendente non dirigente relativo all'anno 2025 - indennità di condizioni di lavoro e progressioni economiche.", 174, y, 365, "Times-Bold", 10, 13)
items += o; y -= 70
items.append(("DETERMINAZIONE DEL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", 95, y, "Times-Bold", 11, None)); y -= 26
for s in ["Visto il contratto collettivo decentrato integrativo per l'anno 2025 sottoscritto in data 15 dicembre 2025;",
          "Vista la deliberazione della Giunta comunale n. 88 del 20 novembre 2025 di costituzione del fondo;",
          "Accertato il raggiungimento degli obiettivi attestato dal Nucleo di valutazione con verbale del 16 marzo 2026;"]:
    o, y = para(s, 50, y, 495); items += o; y -= 4
items.append(("DETERMINA", 270, y-4, "Times-Bold", 11, None)); y -= 24
for s in ["1) di liquidare al personale dipendente le somme indicate nel prospetto agli atti, per complessivi euro 21.730,00;",
          "2) di dare atto che la spesa trova copertura negli impegni assunti sul bilancio 2025 e reimputati al 2026;",
          "3) di trasmettere il presente atto all'ufficio ragioneria per gli adempimenti di competenza."]:
    o, y = para(s, 50, y, 495); items += o; y -= 4
items.append(("Il Responsabile dell'Area Economico-Finanziaria", 300, y-30, "Times-Roman", 10.5, None))
items.append(("dott. Andrea Gilardoni", 340, y-44, "Times-Roman", 10.5, None))
for it in reversed(items): glyphs(it[0], it[1], it[2], it[3], it[4], it[5])
c.saveState(); c.translate(30, 300); c.rotate(90); c.setFont("Helvetica", 7.5); c.setFillGray(0.35)
c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 30.03.2026 al 14.04.2026 - Reg. pubbl. n. 201"); c.restoreState()
c.save()
