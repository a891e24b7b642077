# Comune di Bevagna - attestazione di pubblicazione: a pre-printed form (fpdf2, Liberation Sans) whose
# blanks of underscores are filled in "typewriter" Liberation Mono Bold, 1.2 pt above the blank.
from fpdf import FPDF
LIB = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4'); pdf.set_auto_page_break(False)
pdf.add_font('LS', '', LIB + 'LiberationSans-Regular.ttf'); pdf.add_font('LS', 'B', LIB + 'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', LIB + 'LiberationSans-Italic.ttf'); pdf.add_font('LM', 'B', LIB + 'LiberationMono-Bold.ttf')
pdf.set_creator('Halley - Modulistica Albo'); pdf.set_producer('PyFPDF/fpdf2'); pdf.set_title('Attestazione di pubblicazione')
pdf.add_page()
L = 22; R = 188
def t(x, y, s, st='', sz=10.5):
    pdf.set_font('LS', st, sz); pdf.text(x, y, s)
def blank(x, y, n, fill=None, dx=2):
    pdf.set_font('LS', '', 10.5); pdf.text(x, y, '_' * n)
    w = pdf.get_string_width('_' * n)
    if fill:
        pdf.set_font('LM', 'B', 10.5); pdf.text(x + dx, y - 1.2, fill)
    return x + w
pdf.set_line_width(0.3); pdf.ellipse(L, 14, 16, 19)
pdf.set_font('LS', '', 5); pdf.text(L + 3.2, 24.5, 'STEMMA')
t(L + 22, 21, 'COMUNE DI BEVAGNA', 'B', 16)
t(L + 22, 27, 'Provincia di Perugia', 'I', 10.5)
t(L + 22, 32, 'Servizio Affari Generali – Ufficio Albo Pretorio', '', 9)
pdf.line(L, 37, R, 37)
t(150, 44, 'Mod. AP/07 – rev. 2019', 'I', 7)
pdf.set_font('LS', 'B', 14); w = pdf.get_string_width('ATTESTAZIONE DI PUBBLICAZIONE'); pdf.text((210 - w) / 2, 56, 'ATTESTAZIONE DI PUBBLICAZIONE')
pdf.set_font('LS', '', 9.5); s = '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)'
pdf.text((210 - pdf.get_string_width(s)) / 2, 62, s)
y = 76
t(L, y, 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d’ufficio,'); y += 12
pdf.set_font('LS', 'B', 12); pdf.text((210 - pdf.get_string_width('A T T E S T A')) / 2, y, 'A T T E S T A'); y += 12
t(L, y, 'che la deliberazione del/della')
for x0, lab, on in [(L + 56, 'Giunta Comunale', True), (L + 104, 'Consiglio Comunale', False)]:
    pdf.rect(x0, y - 3.6, 4, 4)
    if on:
        pdf.set_font('LM', 'B', 11); pdf.text(x0 + 0.6, y - 0.2, 'X')
    t(x0 + 6, y, lab)
y += 11
t(L, y, 'n.'); x = blank(L + 5, y, 10, '29')
t(x + 2, y, 'del'); x = blank(x + 9, y, 18, '05/03/2026')
y += 11
t(L, y, 'avente ad oggetto:'); y += 9
subj = ['MERCATO DELLE GAITE 2026 – CONCESSIONE DEL PATROCINIO', 'E DI UN CONTRIBUTO STRAORDINARIO ALL’ENTE MERCATO DELLE', 'GAITE. INDIRIZZI AGLI UFFICI.']
for s in subj:
    blank(L, y, 74, s); y += 9
y += 3
t(L, y, 'è stata pubblicata all’Albo Pretorio on line di questo Comune per quindici giorni consecutivi'); y += 9
t(L, y, 'dal'); x = blank(L + 7, y, 18, '06/03/2026'); t(x + 2, y, 'al'); x = blank(x + 8, y, 18, '21/03/2026')
t(x + 2, y, 'con il n.'); x = blank(x + 18, y, 10, '198'); y += 7
t(L, y, 'del Registro delle pubblicazioni, ai sensi dell’art. 124, comma 1, del D.Lgs. n. 267/2000,'); y += 6
t(L, y, 'e che avverso la stessa non sono pervenuti reclami od opposizioni.'); y += 14
t(L, y, 'Note:'); blank(L + 12, y, 66, 'dichiarata immediatamente eseguibile'); y += 20
t(L, y, 'Bevagna, lì'); blank(L + 21, y, 18, '23/03/2026')
t(118, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE', 'B', 9.5); y += 12
blank(118, y, 30, 'Rita Properzi'); y += 5
t(124, y, '(firmato digitalmente)', 'I', 8)
pdf.line(L, 282, R, 282)
t(L, 287, 'Comune di Bevagna – Corso Giacomo Matteotti 58 – 06031 Bevagna (PG) – comune.bevagna@postacert.umbria.it', '', 7)
pdf.output('../attestazione-bevagna-halley.pdf')
