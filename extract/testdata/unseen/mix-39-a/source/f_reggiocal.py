# Città Metropolitana di Reggio Calabria - determinazione dirigenziale (J-Iride-like layout).
# Awkward text layer: every glyph is positioned on its own (one Tm + Tj per character, no space glyphs,
# justification made by moving glyphs), plus a rotated Albo stamp along the left margin.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/liberation/'
for n, f in (('Ser', 'LiberationSerif-Regular'), ('SerB', 'LiberationSerif-Bold'), ('SerI', 'LiberationSerif-Italic'), ('San', 'LiberationSans-Regular'), ('SanB', 'LiberationSans-Bold')):
    pdfmetrics.registerFont(TTFont(n, FD + f + '.ttf'))
PW, PH = A4
LM, RM = 72, PW - 62
c = canvas.Canvas('../determinazione-metroreggiocalabria-jiride.pdf', pagesize=A4)
c.setTitle('Determinazione R.G. 842/2026'); c.setCreator('J-Iride Atti - modulo stampa')
state = {'y': PH - 60, 'page': 1}

def glyphs(words, x, y, font, size, width=None):
    """draw words glyph by glyph; if width given, justify by enlarging the word gaps"""
    sw = pdfmetrics.stringWidth(' ', font, size)
    ww = [pdfmetrics.stringWidth(w, font, size) for w in words]
    gap = sw
    if width and len(words) > 1:
        gap = (width - sum(ww)) / (len(words) - 1)
    t = c.beginText(); t.setFont(font, size)
    for w, wl in zip(words, ww):
        cx = x
        for ch in w:
            t.setTextOrigin(cx, y); t.textOut(ch)
            cx += pdfmetrics.stringWidth(ch, font, size)
        x += wl + gap
    c.drawText(t)

def newpage():
    foot()
    c.showPage(); state['page'] += 1; state['y'] = PH - 60
    head_small()

def need(h):
    if state['y'] - h < 80: newpage()

def para(text, font='Ser', size=11, lead=14.5, indent=0, first=0, justify=True, center=False, after=5):
    words = text.split(); lines = []; cur = []
    width = RM - LM - indent
    for w in words:
        trial = cur + [w]
        lim = width - (first if not lines else 0)
        if pdfmetrics.stringWidth(' '.join(trial), font, size) > lim and cur:
            lines.append(cur); cur = [w]
        else:
            cur = trial
    if cur: lines.append(cur)
    for i, l in enumerate(lines):
        need(lead)
        x0 = LM + indent + (first if i == 0 else 0)
        w = RM - x0
        if center:
            lw = pdfmetrics.stringWidth(' '.join(l), font, size)
            glyphs(l, (LM + RM) / 2 - lw / 2, state['y'], font, size)
        else:
            glyphs(l, x0, state['y'], font, size, w if (justify and i < len(lines) - 1) else None)
        state['y'] -= lead
    state['y'] -= after

def stamp():
    c.saveState()
    c.translate(34, 180); c.rotate(90)
    c.setStrokeColorRGB(0.1, 0.2, 0.55); c.setFillColorRGB(0.1, 0.2, 0.55)
    c.setFont('SanB', 8)
    st = 'ALBO PRETORIO ON LINE – Città Metropolitana di Reggio Calabria – Pubblicata dal 12/03/2026 al 27/03/2026 – Reg. pubbl. n. 1514/2026'
    c.rect(-4, -6, pdfmetrics.stringWidth(st, 'SanB', 8) + 16, 22, stroke=1, fill=0)
    c.drawString(4, 2, 'ALBO PRETORIO ON LINE – Città Metropolitana di Reggio Calabria – Pubblicata dal 12/03/2026 al 27/03/2026 – Reg. pubbl. n. 1514/2026')
    c.restoreState()

def head_small():
    stamp()
    c.setFont('San', 8); c.setFillGray(0.3)
    c.drawString(LM, PH - 36, 'Città Metropolitana di Reggio Calabria – Settore 11 – Determinazione R.G. n. 842 del 11/03/2026')
    c.setFillGray(0)

def foot():
    c.setFont('San', 7.5); c.setFillGray(0.3)
    c.line(LM, 58, RM, 58)
    c.drawString(LM, 46, 'Piazza Italia – Palazzo Corrado Alvaro – 89125 Reggio Calabria – PEC: protocollo@pec.cittametropolitana.rc.it')
    c.drawRightString(RM, 46, f'Pagina {state["page"]} di 2')
    c.setFillGray(0)

