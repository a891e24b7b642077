# -*- coding: utf-8 -*-
"""B1: Pieve a Nievole minute n. 118 printed by fpdf2 (core Times fonts).

Running head with the act's number from page 2, "Pagina x di y" foot on
every page, a letter-spaced title (Tc), justified paragraphs (Tw), the roll
in two columns of members side by side."""
import datetime
import sys

import fpdf
from fpdf import FPDF

from content import B1, PIEVE, APERTURA_PIEVE, PRES_PIEVE


class Minute(FPDF):
    def __init__(self, act):
        super().__init__(format="A4", unit="mm")
        self.act = act
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Times", "I", 8)
        self.cell(0, 4, "Comune di Pieve a Nievole - Deliberazione della Giunta Comunale n. %d "
                  "del %s" % (self.act["num"], self.act["date"]), align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 8)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="C")


def build(act, out):
    c = PIEVE
    pdf = Minute(act)
    pdf.set_title("Deliberazione G.C. n. %d del %s" % (act["num"], act["date"]))
    pdf.set_author("Comune di Pieve a Nievole")
    pdf.set_creator("J-Iride - Atti")
    pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
    pdf.set_creation_date(datetime.datetime(2027, 11, 9, 15, 48, 12,
                                            tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("Times", "B", 16)
    pdf.cell(0, 7, c["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 11)
    pdf.cell(0, 5, c["prov"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 8)
    pdf.cell(0, 4, c["addr"], align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.5)
    pdf.line(20, y, 190, y)
    pdf.set_line_width(0.2)
    pdf.line(20, y + 0.9, 190, y + 0.9)
    pdf.ln(6)
    pdf.set_font("Times", "B", 12)
    pdf.set_char_spacing(2.2)
    pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(2)
    pdf.set_font("Times", "B", 11)
    pdf.cell(45, 7, "N. %d" % act["num"], border=1, align="C")
    pdf.cell(55, 7, "Data %s" % act["date"], border=1, align="C")
    pdf.set_font("Times", "", 9)
    pdf.cell(70, 7, "Proposta n. %s del %s" % (act["prop"], act["prop_date"]), border=1,
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 6, "Settore proponente: %s" % act["prop_office"], border="LRB", align="L",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "B", 11)
    pdf.cell(22, 5.5, "OGGETTO:")
    pdf.multi_cell(148, 5.5, act["subject"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.2, APERTURA_PIEVE.format(giorno=act["giorno"], ora=act["ora"]),
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    # roll: two columns of members
    g = list(zip(c["giunta"], act["present"]))
    left, right = g[:3], g[3:]
    pdf.set_font("Times", "", 10)
    for i in range(3):
        for col in (left, right):
            if i < len(col):
                (name, role), pres = col[i]
                pdf.cell(40, 5.5, name, border="B")
                pdf.cell(27, 5.5, role, border="B")
                pdf.cell(16, 5.5, "Presente" if pres else "Assente", border="B")
            else:
                pdf.cell(83, 5.5, "")
            if col is left:
                pdf.cell(4, 5.5, "")
        pdf.ln(5.5)
    npres = sum(act["present"])
    pdf.ln(1.5)
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "Presenti n. %d - Assenti n. %d" % (npres, 5 - npres),
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.2, act["presidency"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    for p in act["premesse"]:
        pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.multi_cell(0, 5.2, act["vote_intro"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Times", "B", 12)
    pdf.set_char_spacing(3)
    pdf.cell(0, 6, act["verb"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(1)
    pdf.set_font("Times", "", 11)
    for i, p in enumerate(act["points"]):
        pdf.cell(8, 5.2, "%d)" % (i + 1))
        pdf.multi_cell(162, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)
    pdf.multi_cell(0, 5.2, act["ie"], align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if pdf.get_y() > 225:
        pdf.add_page()
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "Il presente verbale viene letto, approvato e sottoscritto.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    t, role, name = c["secretary"]
    y = pdf.get_y()
    for x, a, b in ((20, "IL PRESIDENTE", PRES_PIEVE[act["num"]]),
                    (105, "IL SEGRETARIO COMUNALE", "%s %s" % (t, name))):
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", 10.5)
        pdf.cell(85, 5, a, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Times", "", 10.5)
        pdf.cell(85, 5, b, align="C", new_x="LEFT", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "I", 8)
    pdf.cell(0, 4, "(Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
             "collegate)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "", 9.5)
    pdf.multi_cell(0, 4.6, "Pubblicata all'Albo Pretorio on line dal %s per quindici giorni "
                   "consecutivi, n. %s del registro delle pubblicazioni." % act["pub"],
                   border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


if __name__ == "__main__":
    build(B1, sys.argv[1])
