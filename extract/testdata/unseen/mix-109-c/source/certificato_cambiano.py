#!/usr/bin/env python3
"""Certificato di esecutivita', Comune di Cambiano, for Giunta n. 112 del
16/09/2026: the Hypersic certificate page printed by fpdf2 with an embedded
DejaVu subset (Identity-H), a ruled grid for the act's references, the
secretary's block on the right and a rotated 'ESECUTIVA' stamp."""
import sys
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4")
pdf.set_margins(24, 18, 22)
pdf.set_auto_page_break(True, 20)
pdf.add_font("DejaVu", "", DJ + "DejaVuSerif.ttf")
pdf.add_font("DejaVu", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.add_font("DejaVuSans", "", DJ + "DejaVuSans.ttf")
pdf.add_font("DejaVuSans", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.set_title("Certificato di esecutività - G.C. n. 112/2026")
pdf.set_author("Comune di Cambiano")
pdf.set_creator("Hypersic - Albo Pretorio")
pdf.add_page()

# letterhead, as on the Comune's acts
pdf.set_line_width(0.35)
pdf.set_fill_color(215, 215, 215)
pdf.polygon([(99, 14), (111, 14), (111, 22), (105, 28), (99, 22)], style="DF")
pdf.set_fill_color(90, 90, 90)
pdf.polygon([(102, 18.5), (105, 25), (108, 18.5)], style="F")
pdf.set_y(31)
pdf.set_font("DejaVuSans", "B", 15)
pdf.cell(0, 7, "COMUNE DI CAMBIANO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSans", "", 9.5)
pdf.cell(0, 5, "Città Metropolitana di Torino", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.line(24, 45, 188, 45)

pdf.set_y(56)
pdf.set_font("DejaVuSans", "B", 14)
pdf.set_char_spacing(1.5)
pdf.cell(0, 8, "CERTIFICATO DI ESECUTIVITÀ", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("DejaVuSans", "", 8.5)
pdf.cell(0, 5, "(art. 134 del D.Lgs. 18 agosto 2000, n. 267)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

# grid with the act's references
pdf.set_font("DejaVuSans", "B", 8)
pdf.set_fill_color(238, 238, 238)
lab_w, val_w = 36, 128
rows = [("ATTO", "Deliberazione della Giunta Comunale"),
        ("NUMERO", "112"),
        ("DATA", "16/09/2026"),
        ("OGGETTO", "Approvazione del piano operativo per lo sgombero neve e il trattamento antighiaccio "
                    "delle strade comunali - stagione invernale 2026/2027")]
for lab, val in rows:
    y0 = pdf.get_y()
    pdf.set_x(24 + lab_w)
    pdf.set_font("DejaVu", "B" if lab in ("NUMERO", "DATA") else "", 10.5)
    pdf.multi_cell(val_w, 6, val, border=1, new_x="LMARGIN", new_y="NEXT", padding=(1, 2, 1, 2))
    y1 = pdf.get_y()
    pdf.set_xy(24, y0)
    pdf.rect(24, y0, lab_w, y1 - y0, style="DF")
    pdf.set_font("DejaVuSans", "B", 8)
    pdf.set_xy(24, y0 + 1)
    pdf.cell(lab_w, 6, " " + lab)
    pdf.set_y(y1)
pdf.ln(10)

pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(0, 6.2,
               "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 11.5)
pdf.cell(0, 7, "ATTESTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVu", "", 11)
pdf.multi_cell(0, 6.2,
               "che la suestesa deliberazione, pubblicata all'Albo Pretorio on line di questo Comune dal "
               "18/09/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 731), è divenuta esecutiva in "
               "data 16/09/2026, essendo stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
               "comma 4, del D.Lgs. 18 agosto 2000, n. 267.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(14)
pdf.cell(80, 6, "Cambiano, 18/09/2026")
y = pdf.get_y()
pdf.set_xy(108, y)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(80, 6, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(108)
pdf.set_font("DejaVu", "", 11)
pdf.cell(80, 6, "Dott.ssa Elisabetta RINAUDO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(108)
pdf.set_font("DejaVuSans", "", 7.5)
pdf.cell(80, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")

# rotated stamp, lower left
with pdf.rotation(angle=18, x=60, y=230):
    pdf.set_draw_color(150, 20, 20)
    pdf.set_text_color(150, 20, 20)
    pdf.set_line_width(0.8)
    pdf.rect(34, 222, 58, 16)
    pdf.set_xy(34, 224)
    pdf.set_font("DejaVuSans", "B", 12)
    pdf.cell(58, 6, "ESECUTIVA", align="C")
    pdf.set_xy(34, 230.5)
    pdf.set_font("DejaVuSans", "", 7)
    pdf.cell(58, 5, "Ufficio Segreteria - Cambiano", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)

pdf.set_auto_page_break(False)
pdf.set_y(-22)
pdf.set_line_width(0.2)
pdf.line(24, pdf.get_y(), 188, pdf.get_y())
pdf.set_font("DejaVuSans", "", 7)
pdf.cell(0, 5, "Comune di Cambiano - Città Metropolitana di Torino - Servizio Segreteria - Hypersic Albo Pretorio",
         align="C")
pdf.output(out)
