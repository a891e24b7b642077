# Determinazione of Comune di Drenchia / Občina Dreka (Italian and Slovene, one under the other).
# reportlab canvas; every glyph is placed on its own (one Tm per character, no space glyphs drawn),
# lines justified by spreading the words, as some document-composition engines do.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', F + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', F + 'DejaVuSans-Oblique.ttf'))
W, H = A4
LM, RM = 62, W - 56
c = canvas.Canvas('build/determina-drenchia-insiel.pdf', pagesize=A4)
c.setTitle('Determinazione n. 27/2026 - Določba št. 27/2026')
c.setAuthor('Comune di Drenchia')
c.setCreator('ADWeb - Atti Amministrativi')
y = H - 60
page = [1]

def glyphs(x, y, s, font, size, spacing=0.0):
    """draw s char by char; returns end x"""
    for ch in s:
        if ch != ' ':
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += pdfmetrics.stringWidth(ch, font, size) + spacing
    return x

def line(s, font='DV', size=9.5, x=None, align='l', width=None):
    global y
    width = width or (RM - LM)
    x0 = LM if x is None else x
    w = pdfmetrics.stringWidth(s, font, size)
    if align == 'c': x0 = x0 + (width - w) / 2
    if align == 'r': x0 = x0 + width - w
    glyphs(x0, y, s, font, size)

def para(s, font='DV', size=9.5, lead=12.2, indent=0, justify=True, after=4):
    global y
    words = s.split(); cur = []; maxw = RM - LM - indent
    lines = []
    for wd in words:
        test = ' '.join(cur + [wd])
        if pdfmetrics.stringWidth(test, font, size) > maxw and cur:
            lines.append(cur); cur = [wd]
        else:
            cur.append(wd)
    if cur: lines.append(cur)
    sw = pdfmetrics.stringWidth(' ', font, size)
    for i, ws in enumerate(lines):
        if y < 70: newpage()
        last = (i == len(lines) - 1)
        natural = sum(pdfmetrics.stringWidth(w_, font, size) for w_ in ws)
        gap = sw if (last or not justify or len(ws) == 1) else (maxw - natural) / (len(ws) - 1)
        x = LM + indent
        for w_ in ws:
            x = glyphs(x, y, w_, font, size) + gap
        y -= lead
    y -= after

def newpage():
    global y
    foot(); c.showPage(); page[0] += 1; y = H - 60

def foot():
    c.setLineWidth(0.4); c.line(LM, 48, RM, 48)
    glyphs(LM, 38, 'Comune di Drenchia – Občina Dreka – Determinazione / Določba n./št. 27 – 10.04.2026', 'DV', 7)
    glyphs(RM - 40, 38, 'Pag. %d' % page[0], 'DV', 7)

# letterhead
c.setLineWidth(1)
c.circle(LM + 22, y - 14, 22)
glyphs(LM + 12, y - 18, 'DR', 'DVB', 11)
x0 = LM + 56
glyphs(x0, y, 'COMUNE DI DRENCHIA', 'DVB', 14)
glyphs(x0, y - 16, 'OBČINA DREKA', 'DVB', 14)
glyphs(x0, y - 30, 'Regione Autonoma Friuli Venezia Giulia – Avtonomna dežela Furlanija Julijska krajina', 'DV', 7.5)
glyphs(x0, y - 40, 'Località Cras 1 – 33040 Drenchia (UD) – Kras 1 – 33040 Dreka (VI)', 'DV', 7.5)
y -= 56
c.setLineWidth(1.2); c.line(LM, y, RM, y); y -= 20
line('AREA TECNICA – TEHNIČNO PODROČJE', 'DVB', 11, align='c'); y -= 18
# register box
c.setLineWidth(0.7); c.rect(LM, y - 30, RM - LM, 42)
line('DETERMINAZIONE DEL RESPONSABILE – DOLOČBA ODGOVORNEGA', 'DVB', 10, align='c'); y -= 15
line('n. / št. 27       del / z dne 10.04.2026', 'DVB', 10, align='c'); y -= 12
line('Registro generale n. / Splošni vpisnik št. 61', 'DV', 8, align='c'); y -= 30

