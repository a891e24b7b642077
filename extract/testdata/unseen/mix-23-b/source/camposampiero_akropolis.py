#!/usr/bin/env python3
"""Determinazione, Comune di Camposampiero, in the layout of an Akropolis
'Atti' print: fpdf2, register box in the top right corner, dash bullets."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "out.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_font("serif", "", 6)
        self.set_xy(15, 10)
        self.cell(16, 18, "[stemma]", border=1, align="C")
        self.set_xy(34, 11)
        self.set_font("serif", "B", 14)
        self.cell(100, 7, "COMUNE DI CAMPOSAMPIERO")
        self.set_xy(34, 18)
        self.set_font("serif", "I", 9)
        self.cell(100, 5, "Provincia di Padova")
        self.set_xy(34, 23)
        self.set_font("serif", "", 7.5)
        self.cell(100, 4, "Piazza Castello, 35 – 35012 Camposampiero (PD) – tel. 049 9315211")
        # register box
        self.set_xy(140, 10)
        self.set_font("sans", "B", 7.5)
        self.cell(55, 5, "REGISTRO GENERALE", border=1, align="C", fill=True)
        self.set_xy(140, 15)
        self.set_font("sans", "", 9)
        self.cell(55, 6, "N. 198 del 12/05/2026", border=1, align="C")
        self.set_xy(140, 22)
        self.set_font("sans", "B", 7.5)
        self.cell(55, 5, "REGISTRO DI SETTORE", border=1, align="C", fill=True)
        self.set_xy(140, 27)
        self.set_font("sans", "", 9)
        self.cell(55, 6, "N. 34 del 11/05/2026", border=1, align="C")
        self.set_line_width(0.4)
        self.line(15, 36, 195, 36)
        self.set_y(40)

    def footer(self):
        self.set_y(-13)
        self.set_font("sans", "", 6.5)
        self.cell(120, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Akropolis Atti", align="L")
        self.cell(60, 4, f"pag. {self.page_no()}/{{nb}}", align="R")


pdf = P(format="A4")
pdf.add_font("serif", "", DV + "DejaVuSerif.ttf")
pdf.add_font("serif", "B", DV + "DejaVuSerif-Bold.ttf")
pdf.add_font("serif", "I", DV + "DejaVuSerif-Italic.ttf")
pdf.add_font("sans", "", DV + "DejaVuSans.ttf")
pdf.add_font("sans", "B", DV + "DejaVuSans-Bold.ttf")
pdf.set_fill_color(235, 235, 235)
pdf.set_margins(15, 40, 15)
pdf.set_auto_page_break(True, 18)
pdf.set_title("Determinazione n. 198 del 12/05/2026")
pdf.set_creator("Akropolis Atti")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("serif", "B", 10)
pdf.cell(0, 6, "SETTORE II – ECONOMICO FINANZIARIO E TRIBUTI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "", 9)
pdf.cell(0, 5, "Ufficio Tributi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("serif", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

subject = ("Rimborso di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2024 "
           "a favore di contribuenti vari. Impegno e liquidazione della spesa.")
pdf.set_font("serif", "B", 10)
y = pdf.get_y()
pdf.set_x(15)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(37, y)
pdf.multi_cell(158, 5.5, subject, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

def para(t, bold=False, align="J"):
    pdf.set_font("serif", "B" if bold else "", 9.5)
    pdf.multi_cell(0, 5, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

para("IL RESPONSABILE DEL SETTORE", bold=True, align="C")
for t in [
    "Richiamato il decreto sindacale n. 9 del 02/01/2026 con il quale la sottoscritta è stata nominata Responsabile del Settore II – Economico Finanziario e Tributi, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
    "Vista la deliberazione del Consiglio Comunale n. 58 del 22/12/2025, esecutiva, di approvazione del bilancio di previsione 2026/2028;",
    "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del pagamento;",
    "Viste le istanze di rimborso presentate dai contribuenti indicati nel prospetto allegato (acquisite ai protocolli nn. 3381, 4025, 4470, 5102 e 5589 del 2026), relative a versamenti IMU eseguiti in misura superiore al dovuto o per immobili non soggetti all'imposta per l'anno 2024;",
    "Accertato, a seguito dell'istruttoria dell'Ufficio Tributi e delle verifiche catastali, che le somme richieste risultano effettivamente non dovute per complessivi € 3.418,00, oltre interessi legali per € 96,37, e così per un totale di € 3.514,37;",
    "Dato atto che, ai sensi del Regolamento UE 2016/679, i dati identificativi dei beneficiari sono riportati nel solo prospetto allegato, conservato agli atti e non soggetto a pubblicazione;",
]:
    para(t)
para("D E T E R M I N A", bold=True, align="C")
for t in [
    "di disporre, per le motivazioni espresse in premessa, il rimborso dell'IMU versata e non dovuta per l'anno 2024 a favore dei contribuenti indicati nel prospetto allegato, per l'importo complessivo di € 3.514,37, comprensivo degli interessi legali;",
    "di impegnare la spesa di € 3.514,37 alla Missione 1, Programma 4, Capitolo 1390 \"Rimborsi di tributi comunali\" del bilancio 2026/2028, esercizio 2026;",
    "di liquidare le somme ai singoli contribuenti mediante accredito sul conto corrente da ciascuno indicato nell'istanza;",
    "di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.",
]:
    pdf.set_font("serif", "", 9.5)
    pdf.set_x(15)
    pdf.cell(6, 5, "–")
    pdf.multi_cell(174, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(5)
pdf.set_font("serif", "", 9.5)
pdf.cell(90, 5, "Camposampiero, 11/05/2026")
pdf.cell(90, 5, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(90, 5, "")
pdf.cell(90, 5, "dott.ssa Michela Zanon", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("sans", "B", 8)
pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 8)
pdf.multi_cell(0, 4.5,
    "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa (impegno n. 811/2026, "
    "Capitolo 1390, € 3.514,37). Camposampiero, 12/05/2026 – Il Responsabile del Servizio Finanziario – dott.ssa Michela Zanon",
    border=1, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
if pdf.get_y() > 250:
    pdf.add_page()
pdf.set_font("sans", "B", 8)
pdf.cell(0, 6, "PUBBLICAZIONE", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 8)
pdf.multi_cell(0, 4.5,
    "Copia della presente determinazione è pubblicata all'Albo Pretorio on line per 15 giorni consecutivi "
    "dal 13/05/2026 (Reg. Pubbl. n. 1133).",
    border=1, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
