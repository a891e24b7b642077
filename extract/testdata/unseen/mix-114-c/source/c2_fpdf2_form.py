# -*- coding: utf-8 -*-
"""C2: Boscoreale, Giunta n. 24 - a pre-printed minute model whose blanks are
runs of underscores, filled by typing the values over them (Courier over
Helvetica), as the office's model is printed and completed; fpdf2."""
import sys
from fpdf import FPDF
from data import C2, it_date, words_date

a = C2
day, month = words_date(a["date"])


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7.5)
        self.cell(90, 4, "Mod. DEL-GC/01 (Halley - modello verbale Giunta)")
        self.cell(0, 4, "Delibera G.C. n. %d del %s - pag. %d/{nb}" % (
            a["number"], it_date(a["date"]), self.page_no()), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_creator("Halley Informatica - Atti (modello)")
pdf.set_title("Delibera G.C. 24/2027")
pdf.add_page()
LH = 6.6


def blank(label, n_us, value, vx_off=1.5, lf="Helvetica", ls=10.5, end=False):
    """Print label then a run of underscores; type value over the run."""
    pdf.set_font(lf, "", ls)
    if label:
        pdf.cell(pdf.get_string_width(label) + 1, LH, label)
    x = pdf.get_x()
    us = "_" * n_us
    w = pdf.get_string_width(us)
    pdf.cell(w + 1, LH, us)
    after = pdf.get_x()
    if value:
        pdf.set_font("Courier", "B", 10.5)
        pdf.set_xy(x + vx_off, pdf.get_y() - 0.8)
        pdf.cell(w, LH, value)
        pdf.set_xy(after, pdf.get_y() + 0.8)
    pdf.set_font(lf, "", ls)
    if end:
        pdf.ln(LH)


# letterhead of the model
pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 7, "COMUNE DI BOSCOREALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Città Metropolitana di Napoli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Settore I - Affari Generali - Ufficio Segreteria", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 5, "COPIA", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 12.5)
pdf.cell(0, 8, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
blank("N. ", 8, str(a["number"]))
blank("   del ", 14, it_date(a["date"]), end=True)
blank("Proposta n. ", 6, str(a["proposal_number"]), ls=9.5)
blank(" del ", 12, it_date(a["proposal_date"]), ls=9.5, end=True)
blank("Settore proponente ", 52, a["proposing_office"], ls=9.5, end=True)
pdf.ln(2)
# OGGETTO: three underscored lines, the subject typed over them
pdf.set_font("Helvetica", "B", 10.5)
y0 = pdf.get_y()
pdf.cell(22, LH, "OGGETTO:")
pdf.set_font("Helvetica", "", 10.5)
for i in range(3):
    pdf.set_xy(42, y0 + i * LH)
    pdf.cell(148, LH, "_" * 72)
pdf.set_font("Courier", "B", 10.5)
pdf.set_xy(43, y0 - 0.8)
pdf.multi_cell(146, LH, a["subject"], align="L")
pdf.set_y(y0 + 3 * LH + 3)

pdf.set_font("Helvetica", "", 10.5)
blank("L'anno duemilaventisette il giorno ", 10, day)
blank(" del mese di ", 14, month)
blank(" alle ore ", 7, a["time"].replace(":", ","), end=True)
pdf.multi_cell(0, LH, "nella sala delle adunanze della Casa Comunale si è riunita la Giunta "
               "Comunale, convocata nelle forme di legge, nelle persone dei Signori:",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for n, r, m in a["roll"]:
    pdf.set_x(24)
    blank("", 30, n)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(34, LH, "  " + r)
    blank("", 14, m, end=True)
pres = sum(1 for r in a["roll"] if r[2] == "Presente")
pdf.set_x(24)
blank("Presenti n. ", 4, str(pres))
blank("      Assenti n. ", 4, str(len(a["roll"]) - pres), end=True)
pdf.ln(1)
p, s = a["president"], a["secretary"]
blank("Presiede ", 30, "%s %s" % (p["title"], p["name"]))
blank(" nella qualità di ", 16, p["role"], end=True)
blank("Partecipa il Segretario Generale ", 30, "%s %s" % (s["title"], s["name"]), end=True)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(0, LH, "Il Presidente, constatato il numero legale, dichiara aperta la seduta e "
               "invita la Giunta a deliberare sull'argomento in oggetto.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 10)
for t in a["premessa"]:
    pdf.multi_cell(0, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.multi_cell(0, 5, "Con voti unanimi favorevoli, resi in forma palese,", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 8, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Courier", "", 10)
for i, t in enumerate(a["points"]):
    if pdf.will_page_break(16):
        pdf.add_page()
        pdf.set_font("Courier", "", 10)
    y = pdf.get_y()
    pdf.cell(8, 5, "%d." % (i + 1))
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5, t, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)
if pdf.get_y() > 245:
    pdf.add_page()
pdf.set_font("Helvetica", "", 10.5)
# the model's check boxes, one ticked
for mark, text in (("X", "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
                         "D.Lgs. 267/2000, con separata votazione unanime"),
                   ("", "esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3)")):
    x, y = pdf.get_x(), pdf.get_y()
    pdf.rect(x, y + 1.3, 4, 4)
    if mark:
        pdf.set_font("Courier", "B", 10.5)
        pdf.set_xy(x + 0.4, y)
        pdf.cell(4, LH, "X")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(x + 7, y)
    pdf.multi_cell(163, LH, "La presente deliberazione è " + text + ".", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
if pdf.get_y() > 240:
    pdf.add_page()
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, LH, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
y = pdf.get_y()
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(25, y)
pdf.cell(70, LH, "IL PRESIDENTE")
pdf.set_xy(115, y)
pdf.cell(70, LH, "IL SEGRETARIO GENERALE")
pdf.set_xy(25, y + 8)
blank("F.to ", 28, "%s %s" % (p["title"], p["name"]))
pdf.set_xy(115, y + 8)
blank("F.to ", 28, "%s %s" % (s["title"], s["name"]), end=True)
pdf.output(sys.argv[1])
