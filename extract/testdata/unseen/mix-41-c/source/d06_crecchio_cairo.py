# Determinazione of Comune di Crecchio as printed from a web portal with Firefox
# ("Stampa" -> "Salva come PDF"): cairo PDF surface, browser header/footer lines.
# Run with the system python3 (python3-cairo).
import sys, cairo
out = sys.argv[1]
W, H = 595.28, 841.89
surf = cairo.PDFSurface(out, W, H)
surf.set_metadata(cairo.PDFMetadata.TITLE, 'Determinazione n. 37 del 11/03/2026 - Comune di Crecchio')
surf.set_metadata(cairo.PDFMetadata.CREATOR, 'Mozilla Firefox 128.8.0esr')
cr = cairo.Context(surf)
L, R, TOP, BOT = 42, W - 42, 60, H - 50
state = {'y': TOP, 'page': 1}
URL = 'https://servizi.comune.crecchio.ch.it/albo/atti/dettaglio?tipo=DT&anno=2026&num=37'
TOTAL = 1

def font(size, bold=False, sans=True, italic=False):
    cr.select_font_face('DejaVu Sans' if sans else 'DejaVu Serif',
                        cairo.FONT_SLANT_ITALIC if italic else cairo.FONT_SLANT_NORMAL,
                        cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    cr.set_font_size(size)

def text(x, y, s, rgb=(0, 0, 0)):
    cr.set_source_rgb(*rgb); cr.move_to(x, y); cr.show_text(s)

def chrome():
    font(7.5); g = (0.25, 0.25, 0.25)
    text(28, 22, '11/03/26, 16:52', g)
    t = 'Determinazione n. 37 del 11/03/2026 - Comune di Crecchio'
    text(W / 2 - cr.text_extents(t).x_advance / 2, 22, t, g)
    text(28, H - 20, URL, g)
    s = '%d/%d' % (state['page'], TOTAL)
    text(W - 28 - cr.text_extents(s).x_advance, H - 20, s, g)

def newpage():
    cr.show_page(); state['page'] += 1; state['y'] = TOP; chrome()

def need(h):
    if state['y'] + h > BOT: newpage()

def wrap(s, width):
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if cr.text_extents(t).x_advance > width and cur:
            lines.append(cur); cur = w
        else: cur = t
    lines.append(cur); return lines

def para(s, size=9.5, bold=False, indent=0, lead=1.45, after=5, rgb=(0, 0, 0), justify=True, sans=True):
    font(size, bold, sans)
    lines = wrap(s, R - L - indent)
    for i, ln in enumerate(lines):
        need(size * lead)
        state['y'] += size * lead
        if justify and i < len(lines) - 1 and ' ' in ln:
            ws = ln.split(' '); tot = sum(cr.text_extents(w).x_advance for w in ws)
            gap = (R - L - indent - tot) / (len(ws) - 1); x = L + indent
            for w in ws:
                text(x, state['y'], w, rgb); x += cr.text_extents(w).x_advance + gap
        else:
            text(L + indent, state['y'], ln, rgb)
    state['y'] += after

chrome()
# site header band
cr.set_source_rgb(0.05, 0.27, 0.45); cr.rectangle(L, TOP - 8, R - L, 46); cr.fill()
font(15, True); text(L + 12, TOP + 14, 'Comune di Crecchio', (1, 1, 1))
font(8); text(L + 12, TOP + 28, 'Provincia di Chieti  ·  Albo Pretorio on line', (0.85, 0.9, 1))
state['y'] = TOP + 50
font(7.5); text(L, state['y'], 'Home  ›  Albo Pretorio  ›  Determinazioni  ›  Dettaglio atto', (0.05, 0.27, 0.45))
state['y'] += 18
font(13, True); text(L, state['y'], 'COMUNE DI CRECCHIO', (0, 0, 0)); state['y'] += 14
font(9); text(L, state['y'], 'AREA AMMINISTRATIVA – Servizio Affari Generali e Cultura'); state['y'] += 10
grid = [('Tipo atto', 'Determinazione'), ('Registro generale', 'n. 37'), ('Data adozione', '11/03/2026'),
        ('Registro di area', 'n. 12 del 10/03/2026'), ('Responsabile', 'Dott.ssa Loredana Di Renzo'),
        ('Pubblicazione', 'dal 11/03/2026 al 26/03/2026 (n. reg. 154)')]
for k, v in grid:
    cr.set_source_rgb(0.93, 0.95, 0.97); cr.rectangle(L, state['y'], 130, 16); cr.fill()
    cr.set_source_rgb(0.7, 0.75, 0.8); cr.set_line_width(0.5); cr.rectangle(L, state['y'], R - L, 16); cr.stroke()
    font(8.5, True); text(L + 5, state['y'] + 11.5, k)
    font(8.5); text(L + 138, state['y'] + 11.5, v)
    state['y'] += 16
state['y'] += 10
font(8.5, True); text(L, state['y'], 'Oggetto', (0.05, 0.27, 0.45)); state['y'] += 2
para('Concessione contributo all’Associazione Pro Loco Crecchio per l’organizzazione della manifestazione '
     '«Carnevale crecchiese 2026». Impegno e liquidazione.', size=10.5, bold=True, after=8)
cr.set_source_rgb(0.7, 0.7, 0.7); cr.move_to(L, state['y']); cr.line_to(R, state['y']); cr.stroke(); state['y'] += 6
para('LA RESPONSABILE DELL’AREA AMMINISTRATIVA', bold=True, justify=False, after=4)
for s in [
    'VISTO il decreto del Sindaco n. 2 del 07/01/2026, di attribuzione della responsabilità dell’Area Amministrativa;',
    'VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 18 del 27/06/2019;',
    'RICHIAMATA la deliberazione della Giunta Comunale n. 21 del 19/02/2026, con la quale è stato concesso il patrocinio alla manifestazione «Carnevale crecchiese 2026» e disposto un contributo di € 2.500,00 a favore dell’Associazione Pro Loco Crecchio;',
    'VISTO il rendiconto presentato dall’Associazione in data 04/03/2026, prot. n. 1288, corredato dai documenti giustificativi di spesa per un importo di € 6.140,00;',
    'DATO ATTO che la spesa trova copertura al capitolo 7310 “Contributi ad associazioni per manifestazioni” del bilancio 2026/2028;',
    'VISTI gli artt. 107, 183 e 184 del D.Lgs. 267/2000;']:
    para(s)
para('DETERMINA', bold=True, justify=False, after=4)
for s in [
    'di impegnare la somma di € 2.500,00 al capitolo 7310 del bilancio 2026/2028, esercizio 2026, a favore dell’Associazione Pro Loco Crecchio, C.F. 93012340697;',
    'di liquidare contestualmente la somma di € 2.500,00 all’Associazione, mediante bonifico sul conto corrente dedicato indicato nella domanda;',
    'di dare atto che il contributo non è soggetto alla ritenuta del 4% di cui all’art. 28 del D.P.R. 600/1973, trattandosi di ente non commerciale;',
    'di disporre la pubblicazione del presente atto ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.']:
    para(s, indent=0)
state['y'] += 6
para('Crecchio, 11/03/2026', justify=False)
para('La Responsabile dell’Area Amministrativa – Dott.ssa Loredana Di Renzo', justify=False, after=2)
para('(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)', size=8, justify=False, rgb=(0.3, 0.3, 0.3))
state['y'] += 8
para('VISTO DI REGOLARITÀ CONTABILE – Si attesta la copertura finanziaria (impegno n. 148/2026). Il Responsabile dell’Area Finanziaria, Rag. Tiziana Ciccotelli.', size=8.5, after=8)
font(7); text(L, state['y'] + 10, '© Comune di Crecchio – Piazza Marconi, 1 – 66014 Crecchio (CH) – P.IVA 00230800697 – Privacy – Accessibilità', (0.4, 0.4, 0.4))
cr.show_page()
surf.finish()
print('pages', state['page'])
