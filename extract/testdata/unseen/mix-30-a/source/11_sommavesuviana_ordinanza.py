# Comune di Somma Vesuviana, ordinanza sindacale n. 9 of 17/02/2026.
# Awkward text layer, normal page: letterhead, register box and running foot are Form XObjects
# reused on every page; the heading is letter-spaced with Tc; each page's blocks are laid out in
# reading order but painted in a different order (dispositive part first, premises last).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

out = sys.argv[1]
PW, PH = A4
XL, XR = 70, PW - 62
TW = XR - XL
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Ordinanza sindacale n. 9/2026')
c.setCreator('Protocollo e Atti - Ordinanze')

# ---- reusable forms
c.beginForm('letterhead')
c.setFillColorRGB(0.12, 0.27, 0.52)
c.circle(XL + 22, PH - 62, 20, stroke=0, fill=1)
c.setFillColorRGB(1, 1, 1)
c.setFont('Times-Bold', 13)
c.drawCentredString(XL + 22, PH - 66, 'SV')
c.setFillColorRGB(0.12, 0.27, 0.52)
c.setFont('Times-Bold', 18)
c.drawString(XL + 54, PH - 58, 'COMUNE DI SOMMA VESUVIANA')
c.setFont('Times-Italic', 10.5)
c.drawString(XL + 54, PH - 72, 'Città Metropolitana di Napoli')
c.setFont('Times-Roman', 8)
c.drawString(XL + 54, PH - 83, 'Piazza Vittorio Emanuele III – 80049 Somma Vesuviana (NA) – protocollo@pec.comune.sommavesuviana.na.it')
c.setStrokeColorRGB(0.12, 0.27, 0.52)
c.setLineWidth(1.2)
c.line(XL, PH - 92, XR, PH - 92)
c.endForm()

c.beginForm('regbox')
c.setStrokeGray(0)
c.setFillGray(0)
c.setLineWidth(0.6)
c.rect(XR - 170, PH - 128, 170, 28)
c.setFont('Helvetica-Bold', 9)
c.drawCentredString(XR - 85, PH - 112, 'ORDINANZA N. 9')
c.setFont('Helvetica', 8.5)
c.drawCentredString(XR - 85, PH - 123, 'del 17/02/2026')
c.setFont('Helvetica', 8)
c.drawString(XL, PH - 112, 'Settore Polizia Locale e Protezione Civile')
c.drawString(XL, PH - 123, 'Prot. n. 6218 del 17/02/2026')
c.endForm()

c.beginForm('foot')
c.setFont('Helvetica', 7)
c.setFillGray(0.3)
c.drawString(XL, 30, 'Comune di Somma Vesuviana – Ordinanza sindacale n. 9 del 17/02/2026 – documento firmato digitalmente')
c.setLineWidth(0.3)
c.setStrokeGray(0.3)
c.line(XL, 40, XR, 40)
c.endForm()

body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11.5, leading=14.6, alignment=TA_JUSTIFY,
                      spaceAfter=4)
bullet = ParagraphStyle('bl', parent=body, leftIndent=18, bulletIndent=4)
ctr = ParagraphStyle('c', fontName='Times-Bold', fontSize=12.5, leading=16, alignment=TA_CENTER)


def flow(items, y0, ybot):
    """lay out (kind, payload) items from y0 down; return placed blocks and leftovers"""
    placed, y = [], y0
    for n, (k, p) in enumerate(items):
        if k == 'gap':
            y -= p
            continue
        w, h = p.wrap(TW, 1000)
        if y - h < ybot:
            return placed, items[n:]
        placed.append((p, XL, y - h, k))
        y -= h + p.getSpaceAfter()
    return placed, []


def P(t, st=body, **kw):
    return Paragraph(t, st, **kw)


