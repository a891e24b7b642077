#!/usr/bin/env python3
"""Comune di Caprarola (VT) - determinazione of the Area Economico-Finanziaria,
general register n. 12 of 15/01/2027 (n. 2 of the Area).
House style "Sicraweb" (as the Giunta minute: letterhead with the green crest,
a grey grid with labels over values, "Oggetto:" beside the subject), written
by fpdf2 with core fonts: justified paragraphs (word spacing), a running head
with the number from page 2 and "Pagina X di Y" in the foot."""
import sys
from fpdf import FPDF

out = sys.argv[1]
NUM = "Determinazione n. 12 del 15/01/2027"


class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            # letterhead, as on the minute
            self.set_fill_color(31, 82, 51)
            self.polygon([(22, 12), (32.5, 12), (32.5, 20.5), (27.2, 24.7), (22, 20.5)], style="F")
            self.set_fill_color(242, 204, 51)
            self.rect(24.8, 14.5, 5, 4.2, "F")
            self.set_xy(36, 12)
            self.set_font("Helvetica", "B", 16)
            self.cell(90, 7, "COMUNE DI CAPRAROLA")
            self.set_xy(36, 19)
            self.set_font("Helvetica", "", 9.5)
            self.cell(90, 5, "Provincia di Viterbo")
            self.set_font("Helvetica", "", 7.5)
            self.set_xy(123, 13)
            self.cell(65, 4, "01032 Caprarola (VT) - tel. 0761 649001")
            self.set_xy(123, 17)
            self.cell(65, 4, "www.comune.caprarola.vt.it - PEC istituzionale")
            self.set_draw_color(31, 82, 51)
            self.set_line_width(0.5)
            self.line(22, 27, 188, 27)
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.set_y(32)
        else:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, f"Comune di Caprarola - {NUM} - Area Economico-Finanziaria", border="B",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005", align="L")
        self.cell(0, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")


pdf = P(format="A4")
pdf.set_creator("Sicraweb - Determinazioni")
pdf.set_title(NUM)
pdf.set_margins(22, 14, 22)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
# grid: labels over values
pdf.set_fill_color(235, 235, 235)
x0, y0 = 22, pdf.get_y()
cells = (("Area", "AREA ECONOMICO-FINANZIARIA", 70), ("Registro Generale N.", "12", 32), ("del", "15/01/2027", 32),
         ("Registro di Area N.", "2", 32))
x = x0
for lab, val, w in cells:
    pdf.rect(x, y0, w, 13, "DF")
    pdf.set_xy(x + 1.5, y0 + 1)
    pdf.set_font("Helvetica", "", 7)
    pdf.cell(w - 3, 3.5, lab)
    pdf.set_xy(x + 1.5, y0 + 6)
    pdf.set_font("Helvetica", "B", 9.5 if w == 70 else 11)
    pdf.cell(w - 3, 5.5, val, align="L" if w == 70 else "C")
    x += w
pdf.set_xy(22, y0 + 15)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 5, "Servizio Tributi e Entrate Comunali                Proposta n. 18 del 13/01/2027", new_x="LMARGIN",
         new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(20, 5.5, "Oggetto:")
pdf.set_xy(42, y)
pdf.multi_cell(146, 5.5, "Affidamento diretto del servizio di stampa, imbustamento e postalizzazione degli avvisi di "
               "pagamento TARI 2027 - Determina a contrarre e impegno di spesa - CIG B6A2F45D18.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.line(22, pdf.get_y(), 188, pdf.get_y())
pdf.ln(5)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def par(t, after=2.2):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


for t in [
    "Visto il decreto del Sindaco n. 1 del 04/01/2027, con il quale al sottoscritto sono state attribuite le funzioni "
    "di Responsabile dell'Area Economico-Finanziaria ai sensi dell'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
    "Premesso che la deliberazione del Consiglio Comunale n. 41 del 30/12/2026 ha approvato le tariffe della tassa sui "
    "rifiuti (TARI) per l'anno 2027, stabilendo la riscossione in tre rate con scadenza 30 aprile, 31 luglio e 30 "
    "novembre 2027;",
    "Considerato che occorre provvedere alla stampa, all'imbustamento e alla postalizzazione di circa 3.650 avvisi di "
    "pagamento con i relativi modelli pagoPA, e che l'Ente non dispone delle attrezzature necessarie;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi "
    "di importo inferiore a euro 140.000,00, anche senza consultazione di più operatori economici;",
    "Vista l'offerta presentata sulla piattaforma di approvvigionamento digitale dalla ditta Tuscia Print Service S.r.l., "
    "con sede in Viterbo, per un importo di euro 4.980,00 oltre IVA, comprensivo delle spese postali, ritenuta congrua "
    "rispetto ai prezzi di mercato;",
    "Dato atto che si opera in esercizio provvisorio ai sensi dell'art. 163 del D.Lgs. n. 267/2000 e che la spesa non è "
    "frazionabile in dodicesimi, essendo necessaria per assicurare la regolare riscossione delle entrate;",
    "Accertata la regolarità contributiva della ditta e verificata l'assenza di conflitti di interesse ai sensi "
    "dell'art. 16 del D.Lgs. n. 36/2023;",
]:
    par(t)
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pts = [
    "di richiamare la premessa quale parte integrante e sostanziale del presente provvedimento;",
    "di affidare alla ditta Tuscia Print Service S.r.l., con sede in Viterbo, il servizio di stampa, imbustamento e "
    "postalizzazione degli avvisi di pagamento TARI 2027, per l'importo di euro 4.980,00 oltre IVA al 22%;",
    "di impegnare la somma complessiva di euro 6.075,60 al capitolo 1046/2 \"Spese per la riscossione dei tributi\" "
    "del bilancio di previsione 2027/2029, esercizio 2027;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "Trasparente - Bandi di gara e contratti\".",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("Helvetica", "", 10)
    y = pdf.get_y()
    pdf.cell(8, 5.2, f"{i}.")
    pdf.set_xy(30, y)
    pdf.multi_cell(158, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Helvetica", "B", 9.5)
pdf.multi_cell(78, 5, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "", 10)
pdf.cell(78, 6, "Dott. Massimo Ceccarelli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.8, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. "
               "n. 267/2000. Impegno n. 44/2027 - Capitolo 1046/2 - Importo euro 6.075,60. Caprarola, 15/01/2027. "
               "Il Responsabile del Servizio Finanziario Dott. Massimo Ceccarelli", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
