# -*- coding: utf-8 -*-
"""B1: Cavriglia, Giunta n. 15 - fpdf2 with core Times fonts, roll table
whose marks are Sì / No, justified paragraphs (multi_cell align J)."""
import sys
from fpdf import FPDF
from data import B1, it_date, words_date

act = B1
ref = "Delibera G.C. n. %d del %s" % (act["number"], it_date(act["date"]))


class Doc(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0)
        self.line(21, self.get_y() - 1, 189, self.get_y() - 1)
        self.set_font("Times", "I", 8.5)
        self.cell(84, 5, ref, align="L")
        self.cell(84, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(21, 18, 21)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("CiviliaNext - Atti Amministrativi")
pdf.set_title("Delibera di Giunta 15/2027")
pdf.alias_nb_pages()
pdf.add_page()
# crest
cx = 105
pdf.set_line_width(0.4)
pdf.line(cx - 5.6, 12, cx + 5.6, 12)
pdf.line(cx - 5.6, 12, cx - 5.6, 20)
pdf.line(cx + 5.6, 12, cx + 5.6, 20)
pdf.line(cx - 5.6, 20, cx, 25.5)
pdf.line(cx + 5.6, 20, cx, 25.5)
pdf.line(cx, 12.5, cx, 25)
pdf.line(cx - 5, 16.5, cx + 5, 16.5)
pdf.set_y(28)
pdf.set_font("Times", "B", 16)
pdf.cell(0, 7, "COMUNE DI CAVRIGLIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 11)
pdf.cell(0, 5.5, "Provincia di Arezzo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
y = pdf.get_y()
pdf.set_line_width(0.3)
pdf.rect(21, y, 116, 14)
pdf.rect(137, y, 52, 14)
pdf.set_xy(24, y + 2)
pdf.set_font("Times", "B", 12)
pdf.cell(110, 5.5, "DELIBERAZIONE DELLA GIUNTA COMUNALE")
pdf.set_xy(24, y + 7.5)
pdf.set_font("Times", "I", 10)
pdf.cell(110, 5, "Originale")
pdf.set_xy(140, y + 2)
pdf.set_font("Times", "B", 12)
pdf.cell(46, 5.5, "N. %d" % act["number"])
pdf.set_xy(140, y + 7.5)
pdf.set_font("Times", "", 11)
pdf.cell(46, 5, "del %s" % it_date(act["date"]))
pdf.set_xy(21, y + 14)
pdf.set_font("Times", "", 9.5)
pdf.cell(168, 6, "  Proposta n. %d del %s  -  Settore proponente: %s" % (
    act["proposal_number"], it_date(act["proposal_date"]), act["proposing_office"]), border=1,
    new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y()
pdf.set_xy(23, y + 2)
pdf.set_font("Times", "B", 11)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(47, y + 2)
pdf.multi_cell(140, 5.5, act["subject"], align="L")
y2 = pdf.get_y() + 2
pdf.rect(21, y, 168, y2 - y)
pdf.set_y(y2 + 5)

day, month = words_date(act["date"])
pdf.set_font("Times", "", 11)
pdf.multi_cell(0, 5.6, "L'anno duemilaventisette, addì %s del mese di %s, alle ore %s, nella "
               "Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale "
               "con l'intervento dei Signori:" % (day, month, act["time"].replace(":", ".")),
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
# roll table
pdf.set_x(36)
pdf.set_font("Times", "B", 10.5)
pdf.set_fill_color(225)
pdf.cell(62, 6.5, "Cognome e Nome", border=1, fill=True)
pdf.cell(42, 6.5, "Carica", border=1, fill=True)
pdf.cell(30, 6.5, "Presente", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
for n, r, m in act["roll"]:
    pdf.set_x(36)
    pdf.cell(62, 6, n, border=1)
    pdf.cell(42, 6, r, border=1)
    pdf.cell(30, 6, m, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pres = sum(1 for r in act["roll"] if r[2] == "Sì")
pdf.set_x(36)
pdf.set_font("Times", "B", 10.5)
pdf.cell(104, 6, "Totale presenti / assenti", border=1)
pdf.cell(30, 6, "%d / %d" % (pres, len(act["roll"]) - pres), border=1, align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
p, s = act["president"], act["secretary"]
pdf.set_font("Times", "", 11)
pdf.multi_cell(0, 5.6, "Presiede il %s %s. Partecipa il %s %s %s, incaricato della redazione del "
               "verbale. Il Presidente, constatato il numero legale degli intervenuti, dichiara "
               "aperta la riunione e invita i convenuti a deliberare sull'oggetto sopra indicato."
               % (p["role"], p["name"], s["role"], s["title"], s["name"]),
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
for prem in act["premessa"]:
    pdf.multi_cell(0, 5.6, prem, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.multi_cell(0, 5.6, "Con voti unanimi e favorevoli, espressi in forma palese,", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 8, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
for i, pt in enumerate(act["points"]):
    y = pdf.get_y()
    pdf.set_x(21)
    pdf.cell(8, 5.6, "%d." % (i + 1))
    pdf.set_xy(29, y)
    pdf.multi_cell(160, 5.6, pt, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(1)
pdf.multi_cell(0, 5.6, "Inoltre, stante l'urgenza di provvedere, con separata votazione "
               "unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile, ai "
               "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
if pdf.get_y() > 235:
    pdf.add_page()
pdf.cell(0, 6, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("Times", "B", 10.5)
pdf.set_xy(30, y)
pdf.cell(70, 5.5, "IL PRESIDENTE")
pdf.set_xy(120, y)
pdf.cell(70, 5.5, "IL SEGRETARIO COMUNALE")
pdf.set_font("Times", "", 11)
pdf.set_xy(30, y + 6)
pdf.cell(70, 5.5, p["name"])
pdf.set_xy(120, y + 6)
pdf.cell(70, 5.5, "%s %s" % (s["title"], s["name"]))
pdf.set_font("Times", "I", 9)
pdf.set_xy(30, y + 12)
pdf.cell(70, 5, "(firmato digitalmente)")
pdf.set_xy(120, y + 12)
pdf.cell(70, 5, "(firmato digitalmente)")
pdf.set_y(y + 24)
# certificate of publication
d, reg = act["pub"]
pdf.set_font("Times", "B", 10.5)
pdf.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10)
pdf.multi_cell(0, 5, "La presente deliberazione è pubblicata all'Albo Pretorio on line dal %s "
               "per quindici giorni consecutivi, con numero di registro %d, ed è contestualmente "
               "comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000."
               % (it_date(d), reg), align="J", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
