# Certificate of publication of the Comune di Sedegliano: a pre-printed publisher's form filled in by the office, drawn with fpdf2
import sys
from fpdf import FPDF
pdf = FPDF('P', 'mm', 'A4')
pdf.add_font('Serif', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.add_font('Serif', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
pdf.add_font('Mono', '', '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf')
pdf.add_font('Sans', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
pdf.set_title('Certificato di pubblicazione'); pdf.set_creator('Modulistica enti locali')
pdf.set_auto_page_break(False)
pdf.add_page()
pdf.set_draw_color(0)
pdf.rect(12, 12, 186, 273)
pdf.set_xy(12, 18); pdf.set_font('Serif', 'B', 16); pdf.cell(186, 8, 'COMUNE DI SEDEGLIANO', align='C')
pdf.set_xy(12, 26); pdf.set_font('Serif', '', 10); pdf.cell(186, 5, 'Regione Autonoma Friuli Venezia Giulia', align='C')
pdf.set_xy(12, 31); pdf.cell(186, 5, 'Piazza Roma, 16 – 33039 Sedegliano (UD)', align='C')
pdf.line(30, 40, 180, 40)
pdf.set_xy(12, 48); pdf.set_font('Serif', 'B', 15); pdf.cell(186, 8, 'CERTIFICATO DI PUBBLICAZIONE', align='C')
pdf.set_xy(12, 56); pdf.set_font('Serif', '', 9); pdf.cell(186, 5, '(art. 1, comma 15, L.R. 11 dicembre 2003, n. 21 – art. 32, L. 18 giugno 2009, n. 69)', align='C')

def label(x, y, t, size=10.5):
    pdf.set_font('Serif', '', size); pdf.set_xy(x, y); pdf.cell(0, 6, t)
def fill(x, y, w, t, size=11):
    pdf.set_dash_pattern(dash=0.4, gap=0.8); pdf.line(x, y + 5.2, x + w, y + 5.2); pdf.set_dash_pattern()
    pdf.set_font('Mono', '', size); pdf.set_xy(x + 1, y); pdf.cell(w - 1, 5, t)

y = 70
label(22, y, 'Atto:'); fill(34, y, 90, 'Deliberazione della Giunta Comunale')
label(127, y, 'N.'); fill(133, y, 18, '21'); label(153, y, 'del'); fill(161, y, 28, '12/03/2026')
y += 11
label(22, y, 'Oggetto:')
lines = ['CONCESSIONE IN USO TEMPORANEO DELLA PALESTRA COMUNALE',
         'DI GRADISCA DI SEDEGLIANO ALLE ASSOCIAZIONI SPORTIVE',
         'LOCALI - STAGIONE 2026. APPROVAZIONE SCHEMA DI',
         'CONVENZIONE.']
for i, t in enumerate(lines):
    fill(40, y + i * 7, 149, t, 10.5)
y += 7 * len(lines) + 8
pdf.set_font('Serif', '', 10.5)
pdf.set_xy(22, y)
pdf.multi_cell(167, 6, 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,', align='L')
y += 10
pdf.set_font('Serif', 'B', 12); pdf.set_xy(12, y); pdf.cell(186, 6, 'C E R T I F I C A', align='C')
y += 11
label(22, y, 'che copia del suddetto atto viene pubblicata all\'Albo Pretorio on line del Comune dal')
y += 8
fill(22, y, 30, '18/03/2026'); label(54, y, 'al'); fill(61, y, 30, '02/04/2026'); label(93, y, 'per quindici giorni consecutivi, registrata al')
y += 8
label(22, y, 'n.'); fill(27, y, 18, '187'); label(47, y, 'del Registro delle pubblicazioni.')
y += 14
label(22, y, 'Sedegliano, li'); fill(50, y, 30, '18/03/2026')
y += 16
pdf.set_font('Serif', '', 10.5); pdf.set_xy(110, y); pdf.cell(80, 6, 'IL RESPONSABILE DELLA PUBBLICAZIONE', align='C')
fill(118, y + 10, 64, '  Michela Turco', 11)
pdf.set_font('Sans', '', 7); pdf.set_xy(110, y + 18); pdf.cell(80, 4, '(firma autografa sostituita a mezzo stampa ai sensi', align='C')
pdf.set_xy(110, y + 21); pdf.cell(80, 4, 'dell\'art. 3, comma 2, D.Lgs. 39/1993)', align='C')
# lower box: executivity, not filled (another officer's part of the form)
y += 36
pdf.rect(22, y, 166, 40)
pdf.set_font('Serif', 'B', 10.5); pdf.set_xy(22, y + 2); pdf.cell(166, 6, 'CERTIFICATO DI ESECUTIVITÀ', align='C')
pdf.set_font('Serif', '', 9.5)
pdf.set_xy(26, y + 10); pdf.multi_cell(158, 5, '[X] dichiarata immediatamente eseguibile (art. 1, comma 19, L.R. 21/2003)\n[  ] divenuta esecutiva il giorno successivo al termine della pubblicazione (art. 1, comma 19, L.R. 21/2003)')
label(26, y + 24, 'Sedegliano, li', 9.5); fill(52, y + 24, 30, '12/03/2026', 10)
label(110, y + 24, 'IL SEGRETARIO COMUNALE', 9.5)
fill(110, y + 31, 70, 'dott. Marco Tuniz', 10)
pdf.set_font('Sans', '', 6.5); pdf.set_xy(14, 279); pdf.cell(0, 4, 'Mod. 127/EL - Certificato di pubblicazione e di esecutività delle deliberazioni - Edizione 2024')
pdf.output(sys.argv[1])
