#!/usr/bin/env python3
"""Comune di Vaglio Basilicata - ordinanza sindacale n. 9 del 02/04/2026.
Every glyph is placed on its own (one Tm per character, as some report
engines emit it); the page content is written bottom-up (signature and
publication box first, letterhead last); the Albo stamp runs rotated along
the left margin."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from pdfjust import wrap

out = sys.argv[1]
pdfmetrics.registerFont(TTFont('T', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('TB', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('S', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))

L, R = 25 * mm, A4[0] - 20 * mm
W = R - L
ops = []  # drawing operations of the current page, replayed in reverse


def glyphs(x, y, text, font, size, extra=0.0):
    """one text object per glyph, with its own absolute position"""
    def op(c, x=x, y=y, text=text, font=font, size=size, extra=extra):
        cx = x
        for ch in text:
            if ch != ' ':
                t = c.beginText()
                t.setFont(font, size)
                t.setTextOrigin(cx, y)
                t.textOut(ch)
                c.drawText(t)
            cx += stringWidth(ch, font, size) + extra
    ops.append(op)


def centred(y, text, font, size):
    glyphs(L + (W - stringWidth(text, font, size)) / 2, y, text, font, size)


def jpara(y, text, font='T', size=10, lead=13.5, indent=0):
    lines = wrap(text, font, size, W - indent)
    for i, line in enumerate(lines):
        words = line.split(' ')
        x0 = L + (indent if i == 0 else 0)
        w = W - (indent if i == 0 else 0)
        if i < len(lines) - 1 and len(words) > 1:
            gap = (w - stringWidth(line.replace(' ', ''), font, size)) / (len(words) - 1)
        else:
            gap = stringWidth(' ', font, size)
        cx = x0
        for wd in words:
            glyphs(cx, y, wd, font, size)
            cx += stringWidth(wd, font, size) + gap
        y -= lead
    return y


c = canvas.Canvas(out, pagesize=A4)
c.setTitle('ORDINANZA N. 9 - 2026')
c.setCreator('HyperSIC - Atti')


def flush(pageno, total):
    # publication stamp, rotated, along the left margin
    def stamp(c):
        c.saveState()
        c.translate(12 * mm, 60 * mm)
        c.rotate(90)
        c.setStrokeColor(colors.HexColor('#1f3f8f'))
        c.setFillColor(colors.HexColor('#1f3f8f'))
        c.rect(-2 * mm, -3 * mm, 178 * mm, 9 * mm)
        c.setFont('S', 7.5)
        c.drawString(0, 2.6 * mm, 'COMUNE DI VAGLIO BASILICATA - ALBO PRETORIO ON LINE - Reg. Pubbl. n. 311')
        c.drawString(0, -1 * mm, 'Pubblicato dal 02/04/2026 al 17/04/2026 - documento firmato digitalmente')
        c.restoreState()
    ops.append(stamp)

    def foot(c, pageno=pageno, total=total):
        c.setFont('S', 7)
        c.drawCentredString(L + W / 2, 12 * mm, 'Ordinanza n. 9 del 02/04/2026 - pag. %d di %d' % (pageno, total))
    ops.append(foot)
    for op in reversed(ops):
        op(c)
    ops.clear()
    c.showPage()


# ---- page 1
y = A4[1] - 20 * mm
centred(y, 'COMUNE DI VAGLIO BASILICATA', 'TB', 15)
y -= 6 * mm
centred(y, 'PROVINCIA DI POTENZA', 'T', 9.5)
y -= 4.5 * mm
centred(y, 'Piazza Cesare Battisti, 1 - 85010 Vaglio Basilicata (PZ) - tel. 0971 487011', 'T', 8)
ops.append(lambda c: c.line(L, A4[1] - 34 * mm, R, A4[1] - 34 * mm))
y = A4[1] - 45 * mm
centred(y, 'ORDINANZA SINDACALE', 'TB', 13)
y -= 6 * mm
centred(y, 'N. 9 DEL 02/04/2026', 'TB', 11)
y -= 11 * mm
glyphs(L, y, 'OGGETTO:', 'TB', 10)
subj = ("Divieto di transito e di sosta in via Nazionale e in largo San Pietro per i lavori di "
        "sostituzione della condotta idrica, dal 7 al 30 aprile 2026.")
yy = y
for line in wrap(subj, 'TB', 10, W - 22 * mm):
    glyphs(L + 22 * mm, yy, line, 'TB', 10)
    yy -= 13.5
y = yy - 8
centred(y, 'IL SINDACO', 'TB', 11)
y -= 9 * mm
for p in [
    "VISTA la nota prot. n. 2714 del 27 marzo 2026 con la quale Acquedotto Lucano S.p.A. comunica l'avvio dei lavori di "
    "sostituzione della condotta idrica di distribuzione in via Nazionale, nel tratto compreso tra l'intersezione con "
    "via Garibaldi e largo San Pietro, e chiede l'adozione dei provvedimenti di disciplina della circolazione;",
    "CONSIDERATO che l'esecuzione dei lavori comporta l'occupazione dell'intera carreggiata e che occorre pertanto "
    "interdire il transito e la sosta dei veicoli a tutela della pubblica incolumità;",
    "SENTITO il Comandante della Polizia Locale, che ha indicato il percorso alternativo per via Roma e via Fontana "
    "Vecchia;",
    "VISTI gli articoli 5, 6 e 7 del Codice della Strada (D.Lgs. 30 aprile 1992, n. 285) e il relativo regolamento di "
    "esecuzione, nonché l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
]:
    y = jpara(y, p) - 5
y -= 4
centred(y, 'O R D I N A', 'TB', 12)
y -= 9 * mm
bul = [
    "dalle ore 7:00 del 7 aprile 2026 alle ore 19:00 del 30 aprile 2026 il divieto di transito a tutti i veicoli in "
    "via Nazionale, nel tratto compreso tra via Garibaldi e largo San Pietro, eccetto i mezzi dell'impresa esecutrice "
    "e quelli di soccorso;",
    "per lo stesso periodo il divieto di sosta con rimozione forzata su ambo i lati di largo San Pietro;",
    "all'impresa esecutrice Lucana Reti S.r.l. di installare e mantenere la segnaletica di cantiere prescritta e la "
    "segnaletica di preavviso del percorso alternativo per via Roma e via Fontana Vecchia.",
]
for b in bul:
    glyphs(L + 2 * mm, y, '\u2022', 'T', 10)
    W0 = W
    lines = wrap(b, 'T', 10, W - 8 * mm)
    for i, line in enumerate(lines):
        glyphs(L + 8 * mm, y, line, 'T', 10)
        y -= 13.5
    y -= 4
flush(1, 2)

# ---- page 2
y = A4[1] - 22 * mm
centred(y, 'D I S P O N E', 'TB', 12)
y -= 9 * mm
for p in [
    "che la Polizia Locale e le altre forze dell'ordine siano incaricate di far osservare la presente ordinanza, che è "
    "resa nota mediante pubblicazione all'Albo pretorio on line e l'apposizione della prescritta segnaletica.",
    "AVVERTE che contro il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale della "
    "Basilicata entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro "
    "120 giorni, nonché ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, "
    "del D.Lgs. n. 285/1992.",
]:
    y = jpara(y, p) - 6
y -= 6
glyphs(L, y, 'Dalla Residenza Municipale, 02/04/2026', 'T', 10)
y -= 14 * mm
glyphs(L + W / 2 + 20 * mm, y, 'IL SINDACO', 'TB', 10.5)
y -= 6 * mm
glyphs(L + W / 2 + 8 * mm, y, 'Dott. Giuseppe Lorusso', 'T', 10.5)
y -= 5 * mm
glyphs(L + W / 2 - 4 * mm, y, 'firmato digitalmente ai sensi del D.Lgs. 82/2005', 'T', 7.5)
flush(2, 2)
c.save()
