# -*- coding: utf-8 -*-
"""B1: Giunta Esecutiva n. 18 of the Comunità Montana del Fortore in its
Halley-like house style, printed with fpdf2 core fonts: justified paragraphs
(fpdf2 spaces the words with Tw), the heading letter-spaced with Tc, a foot
with the act's number on every page.  usage: b1_fpdf.py out.pdf"""
import sys
from fpdf import FPDF
from content import D, GIORNI

d = D["B1"]
out = sys.argv[1]


def hd(iso):
    y, m, dd = iso.split("-")
    return "%s-%s-%s" % (dd, m, y)


class Pdf(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, "Comunità Montana del Fortore - Deliberazione della Giunta Esecutiva n. %d del %s"
                  % (d["number"], hd(d["date"])), align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "DELIBERA DI GIUNTA ESECUTIVA n. %d del %s  -  Pag. %d" % (d["number"], hd(d["date"]), self.page_no()),
                  align="C")


pdf = Pdf(format="A4", unit="mm")
pdf.set_margins(20, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_creator("Halley Informatica - Atti Amministrativi")
pdf.set_title("Delibera G.E. n. %d" % d["number"])
pdf.add_page()
W = pdf.epw
# letterhead (Halley: centred, a seal on the left)
pdf.set_draw_color(60, 60, 60)
pdf.ellipse(22, 16, 19, 19)
pdf.ellipse(24.5, 18.5, 14, 14)
pdf.set_font("Helvetica", "B", 5)
pdf.set_xy(22, 24.3)
pdf.cell(19, 2.5, "C.M. FORTORE", align="C")
pdf.set_xy(20, 16)
pdf.set_font("Helvetica", "B", 15)
pdf.cell(W, 7, "COMUNITÀ MONTANA DEL FORTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(W, 4.5, "(Provincia di Benevento)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 4.5, "Piazza Garibaldi, 1 - 82028 San Bartolomeo in Galdo (BN) - C.F. 80004190625", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Helvetica", "B", 10)
pdf.set_line_width(0.4)
pdf.cell(34, 7, "ORIGINALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 11)
pdf.set_char_spacing(1.6)
pdf.cell(W, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(W, 6, "N. %d del %s" % (d["number"], hd(d["date"])), align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(W, 4.5, "Proposta n. %d del %s - Ufficio proponente: %s" % (d["proposal_number"], hd(d["proposal_date"]),
                                                                    d["proposing_office"]),
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
y0 = pdf.get_y()
pdf.set_font("Helvetica", "B", 10)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(W - 20, 5.5, d["subject"], align="L", new_x="LMARGIN", new_y="NEXT")
pdf.line(20, pdf.get_y() + 1.5, 20 + W, pdf.get_y() + 1.5)
pdf.ln(4)
day = int(d["date"][8:10])
pdf.set_font("Helvetica", "", 10)


def para(t, h=5.2, after=1.6, style=""):
    pdf.set_font("Helvetica", style, 10)
    pdf.multi_cell(W, h, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


para("L'anno duemilaventisette il giorno %s del mese di aprile alle ore %s, nella sede della Comunità Montana, "
     "si è riunita la Giunta Esecutiva convocata nelle forme di legge." % (GIORNI[day], d["time"]))
para("Presiede l'adunanza il Sig. Antonio Palumbo in qualità di Presidente e sono rispettivamente presenti ed assenti "
     "i seguenti sigg.:")
pdf.ln(1)
for r in d["roll"]:
    pdf.set_x(34)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(62, 5.2, r["name"])
    pdf.cell(48, 5.2, r["role"])
    pdf.cell(10, 5.2, "P" if r["present"] else "A", new_x="LMARGIN", new_y="NEXT")
np = sum(r["present"] for r in d["roll"])
pdf.ln(1.5)
pdf.set_x(34)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(60, 5.2, "Presenti   %d" % np)
pdf.cell(60, 5.2, "Assenti   %d" % (len(d["roll"]) - np), new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Partecipa il Segretario Generale Dott. Raffaele Ciampi, con funzioni consultive, referenti e di assistenza.")
para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i presenti "
     "a deliberare sull'oggetto sopra indicato.")
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10.5)
pdf.set_char_spacing(1.2)
pdf.cell(W, 6, "LA GIUNTA ESECUTIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)
for p in d["premesse"]:
    para(p)
pdf.ln(1)
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.4, "PARERE DI REGOLARITÀ TECNICA: Favorevole. Il Responsabile dell'Area Tecnica F.to Ing. Nicola Zullo\n"
               "PARERE DI REGOLARITÀ CONTABILE: Favorevole. Il Responsabile dell'Area Economico-Finanziaria F.to Dott. Mario Lombardi",
               border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para("Con voti unanimi favorevoli, resi nelle forme di legge,")
pdf.set_font("Helvetica", "B", 10.5)
pdf.set_char_spacing(1.2)
pdf.cell(W, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)
for i, p in enumerate(d["points"], 1):
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(8, 5.2, "%d." % i)
    pdf.multi_cell(W - 8, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
para("Successivamente, stante l'urgenza di dare avvio alle procedure di affidamento, con separata votazione unanime, "
     "la Giunta Esecutiva dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
     "comma 4, del D.Lgs. n. 267/2000.")
pdf.ln(4)
if pdf.get_y() > 230:
    pdf.add_page()
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(W, 5, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(W / 2, 5, "IL PRESIDENTE", align="C")
pdf.cell(W / 2, 5, "IL SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(W / 2, 5, "F.to Sig. Antonio Palumbo", align="C")
pdf.cell(W / 2, 5, "F.to Dott. Raffaele Ciampi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(W, 5, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(W, 4.4, "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
               "della Comunità Montana per quindici giorni consecutivi dal 14-04-2027, Reg. Pubbl. n. 201.\n"
               "San Bartolomeo in Galdo, lì 14-04-2027                                          "
               "IL RESPONSABILE DELLA PUBBLICAZIONE F.to Sig. Gennaro Pilla", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
