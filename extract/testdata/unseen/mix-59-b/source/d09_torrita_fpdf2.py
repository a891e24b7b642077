# Attestazione di pubblicazione, Comune di Torrita di Siena: a pre-printed form in the manner of Errebian's
# modulistica (boxed fields, check boxes, form code in the margin), filled and printed with fpdf2
import sys
from fpdf import FPDF

F = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4')
pdf.add_font('LS', '', F + 'LiberationSerif-Regular.ttf'); pdf.add_font('LS', 'B', F + 'LiberationSerif-Bold.ttf')
pdf.add_font('LS', 'I', F + 'LiberationSerif-Italic.ttf')
pdf.add_font('LA', '', F + 'LiberationSans-Regular.ttf'); pdf.add_font('LA', 'B', F + 'LiberationSans-Bold.ttf')
pdf.set_creator('Modulistica Enti Locali - compilazione elettronica'); pdf.set_title('Attestazione di pubblicazione')
pdf.set_auto_page_break(False)
pdf.add_page()
# form code in the left margin, vertical
with pdf.rotation(90, 8, 200):
    pdf.set_font('LA', '', 6.5); pdf.set_text_color(90, 90, 90)
    pdf.text(8, 200, 'Mod. 3/ALB - Attestazione di pubblicazione all\'Albo Pretorio on line - ed. 2024')
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
# heading
pdf.rect(20, 14, 18, 22)
pdf.set_font('LA', '', 6); pdf.set_xy(20, 23); pdf.cell(18, 4, 'stemma', align='C')
pdf.set_xy(42, 15); pdf.set_font('LS', 'B', 17); pdf.cell(0, 8, 'COMUNE DI TORRITA DI SIENA')
pdf.set_xy(42, 23); pdf.set_font('LS', '', 10); pdf.cell(0, 5, 'Provincia di Siena')
pdf.set_xy(42, 28); pdf.set_font('LS', 'I', 9); pdf.cell(0, 5, 'Servizio Segreteria Generale - Albo Pretorio on line')
pdf.set_line_width(0.6); pdf.line(20, 39, 190, 39); pdf.set_line_width(0.2)
pdf.set_xy(20, 45); pdf.set_font('LA', 'B', 13)
pdf.cell(170, 8, 'ATTESTAZIONE DI PUBBLICAZIONE', align='C')
pdf.set_xy(20, 53); pdf.set_font('LA', '', 8.5)
pdf.cell(170, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", align='C')

def field(x, y, w, label, value, h=11):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.2, y + 0.8); pdf.set_font('LA', '', 6.5); pdf.cell(w - 2, 3, label.upper())
    pdf.set_xy(x + 1.5, y + 4.5); pdf.set_font('LA', 'B', 10); pdf.cell(w - 3, 5.5, value)

def check(x, y, on, label):
    pdf.rect(x, y, 3.6, 3.6)
    if on:
        pdf.line(x + .6, y + .6, x + 3, y + 3); pdf.line(x + 3, y + .6, x + .6, y + 3)
    pdf.set_xy(x + 5, y - .6); pdf.set_font('LA', '', 9); pdf.cell(50, 5, label)

y = 64
pdf.set_xy(20, y); pdf.set_font('LA', 'B', 8); pdf.cell(0, 4, 'ATTO PUBBLICATO'); y += 5
check(22, y + 1, False, 'Deliberazione del Consiglio Comunale')
check(90, y + 1, True, 'Deliberazione della Giunta Comunale')
check(155, y + 1, False, 'Altro')
y += 8
field(20, y, 40, 'Numero', '52'); field(60, y, 45, 'Data dell\'atto', '09/04/2026')
field(105, y, 85, 'Registro pubblicazioni n.', '384 / 2026')
y += 13
pdf.rect(20, y, 170, 26)
pdf.set_xy(21.2, y + .8); pdf.set_font('LA', '', 6.5); pdf.cell(0, 3, 'OGGETTO')
pdf.set_xy(22, y + 5); pdf.set_font('LS', 'B', 10.5)
pdf.multi_cell(165, 5, "APPROVAZIONE DELLE TARIFFE DEI SERVIZI A DOMANDA INDIVIDUALE PER L'ANNO 2026: "
               "MENSA SCOLASTICA, TRASPORTO SCOLASTICO, ASILO NIDO \"IL GIRASOLE\" E IMPIANTI SPORTIVI COMUNALI",
               new_x='LMARGIN', new_y='NEXT')
y += 32
pdf.set_xy(20, y); pdf.set_font('LS', '', 11)
pdf.multi_cell(170, 6.2,
    "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", new_x='LMARGIN', new_y='NEXT')
pdf.set_xy(20, pdf.get_y() + 2); pdf.set_font('LS', 'B', 12); pdf.cell(170, 7, 'A T T E S T A', align='C')
pdf.set_xy(20, pdf.get_y() + 9); pdf.set_font('LS', '', 11)
pdf.multi_cell(170, 6.2,
    "che copia della deliberazione sopra indicata viene pubblicata in data odierna all'Albo Pretorio on line di questo Comune, "
    "accessibile dal sito istituzionale www.comune.torrita.siena.it, per quindici giorni consecutivi:",
    new_x='LMARGIN', new_y='NEXT')
y = pdf.get_y() + 3
field(20, y, 56, 'dal giorno', '16/04/2026'); field(76, y, 56, 'al giorno', '01/05/2026'); field(132, y, 58, 'giorni', '15 (quindici)')
y += 16
check(22, y, True, 'contestualmente comunicata ai Capigruppo consiliari (art. 125 D.Lgs. 267/2000)')
y += 14
pdf.set_xy(20, y); pdf.set_font('LS', '', 11); pdf.cell(80, 6, 'Torrita di Siena, 16/04/2026')
pdf.set_xy(110, y); pdf.set_font('LS', 'B', 10); pdf.cell(80, 6, 'IL RESPONSABILE DELLA PUBBLICAZIONE', align='C')
pdf.set_xy(110, y + 6); pdf.set_font('LS', '', 10.5); pdf.cell(80, 6, 'Sig.ra Marina Pellegrini', align='C')
pdf.set_xy(110, y + 12); pdf.set_font('LS', 'I', 8.5); pdf.cell(80, 5, '(firmato digitalmente)', align='C')
# stamp box
pdf.set_draw_color(120, 120, 120); pdf.set_dash_pattern(dash=1.2, gap=1)
pdf.rect(20, y + 26, 60, 24); pdf.set_dash_pattern()
pdf.set_xy(20, y + 35); pdf.set_font('LA', '', 7); pdf.set_text_color(120, 120, 120); pdf.cell(60, 4, 'spazio riservato al timbro', align='C')
pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, 282); pdf.set_font('LA', '', 6.5)
pdf.cell(170, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 - Piazza Matteotti, 1 - 53049 Torrita di Siena (SI)", align='C')
pdf.output(sys.argv[1])
