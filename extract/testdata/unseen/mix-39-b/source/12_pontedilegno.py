# Comune di Ponte di Legno – public notice laid out like a QuarkXPress poster (coloured bands, display type,
# two text columns), drawn with fpdf2 using DejaVu TTF fonts
import os
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__))
F = '/usr/share/fonts/truetype/dejavu/'
pdf = FPDF('P', 'mm', 'A4')
pdf.set_title('Avviso chiusura strada comunale per Pezzo'); pdf.set_author('Comune di Ponte di Legno - Area Tecnica')
pdf.set_creator('QuarkXPress-style poster template (Ufficio Tecnico)')
pdf.add_font('DV', '', F + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', F + 'DejaVuSans-Bold.ttf')
pdf.add_font('DVC', '', F + 'DejaVuSansCondensed.ttf'); pdf.add_font('DVC', 'B', F + 'DejaVuSansCondensed-Bold.ttf')
pdf.add_font('DVS', '', F + 'DejaVuSerif.ttf'); pdf.add_font('DVS', 'I', F + 'DejaVuSerif-Italic.ttf')
pdf.set_auto_page_break(False); pdf.add_page()
# top band
pdf.set_fill_color(22, 66, 110); pdf.rect(0, 0, 210, 38, 'F')
pdf.set_draw_color(255, 255, 255); pdf.set_line_width(0.4); pdf.rect(14, 7, 20, 24)
pdf.set_text_color(255, 255, 255); pdf.set_font('DV', '', 5.5); pdf.set_xy(14, 17); pdf.cell(20, 4, 'stemma', align='C')
pdf.set_font('DV', 'B', 22); pdf.set_xy(40, 8); pdf.cell(0, 10, 'COMUNE DI PONTE DI LEGNO')
pdf.set_font('DV', '', 10); pdf.set_xy(40, 19); pdf.cell(0, 5, 'Provincia di Brescia')
pdf.set_font('DVC', 'B', 10); pdf.set_xy(40, 26); pdf.cell(0, 5, 'AREA TECNICA  –  Servizio Lavori Pubblici e Viabilità')
# kicker + headline
pdf.set_text_color(190, 30, 30); pdf.set_font('DV', 'B', 34); pdf.set_xy(14, 48); pdf.cell(182, 14, 'AVVISO', align='C')
pdf.set_font('DV', 'B', 14); pdf.set_xy(14, 62); pdf.cell(182, 7, 'ALLA CITTADINANZA', align='C')
pdf.set_fill_color(250, 205, 40); pdf.rect(14, 74, 182, 30, 'F')
pdf.set_text_color(0, 0, 0); hl = ['CHIUSURA TEMPORANEA DELLA STRADA COMUNALE PER PEZZO', 'LAVORI DI MESSA IN SICUREZZA DEL VERSANTE']
size = 17
while True:
    pdf.set_font('DVC', 'B', size)
    if max(pdf.get_string_width(x) for x in hl) < 170: break
    size -= 0.5
pdf.set_xy(18, 80)
pdf.multi_cell(174, 8, '\n'.join(hl), align='C')
# big date box
pdf.set_font('DV', 'B', 13); pdf.set_xy(14, 112)
pdf.cell(182, 7, 'dal 23 marzo al 30 aprile 2026', align='C')
pdf.set_font('DV', '', 10.5); pdf.set_xy(14, 120)
pdf.cell(182, 6, 'dalle ore 8:00 alle ore 17:30, dal lunedì al venerdì', align='C')
pdf.set_draw_color(22, 66, 110); pdf.set_line_width(0.6); pdf.line(14, 131, 196, 131)
# two columns
colw = 86
left = ("Si informa la cittadinanza che, per consentire l’esecuzione dei lavori di consolidamento della scarpata "
        "a monte della carreggiata e di posa delle reti paramassi al km 2+300, la strada comunale che collega "
        "Ponte di Legno alla frazione di Pezzo resterà chiusa al traffico veicolare e pedonale nel tratto compreso "
        "tra il ponte sul torrente Narcanello e l’abitato di Pezzo, come stabilito dall’ordinanza del Responsabile "
        "dell’Area Tecnica prot. n. 2196 del 10/03/2026.\n\n"
        "Il sabato, la domenica e nei giorni festivi, nonché nelle fasce orarie non interessate dalle lavorazioni, "
        "la circolazione sarà consentita a senso unico alternato regolato da impianto semaforico.")
right = ("Durante la chiusura il collegamento con la frazione sarà garantito dalla viabilità alternativa "
         "della strada provinciale per Case di Viso – Pezzo, opportunamente segnalata.\n\n"
         "Sarà sempre garantito il transito dei mezzi di soccorso, delle forze dell’ordine e del servizio di "
         "trasporto scolastico, previo coordinamento con l’impresa esecutrice.\n\n"
         "Per informazioni: Ufficio Tecnico comunale, Piazza XXVII Settembre 1, tel. 0364 929811, "
         "dal lunedì al venerdì dalle 9:00 alle 12:30.\n\n"
         "Ci scusiamo per il disagio.")
pdf.set_font('DVS', '', 10); pdf.set_text_color(30, 30, 30)
pdf.set_xy(14, 136); pdf.multi_cell(colw, 5.2, left, align='J')
pdf.set_xy(110, 136); pdf.multi_cell(colw, 5.2, right, align='J')
# signature
pdf.set_font('DV', '', 10); pdf.set_xy(14, 232); pdf.cell(90, 6, 'Ponte di Legno, 11 marzo 2026')
pdf.set_xy(110, 232); pdf.cell(86, 6, 'IL RESPONSABILE DELL’AREA TECNICA', align='C')
pdf.set_font('DV', 'B', 10); pdf.set_xy(110, 238); pdf.cell(86, 6, 'Geom. Luca Faustinelli', align='C')
pdf.set_font('DVS', 'I', 8); pdf.set_xy(110, 244); pdf.cell(86, 5, '(firmato digitalmente)', align='C')
# bottom band
pdf.set_fill_color(22, 66, 110); pdf.rect(0, 272, 210, 25, 'F')
pdf.set_text_color(255, 255, 255); pdf.set_font('DV', '', 7.5); pdf.set_xy(14, 277)
pdf.multi_cell(182, 4, 'Comune di Ponte di Legno – Piazza XXVII Settembre, 1 – 25056 Ponte di Legno (BS)\n'
               'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – pubblicato all’Albo Pretorio on line e affisso nel territorio comunale', align='C')
pdf.output(os.path.join(HERE, '..', 'avviso-pontedilegno-quarkxpress.pdf'))
