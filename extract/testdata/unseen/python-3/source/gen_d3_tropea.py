"""D3: determinazione, Tropea. fpdf2 with core Helvetica (not embedded).
Imitates an 'APsystems'-style stack: Servizio in the heading, 'DETERMINAZIONE
DEL RESPONSABILE DEL SERVIZIO', the Servizio's number and date, then the
general register number with a later date (dd-mm-yyyy); dash-bulleted
premises that are not operative, operative points marked with '»'."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = "determinazione-tropea-stack.pdf"


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_draw_color(150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.cell(0, 5, "Comune di Tropea - Largo Municipio, 1 - 89861 Tropea (VV)")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Pagina {self.page_no()} di {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, 22)
pdf.add_page()
pdf.set_font("Helvetica", "B", 16)
pdf.cell(0, 8, "COMUNE DI TROPEA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "Provincia di Vibo Valentia", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "SERVIZIO FINANZIARIO E TRIBUTI", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 6, "N. 58 / SF del 21-07-2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 6, "N. 611 REG. GEN. del 23-07-2025", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("Helvetica", "B", 10)
y = pdf.get_y()
pdf.cell(18, 5.2, "Oggetto:")
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5.2, "Imposta di soggiorno - Rendicontazione del secondo trimestre 2025 e accertamento in "
               "entrata delle somme riversate dai gestori delle strutture ricettive.",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)


def para(t, style="", size=10, align="J", after=1.5, indent=0):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 5.1, t, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


para("IL RESPONSABILE DEL SERVIZIO", "B", 10.5, "C", 4)
para("Premesso che:")
for t in [
    "con deliberazione del Consiglio Comunale n. 12 del 28/03/2012 è stata istituita l'imposta di "
    "soggiorno ai sensi dell'art. 4 del D.Lgs. 14 marzo 2011, n. 23, e approvato il relativo regolamento, "
    "da ultimo modificato con deliberazione consiliare n. 9 del 27/02/2025;",
    "i gestori delle strutture ricettive, quali agenti contabili, riversano al Comune l'imposta riscossa "
    "entro il sedicesimo giorno successivo alla fine di ciascun trimestre solare;",
    "per il secondo trimestre 2025 risultano pervenute n. 214 dichiarazioni tramite il portale telematico "
    "dell'Ente, per un totale di n. 63.118 pernottamenti imponibili;",
]:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(4, 5.1, "-")
    pdf.multi_cell(0, 5.1, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
pdf.ln(1)
for t in [
    "Verificato che i versamenti effettuati sul conto di tesoreria nel periodo 01/04/2025 - 16/07/2025, "
    "riconciliati con le dichiarazioni trimestrali, ammontano a complessivi \u20ac 148.327,50;",
    "Visto il decreto sindacale n. 7 del 02/01/2025 di nomina del sottoscritto quale Responsabile del "
    "Servizio Finanziario e Tributi;",
    "Visti l'art. 179 del D.Lgs. 267/2000 e il principio contabile applicato della contabilità "
    "finanziaria (all. 4/2 al D.Lgs. 118/2011);",
]:
    para(t)
pdf.ln(2)
para("DETERMINA", "B", 10.5, "C", 4)
for t in [
    "di approvare la rendicontazione dell'imposta di soggiorno relativa al secondo trimestre 2025, "
    "riepilogata nel prospetto allegato che costituisce parte integrante del presente atto;",
    "di accertare in entrata la somma di \u20ac 148.327,50 al capitolo 1058 \"Imposta di soggiorno\" "
    "(titolo 1, tipologia 101) del bilancio di previsione 2025-2027, esercizio 2025;",
    "di trasmettere copia del presente atto all'Assessorato al Turismo per la programmazione degli "
    "interventi finanziati con il gettito dell'imposta, ai sensi dell'art. 4, comma 1, del D.Lgs. 23/2011.",
]:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(5, 5.1, "\u00bb")
    pdf.multi_cell(0, 5.1, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 5, "Il Responsabile del Servizio", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Rag. Domenico Vallone", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(10)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 5, "PUBBLICAZIONE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
para("Copia della presente determinazione è pubblicata all'Albo Pretorio on line del Comune dal 24-07-2025 "
     "al 08-08-2025 (n. 1047 del registro delle pubblicazioni).", "", 9)
pdf.output(OUT)
print("wrote", OUT)
