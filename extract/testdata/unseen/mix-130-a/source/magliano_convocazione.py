"""Comune di Magliano Sabina, 'Gestel' house style: convocation of the Consiglio Comunale.
A pre-printed form (Times, blanks of underscores) filled in afterwards: the values are
drawn in Courier over the underscores, later in the content stream, as a form-filling
program or a typewriter pass over a printed blank does. ReportLab canvas."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Avviso di convocazione del Consiglio Comunale")
c.setAuthor("Comune di Magliano Sabina")
c.setCreator("Gestel Modulistica")
L = 24 * mm
R = W - 22 * mm
fills = []  # (x, y, text, size) typed afterwards

def blank(x, y, n, value, size=10.5, font="Times-Roman", dx=1.5, tsize=10.5):
    """Print n underscores at x,y in the form's font; remember the value to type over them."""
    c.setFont(font, size)
    s = "_" * n
    c.drawString(x, y, s)
    fills.append((x + dx, y + 1.2, value, tsize))
    return x + c.stringWidth(s, font, size)

def text(x, y, s, font="Times-Roman", size=10.5):
    c.setFont(font, size); c.drawString(x, y, s); return x + c.stringWidth(s, font, size)

# letterhead as in the house's minutes
c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, H - 25 * mm, "COMUNE DI MAGLIANO SABINA")
c.setFont("Times-Roman", 11); c.drawCentredString(W / 2, H - 31 * mm, "PROVINCIA DI RIETI")
c.setFont("Times-Roman", 8); c.drawCentredString(W / 2, H - 36 * mm, "Piazza Garibaldi, 1 - 02046 Magliano Sabina (RI) - C.F. 00095230579")
c.setLineWidth(0.6); c.line(L, H - 39 * mm, R, H - 39 * mm)

y = H - 50 * mm
x = text(L, y, "Prot. n. ")
x = blank(x, y, 14, "6231")
x = text(x + 120, y, "Magliano Sabina, ")
blank(x, y, 18, "07-06-2028")
y -= 14 * mm
for s in ["Ai Signori Consiglieri Comunali", "Al Revisore dei Conti", "Al Prefetto di Rieti", "LORO SEDI"]:
    c.setFont("Times-Roman", 10.5); c.drawString(W / 2 + 10 * mm, y, s); y -= 5 * mm
y -= 6 * mm
text(L, y, "OGGETTO:", "Times-Bold")
text(L + 22 * mm, y, "Convocazione del Consiglio Comunale.", "Times-Bold")
y -= 12 * mm
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "IL SINDACO"); y -= 9 * mm
c.setFont("Times-Roman", 10.5)
c.drawString(L, y, "Visti l'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e il Regolamento per il funzionamento del Consiglio Comunale;")
y -= 10 * mm
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "C O N V O C A"); y -= 10 * mm
x = text(L, y, "il Consiglio Comunale in sessione ")
x = blank(x, y, 20, "ORDINARIA")
x = text(x, y, ", in seduta pubblica, di ")
x = blank(x, y, 16, "PRIMA")
text(x, y, " convocazione,")
y -= 7 * mm
x = text(L, y, "presso la sala consiliare del Palazzo Comunale, per il giorno ")
x = blank(x, y, 27, "MERCOLEDI' 14-06-2028")
x = text(x, y, " alle ore ")
x = blank(x, y, 10, "18,00")
y -= 7 * mm
text(L, y, "per la trattazione del seguente")
y -= 10 * mm
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "ORDINE DEL GIORNO"); y -= 9 * mm
odg = ["Comunicazioni del Sindaco.",
       "Approvazione dei verbali della seduta del 29-04-2028.",
       "Ratifica della deliberazione della Giunta Comunale n. 33 del 15-05-2028",
       "(variazione d'urgenza al bilancio di previsione 2028-2030).",
       "Regolamento per l'applicazione del canone unico patrimoniale: modifiche.",
       ""]
num = ["1.", "2.", "3.", "", "4.", "5."]
for n, v in zip(num, odg):
    text(L, y, n or " ")
    blank(L + 7 * mm, y, 84, v, dx=2, tsize=9.5)
    y -= 7.5 * mm
y -= 4 * mm
x = text(L, y, "In mancanza del numero legale, la seduta in seconda convocazione si terr\u00e0 il giorno ")
x = blank(x, y, 16, "15-06-2028")
y -= 7 * mm
x = text(L, y, "alle ore ")
x = blank(x, y, 10, "18,00")
text(x, y, ", nello stesso luogo.")
y -= 10 * mm
c.setFont("Times-Roman", 10.5)
for s in ["Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria",
          "e sono consultabili dai Consiglieri nelle ore d'ufficio a decorrere dal giorno del ricevimento del presente avviso."]:
    c.drawString(L, y, s); y -= 5.5 * mm
y -= 14 * mm
c.setFont("Times-Bold", 11); c.drawCentredString(W - 62 * mm, y, "IL SINDACO"); y -= 8 * mm
blank(W - 95 * mm, y, 34, "F.to Marco Felici", dx=10)
c.setFont("Times-Italic", 8)
c.drawString(L, 24 * mm, "Notificato a mezzo posta elettronica certificata ai sensi del Regolamento del Consiglio Comunale.")
c.setFont("Times-Roman", 7)
c.drawString(L, 12 * mm, "Gestel Modulistica - mod. CC/01 Convocazione Consiglio")
# the filling pass: typewriter values over the blanks
c.setFillColorRGB(0.05, 0.05, 0.25)
for x, yy, v, ts in fills:
    if v:
        c.setFont("Courier", ts)
        c.drawString(x, yy, v)
c.showPage()
c.save()
