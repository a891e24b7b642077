# Comune di Corleto Perticara - Ordinanza sindacale n. 6/2026
# imitates a manifesto laid out in Serif PagePlus (framed page, big centred heading); built with fpdf2
import sys
from fpdf import FPDF
F = '/usr/share/fonts/truetype/liberation/'
class P(FPDF):
    def header(self):
        self.set_draw_color(25, 60, 120); self.set_line_width(1.4); self.rect(8, 8, 194, 281)
        self.set_line_width(0.3); self.rect(10, 10, 190, 277)
    def footer(self):
        self.set_y(-20); self.set_font('LS', '', 7.5); self.set_text_color(90)
        self.cell(0, 4, 'Comune di Corleto Perticara - Piazza Municipio, 1 - 85012 Corleto Perticara (PZ) - tel. 0971 963021 - protocollo.corletoperticara@cert.ruparbasilicata.it', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, f'Ordinanza n. 6 del 12/03/2026 - pag. {self.page_no()}/{{nb}}', align='C')
pdf = P('P', 'mm', 'A4')
pdf.add_font('LS', '', F + 'LiberationSans-Regular.ttf'); pdf.add_font('LS', 'B', F + 'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', F + 'LiberationSans-Italic.ttf')
pdf.add_font('SE', '', F + 'LiberationSerif-Regular.ttf'); pdf.add_font('SE', 'B', F + 'LiberationSerif-Bold.ttf')
pdf.set_creator('Serif PagePlus X9'); pdf.set_title('Ordinanza n. 6 del 12/03/2026'); pdf.set_author('Ufficio del Sindaco')
pdf.set_margins(20, 16, 20); pdf.set_auto_page_break(True, 24)
pdf.add_page()
pdf.set_font('LS', 'I', 7); pdf.set_xy(95, 15); pdf.cell(20, 4, '[stemma]', align='C')
pdf.set_xy(20, 22)
pdf.set_font('SE', 'B', 22); pdf.set_text_color(25, 60, 120)
pdf.cell(0, 10, 'COMUNE DI CORLETO PERTICARA', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('SE', '', 11); pdf.set_text_color(0)
pdf.cell(0, 6, 'Provincia di Potenza', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_fill_color(25, 60, 120); pdf.set_text_color(255)
pdf.set_font('LS', 'B', 15)
pdf.cell(0, 10, 'ORDINANZA SINDACALE N. 6 DEL 12/03/2026', align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_text_color(0); pdf.ln(4)
pdf.set_font('LS', 'B', 10.5)
x = pdf.get_x(); pdf.cell(24, 5.5, 'OGGETTO:')
pdf.multi_cell(0, 5.5, 'Chiusura della Scuola dell’Infanzia e della Scuola Primaria di Via Martiri della Libertà per il giorno 13 marzo 2026 per interventi urgenti sulla rete idrica.', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('SE', 'B', 16); pdf.cell(0, 9, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('SE', '', 11)
def para(t):
    pdf.multi_cell(0, 5.4, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
para('PREMESSO che in data odierna il gestore del servizio idrico integrato Acquedotto Lucano S.p.A. ha comunicato, con nota acquisita al prot. n. 1876 del 12/03/2026, la necessità di eseguire un intervento urgente di riparazione della condotta di adduzione che alimenta il plesso scolastico di Via Martiri della Libertà, a seguito di una perdita rilevata nella mattinata;')
para('CONSIDERATO che l’intervento comporterà la sospensione dell’erogazione dell’acqua potabile nell’intero plesso per la giornata del 13 marzo 2026, con conseguente impossibilità di garantire le normali condizioni igienico-sanitarie per gli alunni e il personale;')
para('SENTITO il Dirigente Scolastico dell’Istituto Comprensivo competente, che ha condiviso la necessità della sospensione delle attività didattiche;')
para('RITENUTO necessario adottare un provvedimento contingibile e urgente a tutela della salute pubblica;')
para('VISTI gli artt. 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;')
pdf.set_font('SE', 'B', 16); pdf.cell(0, 9, 'O R D I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('SE', '', 11)
pts = ['la chiusura della Scuola dell’Infanzia e della Scuola Primaria di Via Martiri della Libertà per l’intera giornata di venerdì 13 marzo 2026;',
       'la sospensione, per la medesima giornata, del servizio di refezione scolastica e del servizio di trasporto scolastico limitatamente agli alunni del plesso interessato;',
       'al gestore del servizio idrico integrato di completare l’intervento entro le ore 20:00 del 13 marzo 2026, dandone immediata comunicazione all’Ufficio Tecnico comunale.']
for i, t in enumerate(pts, 1):
    y = pdf.get_y(); pdf.set_font('SE', 'B', 11); pdf.cell(8, 5.4, f'{i}.')
    pdf.set_font('SE', '', 11); pdf.multi_cell(0, 5.4, t, align='J', new_x='LMARGIN', new_y='NEXT'); pdf.ln(1.2)
pdf.set_font('SE', 'B', 16); pdf.cell(0, 9, 'D I S P O N E', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('SE', '', 11)
para('che la presente ordinanza sia pubblicata all’Albo Pretorio on line e sul sito istituzionale del Comune e trasmessa al Dirigente Scolastico, alla Stazione Carabinieri di Corleto Perticara, alla ditta affidataria del servizio di refezione scolastica e ad Acquedotto Lucano S.p.A.')
para('Avverso il presente provvedimento è ammesso ricorso al T.A.R. Basilicata entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.')
pdf.ln(2)
pdf.cell(0, 6, 'Corleto Perticara, 12/03/2026', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('SE', 'B', 12); pdf.cell(80, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('SE', '', 11.5); pdf.cell(80, 6, 'Dott. Vincenzo Cirigliano', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110); pdf.set_font('LS', 'I', 7.5); pdf.cell(80, 5, 'Firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C')
pdf.output(sys.argv[1])
