# D12 Comune (Sicily), unnumbered avviso laid out like a DTP leaflet (Publisher-like): ReportLab canvas.
# The letterhead is a PICTURE (stemma and the Comune's name rendered as pixels by Pillow) with a short text caption
# under it; title across the page, body in TWO justified columns; the page is painted out of reading order: foot,
# right column, left column, title, then the header picture and its caption last; Liberation Sans/Serif; 1 page
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import *
from reportlab.pdfgen import canvas; from reportlab.lib.pagesizes import A4
from PIL import Image, ImageDraw, ImageFont
fonts(); W, H = A4; X = 50; TW = W - 2 * X; GAP = 20; CW = (TW - GAP) / 2
HERE = os.path.dirname(os.path.abspath(__file__))
# header picture (as if pasted from a scanned letterhead)
img = Image.new('RGB', (1900, 260), 'white'); d = ImageDraw.Draw(img)
d.ellipse((30, 20, 230, 240), fill=(30, 80, 150)); d.rectangle((95, 70, 165, 190), fill=(230, 200, 60))
fb = ImageFont.truetype(LIB + 'LiberationSerif-Bold.ttf', 92); fi = ImageFont.truetype(LIB + 'LiberationSerif-Italic.ttf', 48)
d.text((280, 40), "COMUNE DI CAPO D'ORLANDO", font=fb, fill=(20, 50, 110)); d.text((282, 160), 'Città Metropolitana di Messina', font=fi, fill=(60, 60, 60))
d.line((280, 235, 1880, 235), fill=(20, 50, 110), width=6)
png = os.path.join(HERE, 'd12_testata.png'); img.save(png)
c = canvas.Canvas(os.path.join(OUT, 'avviso-capodorlando-publisher.pdf'), pagesize=A4)
c.setTitle('avviso trasporto scolastico 2026-2027'); c.setCreator('Microsoft® Publisher 2016')
def column(paras, x, y, bottom):
    for kind, t in paras:
        if kind == 'h':
            y -= 4; c.setFillColorRGB(0.08, 0.2, 0.43); c.setFont('Sans-B', 10); c.drawString(x, y, t); c.setFillGray(0); y -= 14
        else:
            y = tw_par(c, t, x, y, CW, 'Serif', 10, 12.6) - 5
    return y
left = [('h', 'CHI PUÒ FARE DOMANDA'),
        ('p', 'Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale degli alunni residenti nel Comune di Capo d’Orlando iscritti alle scuole dell’infanzia, primarie e secondarie di primo grado statali del territorio comunale, che distano almeno 1 km dalla sede scolastica.'),
        ('h', 'COME E QUANDO'),
        ('p', 'La domanda si presenta dal 8 giugno al 10 luglio 2026 esclusivamente on line, tramite il portale dei servizi scolastici raggiungibile dal sito istituzionale dell’Ente, accedendo con SPID, CIE o CNS. Le domande presentate oltre il termine saranno accolte solo nei limiti dei posti disponibili sulle singole linee.'),
        ('h', 'DOCUMENTI'),
        ('p', 'Alla domanda va allegata l’attestazione ISEE per prestazioni rivolte ai minorenni in corso di validità, ai fini dell’applicazione della tariffa agevolata; in mancanza si applica la tariffa massima.')]
right = [('h', 'TARIFFE'),
         ('p', 'La quota annua è determinata secondo le fasce ISEE approvate con deliberazione della Giunta Comunale n. 96 del 21/05/2026: da € 60,00 (ISEE fino a € 7.500,00) a € 210,00 (ISEE oltre € 25.000,00). Dal secondo figlio si applica la riduzione del 30%. Il pagamento avviene tramite PagoPA in due rate, entro il 30/09/2026 e il 31/01/2027.'),
         ('h', 'PERCORSI E FERMATE'),
         ('p', 'I percorsi, gli orari e le fermate saranno pubblicati entro il 31 agosto 2026. Il servizio è assicurato anche per le frazioni di Piana, Certari, Forno Alto e Scafa.'),
         ('h', 'INFORMAZIONI'),
         ('p', 'Ufficio Pubblica Istruzione, Via Vittorio Emanuele, piano terra: lunedì, mercoledì e venerdì dalle 9:00 alle 12:30; martedì dalle 15:30 alle 17:30. Tel. 0941 915211 – pubblica.istruzione@comune.capodorlando.me.it')]
# 1) foot first
c.setFillGray(0.4); c.setFont('Sans', 7.5)
c.drawCentredString(W / 2, 34, 'Comune di Capo d’Orlando – Via Vittorio Emanuele – 98071 Capo d’Orlando (ME) – C.F. 00237490839 – www.comune.capodorlando.me.it')
c.setFillGray(0)
TOPCOL = H - 262
# 2) right column (with the signature under it)
y = column(right, X + CW + GAP, TOPCOL, 120)
y -= 14; c.setFont('Serif', 10); c.drawString(X + CW + GAP, y, 'Capo d’Orlando, 05/06/2026'); y -= 24
c.setFont('Sans-B', 9); c.drawCentredString(X + CW + GAP + CW / 2, y, 'IL RESPONSABILE DELL’AREA'); y -= 11
c.drawCentredString(X + CW + GAP + CW / 2, y, 'SERVIZI ALLA PERSONA'); y -= 13
c.setFont('Serif-I', 10); c.drawCentredString(X + CW + GAP + CW / 2, y, 'Dott.ssa Giuseppina Ricciardello')
# 3) left column
column(left, X, TOPCOL, 120)
c.setStrokeColorRGB(0.6, 0.65, 0.75); c.setLineWidth(0.5); c.line(X + CW + GAP / 2, TOPCOL + 8, X + CW + GAP / 2, 110)
# 4) title band
c.setFillColorRGB(0.08, 0.2, 0.43); c.rect(X, H - 220, TW, 60, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
spaced(c, 'AVVISO', 0, H - 184, 'Sans-B', 22, 6, center=W / 2)
c.setFont('Sans-B', 11); c.drawCentredString(W / 2, H - 208, 'ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027')
c.setFillGray(0); c.setFont('Serif-I', 10)
c.drawCentredString(W / 2, H - 240, 'Si informano le famiglie che sono aperte le iscrizioni al servizio comunale di trasporto scolastico.')
# 5) header picture and its caption last
c.drawImage(png, X, H - 122, width=TW, height=TW * 260 / 1900)
c.setFont('Sans', 8); c.setFillGray(0.25)
c.drawString(X, H - 134, 'Comune di Capo d’Orlando – Area Servizi alla Persona – Ufficio Pubblica Istruzione')
c.setFillGray(0); c.showPage(); c.save()
