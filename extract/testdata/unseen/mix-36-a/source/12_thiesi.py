#!/usr/bin/env python3
# Unnumbered notice with an awkward text layer: the letterhead is a picture (the body's name is pixels)
# with a caption set as text under it; the title is letter-spaced with Tc; the body runs in two columns
# and the right column is drawn before the left one; the heading is drawn last.
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/'
# --- header picture ---
im = Image.new('RGB', (1500, 260), 'white'); dr = ImageDraw.Draw(im)
dr.polygon([(60, 30), (200, 30), (200, 150), (130, 225), (60, 150)], fill=(30, 70, 140))
dr.polygon([(80, 50), (180, 50), (180, 140), (130, 195), (80, 140)], fill=(200, 170, 40))
dr.rectangle((115, 75, 145, 170), fill=(30, 70, 140))
f1 = ImageFont.truetype(FD + 'liberation/LiberationSerif-Bold.ttf', 96)
f2 = ImageFont.truetype(FD + 'liberation/LiberationSerif-Italic.ttf', 44)
dr.text((250, 40), 'COMUNE DI THIESI', font=f1, fill=(30, 70, 140))
dr.text((255, 160), 'Comunu de Tiesi', font=f2, fill=(90, 90, 90))
im.save('/tmp/12_thiesi_head.png')
pdfmetrics.registerFont(TTFont('LS', FD + 'liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', FD + 'liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', FD + 'liberation/LiberationSans-Italic.ttf'))
W, H = A4; L, R = 54, W - 54; GAP = 22; CW = (R - L - GAP) / 2
c = canvas.Canvas('../avviso-thiesi-apkappa.pdf', pagesize=A4)
c.setCreator('APKappa Hypersic – Albo on line'); c.setTitle('Avviso raccolta differenziata Pasqua 2026')

def wrap(text, font, size, width):
    out = []
    for para in text.split('\n'):
        words, cur = para.split(), []
        for w in words:
            if cur and pdfmetrics.stringWidth(' '.join(cur + [w]), font, size) > width:
                out.append(' '.join(cur)); cur = [w]
            else: cur.append(w)
        out.append(' '.join(cur))
    return out

def column(x, y, items):
    ops = []
    for kind, text in items:
        if kind == 'h':
            ops.append((x, y, text, 'LSB', 10)); y -= 15
        elif kind == 'sp':
            y -= 6
        elif kind == 'row':
            a, b = text
            ops.append((x + 4, y, a, 'LSB', 9.5)); 
            for ln in wrap(b, 'LS', 9.5, CW - 92):
                ops.append((x + 92, y, ln, 'LS', 9.5)); y -= 12.5
            y -= 3
        else:
            for ln in wrap(text, 'LS', 9.8, CW):
                ops.append((x, y, ln, 'LS', 9.8)); y -= 13
            y -= 5
    return ops, y

left = [
 ('p', 'Si informa la cittadinanza che, in occasione delle festività pasquali, il calendario del servizio di raccolta differenziata porta a porta dei rifiuti urbani subisce le variazioni di seguito indicate, concordate con il gestore del servizio.'),
 ('h', 'UTENZE DOMESTICHE'),
 ('row', ('Ven. 3 aprile', 'raccolta regolare della frazione organica e del vetro.')),
 ('row', ('Sab. 4 aprile', 'raccolta della carta e del cartone anticipata dalle ore 6:00.')),
 ('row', ('Lun. 6 aprile', '(Lunedì dell\'Angelo) raccolta dell\'organico e del secco residuo NON effettuata: recupero martedì 7 aprile.')),
 ('row', ('Mar. 7 aprile', 'organico, secco residuo e plastica.')),
 ('sp', ''),
 ('p', 'I contenitori devono essere esposti su suolo pubblico, davanti alla propria abitazione, entro le ore 6:00 del giorno di raccolta e ritirati entro la stessa giornata.'),
]
right = [
 ('h', 'UTENZE NON DOMESTICHE'),
 ('p', 'Per bar, ristoranti, agriturismi e attività alimentari la raccolta del vetro e dell\'organico di lunedì 6 aprile è garantita con un unico passaggio dalle ore 7:00 alle ore 11:00.'),
 ('h', 'ECOCENTRO COMUNALE'),
 ('p', 'L\'Ecocentro di località Su Pianu resterà chiuso domenica 5 e lunedì 6 aprile 2026; sabato 4 aprile osserverà l\'orario continuato 8:00 – 14:00.'),
 ('h', 'INFORMAZIONI'),
 ('p', 'Numero verde del gestore 800 123 879 (da rete fissa e mobile, dal lunedì al sabato, ore 8:00 – 14:00); Ufficio Ambiente del Comune, tel. 079 8793040, ambiente@comune.thiesi.ss.it.'),
 ('p', 'Si ringrazia la cittadinanza per la collaborazione.'),
]
ytop = H - 262
rops, ry = column(L + CW + GAP, ytop, right)
lops, ly = column(L, ytop, left)
def draw(ops):
    for x, y, t, f, s in ops:
        c.setFont(f, s); c.drawString(x, y, t)
# 1) footer and signature, 2) right column, 3) left column, 4) rule, 5) title and heading
ybot = min(ry, ly) - 20
c.setFont('LS', 10); c.drawString(L, ybot, 'Thiesi, 16 marzo 2026')
c.setFont('LSB', 10); c.drawCentredString(R - 110, ybot, 'IL RESPONSABILE DEL SERVIZIO')
c.setFont('LS', 10); c.drawCentredString(R - 110, ybot - 14, 'Ing. Giovanni Maria Carta')
c.setFont('LSI', 7.5); c.drawCentredString(R - 110, ybot - 25, '(firma autografa omessa ai sensi dell\'art. 3 D.Lgs. 39/1993)')
c.setFont('LS', 7.5); c.setLineWidth(0.5); c.line(L, 48, R, 48)
c.drawCentredString(W / 2, 38, 'Comune di Thiesi – Piazza Caduti in Guerra, 1 – 07047 Thiesi (SS) – protocollo@pec.comune.thiesi.ss.it')
draw(rops); draw(lops)
c.setLineWidth(0.4); c.line(L + CW + GAP / 2, ytop + 10, L + CW + GAP / 2, min(ry, ly) + 6)
# title block
t = c.beginText(); t.setFont('LSB', 22); t.setCharSpace(9)
s = 'AVVISO'; w = pdfmetrics.stringWidth(s, 'LSB', 22) + 9 * (len(s) - 1)
t.setTextOrigin((W - w) / 2, H - 190); t.textOut(s); t.setCharSpace(0); c.drawText(t)
subj = ['Servizio di raccolta differenziata porta a porta – Variazione del calendario',
        'in occasione delle festività pasquali 2026']
c.setFont('LSB', 12)
c.drawCentredString(W / 2, H - 214, subj[0]); c.drawCentredString(W / 2, H - 229, subj[1])
# heading: picture with caption text under it
c.drawImage('/tmp/12_thiesi_head.png', L, H - 120, width=300, height=52)
c.setFont('LS', 9); c.drawString(L + 50, H - 132, 'Provincia di Sassari')
c.setFont('LSB', 9.5); c.drawRightString(R, H - 96, 'AREA TECNICA')
c.setFont('LS', 9); c.drawRightString(R, H - 109, 'Servizio Ambiente e Igiene Urbana')
c.setLineWidth(1.2); c.setStrokeColorRGB(0.12, 0.27, 0.55); c.line(L, H - 142, R, H - 142)
c.save()
