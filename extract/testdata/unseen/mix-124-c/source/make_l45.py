# -*- coding: utf-8 -*-
"""Lamon n. 45: fpdf2 with embedded Liberation Sans, justified cells, the
roll written as a sentence (as some secretaries type it), bulleted
dispositivo, foot "Pag. n di {nb}".  Same house style as the other three."""
import sys
from fpdf import FPDF

from content import DOCS

D = DOCS["L45"]
OUT = sys.argv[1] + "/" + D["file"]
FD = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest
            self.set_draw_color(26, 51, 115)
            self.set_fill_color(219, 229, 247)
            self.set_line_width(0.4)
            pts = [(20, 14), (33, 14), (33, 25), (31, 28.5), (26.5, 30.5), (22, 28.5), (20, 25)]
            self.polygon(pts, style="DF")
            self.set_fill_color(26, 51, 115)
            self.rect(24.5, 19, 4, 7, style="F")
            self.set_draw_color(0, 0, 0)
            self.set_xy(37, 13)
            self.set_font("LS", "B", 17)
            self.cell(100, 7, "COMUNE DI LAMON", new_x="LEFT", new_y="NEXT")
            self.set_font("LS", "", 10.5)
            self.cell(100, 5, "Provincia di Belluno", new_x="LEFT", new_y="NEXT")
            self.set_font("LS", "", 7.5)
            self.cell(130, 4, "Piazza Municipio, 1 - 32033 Lamon (BL) - tel. 0439 9670 - "
                      "protocollo.lamon.bl@pecveneto.it")
            self.set_xy(165, 15)
            self.set_font("LS", "B", 10)
            self.cell(25, 7, "COPIA", border=1, align="C")
            self.set_line_width(0.5)
            self.line(20, 34, 190, 34)
            self.set_line_width(0.15)
            self.line(20, 35, 190, 35)
            self.set_y(39)
        else:
            self.set_font("LS", "I", 7.5)
            self.set_y(12)
            self.cell(0, 4, "Comune di Lamon (BL)", border="B", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("LS", "", 7.5)
        self.set_line_width(0.15)
        self.line(20, self.get_y(), 190, self.get_y())
        self.cell(120, 5, "Comune di Lamon - Deliberazione del Consiglio Comunale n. %d del %s"
                  % (D["number"], D["date"]))
        self.cell(0, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_title("Delibera CC %d/2027" % D["number"])
pdf.set_author("Comune di Lamon")
pdf.set_creator("Boxxapps Atti Amministrativi")
import fpdf
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.add_page()

pdf.set_font("LS", "B", 11)
pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 10)
pdf.cell(42, 7, " Delibera N. %d" % D["number"], border=1)
pdf.cell(42, 7, " Data %s" % D["date"], border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.cell(22, 5, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5, D["subject"], new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
pdf.cell(0, 5, "%s - Ufficio proponente: %s" % (D["proposal"], D["proposing_office"]),
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def para(t, h=4.9, style=""):
    pdf.set_font("LS", style, 10)
    pdf.multi_cell(0, h, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)


para(D["opening"])
r = D["roll"]
pres = [n for n, _, p in r if p]
ass = [n for n, _, p in r if not p]
# roll as prose: the Sindaco and the Vicesindaco named with their office
cons = [n for n, role, p in r if p and role == "Consigliere"]
para("Eseguito l'appello nominale, risultano presenti il Sindaco %s, il Vicesindaco %s e i consiglieri "
     "%s e %s (presenti n. %d); risultano assenti giustificati i consiglieri %s (assenti n. %d)."
     % (r[0][0], r[1][0], ", ".join(cons[:-1]), cons[-1], len(pres), " e ".join(ass), len(ass)))
para(D["presidency"])
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 7, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
for p in D["premesse"]:
    para(p)
para(D["vote"])
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
for p in D["points"]:
    y = pdf.get_y()
    pdf.cell(7, 4.9, "-")
    pdf.set_xy(27, y)
    pdf.multi_cell(0, 4.9, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
para(D["exec_text"])
pdf.ln(4)
if pdf.get_y() > 240:
    pdf.add_page()
para("Letto, approvato e sottoscritto.")
pdf.ln(2)
pdf.set_font("LS", "B", 10)
pdf.cell(85, 5, D["sign_president"][0], align="C")
pdf.cell(85, 5, D["sign_secretary"][0], align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
pdf.cell(85, 5, D["sign_president"][1], align="C")
pdf.cell(85, 5, D["sign_secretary"][1], align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("LS", "I", 8)
pdf.cell(0, 4, "Documento sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005 e s.m.i.")
pdf.output(OUT)
