# Unione Tresinaro Secchia - determinazione dirigenziale, layout imitating a
# Starch "Atti" print (fpdf2).
import sys
from fpdf import FPDF

FD = '/usr/share/fonts/truetype/liberation/'
import os
if not os.path.exists(FD + 'LiberationSans-Regular.ttf'):
    FD = '/usr/share/fonts/truetype/liberation2/'

REG, DATA = 214, '20/04/2026'


class P(FPDF):
    def header(self):
        self.set_font('LS', 'I', 6.5)
        self.set_xy(15, 10)
        self.cell(22, 4, '[logo Unione]')
        self.set_xy(15, 14)
        self.set_font('LS', 'B', 12)
        self.cell(110, 6, 'UNIONE TRESINARO SECCHIA')
        self.set_xy(15, 20)
        self.set_font('LS', '', 7.5)
        self.multi_cell(110, 3.4, 'Provincia di Reggio Emilia\nComuni di Baiso, Casalgrande, Castellarano, Rubiera, Scandiano, Viano')
        self.set_xy(130, 12)
        self.set_font('LS', '', 8)
        self.multi_cell(65, 5, f'Registro Generale\n**N. {REG} del {DATA}**', border=1, align='C', markdown=True)
        self.set_draw_color(120, 120, 120)
        self.line(15, 30, 195, 30)
        self.set_y(34)

    def footer(self):
        self.set_y(-14)
        self.set_font('LS', '', 7)
        self.cell(0, 4, f'Unione Tresinaro Secchia - Determinazione n. {REG} del {DATA}', align='L')
        self.set_x(15)
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='R')


pdf = P('P', 'mm', 'A4')
pdf.add_font('LS', '', FD + 'LiberationSans-Regular.ttf')
pdf.add_font('LS', 'B', FD + 'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', FD + 'LiberationSans-Italic.ttf')
pdf.set_margins(15, 34, 15)
pdf.set_auto_page_break(True, 20)
pdf.set_title(f'Determinazione n. {REG} del {DATA}')
pdf.set_creator('Starch Atti Amministrativi')
pdf.set_author('Unione Tresinaro Secchia')
pdf.add_page()

pdf.set_font('LS', 'B', 10)
pdf.cell(0, 5.5, 'SETTORE POLIZIA LOCALE', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.set_font('LS', '', 9)
pdf.cell(0, 5, 'Servizio Contenzioso e Sanzioni', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.ln(3)
pdf.set_font('LS', 'B', 11)
pdf.cell(0, 6, 'DETERMINAZIONE DIRIGENZIALE', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.set_font('LS', '', 8.5)
pdf.cell(0, 5, 'Numero di settore: 37     Proposta n. 268 del 16/04/2026', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.ln(4)
pdf.set_fill_color(238, 238, 238)
pdf.set_font('LS', 'B', 9)
y = pdf.get_y()
pdf.cell(22, 6, 'OGGETTO:', fill=True)
pdf.set_xy(37, y)
pdf.multi_cell(158, 5, ('Affidamento del servizio di stampa, imbustamento e postalizzazione dei verbali di accertamento '
                        'di violazioni al Codice della Strada per l\'anno 2026 alla ditta Stampa Servizi Emilia S.r.l. – CIG B91C07D4E2 '
                        '– Impegno di spesa.'), fill=True)
pdf.ln(5)

pdf.set_font('LS', 'B', 9.5)
pdf.cell(0, 5, 'IL COMANDANTE DEL CORPO UNICO DI POLIZIA LOCALE', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.ln(2)
pdf.set_font('LS', '', 9)
body = [
 ('Richiamati', 'il decreto del Presidente dell\'Unione n. 6 del 30/12/2025, con il quale è stato conferito al sottoscritto l\'incarico di '
  'Comandante del Corpo Unico di Polizia Locale e di Dirigente del Settore Polizia Locale; la deliberazione del Consiglio dell\'Unione '
  'n. 31 del 22/12/2025 di approvazione del bilancio di previsione 2026-2028;'),
 ('Premesso', 'che il Corpo Unico di Polizia Locale provvede alla notificazione dei verbali di accertamento delle violazioni al Codice '
  'della Strada rilevate nel territorio dei sei Comuni aderenti, per un volume stimato in circa 21.500 atti annui;'),
 ('Dato atto', 'che il contratto in essere per il servizio di stampa, imbustamento e postalizzazione scade il 30/04/2026 e che si '
  'rende necessario garantire la continuità del servizio;'),
 ('Vista', 'l\'offerta presentata su MePA dalla ditta Stampa Servizi Emilia S.r.l. (trattativa diretta n. 5120467), che per il periodo '
  '01/05/2026 - 31/12/2026 prevede un corrispettivo unitario di € 0,42 per atto, oltre IVA, per un importo complessivo stimato '
  'di € 6.020,00 oltre IVA 22%;'),
 ('Visti', 'il D.Lgs. 267/2000, il D.Lgs. 36/2023, lo Statuto dell\'Unione e il vigente Regolamento di contabilità;'),
]
for k, v in body:
    pdf.multi_cell(0, 4.8, f'**{k}** {v}', markdown=True, align='J')
    pdf.ln(1.5)
pdf.ln(2)
pdf.set_font('LS', 'B', 10)
pdf.cell(0, 6, 'DETERMINA', new_x='LMARGIN', new_y='NEXT', align='C')
pdf.set_font('LS', '', 9)
pts = [
 'di affidare alla ditta Stampa Servizi Emilia S.r.l., con sede in Reggio Emilia, P.IVA 02931780356, il servizio di stampa, imbustamento e '
 'postalizzazione dei verbali di accertamento di violazioni al Codice della Strada per il periodo 01/05/2026 - 31/12/2026;',
 'di impegnare la spesa complessiva di € 7.344,40 (IVA 22% compresa) al capitolo 3140/20 "Spese per notifica verbali C.d.S." del '
 'bilancio 2026-2028, esercizio 2026;',
 'di dare atto che le spese di notifica sono ripetibili nei confronti dei trasgressori ai sensi dell\'art. 201 del D.Lgs. 285/1992;',
 'di nominare Responsabile Unico del Progetto il Commissario Capo Federica Ruozi.',
]
for t in pts:
    pdf.set_x(18)
    pdf.cell(6, 4.8, '•')
    pdf.multi_cell(0, 4.8, t, align='J')
    pdf.ln(1)
pdf.ln(5)
pdf.cell(95, 5, 'Scandiano, 20/04/2026')
pdf.set_font('LS', 'B', 9)
pdf.multi_cell(0, 5, 'IL COMANDANTE\nDott. Stefano Incerti', align='C')
pdf.set_font('LS', 'I', 7)
pdf.set_x(110)
pdf.multi_cell(0, 4, 'Firmato digitalmente ai sensi dell\'art. 21 del D.Lgs. 82/2005', align='C')

pdf.ln(6)
pdf.set_font('LS', 'B', 8.5)
pdf.cell(0, 5.5, 'VISTO DI REGOLARITÀ CONTABILE (art. 151, comma 4, D.Lgs. 267/2000)', border='LTR', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('LS', '', 8.5)
pdf.multi_cell(0, 4.5, ('Si attesta la copertura finanziaria della spesa: impegno n. 402/2026 di € 7.344,40 sul capitolo 3140/20. '
                        'Esecutiva dal 21/04/2026.\nIL RESPONSABILE DEL SERVIZIO FINANZIARIO - Dott.ssa Monica Ferrari (firmato digitalmente)'),
               border='LRB')
pdf.output(sys.argv[1])
