# Comune di Bondeno - certificate of publication printed as an old MS Access report
# ("rptCertificatoPubblicazione"): grey band header, label/value rows, rule lines, Access-style
# footer with the long date and "Pagina 1 di 1". fpdf2 with Liberation Sans (the Arial metric clone).
import sys, warnings
warnings.filterwarnings("ignore")
from fpdf import FPDF
L = "/usr/share/fonts/truetype/liberation/"
out = sys.argv[1]

class R(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Arial", "", 7.5)
        self.set_draw_color(0); self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.cell(90, 4, "lunedì 30 marzo 2026", 0, 0, "L")
        self.cell(90, 4, "Pagina %d di {nb}" % self.page_no(), 0, 0, "R")

p = R("P", "mm", "A4")
p.add_font("Arial", "", L + "LiberationSans-Regular.ttf")
p.add_font("Arial", "B", L + "LiberationSans-Bold.ttf")
p.add_font("Arial", "I", L + "LiberationSans-Italic.ttf")
p.set_title("rptCertificatoPubblicazione")
p.set_author("ufficio.segreteria")
p.set_creator("Microsoft Access - Albo.accdb")
p.set_margins(15, 14, 15)
p.add_page()
p.set_fill_color(217, 217, 217)
p.set_font("Arial", "B", 16)
p.cell(0, 10, "COMUNE DI BONDENO", 0, 1, "L", fill=True)
p.set_font("Arial", "", 9)
p.cell(0, 5, "Provincia di Ferrara  -  Piazza Garibaldi, 1  -  44012 Bondeno (FE)", 0, 1, "L")
p.cell(0, 5, "Servizio Segreteria Generale - Ufficio Albo Pretorio", 0, 1, "L")
p.ln(6)
p.set_font("Arial", "B", 13)
p.cell(0, 8, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE", "TB", 1, "C")
p.ln(5)

def row(label, value, h=6.5):
    p.set_font("Arial", "B", 9)
    y = p.get_y()
    p.cell(48, h, label, 0, 0, "L")
    p.set_font("Arial", "", 10)
    p.multi_cell(0, h, value, 0, "L", new_x="LMARGIN", new_y="NEXT")
    p.set_draw_color(190); p.line(15, p.get_y(), 195, p.get_y()); p.set_draw_color(0)

row("Reg. Pubblicazioni n.:", "412 / 2026")
row("Tipo atto:", "DELIBERAZIONE DELLA GIUNTA COMUNALE")
row("Numero atto:", "36")
row("Data atto:", "12/03/2026")
row("Oggetto:", "APPROVAZIONE DELLE TARIFFE PER L'UTILIZZO DELLE PALESTRE COMUNALI E DEL PALAZZETTO DELLO SPORT - STAGIONE SPORTIVA 2026/2027.")
row("Pubblicato dal:", "13/03/2026")
row("Pubblicato al:", "28/03/2026")
row("Giorni di pubblicazione:", "15")
p.ln(8)
p.set_font("Arial", "", 10.5)
p.multi_cell(0, 5.6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", 0, "L", new_x="LMARGIN", new_y="NEXT")
p.ln(2)
p.set_font("Arial", "B", 11)
p.cell(0, 7, "ATTESTA", 0, 1, "C")
p.set_font("Arial", "", 10.5)
p.multi_cell(0, 5.6, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 13/03/2026 al 28/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, senza che siano state presentate opposizioni o reclami.", 0, "J", new_x="LMARGIN", new_y="NEXT")
p.ln(10)
p.cell(95, 6, "Bondeno, 30/03/2026", 0, 0, "L")
p.set_font("Arial", "B", 10)
p.cell(0, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", 0, 1, "C")
p.set_font("Arial", "", 10)
p.cell(95, 6, "", 0, 0)
p.cell(0, 6, "Sig.ra Daniela Malaguti", 0, 1, "C")
p.set_font("Arial", "I", 8)
p.cell(95, 5, "", 0, 0)
p.cell(0, 5, "(firma digitale ai sensi del D.Lgs. 82/2005)", 0, 1, "C")
p.output(out)
