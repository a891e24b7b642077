# Citta' di Palestrina - determinazione dirigenziale, Sicraweb/Maggioli-like layout.
# Awkward text layer: the letterhead name is part of a picture (crest + lettering) with a
# small text caption under it; running head and foot live in one Form XObject reused on
# every page; the page content is drawn out of reading order (blocks shuffled, some
# paragraphs drawn bottom line first).
import sys
import random
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from rlhelp import wrap, draw_line, hanging

out = sys.argv[1]
W, H = A4
L, R = 62, W - 56
TW = R - L

# --- the letterhead picture: crest and the name in lettering (no text layer) ---
img = Image.new('RGB', (1500, 260), 'white')
g = ImageDraw.Draw(img)
g.polygon([(40, 20), (200, 20), (200, 150), (120, 235), (40, 150)], fill=(150, 20, 30), outline=(90, 10, 10))
g.rectangle([60, 60, 180, 90], fill=(240, 200, 60))
g.ellipse([95, 110, 145, 160], fill=(240, 200, 60))
fb = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf', 92)
fs = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 38)
g.text((250, 40), 'CITTÀ DI PALESTRINA', font=fb, fill=(110, 15, 25))
g.text((254, 160), 'Praeneste · Medaglia d’Oro al Merito Civile', font=fs, fill=(90, 90, 90))
logo = ImageReader(img)

c = canvas.Canvas(out, pagesize=A4)
c.setTitle('DETERMINAZIONE N. 298 DEL 11/03/2026')
c.setCreator('Sicraweb - Maggioli S.p.A.')
c.setProducer('Sicraweb PDF Engine (ReportLab)')

# --- one Form XObject with the running head and foot, reused on each page ---
c.beginForm('runhead')
c.drawImage(logo, L, H - 90, width=300, height=52)
c.setFont('Helvetica', 7.5)
c.drawString(L + 2, H - 101, 'Città di Palestrina')
c.setFont('Helvetica', 8.5)
c.drawRightString(R, H - 52, 'Città metropolitana di Roma Capitale')
c.drawRightString(R, H - 63, 'Via del Tempio, 1 – 00036 Palestrina (RM)')
c.drawRightString(R, H - 74, 'protocollo@pec.comune.palestrina.rm.it')
c.setLineWidth(0.8)
c.line(L, H - 108, R, H - 108)
c.line(L, 46, R, 46)
c.setFont('Helvetica', 7.5)
c.drawString(L, 36, 'Determinazione Settore IV n. 298 del 11/03/2026 – documento prodotto con Sicraweb')
c.endForm()

ops_by_page = []
ops = []


def P(text, font='Helvetica', size=10, lead=13.2, mode='tw', indent=0, reverse=False):
    """queue a paragraph; returns its height after laying it out at the current y"""
    global y
    lines = wrap(text, font, size, TW - indent)
    y0 = y
    rows = [(ws, y0 - i * lead, i == len(lines) - 1) for i, ws in enumerate(lines)]
    if reverse:
        rows = rows[::-1]

    def op(rows=rows):
        for ws, yy, last in rows:
            draw_line(c, ws, L + indent, yy, font, size, TW - indent, mode, last)
    ops.append(op)
    y = y0 - len(lines) * lead


def T(x, yy, s, font='Helvetica', size=10, how='l'):
    def op():
        c.setFont(font, size)
        {'l': c.drawString, 'c': c.drawCentredString, 'r': c.drawRightString}[how](x, yy, s)
    ops.append(op)


def B(x, yy, w, h, lw=0.7, fill=None):
    def op():
        c.setLineWidth(lw)
        if fill is not None:
            c.setFillGray(fill)
            c.rect(x, yy, w, h, stroke=1, fill=1)
            c.setFillGray(0)
        else:
            c.rect(x, yy, w, h)
    op.is_box = True
    ops.append(op)


# ---------------- page 1 ----------------
y = H - 132
B(L, y - 62, TW, 74, fill=0.93)
T(L + 8, y - 4, 'SETTORE IV – AMBIENTE, VERDE PUBBLICO E PATRIMONIO', 'Helvetica-Bold', 10.5)
T(L + 8, y - 18, 'Servizio Verde Pubblico e Arredo Urbano', 'Helvetica', 10)
T(L + 8, y - 38, 'DETERMINAZIONE DIRIGENZIALE', 'Helvetica-Bold', 12)
T(R - 8, y - 34, 'Registro generale  N. 298  del 11/03/2026', 'Helvetica-Bold', 10, 'r')
T(R - 8, y - 50, 'Registro di settore  N. 61  del 10/03/2026', 'Helvetica', 9.5, 'r')
y -= 84
T(L, y, 'Oggetto:', 'Helvetica-Bold', 10)
y -= 14
P('Servizio di manutenzione ordinaria del verde pubblico, dei parchi e delle aree scolastiche – periodo aprile/ottobre 2026. '
  'Determina a contrarre e affidamento diretto ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 alla '
  'Verde Prenestino Soc. Coop. Sociale – CIG B81E2F0C47.', 'Helvetica-Bold', 10, 13.2, mode='plain', reverse=True)
