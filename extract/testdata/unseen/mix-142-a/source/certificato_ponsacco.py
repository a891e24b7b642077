"""Ponsacco, Sicraweb-like certificate of publication of Giunta
deliberation 4/2029 (fpdf2): letterhead, a two-column grid of the act's
data, the certifying sentence and the signature of the Messo."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Sicraweb - Albo Pretorio")
pdf.set_title("Certificato di pubblicazione - GC 4/2029")
pdf.add_font("ls", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
pdf.add_font("ls", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
pdf.add_font("ls", "I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf")
pdf.set_auto_page_break(True, 20)
pdf.set_margins(22, 18, 22)
pdf.add_page()
pdf.rect(22, 16, 16, 20)
pdf.set_font("ls", "", 5); pdf.set_xy(22, 25); pdf.cell(16, 3, "STEMMA", align="C")
pdf.set_xy(42, 17); pdf.set_font("ls", "B", 15); pdf.cell(0, 7, "COMUNE DI PONSACCO")
pdf.set_xy(42, 24); pdf.set_font("ls", "", 9.5); pdf.cell(0, 5, "Provincia di Pisa")
pdf.set_xy(42, 29); pdf.set_font("ls", "I", 8.5); pdf.cell(0, 5, "Settore 1 - Affari Generali e Servizi al Cittadino - Ufficio Messi")
pdf.set_line_width(0.5); pdf.line(22, 39, 188, 39)

pdf.set_y(50)
pdf.set_font("ls", "B", 13); pdf.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("ls", "", 9); pdf.cell(0, 5, "Albo Pretorio on line - Registro delle pubblicazioni n. 41/2029", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
rows = [("Tipo atto", "DELIBERAZIONE DELLA GIUNTA COMUNALE"),
        ("Numero", "4"),
        ("Data", "09/01/2029"),
        ("Oggetto", "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
                    "STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA \"EDMONDO DE AMICIS\" - CUP J27G28000120004"),
        ("Periodo di pubblicazione", "dal 12/01/2029 al 27/01/2029")]
pdf.set_draw_color(90, 90, 90); pdf.set_line_width(0.2)
for k, v in rows:
    y = pdf.get_y()
    pdf.set_x(22); pdf.set_font("ls", "B", 9.5)
    pdf.set_fill_color(235, 235, 235)
    pdf.set_xy(64, y); pdf.set_font("ls", "", 9.5)
    pdf.multi_cell(124, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    h = pdf.get_y() - y
    pdf.set_xy(22, y); pdf.set_font("ls", "B", 9.5)
    pdf.rect(22, y, 42, h, style="DF")
    pdf.set_xy(22, y); pdf.cell(42, 6, k)
    pdf.set_y(y + h)
pdf.ln(10)
pdf.set_font("ls", "", 10.5)
txt = ("Il sottoscritto Messo Comunale, visti gli atti d'ufficio, CERTIFICA che la deliberazione sopra indicata "
       "è stata pubblicata all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 124, comma 1, del "
       "D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, per quindici "
       "giorni consecutivi dal 12/01/2029 al 27/01/2029, senza che siano pervenuti reclami od opposizioni.")
pdf.multi_cell(0, 6, txt, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.multi_cell(0, 6, "La deliberazione è stata contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(14)
pdf.cell(80, 6, "Ponsacco, 28/01/2029")
pdf.set_x(118); pdf.cell(70, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(118); pdf.cell(70, 6, "Sig. Claudio Ghelardini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(118); pdf.set_font("ls", "I", 7.5); pdf.cell(70, 5, "(firmato digitalmente)", align="C")
pdf.output(out)
