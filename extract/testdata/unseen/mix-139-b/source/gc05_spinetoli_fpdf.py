#!/usr/bin/env python3
"""Giunta Comunale di Spinetoli, deliberazione n. 5 del 22.01.2029 (PIAO): fpdf2,
core Helvetica (cp1252), horizontal roll grid and a table of the vote."""
import sys
from fpdf import FPDF

out = sys.argv[1]


class P(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 15)
        self.cell(0, 7, "COMUNE DI SPINETOLI", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, "Provincia di Ascoli Piceno", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.5)
        self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, "Atto di Giunta Comunale n. 5 del 22.01.2029 - pagina %d di {nb}" % self.page_no(), align="C")


pdf = P(format="A4")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_creator("J-Iride - Modulo Atti")
pdf.set_title("Deliberazione G.C. n. 5/2029")
pdf.add_page()


def txt(s, size=10, style="", h=5.0, align="J", after=1.6):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(0, h, s, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("Helvetica", "B", 8)
pdf.cell(0, 4, "ORIGINALE", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 6, "Atto n. 5 - Seduta del 22.01.2029", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_fill_color(235, 235, 235)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(22, 6, "OGGETTO:", fill=True)
pdf.multi_cell(0, 6, "Approvazione del Piano Integrato di Attività e Organizzazione (PIAO) 2029-2031.", fill=True,
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
txt("L'anno duemilaventinove il giorno ventidue del mese di gennaio alle ore 12:30 nella sala delle riunioni "
    "della Residenza Municipale, convocata dal Sindaco, si è riunita la Giunta Comunale. Risultano:")

names = ["CAMELI ROBERTO", "VALLORANI SABRINA", "TRAINI MATTEO", "CAPRIOTTI LAURA", "PIGNOTTI EMIDIO"]
roles = ["Sindaco", "Vice Sindaco", "Assessore", "Assessore", "Assessore"]
w = 34
pdf.set_font("Helvetica", "B", 8.5)
for n in names:
    pdf.cell(w, 6, n, border=1, align="C")
pdf.ln(6)
pdf.set_font("Helvetica", "", 8.5)
for r in roles:
    pdf.cell(w, 5.5, r, border=1, align="C")
pdf.ln(5.5)
for _ in names:
    pdf.cell(w, 5.5, "Presente", border=1, align="C")
pdf.ln(8)
txt("Presenti n. 5 - Assenti n. 0", size=9, align="R")
txt("Presiede la seduta il Sig. Roberto Cameli - Sindaco. Partecipa il Segretario Comunale Dott.ssa Elisa "
    "Voltattorni, che cura la verbalizzazione.")
txt("Proposta n. 6 del 17.01.2029 - Area proponente: Area Amministrativa", size=8.5, style="I")

txt("LA GIUNTA COMUNALE", style="B", align="C")
for s in [
    "Visto l'art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla Legge 6 agosto 2021, n. 113, che ha introdotto "
    "il Piano Integrato di Attività e Organizzazione (PIAO), da adottarsi entro il 31 gennaio di ogni anno;",
    "Visto il D.M. 30 giugno 2022, n. 132, e in particolare l'art. 6, che prevede modalità semplificate per le "
    "amministrazioni con meno di cinquanta dipendenti;",
    "Dato atto che il Comune di Spinetoli ha in servizio alla data del 31/12/2028 n. 27 dipendenti e che pertanto "
    "può adottare il PIAO in forma semplificata;",
    "Esaminato lo schema di PIAO 2029-2031 predisposto dal Segretario Comunale con la collaborazione dei "
    "Responsabili di Area, articolato nelle sezioni Valore pubblico, performance e anticorruzione, Organizzazione "
    "e capitale umano, Monitoraggio;",
    "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Con votazione palese che dà il seguente esito:",
]:
    txt(s)
heads = ["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"]
vals = ["5", "5", "5", "0", "0"]
pdf.set_x(35)
pdf.set_font("Helvetica", "B", 9)
for hh in heads:
    pdf.cell(28, 5.5, hh, border=1, align="C")
pdf.ln(5.5)
pdf.set_x(35)
pdf.set_font("Helvetica", "", 9)
for v in vals:
    pdf.cell(28, 5.5, v, border=1, align="C")
pdf.ln(8)
txt("DELIBERA", style="B", align="C")
for n, s in enumerate([
    "Di approvare il Piano Integrato di Attività e Organizzazione (PIAO) 2029-2031 del Comune di Spinetoli, "
    "allegato alla presente deliberazione quale parte integrante e sostanziale.",
    "Di disporre la pubblicazione del PIAO nella sezione \"Amministrazione trasparente\" del sito istituzionale e "
    "la sua trasmissione al Dipartimento della Funzione Pubblica mediante il portale dedicato.",
    "Di trasmettere copia del presente atto ai Responsabili di Area e all'Organismo di Valutazione.",
], 1):
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(7, 5, "%d." % n)
    pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)
txt("Con successiva votazione, con il medesimo esito, la Giunta Comunale dichiara la presente deliberazione "
    "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(6)
pdf.set_font("Helvetica", "", 9.5)
y = pdf.get_y()
pdf.set_xy(20, y)
pdf.multi_cell(80, 5, "IL SINDACO\nRoberto Cameli\n(firmato digitalmente)", align="C")
pdf.set_xy(110, y)
pdf.multi_cell(80, 5, "IL SEGRETARIO COMUNALE\nDott.ssa Elisa Voltattorni\n(firmato digitalmente)", align="C")
pdf.output(out)
