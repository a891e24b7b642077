# Certificato di pubblicazione - Comune di Fivizzano
# A pre-printed form with blanks of underscores (Times), filled in with a
# typewriter face (Courier) laid over the blanks, as a flattened filled form.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Certificato di pubblicazione'); c.setCreator('Modulistica Segreteria - compilazione PDF')
L, R = 70, W - 66
FT, FTB, FTI = 'Times-Roman', 'Times-Bold', 'Times-Italic'
FV = 'Courier-Bold'


def form_line(y, parts, size=11.5):
    """parts: list of ('t', text) static or ('f', value, nunderscores) blank."""
    x = L
    fills = []
    for p in parts:
        if p[0] == 't':
            c.setFont(FT, size); c.drawString(x, y, p[1]); x += stringWidth(p[1], FT, size)
        else:
            blank = '_' * p[2]
            c.setFont(FT, size); c.drawString(x, y, blank)
            fills.append((x + 4, p[1]))
            x += stringWidth(blank, FT, size)
    # the compiled values are a separate layer, drawn after the form
    for fx, v in fills:
        c.setFont(FV, 10.5); c.drawString(fx, y + 1.8, v)
    return x


def blank_row(y, value, size=11.5, label=None):
    x = L
    if label:
        c.setFont(FT, size); c.drawString(x, y, label); x += stringWidth(label, FT, size)
    n = int((R - x) / stringWidth('_', FT, size))
    c.setFont(FT, size); c.drawString(x, y, '_' * n)
    if value:
        c.setFont(FV, 10.5); c.drawString(x + 4, y + 1.8, value)

# pre-printed heading
c.setFont(FTB, 16); c.drawCentredString(W / 2, H - 70, 'COMUNE DI FIVIZZANO')
c.setFont(FTI, 11); c.drawCentredString(W / 2, H - 86, 'Provincia di Massa-Carrara')
c.setFont(FT, 8.5); c.drawCentredString(W / 2, H - 99, 'Via Roma, 14 – 54013 Fivizzano (MS) – Ufficio Segreteria e Albo')
c.setLineWidth(0.8); c.line(L, H - 108, R, H - 108)
c.setFont(FT, 8); c.drawString(L, H - 122, 'Mod. SEG/07 – rev. 2019')
c.setFont(FTB, 14); c.drawCentredString(W / 2, H - 150, 'CERTIFICATO DI PUBBLICAZIONE')
c.setFont(FTI, 10); c.drawCentredString(W / 2, H - 165, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)')

y = H - 205
c.setFont(FT, 11.5); c.drawString(L, y, 'Atto:  [ X ] Deliberazione della Giunta Comunale    [   ] Deliberazione del Consiglio Comunale')
y -= 16
c.drawString(L, y, '           [   ] Determinazione    [   ] Ordinanza    [   ] Altro __________________________')
y -= 28
form_line(y, [('t', 'N. '), ('f', '58', 10), ('t', '   del '), ('f', '10/04/2026', 18), ('t', '   prot. '), ('f', '6021', 14)])
y -= 28
subj = ['Approvazione schema di convenzione con l’Associazione Pro Loco',
        'di Fivizzano per la gestione dell’Ufficio Informazioni Turistiche',
        '– anno 2026.']
blank_row(y, subj[0], label='Oggetto: ')
for s in subj[1:]:
    y -= 22
    blank_row(y, s)
y -= 40
c.setFont(FTB, 12); c.drawCentredString(W / 2, y, 'IL SOTTOSCRITTO RESPONSABILE DELLA PUBBLICAZIONE')
y -= 18
c.setFont(FTB, 12); c.drawCentredString(W / 2, y, 'C E R T I F I C A')
y -= 26
c.setFont(FT, 11.5)
c.drawString(L, y, 'che copia dell’atto sopra indicato è stata pubblicata all’Albo Pretorio on line di questo Comune')
y -= 22
form_line(y, [('t', 'per quindici giorni consecutivi, dal '), ('f', '14/04/2026', 16), ('t', ' al '), ('f', '29/04/2026', 16)])
y -= 22
form_line(y, [('t', 'con il numero di registro delle pubblicazioni '), ('f', '402', 12), ('t', ' , e che contro di esso')])
y -= 22
c.setFont(FT, 11.5)
c.drawString(L, y, 'non sono pervenuti reclami od opposizioni.')
y -= 36
c.setFont(FTB, 11.5); c.drawString(L, y, 'ESECUTIVITÀ')
y -= 18
c.setFont(FT, 11.5)
c.drawString(L, y, '[ X ]  dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)')
y -= 18
c.drawString(L, y, '[    ]  divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3)')
y -= 46
form_line(y, [('t', 'Fivizzano, lì '), ('f', '30/04/2026', 18)])
c.setFont(FT, 11.5); c.drawCentredString(R - 110, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE')
y -= 34
c.drawString(R - 215, y, '_' * 36)
c.setFont(FV, 10.5); c.drawCentredString(R - 110, y + 1.8, 'Marco Bertolucci')
y -= 14
c.setFont(FTI, 8.5); c.drawCentredString(R - 110, y, '(firma autografa sostituita a mezzo stampa')
c.drawCentredString(R - 110, y - 10, 'ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993)')
c.setFont(FT, 7.5)
c.drawString(L, 40, 'Il presente certificato è rilasciato in carta libera per uso amministrativo.')
c.showPage(); c.save()
