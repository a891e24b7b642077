# -*- coding: utf-8 -*-
"""Colli del Tronto (Halley style) printed with fpdf2 core fonts: justified text by
word spacing (Tw), a running foot with the number, the publication form filled over
underscores.

usage: python3 halley_fpdf.py FILE.pdf OUT.pdf
"""
import sys

import fpdf
from fpdf import FPDF

import data
import halley_blocks as hb


class Doc(FPDF):
    act = None

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 4, hb.running_foot(self.act, self.page_no()), align="C")


def build(a, out):
    pdf = Doc(format="A4", unit="mm")
    pdf.act = a
    pdf.set_margins(20, 15, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creator("Halley Informatica - Atti")
    pdf.set_producer(f"PyFPDF/fpdf{fpdf.__version__}")
    pdf.set_title(f"Delibera G.C. n. {a['number']}")
    pdf.add_page()
    W = pdf.epw
    for blk in hb.blocks(a):
        t = blk[0]
        if t == "lh":
            pdf.set_font("Times", "B", 16)
            pdf.cell(0, 7, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 10)
            pdf.cell(0, 5, blk[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif t == "box":
            pdf.set_font("Helvetica", "B", 12)
            pdf.set_line_width(0.6)
            pdf.cell(0, 9, blk[1], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.2)
            pdf.ln(3)
        elif t == "numdate":
            y = pdf.get_y()
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(18, 6, "Numero")
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(14, 6, blk[1])
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(10, 6, "Del")
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(30, 6, blk[2])
            pdf.set_font("Helvetica", "", 8)
            yy = y
            for lbl, v in blk[3]:
                pdf.set_xy(120, yy)
                pdf.cell(45, 4.5, lbl)
                pdf.cell(7, 4.5, v, border=1, align="C")
                yy += 5.5
            pdf.set_xy(pdf.l_margin, y + 12)
        elif t == "seduta":
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(0, 5, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif t == "subject":
            pdf.set_font("Helvetica", "B", 10)
            x = pdf.get_x()
            pdf.cell(18, 5.5, "Oggetto:")
            pdf.multi_cell(W - 18, 5.5, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif t == "para":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, blk[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "roll_pa":
            pdf.set_font("Helvetica", "B", 9)
            x0 = 45
            pdf.set_x(x0)
            pdf.cell(60, 6, "Cognome Nome", border=1)
            pdf.cell(40, 6, "Carica", border=1)
            pdf.cell(15, 6, "P/A", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            for n, r, pa in blk[1]:
                pdf.set_x(x0)
                pdf.cell(60, 5.5, n, border=1)
                pdf.cell(40, 5.5, r, border=1)
                pdf.cell(15, 5.5, pa, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif t == "tot":
            pdf.set_font("Helvetica", "", 9)
            for s in blk[1:]:
                pdf.cell(W / 4, 5, s, align="C")
            pdf.ln(7)
        elif t == "center":
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif t == "spaced":
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 8, " ".join(blk[1]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif t == "points":
            pdf.set_font("Helvetica", "", 10)
            for i, s in enumerate(blk[1], 1):
                pdf.cell(8, 5, f"{i})")
                pdf.multi_cell(W - 8, 5, s, align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
        elif t == "pareri":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(0, 5, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            for k, who, name, dt in blk[1]:
                pdf.multi_cell(0, 4.5, f"Parere Favorevole in ordine alla {k}", new_x="LMARGIN", new_y="NEXT")
                pdf.cell(60, 4.5, f"Data: {dt}")
                pdf.cell(0, 4.5, f"{who}   F.to {name}", align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
        elif t == "sig":
            pdf.ln(2)
            pdf.set_font("Helvetica", "", 10)
            (l1, l2), (r1, r2) = blk[1], blk[2]
            pdf.cell(W / 2, 5, l1, align="C")
            pdf.cell(W / 2, 5, r1, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(W / 2, 5, l2, align="C")
            pdf.cell(W / 2, 5, r2, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif t == "sigr":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + W / 2)
            pdf.cell(W / 2, 5, blk[1][0], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + W / 2)
            pdf.cell(W / 2, 5, blk[1][1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif t == "heading":
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_line_width(0.3)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.ln(1)
            pdf.cell(0, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif t == "form":
            pdf.set_font("Helvetica", "", 10)
            for txt, width in blk[1]:
                if width is None:
                    pdf.write(5.5, txt + " ")
                else:
                    # the blank is printed first; the value is typed over it afterwards
                    blank = "_" * width
                    bw = pdf.get_string_width(blank)
                    if pdf.get_x() + bw > pdf.l_margin + W:
                        pdf.ln(5.5)
                    x, y = pdf.get_x(), pdf.get_y()
                    pdf.write(5.5, blank)
                    x2 = pdf.get_x()
                    pdf.set_xy(x, y - 0.6)
                    pdf.set_font("Courier", "B", 10)
                    pdf.cell(bw, 5.5, txt, align="C")
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_xy(x2, y)
                    pdf.write(5.5, " ")
            pdf.ln(7)
        elif t == "check":
            pdf.set_font("Helvetica", "", 9.5)
            x, y = pdf.get_x(), pdf.get_y()
            pdf.rect(x + 1, y + 1, 3.5, 3.5)
            if blk[1]:
                pdf.set_font("Helvetica", "B", 9)
                pdf.text(x + 1.7, y + 4.1, "X")
                pdf.set_font("Helvetica", "", 9.5)
            pdf.set_x(x + 7)
            pdf.cell(0, 5.5, blk[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


if __name__ == "__main__":
    build(data.BY_FILE[sys.argv[1]], sys.argv[2])
