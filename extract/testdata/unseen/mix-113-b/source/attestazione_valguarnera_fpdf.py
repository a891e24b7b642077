"""Comune di Valguarnera Caropepe - certificate of publication of an ordinanza
sindacale, the Sikuel model again but printed by the Protocollo/Albo desk
with fpdf2: running head with the register number, justified text (Tw), an
office stamp applied askew."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Sikuel - Albo Pretorio")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_title("Attestazione di pubblicazione - Ordinanza sindacale n. 2/2027")
pdf.set_auto_page_break(False)
pdf.set_margins(20, 15, 20)
pdf.add_page()
W = 210

# running head
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(20, 8); pdf.cell(85, 4, "Comune di Valguarnera Caropepe - Albo Pretorio on line")
pdf.set_xy(105, 8); pdf.cell(85, 4, "Registro delle pubblicazioni n. 9/2027", align="R")
pdf.set_line_width(0.1); pdf.line(20, 12.5, 190, 12.5)

# letterhead
pdf.set_fill_color(140, 20, 30); pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.2)
x0, y0 = 21, 18
pdf.polygon([(x0, y0 + 2), (x0 + 15.5, y0 + 2), (x0 + 15.5, y0 + 16), (x0 + 7.75, y0 + 26), (x0, y0 + 16)], style="DF")
pdf.set_fill_color(242, 204, 51); pdf.rect(x0, y0 + 11, 15.5, 2.8, style="F")
pdf.set_fill_color(102, 90, 77); pdf.rect(x0 + 1.8, y0 - 1, 12, 2.8, style="F")
pdf.set_font("Times", "B", 17); pdf.set_xy(40, 20); pdf.cell(150, 7, "COMUNE DI VALGUARNERA CAROPEPE", align="C")
pdf.set_font("Times", "I", 11.5); pdf.set_xy(40, 27); pdf.cell(150, 5, "Libero Consorzio Comunale di Enna", align="C")
pdf.set_font("Helvetica", "", 7.5); pdf.set_xy(40, 33); pdf.cell(150, 4, "Piazza della Repubblica - 94019 Valguarnera Caropepe (EN) - C.F. 80001490860", align="C")
pdf.set_line_width(0.3); pdf.line(20, 47, 190, 47); pdf.set_line_width(0.15); pdf.line(20, 48, 190, 48)

pdf.set_font("Times", "B", 14); pdf.set_xy(20, 56); pdf.cell(170, 7, "ATTESTAZIONE DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "I", 10); pdf.set_xy(20, 63); pdf.cell(170, 5, "(art. 11 della L.R. 3 dicembre 1991, n. 44 - art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

y = 76
pdf.set_font("Times", "", 11.5)
for lab, val in (("Atto:", "ORDINANZA SINDACALE"), ("Numero:", "2"), ("Data:", "05/01/2027"),
                 ("Registro pubblicazioni:", "n. 9/2027")):
    pdf.set_xy(20, y); pdf.set_font("Times", "", 11.5); pdf.cell(45, 6, lab)
    pdf.set_font("Times", "B", 11.5); pdf.cell(120, 6, val)
    y += 6.5
pdf.set_xy(20, y); pdf.set_font("Times", "", 11.5); pdf.cell(45, 6, "Oggetto:")
pdf.set_font("Times", "B", 11.5); pdf.set_xy(65, y)
pdf.multi_cell(125, 6, "CHIUSURA DELLE SCUOLE DI OGNI ORDINE E GRADO, DEGLI IMPIANTI SPORTIVI E DELLA VILLA "
               "COMUNALE PER IL GIORNO 7 GENNAIO 2027 A SEGUITO DELL'AVVISO REGIONALE DI PROTEZIONE CIVILE "
               "PER IL RISCHIO METEO-IDROGEOLOGICO E IDRAULICO", align="L")
y = pdf.get_y() + 10

pdf.set_font("Times", "", 12)
pdf.set_xy(20, y)
pdf.multi_cell(170, 6.6, "Il sottoscritto Messo Comunale, visto il Registro delle pubblicazioni dell'Albo Pretorio "
               "on line e su conforme attestazione del Responsabile del servizio,", align="J")
pdf.ln(3)
pdf.set_font("Times", "B", 12); pdf.cell(170, 6.6, "ATTESTA", align="C"); pdf.ln(9)
pdf.set_font("Times", "", 12)
pdf.multi_cell(170, 6.6, "che la suddetta ordinanza è stata pubblicata all'Albo Pretorio on line di questo Comune dal "
               "05/01/2027 al 20/01/2027 per quindici giorni consecutivi, e che avverso la stessa non sono state "
               "presentate opposizioni. La presente attestazione si rilascia per gli usi consentiti dalla legge.",
               align="J")
y = pdf.get_y() + 10
pdf.set_xy(20, y); pdf.cell(100, 6, "Valguarnera Caropepe, 21/01/2027")
y += 18
for xx, role, name in ((62, "IL MESSO COMUNALE", "Rosario Scuderi"), (148, "IL SEGRETARIO COMUNALE", "dott. Filippo La Rosa")):
    pdf.set_font("Times", "B", 11); pdf.set_xy(xx - 40, y); pdf.cell(80, 6, role, align="C")
    pdf.set_font("Times", "", 11.5); pdf.set_xy(xx - 40, y + 6); pdf.cell(80, 6, name, align="C")

# office stamp applied askew between the signatures
pdf.set_draw_color(40, 60, 150); pdf.set_text_color(40, 60, 150); pdf.set_line_width(0.5)
with pdf.rotation(14, 105, y + 22):
    pdf.rect(82, y + 16, 46, 13)
    pdf.set_font("Helvetica", "B", 7)
    pdf.set_xy(82, y + 17.5); pdf.cell(46, 4, "COMUNE DI VALGUARNERA C.", align="C")
    pdf.set_xy(82, y + 21.5); pdf.cell(46, 4, "UFFICIO ALBO PRETORIO", align="C")
    pdf.set_xy(82, y + 25); pdf.cell(46, 3.5, "* Provincia di Enna *", align="C")
pdf.set_text_color(0, 0, 0); pdf.set_draw_color(0, 0, 0)

pdf.set_line_width(0.1); pdf.line(20, 282, 190, 282)
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(20, 283.5); pdf.cell(120, 4, "Attestazione di pubblicazione - Ordinanza sindacale n. 2 del 05/01/2027")
pdf.set_xy(140, 283.5); pdf.cell(50, 4, "Pagina 1 di 1", align="R")
pdf.output(out)
