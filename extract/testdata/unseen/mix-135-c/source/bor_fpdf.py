# -*- coding: utf-8 -*-
"""Borgorose report (B3) as the package's "stampa su modulo" writes it, in fpdf2.

Every glyph is placed on its own (one text object per character, as the
package's report engine does); the register fields are printed as blanks of
underscores and the numbers and dates are then written over the blanks.
Usage: python3 bor_fpdf.py B3 out.pdf
"""
import sys
from fpdf import FPDF
import acts
import bor_text

CW = 0.6 * 9.4 * 25.4 / 72          # Courier advance at 9.4 pt, in mm
LH = 4.15                            # line height in mm
LEFT = 18.0
TOP = 22.0
PER_PAGE = 60


class Rep(FPDF):
    def __init__(self, act):
        super().__init__(format="A4", unit="mm")
        self.act = act
        self.set_auto_page_break(False)
        self.set_creator("CEDAF Ragioneria - Stampa atti su modulo")
        self.set_title("DETERMINAZIONE R.G. %d/2028" % act["rg"][0])
        self.set_author("COMUNE DI BORGOROSE")
        self.set_producer("PyFPDF/fpdf2 2.8.9")

    def header(self):
        self.set_font("Courier", "", 8)
        s = "Comune di Borgorose - Determinazione R.G. n. %d del %s" % self.act["rg"]
        put(self, LEFT, 12, s)
        p = "Pag. %d/%d" % (self.page_no(), self.total)
        put(self, LEFT + 80 * CW - len(p) * CW * 8 / 9.4, 12, p)


def put(pdf, x, y, s):
    """One text object per glyph; spaces are only gaps."""
    cw = pdf.font_size_pt * 0.6 * 25.4 / 72
    for i, ch in enumerate(s):
        if ch != " ":
            pdf.text(x + i * cw, y, ch)


def build(act, out):
    pdf = Rep(act)
    L = bor_text.lines(act, blanks=True)
    # where the blanks are: line index, column of the number and of the date
    fills = []
    regs = [act["rg"], act["rs"], act["prop"]] if "prop" in act else [act["rg"], act["rs"]]
    k = 0
    for li, line in enumerate(L):
        if "N. _______ DEL __________" in line and k < len(regs):
            cn = line.index("N. _______") + 3
            cd = line.index("DEL __________") + 4
            fills.append((li, cn + 1, str(regs[k][0]), cd, regs[k][1]))
            k += 1
    pages = [L[i:i + PER_PAGE] for i in range(0, len(L), PER_PAGE)]
    pdf.total = len(pages)
    for pi, chunk in enumerate(pages):
        pdf.add_page()
        pdf.set_font("Courier", "", 9.4)
        for j, line in enumerate(chunk):
            put(pdf, LEFT, TOP + j * LH, line)
        # the values typed over the blanks (drawn after the whole page)
        pdf.set_font("Courier", "B", 9.4)
        for li, cn, num, cd, date in fills:
            if pi * PER_PAGE <= li < (pi + 1) * PER_PAGE:
                y = TOP + (li - pi * PER_PAGE) * LH - 0.5
                put(pdf, LEFT + cn * CW, y, num)
                put(pdf, LEFT + cd * CW, y, date)
    pdf.output(out)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
