# D10 Comune (Lazio), Giunta deliberation (J-Iride-like), ReportLab canvas: every glyph is its own text object at an
# absolute position (no space characters; words justified by wider gaps), a rotated Albo stamp along the left margin
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kit; from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
fonts(); W, H = A4; X = 70; TW = W - X - 56
c = canvas.Canvas(os.path.join(OUT, 'deliberazione-marino-jiride.pdf'), pagesize=A4)
c.setTitle('Deliberazione di Giunta Comunale n. 96 del 07/05/2026'); c.setCreator('J-Iride Atti - stampa verbale')
def G(t, x, y, f='Serif', s=10.5): glyph_line(c, t, x, y, f, s)
def GC(t, y, f='Serif', s=10.5): G(t, (X + W - 56) / 2 - stringWidth(t, f, s) / 2, y, f, s)
def GR(t, xr, y, f='Serif', s=10.5): G(t, xr - stringWidth(t, f, s), y, f, s)
def stamp():
    c.saveState(); c.translate(34, 160); c.rotate(90); c.setStrokeColorRGB(0.1, 0.25, 0.6); c.setFillColorRGB(0.1, 0.25, 0.6)
    c.setLineWidth(0.8); c.roundRect(-4, -12, 530, 30, 4)
    c.setFont('Sans-B', 8); c.drawString(4, 6, 'CITTÀ DI MARINO – ALBO PRETORIO ON LINE')
    c.setFont('Sans', 8); c.drawString(4, -5, 'Pubblicato dal 12/05/2026 al 27/05/2026 – Registro pubblicazioni n. 1742/2026 – Il Messo Comunale')
    c.restoreState()
def foot(n):
    c.setFont('Sans', 7); c.setFillGray(0.4)
    c.drawCentredString((X + W - 56) / 2, 28, 'Città di Marino – Largo Palazzo Colonna, 1 – 00047 Marino (RM) – Deliberazione G.C. n. 96 del 07/05/2026 – pag. %d/2' % n)
    c.setFillGray(0)
stamp()
c.rect(X, H - 112, 50, 58); c.setFont('Sans', 6); c.drawCentredString(X + 25, H - 86, 'STEMMA')
G('CITTÀ DI MARINO', X + 64, H - 74, 'Serif-B', 18)
G('Città Metropolitana di Roma Capitale', X + 64, H - 92, 'Serif-I', 10.5)
G('Segreteria Generale – Ufficio Deliberazioni', X + 64, H - 106, 'Serif', 9)
c.setLineWidth(1.2); c.line(X, H - 120, W - 56, H - 120)
y = H - 146
GC('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', y, 'Serif-B', 12.5); y -= 22
c.setLineWidth(0.6); c.rect(X, y - 8, TW, 22)
G('ORIGINALE', X + 8, y, 'Sans-B', 9.5); GC('N. 96', y, 'Sans-B', 11); GR('del 07/05/2026', W - 64, y, 'Sans-B', 11); y -= 34
G('OGGETTO:', X, y, 'Serif-B', 10.5)
subj = 'APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI DELLA «SAGRA DELL’UVA 2026» E CONCESSIONE DI UN CONTRIBUTO ALLA PRO LOCO DI MARINO APS.'
y = glyph_par(c, subj, X + 62, y, TW - 62, 'Serif-B', 10.5, 13.5) - 10
y = glyph_par(c, 'L’anno duemilaventisei, il giorno sette del mese di maggio, alle ore 12:30, nella sala delle adunanze del Palazzo Colonna, convocata nelle forme di legge, si è riunita la Giunta Comunale nelle persone dei Signori:', X, y, TW, 'Serif', 10.5, 13.8) - 8
rows = [('PALOZZI GIANLUCA', 'Sindaco', True), ('DE SANTIS ROBERTA', 'Vice Sindaco', True), ('COLIZZA FABRIZIO', 'Assessore', True),
        ('MAURIZI ELENA', 'Assessore', False), ('TOCCACELI ANDREA', 'Assessore', True), ('BOCCIA VALERIA', 'Assessore', True),
        ('FONTANA DANIELE', 'Assessore', True)]
cols = [X + 6, X + 200, X + 330, X + 400]
c.setLineWidth(0.5); top = y + 11
G('Componente', cols[0], y, 'Serif-B', 10); G('Qualifica', cols[1], y, 'Serif-B', 10); G('Presente', cols[2], y, 'Serif-B', 10); G('Assente', cols[3], y, 'Serif-B', 10)
y -= 15
for n, r, p in rows:
    G(n, cols[0], y, 'Serif', 10); G(r, cols[1], y, 'Serif', 10); G('X', cols[2] + 16 if p else cols[3] + 14, y, 'Serif', 10); y -= 14
