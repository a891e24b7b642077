#!/usr/bin/env python3
"""Sicraweb-like minutes with fpdf2 (number/date box, running foot). usage: fpdf_make.py ACT_ID OUT.pdf"""
import sys
from fpdf import FPDF
from acts import BY_ID, HOUSES, all_points, tail, point_label

a = BY_ID[sys.argv[1]]
h = HOUSES[a["house"]]
org = a["organ"].upper()
F = "/usr/share/fonts/truetype/liberation/"


class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 15)
        self.cell(0, 7, h["comune"], align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9.5)
        self.cell(0, 5, h["prov"], align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, "Deliberazione di %s n. %d del %s  -  Pag. %d/{nb}" % (a["organ"], a["number"], a["date"], self.page_no()), align="C")


p = P(format="A4")
p.add_font("LS", "", F + "LiberationSans-Regular.ttf")
p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_margins(20, 14, 20)
p.set_auto_page_break(True, 20)
p.set_creator("Sicraweb - Atti amministrativi")
p.set_title("Delibera %s n. %d/2029" % (a["organ"], a["number"]))
p.add_page()
p.set_font("LS", "B", 10)
p.cell(110, 8, "DELIBERAZIONE DELLA " + org, border=1)
p.cell(25, 8, "N. %d" % a["number"], border=1, align="C")
p.cell(35, 8, "Data %s" % a["date"], border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10)
p.multi_cell(170, 5.2, "**Oggetto:** " + a["subject"], border=1, markdown=True, new_x="LMARGIN", new_y="NEXT")
p.ln(4)


def par(t, style="", align="J", size=10):
    p.set_font("LS", style, size)
    p.multi_cell(170, 5.0, t, align=align, new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)


par(a["opening"])
p.set_font("LS", "B", 9.5)
for w, t in ((60, "Cognome e Nome"), (40, "Carica"), (25, "Presente"), (25, "Assente")):
    p.cell(w, 6, t, border="B", align="L" if w > 30 else "C")
p.ln()
p.set_font("LS", "", 9.5)
for m in a["roll"]:
    p.cell(60, 5.4, m["name"])
    p.cell(40, 5.4, m["role"] or "")
    p.cell(25, 5.4, "SI" if m["present"] else "", align="C")
    p.cell(25, 5.4, "" if m["present"] else "SI", align="C")
    p.ln()
np = sum(m["present"] for m in a["roll"])
p.ln(1)
par("Presenti n. %d    Assenti n. %d" % (np, len(a["roll"]) - np), size=9)
for t in a["after_roll"]:
    par(t)
par("LA " + org, "B", "C")
for t in a["premises"]:
    par(t)
par(a["verb"], "B", "C")
for i, t in enumerate(all_points(a)):
    p.set_font("LS", "", 10)
    p.cell(8, 5.0, point_label(a, i))
    p.multi_cell(162, 5.0, t, align="J", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
for t in tail(a):
    par(t)
p.ln(6)
p.set_font("LS", "B", 10)
p.cell(85, 5, a["signs"][0][0], align="C")
p.cell(85, 5, a["signs"][1][0], align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10)
p.cell(85, 6, a["signs"][0][1], align="C")
p.cell(85, 6, a["signs"][1][1], align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[2])
