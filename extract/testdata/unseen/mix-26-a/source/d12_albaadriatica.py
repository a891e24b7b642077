# D12 Comune (Abruzzo), Allegato A to a Giunta deliberation: beach life-saving plan 2026, a landscape ruled table over
# 2 pages (ReportLab, Liberation Sans). Letterhead/running head, table head and foot are Form XObjects reused on both
# pages; each page is painted out of reading order: foot first, then the table body column by column from the right-most
# column and from the bottom row up, then the table head, the notes, the title, and the letterhead last
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4, landscape
fonts(); W, H = landscape(A4); X = 40; TW = W - 80
c = canvas.Canvas(os.path.join(OUT, 'allegato-albaadriatica-apsystems.pdf'), pagesize=(W, H))
c.setTitle('Allegato A - Piano comunale di salvamento 2026'); c.setCreator('AP Systems - Atti - allegati')
cols = [('N.', 26), ('Postazione', 92), ('Tratto di arenile', 170), ('Concessioni servite', 150), ('Fronte (m)', 54),
        ('Periodo di servizio', 118), ('Orario', 72), ('Dotazioni', 80)]
xs = [X]; [xs.append(xs[-1] + w) for _, w in cols]
ROWH = 31
c.beginForm('head')
c.setFillColorRGB(0.05, 0.3, 0.55); c.rect(X, H - 62, 34, 40, fill=1, stroke=0); c.setFillGray(1); c.setFont('Sans-B', 6); c.drawCentredString(X + 17, H - 44, 'ALBA'); c.setFillGray(0)
c.setFont('Sans-B', 14); c.drawString(X + 44, H - 36, 'COMUNE DI ALBA ADRIATICA')
c.setFont('Sans', 9); c.drawString(X + 44, H - 50, 'Provincia di Teramo – Area Tecnica – Servizio Demanio Marittimo e Protezione Civile')
c.setFont('Sans-B', 9.5); c.drawRightString(X + TW, H - 36, 'ALLEGATO A'); c.setFont('Sans', 8.5); c.drawRightString(X + TW, H - 49, 'alla deliberazione G.C. n. 58 del 06/05/2026')
c.setLineWidth(0.8); c.line(X, H - 68, X + TW, H - 68)
c.endForm()
c.beginForm('thead')
c.setFillColorRGB(0.86, 0.9, 0.95); c.rect(X, 0, TW, 22, fill=1, stroke=0); c.setFillGray(0); c.setLineWidth(0.5); c.rect(X, 0, TW, 22)
for i, (n, w) in enumerate(cols):
    c.line(xs[i], 0, xs[i], 22); c.setFont('Sans-B', 8); c.drawString(xs[i] + 3, 8, n)
