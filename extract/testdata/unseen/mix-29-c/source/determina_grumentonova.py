#!/usr/bin/env python3
"""Determinazione of the Comune di Grumento Nova (PZ), laid out like the
Datanet 'Atti amministrativi' print: Area / Servizio heading, two-row
register label grid (sector and general register), OGGETTO block,
visto contabile and publication box. fpdf2 with DejaVu Serif."""
import sys
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"

class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("djs", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Comune di Grumento Nova - Determinazione R.G. n. 112 del 10/03/2026", align="L")
            self.ln(8)
            self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14)
        self.set_font("djs", "", 7.5)
        self.set_draw_color(120, 120, 120)
        self.line(18, self.get_y(), 192, self.get_y())
        self.cell(120, 5, "Datanet Atti - documento generato il 10/03/2026", align="L")
        self.cell(0, 5, "Pag. %d/{nb}" % self.page_no(), align="R")

pdf = P(format="A4")
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("djs", "", DJ + "DejaVuSans.ttf")
pdf.add_font("djs", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("djsf", "", DJ + "DejaVuSerif.ttf")
pdf.add_font("djsf", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.add_font("djsf", "I", DJ + "DejaVuSerif-Italic.ttf")
pdf.set_title("Determinazione R.G. n. 112/2026")
pdf.set_author("Comune di Grumento Nova")
pdf.set_creator("Datanet Atti")
pdf.add_page()

# letterhead
pdf.set_draw_color(0, 0, 0)
pdf.rect(18, 14, 16, 19)
pdf.set_font("djs", "", 5)
pdf.set_xy(18, 22); pdf.cell(16, 3, "stemma", align="C")
pdf.set_xy(38, 14)
pdf.set_font("djsf", "B", 16)
pdf.cell(0, 8, "COMUNE DI GRUMENTO NOVA")
pdf.set_xy(38, 22)
pdf.set_font("djsf", "", 9.5)
pdf.cell(0, 5, "Provincia di Potenza")
pdf.set_xy(38, 27)
pdf.set_font("djsf", "", 8)
pdf.cell(0, 5, "Piazza Municipio, 1 – 85050 Grumento Nova (PZ) – PEC protocollo@pec.comune.grumentonova.pz.it")
pdf.set_y(38)
pdf.set_line_width(0.6)
pdf.line(18, 37, 192, 37)
pdf.set_line_width(0.2)
pdf.ln(2)
pdf.set_font("djs", "B", 11)
pdf.cell(0, 6, "AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("djs", "", 9.5)
pdf.cell(0, 5, "Servizio Affari Generali", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("djs", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

def row(lbl, n, d):
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font("djs", "", 8.5)
    pdf.cell(52, 7, lbl, border=1, fill=True)
    pdf.set_font("djs", "B", 10)
    pdf.cell(30, 7, n, border=1, align="C")
    pdf.set_font("djs", "", 8.5)
    pdf.cell(18, 7, "del", border=1, fill=True, align="C")
    pdf.set_font("djs", "B", 10)
    pdf.cell(40, 7, d, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(35)
row("N. del Servizio", "21", "09/03/2026")
pdf.set_x(35)
row("N. Registro Generale", "112", "10/03/2026")
pdf.ln(5)

pdf.set_font("djsf", "B", 10)
y = pdf.get_y()
pdf.cell(24, 5.5, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(150, 5.5, "Impegno di spesa e affidamento diretto alla ditta Lucana Ufficio S.r.l. della fornitura di "
               "materiale di cancelleria per gli uffici comunali – anno 2026 – CIG B7A3C21F90.")
pdf.ln(3)
pdf.line(18, pdf.get_y(), 192, pdf.get_y())
pdf.ln(3)

def p(t, b=False, align="J", indent=0):
    pdf.set_font("djsf", "B" if b else "", 9.5)
    if indent:
        pdf.set_x(18 + indent)
    pdf.multi_cell(174 - indent, 5, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

p("IL RESPONSABILE DEL SERVIZIO", b=True, align="C")
for t in [
    "VISTO il decreto sindacale n. 3 del 02/01/2026, con il quale al sottoscritto è stato conferito l'incarico di "
    "Elevata Qualificazione dell'Area Amministrativa per l'anno 2026;",
    "VISTA la deliberazione del Consiglio Comunale n. 6 del 26/02/2026, esecutiva, di approvazione del bilancio di "
    "previsione finanziario 2026/2028;",
    "CONSIDERATO che si rende necessario provvedere alla fornitura di carta, toner e materiale di cancelleria per gli "
    "uffici comunali per l'anno 2026, e che il fabbisogno è stato quantificato dai singoli uffici in complessivi "
    "€ 2.950,00 oltre IVA;",
    "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto di servizi "
    "e forniture di importo inferiore a € 140.000,00;",
    "ACQUISITO il preventivo della ditta Lucana Ufficio S.r.l., con sede in Villa d'Agri di Marsicovetere (PZ), "
    "P. IVA 01873450763, pervenuto al prot. n. 1187 del 05/03/2026, ritenuto congruo;",
    "DATO ATTO che è stato acquisito il CIG B7A3C21F90 e che la regolarità contributiva della ditta è attestata dal "
    "DURC prot. INAIL_51822977 con scadenza 18/06/2026;",
    "ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
    "D.Lgs. 267/2000;",
]:
    p(t)
p("D E T E R M I N A", b=True, align="C")
pts = [
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, alla ditta Lucana Ufficio S.r.l. la "
    "fornitura di materiale di cancelleria per gli uffici comunali per l'anno 2026, per l'importo di € 2.950,00 oltre "
    "IVA al 22%, per complessivi € 3.599,00;",
    "di impegnare la somma di € 3.599,00 al Cap. 1043 \"Spese per cancelleria e stampati\", Missione 01, Programma 02, "
    "del bilancio 2026/2028, esercizio 2026;",
    "di dare atto che la liquidazione avverrà previa verifica della regolarità della fornitura e su presentazione di "
    "fattura elettronica (Codice Univoco Ufficio UF4KQ2);",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Responsabile del Servizio;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "Trasparente\" del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("djsf", "", 9.5)
    y = pdf.get_y()
    pdf.cell(8, 5, "%d)" % i)
    pdf.set_xy(26, y)
    pdf.multi_cell(166, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(4)
pdf.set_x(110)
pdf.set_font("djsf", "B", 9.5)
pdf.cell(82, 5, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("djsf", "", 9.5)
pdf.cell(82, 5, "Dott. Nicola Sarli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("djsf", "I", 7.5)
pdf.cell(82, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

def box(title, lines):
    pdf.set_font("djs", "B", 9)
    pdf.set_fill_color(235, 235, 235)
    pdf.cell(0, 6, title, border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("djs", "", 8.5)
    pdf.multi_cell(0, 4.6, "\n".join(lines), border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

box("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", [
    "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la copertura finanziaria.",
    "Impegno n. 148/2026 - Cap. 1043 - Importo € 3.599,00",
    "Grumento Nova, 10/03/2026                    Il Responsabile del Servizio Finanziario - Rag. Antonella Cantisani",
])
box("PUBBLICAZIONE", [
    "Copia della presente determinazione è pubblicata all'Albo Pretorio on line dal 10/03/2026 al 25/03/2026",
    "con il n. 287 del Registro delle pubblicazioni.",
    "Il Responsabile della pubblicazione - Sig. Vito Lapenta",
])
pdf.output(out)
