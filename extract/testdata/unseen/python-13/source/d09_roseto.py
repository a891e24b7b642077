# APKappa (Sipal/Hypersic-like) style convocation of the Consiglio comunale with agenda (fpdf2, core Helvetica)
from fpdf import FPDF
from common import out
class P(FPDF):
    def header(self):
        self.set_font('Helvetica', 'B', 15); self.cell(0, 7, 'COMUNE DI ROSETO DEGLI ABRUZZI', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('Helvetica', '', 9.5); self.cell(0, 5, 'Provincia di Teramo', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('Helvetica', 'I', 9); self.cell(0, 5, 'Presidenza del Consiglio Comunale', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_draw_color(120, 120, 120); self.line(20, self.get_y()+2, 190, self.get_y()+2); self.ln(8)
    def footer(self):
        self.set_y(-14); self.set_font('Helvetica', '', 7.5)
        self.cell(0, 4, 'Piazza della Repubblica, 1 - 64026 Roseto degli Abruzzi (TE) - tel. 085 89451 - PEC: protocollo@pec.comune.roseto.te.it', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4, 'Pagina %d di {nb}' % self.page_no(), align='C')
p = P('P', 'mm', 'A4'); p.core_fonts_encoding = 'windows-1252'
p.set_margins(20, 15, 20); p.set_auto_page_break(True, 20); p.set_title('Convocazione Consiglio Comunale'); p.set_creator('APKappa')
p.add_page()
p.set_font('Helvetica', '', 10)
p.cell(90, 5, 'Prot. n. 31842'); p.cell(0, 5, 'Ai Consiglieri Comunali', new_x='LMARGIN', new_y='NEXT')
p.cell(90, 5, 'Roseto degli Abruzzi, 20/11/2025'); p.cell(0, 5, 'LORO SEDI', new_x='LMARGIN', new_y='NEXT')
p.ln(2)
for t in ['e, p.c.   Al Sindaco', 'Al Segretario Generale', 'Ai Dirigenti di Settore', 'Al Collegio dei Revisori dei Conti', 'Al Comandante della Polizia Locale']:
    p.cell(90, 5, ''); p.cell(0, 5, t, new_x='LMARGIN', new_y='NEXT')
p.ln(7)
p.set_font('Helvetica', 'B', 10); p.cell(18, 5.5, 'Oggetto:')
p.multi_cell(0, 5.5, 'Convocazione del Consiglio Comunale in sessione ordinaria - seduta di prima convocazione del giorno '
             '27 novembre 2025 e di seconda convocazione del giorno 28 novembre 2025.', align='L', new_x='LMARGIN', new_y='NEXT')
p.ln(4)
p.set_font('Helvetica', '', 10)
p.multi_cell(0, 5.5, 'Ai sensi dell\'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 12 e 13 del vigente Regolamento per il '
             'funzionamento del Consiglio Comunale, sentita la Conferenza dei Capigruppo nella riunione del 18/11/2025,', align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(2); p.set_font('Helvetica', 'B', 10); p.cell(0, 6, 'SI CONVOCA', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
p.set_font('Helvetica', '', 10)
p.multi_cell(0, 5.5, 'il Consiglio Comunale in sessione ordinaria, in seduta pubblica, presso la Sala consiliare "Giovanni Paolo II" '
             'della Residenza Municipale, per il giorno GIOVEDÌ 27 NOVEMBRE 2025 alle ore 16:00 in prima convocazione e, '
             'occorrendo, per il giorno VENERDÌ 28 NOVEMBRE 2025 alle ore 16:00 in seconda convocazione, per la trattazione '
             'dei seguenti argomenti iscritti all\'', align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(3)
p.set_font('Helvetica', 'B', 11); p.cell(0, 6, 'ORDINE DEL GIORNO', align='C', new_x='LMARGIN', new_y='NEXT'); p.ln(2)
odg = [
 'Lettura e approvazione dei verbali delle sedute precedenti del 29/09/2025 e del 16/10/2025.',
 'Comunicazioni del Presidente del Consiglio e del Sindaco.',
 'Interrogazione del Consigliere Di Marco (prot. n. 29977 del 03/11/2025) sullo stato dei lavori del lungomare nord.',
 'Ratifica della deliberazione della Giunta Comunale n. 298 del 06/11/2025 avente ad oggetto "Variazione d\'urgenza al '
 'bilancio di previsione 2025-2027 ai sensi dell\'art. 175, comma 4, del D.Lgs. n. 267/2000".',
 'Variazione n. 6 al bilancio di previsione finanziario 2025-2027 ai sensi dell\'art. 175, comma 3, del D.Lgs. n. 267/2000.',
 'Riconoscimento di legittimità di debiti fuori bilancio ai sensi dell\'art. 194, comma 1, lett. a) ed e), del D.Lgs. n. 267/2000.',
 'Approvazione del Regolamento comunale per la disciplina del canone unico patrimoniale - modifiche agli artt. 8, 21 e 34.',
 'Revisione periodica delle partecipazioni pubbliche detenute al 31/12/2024 ai sensi dell\'art. 20 del D.Lgs. n. 175/2016.',
 'Approvazione dello schema di convenzione con la Provincia di Teramo per la gestione associata della Stazione Unica Appaltante.',
 'Piano di utilizzo del demanio marittimo (P.D.M.) - adozione della variante parziale per il tratto di costa di Cologna Spiaggia.',
 'Mozione dei Consiglieri del gruppo "Roseto al Centro" sull\'istituzione del Garante comunale dei diritti dell\'infanzia.',
]
p.set_font('Helvetica', '', 10)
for i, t in enumerate(odg, 1):
    p.cell(10, 5.5, '%d.' % i, align='R'); p.cell(2)
    p.multi_cell(0, 5.5, t, align='J', new_x='LMARGIN', new_y='NEXT'); p.ln(1)
p.ln(3)
p.multi_cell(0, 5.5, 'La documentazione relativa agli argomenti iscritti all\'ordine del giorno è depositata presso l\'Ufficio di '
             'Presidenza del Consiglio ed è consultabile dai Consiglieri, negli orari d\'ufficio, a partire dal 24/11/2025. '
             'La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell\'Ente.', align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(2)
p.multi_cell(0, 5.5, 'I Consiglieri impossibilitati a partecipare sono pregati di darne tempestiva comunicazione alla Segreteria '
             'Generale.', align='J', new_x='LMARGIN', new_y='NEXT')
p.ln(10)
p.cell(95); p.cell(0, 5.5, 'IL PRESIDENTE DEL CONSIGLIO COMUNALE', align='C', new_x='LMARGIN', new_y='NEXT')
p.cell(95); p.cell(0, 5.5, 'Avv. Teresa Ginoble', align='C', new_x='LMARGIN', new_y='NEXT')
p.set_font('Helvetica', 'I', 7.5); p.cell(95); p.cell(0, 4.5, '(firma autografa sostituita a mezzo stampa ai sensi', align='C', new_x='LMARGIN', new_y='NEXT')
p.cell(95); p.cell(0, 4.5, 'dell\'art. 3, comma 2, del D.Lgs. n. 39/1993)', align='C', new_x='LMARGIN', new_y='NEXT')
p.output(out('convocazione-roseto-apkappa.pdf'))
