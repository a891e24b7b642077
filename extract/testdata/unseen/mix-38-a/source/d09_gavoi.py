# Comune di Gavoi - certificato di pubblicazione: a pre-printed form with blanks of underscores,
# the blanks filled by typing (values drawn in Courier over the underscores), reportlab canvas
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth as sw
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Certificato di pubblicazione'); c.setAuthor('Comune di Gavoi'); c.setCreator('Microsoft Word - modulo certificato pubblicazione.doc')
L = 72
def form(x, y, s, font='Times-Roman', size=12):
    c.setFont(font, size); c.drawString(x, y, s); return x + sw(s, font, size)
def blank(x, y, n, size=12):
    u = '_' * n; c.setFont('Times-Roman', size); c.drawString(x, y, u); return x, x + sw(u, 'Times-Roman', size)
def fill(x, y, s, size=11):
    c.setFont('Courier-Bold', size); c.drawString(x + 4, y + 1.5, s)
def centre(y, s, font, size):
    c.setFont(font, size); c.drawCentredString(W / 2, y, s)
# pre-printed part
c.setLineWidth(1.2); c.rect(L - 10, 752, W - 2 * L + 20, 62)
centre(790, 'COMUNE DI GAVOI', 'Times-Bold', 18)
centre(774, 'Provincia di Nuoro', 'Times-Italic', 11)
centre(760, 'Servizio Affari Generali  -  Albo Pretorio', 'Times-Roman', 10)
centre(712, 'CERTIFICATO DI PUBBLICAZIONE', 'Times-Bold', 15)
centre(696, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267)', 'Times-Italic', 10)
y = 660
form(L, y, 'Il sottoscritto Segretario Comunale, visti gli atti d\'ufficio,')
y -= 28; centre(y, 'A T T E S T A', 'Times-Bold', 12)
y -= 30
x = form(L, y, 'che la deliberazione della ')
b0 = blank(x, y, 26); x = b0[1]; y1 = y
x = form(x, y, ' n. '); b1 = blank(x, y, 8); x = b1[1]
x = form(x, y, ' del '); b2 = blank(x, y, 14)
y -= 26; form(L, y, 'avente ad oggetto:')
ys = []
for k in range(3):
    y -= 24; blank(L, y, 78); ys.append(y)
y -= 30
x = form(L, y, 'e\' stata pubblicata all\'Albo Pretorio on line di questo Comune per quindici giorni')
y -= 22
x = form(L, y, 'consecutivi dal '); b3 = blank(x, y, 14); x = b3[1]
x = form(x, y, ' al '); b4 = blank(x, y, 14); x = b4[1]
x = form(x, y, ', con il n. '); b5 = blank(x, y, 8); x = b5[1]
y -= 22
form(L, y, 'del Registro delle pubblicazioni, e che contro di essa non sono pervenuti reclami o opposizioni.')
y -= 44
x = form(L, y, 'Gavoi, li\' '); b6 = blank(x, y, 16)
y -= 40; c.setFont('Times-Bold', 12); c.drawCentredString(420, y, 'IL SEGRETARIO COMUNALE')
y -= 30; x = form(330, y, 'Dott. '); b7 = blank(x, y, 26)
c.setFont('Times-Italic', 8); c.drawString(L, 60, 'Mod. AG/07 - rev. 2019')
# typed values
fill(b0[0], y1, 'GIUNTA COMUNALE')
fill(b1[0], y1, '31')
fill(b2[0], y1, '10/03/2026')
subj = ["CONCESSIONE CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE CULTURALE",
        "\"TENORE SU REMONTU\" PER L'ORGANIZZAZIONE DELLA RASSEGNA DI CANTO A",
        "TENORE - ANNO 2026."]
for s, yy in zip(subj, ys): fill(L, yy, s, 10.5)
yy = ys[-1] - 30 - 22
fill(b3[0], yy, '12/03/2026'); fill(b4[0], yy, '27/03/2026'); fill(b5[0], yy, '187')
yy -= 22 + 44
fill(b6[0], yy, '28/03/2026')
fill(b7[0], yy - 70, 'MARIO FLORIS')
c.showPage(); c.save()
