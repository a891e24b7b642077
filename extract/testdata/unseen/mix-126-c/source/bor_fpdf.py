# -*- coding: utf-8 -*-
"""Comune di Borgio Verezzi, house style "sicraweb": deliberation 6 by
fpdf2 with core Times (justified paragraphs by Tw, letter-spaced heading by
Tc, number and date typed into blanks of underscores).

usage: bor_fpdf.py OUTDIR
"""
import os
import sys

from fpdf import FPDF

from acts import act, BODIES
from common import bor_opening, bor_after_roll, bor_columns, bor_head

OUT = sys.argv[1]
a = act("B6")
B = BODIES["borgio"]
sec = B["secretary"]


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "", 9.5)
            self.set_xy(22, 12)
            self.cell(83, 5, bor_head(a))
            self.cell(83, 5, "pag. %d di {nb}" % self.page_no(), align="R")
            self.line(22, 17.5, 188, 17.5)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("Times", "", 7.5)
        self.cell(0, 4, "Comune di Borgio Verezzi - " + B["address"], align="C")


pdf = Doc(unit="mm", format="A4")
pdf.set_margins(22, 20, 22)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("Sicraweb - Delibere")
pdf.set_title("Delibera C.C. n. %d/2028" % a["number"])
pdf.add_page()

# crest
pdf.set_draw_color(0)
pdf.set_fill_color(199, 212, 240)
pdf.polygon([(22, 18), (36, 18), (36, 28), (29, 34), (22, 28)], style="DF")
pdf.set_fill_color(240, 176, 32)
pdf.circle(29, 22, 3.4, style="F")
pdf.set_draw_color(28, 63, 122)
pdf.set_line_width(0.5)
for yy in (27, 30):
    pdf.line(24, yy, 34, yy)
pdf.set_draw_color(0)
pdf.set_line_width(0.2)

pdf.set_xy(40, 19)
pdf.set_font("Times", "B", 14)
pdf.set_char_spacing(3.2)
pdf.cell(126, 7, "COMUNE DI BORGIO VEREZZI", align="C")
pdf.set_char_spacing(0)
pdf.set_xy(40, 26)
pdf.set_font("Times", "I", 10)
pdf.cell(126, 5, "Provincia di Savona", align="C")
pdf.set_line_width(0.6)
pdf.line(22, 36, 188, 36)
pdf.set_line_width(0.2)
pdf.line(22, 37, 188, 37)

pdf.set_xy(22, 41)
pdf.set_font("Times", "B", 12.5)
pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C")
pdf.ln(9)
pdf.set_font("Times", "B", 10.5)
pdf.cell(7, 5, "N.")
pdf.set_font("Times", "", 10.5)
pdf.cell(40, 5, "____%d____" % a["number"])
pdf.set_x(130)
pdf.set_font("Times", "B", 10.5)
pdf.cell(9, 5, "del")
pdf.set_font("Times", "", 10.5)
pdf.cell(40, 5, "___%s___" % a["date_it"])
pdf.ln(8)

pdf.set_font("Times", "B", 10.5)
y0 = pdf.get_y()
pdf.multi_cell(0, 5, "OGGETTO: " + a["subject"], border=1, align="L", padding=(1.2, 1.5))
pdf.ln(2)

pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 4.8, bor_opening(a), align="J")
pdf.ln(1.5)

cols = bor_columns(a)
x0 = [22, 78.5, 135]
ytop = pdf.get_y()
for ci, col in enumerate(cols):
    y = ytop
    for n, ro, p in col:
        pdf.set_xy(x0[ci], y)
        pdf.set_font("Times", "B", 9.5)
        pdf.cell(46, 4.4, n)
        pdf.set_font("Times", "", 9.5)
        pdf.cell(5, 4.4, "P" if p else "A", align="R")
        pdf.set_xy(x0[ci], y + 4.2)
        pdf.set_font("Times", "I", 9.5)
        pdf.cell(46, 4.4, ro)
        y += 9.6
pdf.set_xy(22, ytop + 9.6 * max(len(c) for c in cols))
pdf.set_font("Times", "", 8)
pdf.cell(0, 4, "(P = presente    A = assente)")
pdf.ln(6)
ar = bor_after_roll(a)
pdf.set_font("Times", "B", 10.5)
pdf.cell(0, 5, ar[0])
pdf.ln(6)
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 4.8, ar[1], align="J")
pdf.ln(3)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C")
pdf.ln(8)
pdf.set_font("Times", "", 10.5)
for p in a["premises"]:
    pdf.multi_cell(0, 4.8, p, align="J")
    pdf.ln(1.2)
pdf.multi_cell(0, 4.8, a["vote"], align="J")
pdf.ln(2)
pdf.set_font("Times", "B", 11)
pdf.set_char_spacing(4)
pdf.cell(0, 6, "DELIBERA", align="C")
pdf.set_char_spacing(0)
pdf.ln(8)
pdf.set_font("Times", "", 10.5)
for i, p in enumerate(a["points"], 1):
    pdf.set_x(22)
    pdf.cell(7, 4.8, "%d)" % i)
    pdf.multi_cell(0, 4.8, p, align="J")
    pdf.ln(1.2)
if a["ie"]:
    pdf.multi_cell(0, 4.8, a["ie"], align="J")
pdf.ln(6)
if pdf.get_y() > 244:
    pdf.add_page()
pdf.cell(0, 5, "Letto, approvato e sottoscritto.")
pdf.ln(9)
for txt, size in (("IL SINDACO - PRESIDENTE|IL SEGRETARIO COMUNALE", 10.5),
                  ("Giorgio Pastorino|%s %s" % (sec["title"], sec["name"]), 10.5),
                  ("(firmato digitalmente)|(firmato digitalmente)", 7.5)):
    l, r = txt.split("|")
    pdf.set_font("Times", "", size)
    pdf.cell(83, 5, l, align="C")
    pdf.cell(83, 5, r, align="C")
    pdf.ln(5)
pdf.output(os.path.join(OUT, a["file"]))
