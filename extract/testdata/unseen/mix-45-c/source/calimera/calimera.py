# Comune di Calimera - determinazione; imitates a Paradox for Windows report (running head
# carrying the register data, ruled sections, monospaced data block), written with fpdf2.
import sys
from fpdf import FPDF

D = '/usr/share/fonts/truetype/dejavu/'
L = '/usr/share/fonts/truetype/liberation/'

class P(FPDF):
    def header(self):
        self.set_font('Narrow', '', 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, 'COMUNE DI CALIMERA - Settore III', new_x='RIGHT', new_y='TOP')
        self.cell(0, 4, 'Det. R.G. n. 147 del 17/03/2026 - Reg. Settore n. 22', align='R', new_x='LMARGIN', new_y='NEXT')
        self.set_draw_color(90, 90, 90); self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.set_text_color(0, 0, 0); self.ln(5)
    def footer(self):
        self.set_y(-14)
        self.set_font('Narrow', '', 7.5)
        self.cell(140, 4, 'Atto sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005. DETSOC.DB - report DET_STAMPA.RSL')
        self.cell(0, 4, f'Pagina {self.page_no()} di {{nb}}', align='R')

pdf = P('P', 'mm', 'A4')
pdf.add_font('Serif', '', L + 'LiberationSerif-Regular.ttf')
pdf.add_font('Serif', 'B', L + 'LiberationSerif-Bold.ttf')
pdf.add_font('Serif', 'I', L + 'LiberationSerif-Italic.ttf')
pdf.add_font('Narrow', '', L + 'LiberationSansNarrow-Regular.ttf')
pdf.add_font('Narrow', 'B', L + 'LiberationSansNarrow-Bold.ttf')
pdf.add_font('Mono', '', D + 'DejaVuSansMono.ttf')
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 20)
pdf.set_creator('Paradox 9 - Report Designer')
pdf.set_title('Determinazione R.G. 147/2026')
pdf.set_author('Comune di Calimera')
pdf.add_page()

pdf.set_font('Serif', 'B', 16)
pdf.cell(0, 7, 'COMUNE DI CALIMERA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Serif', 'I', 9.5)
pdf.cell(0, 5, 'Provincia di Lecce - Grecìa Salentina', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Narrow', '', 8.5)
pdf.cell(0, 4.5, 'Piazza del Sole, 6 - 73021 Calimera (LE) - C.F. 80009790754', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('Narrow', 'B', 11)
pdf.set_fill_color(220, 220, 220)
pdf.cell(0, 7, 'SETTORE III - SERVIZI SOCIALI E CULTURALI', border=1, align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('Serif', 'B', 12.5)
pdf.cell(0, 6, 'DETERMINAZIONE DEL RESPONSABILE DEL SETTORE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Mono', '', 8.5)
for a, b in [('Numero Registro Generale', '147'), ('Data', '17/03/2026'), ('Numero Registro di Settore', '22'), ('Tipo', 'Impegno di spesa')]:
    pdf.cell(55, 4.6, a.ljust(27, '.'))
    pdf.cell(0, 4.6, ': ' + b, new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_draw_color(0, 0, 0)
y0 = pdf.get_y()
pdf.set_font('Serif', 'B', 11)
pdf.multi_cell(0, 5.4, 'OGGETTO: Contributi economici per il sostegno al pagamento dei canoni di locazione – Approvazione graduatoria definitiva dei beneficiari e impegno di spesa.',
               border='TB', align='L', new_x='LMARGIN', new_y='NEXT', padding=(2, 0))
pdf.ln(4)

pdf.set_font('Serif', 'B', 11)
pdf.cell(0, 6, 'IL RESPONSABILE DEL SETTORE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Serif', '', 11)
prem = [
 'Visto il decreto sindacale n. 5 del 30/01/2026 di nomina dei Responsabili dei Settori;',
 'Richiamata la deliberazione della Giunta Comunale n. 12 del 03/02/2026, con la quale sono stati approvati i criteri per l\'erogazione dei contributi integrativi per il pagamento dei canoni di locazione relativi all\'anno 2025, di cui all\'art. 11 della Legge 9 dicembre 1998, n. 431;',
 'Visto l\'avviso pubblico approvato con propria determinazione R.G. n. 61 del 06/02/2026, pubblicato dal 07/02/2026 al 27/02/2026;',
 'Dato atto che entro il termine sono pervenute n. 64 istanze, di cui n. 58 ammissibili e n. 6 non ammissibili per mancanza dei requisiti, come risulta dal verbale della commissione interna del 10/03/2026;',
 'Vista la graduatoria provvisoria pubblicata il 11/03/2026 e considerato che non sono pervenute osservazioni nel termine di cinque giorni;',
 'Visto l\'art. 183 del D.Lgs. 18 agosto 2000, n. 267;',
]
for s in prem:
    pdf.multi_cell(0, 5.4, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(1)
pdf.set_font('Serif', 'B', 11)
pdf.cell(0, 6, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Serif', '', 11)
for s in [
 'di approvare la graduatoria definitiva dei beneficiari dei contributi per il sostegno alla locazione - anno 2025, allegata al presente atto per farne parte integrante, nel rispetto della normativa in materia di protezione dei dati personali;',
 'di impegnare la somma complessiva di euro 41.860,00 al capitolo 1910.4 "Contributi fondo sostegno locazioni" del bilancio 2026-2028, esercizio 2026, finanziata per euro 33.488,00 con trasferimento della Regione Puglia e per euro 8.372,00 con fondi comunali;',
 'di dare atto che la liquidazione ai beneficiari avverrà con successivo provvedimento, previa verifica delle ricevute di pagamento dei canoni;',
 'di trasmettere il presente atto al Settore II - Economico Finanziario per gli adempimenti di competenza.']:
    pdf.multi_cell(0, 5.4, s, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
pdf.ln(6)
pdf.set_font('Serif', '', 10.5)
pdf.cell(90, 5, 'Calimera, 17/03/2026')
pdf.multi_cell(0, 5, 'IL RESPONSABILE DEL SETTORE III\nDott. Salvatore Colella\n(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_font('Narrow', 'B', 9)
pdf.cell(0, 5.5, 'VISTO DI REGOLARITÀ CONTABILE', border='LTR', align='L', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Narrow', '', 9)
pdf.multi_cell(0, 4.6, 'Si attesta la copertura finanziaria della spesa (impegno n. 2026/289 - cap. 1910.4 - euro 41.860,00).\nCalimera, 17/03/2026 - Il Responsabile del Settore II - Rag. Anna Maria Tommasi', border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.output(sys.argv[1])
