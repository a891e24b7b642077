#!/usr/bin/env python3
"""Castel San Giorgio, house style "asmenet": unnumbered esito of a mobility
selection, printed by fpdf2 (the personnel office's PHP-FPDF print,
imitated). Justified paragraphs with word spacing (Tw), the roll of
candidates admitted set in two columns that flow down and across
(text_columns), a ruled ranking table, footer with the office's contacts."""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

out = sys.argv[1]
BLUE = (29, 61, 110)


class Doc(FPDF):
    def header(self):
        # crest
        self.set_draw_color(*BLUE)
        self.set_fill_color(244, 244, 244)
        self.set_line_width(0.5)
        self.polygon([(18, 11), (31, 11), (31, 20), (24.5, 27), (18, 20)], style="DF")
        self.set_fill_color(154, 42, 42)
        self.rect(21.2, 14.5, 6.6, 4.5, style="F")
        self.set_xy(35, 11)
        self.set_font("Helvetica", "B", 18)
        self.set_text_color(*BLUE)
        self.cell(0, 8, "COMUNE DI CASTEL SAN GIORGIO", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(35)
        self.set_font("Helvetica", "", 10)
        self.set_text_color(0, 0, 0)
        self.cell(0, 5, "Provincia di Salerno", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(35)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4, "Piazza Municipio n. 1 - 84083 Castel San Giorgio (SA) - PEC: "
                  "protocollo@pec.comune.castelsangiorgio.sa.it")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.7)
        self.line(18, 32, 192, 32)
        self.set_text_color(0, 0, 0)
        self.set_y(36)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(*BLUE)
        self.set_line_width(0.3)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("Helvetica", "", 7.2)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4.5, "Settore I - Affari Generali e Personale - Ufficio del Personale - tel. 081 5163212 - "
                  "personale@comune.castelsangiorgio.sa.it", align="C",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(18, 18, 18)
pdf.set_auto_page_break(True, 19)
pdf.set_creator("ASMENET Personale - stampa esiti")
pdf.set_title("Esito selezione mobilita")
pdf.alias_nb_pages()
pdf.add_page()

# Settore box over the title
pdf.set_fill_color(238, 242, 248)
pdf.set_draw_color(*BLUE)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 8, "SETTORE I – AFFARI GENERALI E PERSONALE", border=1, align="C", fill=True,
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
# protocol box at the right
pdf.set_font("Helvetica", "", 9.5)
pdf.set_draw_color(119, 119, 119)
pdf.set_x(192 - 66)
pdf.cell(33, 6.5, "Prot. n. 22310", border=1, align="C")
pdf.cell(33, 6.5, "del 21/12/2027", border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)

pdf.set_font("Helvetica", "B", 16)
pdf.cell(0, 8, "ESITO DELLA SELEZIONE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(0, 5.2, "Avviso pubblico di mobilità volontaria esterna, ai sensi dell'art. 30 del d.lgs. "
               "n. 165/2001, per la copertura di n. 2 posti di Istruttore Amministrativo, Area degli "
               "Istruttori, a tempo pieno e indeterminato", align="C",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)

pdf.set_font("Helvetica", "", 10.5)
J = dict(align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.multi_cell(0, 5.4, "Si rende noto che la Commissione esaminatrice, nominata con determinazione del "
               "Responsabile del Settore I n. 398 del 2 novembre 2027, ha concluso i propri lavori in data "
               "16 dicembre 2027 e che, con determinazione n. 441 del 20 dicembre 2027, sono stati approvati "
               "i verbali della selezione e la graduatoria finale di merito di seguito riportata.", **J)
pdf.ln(2)
pdf.multi_cell(0, 5.4, "Alla procedura hanno presentato domanda n. 19 candidati, dei quali n. 16 sono stati "
               "ammessi al colloquio svoltosi nei giorni 13 e 14 dicembre 2027 presso la sala consiliare. "
               "I candidati ammessi al colloquio sono stati i seguenti:", **J)
pdf.ln(2)

names = ["ALFANO Teresa", "AMATO Giuseppe", "AMENDOLA Filomena", "BARRA Vincenzo",
         "CAPUANO Marianna", "CERRATO Luca", "DE MAIO Anna Rita", "ESPOSITO Carmela",
         "FERRARA Salvatore", "GIORDANO Michela", "IANNONE Pasquale", "MARRAZZO Immacolata",
         "PAGANO Raffaele", "RUSSO Gianluca", "SESSA Antonella", "VILLANI Gerardo"]
pdf.set_font("Helvetica", "", 10)
with pdf.text_columns(ncols=2, gutter=12, text_align="L", line_height=1.25, balance=True) as cols:
    for i, n in enumerate(names, 1):
        cols.write(f"{i:>2}.  {n}\n")
pdf.ln(4)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "GRADUATORIA FINALE DI MERITO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font("Helvetica", "B", 9.5)
pdf.set_fill_color(228, 233, 241)
pdf.set_draw_color(150, 150, 150)
widths = (12, 58, 30, 34, 20, 20)
heads = ("Pos.", "Cognome e nome", "Titoli (max 30)", "Colloquio (max 30)", "Totale", "Esito")
for w, h in zip(widths, heads):
    pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.ln()
rows = [("1", "ESPOSITO Carmela", "22,50", "28,00", "50,50", "vincitrice"),
        ("2", "CERRATO Luca", "19,00", "27,50", "46,50", "vincitore"),
        ("3", "SESSA Antonella", "21,00", "24,00", "45,00", "idonea"),
        ("4", "IANNONE Pasquale", "16,50", "25,00", "41,50", "idoneo"),
        ("5", "DE MAIO Anna Rita", "18,00", "22,50", "40,50", "idonea"),
        ("6", "AMATO Giuseppe", "12,00", "23,00", "35,00", "idoneo")]
pdf.set_font("Helvetica", "", 9.5)
for r in rows:
    for w, v, a in zip(widths, r, "CLCCCC"):
        pdf.cell(w, 6.2, v, border=1, align=a)
    pdf.ln()
pdf.ln(3)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(0, 5.4, "I restanti candidati ammessi al colloquio non hanno conseguito il punteggio minimo "
               "di 21/30 previsto dall'avviso. I vincitori saranno invitati a sottoscrivere il contratto "
               "individuale di lavoro, previo nulla osta definitivo dell'amministrazione di appartenenza, "
               "con decorrenza non anteriore al 1° febbraio 2028. La graduatoria è pubblicata all'Albo "
               "Pretorio on line e nella sezione Amministrazione Trasparente - Bandi di concorso; dalla "
               "data di pubblicazione decorrono i termini per eventuali impugnative.", **J)
pdf.ln(7)
pdf.set_x(112)
pdf.set_font("Helvetica", "", 10)
pdf.cell(80, 5, "IL RESPONSABILE DEL SETTORE I", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(112)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(80, 5, "dott. Antonio Califano", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(112)
pdf.set_font("Helvetica", "I", 7.5)
pdf.cell(80, 4.5, "documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005", align="C")
pdf.output(out)
