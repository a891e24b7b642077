from fpdf import FPDF
from common import fpdf_crest, fpdf_fonts, OUT

out = OUT + '/determina-velletri-dirigente.pdf'


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font('Times', 'I', 8.5); self.cell(0, 5, 'Città di Velletri - Settore 3 - Determinazione R.G. n. 1123/2025', align='R'); self.ln(8)

    def footer(self):
        self.set_y(-12); self.set_font('Times', '', 8.5); self.cell(0, 5, '- %d -' % self.page_no(), align='C')


pdf = Doc('P', 'mm', 'A4'); fpdf_fonts(pdf); pdf.set_margins(25, 15, 20); pdf.set_auto_page_break(True, 20)
pdf.add_page(); W = pdf.epw
fpdf_crest(pdf, 25 + W / 2 - 7, 14, 14, 17)
pdf.set_y(34); pdf.set_font('Times', 'B', 18); pdf.cell(0, 8, 'CITTÀ DI VELLETRI', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', 'I', 10.5); pdf.cell(0, 5, 'Città Metropolitana di Roma Capitale', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('Times', 'B', 11.5); pdf.cell(0, 6, 'SETTORE 3 - AMBIENTE E LAVORI PUBBLICI', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11); pdf.cell(0, 5.5, 'Servizio Igiene Urbana', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)
pdf.set_font('Times', 'B', 13); pdf.cell(0, 7, 'DETERMINAZIONE DEL DIRIGENTE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('Times', '', 11)
pdf.cell(W / 2, 6, 'Registro di Settore N. 287', align='L'); pdf.cell(W / 2, 6, 'Registro Generale N. 1123 del 04-11-2025', align='R', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)


def para(t, style='', size=11.5, align='J', indent=0, h=5.6, after=1.4, font='Times'):
    pdf.set_font(font, style, size); pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(W - indent, h, t, align=align, new_x='LMARGIN', new_y='NEXT'); pdf.ln(after)


pdf.set_font('Times', 'B', 11.5); pdf.cell(24, 5.6, 'OGGETTO:')
pdf.set_font('Times', '', 11.5)
pdf.multi_cell(W - 24, 5.6, "Servizio di raccolta e trasporto dei rifiuti urbani. Approvazione della modifica contrattuale ai sensi dell'art. 120, comma 1, lett. c), del D.Lgs. 36/2023 e impegno di spesa per il periodo novembre-dicembre 2025.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
para('IL DIRIGENTE', style='B', align='C')
prem = [
    "VISTO il decreto sindacale n. 38 del 30.06.2025, con il quale è stato conferito al sottoscritto l'incarico di direzione del Settore 3 - Ambiente e Lavori Pubblici;",
    "PREMESSO che con determinazione dirigenziale R.G. n. 1517 del 22.12.2022 è stato aggiudicato il servizio di raccolta e trasporto dei rifiuti urbani per la durata di anni sette all'operatore economico Volsca Ambiente e Servizi S.p.A., con contratto rep. n. 4412 del 28.02.2023;",
    "CONSIDERATO che l'attivazione della raccolta domiciliare nelle nuove zone di espansione di Colle Ottone e di Lazzaria, nonché l'incremento delle utenze non domestiche nel centro storico, hanno determinato la necessità di potenziare il servizio con ulteriori due turni settimanali, circostanze impreviste e imprevedibili al momento dell'aggiudicazione;",
    "VISTA la relazione del Direttore dell'esecuzione del contratto, acquisita al protocollo n. 71640 del 27.10.2025, dalla quale risulta che la modifica comporta un incremento del corrispettivo mensile pari ad euro 38.420,00 oltre IVA, entro il limite del 50% del valore del contratto iniziale;",
    "RITENUTO di approvare la modifica contrattuale e di impegnare la spesa per i mesi di novembre e dicembre 2025;",
    "VISTI il D.Lgs. n. 267/2000, il D.Lgs. n. 36/2023, lo Statuto comunale e il Regolamento di contabilità;",
]
for t in prem:
    para(t)
para('D E T E R M I N A', style='B', align='C')
pts = ["1) di approvare, per le motivazioni espresse in narrativa, la modifica del contratto rep. n. 4412 del 28.02.2023, ai sensi dell'art. 120, comma 1, lett. c), del D.Lgs. n. 36/2023, per il potenziamento del servizio di raccolta domiciliare;",
       "2) di impegnare a favore di Volsca Ambiente e Servizi S.p.A. la somma complessiva di euro 84.524,00 (IVA al 10% compresa) sul capitolo 9503/10 del bilancio 2025/2027, esercizio 2025;",
       "3) di dare atto che il Responsabile Unico del Progetto è l'ing. Federica Mancini, funzionario del Servizio Igiene Urbana;",
       "4) di trasmettere il presente atto all'ANAC nei termini di cui all'art. 120, comma 15, del D.Lgs. n. 36/2023."]
for t in pts:
    para(t, indent=4)
pdf.ln(8)
pdf.set_x(25 + W / 2); pdf.set_font('Times', '', 11)
pdf.multi_cell(W / 2, 5.5, 'IL DIRIGENTE\nArch. Roberto Ciccotti\n(firmato digitalmente ai sensi del D.Lgs. 82/2005)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
