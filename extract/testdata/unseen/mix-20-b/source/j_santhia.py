# J. Comune di Santhia' - determinazione in a J-Iride-like layout whose text layer
# has every glyph placed on its own (one BT/Tm/Tj/ET per glyph, no space glyphs:
# words are separated only by position; justified lines spread the gaps), plus the
# Albo Pretorio stamp rotated along the left margin, appended at the end of each page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
LM, RM, TOP, BOT = 72, W - 60, H - 60, 70
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle('Determinazione n. 143 del 11/03/2026')
c.setAuthor('Comune di Santhia')
c.setCreator('Atti - gestione determinazioni')

state = {'y': TOP, 'page': 1}


def glyphs(x, y, text, font, size, extra=0.0):
    """draw text glyph by glyph; spaces advance but are not drawn; extra = added per space"""
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == ' ':
            x += w + extra
            continue
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += w
    return x


def words_lines(text, font, size, width):
    words = text.split(' ')
    lines, cur = [], []
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def stamp_and_foot():
    # running foot
    c.setLineWidth(0.4)
    c.line(LM, 52, RM, 52)
    glyphs(LM, 42, 'Determinazione n. 143 del 11/03/2026 - Area Tecnica', 'Helvetica', 7)
    t = 'Pagina %d di 2' % state['page']
    glyphs(RM - stringWidth(t, 'Helvetica', 7), 42, t, 'Helvetica', 7)
    # rotated Albo stamp along the left margin
    c.saveState()
    c.translate(34, 62)
    c.rotate(90)
    c.setFillColorRGB(0.55, 0.1, 0.1)
    c.setStrokeColorRGB(0.55, 0.1, 0.1)
    c.rect(-4, -6, 612, 17, stroke=1, fill=0)
    glyphs(0, 0, 'COMUNE DI SANTHIÀ - ALBO PRETORIO ON LINE - Pubblicazione n. 412 dal 13/03/2026 al 28/03/2026 - Documento firmato digitalmente',
           'Helvetica-Bold', 7.6)
    c.restoreState()
    c.setFillColorRGB(0, 0, 0)


def newpage():
    stamp_and_foot()
    c.showPage()
    state['page'] += 1
    state['y'] = TOP


def need(h):
    if state['y'] - h < BOT:
        newpage()


def para(text, font='Helvetica', size=10, lead=13.2, indent=0, first=None, after=5, justify=True, bold_lead=None):
    """justified paragraph; bold_lead: leading words in bold"""
    width = RM - LM - indent
    lines = words_lines(text, font, size, width)
    nb = len(bold_lead.split(' ')) if bold_lead else 0
    k = 0
    for i, ln in enumerate(lines):
        need(lead)
        y = state['y']
        x = LM + indent
        if first is not None and i == 0:
            glyphs(LM, y, first, 'Helvetica-Bold', size)
        natural = sum(stringWidth(w, font, size) for w in ln) + stringWidth(' ', font, size) * (len(ln) - 1)
        extra = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (width - natural) / (len(ln) - 1)
        for j, w in enumerate(ln):
            f = 'Helvetica-Bold' if k < nb else font
            x = glyphs(x, y, w, f, size)
            x += stringWidth(' ', font, size) + extra
            k += 1
        state['y'] -= lead
    state['y'] -= after


def centered(text, font, size, lead=14):
    need(lead)
    glyphs((W - stringWidth(text, font, size)) / 2 + 6, state['y'], text, font, size)
    state['y'] -= lead

# ---- letterhead
c.setLineWidth(0.8)
c.rect(LM, TOP - 46, 40, 50)
glyphs(LM + 5, TOP - 24, 'STEMMA', 'Helvetica', 6)
glyphs(LM + 52, TOP - 10, 'COMUNE DI SANTHIÀ', 'Helvetica-Bold', 17)
glyphs(LM + 52, TOP - 25, 'Provincia di Vercelli', 'Helvetica', 10)
glyphs(LM + 52, TOP - 38, 'Piazza Roma, 16 - 13048 Santhià (VC) - C.F. 00241270029', 'Helvetica', 8)
c.line(LM, TOP - 52, RM, TOP - 52)
state['y'] = TOP - 76

centered('AREA TECNICA', 'Helvetica-Bold', 12)
centered('Servizio Lavori Pubblici e Manutenzioni', 'Helvetica', 10.5, lead=20)

# register box
by = state['y']
c.rect(LM, by - 34, RM - LM, 42)
c.line((LM + RM) / 2, by - 34, (LM + RM) / 2, by + 8)
glyphs(LM + 10, by - 6, 'DETERMINAZIONE N. 143', 'Helvetica-Bold', 11)
glyphs(LM + 10, by - 22, 'del 11/03/2026', 'Helvetica', 10)
glyphs((LM + RM) / 2 + 10, by - 6, 'Registro di Area N. 38', 'Helvetica-Bold', 10)
glyphs((LM + RM) / 2 + 10, by - 22, 'del 10/03/2026', 'Helvetica', 10)
state['y'] = by - 56

