# G. Comune di Sorgono - certificato di pubblicazione: a printed form (Times) whose
# blanks of underscores were filled in by the protocol software (Courier Bold).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Certificato di pubblicazione G.C. 23/2026')
c.setAuthor('Comune di Sorgono - Ufficio Segreteria')
c.setCreator('Modulistica Segreteria - stampa unione')
W, H = A4
LM, RM = 70, W - 62
FORM, FILL = 'Times-Roman', 'Courier-Bold'
FS = 11.5


def runs_line(y, parts, fill_to_margin=False, x=LM):
    """parts: list of (text, kind) where kind is 'f' (form text), 'v' (filled value),
    'u' (n underscores)."""
    for t, k in parts:
        if k == 'u':
            t = '_' * t
            font = FORM
        elif k == 'v':
            font = FILL
        else:
            font = FORM
        c.setFont(font, FS if font == FORM else FS - 0.5)
        c.drawString(x, y, t)
        x += stringWidth(t, font, FS if font == FORM else FS - 0.5)
    if fill_to_margin:
        uw = stringWidth('_', FORM, FS)
        n = int((RM - x) / uw)
        if n > 0:
            c.setFont(FORM, FS)
            c.drawString(x, y, '_' * n)

# letterhead
c.setLineWidth(0.8)
c.circle(W / 2, H - 62, 20)
c.setFont('Times-Roman', 6.5)
c.drawCentredString(W / 2, H - 64, 'STEMMA')
c.setFont('Times-Bold', 17)
c.drawCentredString(W / 2, H - 104, 'COMUNE DI SORGONO')
c.setFont('Times-Italic', 11)
c.drawCentredString(W / 2, H - 118, 'Provincia di Nuoro')
c.setFont('Times-Roman', 9.5)
c.drawCentredString(W / 2, H - 131, 'Servizio Amministrativo – Ufficio Segreteria e Affari Generali')
c.line(LM, H - 139, RM, H - 139)

c.setFont('Times-Bold', 14)
c.drawCentredString(W / 2, H - 172, 'CERTIFICATO DI PUBBLICAZIONE')
c.setFont('Times-Italic', 9.5)
c.drawCentredString(W / 2, H - 186, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)')

y = H - 222
LS = 22
runs_line(y, [('Il sottoscritto Responsabile del Servizio Amministrativo, visti gli atti d\'ufficio,', 'f')]); y -= LS + 4
c.setFont('Times-Bold', 12.5)
c.drawCentredString(W / 2, y, 'C E R T I F I C A'); y -= LS + 4
runs_line(y, [('che copia della deliberazione della ', 'f'), ('___', 'f'), ('Giunta Comunale', 'v'), ('___', 'f'),
              (' n. ', 'f'), ('___', 'f'), ('23', 'v'), ('___', 'f'), (' del ', 'f'), ('___', 'f'), ('05/03/2026', 'v')], fill_to_margin=True); y -= LS
runs_line(y, [('avente ad oggetto: ', 'f'), ('__', 'f'), ('Adesione al progetto «Biblioteche in rete del', 'v')], fill_to_margin=True); y -= LS
runs_line(y, [('Mandrolisai» per l\'anno 2026 – Approvazione dello schema di', 'v')], fill_to_margin=True); y -= LS
runs_line(y, [('accordo.', 'v')], fill_to_margin=True); y -= LS
runs_line(y, [('è stata pubblicata all\'Albo Pretorio on line di questo Comune in data ', 'f'), ('___', 'f'), ('13/03/2026', 'v')], fill_to_margin=True); y -= LS
runs_line(y, [('al n. ', 'f'), ('___', 'f'), ('112', 'v'), ('___', 'f'), (' del Registro delle pubblicazioni e vi rimarrà per quindici giorni consecutivi,', 'f')]); y -= LS
runs_line(y, [('fino al ', 'f'), ('___', 'f'), ('28/03/2026', 'v'), ('___', 'f'), (' compreso.', 'f')]); y -= LS + 10

# check boxes
def box(x, y, checked):
    c.rect(x, y - 1.5, 9, 9, stroke=1, fill=0)
    if checked:
        c.setFont(FILL, 10)
        c.drawString(x + 1.4, y, 'X')

runs_line(y, [('Si attesta altresì che la deliberazione:', 'f')]); y -= LS
box(LM + 10, y, True)
runs_line(y, [('è stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000);', 'f')], x=LM + 26); y -= LS
box(LM + 10, y, False)
runs_line(y, [('diverrà esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3);', 'f')], x=LM + 26); y -= LS
box(LM + 10, y, True)
runs_line(y, [('è stata comunicata ai capigruppo consiliari con nota prot. n. ', 'f'), ('___', 'f'), ('1388', 'v'), ('___', 'f'), (' del ', 'f'), ('___', 'f'), ('13/03/2026', 'v'), ('___', 'f')], x=LM + 26); y -= LS + 18

runs_line(y, [('Sorgono, lì ', 'f'), ('___', 'f'), ('13/03/2026', 'v'), ('___', 'f')])
c.setFont('Times-Roman', FS)
c.drawCentredString(W - 170, y, 'IL RESPONSABILE DEL SERVIZIO'); y -= LS
runs_line(y, [('___', 'f'), ('Dott.ssa Franca Demuru', 'v'), ('___', 'f')], x=W - 170 - 105)
y -= 14
c.setFont('Times-Italic', 8.5)
c.drawCentredString(W - 170, y, '(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993)')

# foot
c.setLineWidth(0.4)
c.line(LM, 60, RM, 60)
c.setFont('Times-Roman', 7.5)
c.drawString(LM, 50, 'Comune di Sorgono – Via Roma, 43 – 08038 Sorgono (NU) – Mod. SEG/07 rev. 2019')
c.drawRightString(RM, 50, 'Pag. 1 di 1')
c.showPage()
c.save()
