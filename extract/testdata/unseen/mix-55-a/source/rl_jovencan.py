# Ordonnance du Syndic / Ordinanza del Sindaco, Commune de Jovençan (Vallée d'Aoste).
# French text, then the Italian text, one under the other. Every glyph is placed
# on its own (one Tj per character at computed x), headings letter-spaced, and the
# Albo stamp is rotated 90 degrees along the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSerif-Italic.ttf'))
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Ordinanza n. 4/2026'); c.setAuthor('Commune de Jovençan')
LM, RM = 2.6 * cm, W - 2.0 * cm

def glyphs(x, y, s, font='LS', size=10.5, extra=0.0):
    """draw each character on its own, like some report engines do"""
    for ch in s:
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + extra
    return x

def centred(y, s, font='LSB', size=12, extra=0.0):
    w = sum(pdfmetrics.stringWidth(ch, font, size) + extra for ch in s) - extra
    glyphs((W - w) / 2 + 0.3 * cm, y, s, font, size, extra)

def para(y, text, font='LS', size=10.5, lead=14, indent=0, just=True):
    words = text.split()
    maxw = RM - LM - indent
    line = []
    lines = []
    for w_ in words:
        t = ' '.join(line + [w_])
        if pdfmetrics.stringWidth(t, font, size) > maxw and line:
            lines.append(line); line = [w_]
        else:
            line.append(w_)
    lines.append(line)
    for i, ln in enumerate(lines):
        x = LM + indent
        if just and i < len(lines) - 1 and len(ln) > 1:
            gap = (maxw - sum(pdfmetrics.stringWidth(w_, font, size) for w_ in ln)) / (len(ln) - 1)
        else:
            gap = pdfmetrics.stringWidth(' ', font, size)
        for w_ in ln:
            x = glyphs(x, y, w_, font, size) + gap
        y -= lead
    return y - 4

def page_frame(n):
    # rotated Albo stamp along the left margin
    c.saveState()
    c.translate(1.2 * cm, 4 * cm); c.rotate(90)
    c.setFillColor(colors.HexColor('#8a1c1c')); c.setStrokeColor(colors.HexColor('#8a1c1c'))
    c.rect(-0.2 * cm, -0.45 * cm, 21.4 * cm, 0.85 * cm, stroke=1, fill=0)
    c.setFont('LS', 7.5)
    c.drawString(0, 0, 'ALBO PRETORIO ON LINE – Commune de Jovençan – Pubblicato dal 11/03/2026 al 26/03/2026 – n. 62 Reg. Pubbl. – Copia conforme all’originale')
    c.restoreState()
    c.setFont('LS', 8); c.drawCentredString(W / 2, 1.2 * cm, 'Hameau Les Adam, 1 – 11020 Jovençan (AO) – www.comune.jovencan.ao.it – %d/2' % n)

page_frame(1)
# letterhead: two languages
c.setFillColor(colors.HexColor('#1b3a6b'))
c.circle(W / 2, H - 2.0 * cm, 0.7 * cm, stroke=0, fill=1)
c.setFillColor(colors.black)
glyphs(LM, H - 1.9 * cm, 'COMMUNE DE JOVENÇAN', 'LSB', 13, 0.8)
glyphs(W / 2 + 1.2 * cm, H - 1.9 * cm, 'COMUNE DI JOVENÇAN', 'LSB', 13, 0.8)
glyphs(LM, H - 2.4 * cm, 'Région Autonome Vallée d’Aoste', 'LSI', 9)
glyphs(W / 2 + 1.2 * cm, H - 2.4 * cm, 'Regione Autonoma Valle d’Aosta', 'LSI', 9)
c.line(LM, H - 2.9 * cm, RM, H - 2.9 * cm)
y = H - 3.8 * cm
centred(y, 'ORDONNANCE DU SYNDIC N° 4 DU 11 MARS 2026', 'LSB', 12, 0.6); y -= 16
centred(y, 'ORDINANZA DEL SINDACO N. 4 DELL’11 MARZO 2026', 'LSB', 12, 0.6); y -= 24
y = para(y, 'Objet : Interdiction temporaire de la circulation et du stationnement sur la route communale de Pompiod en raison des travaux de réfection de la chaussée.', 'LSB', 10.5)
y = para(y, 'Oggetto: Divieto temporaneo di transito e di sosta sulla strada comunale di Pompiod per lavori di rifacimento della pavimentazione stradale.', 'LSB', 10.5)
y -= 6
centred(y, 'L E   S Y N D I C', 'LSB', 11); y -= 18
for t in ['Vu la demande de l’entreprise Costruzioni Perrin s.r.l. d’Aoste, enregistrée sous le n° 1021 du 5 mars 2026, chargée des travaux de réfection de la chaussée de la route communale de Pompiod ;',
          'Considérant qu’il est nécessaire, pour la sécurité de la circulation et des ouvriers, d’interdire le passage des véhicules pendant la durée des travaux ;',
          'Vu les articles 5, 6 et 7 du décret législatif n° 285 du 30 avril 1992 (Code de la route) et la loi régionale n° 54 du 7 décembre 1998 ;']:
    y = para(y, t)
