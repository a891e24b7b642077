# Determinazione dirigenziale, Comune di Trecastagni - fpdf2, imitating a DataFlex fixed-form report
import sys
from fpdf import FPDF
out = sys.argv[1]
DJ = '/usr/share/fonts/truetype/dejavu/'

class P(FPDF):
    def header(self):
        self.set_font('mono', '', 7)
        self.cell(0, 4, 'DETDIR.RPT  v.4.12          ENTE 087052          Stampa del 14/04/2026 ore 09.18', align='L')
        self.ln(5)
    def footer(self):
        self.set_y(-14)
        self.set_font('sans', '', 7)
        self.cell(0, 4, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.', align='L')
        self.cell(0, 4, 'Foglio %d/{nb}' % self.page_no(), align='R')

pdf = P('P', 'mm', 'A4')
pdf.set_title('Determinazione dirigenziale n. 97/2026'); pdf.set_creator('DataFlex report writer'); pdf.set_author('Comune di Trecastagni')
pdf.add_font('sans', '', DJ + 'DejaVuSans.ttf'); pdf.add_font('sans', 'B', DJ + 'DejaVuSans-Bold.ttf')
pdf.add_font('mono', '', DJ + 'DejaVuSansMono.ttf'); pdf.add_font('mono', 'B', DJ + 'DejaVuSansMono-Bold.ttf')
pdf.set_margins(15, 10, 15); pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()
# letterhead box
pdf.rect(15, 16, 180, 24)
pdf.rect(17, 18, 18, 20)
pdf.set_font('sans', '', 5.5); pdf.set_xy(17, 26); pdf.cell(18, 3, 'STEMMA', align='C')
pdf.set_xy(38, 18); pdf.set_font('sans', 'B', 15); pdf.cell(0, 8, 'COMUNE DI TRECASTAGNI')
pdf.set_xy(38, 26); pdf.set_font('sans', '', 9); pdf.cell(0, 5, 'Città Metropolitana di Catania')
pdf.set_xy(38, 31); pdf.set_font('sans', '', 7.5); pdf.cell(0, 5, 'Piazza Guglielmo Marconi - 95039 Trecastagni (CT) - C.F. 80009510870')
pdf.set_y(43)
pdf.set_font('sans', 'B', 10.5); pdf.cell(0, 6, 'AREA 2 - SERVIZI FINANZIARI E TRIBUTI', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 9.5); pdf.cell(0, 6, 'Ufficio Tributi', border='LRB', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('sans', 'B', 13); pdf.cell(0, 8, 'DETERMINAZIONE DIRIGENZIALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
# register grid
def lab(w, t, v):
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font('sans', '', 6.5); pdf.cell(w, 4, t, border='LTR', new_x='LEFT', new_y='NEXT')
    pdf.set_font('mono', 'B', 10); pdf.cell(w, 6, v, border='LBR')
    pdf.set_xy(x + w, y)
lab(45, 'N. REGISTRO GENERALE', '97'); lab(45, 'DATA REG. GENERALE', '09/04/2026'); lab(45, 'N. REGISTRO AREA', '23'); lab(45, 'DATA ADOZIONE', '08/04/2026')
pdf.ln(12)
pdf.set_font('sans', 'B', 9); pdf.cell(22, 6, 'OGGETTO:', new_x='RIGHT')
pdf.set_font('sans', 'B', 9.5)
pdf.multi_cell(158, 5, 'RIMBORSO SOMME INDEBITAMENTE VERSATE A TITOLO DI IMU ANNO 2024 - CONTRIBUENTE POS. N. 4471 - IMPEGNO E LIQUIDAZIONE DELLA SPESA.', border=1)
pdf.ln(4)
pdf.set_font('sans', 'B', 10); pdf.cell(0, 6, 'IL RESPONSABILE DELL\'AREA 2', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 9.5)
body = [
 "Vista la determinazione sindacale n. 3 del 09/01/2026 con la quale è stata attribuita al sottoscritto la responsabilità dell'Area 2 - Servizi Finanziari e Tributi;",
 "Vista l'istanza di rimborso acquisita al protocollo generale n. 3309 del 17/02/2026, con la quale il contribuente identificato con la posizione n. 4471 chiede la restituzione della somma di € 1.284,00 versata a titolo di IMU per l'anno 2024 per un immobile adibito ad abitazione principale, non soggetto all'imposta ai sensi dell'art. 1, comma 740, della Legge n. 160/2019;",
 "Verificato, dai controlli effettuati nella banca dati tributaria e catastale, che l'immobile risultava nell'anno 2024 abitazione principale del contribuente e del suo nucleo familiare e che il versamento non era pertanto dovuto;",
 "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, che fissa in cinque anni il termine per la richiesta di rimborso, e rilevato che l'istanza è stata presentata nei termini;",
 "Visto il vigente Regolamento comunale per la disciplina dell'IMU, approvato con deliberazione del Consiglio Comunale n. 18 del 29/06/2020;",
]
for b in body:
    pdf.multi_cell(0, 5, b, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.set_font('sans', 'B', 10); pdf.cell(0, 7, 'D E T E R M I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('sans', '', 9.5)
pts = [
 "di accogliere l'istanza di rimborso presentata dal contribuente pos. n. 4471 e di riconoscere allo stesso la somma di € 1.284,00, oltre agli interessi legali maturati pari a € 37,24, per complessivi € 1.321,24;",
 "di impegnare la somma di € 1.321,24 sulla Missione 1, Programma 04, capitolo 1052 \"Rimborsi di tributi comunali\" del bilancio 2026/2028, esercizio 2026;",
 "di liquidare la somma mediante accredito sul conto corrente indicato dal contribuente nell'istanza, i cui estremi sono conservati agli atti dell'Ufficio;",
 "di dare atto che il presente provvedimento, per le finalità di tutela dei dati personali, è pubblicato omettendo le generalità del contribuente.",
]
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5, '%d)' % i)
    pdf.multi_cell(0, 5, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(4)
pdf.set_x(105); pdf.set_font('sans', 'B', 9.5); pdf.cell(90, 5, 'IL RESPONSABILE DELL\'AREA 2', align='C', new_x='LEFT', new_y='NEXT')
pdf.set_font('sans', '', 9.5); pdf.cell(90, 5, 'Dott. Salvatore Pappalardo', align='C', new_x='LEFT', new_y='NEXT')
pdf.set_font('sans', '', 7.5); pdf.cell(90, 4, '(firma digitale)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
y = pdf.get_y(); pdf.set_font('mono', '', 8)
pdf.multi_cell(0, 4.2, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA\nImpegno n. 2026/311   Importo € 1.321,24   Cap. 1052   Data 09/04/2026\nIL RESPONSABILE DEL SERVIZIO FINANZIARIO - Dott. Salvatore Pappalardo", border=1, new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.multi_cell(0, 4.2, "PUBBLICAZIONE ALBO ON LINE: Reg. n. 534 - dal 14/04/2026 al 29/04/2026\nIL MESSO COMUNALE - Sig. Alfio Di Mauro", border=1)
pdf.output(out)
