# Comune di Canicattini Bagni - certificato di pubblicazione on a pre-printed form
# (Times, blanks of underscores) with the values typed over the blanks in Courier,
# each value a separate text object laid 1.5 pt above the underscore line.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
L, R = 70, W - 70
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Certificato di pubblicazione'); c.setCreator('Studio K - Albo Pretorio')
F, FB, FI, T = 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Courier-Bold'
fills = []   # typed values are drawn after the whole form, as a typewriter pass would

def line(y, parts, size=12):
    """parts: list of ('t', text) or ('b', width_in_underscores, value)"""
    x = L
    for p in parts:
        if p[0] == 't':
            c.setFont(F, size); c.drawString(x, y, p[1]); x += stringWidth(p[1], F, size)
        else:
            blank = '_' * p[1]
            c.setFont(F, size); c.drawString(x, y, blank)
            fills.append((x + 4, y + 1.5, p[2]))
            x += stringWidth(blank, F, size)
    return x

c.setFont(FB, 16); c.drawCentredString(W / 2, H - 70, 'COMUNE DI CANICATTINI BAGNI')
c.setFont(F, 11); c.drawCentredString(W / 2, H - 86, 'Libero Consorzio Comunale di Siracusa')
c.setFont(FI, 9.5); c.drawCentredString(W / 2, H - 100, 'Via XX Settembre, 42 – 96010 Canicattini Bagni (SR)')
c.line(L, H - 108, R, H - 108)
c.setFont(FB, 11); c.drawString(L, H - 130, 'SEGRETERIA GENERALE – UFFICIO ALBO PRETORIO')
line(H - 130 - 0, [])
c.setFont(F, 11); c.drawRightString(R - 70, H - 150, 'Reg. Pubbl. n.')
c.drawString(R - 66, H - 150, '_' * 11); fills.append((R - 60, H - 148.5, '402'))
c.setFont(FB, 15); c.drawCentredString(W / 2, H - 190, 'CERTIFICATO DI PUBBLICAZIONE')
c.setFont(FI, 10); c.drawCentredString(W / 2, H - 205, '(art. 11 L.R. 3 dicembre 1991, n. 44 e ss.mm.ii. – art. 32 Legge 18 giugno 2009, n. 69)')
y = H - 240
line(y, [('t', 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,')]); y -= 28
c.setFont(FB, 13); c.drawCentredString(W / 2, y, 'C E R T I F I C A'); y -= 28
line(y, [('t', 'che copia della deliberazione della '), ('b', 32, 'GIUNTA COMUNALE')]); y -= 22
line(y, [('t', 'n. '), ('b', 10, '38'), ('t', ' del '), ('b', 18, '10/03/2026'), ('t', ' avente ad oggetto:')]); y -= 22
subj = ['APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI PER',
        'I FESTEGGIAMENTI IN ONORE DI SAN MICHELE ARCANGELO',
        '2026 E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE',
        'DELL\'AREA AMMINISTRATIVA.']
for s in subj:
    line(y, [('b', 75, s)]); y -= 22
line(y, [('t', 'è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni')]); y -= 22
line(y, [('t', 'consecutivi, dal '), ('b', 18, '12/03/2026'), ('t', ' al '), ('b', 18, '27/03/2026'), ('t', ', senza opposizioni o reclami.')]); y -= 36
line(y, [('t', 'Canicattini Bagni, lì '), ('b', 18, '28/03/2026')]); y -= 50
c.setFont(F, 11)
c.drawCentredString(L + 90, y, 'IL MESSO COMUNALE'); c.drawCentredString(R - 90, y, 'IL SEGRETARIO COMUNALE'); y -= 26
c.drawString(L + 10, y, '_' * 28); fills.append((L + 16, y + 1.5, 'Sebastiano Midolo'))
c.drawString(R - 170, y, '_' * 28); fills.append((R - 164, y + 1.5, 'Dott.ssa Carmela Gianninoto'))
y -= 60
c.setFont(FI, 9)
c.drawString(L, y, 'Mod. AP/3 – Rev. 2008')
c.drawRightString(R, y, 'Copia conforme all’originale, in carta libera per uso amministrativo.')
# typewriter pass
for x, yy, v in fills:
    c.setFont(T, 10.5 if len(v) > 30 else 11)
    c.drawString(x, yy, v)
c.showPage(); c.save()
