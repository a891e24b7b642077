#!/usr/bin/env python3
"""Caselle Torinese, Giunta Comunale n. 11 del 23/01/2029: fpdf2, Sicraweb-like
model; who presided and who took the minutes is printed only in the signatures."""
import sys
from fpdf import FPDF
from fpdf.enums import Align

out = sys.argv[1]
LIB = "/usr/share/fonts/truetype/liberation/"


class P(FPDF):
    def header(self):
        self.set_draw_color(0)
        self.set_line_width(0.5)
        x, y = 20, 12
        self.polygon([(x, y), (x + 12, y), (x + 12, y + 9), (x + 6, y + 16), (x, y + 9)], style="D")
        self.line(x, y + 5, x + 12, y + 5)
        self.set_xy(36, 12.5)
        self.set_font("LS", "B", 15)
        self.cell(0, 7, "COMUNE DI CASELLE TORINESE")
        self.set_xy(36, 19.5)
        self.set_font("LS", "", 9.5)
        self.cell(0, 5, "Città Metropolitana di Torino")
        self.set_line_width(0.4)
        self.line(20, 31, 190, 31)
        self.set_y(36)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.cell(85, 5, "Deliberazione della Giunta Comunale n. 11 del 23/01/2029")
        self.cell(85, 5, "Pag. %d/{nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_creator("Sicraweb - Atti Amministrativi")
pdf.set_title("Deliberazione G.C. n. 11 del 23/01/2029")
pdf.add_font("LS", "", LIB + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", LIB + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", LIB + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_page()

pdf.set_font("LS", "B", 8.5)
pdf.cell(0, 5, "COPIA", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 12.5)
pdf.cell(0, 8, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE N. 11", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y0 = pdf.get_y()
pdf.set_font("LS", "B", 10)
pdf.set_x(22)
pdf.cell(24, 6, "OGGETTO:")
pdf.set_xy(46, y0 + 0.6)
pdf.multi_cell(141, 5.2, "ASSEGNAZIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER "
               "LA STAGIONE SPORTIVA 2028/2029", align="L", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y() + 1.5
pdf.rect(20, y0 - 1.5, 170, y1 - y0 + 1.5)
pdf.set_y(y1 + 5)

pdf.set_font("LS", "", 10)
LH = 5.2


def para(t, **kw):
    pdf.multi_cell(0, LH, t, align="J", new_x="LMARGIN", new_y="NEXT", **kw)
    pdf.ln(1.4)


para("L'anno duemilaventinove, addì ventitré del mese di gennaio, alle ore 12:00, nella solita sala delle riunioni, "
     "regolarmente convocata, si è riunita la Giunta Comunale nelle persone dei Signori:")
roll = [("BOSIO Giuliano", "Sindaco", "Sì"), ("MAINA Cristina", "Vicesindaco", "Sì"), ("DEMARIA Luca", "Assessore", "No"),
        ("GALLO Federica", "Assessore", "Sì"), ("BARBERIS Carlo", "Assessore", "Sì"), ("ROSSETTO Ilaria", "Assessore", "Sì")]
pdf.set_x(35)
pdf.set_font("LS", "B", 9.5)
pdf.set_fill_color(230, 230, 230)
for txt, w in (("Cognome e Nome", 60), ("Carica", 45), ("Presente", 30)):
    pdf.cell(w, 6, txt, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("LS", "", 9.5)
for n, r, p in roll:
    pdf.set_x(35)
    pdf.cell(60, 5.5, " " + n, border=1)
    pdf.cell(45, 5.5, " " + r, border=1)
    pdf.cell(30, 5.5, p, border=1, align="C")
    pdf.ln()
pdf.set_x(35)
pdf.set_font("LS", "B", 9.5)
pdf.cell(135, 6, "Presenti: 5     Assenti: 1", border=1, align="R")
pdf.ln(9)
pdf.set_font("LS", "", 10)
para("Il Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta e invita la Giunta a deliberare "
     "sull'argomento indicato in oggetto.")
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
for s in [
    "Premesso che il Comune riconosce la funzione sociale dello sport dilettantistico e ne sostiene la pratica, in "
    "particolare da parte dei giovani, ai sensi del vigente Regolamento comunale per la concessione di contributi e "
    "vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 18 del 29/04/2019;",
    "Dato atto che, a seguito dell'avviso pubblicato dal 14/10/2028 al 15/11/2028, sono pervenute n. 9 istanze di "
    "contributo ordinario da parte di associazioni sportive dilettantistiche aventi sede nel territorio comunale, "
    "tutte ammissibili come da istruttoria del Servizio Sport e Tempo Libero in data 10/01/2029;",
    "Ritenuto di ripartire lo stanziamento complessivo di euro 18.000,00 secondo i criteri di cui all'art. 7 del "
    "Regolamento (numero di tesserati under 18, attività agonistica, utilizzo di impianti propri), come risulta dal "
    "prospetto allegato sotto la lettera A);",
    "Visti il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
    "Acquisiti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Responsabile dell'Area "
    "Servizi alla Persona, in ordine alla regolarità tecnica, e dal Responsabile dell'Area Economico-Finanziaria, in "
    "ordine alla regolarità contabile;",
    "Con voti unanimi, resi in forma palese,",
]:
    para(s)
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 10)
for i, s in enumerate([
    "di assegnare i contributi ordinari per la stagione sportiva 2028/2029 alle associazioni sportive dilettantistiche "
    "indicate nel prospetto allegato sotto la lettera A), per un importo complessivo di euro 18.000,00;",
    "di demandare al Responsabile dell'Area Servizi alla Persona l'assunzione dell'impegno di spesa e la successiva "
    "liquidazione, previa presentazione del rendiconto dell'attività svolta;",
    "di dare atto che i contributi di cui al presente atto saranno pubblicati ai sensi degli artt. 26 e 27 del "
    "D.Lgs. 14 marzo 2013, n. 33.",
], 1):
    pdf.set_x(20)
    pdf.cell(8, LH, "%d)" % i)
    pdf.multi_cell(0, LH, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
para("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata immediatamente "
     "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
pdf.ln(3)
if pdf.get_y() > 235:
    pdf.add_page()
para("Letto, confermato e sottoscritto.")
pdf.ln(2)
pdf.set_font("LS", "B", 9.5)
pdf.cell(85, 5, "IL PRESIDENTE", align="C")
pdf.cell(85, 5, "IL SEGRETARIO GENERALE A SCAVALCO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
pdf.cell(85, 5, "f.to BOSIO Giuliano", align="C")
pdf.cell(85, 5, "f.to PASTORE Dott.ssa Giovanna", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "B", 9)
pdf.cell(0, 5, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.6, "Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune per quindici "
               "giorni consecutivi dal 25/01/2029 ed è contestualmente comunicata ai Capigruppo consiliari ai sensi "
               "dell'art. 125 del D.Lgs. n. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(85, 5, "")
pdf.cell(85, 5, "IL FUNZIONARIO INCARICATO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(85, 5, "")
pdf.cell(85, 5, "f.to Marisa Capello", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
