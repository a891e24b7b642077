"""Giunta deliberation, Comune di Gubbio: Sicraweb-like, attendance table with Presente/Assente words, counted unanimous vote. fpdf2, core Helvetica."""
from fpdf import FPDF
from common import out

class P(FPDF):
    def header(self):
        self.set_font('Helvetica', 'B', 14)
        self.cell(0, 7, 'COMUNE DI GUBBIO', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('Helvetica', '', 9)
        self.cell(0, 5, 'PROVINCIA DI PERUGIA', align='C', new_x='LMARGIN', new_y='NEXT')
        self.ln(4)
    def footer(self):
        self.set_y(-13); self.set_font('Helvetica', '', 7)
        self.cell(95, 4, 'Delibera di Giunta Comunale n. 214 del 02/12/2025')
        self.cell(0, 4, 'Pagina %d di {nb}' % self.page_no(), align='R')

pdf = P(format='A4'); pdf.set_margins(18, 12, 18); pdf.set_auto_page_break(True, 18)
pdf.set_title('Delibera GC 214/2025'); pdf.set_producer('Sicraweb')
pdf.add_page()
# box with kind / number / date
pdf.set_font('Helvetica', 'B', 11)
pdf.set_fill_color(235, 235, 235)
pdf.cell(114, 14, 'DELIBERAZIONE DELLA GIUNTA COMUNALE', border=1, align='C', fill=True)
x = pdf.get_x(); y = pdf.get_y()
pdf.set_font('Helvetica', '', 9)
pdf.cell(30, 7, 'Numero', border=1, align='C'); pdf.cell(30, 7, 'Data', border=1, align='C')
pdf.set_xy(x, y + 7); pdf.set_font('Helvetica', 'B', 10)
pdf.cell(30, 7, '214', border=1, align='C'); pdf.cell(30, 7, '02/12/2025', border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('Helvetica', 'B', 10)
pdf.cell(22, 5.5, 'OGGETTO:')
pdf.multi_cell(0, 5.5, 'PROROGA TECNICA DEL CONTRATTO DI CONCESSIONE DEL SERVIZIO DI GESTIONE DEI PARCHEGGI A PAGAMENTO NEL CENTRO STORICO FINO AL 30/06/2026. ATTO DI INDIRIZZO.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('Helvetica', '', 10)
pdf.multi_cell(0, 5.2, "L'anno 2025 il giorno 02 del mese di dicembre alle ore 12:30 nella Sala della Giunta del Palazzo Pretorio, convocata nei modi di legge, si e' riunita la Giunta Comunale nelle persone dei Signori:", align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
rows = [('PIEROTTI LEONARDO', 'SINDACO', 'Presente'), ('CAPANNELLI SARA', 'VICE SINDACO', 'Presente'), ('BEDINI MARCO', 'ASSESSORE', 'Presente'),
        ('MENICHETTI ANNALISA', 'ASSESSORE', 'Assente'), ('ROSSI FEDERICO', 'ASSESSORE', 'Presente'), ('SCAGLIONI GIULIA', 'ASSESSORE', 'Presente'),
        ('TOMASSONI ENRICO', 'ASSESSORE', 'Presente')]
pdf.set_x(30)
pdf.set_font('Helvetica', 'B', 9)
pdf.cell(70, 6, 'Nominativo', border=1, fill=True); pdf.cell(40, 6, 'Carica', border=1, fill=True); pdf.cell(35, 6, 'Presenza', border=1, fill=True, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Helvetica', '', 9)
for n, r, pr in rows:
    pdf.set_x(30)
    pdf.cell(70, 5.5, n, border=1); pdf.cell(40, 5.5, r, border=1); pdf.cell(35, 5.5, pr, border=1, align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Helvetica', 'B', 9.5)
pdf.cell(0, 5, 'Presenti n. 6          Assenti n. 1', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('Helvetica', '', 10)
def p(t, b=False, align='J'):
    pdf.set_font('Helvetica', 'B' if b else '', 10)
    pdf.multi_cell(0, 5.2, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.5)
p("Presiede il SINDACO Leonardo Pierotti.")
p("Partecipa il SEGRETARIO GENERALE Dott. Massimo Biscarini, incaricato della redazione del verbale.")
p("Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a esaminare la proposta di deliberazione n. 231 del 27/11/2025 predisposta dal Settore Polizia Locale e Mobilita'.")
pdf.ln(1)
p('LA GIUNTA COMUNALE', True, 'C')
for t in [
 "PREMESSO che con contratto rep. n. 4418 del 15/01/2021 e' stato affidato in concessione il servizio di gestione dei parcheggi a pagamento del centro storico per la durata di cinque anni, con scadenza al 31/12/2025;",
 "RILEVATO che la procedura aperta per il nuovo affidamento, indetta con determinazione dirigenziale n. 1730 del 22/09/2025, e' tuttora in corso di svolgimento e non potra' concludersi prima del mese di aprile 2026;",
 "CONSIDERATO che il servizio non puo' essere interrotto senza grave pregiudizio per la regolazione della sosta e per le entrate dell'Ente, e che il contratto in essere prevede la facolta' di proroga tecnica ai sensi dell'art. 120, comma 11, del D.Lgs. n. 36/2023;",
 "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, allegati al presente atto;",
 ]:
    p(t)
p("Con voti favorevoli n. 6, contrari n. 0, astenuti n. 0, espressi in forma palese dai n. 6 componenti presenti e votanti,")
p('DELIBERA', True, 'C')
for i, t in enumerate([
 "di esprimere indirizzo favorevole alla proroga tecnica del contratto di concessione del servizio di gestione dei parcheggi a pagamento nel centro storico fino al 30/06/2026, agli stessi patti e condizioni del contratto vigente;",
 "di demandare al Dirigente del Settore Polizia Locale e Mobilita' l'adozione degli atti gestionali conseguenti;",
 "di dare atto che la proroga cessera' anticipatamente in caso di aggiudicazione ed esecuzione del nuovo contratto prima della scadenza indicata;",
 ], 1):
    pdf.set_font('Helvetica', '', 10)
    pdf.cell(8, 5.2, '%d)' % i); pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
pdf.ln(2)
p("Inoltre, con successiva votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
pdf.ln(8)
y = pdf.get_y()
if y > 250:
    pdf.add_page(); y = pdf.get_y()
pdf.set_font('Helvetica', '', 9.5)
pdf.set_xy(18, y); pdf.multi_cell(80, 5, 'IL SINDACO\nLeonardo Pierotti', align='C')
pdf.set_xy(112, y); pdf.multi_cell(80, 5, 'IL SEGRETARIO GENERALE\nDott. Massimo Biscarini', align='C')
pdf.set_font('Helvetica', 'I', 7.5); pdf.ln(4)
pdf.multi_cell(0, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. (CAD), che sostituisce il documento cartaceo e la firma autografa.", align='C')
pdf.output(out('giunta-gubbio-sicraweb.pdf'))
