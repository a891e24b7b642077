#!/usr/bin/env python3
"""Consorzio di Bonifica del Nord Sardegna - determinazione del Direttore
Generale n. 58 del 05/03/2026, in the layout of the J-Iride act module
(header band with logo, proposal box, running foot 'pagina x di y'); fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
FD = '/usr/share/fonts/truetype/dejavu/'


class Doc(FPDF):
    def header(self):
        self.set_draw_color(0, 70, 120)
        self.set_fill_color(0, 70, 120)
        self.ellipse(20, 10, 16, 16, style='F')
        self.set_text_color(255, 255, 255)
        self.set_font('S', 'B', 9)
        self.set_xy(20, 15.5)
        self.cell(16, 5, 'CBNS', align='C')
        self.set_text_color(0, 0, 0)
        self.set_xy(40, 10)
        self.set_font('S', 'B', 13)
        self.cell(0, 6, 'CONSORZIO DI BONIFICA DEL NORD SARDEGNA', new_x='LMARGIN', new_y='NEXT')
        self.set_x(40)
        self.set_font('S', '', 8)
        self.cell(0, 4, 'Ente di diritto pubblico - L.R. 23 maggio 2008, n. 6', new_x='LMARGIN', new_y='NEXT')
        self.set_x(40)
        self.cell(0, 4, 'Località Chilivani - 07014 Ozieri (SS) - PEC: protocollo@pec.cbnordsardegna.it', new_x='LMARGIN', new_y='NEXT')
        self.set_line_width(0.6)
        self.line(20, 29, 190, 29)
        self.set_y(34)

    def footer(self):
        self.set_y(-15)
        self.set_font('S', '', 7)
        self.set_draw_color(120, 120, 120)
        self.line(20, self.get_y(), 190, self.get_y())
        self.cell(0, 5, 'Determinazione del Direttore Generale n. 58/2026', align='L')
        self.set_x(20)
        self.cell(0, 5, 'pagina %d di {nb}' % self.page_no(), align='R')


pdf = Doc('P', 'mm', 'A4')
pdf.add_font('S', '', FD + 'DejaVuSans.ttf')
pdf.add_font('S', 'B', FD + 'DejaVuSans-Bold.ttf')
pdf.add_font('R', '', FD + 'DejaVuSerif.ttf')
pdf.add_font('R', 'B', FD + 'DejaVuSerif-Bold.ttf')
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_creator('J-Iride - Atti')
pdf.set_title('DETERMINAZIONE DG 58/2026')
pdf.add_page()

pdf.set_fill_color(230, 236, 243)
pdf.set_font('S', 'B', 12.5)
pdf.cell(0, 8, 'DETERMINAZIONE DEL DIRETTORE GENERALE', border='LTR', align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.set_font('S', 'B', 11)
pdf.cell(0, 7, 'N. 58 DEL 05/03/2026', border='LBR', align='C', fill=True, new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.set_font('S', '', 8.5)
pdf.cell(56, 6, 'Proposta n. 71 del 03/03/2026', border=1)
pdf.cell(0, 6, 'Ufficio proponente: Settore Esercizio e Manutenzione', border=1, new_x='LMARGIN', new_y='NEXT')
pdf.cell(56, 6, 'Responsabile del procedimento', border=1)
pdf.cell(0, 6, 'Ing. Salvatore Pinna', border=1, new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('S', 'B', 10)
pdf.cell(22, 5.5, 'OGGETTO:')
pdf.multi_cell(0, 5.5, "Approvazione dell'avviso pubblico per la formazione di un elenco di operatori economici da invitare "
                       "alle procedure di affidamento dei lavori di manutenzione della rete irrigua del Distretto di "
                       "Chilivani - annualità 2026-2027.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(4)
pdf.set_font('R', 'B', 10.5)
pdf.cell(0, 6, 'IL DIRETTORE GENERALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('R', '', 10)
for t in [
    "VISTA la legge regionale 23 maggio 2008, n. 6, recante \"Legge quadro in materia di consorzi di bonifica\";",
    "VISTO lo Statuto consortile e in particolare l'art. 31, che attribuisce al Direttore Generale l'adozione degli atti "
    "di gestione, compresi quelli che impegnano il Consorzio verso l'esterno;",
    "VISTA la deliberazione del Consiglio di Amministrazione n. 12 del 19 dicembre 2025, con la quale è stato approvato "
    "il bilancio di previsione per l'esercizio 2026;",
    "CONSIDERATO che la rete irrigua del Distretto di Chilivani, estesa per circa 214 km, richiede interventi frequenti "
    "e non programmabili di riparazione delle condotte e dei manufatti, per i quali è opportuno disporre di un elenco "
    "di operatori economici qualificati, da invitare secondo il principio di rotazione di cui all'art. 49 del D.Lgs. "
    "31 marzo 2023, n. 36;",
    "VISTO lo schema di avviso pubblico predisposto dal Settore Esercizio e Manutenzione, con il relativo modello di "
    "domanda, allegati al presente provvedimento;",
    "DATO ATTO che il presente provvedimento non comporta impegno di spesa;",
]:
    pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.2)
pdf.ln(2)
pdf.set_font('R', 'B', 10.5)
pdf.cell(0, 6, 'D E T E R M I N A', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('R', '', 10)
for k, t in enumerate([
    "di approvare l'avviso pubblico per la formazione di un elenco di operatori economici da invitare alle procedure di "
    "affidamento dei lavori di manutenzione della rete irrigua del Distretto di Chilivani per gli anni 2026-2027, con il "
    "relativo modello di domanda;",
    "di stabilire che l'avviso sia pubblicato per trenta giorni all'Albo on line del Consorzio, sul sito istituzionale e "
    "sulla piattaforma SardegnaCAT;",
    "di nominare responsabile del procedimento l'Ing. Salvatore Pinna, Capo Settore Esercizio e Manutenzione.",
], 1):
    y = pdf.get_y()
    pdf.cell(8, 5.2, '%d.' % k)
    pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.2)
pdf.ln(8)
pdf.set_font('S', '', 9)
pdf.cell(0, 5, 'Ozieri, 05/03/2026', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('S', 'B', 9.5)
pdf.cell(80, 5, 'IL DIRETTORE GENERALE', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('S', '', 9.5)
pdf.cell(80, 5, 'Dott. Ing. Giovanni Antonio Fois', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('S', '', 7)
pdf.cell(80, 4, '(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(10)
pdf.set_font('S', 'B', 8.5)
pdf.cell(0, 6, 'CERTIFICATO DI PUBBLICAZIONE', border='LTR', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_font('S', '', 8.5)
pdf.multi_cell(0, 4.6, "La presente determinazione è pubblicata all'Albo on line del Consorzio dal 06/03/2026 al 21/03/2026 "
                       "(registro pubblicazioni n. 97/2026).\nL'addetto alla pubblicazione: Maria Grazia Dettori",
               border='LBR', new_x='LMARGIN', new_y='NEXT')
pdf.output(out)
