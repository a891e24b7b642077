# Comune di Gioia Tauro - attestazione di pubblicazione: a pre-printed office form whose
# blanks (underscores) were filled in by typing over them, as a Word "modulo" would be.
# fpdf2 with Liberation Serif (embedded TrueType).
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format='A4', unit='mm')
pdf.set_auto_page_break(False)
pdf.set_creator('Microsoft Word - modulo_attestazione_albo.docx')
pdf.set_title('Attestazione di pubblicazione')
pdf.add_font('Serif', '', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf')
pdf.add_font('Serif', 'B', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf')
pdf.add_font('Serif', 'I', '/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf')
pdf.add_page()
L, R = 22, 190
TW = R - L
pdf.set_margins(L, 15, 210 - R)


def line(txt, h=7.2, style='', size=12, align='L'):
    pdf.set_font('Serif', style, size)
    pdf.set_x(L)
    pdf.cell(TW, h, txt, align=align, new_x='LMARGIN', new_y='NEXT')


def fill_to_margin(txt, size=12, style=''):
    """a typed line: text, then underscores up to the right margin"""
    pdf.set_font('Serif', style, size)
    us = pdf.get_string_width('_')
    n = int((TW - pdf.get_string_width(txt) - 1) / us)
    line(txt + '_' * max(n, 0), size=size, style=style)


pdf.set_y(16)
line('COMUNE DI GIOIA TAURO', h=8, style='B', size=17, align='C')
line('Città Metropolitana di Reggio Calabria', h=6, style='I', size=11.5, align='C')
line('Servizio Affari Generali – Ufficio Albo Pretorio', h=6, size=10.5, align='C')
pdf.set_line_width(0.5)
pdf.line(L, pdf.get_y() + 2, R, pdf.get_y() + 2)
pdf.ln(12)
line('ATTESTAZIONE DI PUBBLICAZIONE', h=8, style='B', size=14, align='C')
line('(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)', h=6, style='I', size=10, align='C')
pdf.ln(8)
fill_to_margin('Il sottoscritto __Rag. Domenico Cannatà__ , Responsabile della pubblicazione,')
line('visti gli atti d’ufficio,')
pdf.ln(3)
line('A T T E S T A', style='B', size=12.5, align='C')
pdf.ln(3)
line('che la deliberazione di   [   ] Consiglio Comunale    [ X ] Giunta Comunale')
line('n. ___38___  del ___26/02/2026___  avente ad oggetto:')
subj = ('Approvazione del programma degli interventi di manutenzione straordinaria delle strade comunali e '
        'della segnaletica orizzontale – anno 2026 – Atto di indirizzo al Responsabile dell’Area Tecnica.')
# typed over the blank lines: full lines carry no underscores, the last one is padded
words = subj.split()
pdf.set_font('Serif', '', 12)
cur = ''
lines = []
for w in words:
    t = (cur + ' ' + w).strip()
    if pdf.get_string_width(t) > TW - 2:
        lines.append(cur)
        cur = w
    else:
        cur = t
lines.append(cur)
for ln_ in lines[:-1]:
    line(ln_)
fill_to_margin(lines[-1] + ' ')
fill_to_margin('')
line('è stata pubblicata all’Albo Pretorio on line di questo Comune, al n. ___402___ del Registro delle')
line('pubblicazioni, per quindici giorni consecutivi dal ___27/02/2026___ al ___14/03/2026___ , ai sensi')
line('dell’art. 124, comma 1, del D.Lgs. n. 267/2000, e che nel suddetto periodo [   ] sono [ X ] non sono')
line('pervenute opposizioni o reclami.')
pdf.ln(8)
line('Gioia Tauro, lì ___16/03/2026___')
pdf.ln(12)
line('IL RESPONSABILE DELLA PUBBLICAZIONE', style='B', size=11, align='R')
line('__Rag. Domenico Cannatà__        ', size=12, align='R')
line('(firma autografa sostituita a mezzo stampa ai sensi', size=9, style='I', align='R')
line('dell’art. 3, comma 2, del D.Lgs. n. 39/1993)', size=9, style='I', align='R')
pdf.ln(14)
pdf.set_line_width(0.2)
pdf.line(L, pdf.get_y(), R, pdf.get_y())
pdf.ln(2)
line('Mod. AP/03 – rev. 2019  –  Comune di Gioia Tauro – Piazza Ignazio Silone – 89013 Gioia Tauro (RC)', h=5, size=8, align='C')
pdf.output(out)