glyphs(LM, y, 'OGGETTO:', 'DVB', 9.5); y0 = y
LM0 = LM
LM = LM + 62
para('Lavori di manutenzione straordinaria della strada comunale Trinco – Clabuzzaro. Approvazione del certificato di regolare esecuzione e liquidazione del saldo all\'impresa. CUP H47H24001230002 – CIG B2C4E81A07.', 'DVB', 9.5, after=2)
glyphs(LM0, y, 'ZADEVA:', 'DVI', 9.5)
para('Izredna vzdrževalna dela na občinski cesti Trinko – Klabuzar. Odobritev potrdila o pravilni izvedbi del in izplačilo končnega obroka podjetju. CUP H47H24001230002 – CIG B2C4E81A07.', 'DVI', 9.5, after=10)
LM = LM0

line('IL RESPONSABILE DELL\'AREA TECNICA', 'DVB', 9.5, align='c'); y -= 12
line('ODGOVORNI ZA TEHNIČNO PODROČJE', 'DVI', 9.5, align='c'); y -= 16
body = [
 ('Premesso che con propria determinazione n. 58 del 12.09.2025 sono stati affidati all\'impresa EDILSTRADE NATISONE S.R.L. di San Pietro al Natisone i lavori di manutenzione straordinaria della strada comunale Trinco – Clabuzzaro, per l\'importo di euro 74.380,00 oltre IVA;',
  'Ob upoštevanju, da so bila z lastno določbo št. 58 z dne 12.09.2025 podjetju EDILSTRADE NATISONE S.R.L. iz Špetra zaupana izredna vzdrževalna dela na občinski cesti Trinko – Klabuzar v znesku 74.380,00 evrov brez DDV;'),
 ('Visto il certificato di regolare esecuzione emesso dal direttore dei lavori ing. Mitja Chiabai in data 27.03.2026, dal quale risulta un credito residuo dell\'impresa di euro 9.112,60 oltre IVA;',
  'Na podlagi potrdila o pravilni izvedbi del, ki ga je 27.03.2026 izdal vodja del ing. Mitja Chiabai in iz katerega izhaja preostala terjatev podjetja v znesku 9.112,60 evrov brez DDV;'),
 ('Accertata la regolarità contributiva dell\'impresa (DURC prot. INAIL_51877302, valido fino al 18.07.2026);',
  'Po ugotovitvi, da je podjetje poravnalo prispevke (DURC prot. INAIL_51877302, veljaven do 18.07.2026);'),
 ('Visto il decreto del Sindaco n. 2 del 07.01.2026 di nomina del responsabile dell\'Area Tecnica;',
  'Na podlagi odloka župana št. 2 z dne 07.01.2026 o imenovanju odgovornega za tehnično področje;'),
]
for it, sl in body:
    para(it, after=1)
    para(sl, 'DVI', 9, lead=11.6, after=6)
line('DETERMINA – ODLOČA', 'DVB', 10, align='c'); y -= 16
pts = [
 ('1. di approvare il certificato di regolare esecuzione dei lavori in oggetto, emesso in data 27.03.2026;',
  '1. odobri potrdilo o pravilni izvedbi zgoraj navedenih del, izdano 27.03.2026;'),
 ('2. di liquidare all\'impresa EDILSTRADE NATISONE S.R.L. la somma di euro 9.112,60 oltre IVA 22% per euro 2.004,77, per complessivi euro 11.117,37, a saldo dei lavori;',
  '2. izplača podjetju EDILSTRADE NATISONE S.R.L. znesek 9.112,60 evrov in 22% DDV v znesku 2.004,77 evrov, skupaj 11.117,37 evrov, kot končni obrok za dela;'),
 ('3. di imputare la spesa al capitolo 3112 "Manutenzione straordinaria viabilità" del bilancio 2026, impegno n. 2025/144.',
  '3. krije izdatek iz poglavja 3112 "Izredno vzdrževanje cest" proračuna za leto 2026, obveznost št. 2025/144.'),
]
for it, sl in pts:
    para(it, indent=0, after=1)
    para(sl, 'DVI', 9, lead=11.6, after=6)
y -= 10
if y < 130: newpage()
glyphs(RM - 230, y, 'Il Responsabile dell\'Area Tecnica', 'DV', 9.5); y -= 12
glyphs(RM - 230, y, 'Odgovorni za tehnično področje', 'DVI', 9.5); y -= 13
glyphs(RM - 230, y, 'geom. Renato Qualizza', 'DVB', 9.5); y -= 12
glyphs(RM - 230, y, '(firmato digitalmente – digitalno podpisano)', 'DV', 7.5); y -= 24
foot()
c.showPage(); c.save()
