# Word-template Allegato A: budget variation table attached to a Consiglio deliberation (fpdf2, DejaVu Sans Condensed)
from fpdf import FPDF
from common import out, DJ
p = FPDF('L', 'mm', 'A4'); p.set_margins(15, 15, 15); p.set_auto_page_break(True, 18)
p.add_font('DVC', '', DJ + 'DejaVuSansCondensed.ttf'); p.add_font('DVC', 'B', DJ + 'DejaVuSansCondensed-Bold.ttf')
p.set_title('Allegato A - variazione di bilancio'); p.set_creator('Microsoft Word')
def header():
    p.set_font('DVC', 'B', 13); p.cell(150, 6, 'COMUNE DI ODERZO'); p.set_font('DVC', 'B', 10)
    p.cell(0, 6, 'ALLEGATO A', align='R', new_x='LMARGIN', new_y='NEXT')
    p.set_font('DVC', '', 9); p.cell(150, 5, 'Provincia di Treviso'); p.cell(0, 5, 'alla deliberazione del Consiglio Comunale', align='R', new_x='LMARGIN', new_y='NEXT')
    p.cell(150, 5, ''); p.cell(0, 5, 'n. 44 del 29/09/2025', align='R', new_x='LMARGIN', new_y='NEXT')
    p.ln(3)
p.add_page(); header()
p.set_font('DVC', 'B', 11)
p.cell(0, 6, 'VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2025-2027 - ESERCIZIO 2025', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('DVC', '', 9)
p.cell(0, 5, '(artt. 175 e 193 del D.Lgs. n. 267/2000 - salvaguardia degli equilibri e assestamento generale)', align='C', new_x='LMARGIN', new_y='NEXT')
p.ln(4)
cols = [(22, 'Missione /\nProgramma'), (18, 'Titolo'), (22, 'Capitolo'), (104, 'Descrizione'), (37, 'Stanziamento\nattuale'), (37, 'Variazione\n(+/-)'), (27, 'Stanziamento\nassestato')]
def thead(title):
    p.set_font('DVC', 'B', 9); p.set_fill_color(217, 226, 243)
    p.cell(0, 6, title, border=1, fill=True, new_x='LMARGIN', new_y='NEXT')
    p.set_font('DVC', 'B', 7.5); y = p.get_y(); x = p.l_margin
    for w, t in cols:
        p.set_xy(x, y); p.multi_cell(w, 4, t, border=1, align='C', max_line_height=4, new_x='RIGHT', new_y='TOP', fill=False)
        x += w
    p.set_xy(p.l_margin, y + 8)
def row(r, bold=False):
    p.set_font('DVC', 'B' if bold else '', 8)
    for (w, _), v, i in zip(cols, r, range(7)):
        p.cell(w, 5.5, v, border=1, align='R' if i >= 4 else 'L')
    p.ln(5.5)
thead('PARTE SPESA')
spesa = [
 ['01.05', '1', '1450/0', 'Manutenzione ordinaria immobili comunali - prestazioni di servizi', '85.000,00', '+ 22.500,00', '107.500,00'],
 ['01.11', '1', '1890/2', 'Spese per consulenze legali e patrocinio', '30.000,00', '+ 12.000,00', '42.000,00'],
 ['04.06', '1', '2235/0', 'Trasporto scolastico - contratto di servizio', '210.000,00', '+ 18.300,00', '228.300,00'],
 ['10.05', '1', '3320/1', 'Energia elettrica illuminazione pubblica', '390.000,00', '- 45.000,00', '345.000,00'],
 ['12.05', '1', '4410/0', 'Contributi a famiglie in difficoltà economica', '60.000,00', '+ 15.000,00', '75.000,00'],
 ['10.05', '2', '8120/3', 'Asfaltatura strade comunali - Via Garibaldi e Via Postumia', '150.000,00', '+ 120.000,00', '270.000,00'],
 ['06.01', '2', '8610/0', 'Riqualificazione impianti sportivi - palestra di Piavon', '0,00', '+ 65.000,00', '65.000,00'],
]
for r in spesa: row(r)
row(['', '', '', 'TOTALE VARIAZIONI PARTE SPESA', '', '+ 207.800,00', ''], True)
p.ln(5)
thead('PARTE ENTRATA')
entrata = [
 ['', '1', '115/0', 'Imposta municipale propria - recupero evasione', '250.000,00', '+ 40.000,00', '290.000,00'],
 ['', '2', '260/1', 'Trasferimenti regionali per il sostegno al reddito', '20.000,00', '+ 15.000,00', '35.000,00'],
 ['', '3', '510/0', 'Proventi da sanzioni del Codice della Strada', '180.000,00', '+ 17.800,00', '197.800,00'],
 ['', '0', 'AVA', 'Avanzo di amministrazione libero - rendiconto 2024', '0,00', '+ 135.000,00', '135.000,00'],
]
for r in entrata: row(r)
row(['', '', '', 'TOTALE VARIAZIONI PARTE ENTRATA', '', '+ 207.800,00', ''], True)
p.ln(6)
p.set_font('DVC', '', 9)
p.multi_cell(0, 5, 'Riepilogo: le variazioni di cui al presente allegato mantengono il pareggio finanziario e il rispetto degli '
             'equilibri di bilancio di cui all\'art. 193 del D.Lgs. n. 267/2000. Parere favorevole dell\'Organo di revisione '
             'n. 19 del 22/09/2025 (verbale acquisito al prot. n. 28411).', new_x='LMARGIN', new_y='NEXT')
p.ln(8)
p.cell(180, 5, ''); p.cell(0, 5, 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO', align='C', new_x='LMARGIN', new_y='NEXT')
p.cell(180, 5, ''); p.cell(0, 5, 'dott.ssa Elena Tonon', align='C', new_x='LMARGIN', new_y='NEXT')
p.output(out('allegato-oderzo-word.pdf'))
