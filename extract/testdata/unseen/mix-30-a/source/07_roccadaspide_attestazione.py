# Comune di Roccadaspide: certificate of publication as a pre-printed form (Times) whose
# blanks are runs of underscores; the typed-in values (Courier) are drawn afterwards on top of
# the blanks, as a "filled form" export does. Lines of the subject are typed over underscore rules.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Attestazione di pubblicazione')
c.setCreator('Modulistica Albo - modello ATT-PUBBL rev. 3')
PW, PH = A4
X0 = 62
fills = []  # (x, y, text) typed values, drawn last
FF, FS = 'Times-Roman', 11.5


def line(y, parts):
    """parts: list of str (form text) or (nunderscores, value) blanks."""
    x = X0
    for p in parts:
        if isinstance(p, str):
            c.setFont(FF, FS)
            c.drawString(x, y, p)
            x += stringWidth(p, FF, FS)
        else:
            n, val = p
            u = '_' * n
            c.setFont(FF, FS)
            c.drawString(x, y, u)
            w = stringWidth(u, FF, FS)
            vw = stringWidth(val, 'Courier-Bold', 11)
            fills.append((x + max(2, (w - vw) / 2), y + 1.5, val))
            x += w
    return x


# letterhead
c.setFont('Times-Bold', 17)
c.drawCentredString(PW / 2, PH - 70, 'COMUNE DI ROCCADASPIDE')
c.setFont('Times-Italic', 11)
c.drawCentredString(PW / 2, PH - 86, 'Provincia di Salerno')
c.setFont('Times-Roman', 9)
c.drawCentredString(PW / 2, PH - 99, 'Piazza Municipio – 84069 Roccadaspide (SA) – tel. 0828 948211')
c.setLineWidth(0.8)
c.line(X0, PH - 108, PW - X0, PH - 108)
c.setFont('Times-Roman', 9)
c.drawString(X0, PH - 122, 'Servizio Affari Generali – Ufficio Messi')
c.drawRightString(PW - X0, PH - 122, 'Mod. ATT-PUBBL')

c.setFont('Times-Bold', 14)
c.drawCentredString(PW / 2, PH - 160, 'ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE')
c.setFont('Times-Italic', 10)
c.drawCentredString(PW / 2, PH - 175, '(art. 124 del D.Lgs. 18/08/2000, n. 267 – art. 32 della L. 18/06/2009, n. 69)')

y = PH - 215
line(y, ['Registro delle pubblicazioni n. ', (14, '173'), '    anno ', (10, '2026')])
y -= 34
line(y, ['Il sottoscritto ', (40, 'Giuseppe Maiese'), ' in qualità di ', (22, 'Messo Comunale')])
y -= 22
c.setFont(FF, FS)
c.drawString(X0, y, 'visti gli atti d\'ufficio,')
y -= 30
c.setFont('Times-Bold', 13)
c.drawCentredString(PW / 2, y, 'A T T E S T A')
y -= 30
line(y, ['che la deliberazione / determinazione del/della ', (38, 'Giunta Comunale')])
y -= 22
line(y, ['n. ', (12, '21'), '  del ', (22, '05/02/2026'), '  avente ad oggetto:'])
y -= 26
subj = ['APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI',
        'RIQUALIFICAZIONE DI PIAZZA MUNICIPIO E DELLE AREE PEDONALI ANNESSE. CUP',
        'E37H25001140004.', '']
for s in subj:
    c.setFont(FF, FS)
    c.drawString(X0, y, '_' * 88)
    fills.append((X0 + 4, y + 1.5, s))
    y -= 22
y -= 6
line(y, ['è stata pubblicata all\'Albo Pretorio on line di questo Comune per quindici giorni consecutivi'])
y -= 22
line(y, ['dal ', (24, '09/02/2026'), '  al ', (24, '24/02/2026'), ' , ai sensi di legge, e che contro di essa'])
y -= 22
c.setFont(FF, FS)
c.rect(X0, y - 1, 9, 9)
c.drawString(X0 + 14, y, 'sono pervenuti reclami od opposizioni')
y -= 18
c.rect(X0, y - 1, 9, 9)
c.drawString(X0 + 14, y, 'non sono pervenuti reclami od opposizioni.')
fills.append((X0 + 1.2, y + 0.3, 'X'))
y -= 40
line(y, ['Roccadaspide, lì ', (24, '25/02/2026')])
y -= 46
c.setFont('Times-Bold', 11)
c.drawCentredString(PW * 0.28, y, 'IL MESSO COMUNALE')
c.drawCentredString(PW * 0.72, y, 'IL SEGRETARIO COMUNALE')
y -= 30
c.setFont(FF, FS)
c.drawCentredString(PW * 0.28, y, '_' * 28)
c.drawCentredString(PW * 0.72, y, '_' * 28)
fills.append((PW * 0.28 - 50, y + 1.5, 'Giuseppe Maiese'))
fills.append((PW * 0.72 - 60, y + 1.5, 'Dott.ssa Lucia Pepe'))
y -= 14
c.setFont('Times-Italic', 8.5)
c.drawCentredString(PW * 0.28, y, '(firma autografa sostituita a mezzo stampa,')
c.drawCentredString(PW * 0.72, y, '(firma autografa sostituita a mezzo stampa,')
c.drawCentredString(PW * 0.28, y - 10, 'art. 3, c. 2, D.Lgs. 39/1993)')
c.drawCentredString(PW * 0.72, y - 10, 'art. 3, c. 2, D.Lgs. 39/1993)')

c.setFont('Times-Roman', 7.5)
c.drawString(X0, 40, 'Documento generato dal sistema di gestione dell\'Albo Pretorio on line – copia conforme all\'originale')

# the typed-in values, drawn last
c.setFillColorRGB(0.05, 0.05, 0.35)
for x, yy, t in fills:
    c.setFont('Courier-Bold', 11)
    c.drawString(x, yy, t)
c.showPage()
c.save()
