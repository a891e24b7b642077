# Comune di Ururi - determinazione Area Tecnica n. 37/2026 (fpdf2, DejaVu Sans embedded)
import sys
from fpdf import FPDF

FD = '/usr/share/fonts/truetype/dejavu/'

class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('dv', '', 7.5)
            self.cell(0, 5, 'Comune di Ururi – Area Tecnica – Determinazione n. 37 del 10/03/2026', border='B', new_x='LMARGIN', new_y='NEXT')
            self.ln(3)
    def footer(self):
        self.set_y(-14)
        self.set_font('dv', '', 7)
        self.cell(0, 4, 'Documento sottoscritto con firma digitale ai sensi dell’art. 24 del D.Lgs. 82/2005', align='L')
        self.cell(0, 4, f'pag. {self.page_no()}/{{nb}}', align='R')

pdf = Doc('P', 'mm', 'A4')
pdf.add_font('dv', '', FD + 'DejaVuSans.ttf')
pdf.add_font('dv', 'B', FD + 'DejaVuSans-Bold.ttf')
pdf.add_font('dv', 'I', FD + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title('Determinazione 37/2026')
pdf.set_creator('GestAtti - modulo determine')
pdf.add_page()
W = pdf.epw

# letterhead
pdf.set_draw_color(120, 120, 120)
pdf.rect(18, 15, 20, 24)
pdf.set_font('dv', 'I', 6)
pdf.set_xy(18, 25); pdf.cell(20, 4, 'stemma', align='C')
pdf.set_xy(42, 16)
pdf.set_font('dv', 'B', 16); pdf.cell(0, 8, 'COMUNE DI URURI', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(42); pdf.set_font('dv', '', 9); pdf.cell(0, 5, 'Provincia di Campobasso', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(42); pdf.set_font('dv', '', 7.5); pdf.cell(0, 4, 'Piazza del Municipio – 86049 Ururi (CB) – C.F. 00069870707', new_x='LMARGIN', new_y='NEXT')
pdf.set_y(44)
pdf.set_draw_color(0, 0, 0)
pdf.line(18, 43, 18 + W, 43)

pdf.set_font('dv', 'B', 11.5); pdf.cell(0, 6, 'AREA TECNICA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 9); pdf.cell(0, 5, 'Servizio Lavori Pubblici e Manutenzioni', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)

# label grid
pdf.set_fill_color(230, 230, 230)
pdf.set_font('dv', 'B', 10)
pdf.cell(W, 7, 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', border=1, align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
rows = [('Numero generale', '37', 'Data', '10/03/2026'),
        ('Numero di Area', '11', 'Proposta', 'n. 14 del 06/03/2026'),
        ('Tipo atto', 'Liquidazione', 'CIG', 'B6F21A0D33')]
for a, b, c, d in rows:
    pdf.set_font('dv', '', 8); pdf.cell(W*0.2, 6.5, a, border=1, fill=True)
    pdf.set_font('dv', 'B', 9.5); pdf.cell(W*0.3, 6.5, b, border=1)
    pdf.set_font('dv', '', 8); pdf.cell(W*0.15, 6.5, c, border=1, fill=True)
    pdf.set_font('dv', 'B', 9.5); pdf.cell(W*0.35, 6.5, d, border=1, new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_font('dv', 'B', 9.5)
pdf.cell(18, 5, 'Oggetto:')
pdf.multi_cell(W - 18, 5, 'LIQUIDAZIONE FATTURA N. 4/PA DEL 27/02/2026 ALLA DITTA DI IORIO IMPIANTI S.N.C. PER INTERVENTI DI MANUTENZIONE ORDINARIA DELL’IMPIANTO DI PUBBLICA ILLUMINAZIONE – CIG B6F21A0D33.', align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

pdf.set_font('dv', 'B', 10); pdf.cell(0, 6, 'IL RESPONSABILE DEL SERVIZIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 9.3)
body = [
    'VISTO il decreto del Sindaco n. 2 del 07/01/2026, con il quale il sottoscritto è stato nominato Responsabile dell’Area Tecnica con attribuzione delle funzioni di cui all’art. 107 del D.Lgs. 267/2000;',
    'RICHIAMATA la propria determinazione n. 142 del 18/11/2025, con la quale è stato affidato alla ditta Di Iorio Impianti s.n.c., con sede in Montorio nei Frentani (CB), il servizio di manutenzione ordinaria dell’impianto di pubblica illuminazione per il periodo dicembre 2025 – maggio 2026, per l’importo di € 9.800,00 oltre IVA, con contestuale impegno di spesa n. 488/2025;',
    'VISTA la fattura elettronica n. 4/PA del 27/02/2026, acquisita al protocollo dell’Ente al n. 1187 del 02/03/2026, dell’importo di € 2.450,00 oltre IVA al 22% per € 539,00, per complessivi € 2.989,00, relativa agli interventi eseguiti nei mesi di gennaio e febbraio 2026;',
    'ACCERTATA la regolare esecuzione delle prestazioni, come da attestazione del tecnico comunale in data 05/03/2026, e verificata la regolarità contributiva della ditta mediante DURC on line, in corso di validità;',
    'DATO ATTO che si applica il meccanismo della scissione dei pagamenti (split payment) di cui all’art. 17-ter del D.P.R. 633/1972;',
    'VISTI il D.Lgs. 267/2000, il D.Lgs. 118/2011 e il vigente Regolamento comunale di contabilità;',
]
for t in body:
    pdf.multi_cell(0, 4.8, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(1)
pdf.set_font('dv', 'B', 10); pdf.cell(0, 6, 'D E T E R M I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 9.3)
pts = [
    'di liquidare alla ditta Di Iorio Impianti s.n.c. (P.IVA 01633210708) la somma di € 2.450,00, quale imponibile della fattura n. 4/PA del 27/02/2026, mediante bonifico sul conto corrente dedicato comunicato ai sensi della L. 136/2010;',
    'di versare all’Erario l’IVA di € 539,00 secondo le modalità della scissione dei pagamenti;',
    'di imputare la spesa complessiva di € 2.989,00 all’impegno n. 488/2025, Missione 10, Programma 05, capitolo 1936 del bilancio 2026/2028, gestione residui.',
]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 4.8, f'{i})')
    pdf.multi_cell(0, 4.8, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.ln(5)
pdf.set_x(18 + W*0.5)
pdf.multi_cell(W*0.5, 4.8, 'IL RESPONSABILE DELL’AREA TECNICA\nArch. Michele Piscitelli', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
if pdf.get_y() > 250: pdf.add_page()
pdf.set_font('dv', 'B', 8.5)
pdf.cell(W, 6, 'VISTO DI REGOLARITÀ CONTABILE', border='LTR', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 8.5)
pdf.multi_cell(W, 4.5, 'Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184 del D.Lgs. 267/2000. Ururi, 10/03/2026. Il Responsabile dell’Area Finanziaria – Dott. Luigi Occhionero', border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
if pdf.get_y() > 255: pdf.add_page()
pdf.set_font('dv', 'B', 8.5)
pdf.cell(W, 6, 'PUBBLICAZIONE', border='LTR', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('dv', '', 8.5)
pdf.multi_cell(W, 4.5, 'La presente determinazione è pubblicata all’Albo Pretorio on line per quindici giorni consecutivi dal 11/03/2026 al 26/03/2026 – N. Reg. Pubbl. 118/2026.', border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.output(sys.argv[1])
