# D08 Comune (Friuli-Venezia Giulia), avviso di deposito atti presso la Casa comunale: a pre-printed form (fpdf2,
# Liberation Serif) whose blanks of underscores are filled by typing over them ON THE SAME BASELINE (Liberation Mono
# Bold, blue-black), as an office fills a template in a PDF editor; tick boxes, signature blank; 1 page
import os
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
LIB = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4'); pdf.set_auto_page_break(False)
for st, fn in [('', 'LiberationSerif-Regular.ttf'), ('B', 'LiberationSerif-Bold.ttf'), ('I', 'LiberationSerif-Italic.ttf')]:
    pdf.add_font('Serif', st, LIB + fn)
pdf.add_font('Mono', 'B', LIB + 'LiberationMono-Bold.ttf')
pdf.set_title('Avviso di deposito atti'); pdf.set_creator('Modulistica Ufficio Messi')
pdf.add_page(); L = 20; R = 190
def t(x, y, s, st='', sz=11): pdf.set_font('Serif', st, sz); pdf.text(x, y, s)
def blank(x, y, w, val='', sz=10.5):
    pdf.set_font('Serif', '', 11); pdf.set_text_color(0, 0, 0)
    n = int(w / pdf.get_string_width('_')); pdf.text(x, y, '_' * n)
    if val:
        pdf.set_font('Mono', 'B', sz); pdf.set_text_color(20, 30, 90); pdf.text(x + 2, y - 0.4, val); pdf.set_text_color(0, 0, 0)
def box(x, y, on):
    pdf.rect(x, y - 3.2, 3.6, 3.6)
    if on: pdf.set_font('Mono', 'B', 10); pdf.set_text_color(20, 30, 90); pdf.text(x + 0.5, y, 'X'); pdf.set_text_color(0, 0, 0)
pdf.rect(L, 14, 20, 24); pdf.set_font('Serif', 'I', 6); pdf.text(L + 5.5, 27, 'stemma')
t(L + 26, 21, 'COMUNE DI BUTTRIO', 'B', 17); t(L + 26, 27.5, 'COMUN DI BURI', 'I', 11)
t(L + 26, 33, 'Provincia di Udine  –  Ufficio Messi Comunali', '', 10)
t(L + 26, 37.5, 'Piazza San Giorgio, 1 – 33042 Buttrio (UD) – tel. 0432 673511', '', 8.5)
pdf.set_line_width(0.5); pdf.line(L, 42, R, 42); pdf.set_line_width(0.2)
pdf.set_font('Serif', 'B', 14); w = pdf.get_string_width('AVVISO DI DEPOSITO ATTI PRESSO LA CASA COMUNALE')
pdf.text(105 - w / 2, 54, 'AVVISO DI DEPOSITO ATTI PRESSO LA CASA COMUNALE')
pdf.set_font('Serif', 'I', 10); s = '(art. 140 c.p.c.  –  art. 60 del D.P.R. 29 settembre 1973, n. 600)'; pdf.text(105 - pdf.get_string_width(s) / 2, 60, s)
t(L, 72, 'Reg. depositi n.'); blank(L + 28, 72, 30, '58/2026')
y = 84; t(L, y, 'Il sottoscritto Messo Comunale'); blank(L + 55, y, 115, 'ZANINI ROBERTO')
y += 11; pdf.set_font('Serif', 'B', 12); pdf.text(105 - pdf.get_string_width('A V V I S A') / 2, y, 'A V V I S A')
y += 11; t(L, y, 'che in data'); blank(L + 20, y, 38, '12/05/2026'); t(L + 60, y, 'è stato depositato presso la Casa Comunale – Ufficio Messi,')
y += 7; t(L, y, 'per l’impossibilità di eseguire la consegna a mani del destinatario, il seguente atto:')
rows = [('Tipo di atto', 'AVVISO DI ACCERTAMENTO IMU ANNO 2021'), ('Numero / cronologico', 'N. 214/2026 DEL 28/04/2026'),
        ('Ente emittente', 'COMUNE DI BUTTRIO - SERVIZIO TRIBUTI'), ('Destinatario', 'PETRIS ALESSANDRO'),
        ('Ultimo indirizzo noto', 'VIA DELLA ROGGIA 14 - BUTTRIO')]
y += 11
for lb, v in rows: t(L + 4, y, lb); blank(L + 48, y, 122, v); y += 8.5
y += 2; t(L, y, 'Motivo del mancato recapito:')
y += 8; box(L + 4, y, True); t(L + 10, y, 'temporanea assenza del destinatario e rifiuto o mancanza di persone abilitate a riceverlo')
y += 7; box(L + 4, y, False); t(L + 10, y, 'irreperibilità assoluta del destinatario nel Comune (art. 60, comma 1, lett. e), D.P.R. 600/1973)')
y += 12
for ln in ['Il destinatario, o persona da lui delegata munita di documento di identità, potrà ritirare l’atto presso',
           'l’Ufficio Messi, piano terra del Municipio, dal lunedì al venerdì dalle ore 9:00 alle ore 12:00 e il giovedì',
           'anche dalle ore 15:00 alle ore 17:30. Dell’avvenuto deposito è stata data notizia al destinatario mediante',
           'affissione dell’avviso in busta chiusa alla porta dell’abitazione e mediante raccomandata con avviso di',
           'ricevimento.']:
    t(L, y, ln, '', 10.5); y += 5.6
y += 6; t(L, y, 'Il presente avviso è pubblicato all’Albo Pretorio on line per 8 giorni consecutivi.', 'I', 10.5)
y += 13; t(L, y, 'Buttrio, lì'); blank(L + 18, y, 40, '13/05/2026')
t(118, y, 'IL MESSO COMUNALE', 'B', 11); y += 10; blank(110, y, 62, 'F.to Roberto Zanini')
y += 10; pdf.rect(L, y, R - L, 26)
t(L + 3, y + 6, 'RELATA DI PUBBLICAZIONE', 'B', 10)
t(L + 3, y + 12.5, 'Pubblicato all’Albo Pretorio on line dal', '', 10); blank(L + 65, y + 12.5, 30); t(L + 97, y + 12.5, 'al', '', 10); blank(L + 102, y + 12.5, 30)
t(L + 3, y + 20, 'Reg. pubbl. n.', '', 10); blank(L + 26, y + 20, 30); t(L + 90, y + 20, 'Il Messo Comunale', '', 10); blank(L + 118, y + 20, 48)
pdf.set_font('Serif', 'I', 7.5); pdf.text(L, 292, 'Mod. MES/07 – rev. 03/2024')
pdf.output(os.path.join(OUT, 'avviso-buttrio-modulo.pdf'))
