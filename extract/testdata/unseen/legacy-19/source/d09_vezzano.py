# Certificato di pubblicazione di Vezzano Ligure - a printed form (Times)
# whose blanks of underscores were filled in by typing (Courier), drawn
# with ReportLab.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

c = canvas.Canvas("build/vezzano.pdf", pagesize=A4, pageCompression=1)
c.setTitle("Modulo certificato pubblicazione")
c.setCreator("MODULISTICA SEGRETERIA - mod. SEG/07")
W, H = A4
LM, RM = 70, W - 65
LAB = ("Times-Roman", 11.5)
LABB = ("Times-Bold", 11.5)
VAL = ("Courier", 11)


def text(x, y, s, font=LAB):
    c.setFont(*font)
    c.drawString(x, y, s)
    return x + stringWidth(s, *font)


def centre(y, s, font=LAB):
    c.setFont(*font)
    c.drawCentredString(W / 2, y, s)


def blank(x, y, value, end):
    """Typed value, then the underscores left of the printed blank up to `end`."""
    if value:
        x = text(x, y, value, VAL) + 3
    uw = stringWidth("_", *LAB)
    n = int((end - x) / uw)
    if n > 0:
        x = text(x, y, "_" * n)
    return x


def box(x, y, checked):
    c.setLineWidth(0.6)
    c.rect(x, y - 1.5, 9, 9)
    if checked:
        text(x + 1.3, y, "X", VAL)
    return x + 14


y = H - 70
centre(y, "COMUNE DI VEZZANO LIGURE", ("Times-Bold", 15)); y -= 16
centre(y, "Provincia della Spezia"); y -= 14
centre(y, "Ufficio Segreteria", ("Times-Italic", 11)); y -= 10
c.setLineWidth(0.8); c.line(LM, y, RM, y); y -= 34
centre(y, "CERTIFICATO DI PUBBLICAZIONE", ("Times-Bold", 14)); y -= 15
centre(y, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267)", ("Times-Italic", 11)); y -= 34

x = text(LM, y, "Registro delle pubblicazioni n. ")
blank(x, y, "187", LM + 260); y -= 30

x = text(LM, y, "Atto:", LABB)
x = box(LM + 45, y, True); x = text(x, y, "Deliberazione della Giunta Comunale")
x = box(x + 18, y, False); text(x, y, "Deliberazione del Consiglio Comunale"); y -= 18
x = box(LM + 45, y, False); x = text(x, y, "Determinazione")
x = box(x + 18, y, False); x = text(x, y, "Ordinanza")
x = box(x + 18, y, False); x = text(x, y, "Altro ")
blank(x, y, "", RM); y -= 28

x = text(LM, y, "n. ")
x = blank(x, y, "29", LM + 90)
x = text(x + 4, y, "del ")
blank(x, y, "05/03/2026", LM + 260); y -= 28

x = text(LM, y, "Oggetto: ", LABB)
text(x, y, "Approvazione schema di convenzione con l'Associazione", VAL); y -= 20
x = text(LM, y, "Pubblica Assistenza di Vezzano Ligure per il servizio di", VAL); y -= 20
x = text(LM, y, "trasporto sociale - anno 2026.", VAL) + 3
blank(x, y, "", RM); y -= 20
blank(LM, y, "", RM); y -= 38

text(LM, y, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,"); y -= 26
centre(y, "C E R T I F I C A", LABB); y -= 26
text(LM, y, "che copia del suddetto atto è stata pubblicata all'Albo Pretorio on line di questo Comune"); y -= 22
x = text(LM, y, "dal ")
x = blank(x, y, "06/03/2026", LM + 135)
x = text(x + 4, y, "al ")
x = blank(x, y, "21/03/2026", LM + 265)
text(x + 4, y, "per quindici giorni consecutivi, senza"); y -= 22
x = text(LM, y, "opposizioni o reclami, e che la stessa è divenuta esecutiva il ")
blank(x, y, "05/03/2026", RM); y -= 22
text(LM, y, "ai sensi dell'art. 134 del D.Lgs. 267/2000:"); y -= 22
x = box(LM + 20, y, True); text(x, y, "perché dichiarata immediatamente eseguibile (comma 4);"); y -= 18
x = box(LM + 20, y, False); text(x, y, "per decorrenza del termine di dieci giorni dalla pubblicazione (comma 3)."); y -= 44

x = text(LM, y, "Vezzano Ligure, lì ")
blank(x, y, "23/03/2026", LM + 220); y -= 40
text(W / 2 + 20, y, "IL SEGRETARIO COMUNALE", LABB); y -= 26
x = text(W / 2 + 20, y, "F.to ")
blank(x, y, "Dott. Giacomo Ratti", RM)

c.setFont("Times-Italic", 8.5)
c.drawString(LM, 50, "Mod. SEG/07 - rev. 2019")
c.showPage()
c.save()
