#!/usr/bin/env python3
"""fpdf2: Grugliasco certificate of publication (a printed form filled over
underscores) and Petralia Soprana determinazione (running head and foot with
the number)."""
import sys, os
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
DV = '/usr/share/fonts/truetype/dejavu/'


def certificato():
    pdf = FPDF('P', 'mm', 'A4')
    pdf.set_creator('J-Iride Albo - modulistica'); pdf.set_title('Certificato di pubblicazione')
    pdf.add_font('DV', '', DV + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', DV + 'DejaVuSans-Bold.ttf')
    pdf.add_font('DVM', '', DV + 'DejaVuSansMono.ttf')
    pdf.set_auto_page_break(False); pdf.add_page(); pdf.set_margins(22, 20, 22)
    pdf.set_font('DV', 'B', 15); pdf.set_xy(22, 22); pdf.cell(0, 8, 'CITTÀ DI GRUGLIASCO', align='C')
    pdf.set_font('DV', '', 9); pdf.set_xy(22, 30); pdf.cell(0, 5, 'Città Metropolitana di Torino - Ufficio Messi e Albo Pretorio', align='C')
    pdf.line(22, 38, 188, 38)
    pdf.set_font('DV', 'B', 12); pdf.set_xy(22, 48)
    pdf.cell(0, 7, 'CERTIFICATO DI PUBBLICAZIONE', align='C')
    pdf.set_font('DV', '', 8); pdf.set_xy(22, 55); pdf.cell(0, 5, '(art. 124 del D.Lgs. 18 agosto 2000, n. 267)', align='C')

    # The printed form: labels and blanks of underscores (DejaVu Sans Mono blanks)
    def blank_line(y, label, n_us, x0=22):
        pdf.set_font('DV', '', 10); pdf.set_xy(x0, y); pdf.cell(pdf.get_string_width(label) + 1, 6, label)
        x = pdf.get_x()
        pdf.set_font('DVM', '', 10); pdf.set_xy(x, y); pdf.cell(0, 6, '_' * n_us)
        return x

    def fill(x, y, text, size=10):
        # typed later into the blank, slightly above the underscores
        pdf.set_font('DVM', '', size); pdf.set_text_color(0, 0, 120)
        pdf.set_xy(x + 2, y - 1.2); pdf.cell(0, 6, text)
        pdf.set_text_color(0, 0, 0)

    y = 70
    pdf.set_font('DV', '', 10); pdf.set_xy(22, y)
    pdf.multi_cell(166, 6, 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,')
    pdf.set_font('DV', 'B', 11); pdf.set_xy(22, y + 12); pdf.cell(0, 6, 'CERTIFICA', align='C')
    y = 94
    x1 = blank_line(y, 'che la deliberazione della', 38); fill(x1, y, 'GIUNTA COMUNALE')
    y += 10
    x2 = blank_line(y, 'n.', 10); fill(x2, y, '214')
    pdf.set_font('DV', '', 10); pdf.set_xy(70, y); pdf.cell(10, 6, 'del')
    pdf.set_font('DVM', '', 10); pdf.set_xy(80, y); pdf.cell(40, 6, '_' * 14); fill(80, y, '17/11/2026')
    y += 10
    pdf.set_font('DV', '', 10); pdf.set_xy(22, y); pdf.cell(0, 6, 'avente ad oggetto:')
    subj = ['APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ',
            'TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO',
            'LE SERRE - LOTTO 2. CUP J17H26000410004.']
    for i in range(4):
        yy = y + 8 + i * 8
        pdf.set_line_width(0.2); pdf.line(22, yy + 5.6, 188, yy + 5.6)  # ruled lines for the long field
        if i < len(subj):
            fill(22, yy, subj[i])
    y += 8 + 4 * 8 + 6
    pdf.set_font('DV', '', 10); pdf.set_xy(22, y)
    pdf.cell(0, 6, 'è stata pubblicata all\'Albo Pretorio on line di questo Comune')
    y += 10
    x3 = blank_line(y, 'dal', 14); fill(x3, y, '19/11/2026')
    pdf.set_font('DV', '', 10); pdf.set_xy(75, y); pdf.cell(8, 6, 'al')
    pdf.set_font('DVM', '', 10); pdf.set_xy(83, y); pdf.cell(40, 6, '_' * 14); fill(83, y, '04/12/2026')
    pdf.set_font('DV', '', 10); pdf.set_xy(125, y); pdf.cell(30, 6, 'per 15 giorni consecutivi,')
    y += 10
    x4 = blank_line(y, 'con il numero di registro delle pubblicazioni', 12); fill(x4, y, '2931')
    y += 10
    pdf.set_font('DV', '', 10); pdf.set_xy(22, y)
    pdf.multi_cell(166, 6, 'e che contro di essa non sono pervenuti reclami od opposizioni.')
    y += 20
    x5 = blank_line(y, 'Grugliasco, lì', 16); fill(x5, y, '07/12/2026')
    pdf.set_font('DV', '', 10); pdf.set_xy(110, y + 12); pdf.cell(70, 6, 'IL RESPONSABILE DELLA PUBBLICAZIONE', align='C')
    pdf.set_xy(110, y + 19); pdf.cell(70, 6, 'Rosanna Gili', align='C')
    pdf.set_font('DV', '', 7); pdf.set_xy(110, y + 25); pdf.cell(70, 5, '(firmato digitalmente)', align='C')
    pdf.set_font('DV', '', 7); pdf.set_xy(22, 282)
    pdf.cell(0, 4, 'Mod. ALB-07 rev. 3 - Città di Grugliasco - Piazza Matteotti 50 - 10095 Grugliasco (TO)', align='C')
    pdf.output(os.path.join(OUT, 'certificato-grugliasco-jiride.pdf'))


class Det(FPDF):
    def header(self):
        self.set_font('Helvetica', '', 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, 'COMUNE DI PETRALIA SOPRANA - Determinazione Reg. Gen. n. 689 del 19/11/2026', new_x='LMARGIN', new_y='NEXT')
        self.line(18, self.get_y() + 0.5, 192, self.get_y() + 0.5)
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font('Helvetica', 'I', 7.5)
        self.cell(0, 4, 'Area Tecnica - Det. n. 212/AT del 18/11/2026 - Pag. %d di {nb}' % self.page_no(), align='R')


def determinazione():
    pdf = Det('P', 'mm', 'A4'); pdf.set_margins(18, 14, 18)
    pdf.set_creator('URBI Smart - Determine'); pdf.set_title('Determinazione 689/2026')
    pdf.alias_nb_pages(); pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font('Times', 'B', 15); pdf.cell(0, 7, 'COMUNE DI PETRALIA SOPRANA', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('Times', '', 10); pdf.cell(0, 5, 'Città Metropolitana di Palermo', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(5)
    pdf.set_font('Helvetica', 'B', 11); pdf.cell(0, 6, 'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('Helvetica', '', 9.5); pdf.cell(0, 5, 'Servizio Lavori Pubblici e Manutenzioni', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(5)
    pdf.set_font('Helvetica', 'B', 10)
    pdf.cell(87, 7, 'Registro Generale n. 689 del 19/11/2026', border=1, align='C')
    pdf.cell(87, 7, 'Registro Area Tecnica n. 212 del 18/11/2026', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    pdf.set_font('Helvetica', 'B', 12); pdf.cell(0, 6, 'DETERMINAZIONE DEL RESPONSABILE DELL\'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4)
    pdf.set_font('Helvetica', 'B', 10); pdf.cell(20, 5.5, 'OGGETTO:')
    pdf.multi_cell(0, 5.5, 'Lavori di messa in sicurezza della strada comunale Petralia Soprana - contrada Raffo. '
                   'Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione alla '
                   'ditta Madonie Strade s.r.l. - CUP I87H25001230002 - CIG B6D4E2F911.', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4)
    pdf.set_font('Helvetica', 'B', 10.5); pdf.cell(0, 6, 'IL RESPONSABILE DELL\'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    pdf.set_font('Times', '', 11)
    body = [
        'Premesso che con determinazione Reg. Gen. n. 402 del 24/06/2026 sono stati aggiudicati alla ditta Madonie Strade s.r.l., con sede in Gangi (PA), i lavori di messa in sicurezza della strada comunale Petralia Soprana - contrada Raffo, per l\'importo contrattuale di euro 148.620,00 oltre IVA;',
        'che i lavori sono stati consegnati in data 15/07/2026 e ultimati in data 23/10/2026, come da certificato di ultimazione redatto dal direttore dei lavori;',
        'Visti lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal direttore dei lavori, ing. Calogero Macaluso, in data 06/11/2026, dai quali risulta un credito residuo dell\'impresa di euro 18.244,50 oltre IVA;',
        'Acquisito il DURC on line regolare, prot. INAIL_55127781, con scadenza 12/02/2027;',
        'Vista la fattura elettronica n. 41/PA del 10/11/2026 dell\'importo di euro 22.258,29 IVA compresa;',
        'Visto il D.Lgs. 31 marzo 2023, n. 36, e il D.Lgs. 18 agosto 2000, n. 267, come recepito in Sicilia;',
        'Attestata la regolarità e la correttezza dell\'azione amministrativa ai sensi dell\'art. 147-bis del D.Lgs. 267/2000;',
    ]
    for p in body:
        pdf.multi_cell(0, 5.5, p, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
    pdf.ln(2)
    pdf.set_font('Helvetica', 'B', 11); pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    pdf.set_font('Times', '', 11)
    pts = ['di approvare lo stato finale dei lavori e il certificato di regolare esecuzione in data 06/11/2026, dai quali risulta il credito residuo di euro 18.244,50 oltre IVA;',
           'di liquidare alla ditta Madonie Strade s.r.l. la somma di euro 18.244,50 a saldo della fattura n. 41/PA del 10/11/2026, e di versare l\'IVA di euro 4.013,79 all\'Erario in regime di scissione dei pagamenti;',
           'di imputare la spesa complessiva di euro 22.258,29 al capitolo 20815 del bilancio 2026, impegno n. 611/2026;',
           'di svincolare la cauzione definitiva prestata dall\'impresa.']
    for i, p in enumerate(pts, 1):
        pdf.cell(8, 5.5, '%d.' % i)
        pdf.multi_cell(0, 5.5, p, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
    pdf.ln(8)
    pdf.set_font('Helvetica', '', 10)
    pdf.cell(0, 5, 'Petralia Soprana, 18/11/2026', new_x='LMARGIN', new_y='NEXT'); pdf.ln(4)
    pdf.set_x(110); pdf.cell(80, 5, 'IL RESPONSABILE DELL\'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.set_x(110); pdf.cell(80, 5, 'geom. Francesco Dolce', align='C', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(10)
    pdf.set_font('Helvetica', 'B', 9.5); pdf.cell(0, 5, 'VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('Helvetica', '', 9.5)
    pdf.multi_cell(0, 5, 'Si attesta la copertura finanziaria della spesa ai sensi dell\'art. 183, comma 7, del D.Lgs. 267/2000. '
                   'Petralia Soprana, 19/11/2026. Il Responsabile dell\'Area Economico-Finanziaria, dott. Antonino Farinella.',
                   new_x='LMARGIN', new_y='NEXT')
    pdf.output(os.path.join(OUT, 'determinazione-petraliasoprana-urbi.pdf'))


if __name__ == '__main__':
    certificato()
    determinazione()
