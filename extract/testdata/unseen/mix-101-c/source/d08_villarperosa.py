# reportlab, low level: every glyph is its own BT/Tm/Tj/ET; lines justified by moving glyphs; rotated Albo stamp in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0); c.setProducer("Kibernetes PDF Printer 2.1")
c.setTitle("Determinazione R.G. 162/2026")
W, Hh = A4; L, R = 70, W - 60
def glyphs(x, y, s, font="Times-Roman", size=10.5, extra=0.0):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch)   # separate text object per glyph
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, font="Times-Roman", size=10.5, lead=14, just=True, indent=0):
    words = text.split(); line = []
    maxw = R - L - indent
    def out(ws, last):
        s = " ".join(ws); w = stringWidth(s, font, size); extra = 0
        if just and not last and len(ws) > 1: extra = (maxw - w) / (len(ws) - 1)
        glyphs(L + indent, y, s, font, size, extra)
    for w in words:
        if line and stringWidth(" ".join(line + [w]), font, size) > maxw:
            out(line, False); y -= lead; line = []
        line.append(w)
    out(line, True); return y - lead - 3
def center(y, s, font="Times-Bold", size=11):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
center(800, "COMUNE DI VILLAR PEROSA", "Times-Bold", 16)
center(784, "Città Metropolitana di Torino", "Times-Italic", 10.5)
center(770, "Area Finanziaria – Ufficio Tributi", "Times-Roman", 10.5)
c.line(L, 762, R, 762)
center(740, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA FINANZIARIA", "Times-Bold", 11.5)
glyphs(L, 720, "N. 31 di settore", "Times-Roman", 10.5); glyphs(230, 720, "R.G. n. 162", "Times-Bold", 10.5); glyphs(400, 720, "del 16/04/2026", "Times-Roman", 10.5)
y = para(694, "OGGETTO: Approvazione della lista di carico del canone unico patrimoniale per le occupazioni del mercato settimanale – anno 2026.", "Times-Bold", 10.5)
center(y - 4, "IL RESPONSABILE DELL'AREA FINANZIARIA", "Times-Bold", 10.5); y -= 26
for t in ["Richiamato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, approvato con deliberazione del Consiglio comunale n. 9 del 29/03/2021 e successive modificazioni;",
          "Vista la deliberazione della Giunta comunale n. 14 del 05/02/2026 con la quale sono state approvate le tariffe del canone per l'anno 2026;",
          "Dato atto che l'Ufficio Tributi ha predisposto la lista di carico relativa ai 46 posteggi del mercato settimanale del martedì in piazza della Libertà, per un importo complessivo di € 18.944,00;",
          "Visti gli artt. 107 e 179 del D.Lgs. 267/2000;"]:
    y = para(y, t)
center(y - 2, "DETERMINA", "Times-Bold", 11); y -= 22
for i, t in enumerate(["di approvare la lista di carico del canone unico patrimoniale per le occupazioni del mercato settimanale per l'anno 2026, per complessivi € 18.944,00;",
          "di accertare l'entrata di € 18.944,00 al capitolo 180/1 del bilancio 2026;",
          "di dare atto che gli avvisi di pagamento saranno inviati entro il 15/05/2026 con scadenza della prima rata al 30/06/2026;",
          "di disporre la pubblicazione del presente atto all'Albo Pretorio on line."], 1):
    glyphs(L, y, "%d)" % i); y = para(y, t, indent=18)
glyphs(330, y - 20, "Il Responsabile dell'Area Finanziaria", "Times-Roman", 10.5)
glyphs(350, y - 34, "rag. Monica Bouchard", "Times-Italic", 10.5)
# rotated stamp
c.saveState(); c.translate(36, 150); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -6, 560, 30); glyphs(4, 12, "ALBO PRETORIO ON LINE – Pubblicata dal 17/04/2026 al 02/05/2026", "Helvetica-Bold", 8.5)
glyphs(4, 1, "Registro delle pubblicazioni n. 251/2026 – Il Messo comunale", "Helvetica", 8); c.restoreState()
c.showPage(); c.save()
