#!/usr/bin/env python3
"""Neive, determinazione of the Area Tecnica, Area number 121 of 20/12/2028 and
general register n. 733 of 21/12/2028, "Cartesio" house style, drawn by a
ReportLab canvas the way some report engines write text: every glyph placed on
its own with no space characters, justified lines spread by moving the glyphs,
a letter-spaced heading. The general register number and date stand only in
the running foot of every page; from page 2 a running head repeats the
subject, cut short. The subject's last line carries the amount."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
L, R = 22*mm, W - 20*mm
WIDTH = R - L
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Determinazione AT n. 121/2028')
c.setCreator('Cartesio Suite - modulo Atti 9.4')
c.setAuthor('Comune di Neive')
PAGES = 2
state = {'page': 1, 'y': 0}


def glyphs(x, y, s, font, size, gap=0.0, extra_space=0.0):
    """Place each glyph alone; spaces are not written, only skipped."""
    t = c.beginText()
    t.setFont(font, size)
    for ch in s:
        w = stringWidth(ch, font, size)
        if ch == ' ':
            x += w + extra_space + gap
            continue
        t.setTextOrigin(x, y)
        t.textOut(ch)
        x += w + gap
    c.drawText(t)


def centre(y, s, font, size, gap=0.0):
    w = stringWidth(s, font, size) + gap * (len(s) - 1)
    glyphs((W - w) / 2, y, s, font, size, gap)


def wrap(text, font, size, width):
    lines, cur = [], ''
    for w in text.split():
        trial = (cur + ' ' + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    return lines


def para(text, font='Helvetica', size=10.5, lead=14, x=L, width=WIDTH, justify=True, after=4):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        need_page(lead)
        extra = 0.0
        if justify and i < len(lines) - 1 and ln.count(' '):
            extra = (width - stringWidth(ln, font, size)) / ln.count(' ')
        glyphs(x, state['y'], ln, font, size, extra_space=extra)
        state['y'] -= lead
    state['y'] -= after


def need_page(h):
    if state['y'] - h < 26*mm:
        foot()
        c.showPage()
        state['page'] += 1
        head_later()


def foot():
    c.setLineWidth(0.5)
    c.line(L, 18*mm, R, 18*mm)
    glyphs(L, 13*mm, 'Registro Generale n. 733 del 21/12/2028', 'Helvetica-Bold', 8)
    glyphs(R - 26*mm, 13*mm, 'Pagina %d di %d' % (state['page'], PAGES), 'Helvetica', 8)
    glyphs(L, 9*mm, 'Cartesio Suite – Atti – DET/AT', 'Helvetica', 6.5)


def head_later():
    glyphs(L, H - 14*mm, 'Comune di Neive – Determinazione AT n. 121/2028', 'Helvetica-Bold', 8)
    glyphs(L, H - 18*mm, 'Oggetto: Fornitura e posa in opera di segnaletica stradale verticale e orizzontale nel '
           'concentrico e nella frazione Borgonuovo…', 'Helvetica-Oblique', 7.5)
    c.setLineWidth(0.4)
    c.line(L, H - 20*mm, R, H - 20*mm)
    state['y'] = H - 30*mm


# --- page 1 letterhead ---
c.setLineWidth(1)
c.circle(L + 8*mm, H - 24*mm, 8*mm)
glyphs(L + 3.2*mm, H - 25*mm, 'NEIVE', 'Helvetica-Bold', 6)
glyphs(L + 21*mm, H - 21*mm, 'COMUNE DI NEIVE', 'Helvetica-Bold', 16, gap=1.2)
glyphs(L + 21*mm, H - 27*mm, 'Provincia di Cuneo', 'Helvetica-Oblique', 10)
glyphs(L + 21*mm, H - 31.5*mm, 'Via Rocca, 1 – 12052 Neive (CN) – neive@cert.ruparpiemonte.it', 'Helvetica', 7.5)
c.setLineWidth(1.2)
c.line(L, H - 36*mm, R, H - 36*mm)
state['y'] = H - 46*mm
centre(state['y'], 'AREA TECNICA', 'Helvetica-Bold', 12, gap=0.8)
state['y'] -= 14
centre(state['y'], 'Servizio Manutenzioni e Patrimonio', 'Helvetica', 10.5)
state['y'] -= 22
centre(state['y'], "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", 'Helvetica-Bold', 11)
state['y'] -= 14
centre(state['y'], 'n. 121 del 20/12/2028', 'Helvetica', 10.5)
state['y'] -= 22

# subject in a grey band, label on the first line, amount on the last
subj = wrap('Fornitura e posa in opera di segnaletica stradale verticale e orizzontale nel concentrico e '
            'nella frazione Borgonuovo. Affidamento diretto alla ditta Segnal Langhe S.r.l. di Alba.',
            'Helvetica-Bold', 10, WIDTH - 26*mm) + ['Impegno di spesa di € 18.605,40 IVA compresa.']
band_h = 14 * len(subj) + 8
c.setFillGray(0.9)
c.rect(L, state['y'] - band_h + 12, WIDTH, band_h, stroke=0, fill=1)
c.setFillGray(0)
glyphs(L + 2*mm, state['y'], 'OGGETTO:', 'Helvetica-Bold', 10.5)
for ln in subj:
    glyphs(L + 23*mm, state['y'], ln, 'Helvetica-Bold', 10)
    state['y'] -= 14
state['y'] -= 16

centre(state['y'], "IL RESPONSABILE DELL'AREA TECNICA", 'Helvetica-Bold', 10.5)
state['y'] -= 20
for t in [
    "Premesso che la segnaletica stradale del concentrico e della frazione Borgonuovo risulta in più punti "
    "deteriorata e non conforme al Regolamento di esecuzione del Codice della Strada (D.P.R. 495/1992), con "
    "particolare riguardo agli attraversamenti pedonali in prossimità del plesso scolastico e della stazione "
    "ferroviaria;",
    "Vista la deliberazione della Giunta Comunale n. 88 del 23/11/2028, con la quale è stato assegnato al "
    "Responsabile dell'Area Tecnica l'obiettivo di rinnovo della segnaletica entro il 31/03/2029, con uno "
    "stanziamento di € 19.000,00;",
    "Visto il preventivo presentato dalla ditta Segnal Langhe S.r.l., con sede in Alba (CN), Corso Piave 44, "
    "P.IVA 03718250041, acquisito al prot. n. 8102 del 15/12/2028, per l'importo di € 15.250,33 oltre IVA, "
    "ritenuto congruo in relazione ai prezzi del Prezzario della Regione Piemonte 2028;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto "
    "di servizi e forniture di importo inferiore a € 140.000,00;",
    "Verificata la regolarità contributiva della ditta (DURC prot. INAIL_51847123, valido fino al 02/04/2029) "
    "e acquisito il CIG B71C4D2E90;",
    "Visti gli artt. 107, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 4 del "
    "02/01/2028 di nomina del Responsabile dell'Area Tecnica;"]:
    para(t)

need_page(40)
state['y'] -= 6
centre(state['y'], 'DETERMINA', 'Helvetica-Bold', 11, gap=4)
state['y'] -= 20
pts = [
    "di affidare alla ditta Segnal Langhe S.r.l. di Alba la fornitura e posa in opera di segnaletica stradale "
    "verticale e orizzontale nel concentrico e nella frazione Borgonuovo, per l'importo di € 15.250,33 oltre "
    "IVA 22%, per complessivi € 18.605,40;",
    "di impegnare la somma di € 18.605,40 alla Missione 10 Programma 05 Cap. 2815/2 del bilancio di "
    "previsione 2028/2030, esercizio 2028, esigibilità 2029;",
    "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che la ditta dovrà ultimare la fornitura entro 60 giorni dalla comunicazione di "
    "affidamento;",
    "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile."]
for i, t in enumerate(pts, 1):
    need_page(28)
    glyphs(L + 2*mm, state['y'], '%d.' % i, 'Helvetica', 10.5)
    para(t, x=L + 9*mm, width=WIDTH - 9*mm)

need_page(70)
state['y'] -= 14
glyphs(L, state['y'], 'Neive, 20/12/2028', 'Helvetica', 10.5)
glyphs(L + 95*mm, state['y'], "IL RESPONSABILE DELL'AREA TECNICA", 'Helvetica-Bold', 10)
state['y'] -= 14
glyphs(L + 107*mm, state['y'], 'arch. Davide Marengo', 'Helvetica-Oblique', 10.5)
state['y'] -= 30
c.setLineWidth(0.6)
c.rect(L, state['y'] - 48, WIDTH, 60)
glyphs(L + 3*mm, state['y'], 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'Helvetica-Bold', 9)
state['y'] -= 14
glyphs(L + 3*mm, state['y'], 'Impegno n. 1266/2028 – Cap. 2815/2 – € 18.605,40 – registrato il 21/12/2028.',
       'Helvetica', 9)
state['y'] -= 14
glyphs(L + 3*mm, state['y'], 'Neive, 21/12/2028', 'Helvetica', 9)
glyphs(L + 95*mm, state['y'], 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO', 'Helvetica-Bold', 8.5)
state['y'] -= 12
glyphs(L + 112*mm, state['y'], 'Rag. Piera Bosio', 'Helvetica-Oblique', 9)
foot()
assert state['page'] == PAGES, state['page']
c.save()
