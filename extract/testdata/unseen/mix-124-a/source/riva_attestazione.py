# Comune di Riva Ligure - "IBIS Atti" house style - certificate of publication.
# ReportLab canvas: a pre-printed form (Times, blanks of underscore
# characters) filled in Courier over the underscores, as the Albo module of
# the package prints its "modulo" for the Messo comunale.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Certificato di pubblicazione - G.C. 118/2027")
c.setAuthor("Comune di Riva Ligure")
c.setCreator("IBIS Atti Amministrativi 9.4 - Albo on line")

# letterhead (same as the acts)
c.setLineWidth(0.8)
c.roundRect(20 * mm, H - 38 * mm, 16 * mm, 20 * mm, 3)
c.setFont("Helvetica-Bold", 5)
c.drawCentredString(28 * mm, H - 29 * mm, "STEMMA")
c.setFont("Times-Bold", 17)
c.drawCentredString(W / 2, H - 25 * mm, "COMUNE DI RIVA LIGURE")
c.setFont("Times-Italic", 11)
c.drawCentredString(W / 2, H - 30.5 * mm, "Provincia di Imperia")
c.setFont("Times-Roman", 8.5)
c.drawCentredString(W / 2, H - 35 * mm,
                    "Piazza Ughetto, 7 - 18015 Riva Ligure (IM) - C.F. 00247610087")
c.setLineWidth(0.6)
c.line(20 * mm, H - 40 * mm, W - 20 * mm, H - 40 * mm)

c.setFont("Times-Bold", 14)
c.drawCentredString(W / 2, H - 55 * mm, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Times-Italic", 10)
c.drawCentredString(W / 2, H - 61 * mm, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)")

LM = 20 * mm
FS = 11.5
fills = []  # (x, y, text) drawn later in Courier


def line_with_blanks(y, parts):
    """parts: list of str (printed) or (n_underscores, value)"""
    x = LM
    for p in parts:
        if isinstance(p, str):
            c.setFont("Times-Roman", FS)
            c.drawString(x, y, p)
            x += stringWidth(p, "Times-Roman", FS)
        else:
            n, val = p
            u = "_" * n
            c.setFont("Times-Roman", FS)
            c.drawString(x, y, u)
            if val:
                fills.append((x + 4, y + 1.2, val))
            x += stringWidth(u, "Times-Roman", FS)


y = H - 78 * mm
step = 8.5 * mm
line_with_blanks(y, ["Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,"])
y -= step * 1.2
c.setFont("Times-Bold", 12)
c.drawCentredString(W / 2, y, "A T T E S T A")
y -= step * 1.2
line_with_blanks(y, ["che la deliberazione della ", (34, "GIUNTA COMUNALE"),
                     " n. ", (10, "118"), " del ", (18, "14/12/2027")])
y -= step
c.setFont("Times-Roman", FS)
c.drawString(LM, y, "avente ad oggetto:")
# the subject space of the form is ruled with dotted lines (graphics), and
# the package prints the subject over it
subj_lines = ["APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI NATALIZIE",
              "2027 \"NATALE A RIVA\" E CONCESSIONE DI UN CONTRIBUTO ECONOMICO",
              "ALLA PRO LOCO DI RIVA LIGURE."]
c.setDash(1, 2)
c.setLineWidth(0.5)
for i in range(3):
    yy = y - i * step
    x0 = LM + (stringWidth("avente ad oggetto: ", "Times-Roman", FS) if i == 0 else 0)
    c.line(x0, yy - 1.5, W - 20 * mm, yy - 1.5)
    fills.append((LM + 34 * mm if i == 0 else LM + 2, yy + 0.8, subj_lines[i]))
c.setDash()
y -= step * 3
line_with_blanks(y, ["viene pubblicata all'Albo Pretorio on line di questo Comune, al n. ",
                     (14, "1742"), " del Registro"])
y -= step
line_with_blanks(y, ["delle pubblicazioni, per quindici giorni consecutivi dal ", (18, "16/12/2027"),
                     " al ", (18, "31/12/2027"), ","])
y -= step
line_with_blanks(y, ["ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000."])
y -= step * 1.5
line_with_blanks(y, ["Riva Ligure, li ", (22, "16/12/2027")])
y -= step * 1.6
c.setFont("Times-Roman", FS)
c.drawCentredString(140 * mm, y, "IL RESPONSABILE DELLA PUBBLICAZIONE")
y -= 6 * mm
c.drawCentredString(140 * mm, y, "(Il Messo Comunale)")
y -= 9 * mm
c.drawString(105 * mm, y, "_" * 44)
fills.append((112 * mm, y + 1.2, "Sig. Davide Amoretti"))

y -= 22 * mm
c.setDash(2, 2)
c.line(LM, y + 6 * mm, W - 20 * mm, y + 6 * mm)
c.setDash()
c.setFont("Times-Bold", 10)
c.drawString(LM, y, "ESTREMI DELLA PUBBLICAZIONE")
c.setFont("Times-Roman", 9.5)
y -= 5.5 * mm
c.drawString(LM, y, "Registro delle pubblicazioni n. 1742/2027 - Data di affissione: 16/12/2027 - Fine pubblicazione: 31/12/2027")
y -= 5 * mm
c.drawString(LM, y, "Documento informatico conservato nel sistema di gestione documentale dell'Ente.")

# the fills, printed by the package over the pre-printed blanks
c.setFont("Courier-Bold", 10.5)
for x, yy, t in fills:
    c.drawString(x, yy, t)

c.setFont("Helvetica", 6.5)
c.drawCentredString(W / 2, 10 * mm, "IBIS Atti Amministrativi - rel. 9.4.2 - modulo ALB-07")
c.showPage()
c.save()
