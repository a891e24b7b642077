# Montone: convocation poster laid out like a DTP (QuarkXPress-style) manifesto, drawn with fpdf2
import sys
from fpdf import FPDF

F = '/usr/share/fonts/truetype/liberation/'
pdf = FPDF('P', 'mm', 'A4')
pdf.set_title('Convocazione Consiglio Comunale 30 marzo 2026'); pdf.set_author('Comune di Montone')
pdf.set_creator('Manifesti_Consiglio.qxp'); pdf.set_producer('PyFPDF/fpdf2 2.8.9'); pdf.set_auto_page_break(False)
pdf.add_font('Serif', '', F + 'LiberationSerif-Regular.ttf'); pdf.add_font('Serif', 'B', F + 'LiberationSerif-Bold.ttf')
pdf.add_font('Serif', 'I', F + 'LiberationSerif-Italic.ttf')
pdf.add_font('Sans', '', F + 'LiberationSans-Regular.ttf'); pdf.add_font('Sans', 'B', F + 'LiberationSans-Bold.ttf')
pdf.add_page()
# frame
pdf.set_draw_color(120, 20, 30); pdf.set_line_width(1.2); pdf.rect(10, 10, 190, 277)
pdf.set_line_width(0.3); pdf.rect(12, 12, 186, 273)
# crest placeholder and caption
pdf.set_draw_color(90, 90, 90); pdf.rect(95, 18, 20, 24)
pdf.set_font('Sans', '', 6); pdf.set_xy(95, 28); pdf.cell(20, 3, 'stemma', align='C')
pdf.set_xy(20, 43); pdf.set_font('Sans', '', 6.5); pdf.set_text_color(90, 90, 90)
pdf.cell(170, 3, 'Stemma civico – «D’argento al monte di tre cime di verde sormontato da un montone»', align='C')
pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, 49); pdf.set_font('Serif', 'B', 30); pdf.cell(170, 12, 'COMUNE DI MONTONE', align='C')
pdf.set_xy(20, 62); pdf.set_font('Serif', 'I', 12); pdf.cell(170, 6, 'Provincia di Perugia', align='C')
pdf.set_draw_color(120, 20, 30); pdf.set_line_width(0.8); pdf.line(40, 72, 170, 72)
pdf.set_xy(20, 78); pdf.set_font('Sans', 'B', 22); pdf.set_text_color(120, 20, 30)
pdf.cell(170, 10, 'CONVOCAZIONE DEL CONSIGLIO COMUNALE', align='C')
pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, 91); pdf.set_font('Sans', '', 9); pdf.cell(170, 5, 'Prot. n. 1402 – Montone, 18 marzo 2026', align='C')
pdf.set_xy(24, 102); pdf.set_font('Serif', '', 12)
pdf.multi_cell(162, 5.8, 'IL SINDACO, ai sensi dell’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento per il funzionamento del Consiglio Comunale,', align='J')
pdf.set_x(24); pdf.set_font('Sans', 'B', 16); pdf.cell(162, 12, 'C O N V O C A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(24); pdf.set_font('Serif', '', 12)
pdf.multi_cell(162, 5.8, 'il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, presso la Sala consiliare del Palazzo Comunale, Piazza Fortebraccio n. 3, per il giorno', align='J')
pdf.set_x(24); pdf.set_font('Serif', 'B', 17); pdf.cell(162, 11, 'LUNEDÌ 30 MARZO 2026 – ORE 18:30', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(24); pdf.set_font('Serif', '', 12)
pdf.multi_cell(162, 5.8, 'ed occorrendo in seconda convocazione per il giorno martedì 31 marzo 2026 alla stessa ora, per la trattazione del seguente', align='J')
pdf.set_x(24); pdf.set_font('Sans', 'B', 13); pdf.cell(162, 10, 'ORDINE DEL GIORNO', align='C', new_x='LMARGIN', new_y='NEXT')
odg = [
  'Comunicazioni del Sindaco.',
  'Approvazione dei verbali della seduta del 26 febbraio 2026.',
  'Ratifica della deliberazione della Giunta Comunale n. 24 del 05/03/2026 avente ad oggetto: “Variazione d’urgenza al bilancio di previsione 2026/2028 (art. 175, comma 4, D.Lgs. 267/2000)”.',
  'Approvazione del Regolamento comunale per l’utilizzo degli impianti sportivi di Santa Maria di Sette.',
  'Convenzione con i Comuni di Pietralunga e Lisciano Niccone per la gestione associata del servizio di segreteria comunale. Approvazione.',
  'Mozione presentata dal gruppo consiliare “Montone Bene Comune” sulla viabilità della S.R. 3-bis Tiberina.',
]
pdf.set_font('Serif', '', 12)
for i, t in enumerate(odg, 1):
    y = pdf.get_y()
    pdf.set_xy(26, y); pdf.set_font('Serif', 'B', 12); pdf.cell(8, 6, '%d.' % i)
    pdf.set_font('Serif', '', 12); pdf.set_xy(34, y); pdf.multi_cell(150, 6, t, align='J'); pdf.ln(1.2)
pdf.ln(3); pdf.set_x(24); pdf.set_font('Serif', 'I', 10.5)
pdf.multi_cell(162, 5, 'Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio Segreteria e consultabili dai Consiglieri nelle ore d’ufficio. La seduta è trasmessa in diretta streaming sul sito istituzionale dell’Ente.', align='J')
y = min(max(pdf.get_y() + 6, 235), 256)
pdf.set_xy(110, y); pdf.set_font('Sans', 'B', 11); pdf.cell(75, 6, 'IL SINDACO', align='C')
pdf.set_xy(110, y + 6); pdf.set_font('Serif', '', 12); pdf.cell(75, 6, 'Ing. Alessandro Baldelli', align='C')
pdf.set_xy(110, y + 12); pdf.set_font('Sans', '', 7.5); pdf.cell(75, 4, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', align='C')
pdf.set_xy(14, 278); pdf.set_font('Sans', '', 6.5); pdf.set_text_color(90, 90, 90)
pdf.cell(182, 3, 'Comune di Montone – Piazza Fortebraccio, 3 – 06014 Montone (PG) – tel. 075 9306427 – comune.montone@postacert.umbria.it', align='C')
pdf.output(sys.argv[1])
