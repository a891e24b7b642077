# -*- coding: utf-8 -*-
"""Trabia, "Progesi" house style, Consiglio minute as the package's verbale
module prints it with fpdf2: DejaVu Serif embedded, justified paragraphs, the
heading letter-spaced with character spacing, running head and foot with the
act's number, the roll written in prose. usage: python3 trabia_fpdf.py OUTDIR
"""
import sys, os
from fpdf import FPDF
import acts

A = acts.T4
DJ = "/usr/share/fonts/truetype/dejavu/"


class Verbale(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVuSerif", "I", 8.5)
        self.set_y(10)
        self.cell(0, 5, "Comune di Trabia – Verbale di deliberazione del Consiglio Comunale n. %d del %s"
                  % (A["number"], A["date"]), border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVuSerif", "", 8)
        self.cell(120, 5, "Deliberazione %s n. %d del %s" % (A["abbr"], A["number"], A["date"]), border="T")
        self.cell(0, 5, "pag. %d di {nb}" % self.page_no(), border="T", align="R")


pdf = Verbale(format="A4")
pdf.add_font("DejaVuSerif", "", DJ + "DejaVuSerif.ttf")
pdf.add_font("DejaVuSerif", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.add_font("DejaVuSerif", "I", DJ + "DejaVuSerif-Italic.ttf")
pdf.set_margins(22, 16, 20)
pdf.set_auto_page_break(True, 22)
pdf.alias_nb_pages()
pdf.set_title("Verbale C.C. n. %d del %s" % (A["number"], A["date"]))
pdf.set_author("Comune di Trabia")
pdf.set_creator("Progesi Atti - modulo Verbali")
pdf.set_producer("PyFPDF/fpdf2 2.8.9")
pdf.add_page()

# letterhead: crest drawn with lines, name centred
pdf.set_draw_color(140, 26, 26)
pdf.set_line_width(0.8)
pdf.polygon([(22, 14), (38, 14), (38, 30), (30, 38), (22, 30)])
pdf.set_fill_color(140, 26, 26)
pdf.rect(28, 20, 4, 11, style="F")
pdf.rect(26.5, 18, 7, 2.2, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("DejaVuSerif", "B", 18)
pdf.set_xy(22, 15)
pdf.cell(0, 9, acts.TRABIA_HEAD[0], align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "I", 11)
pdf.cell(0, 6, acts.TRABIA_HEAD[1], align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "", 7)
pdf.cell(0, 5, acts.TRABIA_HEAD[2], align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.5)
pdf.line(22, 44, 190, 44)
pdf.set_xy(22, 50)

pdf.set_font("DejaVuSerif", "B", 10)
pdf.set_char_spacing(1.2)
pdf.cell(118, 10, "DELIBERAZIONE DEL " + A["organ"], border=1, align="C")
pdf.set_char_spacing(0)
pdf.cell(0, 10, "N. %d del %s" % (A["number"], A["date"]), border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "I", 8.5)
pdf.cell(0, 6, A["proposal"], new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVuSerif", "B", 10)
y = pdf.get_y()
pdf.cell(24, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, A["subject"], align="L", new_x="LMARGIN", new_y="NEXT")
pdf.line(22, pdf.get_y() + 1.5, 190, pdf.get_y() + 1.5)
pdf.ln(5)


def par(text, style="", size=10, h=5.2, align="J", after=1.6, indent=0):
    pdf.set_font("DejaVuSerif", style, size)
    if indent:
        pdf.set_x(22 + indent)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def centre(text):
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


par(A["opening"])
par(A["roll"])
par(A["chair"])
centre(A["body_title"])
for p in A["premises"]:
    par(p)
centre("D E L I B E R A")
for i, p in enumerate(A["points"]):
    pdf.set_font("DejaVuSerif", "", 10)
    y = pdf.get_y()
    pdf.cell(8, 5.2, "%d)" % (i + 1), align="R")
    pdf.set_xy(32, y)
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
par(A["ie"])
pdf.ln(4)
if pdf.get_y() > 235:
    pdf.add_page()
par("Letto, approvato e sottoscritto.", "I")
pdf.ln(2)
pdf.set_font("DejaVuSerif", "B", 9)
for r, n in A["signs"]:
    pdf.cell(56, 5, r, align="C")
pdf.ln(6)
pdf.set_font("DejaVuSerif", "", 9)
for r, n in A["signs"]:
    pdf.cell(56, 5, "F.to " + n, align="C")
pdf.ln(14)
par("CERTIFICATO DI PUBBLICAZIONE", "B", 9, after=0.5, align="L")
par("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è "
    "pubblicata all'Albo Pretorio on line dal 26/10/2028 al 10/11/2028 (Reg. Pubbl. n. 1520).", "", 9, 4.6)
par("Trabia, 26/10/2028 – Il Segretario Comunale, F.to dott.ssa Giuseppa Mannino", "I", 9, 4.6, align="L")
pdf.output(os.path.join(sys.argv[1], A["file"]))
