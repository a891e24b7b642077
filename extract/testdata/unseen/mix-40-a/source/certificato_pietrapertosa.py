# Comune di Pietrapertosa - certificato di pubblicazione on a pre-printed form (Word "modulo"): the form is
# printed with blanks of underscores, the values are typed over the blanks in a monospaced font.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("TR", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("TB", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("TI", F + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("MO", F + "LiberationMono-Regular.ttf"))
W, H = A4
L, R = 70, W - 60
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione")
c.setCreator("Microsoft Word - modulo certificato pubblicazione")
FS = 11.5
fills = []  # typed values, drawn after the form


def form_line(y, parts):
    """parts: list of str (printed) or (n_underscores, value)"""
    x = L
    for p in parts:
        if isinstance(p, str):
            c.setFont("TR", FS)
            c.drawString(x, y, p)
            x += pdfmetrics.stringWidth(p, "TR", FS)
        else:
            n, val = p
            blank = "_" * n
            c.setFont("TR", FS)
            c.drawString(x, y, blank)
            w = pdfmetrics.stringWidth(blank, "TR", FS)
            if val:
                fills.append((x + 4, y + 2.2, val))
            x += w
    return x


c.setFont("TB", 16)
c.drawCentredString(W / 2, H - 70, "COMUNE DI PIETRAPERTOSA")
c.setFont("TR", 11)
c.drawCentredString(W / 2, H - 86, "(Provincia di Potenza)")
c.setFont("TR", 8.5)
c.drawCentredString(W / 2, H - 99, "Via Garibaldi, 6 - 85010 Pietrapertosa (PZ) - C.F. 80002570760")
c.line(L, H - 106, R, H - 106)
c.setFont("TB", 14)
c.drawCentredString(W / 2, H - 150, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("TI", 10)
c.drawCentredString(W / 2, H - 165, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)")

y = H - 205
lh = 25
form_line(y, ["Il sottoscritto ", (46, "Rocco Lauria"), ", Responsabile della pubblicazione,"])
y -= lh
form_line(y, ["visti gli atti d'ufficio,"])
y -= lh + 6
c.setFont("TB", 12.5)
c.drawCentredString(W / 2, y, "A T T E S T A")
y -= lh + 4
form_line(y, ["che copia della deliberazione della ", (34, "Giunta Comunale"), " n. ", (9, "17"), " del ",
              (15, "05/03/2026")])
y -= lh
form_line(y, ["avente ad oggetto: ", (70, "Concessione in uso temporaneo della sala convegni")])
y -= lh
form_line(y, [(88, "dell'ex convento di San Francesco all'Associazione \"Le")])
y -= lh
form_line(y, [(88, "Dolomiti Lucane\" - Approvazione schema di convenzione.")])
y -= lh
form_line(y, ["è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale,"])
y -= lh
form_line(y, ["per quindici giorni consecutivi, dal ", (20, "10/03/2026"), " al ", (20, "25/03/2026"), ","])
y -= lh
form_line(y, ["con il numero ", (12, "142"), " del Registro delle Pubblicazioni, e che contro di essa"])
y -= lh
form_line(y, ["non sono pervenuti reclami od opposizioni."])
y -= lh + 20
form_line(y, ["Pietrapertosa, lì ", (22, "26/03/2026")])
c.setFont("TR", FS)
c.drawCentredString(R - 95, y - 40, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.drawCentredString(R - 95, y - 75, "_______________________________")
fills.append((R - 160, y - 72, "Rocco Lauria"))
c.setFont("TI", 8.5)
c.drawCentredString(R - 95, y - 90, "(firma autografa sostituita a mezzo stampa ai sensi")
c.drawCentredString(R - 95, y - 100, "dell'art. 3, comma 2, del D.Lgs. 39/1993)")
c.setFont("TR", 7.5)
c.drawString(L, 40, "Mod. ALBO/03 - rev. 2019")
# typed values
c.setFillColorRGB(0.08, 0.08, 0.35)
for x, yy, v in fills:
    c.setFont("MO", 10.5)
    c.drawString(x, yy, v)
c.showPage()
c.save()