c.endForm()
c.beginForm('foot')
c.setLineWidth(0.4); c.line(X, 34, X + TW, 34); c.setFont('Sans', 7); c.setFillGray(0.3)
c.drawString(X, 24, 'Comune di Alba Adriatica – Corso Vittorio Emanuele II, 6 – 64011 Alba Adriatica (TE) – Piano comunale di salvamento collettivo 2026')
c.setFillGray(0)
c.endForm()
R = [('1', 'A1 – Nord', 'dal confine con Martinsicuro (foce Vibrata) al pennello n. 3', 'Lido Azzurro, Bagni Sirena, Lido Nettuno', '240', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino, DAE'),
     ('2', 'A2 – Villa Fiore', 'dal pennello n. 3 a via Trieste', 'Bagni Marconi, Lido Ondina', '210', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino'),
     ('3', 'A3 – Via Trieste', 'da via Trieste a via Roma', 'Lido Riviera, Bagni Orsola, Lido Adriatico', '230', '06/06 – 20/09/2026', '9:00–19:00', 'torretta, pattino, DAE'),
     ('4', 'A4 – Centro', 'da via Roma a piazza del Popolo', 'Spiaggia libera attrezzata “Piazza del Popolo”', '180', '06/06 – 20/09/2026', '8:30–19:30', 'torretta, moto d’acqua, DAE'),
     ('5', 'A5 – Lungomare Marconi', 'da piazza del Popolo a via Mazzini', 'Bagni Gabbiano, Lido Corallo', '205', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino'),
     ('6', 'A6 – Via Mazzini', 'da via Mazzini a via Duca degli Abruzzi', 'Lido Stella Maris, Bagni Delfino', '215', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino'),
     ('7', 'A7 – Spiaggia libera sud', 'da via Duca degli Abruzzi al pennello n. 11', 'spiaggia libera comunale', '160', '27/06 – 30/08/2026', '9:30–18:30', 'torretta, pattino, DAE'),
     ('8', 'A8 – Colonia', 'dal pennello n. 11 all’ex colonia marina', 'Lido Miramare, Bagni Aurora', '225', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino'),
     ('9', 'A9 – Lungomare Sud', 'dall’ex colonia marina a via Bafile', 'Lido Tropical, Bagni La Perla', '220', '13/06 – 13/09/2026', '9:00–19:00', 'torretta, pattino'),
     ('10', 'A10 – Foce Tronto', 'da via Bafile al confine con Tortoreto', 'Camping Eden, spiaggia libera', '250', '20/06 – 06/09/2026', '9:00–19:00', 'torretta, pattino, DAE'),
     ('11', 'A11 – Accesso disabili', 'passerella di piazza del Popolo', 'spiaggia libera attrezzata', '40', '13/06 – 13/09/2026', '9:00–19:00', 'sedia JOB, DAE'),
     ('12', 'A12 – Riserva', 'postazione mobile a disposizione', 'secondo le esigenze del servizio', '–', '01/07 – 31/08/2026', '9:00–19:00', 'moto d’acqua')]
def body(rows, ytop):
    # column by column, from the right-most column; inside a column, from the bottom row up
    for j in range(len(cols) - 1, -1, -1):
        for i in range(len(rows) - 1, -1, -1):
            yy = ytop - (i + 1) * ROWH; txt = rows[i][j]
            lines = wrap(txt, 'Sans', 8, cols[j][1] - 6)
            c.setFont('Sans', 8)
            for k, ln in enumerate(lines[:2]): c.drawString(xs[j] + 3, yy + ROWH - 10 - k * 9.5, ln)
    c.setLineWidth(0.4)
    for i in range(len(rows) + 1): c.line(X, ytop - i * ROWH, X + TW, ytop - i * ROWH)
    for xx in xs: c.line(xx, ytop, xx, ytop - len(rows) * ROWH)
def page(rows, n, first):
    c.doForm('foot'); c.setFont('Sans', 7); c.drawRightString(X + TW, 24, 'Pag. %d di 2' % n)
    ytop = H - (136 if first else 116)
    body(rows, ytop)
    c.saveState(); c.translate(0, ytop); c.doForm('thead'); c.restoreState()
    if not first:
        yb = ytop - len(rows) * ROWH - 24
        c.setFont('Sans-B', 8.5); c.drawString(X, yb, 'Note:')
        notes = ['1) Il servizio di salvamento presso le concessioni è a carico dei titolari, in forma singola o associata, ai sensi dell’Ordinanza balneare della Capitaneria di Porto di Giulianova n. 11/2026.',
                 '2) Le postazioni A4, A7, A10 e A11 sono gestite dal Comune mediante l’associazione di volontariato convenzionata; il DAE è custodito nella torretta.',
                 '3) Gli orari possono essere estesi nei giorni festivi di luglio e agosto con provvedimento del Responsabile dell’Area Tecnica.']
        c.setFont('Sans', 8.5)
        for k, nt in enumerate(notes): c.drawString(X, yb - 13 * (k + 1), nt)
        ys = yb - 13 * 4 - 26
        c.setFont('Sans-B', 9); c.drawCentredString(X + TW - 120, ys, 'IL RESPONSABILE DELL’AREA TECNICA')
        c.setFont('Sans', 9); c.drawCentredString(X + TW - 120, ys - 13, 'Ing. Fabrizio Di Sabatino'); c.setFont('Sans-I', 7.5); c.drawCentredString(X + TW - 120, ys - 24, '(firmato digitalmente)')
    if first:
        c.setFont('Sans-B', 12.5); c.drawCentredString(X + TW / 2, H - 92, 'PIANO COMUNALE DI SALVAMENTO COLLETTIVO – STAGIONE BALNEARE 2026')
        c.setFont('Sans', 9.5); c.drawCentredString(X + TW / 2, H - 106, 'Postazioni di assistenza ai bagnanti, tratti di arenile, periodi e orari di servizio')
    else:
        c.setFont('Sans-I', 8.5); c.drawString(X, H - 88, 'segue Piano comunale di salvamento collettivo – stagione balneare 2026')
    c.doForm('head'); c.showPage()
page(R[:11], 1, True); page(R[11:], 2, False); c.save()
