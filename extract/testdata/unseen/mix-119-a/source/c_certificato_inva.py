#!/usr/bin/env python3
"""Saint-Rhémy-en-Bosses - certificate of publication of Giunta deliberation
n. 41/2027: the office's printed form (blanks of underscores, drawn as text)
filled in by the program, which types each value over its blank a little
above the underscores. fpdf2, core Helvetica, the crest as an image."""
import sys
import io
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-saintrhemyenbosses-inva.pdf"

im = Image.new("RGB", (120, 150), "white")
d = ImageDraw.Draw(im)
d.polygon([(6, 6), (114, 6), (114, 90), (60, 144), (6, 90)], fill=(217, 230, 247), outline=(38, 77, 140))
d.line([(6, 6), (114, 6), (114, 90), (60, 144), (6, 90), (6, 6)], fill=(38, 77, 140), width=4)
d.polygon([(14, 100), (60, 36), (106, 100)], fill=(255, 255, 255), outline=(38, 77, 140))
d.rectangle([52, 44, 68, 96], fill=(153, 0, 0))
d.rectangle([40, 58, 80, 72], fill=(153, 0, 0))

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_title("Certificato di pubblicazione DGC 41/2027")
pdf.set_creator("INVA Atti - Albo pretorio")
pdf.add_page()
L = 22
pdf.image(im, x=L, y=14, w=16)
pdf.set_xy(L + 22, 15)
pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 7, "COMUNE DI SAINT-RHÉMY-EN-BOSSES")
pdf.set_xy(L + 22, 22)
pdf.set_font("Helvetica", "I", 11)
pdf.cell(0, 5, "COMMUNE DE SAINT-RHÉMY-EN-BOSSES")
pdf.set_xy(L + 22, 27.5)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 4, "Regione Autonoma Valle d'Aosta - Région Autonome Vallée d'Aoste")
pdf.set_xy(L + 22, 31.5)
pdf.set_font("Helvetica", "", 8)
pdf.cell(0, 4, "Hameau de Saint-Léonard, 1 - 11010 Saint-Rhémy-en-Bosses (AO) - tel. 0165 780821")
pdf.set_draw_color(38, 77, 140)
pdf.set_line_width(0.5)
pdf.line(L, 38, 210 - 20, 38)
pdf.set_draw_color(0, 0, 0)

pdf.set_xy(L, 50)
pdf.set_font("Helvetica", "B", 14)
pdf.cell(168, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_xy(L, 57)
pdf.set_font("Helvetica", "I", 10.5)
pdf.cell(168, 5, "CERTIFICAT DE PUBLICATION", align="C")
pdf.set_xy(L, 64)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(168, 4, "(art. 52-bis della legge regionale 7 dicembre 1998, n. 54)", align="C")


def blank(x, y, n, size=10.5):
    pdf.set_font("Helvetica", "", size)
    pdf.text(x, y, "_" * n)


def fill(x, y, text, style="B", size=10.5):
    pdf.set_font("Helvetica", style, size)
    pdf.text(x, y - 1.2, text)


def label(x, y, text, style="", size=10.5):
    pdf.set_font("Helvetica", style, size)
    pdf.text(x, y, text)


y = 82
label(L, y, "Deliberazione della Giunta comunale")
label(L + 95, y, "Délibération de la Junte communale", "I", 9)
y += 11
label(L, y, "N.")
blank(L + 6, y, 10)
fill(L + 11, y, "41")
label(L + 30, y, "del")
blank(L + 38, y, 18)
fill(L + 41, y, "08/07/2027")
y += 11
label(L, y, "OGGETTO:")
# the subject has a ruled box of its own on the form, filled as one block
pdf.set_line_width(0.3)
pdf.rect(L + 22, y - 5, 146, 19)
pdf.set_xy(L + 23, y - 4)
pdf.set_font("Helvetica", "", 9.5)
pdf.multi_cell(144, 5, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
               "STRAORDINARIA E MESSA IN SICUREZZA DELLA STRADA COMUNALE DELLA FRAZIONE CERISEY. "
               "CUP H87H27000410004.")
y += 20
y += 6

pdf.set_font("Helvetica", "", 10.5)
label(L, y, "Il sottoscritto Segretario comunale certifica che copia della presente deliberazione")
y += 6.5
label(L, y, "è pubblicata all'Albo pretorio on line del Comune per quindici giorni consecutivi")
y += 8
label(L, y, "dal")
blank(L + 8, y, 18)
fill(L + 11, y, "09/07/2027")
label(L + 44, y, "al")
blank(L + 50, y, 18)
fill(L + 53, y, "24/07/2027")
label(L + 86, y, "(registro di pubblicazione n.")
blank(L + 134, y, 10)
fill(L + 138, y, "318")
label(L + 153, y, ")")
y += 9
label(L, y, "e che la stessa è divenuta esecutiva il")
blank(L + 66, y, 18)
fill(L + 69, y, "09/07/2027")
label(L + 102, y, "ai sensi dell'art. 52-ter della")
y += 6.5
label(L, y, "medesima legge regionale.")
y += 12
pdf.set_font("Helvetica", "I", 9)
pdf.set_xy(L, y - 4)
pdf.multi_cell(168, 4.5,
               "Le soussigné Secrétaire communal certifie qu'une copie de la présente délibération est publiée au "
               "tableau d'affichage en ligne de la Commune pendant quinze jours consécutifs et qu'elle est devenue "
               "applicable à la date susmentionnée.")
y += 22
label(L, y, "Saint-Rhémy-en-Bosses,")
blank(L + 42, y, 18)
fill(L + 45, y, "09/07/2027")
label(L + 100, y, "IL SEGRETARIO COMUNALE", "B", 10.5)
y += 5
label(L + 100, y, "LE SECRÉTAIRE COMMUNAL", "I", 9)
y += 11
blank(L + 95, y, 30)
fill(L + 103, y, "dott.ssa Sabrina Créton", "", 10.5)
y += 6
label(L + 96, y, "(firmato digitalmente - signé numériquement)", "I", 7.5)

pdf.set_font("Helvetica", "I", 7.5)
pdf.set_xy(L, 280)
pdf.cell(168, 4, "Mod. ALB-03 - Certificato di pubblicazione deliberazioni", align="L")
pdf.output(OUT)
