# Comune di Morrovalle, certificate of publication of Giunta n. 78, printed by fpdf2
# as a pre-printed form of underscores, the values written over the blanks
# (the software fills a model: the blank lines are text, the values sit on them).
import sys, os
from fpdf import FPDF

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from morrovalle_common import MUNI, PROV, ADDR

OUT = sys.argv[1] if len(sys.argv) > 1 else "."

SUBJECT_LINES = [
    "APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI",
    "DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA DI TRODICA - CUP",
    "F47H26000310004",
]


class Cert(FPDF):
    def header(self):
        x, y, w, h = 22, 14, 12, 15
        self.set_line_width(0.35)
        self.polygon([(x, y), (x + w, y), (x + w, y + h * 0.6), (x + w / 2, y + h), (x, y + h * 0.6)])
        self.line(x + w / 2, y, x + w / 2, y + h)
        self.set_font("Times", "B", 17)
        self.set_xy(20, 14)
        self.cell(170, 8, MUNI, align="C")
        self.set_font("Times", "", 10.5)
        self.set_xy(20, 22)
        self.cell(170, 5, PROV, align="C")
        self.set_font("Times", "", 7.5)
        self.set_xy(20, 27)
        self.cell(170, 4, ADDR, align="C")
        self.set_line_width(0.3)
        self.line(20, 33, 190, 33)


def blank(pdf, x, y, n):
    """a blank of n underscores at (x, y) in Courier, returns its width"""
    pdf.set_font("Courier", "", 11)
    pdf.set_xy(x, y)
    pdf.cell(0, 6, "_" * n)
    return pdf.get_string_width("_" * n)


def fill(pdf, x, y, text, size=11, bold=False):
    pdf.set_font("Helvetica", "B" if bold else "", size)
    pdf.set_xy(x + 2, y - 1.2)          # typed a little above the line
    pdf.cell(0, 6, text)


def label(pdf, x, y, text, size=11, style=""):
    pdf.set_font("Times", style, size)
    pdf.set_xy(x, y)
    pdf.cell(0, 6, text)
    return pdf.get_string_width(text)


def build():
    pdf = Cert(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creator("fpdf2")
    pdf.set_producer("PyFPDF/fpdf2.8.9")
    pdf.add_page()
    pdf.set_font("Times", "B", 14)
    pdf.set_xy(20, 44)
    pdf.cell(170, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
    pdf.set_font("Times", "", 10)
    pdf.set_xy(20, 51)
    pdf.cell(170, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)",
             align="C")

    y = 66
    w = label(pdf, 20, y, "Deliberazione della ")
    w2 = label(pdf, 20 + w, y, "GIUNTA COMUNALE", style="B")
    x = 20 + w + w2 + 3
    w = label(pdf, x, y, "N. ")
    bw = blank(pdf, x + w, y, 8)
    fill(pdf, x + w + 4, y, "78", bold=True)
    x = x + w + bw + 3
    w = label(pdf, x, y, "del ")
    blank(pdf, x + w, y, 14)
    fill(pdf, x + w + 2, y, "11-06-2026", bold=True)

    y += 12
    label(pdf, 20, y, "OGGETTO:", style="B")
    pdf.set_font("Times", "B", 11)
    pdf.set_xy(42, y)
    pdf.multi_cell(148, 6, " ".join(SUBJECT_LINES), align="L")
    y += 26
    pdf.set_font("Times", "", 11)
    pdf.set_xy(20, y)
    pdf.multi_cell(170, 6,
                   "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,",
                   align="L")
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(20, y + 9)
    pdf.cell(170, 6, "C E R T I F I C A", align="C")

    y += 20
    w = label(pdf, 20, y, "che copia della suddetta deliberazione viene pubblicata all'Albo Pretorio on line dal giorno ")
    blank(pdf, 20 + w, y, 12)
    fill(pdf, 20 + w + 1, y, "15-06-2026")
    y += 8
    w = label(pdf, 20, y, "al giorno ")
    blank(pdf, 20 + w, y, 12)
    fill(pdf, 20 + w + 1, y, "30-06-2026")
    x = 20 + w + pdf.get_string_width("_" * 12) + 4
    w = label(pdf, x, y, "per quindici giorni consecutivi, con il numero ")
    blank(pdf, x + w, y, 7)
    fill(pdf, x + w + 3, y, "812")
    x2 = x + w + pdf.get_string_width("_" * 7) + 2
    label(pdf, x2, y, " del Registro")
    y += 8
    label(pdf, 20, y, "delle pubblicazioni, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.")

    y += 14
    pdf.set_font("Times", "", 11)
    pdf.set_xy(20, y)
    pdf.multi_cell(170, 6,
                   "La deliberazione e' stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
                   "comma 4, del D.Lgs. n. 267/2000 ed e' stata comunicata ai Capigruppo consiliari con nota "
                   "prot. n. 11021 in data odierna, ai sensi dell'art. 125 del medesimo decreto.")

    y += 30
    w = label(pdf, 20, y, "Morrovalle, li' ")
    blank(pdf, 20 + w, y, 12)
    fill(pdf, 20 + w + 1, y, "15-06-2026")
    label(pdf, 118, y, "IL RESPONSABILE DELLA PUBBLICAZIONE", size=10.5, style="B")
    y += 10
    blank(pdf, 120, y, 26)
    fill(pdf, 122, y, "F.to Cinzia Paparelli")

    pdf.set_line_width(0.3)
    pdf.line(20, 280, 190, 280)
    pdf.set_font("Times", "I", 8)
    pdf.set_xy(20, 281)
    pdf.cell(170, 5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate")
    pdf.output(os.path.join(OUT, "certificato-morrovalle-halley.pdf"))


if __name__ == "__main__":
    build()
