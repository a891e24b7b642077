# Annex of the Comune di Baunei: bill of quantities in the layout of ACCA PriMus, drawn with ReportLab
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('A', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('AB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('AI', '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf'))
W, H = A4
X = [28, 76, 300, 330, 368, 406, 444, 488, 530, 567]  # column edges
def it(v): return ('%.2f' % v).replace('.', ',').replace(',00', ',00')
def money(v):
    s = '%.2f' % v; i, d = s.split('.'); r = ''
    while len(i) > 3: r = '.' + i[-3:] + r; i = i[:-3]
    return i + r + ',' + d
items = [
 ('1', 'SAR25_PR.0003.0011', 'Scarificazione di pavimentazione bituminosa esistente, eseguita con fresatrice a freddo, per uno spessore medio di cm 5, compreso il carico e il trasporto del materiale di risulta a impianto autorizzato.', 'm2',
  [('tratto km 0+000 - 0+850', 1, 850, 4.80, None), ('piazzola belvedere', 1, 35, 12, None)], 4.62),
 ('2', 'SAR25_PR.0004.0002', 'Conglomerato bituminoso per strato di collegamento (binder) con bitume modificato, steso con vibrofinitrice e compattato, spessore finito cm 5.', 'm2',
  [('tratto km 0+000 - 0+850', 1, 850, 4.80, None), ('piazzola belvedere', 1, 35, 12, None)], 11.35),
 ('3', 'SAR25_PR.0004.0011', 'Conglomerato bituminoso per strato di usura (tappetino) con graniglia di natura basaltica, spessore finito cm 3.', 'm2',
  [('tratto km 0+000 - 0+850', 1, 850, 4.80, None), ('piazzola belvedere', 1, 35, 12, None)], 8.90),
 ('4', 'SAR25_PR.0015.0004', 'Cunetta alla francese in calcestruzzo C25/30 gettato in opera, larghezza cm 50, spessore cm 15, compresi casseri e giunti.', 'm',
  [('lato monte, tratti in curva', 4, 45, None, None)], 38.40),
 ('5', 'SAR25_PR.0021.0007', 'Barriera di sicurezza stradale in legno e acciaio, classe N2, bordo ponte escluso, compresi pali di sostegno infissi nel terreno.', 'm',
  [('belvedere e tornanti', 1, 120, None, None)], 142.00),
 ('6', 'SAR25_SG.0001.0003', 'Segnaletica orizzontale con vernice rifrangente bianca, strisce continue o discontinue larghezza cm 12.', 'm',
  [('mezzeria e margini', 3, 850, None, None)], 0.68),
]
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Computo metrico estimativo'); c.setCreator('PriMus by ACCA software')
page = [0]
def header(riporto=None):
    page[0] += 1
    c.setFont('AB', 8); c.drawString(28, H - 30, 'Comune di Baunei')
    c.setFont('A', 7); c.drawString(28, H - 40, 'Manutenzione straordinaria della strada comunale Baunei - Golgo - Allegato B: Computo metrico estimativo')
    c.setFont('A', 7); c.drawRightString(567, H - 30, 'pag. %d' % page[0])
    top = H - 52; c.setLineWidth(0.6); c.rect(28, top - 26, 539, 26)
    for x in X[1:-1]: c.line(x, top - 26, x, top)
    c.line(300, top - 13, 444, top - 13); c.line(488, top - 13, 567, top - 13)
    c.setFont('AB', 6.3)
    c.drawCentredString(52, top - 10, 'Num.Ord.'); c.drawCentredString(52, top - 20, 'TARIFFA')
    c.drawCentredString(188, top - 16, 'DESIGNAZIONE DEI LAVORI')
    c.drawCentredString(394, top - 9, 'DIMENSIONI')
    c.drawCentredString(508, top - 9, 'IMPORTI')
    for (a, b, t) in [(300, 330, 'par.ug.'), (330, 368, 'lung.'), (368, 406, 'larg.'), (406, 444, 'H/peso')]:
        c.drawCentredString((a + b) / 2, top - 22, t)
    c.drawCentredString(466, top - 16, 'Quantità')
    c.drawCentredString(509, top - 22, 'unitario'); c.drawCentredString(548, top - 22, 'TOTALE')
    y = top - 38
    if riporto is not None:
        c.setFont('AB', 7.5); c.drawString(70, y, 'R I P O R T O'); c.drawRightString(565, y, money(riporto)); y -= 14
    return y
def footer(tot, last=False):
    c.setLineWidth(0.6); c.line(28, 60, 567, 60)
    if not last:
        c.setFont('AB', 7.5); c.drawString(70, 50, 'A   R I P O R T A R E'); c.drawRightString(565, 50, money(tot))
    c.setFont('AI', 6.5); c.drawString(28, 28, "COMMITTENTE: Comune di Baunei - Area Tecnica  ['Golgo_2026_PFTE.dcf' (C:\\PriMus\\Baunei\\)]")
y = header(); tot = 0.0
c.setFont('AB', 8); c.drawString(80, y, 'LAVORI A MISURA'); y -= 16
for n, code, desc, um, rows, price in items:
    need = 14 + 9 * (len(desc) // 62 + 1) + 9 * len(rows) + 20
    if y - need < 75:
        footer(tot); c.showPage(); y = header(tot)
    c.setFont('AB', 7.5); c.drawCentredString(52, y, n); c.setFont('A', 5.2); c.drawCentredString(52, y - 8, code)
    c.setFont('A', 7.3)
    words, line, yy = desc.split(), '', y
    for wd in words:
        if c.stringWidth(line + ' ' + wd, 'A', 7.3) > 216: c.drawString(80, yy, line.strip()); yy -= 9; line = ''
        line += ' ' + wd
    c.drawString(80, yy, line.strip()); yy -= 11
    q = 0
    c.setFont('AI', 7)
    for lab, pu, lu, la, h in rows:
        c.drawString(86, yy, lab)
        part = pu * lu * (la if la else 1) * (h if h else 1); q += part
        c.setFont('A', 7)
        c.drawRightString(326, yy, it(pu)); c.drawRightString(364, yy, it(lu))
        if la: c.drawRightString(402, yy, it(la))
        c.drawRightString(484, yy, money(part)); c.setFont('AI', 7)
        yy -= 9
    imp = round(q * price, 2); tot += imp
    c.setFont('AB', 7.3); c.drawString(170, yy, 'SOMMANO ' + um); c.drawRightString(484, yy, money(q))
    c.setFont('A', 7.3); c.drawRightString(526, yy, it(price)); c.drawRightString(565, yy, money(imp))
    y = yy - 16
c.setFont('AB', 8); c.drawString(66, y, 'Parziale LAVORI A MISURA  euro'); c.drawRightString(565, y, money(tot)); y -= 14
c.drawString(66, y, 'T O T A L E   euro'); c.drawRightString(565, y, money(tot)); y -= 40
c.setFont('A', 8); c.drawString(66, y, 'Baunei, 09/03/2026'); c.drawCentredString(470, y, 'Il Progettista'); c.drawCentredString(470, y - 12, 'Ing. Gianluca Mulas')
footer(tot, True)
c.showPage(); c.save()
print('totale', money(tot))
