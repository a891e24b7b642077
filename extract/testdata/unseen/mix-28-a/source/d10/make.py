# Ordinanza whose every glyph is placed by its own text object (BT x y Td (c) Tj ET), justified by
# positions only (no space characters in the content stream), with the Albo's rotated stamp added
# along the left margin of every page afterwards (as an Albo software overlay would).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = '/usr/share/fonts/truetype/liberation/'
for n, f in [('LS', 'LiberationSerif-Regular.ttf'), ('LSB', 'LiberationSerif-Bold.ttf'), ('LSI', 'LiberationSerif-Italic.ttf'), ('SANS', 'LiberationSans-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
W, H = A4; LM, RM = 78, W - 60; TOP, BOT = H - 60, 70
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('Ordinanza n. 23/2026'); c.setCreator('Atti - modulo ordinanze'); c.setProducer('PDF Library 9.1')
state = {'y': TOP, 'page': 1}

def glyphs(x, y, text, font, size, gap=0.0):
    # one text object per glyph; 'gap' is extra room added after each space (justification)
    for ch in text:
        if ch != ' ':
            c.setFont(font, size); c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + (gap if ch == ' ' else 0)
    return x

def newpage():
    stamp(); footer(); c.showPage(); state['page'] += 1; state['y'] = TOP
    glyphs(LM, H - 40, 'Comune di Ronchi dei Legionari – Ordinanza n. 23 del 17/03/2026', 'LSI', 8.5)

def para(text, font='LS', size=11.5, lead=15.5, justify=True, indent=0, first=None, after=5, center=False):
    words = text.split(' ')
    width = RM - LM - indent
    lines, cur = [], []
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    lines.append(cur)
    for k, ln in enumerate(lines):
        if state['y'] < BOT: newpage()
        s = ' '.join(ln)
        x0 = LM + indent
        if k == 0 and first:
            glyphs(LM + indent - pdfmetrics.stringWidth(first + ' ', font, size), state['y'], first, font, size)
        gap = 0
        if justify and k < len(lines) - 1 and len(ln) > 1:
            gap = (width - pdfmetrics.stringWidth(s, font, size)) / (len(ln) - 1)
        if center:
            x0 = (W - pdfmetrics.stringWidth(s, font, size)) / 2
        glyphs(x0, state['y'], s, font, size, gap)
        state['y'] -= lead
    state['y'] -= after

def stamp():
    c.saveState()
    c.translate(34, 170); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.setLineWidth(0.8)
    c.rect(-4, -12, 520, 26)
    c.setFont('SANS', 7.5)
    c.drawString(0, 4, 'COMUNE DI RONCHI DEI LEGIONARI – ALBO PRETORIO ON LINE – Reg. Pubbl. n. 415/2026')
    c.setFont('LS', 7.5)
    c.drawString(0, -6, 'Pubblicato dal 18/03/2026 al 02/04/2026 – documento originale firmato digitalmente conservato presso l’Ente')
    c.restoreState()

def footer():
    c.setFillColorRGB(0, 0, 0)
    glyphs(LM, 40, 'Piazza dell’Unità d’Italia, 1 – 34077 Ronchi dei Legionari (GO)', 'LS', 8)
    glyphs(RM - 40, 40, f'Pag. {state["page"]}', 'LS', 8)

# letterhead
c.setLineWidth(0.8); c.rect(W / 2 - 16, H - 95, 32, 38)
para('COMUNE DI RONCHI DEI LEGIONARI', 'LSB', 16, 20, justify=False, center=True, after=0) if False else None
state['y'] = H - 118
para('COMUNE DI RONCHI DEI LEGIONARI', 'LSB', 16, 19, justify=False, center=True, after=0)
para('Regione Autonoma Friuli Venezia Giulia', 'LSI', 10.5, 14, justify=False, center=True, after=14)
para('ORDINANZA SINDACALE N. 23 DEL 17/03/2026', 'LSB', 13, 17, justify=False, center=True, after=10)
para('Misure urgenti per la prevenzione e il contenimento della processionaria del pino (Thaumetopoea pityocampa) sul territorio comunale.', 'LSB', 11.5, 15.5, indent=62, first='OGGETTO:', after=14)
para('IL SINDACO', 'LSB', 12, 16, justify=False, center=True, after=6)
for t in [
 'Premesso che nelle ultime settimane sono pervenute al Comando di Polizia Locale e all’Ufficio Ambiente numerose segnalazioni relative alla presenza di nidi di processionaria del pino su alberature di proprietà privata, in particolare nelle zone residenziali di via Redipuglia, via Dante e nel quartiere di Vermegliano;',
 'Considerato che le larve dell’insetto sono dotate di peli urticanti che possono provocare gravi reazioni cutanee, oculari e respiratorie nelle persone e negli animali domestici, e che il periodo di discesa dei nidi, con la conseguente dispersione delle larve, si colloca tra la fine di marzo e il mese di aprile;',
 'Visto il Decreto del Ministero delle Politiche Agricole e Forestali 30 ottobre 2007, recante disposizioni per la lotta obbligatoria contro la processionaria del pino;',
 'Sentito il parere dell’Azienda Sanitaria Universitaria Giuliano Isontina, Dipartimento di Prevenzione, acquisito al protocollo n. 6412 del 13/03/2026;',
 'Visti gli articoli 50, comma 5, e 7-bis del D.Lgs. 18 agosto 2000, n. 267;']:
    para(t)
para('ORDINA', 'LSB', 12, 16, justify=False, center=True, after=6)
para('ai proprietari, agli affittuari e ai conduttori a qualsiasi titolo di aree verdi private, giardini e parchi condominiali ricadenti nel territorio comunale:')
for l, t in [('a)', 'di effettuare entro il 31/03/2026 un’accurata ispezione delle piante di pino e di altre conifere presenti nelle proprie aree, al fine di accertare la presenza di nidi di processionaria;'),
             ('b)', 'di provvedere, in caso di accertata presenza, alla rimozione e distruzione dei nidi mediante ditte specializzate, con l’adozione di tutte le cautele necessarie a evitare la dispersione delle larve;'),
             ('c)', 'di comunicare all’Ufficio Ambiente del Comune l’avvenuto intervento, indicando la ditta incaricata e la data di esecuzione.')]:
    para(t, indent=22, first=l)
para('AVVERTE', 'LSB', 12, 16, justify=False, center=True, after=6)
para('che l’inosservanza della presente ordinanza comporta l’applicazione della sanzione amministrativa pecuniaria da € 25,00 a € 500,00, ai sensi dell’art. 7-bis del D.Lgs. 267/2000, fatta salva l’esecuzione d’ufficio degli interventi con addebito delle spese ai trasgressori.')
para('DISPONE', 'LSB', 12, 16, justify=False, center=True, after=6)
para('che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale del Comune e trasmessa al Comando di Polizia Locale, incaricato della vigilanza sulla sua osservanza.')
para('Avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per il Friuli Venezia Giulia entro 60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 giorni.', size=10.5, lead=14)
state['y'] -= 6
para('Ronchi dei Legionari, 17/03/2026', justify=False, after=10)
x = W - 230
glyphs(x, state['y'], 'IL SINDACO', 'LSB', 11.5); state['y'] -= 15
glyphs(x, state['y'], 'Mauro Benvenuti', 'LS', 11.5); state['y'] -= 13
glyphs(x - 20, state['y'], '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'LSI', 8.5)
stamp(); footer(); c.showPage(); c.save()
