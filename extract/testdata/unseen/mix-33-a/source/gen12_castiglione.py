# Comune di Castiglione della Pescaia - unnumbered avviso to the public, set like a
# leaflet: letter-spaced "A V V I S O" heading drawn with Tc, body in two columns, a
# small table in the right column. reportlab.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor
from rlhelp import wrap, draw_line, spaced

out = sys.argv[1]
W, H = A4
L, R = 50, W - 50
GAP = 22
CW = (R - L - GAP) / 2
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso raccolta rifiuti Pasqua 2026')
c.setCreator('Microsoft Publisher')
teal = HexColor('#0b6e7a')

# letterhead
c.setFillColor(teal)
c.rect(L, H - 96, R - L, 58, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1)
c.setFont('Helvetica-Bold', 17)
c.drawCentredString(W / 2, H - 62, 'COMUNE DI CASTIGLIONE DELLA PESCAIA')
c.setFont('Helvetica', 9.5)
c.drawCentredString(W / 2, H - 77, 'Provincia di Grosseto')
c.drawCentredString(W / 2, H - 89, 'Settore Ambiente e Protezione Civile – Servizio Igiene Urbana')
c.setFillColorRGB(0, 0, 0)

spaced(c, 'AVVISO', W / 2, H - 140, 'Helvetica-Bold', 30, 14)
c.setFont('Helvetica-Bold', 12.5)
c.setFillColor(teal)
c.drawCentredString(W / 2, H - 166, 'RACCOLTA DEI RIFIUTI PORTA A PORTA: VARIAZIONE DEL CALENDARIO')
c.drawCentredString(W / 2, H - 182, 'PER LE FESTIVITÀ PASQUALI 2026')
c.setFillColorRGB(0, 0, 0)
c.setLineWidth(0.6)
c.line(L, H - 194, R, H - 194)

FS, LD = 10, 13.4


def col_text(x, y, paras):
    for kind, txt in paras:
        if kind == 'h':
            c.setFont('Helvetica-Bold', 10.5)
            c.setFillColor(teal)
            c.drawString(x, y, txt)
            c.setFillColorRGB(0, 0, 0)
            y -= LD + 2
            continue
        font = 'Helvetica-Bold' if kind == 'b' else 'Helvetica'
        lines = wrap(txt, font, FS, CW)
        for i, ws in enumerate(lines):
            draw_line(c, ws, x, y, font, FS, CW, 'tw', i == len(lines) - 1)
            y -= LD
        y -= 5
    return y


left = [
    ('p', 'Si informa la cittadinanza che, in occasione delle festività pasquali, il calendario della raccolta '
          'domiciliare dei rifiuti urbani subirà le variazioni di seguito indicate.'),
    ('h', 'Lunedì 6 aprile 2026 (Lunedì dell’Angelo)'),
    ('p', 'Il servizio di raccolta non sarà effettuato. La raccolta dell’organico prevista per lunedì sarà '
          'recuperata martedì 7 aprile 2026; la raccolta della carta e del cartone prevista per martedì è '
          'posticipata a mercoledì 8 aprile 2026.'),
    ('h', 'Sabato 4 aprile 2026'),
    ('p', 'La raccolta del multimateriale (plastica e metalli) sarà anticipata alle ore 5:00 in tutto il '
          'territorio comunale, comprese le frazioni. Si raccomanda di esporre i mastelli entro le ore 5:00 '
          'del mattino o la sera precedente dopo le ore 21:00.'),
    ('h', 'Utenze non domestiche'),
    ('p', 'Per bar, ristoranti e strutture ricettive del capoluogo e di Punta Ala è garantito il ritiro '
          'straordinario di vetro e organico domenica 5 aprile 2026 dalle ore 14:00.'),
]
right = [
    ('h', 'Centri di raccolta'),
    ('p', 'Il Centro di raccolta comunale di via dei Lecci resterà chiuso domenica 5 e lunedì 6 aprile 2026 e '
          'osserverà l’orario continuato 8:00–18:00 sabato 4 aprile 2026.'),
    ('h', 'Calendario di recupero per zona'),
]
yl = col_text(L, H - 218, left)
yr = col_text(L + CW + GAP, H - 218, right)

# small table, right column
tx = L + CW + GAP
rows = [('Zona', 'Lun 6/4', 'Recupero'),
        ('Capoluogo', 'organico', 'mar 7/4'),
        ('Punta Ala', 'organico', 'mar 7/4'),
        ('Buriano', 'indifferenz.', 'mer 8/4'),
        ('Tirli', 'indifferenz.', 'mer 8/4'),
        ('Vetulonia', 'carta', 'gio 9/4')]
cw = [CW * 0.38, CW * 0.32, CW * 0.30]
rh = 15
yt = yr + 4
for i, r in enumerate(rows):
    x = tx
    if i == 0:
        c.setFillColor(HexColor('#d5ecef'))
        c.rect(tx, yt - rh, CW, rh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    for j, v in enumerate(r):
        c.rect(x, yt - rh, cw[j], rh)
        c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 9)
        c.drawString(x + 4, yt - rh + 4.5, v)
        x += cw[j]
    yt -= rh
yr = col_text(tx, yt - 18, [
    ('p', 'Per informazioni è attivo il numero verde del gestore del servizio, dal lunedì al sabato dalle 8:30 '
          'alle 13:00, oppure l’Ufficio Ambiente del Comune al numero 0564 927150.'),
    ('b', 'Si ringrazia la cittadinanza per la collaborazione.'),
])

y = min(yl, yr) - 20
c.setFont('Helvetica', 10)
c.drawString(L, y, 'Castiglione della Pescaia, 12 marzo 2026')
c.setFont('Helvetica-Bold', 10)
c.drawCentredString(R - 110, y - 24, 'IL RESPONSABILE DEL SETTORE')
c.drawCentredString(R - 110, y - 37, 'AMBIENTE E PROTEZIONE CIVILE')
c.setFont('Helvetica', 10)
c.drawCentredString(R - 110, y - 52, 'Ing. Marco Vannucci')
c.setFont('Helvetica-Oblique', 7.5)
c.drawCentredString(R - 110, y - 64, '(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)')

c.setFont('Helvetica', 6.6)
c.setFillGray(0.3)
c.drawCentredString(W / 2, 34, 'Comune di Castiglione della Pescaia – Strada Provinciale 3 del Padule km 19 – 58043 Castiglione della Pescaia (GR) – www.comune.castiglionedellapescaia.gr.it')
c.showPage()
c.save()
