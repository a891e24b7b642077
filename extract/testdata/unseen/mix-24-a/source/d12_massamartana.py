# Comune di Massa Martana - unnumbered avviso (Studio K-like print): letterhead, foot and the fee table's
# header are Form XObjects reused on both pages; the page content is drawn out of reading order
# (signature and closing text first, title last), positions correct.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from kit import *
fonts()
W, H = A4
c = canvas.Canvas('../avviso-massamartana-studiok.pdf', pagesize=A4)
c.setCreator('Studio K - Gestione documentale'); c.setTitle('Avviso trasporto scolastico 2026/2027')
X0, X1 = 64, W - 60; TW = X1 - X0; CX = (X0 + X1) / 2
# --- forms
c.beginForm('letterhead')
c.setLineWidth(0.8); c.circle(X0 + 20, H - 62, 19); c.setFont('Sans', 5); c.drawCentredString(X0 + 20, H - 64, 'STEMMA')
c.setFont('Serif-B', 18); c.drawString(X0 + 52, H - 56, 'Comune di Massa Martana')
c.setFont('Serif-I', 10); c.drawString(X0 + 52, H - 70, 'Provincia di Perugia')
c.setFont('Sans', 8); c.drawString(X0 + 52, H - 82, 'Ufficio Servizi Scolastici – Via Mazzini 3 – 06056 Massa Martana (PG)')
c.setStrokeColorRGB(0.45, 0.1, 0.1); c.setLineWidth(1.6); c.line(X0, H - 92, X1, H - 92); c.setStrokeColorRGB(0, 0, 0)
c.endForm()
c.beginForm('foot')
c.setLineWidth(0.4); c.line(X0, 48, X1, 48); c.setFont('Sans', 7)
c.drawString(X0, 38, 'Comune di Massa Martana – C.F. 00432380547 – tel. 075 889 121 – comune.massamartana@postacert.umbria.it')
c.drawString(X0, 29, 'Orari ufficio: lunedì, mercoledì e venerdì 9:00-13:00; martedì 15:00-17:30')
c.endForm()
c.beginForm('thead')
c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(X0, 0, TW, 16, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
c.setFont('Sans-B', 9); c.drawString(X0 + 6, 5, 'Fascia ISEE'); c.drawString(X0 + 200, 5, 'Quota annua primo figlio'); c.drawString(X0 + 340, 5, 'Quota figli successivi')
c.endForm()
def pn(n):
    c.setFont('Sans', 7); c.drawRightString(X1, 29, f'pag. {n}/2')
def row(y, a, b, d):
    c.rect(X0, y, TW, 15); c.setFont('Sans', 9); c.drawString(X0 + 6, y + 4.5, a); c.drawString(X0 + 200, y + 4.5, b); c.drawString(X0 + 340, y + 4.5, d)

# ---- page 1: compute the layout top-down, then draw it in another order
ops = []
y = H - 118
ops.append(('date', y)); y -= 36
ops.append(('big', y)); y -= 22
ops.append(('title', y)); y -= 34
paras = [
 'Si comunica che dal 23 marzo al 30 aprile 2026 sono aperte le iscrizioni al servizio di trasporto scolastico per l’anno scolastico 2026/2027, riservato agli alunni residenti nel Comune di Massa Martana frequentanti la scuola dell’infanzia, la scuola primaria e la scuola secondaria di primo grado dell’Istituto Comprensivo del territorio.',
 'Il servizio è organizzato su quattro percorsi, che collegano il capoluogo con le frazioni di Colpetrazzo, Villa San Faustino, Mezzanelli, Montignano, Castelvecchio e Viepri. Le fermate e gli orari definitivi saranno comunicati alle famiglie entro il 31 agosto 2026.',
 'La domanda deve essere presentata esclusivamente on line, accedendo con SPID o CIE al portale dei servizi scolastici raggiungibile dal sito istituzionale del Comune. Per le famiglie prive di strumenti informatici, il personale dell’Ufficio Servizi Scolastici presta assistenza negli orari di apertura al pubblico.',
 'Le domande presentate oltre il termine saranno accolte compatibilmente con la disponibilità di posti sui mezzi e con l’organizzazione dei percorsi già definiti.']
for p in paras:
    ops.append(('par', y, p)); y -= 14 * len(wrap(p, 'Serif', 10.5, TW, first=TW - 20)) + 6
ops.append(('sub', y)); y -= 24
ops.append(('thead', y)); y -= 15
rows = [('ISEE fino a euro 6.000,00', 'euro 90,00', 'euro 60,00'), ('da euro 6.000,01 a euro 12.000,00', 'euro 150,00', 'euro 100,00'),
        ('da euro 12.000,01 a euro 20.000,00', 'euro 210,00', 'euro 140,00'), ('oltre euro 20.000,00 o ISEE non presentato', 'euro 260,00', 'euro 180,00')]
for r in rows:
    ops.append(('row', y, r)); y -= 15
ops.append(('note', y - 14))
order = [7, 8, 9, 10, 11, 12, 6, 5, 4, 3, 0, 2, 1] + list(range(13, len(ops)))
order = [i for i in order if i < len(ops)] + [i for i in range(len(ops)) if i not in order]
c.doForm('foot'); pn(1)
for i in reversed(order):
    op = ops[i]; k = op[0]; yy = op[1]
    if k == 'date':
        c.setFont('Serif', 10.5); c.drawRightString(X1, yy, 'Massa Martana, 18/03/2026')
    elif k == 'big':
        spaced(c, 'AVVISO', 0, yy, 'Serif-B', 17, 6, center=CX)
    elif k == 'title':
        c.setFont('Sans-B', 11.5); c.drawCentredString(CX, yy, 'ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027')
    elif k == 'par':
        tw_par(c, op[2], X0, yy, TW, 'Serif', 10.5, 14, indent=20)
    elif k == 'sub':
        c.setFont('Serif-B', 10.5); c.drawString(X0, yy, 'Tariffe annue (deliberazione della Giunta Comunale n. 22 del 26/02/2026):')
    elif k == 'thead':
        c.saveState(); c.translate(0, yy); c.doForm('thead'); c.restoreState()
    elif k == 'row':
        row(yy, *op[2])
    elif k == 'note':
        c.setFont('Serif-I', 9.5); c.drawString(X0, yy, 'Per il terzo figlio e successivi il servizio è gratuito. Il pagamento avviene tramite pagoPA in due rate.')
c.doForm('letterhead')
c.showPage()
# ---- page 2
c.setFont('Sans-B', 10); c.drawString(X0, H - 250, 'Informazioni')
c.doForm('foot'); pn(2)
for t, f, dy in [('La Responsabile dell’Area Amministrativa', 'Serif-B', 0), ('Dott.ssa Lucia Santarelli', 'Serif', 14), ('(firma autografa omessa ai sensi dell’art. 3 D.Lgs. 39/1993)', 'Serif-I', 28)]:
    c.setFont(f, 10); c.drawCentredString(X1 - 120, H - 380 - dy, t)
y = H - 266
y = tw_par(c, 'Per informazioni è possibile rivolgersi all’Ufficio Servizi Scolastici (tel. 075 889 121 int. 4, e-mail scuola@comune.massamartana.pg.it). Il presente avviso è pubblicato all’Albo Pretorio on line e sul sito istituzionale del Comune fino al 30 aprile 2026.', X0, y, TW, 'Serif', 10.5, 14, indent=20)
y = H - 130
c.setFont('Sans-B', 10); c.drawString(X0, y, 'Trattamento dei dati personali'); y -= 16
tw_par(c, 'I dati forniti con la domanda saranno trattati, anche con strumenti informatici, esclusivamente per la gestione del servizio di trasporto scolastico, nel rispetto del Regolamento (UE) 2016/679. Titolare del trattamento è il Comune di Massa Martana.', X0, y, TW, 'Serif', 10.5, 14, indent=20)
c.doForm('letterhead')
c.showPage(); c.save()
