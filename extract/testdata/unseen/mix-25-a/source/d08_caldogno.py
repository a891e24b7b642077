# D08 Comune (Veneto), banns (pubblicazione di matrimonio): a pre-printed Stato Civile form (fpdf2, Liberation Serif)
# whose blanks of underscores are filled in Liberation Mono Bold just above the rule
import os
from fpdf import FPDF
H = os.path.dirname(os.path.abspath(__file__)); LIB = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4'); pdf.set_auto_page_break(False)
pdf.add_font('Ser', '', LIB + 'LiberationSerif-Regular.ttf'); pdf.add_font('Ser', 'B', LIB + 'LiberationSerif-Bold.ttf')
pdf.add_font('Ser', 'I', LIB + 'LiberationSerif-Italic.ttf'); pdf.add_font('Mono', 'B', LIB + 'LiberationMono-Bold.ttf')
pdf.set_title('Pubblicazione di matrimonio n. 11/2026'); pdf.set_creator('Modulistica Stato Civile')
pdf.add_page(); X = 22; R = 188
pdf.set_font('Ser', 'B', 15); pdf.set_xy(X, 16); pdf.cell(R - X, 7, 'COMUNE DI CALDOGNO', align='C')
pdf.set_font('Ser', '', 10); pdf.set_xy(X, 23); pdf.cell(R - X, 5, 'Provincia di Vicenza', align='C')
pdf.set_font('Ser', 'B', 10); pdf.set_xy(X, 28); pdf.cell(R - X, 5, 'UFFICIO DELLO STATO CIVILE', align='C')
pdf.set_line_width(0.5); pdf.line(X, 35, R, 35); pdf.set_line_width(0.2)
pdf.set_font('Ser', '', 9); pdf.set_xy(X, 38); pdf.cell(60, 5, 'Mod. 6 - D.P.R. 396/2000 art. 55')
def blank(x, y, w, val=''):
    """underscored blank from x of width w (mm) at baseline y, with val typed above"""
    pdf.set_font('Ser', '', 11); n = int(w / pdf.get_string_width('_'))
    pdf.text(x, y, '_' * n)
    if val: pdf.set_font('Mono', 'B', 10.5); pdf.text(x + 2, y - 1.3, val)
    return x + pdf.get_string_width('_') * n
def label(x, y, t, style=''):
    pdf.set_font('Ser', style, 11); pdf.text(x, y, t); return x + pdf.get_string_width(t) + 1
y = 46
x = label(128, y, 'N.'); x = blank(x, y, 20, '11'); label(x + 1, y, '/ 2026')
y = 58; pdf.set_font('Ser', 'B', 16); pdf.set_xy(X, y - 6); pdf.cell(R - X, 8, 'PUBBLICAZIONE DI MATRIMONIO', align='C')
pdf.set_font('Ser', 'I', 10); pdf.set_xy(X, y + 2); pdf.cell(R - X, 5, '(artt. 93 e seguenti del Codice Civile)', align='C')
y = 74; label(X, y, "L'Ufficiale dello Stato Civile del Comune di Caldogno rende noto che:")
rows = [  # (label, value, width) on each line
    [('il Sig.', 'BERTOLDO MATTIA', 76), ('professione', 'IMPIEGATO', 45)],
    [('nato a', 'VICENZA (VI)', 66), ('il', '14/09/1994', 36), ('', '', 0)],
    [('residente in', 'CALDOGNO (VI), VIA DIVISIONE JULIA', 116)],
    [('stato civile', 'CELIBE', 55)],
    [('e la Sig.ra', 'ZANELLA GIULIA', 70), ('professione', 'INFERMIERA', 45)],
    [('nata a', 'THIENE (VI)', 66), ('il', '03/02/1996', 36)],
    [('residente in', 'DUEVILLE (VI), VIA ROMA', 116)],
    [('stato civile', 'NUBILE', 55)]]
y = 85
for row in rows:
    x = X
    for lab, val, w in row:
        if not w: continue
        x = label(x, y, lab); x = blank(x, y, w, val) + 3
    y += 10
y += 1
x = label(X, y, 'intendono contrarre matrimonio'); x = label(x + 2, y, '[X] civile      [   ] concordatario      [   ] altro culto')
y += 11; x = label(X, y, 'nel Comune di'); x = blank(x, y, 60, 'CALDOGNO'); y += 14
pdf.set_font('Ser', '', 11); pdf.set_xy(X, y - 4)
pdf.multi_cell(R - X, 5.6, 'Chiunque conosca l\'esistenza di impedimenti al matrimonio è tenuto a farne denuncia a questo Ufficio. La presente pubblicazione rimarrà affissa all\'Albo Pretorio on line di questo Comune per otto giorni interi e consecutivi (art. 55 D.P.R. 396/2000).', align='J')
y += 20; x = label(X, y, 'Affissa dal'); x = blank(x, y, 34, '12/05/2026'); x = label(x + 2, y, 'al'); x = blank(x, y, 34, '20/05/2026')
y += 11; x = label(X, y, 'Richiesta presentata in data'); x = blank(x, y, 34, '05/05/2026'); x = label(x + 2, y, 'prot.'); x = blank(x, y, 30, '8341')
y += 12; x = label(X, y, 'Caldogno, lì'); x = blank(x, y, 40, '12/05/2026')
y += 12; pdf.set_font('Ser', 'B', 11); pdf.text(120, y, "L'UFFICIALE DELLO STATO CIVILE")
y += 10; blank(116, y, 68, 'LUCIA PERUZZO')
pdf.set_font('Ser', 'I', 8.5); pdf.text(121, y + 5, '(firma digitale ai sensi del D.Lgs. 82/2005)')
y += 7; pdf.set_draw_color(90, 90, 90); pdf.rect(X, y, R - X, 22)
pdf.set_font('Ser', 'B', 9.5); pdf.text(X + 3, y + 6, 'RELATA DI PUBBLICAZIONE')
pdf.set_font('Ser', '', 9.5); pdf.text(X + 3, y + 12, 'Il sottoscritto Messo Comunale attesta che la presente pubblicazione è stata affissa all\'Albo')
x = label(X + 3, y + 19, 'Pretorio on line dal'); x = blank(x, y + 19, 30); x = label(x + 2, y + 19, 'al'); x = blank(x, y + 19, 30); x = label(x + 2, y + 19, 'Il Messo')
blank(x, y + 19, 30)
pdf.set_font('Ser', '', 7.5); pdf.set_text_color(100, 100, 100)
pdf.text(X, 292, 'Comune di Caldogno - Piazza Europa Unita, 7 - 36030 Caldogno (VI) - Tel. 0444 901511 - statocivile@comune.caldogno.vi.it')
pdf.output(os.path.join(H, '..', 'pubblicazione-caldogno-modulistica.pdf'))