# ---- page 1 letterhead
stamp()
c.setFillColorRGB(0.55, 0.1, 0.1); c.circle(PW / 2, PH - 62, 18, stroke=0, fill=1); c.setFillGray(0)
state['y'] = PH - 100
para('CITTÀ METROPOLITANA DI REGGIO CALABRIA', 'SerB', 15, 18, justify=False, center=True, after=2)
para('SETTORE 11 – VIABILITÀ E INFRASTRUTTURE', 'SanB', 10.5, 14, justify=False, center=True, after=0)
para('Servizio Manutenzione Strade – Area Tirrenica', 'San', 10, 14, justify=False, center=True, after=10)
c.setLineWidth(0.8); c.rect(LM, state['y'] - 23, RM - LM, 37)
para('DETERMINAZIONE DIRIGENZIALE', 'SerB', 13, 16, justify=False, center=True, after=0)
para('Registro Generale n. 842 del 11/03/2026 — Registro di Settore n. 97 del 10/03/2026', 'Ser', 10.5, 14, justify=False, center=True, after=16)
para('OGGETTO: S.P. n. 48 “Melicuccà–Sinopoli” – Lavori di somma urgenza per il ripristino della sede stradale al km 6+300 a seguito di movimento franoso – Approvazione della perizia giustificativa e affidamento ai sensi dell’art. 140 del D.Lgs. 36/2023 – CUP E37H26000110003 – CIG B8A1D44F27.', 'SerB', 11, 14.5, after=10)
para('IL DIRIGENTE', 'SerB', 11, 14.5, justify=False, center=True, after=6)
for t in [
 'Visto il decreto del Sindaco metropolitano n. 12 del 20/01/2026, con il quale è stato conferito al sottoscritto l’incarico di direzione del Settore 11 – Viabilità e Infrastrutture;',
 'Premesso che in data 27/02/2026, a seguito delle intense precipitazioni, si è verificato un movimento franoso che ha interessato la carreggiata della S.P. n. 48 al km 6+300, con cedimento del margine di valle e conseguente chiusura al transito disposta con ordinanza dirigenziale n. 31 del 28/02/2026;',
 'Visto il verbale di somma urgenza redatto in data 28/02/2026 dal tecnico del Servizio, geom. Antonino Scordo, ai sensi dell’art. 140, comma 1, del D.Lgs. 31 marzo 2023, n. 36, con il quale i lavori sono stati affidati all’impresa Edil Aspromonte S.r.l., con sede in Cinquefrondi, per l’importo stimato di € 148.600,00 oltre IVA;',
 'Vista la perizia giustificativa dei lavori redatta in data 06/03/2026, dell’importo complessivo di € 186.350,00, di cui € 148.600,00 per lavori comprensivi degli oneri per la sicurezza e € 37.750,00 per somme a disposizione dell’Amministrazione;',
 'Dato atto dell’insussistenza di situazioni di conflitto di interessi ai sensi dell’art. 16 del D.Lgs. 36/2023 e dell’art. 6-bis della legge n. 241/1990;',
 'Visti il D.Lgs. n. 267/2000, lo Statuto e il Regolamento sull’ordinamento degli uffici e dei servizi della Città Metropolitana;']:
    para(t, first=18)
para('DETERMINA', 'SerB', 11, 14.5, justify=False, center=True, after=6)
pts = [
 'di approvare la perizia giustificativa dei lavori di somma urgenza sulla S.P. n. 48 “Melicuccà–Sinopoli” al km 6+300, dell’importo complessivo di € 186.350,00;',
 'di confermare l’affidamento dei lavori all’impresa Edil Aspromonte S.r.l., P.IVA 02981740805, per l’importo di € 148.600,00 oltre IVA al 22%;',
 'di impegnare la somma di € 181.292,00 sul capitolo 21030/4 del bilancio 2026-2028, esercizio 2026, e di rinviare a successivo atto l’impegno delle restanti somme a disposizione;',
 'di trasmettere il presente atto al Consiglio metropolitano per il riconoscimento della spesa ai sensi dell’art. 191, comma 3, del D.Lgs. n. 267/2000;',
 'di disporre la pubblicazione del presente provvedimento all’Albo pretorio on line e nella sezione Amministrazione trasparente.']
for i, t in enumerate(pts, 1):
    need(30)
    glyphs([f'{i}.'], LM + 4, state['y'], 'Ser', 11)
    para(t, indent=22)
state['y'] -= 14
need(70)
para('Reggio Calabria, 11/03/2026', justify=False, after=0)
y = state['y'] + 10
glyphs('IL DIRIGENTE DEL SETTORE'.split(), 360, y - 12, 'SerB', 11)
glyphs('Ing. Francesco Logiudice'.split(), 372, y - 27, 'Ser', 11)
glyphs('(firmato digitalmente ai sensi del D.Lgs. 82/2005)'.split(), 330, y - 41, 'SerI', 9)
state['y'] = y - 70
need(60)
para('VISTO DI REGOLARITÀ CONTABILE attestante la copertura finanziaria ai sensi dell’art. 183, comma 7, del D.Lgs. n. 267/2000 – Impegno n. 2026/1187 – Il Dirigente del Settore Bilancio: Dott.ssa Maria Grazia Neri', 'Ser', 9.5, 12.5)
foot()
c.showPage()
c.save()
