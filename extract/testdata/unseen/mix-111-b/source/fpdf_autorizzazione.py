#!/usr/bin/env python3
"""fpdf2: Mariano Comense autorizzazione (Ufficio Tecnico), a pre-printed form
whose blanks of underscores are filled in by the program over the lines."""
import sys, os
from fpdf import FPDF
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'

pdf = FPDF('P', 'mm', 'A4')
pdf.set_creator('Hypersic - Edilizia Privata'); pdf.set_title('Autorizzazione paesaggistica 31/2026')
pdf.set_auto_page_break(True, 18)
pdf.add_page()
# letterhead as in the Comune's house style (crest box left, register box right)
pdf.set_draw_color(31, 61, 122); pdf.rect(20, 17, 14, 18)
pdf.set_font('Helvetica', 'B', 6); pdf.set_xy(20, 24); pdf.cell(14, 4, 'STEMMA', align='C')
pdf.set_font('Helvetica', 'B', 14); pdf.set_xy(38, 17); pdf.cell(0, 6, 'CITTÀ DI MARIANO COMENSE')
pdf.set_font('Helvetica', '', 9); pdf.set_xy(38, 24); pdf.cell(0, 4, 'Provincia di Como')
pdf.set_xy(38, 28); pdf.cell(0, 4, 'Piazza Console Teodoro Rosa, 3 - 22066 Mariano Comense (CO)')
pdf.line(20, 38, 190, 38)
pdf.set_xy(20, 42); pdf.set_font('Helvetica', 'B', 10); pdf.cell(110, 5, 'AREA TECNICA')
pdf.set_xy(20, 47); pdf.set_font('Helvetica', '', 10); pdf.cell(110, 5, 'Servizio Edilizia Privata e Paesaggio')
pdf.rect(130, 41, 60, 15)
pdf.set_xy(131, 42); pdf.set_font('Helvetica', 'B', 9); pdf.cell(58, 4.5, 'Registro Autorizzazioni', align='R')
pdf.set_xy(131, 46.5); pdf.set_font('Helvetica', '', 9); pdf.cell(58, 4.5, 'AUTORIZZAZIONE N. 31', align='R')
pdf.set_xy(131, 51); pdf.cell(58, 4.5, 'del 12/11/2026', align='R')

pdf.set_xy(20, 62); pdf.set_font('Helvetica', 'B', 12)
pdf.cell(170, 6, 'AUTORIZZAZIONE PAESAGGISTICA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', '', 9)
pdf.cell(170, 5, '(art. 146 del D.Lgs. 22 gennaio 2004, n. 42 - procedimento ordinario)', align='C', new_x='LMARGIN', new_y='NEXT')

def field(label, value, y, x=20, w=170, lw=None):
    """printed label, a blank of underscores, the value typed over it"""
    pdf.set_font('Helvetica', '', 10)
    pdf.set_xy(x, y); pdf.cell(0, 5, label)
    lw = lw or pdf.get_string_width(label) + 1
    n = int((w - lw) / pdf.get_string_width('_'))
    pdf.set_xy(x + lw, y); pdf.cell(0, 5, '_' * n)
    pdf.set_font('Courier', 'B', 10)
    pdf.set_xy(x + lw + 2, y - 0.8); pdf.cell(0, 5, value)

y = 80
pdf.set_font('Helvetica', 'B', 10); pdf.set_xy(20, y)
pdf.multi_cell(170, 5, 'OGGETTO: Autorizzazione paesaggistica per la sostituzione dei serramenti e il rifacimento della copertura di un edificio residenziale in via Isonzo, 27.')
y = pdf.get_y() + 4
rows = [('Richiedente:', 'BRAMBILLA Giorgio'),
        ('Codice fiscale:', 'BRMGRG71C14E951T'),
        ('Ubicazione intervento:', 'via Isonzo, 27'),
        ('Dati catastali:', 'Foglio 9, mappale 1184, sub. 3'),
        ('Istanza prot. n.:', '28411 del 25/09/2026'),
        ('Progettista:', 'geom. Laura Cattaneo'),
        ('Vincolo:', 'D.M. 24/02/1967 - art. 136 D.Lgs. 42/2004')]
for lab, val in rows:
    field(lab, val, y, lw=48); y += 8
pdf.set_font('Helvetica', '', 10); pdf.set_xy(20, y + 2)
pdf.multi_cell(170, 5, (
    'IL RESPONSABILE DELL\'AREA TECNICA\n'
    'Visto il parere favorevole con prescrizioni della Commissione per il Paesaggio espresso nella seduta del 14/10/2026; '
    'visto il parere vincolante favorevole della Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Como, '
    'Lecco, Monza-Brianza, Pavia, Sondrio e Varese, prot. n. 19022 del 06/11/2026; accertata la compatibilità paesaggistica '
    'dell\'intervento;'), align='J')
pdf.ln(3); pdf.set_font('Helvetica', 'B', 11); pdf.cell(170, 6, 'AUTORIZZA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', '', 10)
pdf.multi_cell(170, 5, ('ai sensi dell\'art. 146 del D.Lgs. 42/2004, l\'esecuzione delle opere descritte in oggetto, come da elaborati '
    'allegati all\'istanza, alle seguenti prescrizioni:'), align='J')
for i, t in enumerate(['i nuovi serramenti siano in legno, colore grigio chiaro RAL 7035, con partitura uguale all\'esistente;',
                       'il manto di copertura sia in coppi di laterizio di recupero o invecchiati;',
                       'i canali di gronda e i pluviali siano in rame.'], 1):
    pdf.set_x(26); pdf.multi_cell(164, 5, '%d. %s' % (i, t))
pdf.ln(2)
pdf.multi_cell(170, 5, ('La presente autorizzazione è efficace per un periodo di cinque anni dal rilascio e costituisce atto autonomo '
    'e presupposto del titolo edilizio. Avverso la stessa è ammesso ricorso al T.A.R. Lombardia entro 60 giorni.'), align='J')
y = pdf.get_y() + 6
field('Mariano Comense, li', '12/11/2026', y, w=80, lw=36)
pdf.set_font('Helvetica', 'B', 10); pdf.set_xy(110, y + 10); pdf.cell(80, 5, 'IL RESPONSABILE DELL\'AREA TECNICA', align='C')
pdf.set_font('Helvetica', '', 10); pdf.set_xy(110, y + 15); pdf.cell(80, 5, 'arch. Marco Pozzoli', align='C')
pdf.set_font('Helvetica', 'I', 7.5); pdf.set_xy(110, y + 20); pdf.cell(80, 4, 'firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C')
pdf.output(os.path.join(OUT, 'autorizzazione-marianocomense-hypersic.pdf'))
