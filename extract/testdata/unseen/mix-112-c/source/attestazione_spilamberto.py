#!/usr/bin/env python3
"""Comune di Spilamberto - attestazione di pubblicazione of Consiglio n. 62/2026.

The Albo module's certificate in the Sicraweb house style (letterhead left,
box right), written with fpdf2 in Liberation Sans (embedded subset), with the
Messo's round stamp applied at an angle over the signature area.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-spilamberto-sicraweb.pdf"
FONTDIR = "/usr/share/fonts/truetype/liberation/"

SUBJECT = ("APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER LA DISCIPLINA DEL CANONE "
           "PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA "
           "E DEL CANONE MERCATALE CON DECORRENZA DAL 1° GENNAIO 2027")

pdf = FPDF(format="A4", unit="mm")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("LS", "", FONTDIR + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONTDIR + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FONTDIR + "LiberationSans-Italic.ttf")
pdf.set_title("Attestazione di pubblicazione - Reg. n. 1874/2026")
pdf.set_author("Comune di Spilamberto - Albo Pretorio on line")
pdf.set_creator("Sicraweb - Albo Pretorio")
pdf.add_page()

# letterhead
pdf.set_font("LS", "B", 15)
pdf.set_xy(20, 20)
pdf.cell(105, 7, "COMUNE DI SPILAMBERTO")
pdf.set_font("LS", "", 10)
pdf.set_xy(20, 27)
pdf.cell(105, 5, "Provincia di Modena")
pdf.set_font("LS", "", 8)
pdf.set_xy(20, 32)
pdf.cell(105, 4, "Settore Affari Generali - Servizio Segreteria e Messi")
# box
pdf.rect(128, 18, 62, 22)
pdf.set_font("LS", "B", 10)
pdf.set_xy(128, 20)
pdf.cell(62, 5, "ALBO PRETORIO ON LINE", align="C")
pdf.set_font("LS", "", 9)
pdf.set_xy(128, 26)
pdf.cell(62, 5, "Registro delle pubblicazioni", align="C")
pdf.set_font("LS", "B", 11)
pdf.set_xy(128, 32)
pdf.cell(62, 6, "N. 1874 / 2026", align="C")

pdf.set_xy(20, 52)
pdf.set_font("LS", "B", 13)
pdf.cell(170, 8, "ATTESTAZIONE DI PUBBLICAZIONE", align="C")
pdf.ln(12)

# act identification, a two-column grid
pdf.set_font("LS", "", 10)
rows = [("Tipo atto:", "Deliberazione del Consiglio Comunale"),
        ("Numero:", "62"),
        ("Data adozione:", "18/12/2026")]
for k, v in rows:
    pdf.set_x(20)
    pdf.set_font("LS", "", 10)
    pdf.cell(35, 6, k)
    pdf.set_font("LS", "B", 10)
    pdf.cell(135, 6, v, new_x="LMARGIN", new_y="NEXT")
pdf.set_x(20)
pdf.set_font("LS", "", 10)
pdf.cell(35, 6, "Oggetto:")
pdf.set_font("LS", "B", 10)
pdf.multi_cell(135, 5.5, SUBJECT, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.line(20, pdf.get_y(), 190, pdf.get_y())
pdf.ln(5)

pdf.set_font("LS", "", 10.5)
body = ("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
pdf.multi_cell(170, 6, body, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 11)
pdf.cell(170, 7, "ATTESTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "", 10.5)
body = ("che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line del Comune "
        "in data 23/12/2026, registrata al n. 1874 del Registro delle pubblicazioni, e vi rimarrà per quindici "
        "giorni consecutivi, fino al 07/01/2027, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 "
        "e dell'art. 32, comma 1, della legge 18 giugno 2009, n. 69.")
pdf.multi_cell(170, 6, body, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
body = ("La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
        "D.Lgs. 267/2000.")
pdf.multi_cell(170, 6, body, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.cell(85, 6, "Spilamberto, 23/12/2026")
pdf.set_font("LS", "B", 10)
pdf.cell(85, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("LS", "", 10)
pdf.cell(85, 6, "Roberta Vezzali", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("LS", "I", 8)
pdf.cell(85, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
ys = pdf.get_y()

# the Messo's round stamp, pressed at an angle left of the signature
cx, cy = 62, ys + 12
pdf.set_draw_color(40, 60, 160)
pdf.set_text_color(40, 60, 160)
with pdf.rotation(18, cx, cy):
    pdf.set_line_width(0.6)
    pdf.ellipse(cx - 21, cy - 13, 42, 26)
    pdf.set_line_width(0.3)
    pdf.ellipse(cx - 18.5, cy - 10.5, 37, 21)
    pdf.set_font("LS", "B", 5.6)
    pdf.set_xy(cx - 18, cy - 8)
    pdf.cell(36, 4, "COMUNE DI SPILAMBERTO", align="C")
    pdf.set_font("LS", "B", 9)
    pdf.set_xy(cx - 18, cy - 2.5)
    pdf.cell(36, 5, "UFFICIO MESSI", align="C")
    pdf.set_font("LS", "", 6.5)
    pdf.set_xy(cx - 18, cy + 3)
    pdf.cell(36, 4, "Provincia di Modena", align="C")
pdf.set_draw_color(0, 0, 0)
pdf.set_text_color(0, 0, 0)

# foot (below the automatic page-break margin)
pdf.set_auto_page_break(False)
pdf.set_line_width(0.2)
pdf.line(20, 277, 190, 277)
pdf.set_font("LS", "", 7)
pdf.set_xy(20, 278)
pdf.cell(120, 4, "Piazza Caduti Libertà, 3 - 41057 Spilamberto (MO) - tel. 059 789911")
pdf.cell(50, 4, "Reg. pubbl. n. 1874/2026", align="R")
pdf.output(OUT)
