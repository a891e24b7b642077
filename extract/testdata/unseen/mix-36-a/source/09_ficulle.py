#!/usr/bin/env python3
# Certificate of publication on a pre-printed form whose blanks (runs of underscores) were filled in
# on a typewriter-like font: Times for the form, Courier for what the clerk typed. fpdf2, core fonts.
from fpdf import FPDF
pdf = FPDF(format='A4', unit='mm')
pdf.set_creator('Modulistica Ufficio Segreteria'); pdf.set_title('Certificato di pubblicazione')
pdf.set_margins(25, 20, 22); pdf.set_auto_page_break(True, 20)
pdf.add_page()
pdf.set_font('Times', 'B', 16); pdf.cell(0, 8, 'COMUNE DI FICULLE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11); pdf.cell(0, 5, 'Provincia di Terni', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(0, 5, 'Piazza Guglielmo Marconi, 4 - 05016 Ficulle (TR)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_line_width(0.4); pdf.line(25, pdf.get_y() + 2, 188, pdf.get_y() + 2); pdf.ln(8)
pdf.set_font('Times', 'I', 10); pdf.cell(0, 5, 'Mod. SEG/07 - Ufficio Segreteria', align='R', new_x='LMARGIN', new_y='NEXT'); pdf.ln(4)
pdf.set_font('Times', 'B', 14); pdf.cell(0, 7, 'CERTIFICATO DI PUBBLICAZIONE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 10); pdf.cell(0, 5, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(8)
LH = 7
def form(t): pdf.set_font('Times', '', 12); pdf.write(LH, t)
def typed(t): pdf.set_font('Courier', 'B', 11.5); pdf.write(LH, t)
form('Deliberazione della '); typed('__GIUNTA COMUNALE__'); form('   n. '); typed('__22__'); form('   del '); typed('__05/03/2026__')
pdf.ln(LH + 3)
form('Oggetto: ')
typed('APPROVAZIONE DEL PROGETTO "ESTATE RAGAZZI 2026" - CENTRO ESTIVO PER MINORI DAI 6 AI 14 ANNI - DEFINIZIONE DELLE QUOTE DI COMPARTECIPAZIONE A CARICO DELLE FAMIGLIE.________')
pdf.ln(LH); typed('_' * 58); pdf.ln(LH + 4)
form('Il sottoscritto Segretario Comunale, visti gli atti d\'ufficio,'); pdf.ln(LH + 2)
pdf.set_font('Times', 'B', 13); pdf.cell(0, 8, 'A T T E S T A', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
form('che copia della deliberazione sopra indicata e\' stata pubblicata all\'Albo Pretorio on line di questo Comune il giorno ')
typed('__10/03/2026__'); form(' e vi e\' rimasta per quindici giorni consecutivi, fino al ')
typed('__25/03/2026__'); form(', con il n. '); typed('__118__'); form(' del Registro delle pubblicazioni, senza che siano pervenute opposizioni o reclami.')
pdf.ln(LH + 4)
form('Barrare la voce che interessa:'); pdf.ln(LH + 1)
for box, t in (('[X]', 'contestualmente all\'affissione e\' stata comunicata ai Capigruppo consiliari (art. 125 del D.Lgs. 267/2000);'),
               ('[X]', 'e\' stata dichiarata immediatamente eseguibile (art. 134, comma 4, del D.Lgs. 267/2000);'),
               ('[ ]', 'e\' divenuta esecutiva il __________ decorsi dieci giorni dalla pubblicazione (art. 134, comma 3).')):
    pdf.set_x(30); typed(box); form('  ' + t); pdf.ln(LH + 1)
pdf.ln(6)
form('Ficulle, li\' '); typed('__26/03/2026__'); pdf.ln(LH + 10)
pdf.set_x(110); pdf.set_font('Times', 'B', 12); pdf.cell(70, 6, 'IL SEGRETARIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('Courier', 'B', 11.5); pdf.cell(70, 6, '__Dott.ssa Simonetta Ricci__', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('Times', 'I', 9); pdf.cell(70, 5, '(firma autografa sostituita a mezzo stampa', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.cell(70, 5, 'ai sensi dell\'art. 3, c. 2, D.Lgs. 39/1993)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_y(-28); pdf.set_font('Times', '', 8)
pdf.cell(0, 4, 'Comune di Ficulle - Ufficio Segreteria - tel. 0763 86031 - PEC comune.ficulle@postacert.umbria.it', align='C')
pdf.output('../attestazione-ficulle-modulo.pdf')