G('Presenti: 6      Assenti: 1', cols[1], y, 'Serif-I', 10)
c.rect(X, y - 5, TW, top - y + 5); c.line(X, top - 15, X + TW, top - 15)
for cx in cols[1:]: c.line(cx - 6, y + 9, cx - 6, top)
c.line(X, y + 9, X + TW, y + 9)
y -= 24
y = glyph_par(c, 'Assume la presidenza il Sindaco Avv. Gianluca Palozzi. Partecipa il Segretario Generale Dott.ssa Anna Maria Pietrosanti, incaricata della redazione del verbale. Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.', X, y, TW, 'Serif', 10.5, 13.8) - 10
GC('LA GIUNTA COMUNALE', y, 'Serif-B', 11); y -= 18
for t in ['PREMESSO che la «Sagra dell’Uva», giunta nel 2026 alla centoduesima edizione, costituisce la principale manifestazione identitaria della Città e richiama ogni anno, nella prima domenica di ottobre, decine di migliaia di visitatori;',
          'VISTA la nota prot. n. 18820 del 16/04/2026 con la quale la Pro Loco di Marino APS ha trasmesso il programma delle manifestazioni e il relativo piano finanziario, per una spesa complessiva di € 148.000,00, chiedendo un contributo di € 45.000,00;',
          'RICHIAMATO il Regolamento comunale per la concessione di contributi e vantaggi economici approvato con deliberazione del Consiglio Comunale n. 37 del 30/06/2022;',
          'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;']:
    y = glyph_par(c, t, X, y, TW, 'Serif', 10.5, 13.8, indent=14) - 4
PG = [1]
def need(h):
    global y
    if y - h < 60:
        foot(PG[0]); c.showPage(); PG[0] += 1; stamp(); y = H - 70
        G('Città di Marino – Deliberazione G.C. n. 96 del 07/05/2026', X, y, 'Serif-I', 8.5); c.line(X, y - 4, W - 56, y - 4); y -= 26
y = glyph_par(c, 'Con voti unanimi favorevoli, resi nelle forme di legge,', X, y, TW, 'Serif', 10.5, 13.8) - 6
GC('D E L I B E R A', y, 'Serif-B', 11); y -= 18
pts = ['di approvare il programma delle manifestazioni della «Sagra dell’Uva 2026» presentato dalla Pro Loco di Marino APS, allegato al presente atto quale parte integrante e sostanziale;',
       'di concedere alla Pro Loco di Marino APS un contributo di € 45.000,00, da liquidarsi per il 40% all’avvio delle attività e per il saldo a presentazione del rendiconto;',
       'di dare atto che la spesa trova copertura alla Missione 07 Programma 01 del bilancio 2026/2028, esercizio 2026;',
       'di demandare al Dirigente del Settore Cultura e Turismo l’adozione degli atti gestionali conseguenti.']
for i, t in enumerate(pts, 1):
    need(45); G('%d.' % i, X + 4, y, 'Serif', 10.5); y = glyph_par(c, t, X + 22, y, TW - 22, 'Serif', 10.5, 13.8) - 4
y -= 4; need(60)
y = glyph_par(c, 'Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.', X, y, TW, 'Serif', 10.5, 13.8) - 16
need(80); G('Letto, confermato e sottoscritto.', X, y, 'Serif', 10.5); y -= 26
G('IL SINDACO', X + 40, y, 'Serif-B', 10.5); GR('IL SEGRETARIO GENERALE', W - 90, y, 'Serif-B', 10.5); y -= 14
G('Avv. Gianluca Palozzi', X + 24, y, 'Serif', 10.5); GR('Dott.ssa Anna Maria Pietrosanti', W - 72, y, 'Serif', 10.5); y -= 12
G('(firmato digitalmente)', X + 30, y, 'Serif-I', 8.5); GR('(firmato digitalmente)', W - 110, y, 'Serif-I', 8.5); y -= 30
need(150); c.rect(X, y - 34, TW, 46)
G('PARERI (art. 49 D.Lgs. n. 267/2000)', X + 8, y, 'Sans-B', 9); y -= 14
G('Regolarità tecnica: FAVOREVOLE – Il Dirigente del Settore Cultura e Turismo, Dott. Massimo Ciocchetti, 05/05/2026', X + 8, y, 'Sans', 8.5); y -= 12
G('Regolarità contabile: FAVOREVOLE – Il Dirigente del Settore Finanziario, Dott.ssa Laura Rinaldi, 06/05/2026', X + 8, y, 'Sans', 8.5); y -= 40
G('ATTESTATO DI PUBBLICAZIONE', X, y, 'Sans-B', 9); y -= 14
y = glyph_par(c, 'Si attesta che la presente deliberazione è stata pubblicata all’Albo Pretorio on line il 12/05/2026 e vi rimarrà per quindici giorni consecutivi, ai sensi dell’art. 124 del D.Lgs. n. 267/2000, ed è stata contestualmente comunicata ai Capigruppo consiliari.', X, y, TW, 'Sans', 8.5, 11.5)
foot(PG[0]); c.save()