y -= 10
T(W / 2, y, 'IL DIRIGENTE', 'Helvetica-Bold', 11, 'c')
y -= 18
for txt, rev in [
    ('Visto il decreto sindacale n. 12 del 30/12/2025, con il quale è stato conferito al sottoscritto l’incarico di '
     'Dirigente del Settore IV – Ambiente, Verde Pubblico e Patrimonio;', False),
    ('Vista la deliberazione del Consiglio Comunale n. 71 del 22/12/2025, con la quale è stato approvato il bilancio di '
     'previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 9 del 20/01/2026 di approvazione del '
     'Piano Esecutivo di Gestione;', True),
    ('Premesso che occorre assicurare, nel periodo di maggiore crescita vegetativa, lo sfalcio dei tappeti erbosi, la '
     'potatura delle siepi e la pulizia dei parchi comunali (Parco Barberini, Villa Ulivi, aree verdi di Carchitti e '
     'Colle Martino) e delle pertinenze dei plessi scolastici;', False),
    ('Dato atto che il servizio non è disponibile nelle convenzioni Consip attive e che, a seguito di richiesta di '
     'preventivo inoltrata tramite la piattaforma di approvvigionamento digitale dell’Ente, la Verde Prenestino Soc. '
     'Coop. Sociale ha presentato un’offerta di € 68.400,00 oltre IVA, ritenuta congrua dal RUP;', True),
    ('Richiamato l’art. 17, comma 2, del D.Lgs. n. 36/2023, ai sensi del quale, in caso di affidamento diretto, l’atto di '
     'affidamento contiene gli elementi essenziali della determina a contrarre;', False),
]:
    P(txt, reverse=rev, indent=0)
    y -= 5
ops_by_page.append(ops)
ops = []

# ---------------- page 2 ----------------
y = H - 132
P('Accertata la regolarità contributiva dell’operatore economico (DURC prot. INPS_49120387, valido fino al 18/06/2026) e '
  'attestata l’assenza di conflitti di interesse ai sensi dell’art. 16 del D.Lgs. n. 36/2023;')
y -= 10
T(W / 2, y, 'DETERMINA', 'Helvetica-Bold', 11, 'c')
y -= 18
pts = [
    'di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;',
    'di affidare alla Verde Prenestino Soc. Coop. Sociale, con sede in Palestrina, via degli Arcioni n. 22, P.IVA '
    '10384921007, il servizio di manutenzione ordinaria del verde pubblico per il periodo 1° aprile – 31 ottobre 2026, '
    'per l’importo di € 68.400,00 oltre IVA al 22%, per complessivi € 83.448,00;',
    'di impegnare la spesa di € 83.448,00 sul capitolo 9602.3 “Manutenzione verde pubblico” del bilancio 2026, missione 09, '
    'programma 02;',
    'di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale ai sensi dell’art. 18, '
    'comma 1, del D.Lgs. n. 36/2023;',
    'di nominare Responsabile Unico del Progetto l’Arch. Valerio Ceccarelli, funzionario del Servizio Verde Pubblico e Arredo Urbano;',
    'di disporre la pubblicazione del presente atto all’Albo Pretorio on line e nella sezione “Amministrazione '
    'trasparente – Bandi di gara e contratti”.',
]
for i, t in enumerate(pts, 1):
    yy = y
    lines = wrap(t, 'Helvetica', 10, TW - 22)

    def op(t=t, yy=yy, i=i):
        hanging(c, '%d.' % i, t, L + 4, yy, TW - 4, 18, 'Helvetica', 10, 13.2, mode='tw')
    ops.append(op)
    y -= len(lines) * 13.2 + 5
y -= 16
T(R - 110, y, 'IL DIRIGENTE DEL SETTORE IV', 'Helvetica-Bold', 10, 'c')
T(R - 110, y - 14, 'Dott. Ing. Stefano Mariani', 'Helvetica', 10, 'c')
T(R - 110, y - 27, '(firmato digitalmente)', 'Helvetica-Oblique', 8.5, 'c')
y -= 56
B(L, y - 58, TW, 66)
T(L + 8, y - 8, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'Helvetica-Bold', 9)
T(L + 8, y - 22, 'Impegno n. 604/2026 – cap. 9602.3 – € 83.448,00', 'Helvetica', 9)
T(L + 8, y - 36, 'Palestrina, 11/03/2026 – Il Dirigente del Settore II Finanziario, Dott.ssa Roberta Pistilli', 'Helvetica', 9)
T(L + 8, y - 50, 'Pubblicata all’Albo Pretorio on line dal 12/03/2026 al 27/03/2026 – n. 731 del registro', 'Helvetica', 9)
ops_by_page.append(ops)

rnd = random.Random(298)
for n, pops in enumerate(ops_by_page, 1):
    # filled boxes go down first (they would hide text), everything else in shuffled order
    order = [k for k in range(len(pops)) if getattr(pops[k], 'is_box', False)]
    rest = [k for k in range(len(pops)) if k not in order]
    rnd.shuffle(rest)
    order += rest
    for k in order:
        pops[k]()
    c.doForm('runhead')
    c.setFont('Helvetica', 7.5)
    c.drawRightString(R, 36, 'Pagina %d di %d' % (n, len(ops_by_page)))
    c.showPage()
c.save()
