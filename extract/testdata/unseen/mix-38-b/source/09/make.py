# Comune di Spezzano Albanese - attestazione di avvenuta pubblicazione, laid out like an old Visual Basic 6 DataReport
# (absolute positioning, boxed fields, "Stampato il" line), drawn with the ReportLab canvas
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Ar", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("ArB", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Co", L + "LiberationMono-Regular.ttf"))

c = canvas.Canvas("attestazione-spezzanoalbanese-vb6.pdf", pagesize=A4)
c.setTitle("Attestazione di pubblicazione Reg. 419/2026"); c.setCreator("ALBO32 - Gestione Albo Pretorio (VB6 DataReport)"); c.setAuthor("Ufficio Messi")
W, H = A4
x0 = 18*mm
def t(x, y, s, f="Ar", size=9.5):
    c.setFont(f, size); c.drawString(x, y, s)
def box(x, y, w, h): c.rect(x, y, w, h)
def wrap(x, y, s, width, f="Ar", size=9.5, lead=12.5):
    for line in simpleSplit(s, f, size, width):
        t(x, y, line, f, size); y -= lead
    return y

# page header section
c.setLineWidth(1); box(x0, H - 40*mm, W - 2*x0, 25*mm)
t(x0 + 4*mm, H - 23*mm, "COMUNE DI SPEZZANO ALBANESE", "ArB", 15)
t(x0 + 4*mm, H - 29*mm, "Provincia di Cosenza", "Ar", 9)
t(x0 + 4*mm, H - 34*mm, "Piazza Giacomo Matteotti – 87019 Spezzano Albanese (CS) – C.F. 00390000789", "Ar", 8)
t(W - x0 - 42*mm, H - 23*mm, "UFFICIO MESSI", "ArB", 9)
t(W - x0 - 42*mm, H - 28*mm, "Albo Pretorio on line", "Ar", 8)

y = H - 55*mm
c.setFont("ArB", 13); c.drawCentredString(W/2, y, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
y -= 6*mm
c.setFont("Ar", 9); c.drawCentredString(W/2, y, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 Legge 18 giugno 2009, n. 69)")

y -= 14*mm
c.setLineWidth(0.6)
fields = [("Registro pubblicazioni n.", "419/2026"),
          ("Tipo atto", "DELIBERAZIONE DELLA GIUNTA COMUNALE"),
          ("Numero atto", "39"),
          ("Data atto", "27/03/2026"),
          ("Pubblicato dal", "31/03/2026"),
          ("Pubblicato al", "15/04/2026"),
          ("Richiedente", "UFFICIO SEGRETERIA")]
for lab, val in fields:
    box(x0, y - 2.2*mm, 55*mm, 7*mm); box(x0 + 55*mm, y - 2.2*mm, W - 2*x0 - 55*mm, 7*mm)
    t(x0 + 2*mm, y, lab, "ArB", 9); t(x0 + 57*mm, y, val, "Co", 9.5)
    y -= 7*mm
box(x0, y - 16*mm, 55*mm, 21*mm); box(x0 + 55*mm, y - 16*mm, W - 2*x0 - 55*mm, 21*mm)
t(x0 + 2*mm, y + 1*mm, "Oggetto", "ArB", 9)
wrap(x0 + 57*mm, y + 1*mm, "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO PER L'UTILIZZO DELLA PALESTRA COMUNALE DI VIA NAZIONALE IN ORARIO EXTRASCOLASTICO – ANNO 2026.", W - 2*x0 - 60*mm, "Co", 9.5, 12)

y -= 32*mm
y = wrap(x0, y, "Il sottoscritto Messo Comunale, visti gli atti d'ufficio,", W - 2*x0)
y -= 3*mm
c.setFont("ArB", 11); c.drawCentredString(W/2, y, "ATTESTA"); y -= 8*mm
y = wrap(x0, y, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, per quindici giorni consecutivi, dal 31/03/2026 al 15/04/2026, senza opposizioni o reclami.", W - 2*x0)
y -= 4*mm
y = wrap(x0, y, "La presente attestazione viene rilasciata per gli usi consentiti dalla legge.", W - 2*x0)

y -= 12*mm
t(x0, y, "Spezzano Albanese, 16/04/2026")
c.setFont("ArB", 9.5); c.drawCentredString(W - x0 - 35*mm, y, "IL MESSO COMUNALE")
c.setFont("Ar", 9.5); c.drawCentredString(W - x0 - 35*mm, y - 5*mm, "Sig. Giuseppe Bavasso")
y -= 22*mm
c.setFont("ArB", 9.5); c.drawCentredString(W - x0 - 35*mm, y, "VISTO: IL SEGRETARIO COMUNALE")
c.setFont("Ar", 9.5); c.drawCentredString(W - x0 - 35*mm, y - 5*mm, "Dott.ssa Rosanna Lo Giudice")

# page footer section
c.setLineWidth(0.5); c.line(x0, 20*mm, W - x0, 20*mm)
t(x0, 16*mm, "Stampato il 16/04/2026 alle 10:22:41 – Operatore: MESSO1", "Ar", 7)
c.setFont("Ar", 7); c.drawRightString(W - x0, 16*mm, "Pagina 1 di 1")
t(x0, 12*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate.", "Ar", 7)
c.showPage(); c.save()
