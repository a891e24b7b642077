# Comune di Mascali - ordinanza sindacale. Every glyph is placed on its own (no space characters in the
# text layer, justified by moving glyphs), like some Sicraweb/Maggioli PDF exports; the Albo stamp runs
# rotated along the left margin.
import sys, fonts
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle('Ordinanza n. 14 del 18/03/2026'); c.setCreator('Sicraweb - Maggioli S.p.A.'); c.setAuthor('Comune di Mascali')
X0, X1 = 25*mm, W - 20*mm
state = {'y': 0, 'page': 0}

def glyphs(text, x, y, font, size, cs=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in text:
        if ch != ' ':
            t.setTextOrigin(x, y); t.textOut(ch)
        x += stringWidth(ch, font, size) + cs
    c.drawText(t)
    return x

def line_glyphs(words, x, y, font, size, width, justify):
    ws = [stringWidth(w, font, size) for w in words]
    sp = stringWidth(' ', font, size)
    gap = (width - sum(ws)) / (len(words) - 1) if justify and len(words) > 1 else sp
    t = c.beginText(); t.setFont(font, size)
    for w, wl in zip(words, ws):
        xx = x
        for ch in w:
            t.setTextOrigin(xx, y); t.textOut(ch); xx += stringWidth(ch, font, size)
        x += wl + gap
    c.drawText(t)

def par(text, font='LSerif', size=11, lead=14.2, indent=0, first='', after=5, justify=True, center=False):
    width = X1 - X0 - indent
    words = text.split(); lines = []; cur = []
    if first: words = [first] + words
    for w in words:
        if cur and stringWidth(' '.join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else: cur.append(w)
    if cur: lines.append(cur)
    for i, l in enumerate(lines):
        if state['y'] < 30*mm: newpage()
        if center:
            lw = stringWidth(' '.join(l), font, size)
            line_glyphs(l, (X0 + X1 - lw)/2, state['y'], font, size, lw, False)
        else:
            line_glyphs(l, X0 + indent, state['y'], font, size, width, justify and i < len(lines)-1)
        state['y'] -= lead
    state['y'] -= after

def stamp():
    c.saveState(); c.translate(12*mm, 40*mm); c.rotate(90)
    c.setFillColorRGB(.55, 0, 0); c.setStrokeColorRGB(.55, 0, 0)
    c.rect(-2, -4, 205*mm, 11, stroke=1, fill=0)
    c.setFont('LSans', 7.5)
    c.drawString(2, -1, 'ALBO PRETORIO ON LINE – COMUNE DI MASCALI – Pubblicato dal 18/03/2026 al 02/04/2026 – Registro pubblicazioni n. 612/2026')
    c.restoreState()

def newpage():
    if state['page']:
        c.showPage()
    state['page'] += 1
    stamp()
    c.setFont('LSans', 7.5); c.drawRightString(X1, 12*mm, 'Pagina %d di 2' % state['page'])
    c.drawString(X0, 12*mm, 'Ordinanza Sindacale n. 14 del 18/03/2026')
    if state['page'] == 1:
        c.rect(W/2 - 7*mm, H - 32*mm, 14*mm, 16*mm)
        glyphs('COMUNE DI MASCALI', W/2 - stringWidth('COMUNE DI MASCALI', 'LSerif-Bold', 16)/2 - 8*1.2, H - 40*mm, 'LSerif-Bold', 16, cs=1.2)
        s = 'Città Metropolitana di Catania'
        glyphs(s, W/2 - stringWidth(s, 'LSerif-Italic', 10.5)/2, H - 45*mm, 'LSerif-Italic', 10.5)
        s = 'Piazza Duomo, 5 – 95016 Mascali (CT) – protocollo@pec.comune.mascali.ct.it'
        glyphs(s, W/2 - stringWidth(s, 'LSans', 8)/2, H - 49.5*mm, 'LSans', 8)
        c.setLineWidth(.6); c.line(X0, H - 52*mm, X1, H - 52*mm)
        state['y'] = H - 62*mm
    else:
        state['y'] = H - 25*mm

newpage()
par('ORDINANZA SINDACALE', 'LSerif-Bold', 14, 17, center=True, after=0)
par('N. 14 DEL 18/03/2026', 'LSerif-Bold', 12, 15, center=True, after=10)
par('Ordinanza contingibile e urgente per la rimozione della cenere vulcanica dalle sedi stradali e dalle coperture degli edifici a seguito dell\'attività parossistica dell\'Etna del 16 marzo 2026.', 'LSerif-Bold', 11, 14.2, indent=0, first='OGGETTO:', after=10)
par('IL SINDACO', 'LSerif-Bold', 11.5, 15, center=True, after=6)
for s in [
 'PREMESSO che nella giornata del 16 marzo 2026 l\'Etna è stato interessato da un episodio parossistico con emissione di fontane di lava e di una nube eruttiva che ha determinato una consistente ricaduta di cenere vulcanica e lapilli sull\'intero territorio comunale;',
 'CONSIDERATO che l\'accumulo di materiale piroclastico sulle sedi stradali ne riduce l\'aderenza e costituisce grave pericolo per la circolazione veicolare e pedonale, e che l\'accumulo sulle coperture può compromettere il regolare deflusso delle acque meteoriche;',
 'VISTO il comunicato del Dipartimento regionale della Protezione Civile del 16/03/2026 e la nota della Prefettura di Catania prot. n. 41277 del 17/03/2026;',
 'VISTI l\'art. 50, commi 5 e 6, e l\'art. 54 del D.Lgs. 18 agosto 2000, n. 267, nonché il D.Lgs. 2 gennaio 2018, n. 1, recante il Codice della protezione civile;',
 'RITENUTA la sussistenza dei presupposti di contingibilità e urgenza per la tutela della pubblica incolumità;',
]:
    par(s)
par('O R D I N A', 'LSerif-Bold', 11.5, 15, center=True, after=6)
for i, s in enumerate([
 'ai proprietari, agli amministratori di condominio e ai conduttori di immobili di provvedere, entro cinque giorni dalla pubblicazione della presente, alla rimozione della cenere vulcanica dalle coperture, dai terrazzi e dai cortili, raccogliendola in sacchi ben chiusi;',
 'di conferire i sacchi contenenti cenere vulcanica esclusivamente presso i punti di raccolta allestiti in Piazza Duomo, in Via Sant\'Antonino e in località Fondachello, nei giorni e negli orari indicati sul sito istituzionale dell\'Ente;',
 'il divieto assoluto di smaltire la cenere vulcanica nei cassonetti dei rifiuti urbani, nelle caditoie stradali e nei corsi d\'acqua;',
 'il limite di velocità di 30 km/h su tutte le strade comunali fino al completamento delle operazioni di pulizia.',
], 1):
    par(s, indent=6*mm, first='%d.' % i)
par('AVVERTE', 'LSerif-Bold', 11.5, 15, center=True, after=6)
par('che, salvo che il fatto costituisca reato, l\'inosservanza della presente ordinanza è punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00 ai sensi dell\'art. 7-bis del D.Lgs. n. 267/2000. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia – Sezione di Catania entro 60 giorni, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni dalla pubblicazione.')
par('La presente ordinanza è trasmessa alla Prefettura di Catania, al Comando di Polizia Locale e alla Stazione dei Carabinieri di Mascali, ed è pubblicata all\'Albo pretorio on line.')
state['y'] -= 10
par('Mascali, 18/03/2026', justify=False, after=14)
for s, f in [('IL SINDACO', 'LSerif-Bold'), ('Avv. Salvatore Musumeci', 'LSerif'), ('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'LSerif-Italic')]:
    sz = 8.5 if 'firmato' in s else 11
    w = stringWidth(s, f, sz)
    glyphs(s, X1 - 40*mm - w/2, state['y'], f, sz); state['y'] -= 14
c.showPage(); c.save()
