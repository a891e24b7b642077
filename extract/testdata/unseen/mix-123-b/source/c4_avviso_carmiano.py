#!/usr/bin/env python3
"""Carmiano (LE) - avviso alla cittadinanza, derattizzazione.
The Settore's pre-printed form (blank lines of underscores) filled in by
typing over the blanks, as fpdf2 draws it: the underscores are one text run,
the filled-in words another, placed on top.  House style "halley": centred
letterhead, protocol at left, the Settore under the title, place and date at
left, signature at right."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-derattizzazione-carmiano-halley.pdf"


class Form(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 4, "Comune di Carmiano - Mod. LLPP/07 - Avviso alla cittadinanza", align="L")
        self.cell(0, 4, "rev. 03/2024", align="R")


pdf = Form(format="A4")
pdf.set_creator("Halley - Modulistica")
pdf.set_title("Avviso alla cittadinanza")
pdf.set_author("Comune di Carmiano")
pdf.set_margins(22, 16, 22)
pdf.set_auto_page_break(False)
pdf.add_page()

# letterhead (centred)
pdf.set_draw_color(122, 31, 31)
pdf.set_fill_color(243, 230, 208)
pdf.rect(99, 12, 12, 14, style="DF")
pdf.set_fill_color(122, 31, 31)
pdf.rect(103, 15, 4, 9, style="F")
pdf.set_y(29)
pdf.set_text_color(122, 31, 31)
pdf.set_font("Times", "B", 18)
pdf.cell(0, 8, "COMUNE DI CARMIANO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Times", "I", 11)
pdf.cell(0, 5, "Provincia di Lecce", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 8)
pdf.cell(0, 4, "Piazza Assunta, 1 - 73041 Carmiano (LE) - tel. 0832 600 200 - "
         "protocollo.comune.carmiano@pec.rupar.puglia.it", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.4)
pdf.line(22, pdf.get_y() + 2, 188, pdf.get_y() + 2)

FILL = ("Courier", "B", 11)


def blank(x, y, w, value="", font=FILL, dy=-0.6):
    """A blank of underscores at (x, y) w mm wide, with value typed over it."""
    pdf.set_font("Times", "", 11)
    n = int(w / pdf.get_string_width("_"))
    pdf.text(x, y, "_" * n)
    if value:
        pdf.set_font(*font)
        pdf.text(x + 1.5, y + dy, value)


def label(x, y, s, style="", size=11):
    pdf.set_font("Times", style, size)
    pdf.text(x, y, s)
    return x + pdf.get_string_width(s) + 1


# protocol line (left)
y = 52
x = label(22, y, "Prot. n.")
blank(x, y, 24, "23107")
x = label(x + 25, y, "del")
blank(x, y, 28, "24/11/2027")

# title and subject
pdf.set_font("Times", "B", 16)
pdf.set_xy(22, 60)
pdf.cell(0, 8, "AVVISO ALLA CITTADINANZA", align="C")
y = 78
blank(30, y, 150, "INTERVENTO DI DERATTIZZAZIONE DELLA RETE FOGNARIA")
y += 8
blank(30, y, 150, "E DELLE AREE PUBBLICHE DEL CENTRO URBANO E DI MAGLIANO")
y += 11
blank(45, y, 120, "SETTORE LAVORI PUBBLICI E AMBIENTE")
pdf.set_font("Times", "I", 7)
pdf.text(84, y + 3.5, "(Settore / Servizio competente)")

# body: pre-printed text with blanks
y += 14
label(22, y, "Si comunica che nei giorni")
blank(69, y, 58, "29 e 30 novembre 2027")
label(128, y, "dalle ore")
blank(145, y, 16, "6:00")
label(162, y, "alle ore")
blank(176, y, 12, "13:00")
y += 8
label(22, y, "la ditta")
blank(37, y, 120, "IGIENE AMBIENTE SALENTO S.r.l.")
label(158, y, ", incaricata dal")
y += 8
label(22, y, "Comune, effettuerà l'intervento indicato in oggetto nelle seguenti zone:")
y += 8
blank(22, y, 166, "centro urbano, frazione Magliano, zona artigianale di via Veglie,")
y += 8
blank(22, y, 166, "villa comunale, area mercatale e plessi scolastici (a scuole chiuse).")
y += 12
pdf.set_font("Times", "B", 11)
pdf.text(22, y, "SI INVITA LA CITTADINANZA")
y += 6
pdf.set_font("Times", "", 11)
pdf.set_xy(22, y - 4)
pdf.multi_cell(166, 5.6,
               "- a non toccare le esche rodenticide collocate negli appositi contenitori e a tenere "
               "lontani bambini e animali domestici dalle postazioni segnalate;\n"
               "- a non spostare né danneggiare i contenitori, che resteranno in opera per i "
               "successivi trenta giorni;\n"
               "- a segnalare al Comando di Polizia Locale (tel. 0832 600 250) la presenza di roditori "
               "morti in aree pubbliche, che saranno rimossi a cura della ditta incaricata.",
               align="J")
y = pdf.get_y() + 8
label(22, y, "Per informazioni rivolgersi a:")
blank(74, y, 114, "Ufficio Ambiente - tel. 0832 600 236")
y += 8
label(22, y, "Il presente avviso è affisso nei luoghi pubblici e pubblicato all'Albo Pretorio on line.")

# place/date left, signature right
y += 22
x = label(22, y, "Carmiano, lì")
blank(x, y, 32, "24/11/2027")
pdf.set_font("Times", "B", 11)
pdf.set_xy(110, y - 4.5)
pdf.cell(78, 5, "IL RESPONSABILE DEL SETTORE", align="C")
pdf.set_font("Times", "", 11)
blank(118, y + 12, 62, "arch. Giuseppe Miglietta", font=("Courier", "B", 10))
pdf.set_font("Times", "I", 7.5)
pdf.set_xy(110, y + 14)
pdf.cell(78, 4, "(firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993)", align="C")

pdf.output(OUT)