# subject
para('OGGETTO: Fornitura e posa in opera di giochi inclusivi presso l\'area verde attrezzata di via Dante - Determina a contrarre e affidamento diretto alla ditta Ludoverde S.r.l. - CIG B6A2C19D47 - CUP D37H25001230004.',
     font='Helvetica-Bold', size=10.5, lead=14, after=10)

centered('IL RESPONSABILE DELL\'AREA TECNICA', 'Helvetica-Bold', 10.5, lead=18)

P = [
    ('Richiamato', 'il decreto del Sindaco n. 2 del 07/01/2026 con il quale è stata attribuita al sottoscritto la responsabilità dell\'Area Tecnica, con le funzioni di cui all\'art. 107 del D.Lgs. 18 agosto 2000, n. 267;'),
    ('Vista', 'la deliberazione del Consiglio Comunale n. 4 del 26/02/2026, esecutiva, di approvazione del bilancio di previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 29 del 03/03/2026 di assegnazione delle risorse ai Responsabili di Area;'),
    ('Premesso che', 'l\'Amministrazione intende rendere accessibile ai bambini con disabilità l\'area verde attrezzata di via Dante, sostituendo i giochi esistenti, non più conformi alla norma UNI EN 1176, con attrezzature inclusive e una pavimentazione antitrauma continua, utilizzando il contributo regionale concesso con determinazione dirigenziale regionale n. 1187 del 12/11/2025;'),
    ('Dato atto che', 'l\'importo della fornitura, comprensiva di posa, è stimato in € 38.900,00 oltre IVA e che, ai sensi dell\'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, è consentito l\'affidamento diretto anche senza consultazione di più operatori economici;'),
    ('Vista', 'l\'offerta presentata sulla piattaforma di approvvigionamento digitale dalla ditta Ludoverde S.r.l., con sede in Biella, pari a € 37.450,00 oltre IVA 22%, per complessivi € 45.689,00, ritenuta congrua in relazione alle caratteristiche tecniche delle attrezzature proposte;'),
    ('Verificato', 'il possesso dei requisiti di ordine generale e la regolarità contributiva dell\'operatore economico;'),
]
for b, t in P:
    para(b + ' ' + t, bold_lead=b)

centered('DETERMINA', 'Helvetica-Bold', 11, lead=18)
D = [
    'di affidare, per le motivazioni esposte in premessa, alla ditta Ludoverde S.r.l. la fornitura e posa in opera di giochi inclusivi presso l\'area verde attrezzata di via Dante, per l\'importo di € 37.450,00 oltre IVA 22%;',
    'di impegnare la spesa complessiva di € 45.689,00 alla Missione 09, Programma 02, capitolo 20920/4 "Arredo urbano e aree gioco" del bilancio 2026/2028, esercizio 2026;',
    'di accertare il contributo regionale di € 40.000,00 al capitolo di entrata 40210/2 del medesimo bilancio;',
    'di dare atto che il Responsabile unico del progetto è l\'Arch. Chiara Bosso, istruttore direttivo tecnico dell\'Area;',
    'di disporre la pubblicazione del presente provvedimento all\'Albo Pretorio on line e nella sezione "Amministrazione trasparente".',
]
for i, t in enumerate(D, 1):
    para(t, indent=18, first='%d.' % i)

state['y'] -= 10
need(70)
x0 = RM - 200
glyphs(x0 + 10, state['y'], 'IL RESPONSABILE DELL\'AREA TECNICA', 'Helvetica-Bold', 9.5); state['y'] -= 14
glyphs(x0 + 42, state['y'], 'Ing. Marco Barberis', 'Helvetica', 10); state['y'] -= 12
glyphs(x0 + 40, state['y'], '(firmato digitalmente)', 'Helvetica-Oblique', 8); state['y'] -= 26

need(80)
by = state['y']
c.rect(LM, by - 46, RM - LM, 58)
glyphs(LM + 8, by, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', 'Helvetica-Bold', 8.5)
glyphs(LM + 8, by - 14, 'Art. 183, comma 7, D.Lgs. 267/2000 - Impegno n. 2026/311 - Accertamento n. 2026/97', 'Helvetica', 8.5)
glyphs(LM + 8, by - 28, 'Santhià, 11/03/2026', 'Helvetica', 8.5)
glyphs(LM + 200, by - 28, 'Il Responsabile dell\'Area Finanziaria - Dott.ssa Elisa Ferrarotti', 'Helvetica', 8.5)
glyphs(LM + 200, by - 40, '(firmato digitalmente)', 'Helvetica-Oblique', 8)
state['y'] = by - 60
stamp_and_foot()
c.showPage()
c.save()
