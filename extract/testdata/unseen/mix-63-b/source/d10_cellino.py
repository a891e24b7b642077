# Certificate of publication of a Giunta deliberation of Cellino Attanasio (TE): ReportLab canvas.
# Letterhead and foot are Form XObjects; the blocks are drawn out of reading order (signature first,
# then the data grid from the bottom row up, the title last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Cal", FD + "Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("CalB", FD + "Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("CalI", FD + "Carlito-Italic.ttf"))
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("XForms Albo 2.2 (ReportLab)"); c.setTitle("Certificato di pubblicazione Reg. 405/2026")

c.beginForm("piede")
c.setFont("Cal", 7.5); c.setFillGray(0.35)
c.drawCentredString(W / 2, 14 * mm, "Comune di Cellino Attanasio – Via Roma, 2 – 64036 Cellino Attanasio (TE) – C.F. 00175440672 – www.comune.cellinoattanasio.te.it")
c.endForm()
c.beginForm("testata")
c.setLineWidth(2); c.setStrokeColorRGB(0.55, 0.1, 0.1); c.line(20 * mm, H - 38 * mm, W - 20 * mm, H - 38 * mm)
c.setFillColorRGB(0.55, 0.1, 0.1); c.setFont("CalB", 19)
c.drawString(42 * mm, H - 25 * mm, "Comune di Cellino Attanasio")
c.setFont("Cal", 10.5); c.setFillGray(0.2)
c.drawString(42 * mm, H - 31 * mm, "Provincia di Teramo – Ufficio Segreteria – Albo Pretorio")
c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setLineWidth(1.2)
c.roundRect(20 * mm, H - 35 * mm, 17 * mm, 20 * mm, 6, stroke=1, fill=0)
c.endForm()

# drawing order: foot, signature, grid bottom-up, ATTESTA text, title, letterhead
c.doForm("piede")
c.setFillGray(0)
c.setFont("Cal", 11); c.drawString(22 * mm, 88 * mm, "Cellino Attanasio, 20/04/2026")
c.setFont("CalB", 11); c.drawCentredString(150 * mm, 88 * mm, "IL RESPONSABILE DELLE PUBBLICAZIONI")
c.setFont("Cal", 11); c.drawCentredString(150 * mm, 82 * mm, "Ilaria Di Marco")
c.setFont("CalI", 9); c.drawCentredString(150 * mm, 77 * mm, "(firmato digitalmente)")

rows = [
 ("Registro pubblicazioni", "n. 405 / 2026"),
 ("Tipo di atto", "Deliberazione della Giunta Comunale"),
 ("Numero e data dell'atto", "n. 41 del 13/04/2026"),
 ("Oggetto", ["Lavori di efficientamento energetico dell'impianto di pubblica illuminazione",
              "delle frazioni Scorrano e Valviano – Approvazione del progetto esecutivo –",
              "CUP E94H25000930005."]),
 ("Periodo di pubblicazione", "dal 20/04/2026 al 05/05/2026"),
 ("Esecutività", "immediatamente eseguibile (art. 134, c. 4, D.Lgs. 267/2000)"),
]
x0, x1, x2 = 20 * mm, 68 * mm, W - 20 * mm
y = 200 * mm
heights = [len(v) * 5.2 * mm + 3 * mm if isinstance(v, list) else 8 * mm for _, v in rows]
tops = []
for h in heights: tops.append(y); y -= h
for (lab, val), top, h in reversed(list(zip(rows, tops, heights))):   # bottom row first
    c.setLineWidth(0.6); c.setFillColorRGB(0.96, 0.93, 0.93)
    c.rect(x0, top - h, x1 - x0, h, stroke=1, fill=1); c.rect(x1, top - h, x2 - x1, h, stroke=1, fill=0)
    c.setFillGray(0); c.setFont("CalB", 10.5); c.drawString(x0 + 2 * mm, top - 5.5 * mm, lab)
    c.setFont("Cal", 10.5)
    for i, ln in enumerate(val if isinstance(val, list) else [val]):
        c.drawString(x1 + 2 * mm, top - 5.5 * mm - i * 5.2 * mm, ln)
tx = c.beginText(22 * mm, 112 * mm); tx.setFont("Cal", 11); tx.setLeading(14)
for ln in ["che copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line di questo",
           "Comune a partire dal 20/04/2026 e vi rimarrà per quindici giorni consecutivi, ai sensi dell'art. 124,",
           "comma 1, del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 32 della Legge 18 giugno 2009, n. 69."]:
    tx.textLine(ln)
c.drawText(tx)
c.setFont("CalB", 12); c.drawCentredString(W / 2, 120 * mm, "ATTESTA")
c.setFont("Cal", 11); c.drawString(22 * mm, 212 * mm, "Il sottoscritto Responsabile delle pubblicazioni, visti gli atti d'ufficio, certifica i seguenti dati:")
c.setFont("CalB", 15); c.drawCentredString(W / 2, 228 * mm, "CERTIFICATO DI PUBBLICAZIONE")
c.doForm("testata")
c.showPage(); c.save()
