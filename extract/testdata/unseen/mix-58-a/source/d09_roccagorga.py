# Comune di Roccagorga - certificato di pubblicazione: a pre-printed form with blanks of underscores,
# filled in "typewriter" Courier over the blanks (the template printed first, the values drawn after).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Certificato di pubblicazione'); c.setCreator('Microsoft Word - modulo_cert_pubbl.doc'); c.setProducer('Microsoft: Print To PDF')
LM = 72
TF, TS = 'Times-Roman', 12
fills = []  # (x, y, text) drawn after the template, as the typist would
def line(y, parts):
    """parts: list of str (template text) or ('_', n, value) blanks"""
    x = LM
    for p in parts:
        if isinstance(p, str):
            c.setFont(TF, TS); c.drawString(x, y, p); x += stringWidth(p, TF, TS)
        else:
            _, n, val = p
            u = '_' * n
            c.setFont(TF, TS); c.drawString(x, y, u)
            if val: fills.append((x + 4, y + 2, val))
            x += stringWidth(u, TF, TS)
c.setFont('Times-Bold', 16); c.drawCentredString(W / 2, H - 70, 'COMUNE DI ROCCAGORGA')
c.setFont('Times-Italic', 11); c.drawCentredString(W / 2, H - 86, 'Provincia di Latina')
c.setFont('Times-Roman', 9); c.drawCentredString(W / 2, H - 99, 'Piazza VI Dicembre, 1 - 04010 Roccagorga (LT) - Tel. 0773 958020')
c.line(LM, H - 106, W - LM, H - 106)
c.setFont('Times-Bold', 14); c.drawCentredString(W / 2, H - 140, 'CERTIFICATO DI PUBBLICAZIONE')
c.setFont('Times-Italic', 10); c.drawCentredString(W / 2, H - 154, '(art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267)')
y = H - 190
line(y, ['Deliberazione della ', ('_', 18, 'Giunta'), ' Comunale n. ', ('_', 8, '34'), ' del ', ('_', 16, '10/03/2026')]); y -= 26
line(y, ['OGGETTO: ', ('_', 64, '')]); y -= 22
line(y, [('_', 74, '')]); y -= 22
line(y, [('_', 74, '')]); y -= 32
subj = ['Approvazione dello schema di convenzione con',
        'l\'Associazione di Protezione Civile "Monti Lepini" per il',
        'servizio di avvistamento incendi boschivi - anno 2026.']
fills.append((LM + stringWidth('OGGETTO: ', TF, TS) + 4, H - 190 - 26 + 2, subj[0]))
fills.append((LM + 4, H - 190 - 48 + 2, subj[1]))
fills.append((LM + 4, H - 190 - 70 + 2, subj[2]))
c.setFont('Times-Bold', 12); c.drawCentredString(W / 2, y, 'IL MESSO COMUNALE'); y -= 22
for t in ['visti gli atti d\'ufficio,']:
    c.setFont(TF, TS); c.drawString(LM, y, t); y -= 22
c.setFont('Times-Bold', 12); c.drawCentredString(W / 2, y, 'A T T E S T A'); y -= 26
line(y, ['che la suddetta deliberazione è stata pubblicata all\'Albo Pretorio on line']); y -= 20
line(y, ['di questo Comune per quindici giorni consecutivi dal ', ('_', 16, '12/03/2026')]); y -= 20
line(y, ['al ', ('_', 16, '27/03/2026'), ' con il n. ', ('_', 10, '298'), ' del Registro delle pubblicazioni']); y -= 20
line(y, ['e che contro di essa ', ('_', 20, 'NON'), ' sono pervenute opposizioni o reclami.']); y -= 40
line(y, ['Roccagorga, lì ', ('_', 16, '28/03/2026')]); y -= 36
c.setFont('Times-Bold', 12); c.drawString(W - 250, y, 'IL MESSO COMUNALE'); y -= 24
c.setFont(TF, TS); c.drawString(W - 262, y, '_' * 28)
fills.append((W - 250, y + 2, 'Franco Tomei'))
y -= 60
c.setDash(2, 2); c.rect(LM, y - 10, W - 2 * LM, 50); c.setDash()
c.setFont('Times-Italic', 9)
c.drawString(LM + 8, y + 24, 'Spazio riservato all\'ufficio: la presente attestazione viene allegata all\'originale della deliberazione')
c.drawString(LM + 8, y + 10, 'e conservata nel fascicolo della seduta.')
# the typist's values
c.setFillColorRGB(0.05, 0.05, 0.25)
for x, yy, v in fills:
    c.setFont('Courier-Bold', 11); c.drawString(x, yy, v)
c.showPage(); c.save()
