# Comune di Contursi Terme, "Cityware" house style: determinazione (fpdf2, justified text with word spacing)
import sys
from fpdf import FPDF
class D(FPDF):
    def header(self):
        self.set_font('DejaVu', 'B', 14); self.cell(0, 7, 'COMUNE DI CONTURSI TERME', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DejaVu', '', 9); self.cell(0, 5, 'PROVINCIA DI SALERNO', align='C', new_x='LMARGIN', new_y='NEXT')
        self.line(20, self.get_y()+1, 190, self.get_y()+1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font('DejaVu', '', 7.5)
        self.cell(0, 5, 'Determinazione Reg. Gen. n. 212 del 16/05/2028 - pagina %d di {nb}' % self.page_no(), align='R')
p = D(); p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20)
p.add_font('DejaVu', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
p.add_font('DejaVu', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
p.set_title('Determinazione 212/2028'); p.set_author('Cityware')
p.add_page()
p.set_font('DejaVu', 'B', 10.5)
p.cell(0, 6, 'AREA ECONOMICO-FINANZIARIA', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('DejaVu', '', 10); p.cell(0, 5, 'Servizio Tributi', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(3)
p.set_font('DejaVu', '', 9.5)
p.cell(85, 7, 'Registro di Settore n. 37 del 15/05/2028', border=1)
p.cell(85, 7, 'Registro Generale n. 212 del 16/05/2028', border=1, new_x='LMARGIN', new_y='NEXT'); p.ln(4)
p.set_font('DejaVu', 'B', 12); p.cell(0, 7, 'DETERMINAZIONE DEL RESPONSABILE DI AREA', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(2)
p.set_font('DejaVu', 'B', 10)
p.multi_cell(0, 5.2, "OGGETTO: Rimborso di somme indebitamente versate a titolo di IMU per l'annualità 2026 - contribuente cod. 10482.", align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(3); p.set_font('DejaVu', 'B', 10.5); p.cell(0, 6, 'IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('DejaVu', '', 10)
for s in ["Visto il decreto sindacale n. 2 del 03/01/2028 di conferimento dell'incarico di Responsabile dell'Area Economico-Finanziaria;",
          "Vista l'istanza di rimborso presentata dal contribuente identificato con il codice 10482, acquisita al protocollo n. 1877 del 12/03/2028, relativa a versamenti IMU per l'annualità 2026 eseguiti in misura superiore al dovuto;",
          "Accertato, a seguito dell'istruttoria dell'Ufficio Tributi, che l'importo versato in eccedenza ammonta ad euro 1.146,00, oltre interessi legali per euro 38,72;",
          "Visti l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296 e il vigente Regolamento comunale per l'applicazione dell'IMU;",
          "Attestata la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)
p.set_font('DejaVu', 'B', 10.5); p.cell(0, 7, 'DETERMINA', align='C', new_x='LMARGIN', new_y='NEXT'); p.set_font('DejaVu', '', 10)
for i, s in enumerate(["di disporre il rimborso in favore del contribuente cod. 10482 della somma di euro 1.184,72, di cui euro 1.146,00 per imposta versata in eccedenza ed euro 38,72 per interessi;",
          "di imputare la spesa al capitolo 1015/2 \"Rimborsi di tributi\" del bilancio 2028-2030, annualità 2028;",
          "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento."], 1):
    p.set_x(20); p.cell(7, 5.2, '%d.' % i); p.multi_cell(0, 5.2, s, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1.5)
p.ln(10); p.set_x(105)
p.multi_cell(85, 5, "IL RESPONSABILE DELL'AREA\nECONOMICO-FINANZIARIA\ndott.ssa Carmela Pastore\n(firmato digitalmente)", align='C')
p.output(sys.argv[1])
