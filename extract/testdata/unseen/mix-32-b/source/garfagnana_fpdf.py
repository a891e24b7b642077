# Unione dei Comuni Garfagnana - determinazione dirigenziale, imitating an "Anthesi" print; fpdf2
from fpdf import FPDF
D = '/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        self.set_font('DC', '', 7.5); self.set_text_color(90)
        self.cell(0, 4, 'Unione dei Comuni Garfagnana  |  Determinazione dirigenziale n. 205 del 09/03/2026', align='L')
        self.cell(0, 4, f'pag. {self.page_no()}/{{nb}}', align='R', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0); self.ln(3)
    def footer(self):
        self.set_y(-13); self.set_font('DC', 'I', 7); self.set_text_color(90)
        self.multi_cell(0, 3.2, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005. L\'originale informatico è conservato '
                        'negli archivi informatici dell\'Unione dei Comuni Garfagnana.', align='C')
pdf = P('P', 'mm', 'A4'); pdf.set_margins(20, 14, 20); pdf.set_auto_page_break(True, 18)
for st, f in [('', 'DejaVuSansCondensed.ttf'), ('B', 'DejaVuSansCondensed-Bold.ttf'), ('I', 'DejaVuSansCondensed-Oblique.ttf')]:
    pdf.add_font('DC', st, D + f)
pdf.set_title('Determinazione 205/2026'); pdf.set_creator('Anthesi Atti Amministrativi'); pdf.alias_nb_pages()
pdf.add_page()
pdf.set_draw_color(40, 90, 40); pdf.set_line_width(0.6)
pdf.set_font('DC', '', 7); pdf.cell(22, 22, '[logo Unione]', border=1, align='C')
x = pdf.get_x() + 4; y = pdf.get_y()
pdf.set_xy(x, y + 1); pdf.set_font('DC', 'B', 16); pdf.set_text_color(30, 80, 30)
pdf.cell(0, 8, 'UNIONE DEI COMUNI GARFAGNANA', new_x='LMARGIN', new_y='NEXT'); pdf.set_text_color(0)
pdf.set_x(x); pdf.set_font('DC', '', 8.5)
pdf.multi_cell(0, 4, 'Provincia di Lucca\nVia Vittorio Emanuele II, 9 - 55032 Castelnuovo di Garfagnana (LU)\nwww.ucgarfagnana.lu.it')
pdf.set_y(y + 25); pdf.line(20, pdf.get_y(), 190, pdf.get_y()); pdf.ln(4)
pdf.set_font('DC', 'B', 11); pdf.cell(0, 6, 'SETTORE GESTIONE ASSOCIATA DEL TERRITORIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DC', '', 9.5); pdf.cell(0, 5, 'U.O. Forestazione e Vincolo Idrogeologico', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
pdf.set_font('DC', 'B', 12); pdf.cell(0, 7, 'DETERMINAZIONE DIRIGENZIALE', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
pdf.set_line_width(0.2); pdf.set_draw_color(0)
grid = [('Numero', '205', 'Data', '09/03/2026'), ('Proposta n.', '231', 'del', '05/03/2026'),
        ('Esecutiva dal', '10/03/2026', 'Classificazione', '6.9.2')]
for a, b, c, d in grid:
    pdf.set_fill_color(225, 235, 225); pdf.set_font('DC', 'B', 9); pdf.cell(30, 6.5, a, border=1, fill=True)
    pdf.set_font('DC', '', 9); pdf.cell(55, 6.5, b, border=1)
    pdf.set_font('DC', 'B', 9); pdf.cell(30, 6.5, c, border=1, fill=True)
    pdf.set_font('DC', '', 9); pdf.cell(55, 6.5, d, border=1, new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('DC', 'B', 9.5); pdf.cell(20, 5, 'Oggetto:')
pdf.multi_cell(0, 5, 'L.R. 39/2000 - Lavori di manutenzione straordinaria della viabilità forestale nel complesso '
               'regionale "Alto Serchio" - località Careggine e Vagli Sotto. Approvazione del certificato di regolare '
               'esecuzione e liquidazione del saldo all\'impresa Lunardi Costruzioni S.r.l.')
pdf.ln(3)
pdf.set_font('DC', 'B', 10); pdf.cell(0, 6, 'IL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DC', '', 9.5)
body = [
 "Visto il decreto del Presidente dell'Unione n. 3 del 15/01/2026, con il quale è stato conferito l'incarico di direzione del Settore Gestione Associata del Territorio;",
 "Richiamata la L.R. 21 marzo 2000, n. 39 (Legge forestale della Toscana) e il relativo regolamento di attuazione;",
 "Richiamata la propria determinazione n. 512 del 22/07/2025, con la quale i lavori in oggetto sono stati aggiudicati all'impresa Lunardi Costruzioni S.r.l. di Piazza al Serchio per l'importo netto di € 86.420,00 oltre IVA;",
 "Visto il certificato di regolare esecuzione redatto dal Direttore dei Lavori, Dott. For. Matteo Biagioni, in data 27/02/2026, dal quale risulta un credito residuo dell'impresa di € 14.260,50 oltre IVA 22%;",
 "Accertata la regolarità contributiva dell'impresa e dato atto che il codice CIG è B2C47E8A15 e il CUP è J27H24000410002;",
 "Ritenuto di provvedere in merito;"]
for s in body:
    pdf.multi_cell(0, 4.9, s, align='J'); pdf.ln(1)
pdf.set_font('DC', 'B', 10); pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DC', '', 9.5)
pts = ["di approvare il certificato di regolare esecuzione dei lavori in oggetto, redatto in data 27/02/2026;",
       "di liquidare all'impresa Lunardi Costruzioni S.r.l. la somma di € 17.397,81 (di cui € 3.137,31 per IVA 22%) a saldo di ogni suo avere;",
       "di imputare la spesa sull'impegno n. 418/2025 al Cap. 21520 del Bilancio 2026/2028, gestione residui;",
       "di svincolare la cauzione definitiva prestata dall'impresa mediante polizza fideiussoria n. 2025/13/6221947."]
for i, s in enumerate(pts, 1):
    pdf.cell(7, 4.9, f'{i}.'); pdf.multi_cell(0, 4.9, s, align='J'); pdf.ln(1)
pdf.ln(6)
pdf.set_x(110); pdf.multi_cell(80, 5, 'IL DIRIGENTE\nDott. Agr. Claudio Pieroni', align='C')
pdf.output('../determinazione-unionegarfagnana-anthesi.pdf')