items = [
    ('title', None), ('gap', 36),
    ('subj', P('<b>OGGETTO:</b> Chiusura delle scuole di ogni ordine e grado, dei parchi e dei cimiteri comunali '
               'per il giorno 18 febbraio 2026 – Allerta meteo di livello arancione.', body)),
    ('gap', 8),
    ('prem', P('IL SINDACO', ctr)), ('gap', 4),
    ('prem', P("<b>Visto</b> l'avviso regionale di allerta meteo n. 012/2026 emesso in data 17/02/2026 dalla "
               "Protezione Civile della Regione Campania, che dichiara per la Zona di allerta 3 (Penisola sorrentino-"
               "amalfitana, Monti di Sarno e Monti Picentini) e per la Zona 1 (Piana campana, Napoli, Isole, Area "
               "vesuviana) il livello di allerta <b>ARANCIONE</b> dalle ore 00:00 alle ore 23:59 del 18/02/2026 per "
               "precipitazioni a carattere di rovescio o temporale, anche di forte intensità, e venti forti;")),
    ('prem', P("<b>Considerato</b> che le condizioni meteorologiche previste possono determinare allagamenti, "
               "caduta di alberi e rami, scorrimento di fango e detriti lungo gli alvei e i valloni del versante del "
               "Monte Somma, con rischio per l'incolumità della popolazione scolastica e dei frequentatori delle aree "
               "verdi;")),
    ('prem', P("<b>Sentito</b> il Centro Operativo Comunale, attivato con decreto sindacale n. 4 del 17/02/2026;")),
    ('prem', P("<b>Visti</b> l'art. 50, commi 5 e 6, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267, nonché "
               "l'art. 6 del D.Lgs. 2 gennaio 2018, n. 1;")),
    ('gap', 6),
    ('ord', P('O R D I N A', ctr)), ('gap', 4),
    ('ord', P("la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, presenti sul territorio "
              "comunale, compresi gli asili nido e i servizi educativi per l'infanzia, per l'intera giornata del "
              "18 febbraio 2026;", bullet, bulletText='•')),
    ('ord', P("la chiusura al pubblico dei parchi, delle ville e dei giardini comunali, nonché delle aree "
              "attrezzate per lo sport all'aperto, per la medesima giornata;", bullet, bulletText='•')),
    ('ord', P("la chiusura dei cimiteri comunali di Via Santa Maria a Castello e di Via Cupa Carcavone per la "
              "medesima giornata.", bullet, bulletText='•')),
    ('gap', 6),
    ('disp', P('D I S P O N E', ctr)), ('gap', 4),
    ('disp', P("che la presente ordinanza sia pubblicata all'Albo pretorio on line e sul sito istituzionale "
               "dell'Ente e trasmessa alla Prefettura di Napoli, all'Ufficio Scolastico Regionale, ai Dirigenti "
               "scolastici degli istituti del territorio, al Comando di Polizia Locale e alla Stazione dei "
               "Carabinieri di Somma Vesuviana, per quanto di rispettiva competenza.")),
    ('gap', 6),
    ('disp', P('A V V E R T E', ctr)), ('gap', 4),
    ('disp', P("che avverso il presente provvedimento è ammesso ricorso al T.A.R. Campania entro 60 giorni dalla "
               "pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")),
    ('gap', 18),
    ('sign', P("Somma Vesuviana, 17/02/2026", body)),
    ('sign', P("<b>IL SINDACO</b><br/>Avv. Salvatore Di Sarno", ParagraphStyle('s', parent=body,
                                                                                alignment=TA_CENTER, leftIndent=240))),
]


class Title:
    """letter-spaced heading drawn with Tc"""
    def wrap(self, w, h):
        return w, 22

    def getSpaceAfter(self):
        return 0

    def drawOn(self, cv, x, y):
        t = cv.beginText()
        t.setFont('Helvetica-Bold', 15)
        t.setCharSpace(5.5)
        s = 'ORDINANZA SINDACALE'
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(s, 'Helvetica-Bold', 15) + 5.5 * (len(s) - 1)
        t.setTextOrigin((PW - w) / 2, y + 4)
        t.textOut(s)
        t.setCharSpace(0)
        cv.drawText(t)


items[0] = ('title', Title())
pageno = 0
rest = items
ORDER = ['foot', 'ord', 'disp', 'sign', 'letterhead', 'regbox', 'subj', 'prem', 'title']
while rest:
    pageno += 1
    top = PH - 160 if pageno == 1 else PH - 140
    placed, rest = flow(rest, top, 60)
    for what in ORDER:
        if what in ('foot', 'letterhead', 'regbox'):
            c.doForm(what)
        for p, x, y, k in placed:
            if k == what:
                p.drawOn(c, x, y)
    c.showPage()
c.save()
