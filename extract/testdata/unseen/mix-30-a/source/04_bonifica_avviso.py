# Consorzio di Bonifica della Sardegna Centrale: unnumbered notice of the contribution rolls.
# fpdf2, DejaVu Sans embedded, coloured letterhead band, boxed "Avviso" title.
import sys
from fpdf import FPDF

out = sys.argv[1]
F = '/usr/share/fonts/truetype/dejavu/'


class P(FPDF):
    def header(self):
        self.set_fill_color(22, 92, 125)
        self.rect(0, 0, 210, 26, 'F')
        self.set_text_color(255, 255, 255)
        self.set_xy(15, 6)
        self.set_font('DV', 'B', 15)
        self.cell(0, 7, 'CONSORZIO DI BONIFICA DELLA SARDEGNA CENTRALE')
        self.set_xy(15, 14)
        self.set_font('DV', '', 8)
        self.cell(0, 5, 'Ente pubblico economico – L.R. 23 maggio 2008, n. 6 – Via Santa Barbara, 30 – 08100 Nuoro')
        self.set_text_color(0, 0, 0)
        self.set_y(32)

    def footer(self):
        self.set_y(-14)
        self.set_font('DV', '', 7)
        self.set_draw_color(22, 92, 125)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.cell(0, 5, f'tel. 0784 233100 – protocollo@pec.cbsc.it – C.F. 80004830913        Pag. {self.page_no()}/{{nb}}', align='C')


pdf = P(format='A4')
pdf.add_font('DV', '', F + 'DejaVuSans.ttf')
pdf.add_font('DV', 'B', F + 'DejaVuSans-Bold.ttf')
pdf.add_font('DV', 'I', F + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(18, 32, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font('DV', '', 9)
pdf.cell(87, 5, 'Prot. n. 1532/2026')
pdf.cell(87, 5, 'Nuoro, 16/02/2026', align='R', new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_font('DV', 'B', 13)
pdf.set_draw_color(22, 92, 125)
pdf.set_line_width(0.6)
pdf.multi_cell(0, 7, 'AVVISO DI PUBBLICAZIONE DEI RUOLI DI CONTRIBUENZA CONSORTILE – ANNO 2025',
               border=1, align='C', padding=3, new_x='LMARGIN', new_y='NEXT')
pdf.ln(6)
pdf.set_font('DV', 'B', 10)
pdf.cell(0, 6, 'IL COMMISSARIO STRAORDINARIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('DV', '', 9.5)
txt = [
    "Visto il R.D. 13 febbraio 1933, n. 215, e la L.R. 23 maggio 2008, n. 6, recante la legge quadro in materia di Consorzi di bonifica;",
    "Visto il Piano di classifica degli immobili per il riparto degli oneri consortili, approvato dalla Giunta regionale con deliberazione n. 41/18 del 2019;",
    "Vista la propria deliberazione n. 12 del 30/01/2026, con la quale sono stati approvati i ruoli di contribuenza per le spese di esercizio, manutenzione e funzionamento relativi all'anno 2025;",
]
for t in txt:
    pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.2)
pdf.ln(2)
pdf.set_font('DV', 'B', 10)
pdf.cell(0, 6, 'RENDE NOTO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.ln(2)
pdf.set_font('DV', '', 9.5)
body = [
    "che i ruoli di contribuenza consortile relativi all'anno 2025 sono depositati presso la sede del Consorzio in Nuoro, Via Santa Barbara n. 30, Ufficio Catasto, e restano a disposizione dei consorziati dal 17 febbraio 2026 al 18 marzo 2026, nei giorni feriali dal lunedì al venerdì, dalle ore 9:00 alle ore 12:30;",
    "che i ruoli riguardano gli immobili ricadenti nel perimetro di contribuenza dei distretti irrigui di Ottana, Siniscola–Posada, Orosei e Galtellì;",
    "che gli avvisi di pagamento saranno recapitati a mezzo posta ordinaria o PEC, con scadenza della rata unica o della prima rata al 30 aprile 2026;",
    "che avverso l'iscrizione a ruolo è ammesso ricorso in opposizione al Consorzio entro trenta giorni dalla scadenza del periodo di deposito, ferma restando la facoltà di adire la Corte di giustizia tributaria di primo grado di Nuoro.",
]
for t in body:
    pdf.set_x(18)
    pdf.cell(6, 5.2, '–')
    pdf.multi_cell(0, 5.2, t, align='J', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(1.2)
pdf.ln(2)
pdf.multi_cell(0, 5.2, "Il presente avviso è pubblicato all'Albo on line del Consorzio e trasmesso, per la pubblicazione ai rispettivi Albi pretori, ai Comuni ricadenti nel comprensorio consortile.", align='J', new_x='LMARGIN', new_y='NEXT')
pdf.ln(3)
pdf.multi_cell(0, 5.2, "Per informazioni: Ufficio Catasto, tel. 0784 233127, catasto@cbsc.it. Responsabile del procedimento: dott.ssa Graziella Mele.", new_x='LMARGIN', new_y='NEXT')
pdf.ln(12)
pdf.set_x(110)
pdf.set_font('DV', 'B', 9.5)
pdf.cell(80, 5, 'IL COMMISSARIO STRAORDINARIO', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('DV', '', 9.5)
pdf.cell(80, 5, 'Ing. Salvatore Pinna', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_x(110)
pdf.set_font('DV', 'I', 7.5)
pdf.cell(80, 5, '(firmato digitalmente)', align='C', new_x='LMARGIN', new_y='NEXT')
pdf.set_title('Avviso pubblicazione ruoli 2025')
pdf.set_producer('PyFPDF/fpdf2')
pdf.output(out)
