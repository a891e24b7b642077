#!/usr/bin/env python3
"""Ciminna, decreto sindacale n. 19 of 27/12/2028, "Archimede" house style,
printed by fpdf2 with embedded Liberation Serif subsets: number and date in the
heading line, the subject after its label with a hanging indent, justified body
(fpdf2 spreads words itself), a running foot with the number on both pages."""
import sys
from fpdf import FPDF
from fpdf.enums import Align

out = sys.argv[1]
FD = '/usr/share/fonts/truetype/liberation/'


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(0)
            self.set_line_width(0.3)
            # crest outline
            self.rect(20, 12, 15, 18)
            self.set_font('LS', 'B', 5)
            self.set_xy(20, 19)
            self.cell(15, 3, 'CIMINNA', align='C')
            self.set_xy(40, 12)
            self.set_font('LS', 'B', 17)
            self.set_char_spacing(1.6)
            self.cell(0, 8, 'COMUNE DI CIMINNA')
            self.set_char_spacing(0)
            self.set_xy(40, 20)
            self.set_font('LS', 'I', 11)
            self.cell(0, 5, 'Città Metropolitana di Palermo')
            self.set_xy(40, 25.5)
            self.set_font('LS', '', 8.5)
            self.cell(0, 4, 'Piazza Umberto I, 1 – 90023 Ciminna (PA) – protocollo@pec.comune.ciminna.pa.it')
            self.line(20, 33, 190, 33)
            self.set_y(38)
        else:
            self.set_font('LS', 'I', 8.5)
            self.set_y(10)
            self.cell(0, 5, 'Comune di Ciminna – Ufficio del Sindaco', align='L')
            self.line(20, 16, 190, 16)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font('LS', '', 7.5)
        self.cell(85, 6, 'Decreto sindacale n. 19 del 27/12/2028')
        self.cell(85, 6, 'Pagina %d di {nb}' % self.page_no(), align='R')


pdf = Doc(format='A4')
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font('LS', '', FD + 'LiberationSerif-Regular.ttf')
pdf.add_font('LS', 'B', FD + 'LiberationSerif-Bold.ttf')
pdf.add_font('LS', 'I', FD + 'LiberationSerif-Italic.ttf')
pdf.set_title('Decreto sindacale n. 19/2028')
pdf.set_creator('Archimede Atti Amministrativi 4.2')
pdf.add_page()

pdf.set_font('LS', 'B', 13)
pdf.cell(0, 8, 'DECRETO SINDACALE N. 19 DEL 27/12/2028', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)

# subject with a hanging indent: label in its own cell, text in a multi_cell beside it
pdf.set_font('LS', 'B', 11)
y = pdf.get_y()
pdf.cell(22, 6, 'OGGETTO:')
pdf.set_xy(42, y)
pdf.multi_cell(148, 6, "Nomina del Responsabile dell'Area Economico-Finanziaria e attribuzione "
               "dell'incarico di Elevata Qualificazione per il periodo dal 01/01/2029 al 31/12/2029.",
               align=Align.L, new_x='LMARGIN', new_y='NEXT')
pdf.ln(5)

pdf.set_font('LS', 'B', 12)
pdf.cell(0, 7, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('LS', '', 11)
for t in [
    "Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei "
    "responsabili degli uffici e dei servizi e l'attribuzione degli incarichi dirigenziali;",
    "Visto l'art. 109, comma 2, del medesimo decreto, secondo il quale nei comuni privi di personale di "
    "qualifica dirigenziale le funzioni di cui all'art. 107 possono essere attribuite ai responsabili degli "
    "uffici o dei servizi, anche in deroga a ogni diversa disposizione;",
    "Visto il CCNL del personale del comparto Funzioni Locali del 16/11/2022, artt. 16-21, che disciplina gli "
    "incarichi di Elevata Qualificazione;",
    "Richiamata la deliberazione della Giunta Municipale n. 97 del 29/08/2028 con la quale è stato approvato il "
    "regolamento per la graduazione e il conferimento degli incarichi di Elevata Qualificazione;",
    "Visto il proprio decreto n. 2 del 02/01/2028, con il quale sono stati conferiti gli incarichi di "
    "responsabile di Area fino al 31/12/2028;",
    "Considerato che la dipendente rag. Francesca Rizzo, Funzionario contabile a tempo indeterminato, possiede "
    "la professionalità e l'esperienza necessarie, avendo diretto l'Area Economico-Finanziaria negli ultimi "
    "quattro anni con esiti positivi della valutazione della performance;",
    "Dato atto dell'insussistenza di cause di inconferibilità e incompatibilità, come da dichiarazione resa "
    "dall'interessata ai sensi dell'art. 20 del D.Lgs. 39/2013, acquisita al prot. n. 15211 del 22/12/2028;"]:
    pdf.multi_cell(0, 5.6, t, align=Align.J, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)

pdf.ln(2)
pdf.set_font('LS', 'B', 12)
pdf.cell(0, 7, 'D E C R E T A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('LS', '', 11)
pts = [
    "di nominare la rag. Francesca Rizzo Responsabile dell'Area Economico-Finanziaria del Comune di Ciminna, "
    "con attribuzione dell'incarico di Elevata Qualificazione, per il periodo dal 01/01/2029 al 31/12/2029;",
    "di attribuire alla stessa le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, con "
    "riferimento ai servizi Bilancio e Programmazione, Tributi, Economato e Personale (parte economica);",
    "di riconoscere la retribuzione di posizione annua di € 12.400,00 per tredici mensilità, oltre alla "
    "retribuzione di risultato nella misura prevista dal sistema di valutazione vigente;",
    "di stabilire che, in caso di assenza o impedimento, la titolare sarà sostituita dal Segretario Comunale;",
    "di notificare il presente decreto all'interessata e di trasmetterlo al Segretario Comunale, al Nucleo di "
    "valutazione e all'Ufficio Personale, disponendone la pubblicazione all'Albo Pretorio on line e nella "
    "sezione Amministrazione Trasparente."]
for i, t in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.6, '%d)' % i)
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.6, t, align=Align.J, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.5)

if pdf.get_y() > 240:
    pdf.add_page()
pdf.ln(8)
pdf.set_font('LS', '', 11)
pdf.cell(90, 6, 'Ciminna, 27/12/2028')
pdf.set_font('LS', 'B', 11)
pdf.cell(80, 6, 'IL SINDACO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('LS', 'I', 11)
pdf.cell(80, 6, 'dott. Giuseppe Lo Bue', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(10)
pdf.set_font('LS', '', 10)
pdf.cell(0, 5, "Per accettazione:", new_x='LMARGIN', new_y='NEXT')
pdf.cell(0, 5, "rag. Francesca Rizzo", new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
