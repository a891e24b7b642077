#!/usr/bin/env python3
"""San Pancrazio Salentino, determinazione R.G. n. 356 (house style "Halley") with fpdf2.
Justified multi_cell text, pareri and visto on the next page, and the certificate of publication
printed as the package's form: the blanks are rows of underscores and the values are written over
them afterwards (the office fills the form in a second pass).

  fpdf_s.py OUT.pdf
"""
import sys
from fpdf import FPDF
from content_s import LETTERHEAD as LH, DET_356 as D

FD = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("LS", "", 7.5)
        self.set_draw_color(80, 80, 80)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(0, 5, "Determinazione Registro Generale n. %s del %s" % (D["number"], D["date"]), align="L")
        self.set_x(20)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="R")


def letterhead(pdf):
    pdf.set_fill_color(223, 231, 245); pdf.set_draw_color(31, 63, 119)
    pdf.ellipse(21, 10, 14, 14, style="DF")
    pdf.set_fill_color(31, 63, 119); pdf.rect(26.8, 13.5, 2.4, 7, style="F")
    pdf.set_font("LSerif", "B", 15)
    pdf.set_xy(20, 11); pdf.cell(170, 7, LH["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 10.5); pdf.cell(170, 5, LH["prov"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 6.8); pdf.cell(170, 4, LH["addr"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.3); pdf.line(20, 30, 190, 30)
    pdf.set_font("LSerif", "B", 9); pdf.set_xy(166, 4.5); pdf.cell(24, 5.5, "ORIGINALE", border=1, align="C")
    pdf.set_y(33)


def blank(pdf, x, y, w, value, font_size=10.5):
    """a row of underscores at (x, y), then the value written over it"""
    pdf.set_font("LSerif", "", font_size)
    n = int(w / pdf.get_string_width("_"))
    pdf.set_xy(x, y); pdf.cell(w, 5, "_" * n)
    pdf.set_font("LSans", "B", font_size)
    pdf.set_xy(x + 2, y - 0.8); pdf.cell(w - 2, 5, value)


def build(out):
    pdf = Doc(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_font("LSerif", "", FD + "LiberationSerif-Regular.ttf")
    pdf.add_font("LSerif", "B", FD + "LiberationSerif-Bold.ttf")
    pdf.add_font("LSerif", "I", FD + "LiberationSerif-Italic.ttf")
    pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
    pdf.add_font("LSans", "B", FD + "LiberationSans-Bold.ttf")
    pdf.set_title("Determinazione n. %s del %s" % (D["number"], D["date"]))
    pdf.set_author("Comune di San Pancrazio Salentino"); pdf.set_creator("Halley - Determine")
    import fpdf as _f
    pdf.set_producer("PyFPDF/fpdf%s" % _f.__version__)
    pdf.alias_nb_pages()
    pdf.add_page()
    letterhead(pdf)
    pdf.set_font("LSerif", "B", 11.5)
    pdf.multi_cell(170, 6, D["settore"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 10.5)
    pdf.cell(170, 5.5, D["office"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_line_width(0.4); pdf.rect(20, y, 170, 21)
    pdf.set_font("LSerif", "B", 12)
    pdf.set_xy(20, y + 1.5); pdf.cell(170, 6, "REGISTRO GENERALE N. %s DEL %s" % (D["number"], D["date"]), align="C")
    pdf.set_font("LSerif", "", 10.5)
    pdf.set_xy(20, y + 8); pdf.cell(170, 5.5, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C")
    pdf.set_xy(20, y + 13.5); pdf.cell(170, 5.5, "N. %s DEL %s" % (D["sector_number"], D["sector_date"]), align="C")
    pdf.set_xy(20, y + 25)
    pdf.set_font("LSerif", "B", 11)
    pdf.cell(19, 5.5, "Oggetto:")
    pdf.multi_cell(151, 5.5, D["subject"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LSerif", "B", 11)
    pdf.cell(170, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("LSerif", "", 11)
    for t in D["premesse"]:
        pdf.multi_cell(170, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.set_font("LSerif", "B", 11.5)
    pdf.cell(170, 8, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 11)
    for i, t in enumerate(D["points"], 1):
        y = pdf.get_y()
        pdf.cell(8, 5.4, "%d." % i)
        pdf.multi_cell(162, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(3)
    if pdf.get_y() > 297 - 22 - 30:
        pdf.add_page()
    pdf.cell(170, 5.4, "San Pancrazio Salentino, %s" % D["sector_date"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("LSerif", "B", 11)
    pdf.cell(170, 5.4, D["signer"][0], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 11)
    pdf.cell(170, 5.4, "F.to " + D["signer"][1], align="R", new_x="LMARGIN", new_y="NEXT")

    # pareri and visto
    pdf.add_page()
    pdf.set_font("LSerif", "B", 12)
    pdf.cell(170, 7, "PARERI E VISTO DI REGOLARITÀ CONTABILE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 10.5)
    pdf.cell(170, 5.5, "Determinazione R.G. n. %s del %s - Settore n. %s del %s"
             % (D["number"], D["date"], D["sector_number"], D["sector_date"]), align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    tec, cont = D["pareri"]
    y0 = pdf.get_y()
    pdf.set_font("LSerif", "B", 11); pdf.cell(170, 6, tec[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 10.5)
    pdf.multi_cell(170, 5.3, "Ai sensi dell'art. 147-bis, comma 1, del D.Lgs. 267/2000, si esprime parere FAVOREVOLE "
                   "in ordine alla regolarità tecnica e alla correttezza dell'azione amministrativa.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 5.3, "Data: %s" % tec[1], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 5.3, tec[2], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 5.3, "F.to " + tec[3], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(18, y0 - 2, 174, pdf.get_y() - y0 + 4)
    pdf.ln(8)
    y0 = pdf.get_y()
    pdf.set_font("LSerif", "B", 11); pdf.cell(170, 6, cont[0] + " ATTESTANTE LA COPERTURA FINANZIARIA",
                                              new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LSerif", "", 10.5)
    pdf.multi_cell(170, 5.3, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000, si appone il visto di regolarità "
                   "contabile e si attesta la copertura finanziaria della spesa con i seguenti impegni:",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = [24, 26, 20, 20, 28, 52]
    pdf.set_font("LSerif", "B", 9.5)
    for w, h in zip(widths, ["Impegno n.", "Data", "Capitolo", "Esercizio", "Importo €", "Beneficiario"]):
        pdf.cell(w, 6, h, border=1, align="C")
    pdf.ln()
    pdf.set_font("LSerif", "", 9.5)
    for row in D["cover"]:
        for w, v, al in zip(widths, row, "CCCCRL"):
            pdf.cell(w, 6, v, border=1, align=al)
        pdf.ln()
    pdf.ln(2)
    pdf.set_font("LSerif", "", 10.5)
    pdf.cell(170, 5.3, "Data: %s" % cont[1], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 5.3, cont[2], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 5.3, "F.to " + cont[3], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(18, y0 - 2, 174, pdf.get_y() - y0 + 4)

    # certificate: the form with blanks
    pdf.add_page()
    pdf.set_font("LSerif", "B", 12.5)
    pdf.cell(170, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font("LSerif", "", 10.5)
    pdf.set_xy(20, y); pdf.cell(60, 5, "N. Registro delle Pubblicazioni")
    blank(pdf, 78, y, 34, D["cert_reg"])
    y += 11
    pdf.set_font("LSerif", "", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(170, 5, "Si certifica che copia della presente determinazione è stata pubblicata all'Albo Pretorio on line")
    y += 7
    pdf.set_xy(20, y); pdf.set_font("LSerif", "", 10.5); pdf.cell(24, 5, "di questo Ente dal")
    blank(pdf, 50, y, 30, D["cert_from"])
    pdf.set_font("LSerif", "", 10.5); pdf.set_xy(82, y); pdf.cell(8, 5, "al")
    blank(pdf, 90, y, 30, D["cert_to"])
    pdf.set_font("LSerif", "", 10.5); pdf.set_xy(122, y); pdf.cell(68, 5, "per 15 giorni consecutivi.")
    y += 12
    pdf.set_xy(20, y); pdf.set_font("LSerif", "", 10.5); pdf.cell(46, 5, "San Pancrazio Salentino, lì")
    blank(pdf, 66, y, 30, D["cert_from"])
    y += 14
    pdf.set_font("LSerif", "B", 10.5); pdf.set_xy(120, y); pdf.cell(70, 5, D["cert_signer"][0], align="C")
    y += 6
    blank(pdf, 124, y, 62, "F.to " + D["cert_signer"][1])
    pdf.output(out)


if __name__ == "__main__":
    build(sys.argv[1])
