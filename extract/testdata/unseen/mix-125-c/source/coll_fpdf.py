# -*- coding: utf-8 -*-
"""C4: Collecorvino minute printed by fpdf2 with core fonts: justified
multi_cell (word spacing), the title spread with char_spacing, a running head
on the following pages and a running foot with the act's number."""
import sys
from fpdf import FPDF
from data import COLL_ACTS
from coll_model import blocks, running


class Doc(FPDF):
    def __init__(self, act):
        super().__init__(format="A4", unit="mm")
        self.act = act
        self.set_margins(21, 16, 21)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, "Segue: " + running(self.act), align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(21, self.get_y(), 189, self.get_y())
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0)
        self.line(21, self.get_y(), 189, self.get_y())
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 5, running(self.act))
        self.cell(0, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


def render(a, out):
    pdf = Doc(a)
    pdf.set_title(running(a))
    pdf.set_author("Comune di Collecorvino")
    pdf.set_creator("Halley Informatica - Atti amministrativi")
    pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").FPDF_VERSION)
    pdf.add_page()
    W = 168
    for b in blocks(a):
        k = b[0]
        if k == "letterhead":
            x, y = pdf.get_x(), pdf.get_y()
            pdf.set_line_width(0.3)
            pdf.rect(21, y, 12, 9)
            pdf.line(21, y + 9, 27, y + 15)
            pdf.line(33, y + 9, 27, y + 15)
            pdf.set_font("Times", "B", 17)
            pdf.cell(W, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "I", 11)
            pdf.cell(W, 5, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 7)
            pdf.cell(W, 4, b[3], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_xy(168, y)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(21, 6, "COPIA", border=1, align="C")
            pdf.set_xy(21, y + 20)
            pdf.line(21, y + 18, 189, y + 18)
        elif k == "title":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.set_char_spacing(1.2)
            pdf.cell(W, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_char_spacing(0)
            pdf.ln(1)
        elif k == "numrow":
            pdf.set_font("Helvetica", "B", 12)
            y = pdf.get_y()
            pdf.cell(45, 10, b[1], border=1)
            pdf.cell(50, 10, b[2], border=1)
            pdf.set_font("Helvetica", "", 7.5)
            pdf.set_xy(21 + 98, y + 1)
            pdf.cell(70, 4, b[3], new_x="LEFT", new_y="NEXT")
            pdf.cell(70, 4, b[4])
            pdf.set_xy(21, y + 13)
        elif k == "subject":
            pdf.set_font("Helvetica", "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(21 + 24, y + 1.5)
            pdf.multi_cell(W - 26, 5, b[2], align="L")
            h = pdf.get_y() - y + 1.5
            pdf.set_xy(21, y + 1.5)
            pdf.cell(22, 5, b[1])
            pdf.rect(21, y, W, h)
            pdf.set_xy(21, y + h + 3)
        elif k == "para":
            pdf.set_font("Times", "", 11)
            pdf.multi_cell(W, 5.2, b[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "roll":
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_fill_color(220)
            ws = [10, 62, 42, 27, 27]
            for i, h in enumerate(["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]):
                pdf.cell(ws[i], 6, h, border=1, fill=True, align="C" if i >= 3 else "L")
            pdf.ln()
            pdf.set_font("Helvetica", "", 9.5)
            for n, name, role, pres in b[1]:
                vals = ["%d" % n, name, role, "X" if pres else "", "" if pres else "X"]
                for i, v in enumerate(vals):
                    pdf.cell(ws[i], 6, v, border=1, align="C" if i >= 3 else "L")
                pdf.ln()
        elif k == "counts":
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.cell(114, 6, "")
            pdf.cell(27, 6, b[1], align="C")
            pdf.cell(27, 6, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "center":
            pdf.ln(2)
            pdf.set_font("Times", "B", 11.5)
            if b[1].startswith("D E L"):
                pdf.set_char_spacing(3)
                pdf.cell(W, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.set_char_spacing(0)
            else:
                pdf.cell(W, 6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "points":
            pdf.set_font("Times", "", 11)
            for i, p in enumerate(b[1]):
                y = pdf.get_y()
                pdf.set_x(25)
                pdf.cell(6, 5.2, "%d." % (i + 1))
                pdf.set_xy(31, y)
                pdf.multi_cell(W - 10, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
        elif k == "pareri":
            pdf.ln(3)
            if pdf.get_y() > 230:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 8.5)
            for l1, l2, l3, l4 in b[2]:
                y = pdf.get_y()
                pdf.rect(21, y, W, 12)
                pdf.set_xy(23, y + 1)
                pdf.cell(90, 5, l1)
                pdf.cell(75, 5, l3, align="C")
                pdf.set_xy(23, y + 6)
                pdf.cell(90, 5, l2)
                pdf.cell(75, 5, l4, align="C")
                pdf.set_xy(21, y + 13)
            pdf.ln(2)
        elif k == "signatures":
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.set_font("Times", "B", 10.5)
            pdf.cell(84, 5, b[1][0], align="C")
            pdf.cell(84, 5, b[2][0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 10.5)
            pdf.cell(84, 6, b[1][1], align="C")
            pdf.cell(84, 6, b[2][1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
        elif k == "sigright":
            pdf.set_font("Times", "", 10.5)
            pdf.cell(84, 5, b[1])
            pdf.set_font("Times", "B", 10.5)
            pdf.cell(84, 5, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 10.5)
            pdf.cell(84, 5, "")
            pdf.cell(84, 6, b[3], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif k == "note":
            pdf.ln(3)
            pdf.set_font("Helvetica", "I", 7.5)
            pdf.multi_cell(W, 3.6, b[1], align="L")
    pdf.output(out)


if __name__ == "__main__":
    act = [a for a in COLL_ACTS if a["id"] == sys.argv[1]][0]
    render(act, sys.argv[2])
