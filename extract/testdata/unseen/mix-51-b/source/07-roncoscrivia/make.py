# Ordinanza, Comune di Ronco Scrivia - fpdf2 (Python)
import sys
from fpdf import FPDF

F = '/usr/share/fonts/truetype/dejavu/'

class Ord(FPDF):
    def header(self):
        self.set_font('DS', 'B', 13)
        self.set_text_color(0, 70, 120)
        self.cell(0, 6, 'COMUNE DI RONCO SCRIVIA', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_text_color(0)
        self.set_font('DS', '', 8.5)
        self.cell(0, 4.5, 'Città Metropolitana di Genova', align='C', new_x='LMARGIN', new_y='NEXT')
        self.cell(0, 4.5, 'Corso Italia, 2 – 16019 Ronco Scrivia (GE) – Tel. 010 965071 – PEC comune.roncoscrivia@postecert.it', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_draw_color(0, 70, 120); self.set_line_width(0.6)
        self.line(15, self.get_y() + 1.5, 195, self.get_y() + 1.5)
        self.ln(5)
    def footer(self):
        self.set_y(-13)
        self.set_font('DS', '', 7)
        self.cell(0, 4, f'Ordinanza n. 9/2026 – pag. {self.page_no()}/{{nb}}', align='R')

pdf = Ord('P', 'mm', 'A4')
pdf.set_margins(15, 12, 15)
pdf.set_auto_page_break(True, 18)
pdf.add_font('DS', '', F + 'DejaVuSerif.ttf')
pdf.add_font('DS', 'B', F + 'DejaVuSerif-Bold.ttf')
pdf.add_font('DS', 'I', F + 'DejaVuSerif-Italic.ttf')
pdf.set_title('Ordinanza n. 9 del 14/04/2026')
pdf.set_creator('Ufficio Polizia Locale')
pdf.set_producer('PyFPDF/fpdf2 2.8.9')
pdf.add_page()

# protocol stamp box, top right
pdf.set_font('DS', '', 7.5)
x0, y0 = 132, pdf.get_y()
pdf.set_draw_color(120, 0, 0); pdf.set_text_color(120, 0, 0)
pdf.rect(x0, y0, 63, 15)
pdf.set_xy(x0 + 1, y0 + 1.2)
pdf.multi_cell(61, 3.8, 'COMUNE DI RONCO SCRIVIA\nProt. n. 0003417 del 14/04/2026\nCat. 9 – Cl. 4 – PARTENZA', align='C')
pdf.set_text_color(0); pdf.set_draw_color(0)
pdf.set_xy(15, y0)
pdf.set_font('DS', 'B', 10)
pdf.cell(110, 5, 'AREA VIGILANZA', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DS', '', 9.5)
pdf.cell(110, 5, 'Servizio Polizia Locale', new_x='LMARGIN', new_y='NEXT')
pdf.set_y(y0 + 20)

pdf.set_font('DS', 'B', 15)
pdf.cell(0, 8, 'ORDINANZA N. 9 DEL 14/04/2026', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('DS', 'B', 10)
pdf.set_fill_color(235, 240, 246)
pdf.multi_cell(0, 5.2, 'Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in Via Vittorio Veneto, nel tratto compreso tra Piazza Sant’Antonio e Via Ponte Vecchio, per lavori di rifacimento della rete idrica (20 aprile – 8 maggio 2026).',
               border=1, align='C', fill=True, padding=2)
pdf.ln(4)
pdf.set_font('DS', 'B', 10.5)
pdf.cell(0, 6, 'IL RESPONSABILE DEL SERVIZIO POLIZIA LOCALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.set_font('DS', '', 9.5)
for t in [
    'Vista la richiesta presentata da IRETI S.p.A., acquisita al protocollo comunale n. 3288 del 09/04/2026, per l’esecuzione dei lavori di rifacimento della condotta idrica in Via Vittorio Veneto;',
    'Considerato che, per consentire l’esecuzione dei lavori in condizioni di sicurezza, si rende necessario interdire la circolazione veicolare e la sosta nel tratto interessato dal cantiere;',
    'Sentito l’Ufficio Tecnico comunale, che ha espresso parere favorevole con nota del 10/04/2026;',
    'Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;',
    'Visto l’art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 2 del 08/01/2026 di attribuzione delle funzioni;']:
    pdf.multi_cell(0, 5, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1)
pdf.ln(2)
pdf.set_font('DS', 'B', 11)
pdf.cell(0, 6, 'O R D I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.set_font('DS', '', 9.5)
items = [
    'dalle ore 7:30 del giorno 20/04/2026 alle ore 18:00 del giorno 08/05/2026, in Via Vittorio Veneto, nel tratto compreso tra Piazza Sant’Antonio e Via Ponte Vecchio, l’istituzione del divieto di transito a tutti i veicoli, eccetto i mezzi dell’impresa esecutrice, di soccorso e di polizia;',
    'nel medesimo periodo e tratto, l’istituzione del divieto di sosta con rimozione forzata su entrambi i lati della carreggiata;',
    'che il traffico veicolare sia deviato su Via Roma e Via Pieve, secondo l’itinerario indicato dalla segnaletica di preavviso;',
    'che l’impresa esecutrice provveda all’installazione e al mantenimento della segnaletica prevista dal D.M. 10 luglio 2002, almeno 48 ore prima dell’inizio dei lavori.']
for i, t in enumerate(items, 1):
    pdf.set_x(15)
    pdf.cell(8, 5, f'{i})')
    pdf.multi_cell(0, 5, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1)
pdf.ln(2)
pdf.multi_cell(0, 5, 'Gli Agenti della Polizia Locale e gli altri soggetti di cui all’art. 12 del Codice della Strada sono incaricati della vigilanza sull’osservanza della presente ordinanza. I trasgressori saranno puniti ai sensi di legge.', align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(1)
pdf.multi_cell(0, 5, 'Avverso il presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione all’Albo Pretorio, ovvero ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell’art. 37, comma 3, del Codice della Strada.', align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.cell(95, 5, 'Ronco Scrivia, 14/04/2026')
pdf.set_font('DS', 'B', 9.5)
pdf.cell(0, 5, 'IL RESPONSABILE DEL SERVIZIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('DS', '', 9.5)
pdf.cell(95, 5, '')
pdf.cell(0, 5, 'Comm. Sup. Elisa Parodi', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.cell(95, 5, '')
pdf.set_font('DS', 'I', 7.5)
pdf.cell(0, 4, 'Documento firmato digitalmente ai sensi del D.Lgs. 82/2005', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(sys.argv[1])
