# D06 Comune (Lazio), attestazione di pubblicazione on a pre-printed form: the form (labels, underscore blanks, tick
# boxes) is drawn in Liberation Serif; the clerk's entries are typed over the blanks in Liberation Mono, 2.5 pt above
# the blank's baseline (as a typewriter/overprint program would); ReportLab canvas; 1 page
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
fonts()
pdfmetrics.registerFont(TTFont('Mono', LIB + 'LiberationMono-Regular.ttf'))
W, H = A4; X = 70; R = W - 64
c = canvas.Canvas(os.path.join(OUT, 'attestazione-montefiascone-modulo.pdf'), pagesize=A4)
c.setTitle('Modulo ATT-PUB 03'); c.setCreator('Modulistica Ufficio Segreteria')
def blank_line(label, y, x=X, end=R, f='Serif', s=11):
    """label followed by underscores up to `end`; returns x where the blank starts"""
    c.setFont(f, s); c.drawString(x, y, label); bx = x + stringWidth(label + ' ', f, s)
    n = int((end - bx) / stringWidth('_', f, s)); c.drawString(bx, y, '_' * n); return bx
def typed(text, x, y, s=10.5): c.setFont('Mono', s); c.drawString(x + 4, y + 2.5, text)
def tick(x, y, on, label, s=11):
    c.rect(x, y - 1, 9, 9); c.setFont('Serif', s); c.drawString(x + 14, y, label)
    if on: c.setFont('Mono', 11); c.drawString(x + 1.2, y + 0.5, 'X')
# letterhead (pre-printed)
c.setFillGray(0.8); c.ellipse(X, H - 112, X + 40, H - 62, fill=1, stroke=0); c.setFillGray(0)
c.setFont('Serif-B', 17); c.drawString(X + 54, H - 80, 'COMUNE DI MONTEFIASCONE')
c.setFont('Serif-I', 10.5); c.drawString(X + 54, H - 95, 'Provincia di Viterbo')
c.setFont('Serif', 9); c.drawString(X + 54, H - 108, 'Largo Plebiscito, 1 – 01027 Montefiascone (VT) – Ufficio Segreteria – Albo Pretorio')
c.setLineWidth(0.8); c.line(X, H - 118, R, H - 118)
c.setFont('Serif', 7.5); c.drawRightString(R, H - 52, 'Mod. ATT-PUB 03 – ed. 2019')
y = H - 160
c.setFont('Serif-B', 14); c.drawCentredString((X + R) / 2, y, 'ATTESTAZIONE DI PUBBLICAZIONE'); y -= 16
c.setFont('Serif', 9.5); c.drawCentredString((X + R) / 2, y, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)'); y -= 38
bx = blank_line('Il sottoscritto', y, end=R - 150); typed('Sig. Marco Ceccarelli', bx, y)
c.setFont('Serif', 11); c.drawString(R - 142, y, 'Messo comunale,'); y -= 22
c.drawString(X, y, 'incaricato della tenuta dell’Albo Pretorio on line, visti gli atti d’ufficio,'); y -= 34
c.setFont('Serif-B', 12); c.drawCentredString((X + R) / 2, y, 'A T T E S T A'); y -= 32
c.setFont('Serif', 11); c.drawString(X, y, 'che la deliberazione'); tick(X + 110, y, False, 'del Consiglio Comunale'); tick(X + 260, y, True, 'della Giunta Comunale'); y -= 26
bx = blank_line('n.', y, end=X + 90); typed('88', bx, y)
bx = blank_line('del', y, x=X + 100, end=X + 230); typed('28/05/2026', bx, y)
c.setFont('Serif', 11); c.drawString(X + 240, y, 'adottata con i poteri di legge,'); y -= 26
c.drawString(X, y, 'avente ad oggetto:'); y -= 24
subj = ['Approvazione del programma della manifestazione “Estate', 'Falisca 2026” e concessione in uso gratuito della Rocca dei', 'Papi per gli eventi culturali dal 20 giugno al 6 settembre 2026.']
for ln in subj:
    bx = blank_line('', y); typed(ln, bx - 4, y); y -= 24
y -= 4
bx = blank_line('è stata pubblicata all’Albo Pretorio on line di questo Comune dal', y, end=R - 100); typed('04/06/2026', bx, y)
y -= 24
bx = blank_line('al', y, end=X + 130); typed('19/06/2026', bx, y)
c.setFont('Serif', 11); c.drawString(X + 140, y, 'per quindici giorni consecutivi, con il n.'); bx = X + 140 + stringWidth('per quindici giorni consecutivi, con il n. ', 'Serif', 11)
c.drawString(bx, y, '_' * 14); typed('1187/2026', bx, y)
c.setFont('Serif', 11); c.drawString(bx + stringWidth('_' * 14, 'Serif', 11) + 4, y, 'del registro'); y -= 22
c.setFont('Serif', 11); c.drawString(X, y, 'delle pubblicazioni, e che nei confronti della stessa:'); y -= 26
tick(X + 20, y, True, 'non sono pervenute opposizioni o reclami;'); y -= 20
tick(X + 20, y, False, 'sono pervenuti i seguenti reclami: ______________________________________'); y -= 30
c.setFont('Serif', 11); c.drawString(X, y, 'Che la deliberazione è divenuta esecutiva:'); y -= 22
tick(X + 20, y, True, 'in quanto dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000);'); y -= 20
tick(X + 20, y, False, 'decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).'); y -= 40
bx = blank_line('Montefiascone, lì', y, end=X + 230); typed('04/06/2026', bx, y); y -= 46
c.setFont('Serif', 11); c.drawCentredString(X + 95, y, 'IL MESSO COMUNALE'); c.drawCentredString(R - 110, y, 'IL SEGRETARIO COMUNALE'); y -= 26
c.drawString(X + 15, y, '_' * 26); typed('F.to Marco Ceccarelli', X + 15, y)
c.drawString(R - 190, y, '_' * 26); typed('F.to Dott.ssa Paola Menicucci', R - 196, y, 9.5)
c.setFont('Serif-I', 8); c.drawString(X, 60, 'Copia conforme all’originale ad uso amministrativo. Il presente modulo è conservato agli atti dell’Ufficio Segreteria.')
c.showPage(); c.save()
