# Consorzio per la Bonifica della Capitanata - unnumbered AVVISO ai consorziati, two columns.
# Letterhead and signature block are Form XObjects; the body paragraphs are laid out in two columns but
# drawn into the content stream out of reading order (right column first, title last) - Kibernetes-like export.
import sys, fonts
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import Paragraph
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Avviso stagione irrigua 2026 - Fortore'); c.setCreator('Kibernetes - Atti Web'); c.setAuthor('Consorzio per la Bonifica della Capitanata')
B = ParagraphStyle('b', fontName='LSans', fontSize=9.6, leading=12.4, alignment=TA_JUSTIFY, spaceAfter=5)
HB = ParagraphStyle('hb', parent=B, fontName='LSans-Bold', alignment=0)
T1 = ParagraphStyle('t1', parent=B, fontName='LSans-Bold', fontSize=22, leading=26, alignment=TA_CENTER)
T2 = ParagraphStyle('t2', parent=B, fontName='LSans-Bold', fontSize=11.5, leading=14.5, alignment=TA_CENTER)
# letterhead as form
c.beginForm('cbcHead')
c.setFillColorRGB(0.05, 0.3, 0.55); c.rect(18*mm, H-33*mm, W-36*mm, 17*mm, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1); c.setFont('LSans-Bold', 14.5); c.drawString(24*mm, H-23.5*mm, 'CONSORZIO PER LA BONIFICA DELLA CAPITANATA')
c.setFont('LSans', 8.5); c.drawString(24*mm, H-29*mm, 'Ente di diritto pubblico – Corso Roma, 2 – 71121 Foggia – www.consorzio.fg.it')
c.endForm()
c.beginForm('cbcSign')
c.setFillColorRGB(0, 0, 0)
c.setFont('LSans', 9.6); c.drawString(20*mm, 40*mm, 'Foggia, 17 marzo 2026')
c.setFont('LSans-Bold', 9.6); c.drawCentredString(W-60*mm, 40*mm, 'IL DIRETTORE GENERALE')
c.setFont('LSans', 9.6); c.drawCentredString(W-60*mm, 40*mm-12, 'Dott. Agr. Nicola Bruno')
c.setFont('LSans-Italic', 7.5); c.drawCentredString(W-60*mm, 40*mm-22, '(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993)')
c.endForm()
title = [Paragraph('AVVISO', T1), Paragraph('STAGIONE IRRIGUA 2026 – PRESENTAZIONE DELLE DOMANDE DI FORNITURA IDRICA NEI DISTRETTI IRRIGUI DEL COMPRENSORIO FORTORE', T2)]
paras = [
 ('Si rende noto ai consorziati che l\'esercizio irriguo 2026 nei distretti 1, 2, 3, 4 e 10 del comprensorio Fortore avrà inizio il <b>15 aprile 2026</b> e terminerà, salvo diverse disposizioni legate alla disponibilità idrica dell\'invaso di Occhito, il <b>31 ottobre 2026</b>.', B),
 ('<b>1. Chi deve presentare la domanda</b>', HB),
 ('I proprietari e i conduttori dei terreni serviti dalla rete consortile che intendono usufruire dell\'acqua irrigua devono presentare la domanda annuale di fornitura, anche se già utenti nella stagione precedente.', B),
 ('<b>2. Termini e modalità</b>', HB),
 ('Le domande vanno presentate <b>dal 23 marzo al 17 aprile 2026</b> tramite il portale dei servizi on line del Consorzio oppure presso gli uffici di San Severo (Via Lucera, 29), Torremaggiore e San Paolo di Civitate, dal lunedì al venerdì dalle 8:30 alle 12:30.', B),
 ('Alla domanda vanno allegati il titolo di possesso dei terreni, il piano colturale 2026 e, per i nuovi utenti, la planimetria catastale con l\'indicazione degli idranti richiesti.', B),
 ('<b>3. Contributo irriguo</b>', HB),
 ('Il contributo è determinato secondo il Piano di classifica vigente: quota fissa di € 38,00 per ettaro servito e quota variabile di € 0,21 per metro cubo erogato, misurato dai contatori installati sugli idranti. L\'acconto del 30% è versato all\'atto della domanda tramite PagoPA.', B),
 ('<b>4. Morosità</b>', HB),
 ('Non possono essere accolte le domande dei consorziati che risultino morosi per contributi irrigui o di bonifica relativi agli anni precedenti, salvo regolarizzazione prima dell\'inizio della stagione.', B),
 ('<b>5. Informazioni</b>', HB),
 ('Settore Esercizio Irriguo – tel. 0881 785111 – e-mail esercizio@consorzio.fg.it. Il presente avviso è pubblicato all\'Albo consortile e trasmesso per l\'affissione ai Comuni del comprensorio.', B),
]
# layout
x0, gap = 20*mm, 8*mm
colw = (W - 40*mm - gap) / 2
ytop = H - 40*mm
placed = []
y = ytop
for f in title:
    w, h = f.wrap(W - 40*mm, 200)
    placed.append(('title', f, x0, y - h)); y -= h + 4
y -= 6
colstart = y
col, xs = 0, [x0, x0 + colw + gap]
bottom = 62*mm
tot = sum(Paragraph(t, st).wrap(colw, 500)[1] + st.spaceAfter for t, st in paras)
acc = 0
for txt, st in paras:
    p = Paragraph(txt, st); w, h = p.wrap(colw, 500)
    acc += h + st.spaceAfter
    if (acc > tot / 2 + 20 or y - h < bottom) and col == 0 and st is HB:
        col = 1; y = colstart
    placed.append(('c%d' % col, p, xs[col], y - h)); y -= h + st.spaceAfter
# drawing order: right column, signature form, left column bottom-up, header form, title
order = [e for e in placed if e[0] == 'c1'] 
for e in order: e[1].drawOn(c, e[2], e[3])
c.doForm('cbcSign')
for e in reversed([e for e in placed if e[0] == 'c0']): e[1].drawOn(c, e[2], e[3])
c.doForm('cbcHead')
for e in placed:
    if e[0] == 'title': e[1].drawOn(c, e[2], e[3])
c.setStrokeColorRGB(.6, .6, .6); c.setLineWidth(.4)
c.line(x0 + colw + gap/2, colstart, x0 + colw + gap/2, bottom + 4*mm)
c.setFont('LSans', 7); c.setFillColorRGB(.3, .3, .3)
c.drawString(20*mm, 12*mm, 'C.F. 80000930715 – PEC: protocollo@pec.consorzio.fg.it')
c.drawRightString(W-20*mm, 12*mm, 'Pag. 1/1')
c.showPage(); c.save()