centred(y, 'O R D O N N E', 'LSB', 11); y -= 18
for i, t in enumerate(['l’interdiction de la circulation de tous les véhicules sur la route communale de Pompiod, du croisement avec la route régionale n° 20 jusqu’au hameau de Pompiod, du 16 au 27 mars 2026, de 8 h à 18 h ;',
                       'l’interdiction de stationnement, avec enlèvement forcé, sur le même tronçon pendant la même période ;',
                       'l’entreprise susmentionnée est tenue de mettre en place la signalisation prévue par le Code de la route.'], 1):
    y = para(y, '%d. %s' % (i, t), indent=0.4 * cm)
y -= 4
y = para(y, 'Contre la présente ordonnance, il peut être formé un recours devant le Tribunal administratif régional de la Vallée d’Aoste dans un délai de 60 jours.', 'LSI', 10)
c.showPage()

page_frame(2)
y = H - 2.2 * cm
centred(y, 'I L   S I N D A C O', 'LSB', 11); y -= 18
for t in ['Vista la richiesta dell’impresa Costruzioni Perrin s.r.l. di Aosta, acquisita al protocollo n. 1021 del 5 marzo 2026, esecutrice dei lavori di rifacimento della pavimentazione della strada comunale di Pompiod;',
          'Considerato che, per la sicurezza della circolazione e degli operai, è necessario vietare il transito dei veicoli per la durata dei lavori;',
          'Visti gli articoli 5, 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della strada) e la legge regionale 7 dicembre 1998, n. 54;']:
    y = para(y, t)
centred(y, 'O R D I N A', 'LSB', 11); y -= 18
for i, t in enumerate(['il divieto di transito a tutti i veicoli sulla strada comunale di Pompiod, dall’incrocio con la strada regionale n. 20 fino alla frazione Pompiod, dal 16 al 27 marzo 2026, dalle ore 8 alle ore 18;',
                       'il divieto di sosta, con rimozione forzata, nel medesimo tratto e nel medesimo periodo;',
                       'all’impresa sopra indicata di installare la segnaletica prevista dal Codice della strada.'], 1):
    y = para(y, '%d. %s' % (i, t), indent=0.4 * cm)
y -= 4
y = para(y, 'Avverso la presente ordinanza è ammesso ricorso al Tribunale amministrativo regionale della Valle d’Aosta entro 60 giorni.', 'LSI', 10)
y -= 16
glyphs(LM, y, 'Jovençan, le 11 mars 2026 / lì 11 marzo 2026'); y -= 34
glyphs(W / 2 + 1 * cm, y, 'Le Syndic / Il Sindaco', 'LS', 10.5); y -= 15
glyphs(W / 2 + 1 * cm, y, 'Ivo Chenal', 'LSB', 10.5); y -= 13
glyphs(W / 2 + 1 * cm, y, '(signé numériquement / firmato digitalmente)', 'LSI', 8)
c.showPage(); c.save()
