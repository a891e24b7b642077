# Two-column notice; letterhead is a picture (crest + name) with a text caption under it;
# the page content is drawn out of reading order (foot, right column, signature, left column, title, caption)
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from rlutil import wrap
D = '/usr/share/fonts/truetype/dejavu/'
# --- the letterhead picture
img = Image.new('RGB', (1500, 230), 'white'); d = ImageDraw.Draw(img)
d.polygon([(40, 20), (200, 20), (200, 130), (120, 210), (40, 130)], outline=(20, 40, 110), width=8)
d.rectangle([70, 55, 170, 115], fill=(170, 30, 30)); d.ellipse([100, 120, 140, 160], fill=(210, 170, 40))
d.text((250, 45), 'COMUNE DI COLLESANO', font=ImageFont.truetype(D + 'DejaVuSerif-Bold.ttf', 78), fill=(20, 40, 110))
d.text((252, 145), 'Porta delle Madonie', font=ImageFont.truetype(D + 'DejaVuSerif-Italic.ttf', 40), fill=(90, 90, 90))
img.save('12-stemma-collesano.png')
W, H = A4
LM, RM = 50, W - 50; GAP = 22; CW = (RM - LM - GAP) / 2
c = canvas.Canvas('../avviso-collesano-datagraph.pdf', pagesize=A4)
c.setTitle('Avviso trasporto scolastico'); c.setCreator('Datagraph - Albo on line')
def col(x, y, paras, size=9.6, lead=12.4):
    for kind, t in paras:
        if kind == 'h':
            c.setFont('Helvetica-Bold', size); c.drawString(x, y, t); y -= lead
        elif kind == 'b':
            c.setFont('Helvetica', size)
            for ln in wrap(t, 'Helvetica', size, CW - 10):
                c.drawString(x + 10, y, ln); y -= lead
            c.drawString(x, y + lead * len(wrap(t, 'Helvetica', size, CW - 10)), '•'); y -= 3
        else:
            c.setFont('Helvetica', size)
            for ln in wrap(t, 'Helvetica', size, CW):
                c.drawString(x, y, ln); y -= lead
            y -= 5
    return y
left = [('p', "Si rende noto che dal 20 aprile al 30 maggio 2026 sono aperte le iscrizioni al servizio comunale di trasporto scolastico per l'anno scolastico 2026/2027, riservato agli alunni residenti nel Comune di Collesano frequentanti la scuola dell'infanzia, la scuola primaria e la scuola secondaria di primo grado dell'Istituto Comprensivo \"Collesano – Campofelice di Roccella\"."),
        ('h', 'CHI PUÒ ISCRIVERSI'),
        ('p', "Possono presentare domanda i genitori o gli esercenti la responsabilità genitoriale degli alunni residenti nelle contrade e nelle zone rurali del territorio comunale, con priorità per gli alunni che abitano a più di un chilometro dal plesso scolastico."),
        ('h', 'COME ISCRIVERSI'),
        ('b', "compilando il modulo disponibile presso l'Ufficio Pubblica Istruzione (piano terra del Palazzo Municipale) o scaricabile dal sito istituzionale;"),
        ('b', "consegnandolo a mano all'Ufficio Protocollo oppure inviandolo via PEC all'indirizzo protocollo@pec.comune.collesano.pa.it;"),
        ('b', "allegando copia del documento d'identità del richiedente e l'attestazione ISEE in corso di validità.")]
right = [('h', 'QUOTE DI CONTRIBUZIONE'),
         ('p', "La quota mensile a carico delle famiglie è determinata in base all'ISEE, secondo le fasce approvate con la deliberazione della Giunta Comunale n. 29 del 26/03/2026: esenzione fino a € 6.000,00; € 10,00 da € 6.000,01 a € 12.000,00; € 18,00 oltre € 12.000,00. Dal secondo figlio la quota è ridotta del 50%."),
         ('h', 'INFORMAZIONI'),
         ('p', "Le domande pervenute oltre il termine saranno accolte solo in caso di disponibilità di posti sugli scuolabus. Per informazioni è possibile rivolgersi all'Ufficio Pubblica Istruzione, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00 (tel. 0921 661102)."),
         ('p', "I dati personali saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per la gestione del servizio.")]
# 1) foot first
c.setFont('Helvetica', 7); c.setLineWidth(0.4); c.line(LM, 46, RM, 46)
c.drawString(LM, 36, 'Comune di Collesano – Corso Vittorio Emanuele, 2 – 90016 Collesano (PA) – C.F. 00549140828')
c.drawRightString(RM, 36, 'Pag. 1 di 1')
# 2) right column
top = H - 300
yR = col(LM + CW + GAP, top, right)
# 3) signature (under right column)
c.setFont('Helvetica', 9.6); c.drawCentredString(LM + CW + GAP + CW / 2, yR - 30, "Il Responsabile dell'Area Amministrativa")
c.setFont('Helvetica-Bold', 9.6); c.drawCentredString(LM + CW + GAP + CW / 2, yR - 44, 'Dott. Giuseppe Cirrito')
c.setFont('Helvetica', 9.6); c.drawString(LM + CW + GAP, yR - 80, 'Collesano, 15/04/2026')
# 4) left column
col(LM, top, left)
# column rule
c.setLineWidth(0.3); c.line(LM + CW + GAP / 2, top + 10, LM + CW + GAP / 2, 120)
# 5) title block
c.setFillColorRGB(0.08, 0.16, 0.43); c.rect(LM, H - 268, RM - LM, 62, stroke=0, fill=1); c.setFillColorRGB(1, 1, 1)
c.setFont('Helvetica-Bold', 20); c.drawCentredString(W / 2, H - 228, 'AVVISO')
c.setFont('Helvetica-Bold', 11); c.drawCentredString(W / 2, H - 252, 'ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO – ANNO SCOLASTICO 2026/2027')
c.setFillColorRGB(0, 0, 0)
c.setFont('Helvetica-Bold', 9.5); c.drawCentredString(W / 2, H - 186, 'AREA AMMINISTRATIVA – SERVIZIO PUBBLICA ISTRUZIONE')
# 6) the picture and its caption
c.drawImage(ImageReader('12-stemma-collesano.png'), LM, H - 150, width=RM - LM, height=(RM - LM) * 230 / 1500)
c.setFont('Helvetica-Oblique', 8.5); c.drawCentredString(W / 2, H - 164, 'Comune di Collesano – Città Metropolitana di Palermo')
c.showPage(); c.save()
