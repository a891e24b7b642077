# -*- coding: utf-8 -*-
"""B3: Barile's Hypersic-like determinazione written with fpdf2, core
Helvetica in WinAnsi: multi_cell(align="J") justifies each line with Tw, the
title is letter-spaced with Tc, the beneficiaries are rolled in two columns
side by side, and the footer carries the number and "Pag. X di Y".
Usage: python3 barile_fpdf.py OUTDIR [CRESTDIR]   (crest-barile.png, made by barile_docx.py)
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fpdf
from fpdf import FPDF
import data

d = data.B3
b = d["body"]


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(20, self.get_y() - 1, 192, self.get_y() - 1)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Comune di Barile – Area Amministrativa – Determinazione R.G. n. %d del %s – Pag. %d di {nb}"
                  % (d["number"], d["date"], self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def build(out):
    pdf = Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 14, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.set_title("Determinazione n. %d/2028" % d["number"])
    pdf.set_author("Area Amministrativa")
    pdf.set_creator("Hypersic - Gestione Atti")
    pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
    pdf.add_page()
    # letterhead
    pdf.image(os.path.join(sys.argv[2] if len(sys.argv) > 2 else out, "crest-barile.png"), x=20, y=14, w=15)
    pdf.set_xy(38, 15)
    pdf.set_font("Helvetica", "B", 17); pdf.set_text_color(120, 20, 20)
    pdf.cell(85, 7, "COMUNE DI BARILE", new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10); pdf.cell(85, 5, b["prov"], new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(85, 4, b["address"], new_x="LEFT", new_y="NEXT")
    pdf.cell(85, 4, b["contacts"], new_x="LEFT", new_y="NEXT")
    # Area box
    pdf.set_fill_color(230, 230, 230)
    pdf.rect(126, 14, 66, 20, style="F")
    pdf.set_xy(126, 17)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(66, 6, d["organ"], align="C", new_x="LEFT", new_y="NEXT")
    size = 9.5
    pdf.set_font("Helvetica", "", size)
    while pdf.get_string_width(d["office"]) > 62:
        size -= 0.25
        pdf.set_font("Helvetica", "", size)
    pdf.cell(66, 6, d["office"], align="C")
    # register grid
    pdf.set_xy(35, 42)
    pdf.set_draw_color(85, 85, 85)
    rows = [("Registro Generale N.", str(d["number"]), "data", d["date"]),
            ("Registro dell’Area N.", str(d["sector_number"]), "data", d["sector_date"])]
    ws = (45, 30, 18, 40)
    for r in rows:
        pdf.set_x(35)
        for i, v in enumerate(r):
            fill = i in (0, 2)
            pdf.set_fill_color(242, 242, 242)
            pdf.set_font("Helvetica", "B" if i in (1, 3) else "", 9.5)
            pdf.cell(ws[i], 6, v, border=1, fill=fill)
        pdf.ln(6)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 9.5); pdf.write(5, "Ufficio istruttore: ")
    pdf.set_font("Helvetica", "", 9.5); pdf.write(5, d["proposing_office"])
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_char_spacing(2.2)
    pdf.cell(0, 7, "DETERMINAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5)
    y = pdf.get_y()
    pdf.cell(20, 5.2, "OGGETTO:")
    pdf.set_xy(42, y)
    pdf.multi_cell(0, 5.2, d["subject"], align="L")
    pdf.ln(4)
    pdf.cell(0, 6, "IL RESPONSABILE DELL’AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10.5)
    for p in d["premises"]:
        pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    # two-column roll
    pdf.ln(1)
    x0 = 28
    colw = (10, 32, 30)
    gap = 10
    half = (len(d["roll"]) + 1) // 2
    left, right = d["roll"][:half], d["roll"][half:]
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(235, 235, 235)
    pdf.set_x(x0)
    for side in range(2):
        for i, h in enumerate(("N.", "Istanza prot.", "Ore assegnate")):
            pdf.cell(colw[i], 5.5, h, border=1, fill=True, align="C")
        if side == 0:
            pdf.cell(gap, 5.5, "")
    pdf.ln(5.5)
    pdf.set_font("Helvetica", "", 9)
    for k in range(half):
        pdf.set_x(x0)
        for side, lst in enumerate((left, right)):
            if k < len(lst):
                n, prot, ore = lst[k]
                pdf.cell(colw[0], 5, n, border=1, align="C")
                pdf.cell(colw[1], 5, prot, border=1, align="C")
                pdf.cell(colw[2], 5, ore, border=1, align="C")
            if side == 0:
                pdf.cell(gap, 5, "")
        pdf.ln(5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10.5)
    for p in d["premises2"]:
        pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.multi_cell(0, 5.2, "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa, ai sensi dell’art. 147-bis del D.Lgs. 267/2000;", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.set_char_spacing(1.5)
    pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10.5)
    for i, p in enumerate(d["points"], 1):
        y = pdf.get_y()
        if y > 260:
            pdf.add_page(); y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(8, 5.2, "%d)" % i)
        pdf.set_xy(28, y)
        pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(8)
    if pdf.get_y() > 245:
        pdf.add_page()
    pdf.set_x(105)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(85, 5, d["signer_role"][0], align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(85, 5.5, "%s %s" % (d["signer_title"], d["signer_name"]), align="C", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.cell(85, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 8.5)
    y0 = pdf.get_y()
    pdf.cell(0, 5, "AREA ECONOMICO-FINANZIARIA – VISTO DI REGOLARITÀ CONTABILE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2, "Si attesta la copertura finanziaria della spesa ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Impegni n. 57/2028 (cap. 1890) e n. 58/2028 (cap. 1892). Barile, 21/01/2028. Il Responsabile dell’Area Economico-Finanziaria, rag. Vincenzo Sonnessa (firmato digitalmente)", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(19, y0 - 1, 174, pdf.get_y() - y0 + 2)
    pdf.output(os.path.join(out, data.filename(d)))


if __name__ == "__main__":
    build(sys.argv[1])
