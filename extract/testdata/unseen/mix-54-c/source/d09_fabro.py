# Comune di Fabro - attestazione di pubblicazione, fpdf2, drawn like a flattened
# Adobe LiveCycle Designer form: captioned field boxes, check boxes, form id.
import sys
from fpdf import FPDF
D = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4')
pdf.add_font('LS', '', D+'LiberationSans-Regular.ttf')
pdf.add_font('LS', 'B', D+'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', D+'LiberationSans-Italic.ttf')
pdf.set_creator('Comune di Fabro - modulo MOD-ALB-03')
pdf.set_title('Attestazione di pubblicazione')
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_draw_color(0, 0, 0)

def field(x, y, w, h, cap, val, vs=10, vb=True):
    pdf.set_fill_color(245, 245, 250); pdf.rect(x, y, w, h, 'DF')
    pdf.set_xy(x+1, y+0.8); pdf.set_font('LS', '', 6.5); pdf.cell(w-2, 3, cap)
    pdf.set_xy(x+1.5, y+4.2); pdf.set_font('LS', 'B' if vb else '', vs)
    pdf.multi_cell(w-3, 4.6, val)

def check(x, y, on, label):
    pdf.rect(x, y, 3.5, 3.5)
    if on:
        pdf.set_font('LS', 'B', 9); pdf.set_xy(x, y-0.3); pdf.cell(3.5, 4, 'X', align='C')
    pdf.set_font('LS', '', 9); pdf.set_xy(x+5, y-0.3); pdf.cell(150, 4, label)

pdf.set_font('LS', 'I', 7); pdf.set_xy(15, 12); pdf.cell(25, 4, '[stemma]', align='C')
pdf.set_font('LS', 'B', 16); pdf.set_xy(40, 12); pdf.cell(150, 8, 'COMUNE DI FABRO')
pdf.set_font('LS', '', 9); pdf.set_xy(40, 20); pdf.cell(150, 5, 'Provincia di Terni – Piazza del Municipio, 5 – 05015 Fabro (TR)')
pdf.set_xy(40, 25); pdf.cell(150, 5, 'Ufficio Segreteria – Albo Pretorio on line')
pdf.set_line_width(0.6); pdf.line(15, 32, 195, 32); pdf.set_line_width(0.2)

pdf.set_fill_color(40, 40, 40); pdf.rect(15, 37, 180, 10, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('LS', 'B', 13); pdf.set_xy(15, 37)
pdf.cell(180, 10, 'ATTESTAZIONE DI PUBBLICAZIONE', align='C'); pdf.set_text_color(0, 0, 0)
pdf.set_font('LS', '', 8); pdf.set_xy(15, 48); pdf.cell(180, 4, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)', align='C')

pdf.set_font('LS', 'B', 9); pdf.set_xy(15, 56); pdf.cell(180, 5, 'SEZIONE A – ATTO PUBBLICATO')
field(15, 62, 60, 11, 'Tipo atto', 'Deliberazione')
field(75, 62, 60, 11, 'Organo', 'Giunta Comunale')
field(135, 62, 25, 11, 'Numero', '21')
field(160, 62, 35, 11, 'Data atto', '10/03/2026')
field(15, 73, 180, 16, 'Oggetto', 'Approvazione del Piano triennale delle azioni positive 2026-2028 ai sensi dell’art. 48 del D.Lgs. 198/2006.', vs=10)

pdf.set_font('LS', 'B', 9); pdf.set_xy(15, 94); pdf.cell(180, 5, 'SEZIONE B – DATI DI PUBBLICAZIONE')
field(15, 100, 45, 11, 'N. Registro pubblicazioni', '174/2026')
field(60, 100, 45, 11, 'Pubblicato dal', '12/03/2026')
field(105, 100, 45, 11, 'Al (compreso)', '27/03/2026')
field(150, 100, 45, 11, 'Giorni consecutivi', '15')

pdf.set_font('LS', 'B', 9); pdf.set_xy(15, 116); pdf.cell(180, 5, 'SEZIONE C – ATTESTAZIONE')
pdf.set_font('LS', '', 10); pdf.set_xy(15, 122)
pdf.multi_cell(180, 5.2, 'Il sottoscritto Segretario Comunale, visti gli atti d’ufficio, ATTESTA che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line del Comune di Fabro per quindici giorni consecutivi, nel periodo sopra indicato, senza reclami né opposizioni, e che contestualmente alla pubblicazione:')
check(20, 140, True, 'è stata comunicata ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000), nota prot. n. 1902 del 12/03/2026;')
check(20, 146, False, 'è stata trasmessa al Prefetto (art. 135 D.Lgs. 267/2000);')
check(20, 152, True, 'è divenuta esecutiva il 22/03/2026, decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000).')

field(15, 164, 60, 11, 'Luogo e data', 'Fabro, 28/03/2026')
field(95, 164, 100, 24, 'Il Segretario Comunale', 'Dott.ssa Monica Pieroni\n(firmato digitalmente)', vs=10)

pdf.set_font('LS', 'I', 7.5); pdf.set_xy(15, 270)
pdf.multi_cell(180, 3.6, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. e norme collegate; sostituisce il documento cartaceo e la firma autografa.', align='C')
pdf.set_font('LS', '', 6.5); pdf.set_xy(15, 280); pdf.cell(90, 3, 'MOD-ALB-03 rev. 2 (2024)'); pdf.set_xy(105, 280); pdf.cell(90, 3, 'Pagina 1 di 1', align='R')
pdf.output(sys.argv[1])
