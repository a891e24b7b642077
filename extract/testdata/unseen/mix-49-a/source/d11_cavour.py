# Convocation of the Consiglio Comunale, Comune di Cavour (Sicraweb-like notice).
# reportlab canvas, two columns; drawn out of reading order (footer, right column, left column, then the heading);
# letter-spaced title with Tc; each line placed by its own text object.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/crosextra/'
pdfmetrics.registerFont(TTFont('CA', F + 'Carlito-Regular.ttf'))
pdfmetrics.registerFont(TTFont('CAB', F + 'Carlito-Bold.ttf'))
pdfmetrics.registerFont(TTFont('CAI', F + 'Carlito-Italic.ttf'))
W, H = A4
c = canvas.Canvas('build/convocazione-cavour-sicraweb.pdf', pagesize=A4)
c.setTitle('Convocazione Consiglio Comunale 23/04/2026'); c.setCreator('Sicraweb - Maggioli S.p.A.')

def wrap(s, font, size, width):
    out, cur = [], ''
    for w in s.split():
        t = (cur + ' ' + w).strip()
        if pdfmetrics.stringWidth(t, font, size) > width and cur:
            out.append(cur); cur = w
        else:
            cur = t
    if cur: out.append(cur)
    return out

def block(x, y, width, paras, size=10.5, lead=13.5):
    for font, s, gap, ind in paras:
        for i, ln in enumerate(wrap(s, font, size, width - ind)):
            c.setFont(font, size); c.drawString(x + (ind if i else 0), y, ln); y -= lead
        y -= gap
    return y

# 1. footer first
c.setFont('CA', 7.5); c.setFillColor(colors.grey)
c.drawString(56, 40, 'Comune di Cavour – Piazza Sforzini 1 – 10061 Cavour (TO) – tel. 0121 6001 – protocollo@pec.comune.cavour.to.it')
c.drawRightString(W - 56, 30, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005')
c.setFillColor(colors.black)
c.setLineWidth(0.5); c.line(56, 52, W - 56, 52)

# 2. right column (ordine del giorno)
colw = (W - 112 - 24) / 2
xr = 56 + colw + 24
yr = H - 268
c.setFont('CAB', 11); c.drawString(xr, yr, 'ORDINE DEL GIORNO'); yr -= 18
odg = [
 'Lettura e approvazione dei verbali della seduta del 26 febbraio 2026.',
 'Comunicazioni del Sindaco.',
 'Approvazione del Rendiconto della gestione per l\'esercizio finanziario 2025.',
 'Variazione n. 2 al bilancio di previsione finanziario 2026/2028 e applicazione dell\'avanzo di amministrazione.',
 'Approvazione del Regolamento comunale per la concessione in uso delle sale e degli impianti sportivi comunali.',
 'Convenzione con l\'Unione Montana del Pinerolese per la gestione associata del servizio di polizia locale – Rinnovo.',
 'Interrogazione del gruppo consiliare "Cavour Domani" sulla manutenzione delle strade vicinali.',
]
for i, s in enumerate(odg, 1):
    lines = wrap(s, 'CA', 10.5, colw - 18)
    c.setFont('CAB', 10.5); c.drawString(xr, yr, '%d.' % i)
    for ln in lines:
        c.setFont('CA', 10.5); c.drawString(xr + 18, yr, ln); yr -= 13.5
    yr -= 5

# 3. left column
yl = H - 268
yl = block(56, yl, colw, [
 ('CA', 'Ai sensi dell\'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 8 e 9 del vigente Regolamento per il funzionamento del Consiglio comunale,', 6, 0),
 ('CAB', 'IL SINDACO', 6, 0),
 ('CAB', 'CONVOCA', 6, 0),
 ('CA', 'il Consiglio comunale in sessione ordinaria, seduta pubblica di prima convocazione, presso la Sala consiliare del Palazzo comunale, per il giorno', 6, 0),
 ('CAB', 'GIOVEDÌ 23 APRILE 2026 alle ore 20:30', 6, 0),
 ('CA', 'ed occorrendo in seconda convocazione per il giorno lunedì 27 aprile 2026, stessa ora e luogo, per la trattazione degli argomenti iscritti all\'ordine del giorno a fianco riportato.', 6, 0),
 ('CA', 'La documentazione relativa agli argomenti è depositata presso l\'Ufficio Segreteria ed è consultabile dai consiglieri nell\'orario di apertura degli uffici.', 6, 0),
 ('CAI', 'La seduta sarà trasmessa in diretta streaming sul canale istituzionale del Comune.', 6, 0),
])

# 4. signature (bottom right) and date (bottom left)
yb = min(yl, yr) - 20
c.setFont('CA', 10.5); c.drawString(56, yb, 'Cavour, 14 aprile 2026')
c.drawCentredString(W - 56 - 110, yb, 'IL SINDACO')
c.setFont('CAB', 10.5); c.drawCentredString(W - 56 - 110, yb - 14, 'Marco Chiappero')
c.setFont('CAI', 8); c.drawCentredString(W - 56 - 110, yb - 26, '(firmato digitalmente)')

# 5. heading last: letterhead, protocol, letter-spaced title
c.setFillColor(colors.HexColor('#8c1d18')); c.rect(56, H - 104, 40, 48, fill=1, stroke=0)
c.setFillColor(colors.white); c.setFont('CAB', 10); c.drawCentredString(76, H - 84, 'CAV')
c.setFillColor(colors.black)
c.setFont('CAB', 18); c.drawString(108, H - 72, 'COMUNE DI CAVOUR')
c.setFont('CA', 10); c.drawString(108, H - 88, 'Città Metropolitana di Torino')
c.setFont('CA', 9); c.drawString(108, H - 101, 'Ufficio Segreteria – Organi Istituzionali')
c.setLineWidth(1); c.line(56, H - 114, W - 56, H - 114)
c.setFont('CA', 9.5)
c.drawString(56, H - 138, 'Prot. n. 5210 / II.5')
c.drawString(56, H - 151, 'Cavour, 14/04/2026')
c.drawString(W - 250, H - 138, 'Ai Signori Consiglieri comunali')
c.drawString(W - 250, H - 151, 'Al Segretario comunale')
c.drawString(W - 250, H - 164, 'Al Revisore dei conti')
c.drawString(W - 250, H - 177, 'Alla Stazione Carabinieri di Cavour')
c.drawString(W - 250, H - 190, 'e p.c. All\'Albo Pretorio on line – SEDE')
title = 'CONVOCAZIONE DEL CONSIGLIO COMUNALE'
sp = 2.6; size = 14
w = pdfmetrics.stringWidth(title, 'CAB', size) + sp * (len(title) - 1)
t = c.beginText(); t.setTextOrigin((W - w) / 2, H - 228); t.setFont('CAB', size); t.setCharSpace(sp); t.textOut(title); c.drawText(t)
c.setLineWidth(0.4); c.line(56 + colw + 12, H - 250, 56 + colw + 12, min(yl, yr) + 4)
c.showPage(); c.save()
