#!/usr/bin/env python3
"""Comune di Montefalcone Appennino -- "Halley" house style, fpdf2.

Giunta n. 43/2027: the same letterhead, number/date box and Oggetto box as
the ReportLab minutes, typed through fpdf2 with justified core-font text
(fpdf2 justifies with word spacing) and the running foot with the number.
"""
import sys, os
import fpdf
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
NUM, DATA = 43, "15-07-2027"


class Halley(FPDF):
    def header(self):
        if self.page_no() == 1:
            # shield
            self.set_draw_color(29, 63, 115)
            self.set_fill_color(223, 232, 245)
            self.set_line_width(0.4)
            self.polygon([(20, 17), (36, 17), (36, 29), (28, 37), (20, 29)], style="DF")
            self.set_fill_color(29, 63, 115)
            self.polygon([(22, 30), (25, 24), (28, 28), (31, 22), (34, 30)], style="F")
            self.set_xy(41, 18)
            self.set_text_color(29, 63, 115)
            self.set_font("Helvetica", "B", 16)
            self.cell(0, 7, "COMUNE DI MONTEFALCONE APPENNINO")
            self.set_text_color(0)
            self.set_xy(41, 25.5)
            self.set_font("Helvetica", "", 10.5)
            self.cell(0, 5, "Provincia di Fermo")
            self.set_xy(41, 31)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, "Piazza Umberto I, 1 - 63855 Montefalcone Appennino (FM) - Tel. 0734 79121 - "
                            "PEC: comune.montefalconeappennino@pec.it")
            self.set_draw_color(29, 63, 115)
            self.set_line_width(0.3)
            self.line(20, 40, 190, 40)
            self.set_draw_color(0)
            self.set_xy(164, 11)
            self.set_font("Helvetica", "B", 11)
            self.cell(26, 7, "COPIA", border=1, align="C")
            self.set_y(46)
        else:
            self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0)
        self.set_line_width(0.15)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 5, "Delibera di Giunta n. %d del %s  -  Pag. %d  -  COMUNE DI MONTEFALCONE APPENNINO"
                  % (NUM, DATA, self.page_no()))


pdf = Halley(format="A4")
pdf.set_margins(22, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Deliberazione della Giunta Comunale n. %d del %s" % (NUM, DATA))
pdf.set_author("Comune di Montefalcone Appennino")
pdf.set_creator("Halley Informatica - Atti Amministrativi")
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.FPDF_VERSION)
pdf.add_page()

pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 7, "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_x(60)
pdf.set_font("Helvetica", "", 10)
pdf.cell(40, 7, "Numero  ", border=1)
pdf.set_x(75)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 7, str(NUM))
pdf.set_x(100)
pdf.set_font("Helvetica", "", 10)
pdf.cell(50, 7, "Del  ", border=1)
pdf.set_x(110)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 7, DATA, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

SUBJECT = ("VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI DELL'ART. 175, "
           "COMMA 4, DEL D.LGS. N. 267/2000 - INTERVENTI DI SOMMA URGENZA SULLA STRADA COMUNALE DELLA CROCE")
y0 = pdf.get_y()
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(24, y0 + 2)
pdf.cell(18, 5, "Oggetto:")
pdf.set_xy(42, y0 + 2)
pdf.multi_cell(144, 5, SUBJECT, align="L")
pdf.set_x(42)
pdf.set_font("Helvetica", "", 8.5)
pdf.multi_cell(144, 5, "Proposta di deliberazione n. 51 del 12-07-2027 - Ufficio proponente: AREA FINANZIARIA")
y1 = pdf.get_y() + 2
pdf.rect(22, y0, 168, y1 - y0)
pdf.set_y(y1 + 5)


def P(text, indent=0):
    pdf.set_x(22 + indent)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(168 - indent, 5.6, text, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def C(text):
    pdf.set_font("Times", "B", 12)
    pdf.ln(1)
    pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


P("L'anno **duemilaventisette**, il giorno **quindici** del mese di **luglio**, alle ore **13:00**, nella "
  "Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale.")
P("Sono presenti: il Sindaco Ermanno Vitali, il Vice Sindaco Laura Corradini e l'Assessore Giuseppe "
  "Temperini. Nessun assente.")
P("Presiede la seduta il Sindaco Ermanno Vitali. Assiste e verbalizza il Segretario Comunale "
  "dott.ssa Marisa Alessandrini.")
P("Il Presidente, riconosciuta la validità dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.")
C("LA GIUNTA COMUNALE")
P("**Premesso** che nella notte tra il 9 e il 10 luglio 2027 un violento nubifragio ha provocato il cedimento "
  "di un tratto di circa quaranta metri della scarpata di valle della strada comunale della Croce, con "
  "conseguente interruzione del transito verso le frazioni di Sant'Antonio e Coste;")
P("**Dato atto** che con verbale di somma urgenza del 10-07-2027, redatto ai sensi dell'art. 140 del D.Lgs. "
  "n. 36/2023, il Responsabile dell'Area Tecnica ha disposto l'immediata esecuzione dei lavori di "
  "consolidamento provvisorio, per un importo stimato di euro 38.500,00 oltre IVA;")
P("**Rilevato** che gli stanziamenti del bilancio di previsione 2027/2029 non sono sufficienti a coprire la "
  "spesa e che l'urgenza non consente di attendere la prossima seduta del Consiglio Comunale;")
P("**Visto** l'art. 175, comma 4, del D.Lgs. n. 267/2000, secondo il quale le variazioni di bilancio possono "
  "essere adottate dall'organo esecutivo in via d'urgenza, salvo ratifica, a pena di decadenza, da parte "
  "dell'organo consiliare entro i sessanta giorni seguenti;")
P("**Acquisiti** i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
  "D.Lgs. n. 267/2000 dal Responsabile dell'Area Finanziaria, nonché il parere dell'Organo di revisione "
  "(verbale n. 8 del 13-07-2027);")
P("Con voti favorevoli unanimi, espressi in forma palese;")
C("DELIBERA")
for t in [
    "1. di apportare al bilancio di previsione finanziario 2027/2029, in via d'urgenza, le variazioni di "
    "competenza e di cassa riportate nel prospetto allegato sotto la lettera A), per complessivi euro 47.000,00;",
    "2. di finanziare la maggiore spesa mediante applicazione di una quota di euro 47.000,00 dell'avanzo di "
    "amministrazione libero accertato con il rendiconto 2026;",
    "3. di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all'art. 193 "
    "del D.Lgs. n. 267/2000;",
    "4. di sottoporre la presente deliberazione a ratifica del Consiglio Comunale entro sessanta giorni, ai "
    "sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000.",
]:
    P(t, indent=6)
P("Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente "
  "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire la liquidazione "
  "dei lavori di somma urgenza.")

pdf.ln(3)
pdf.set_font("Helvetica", "B", 8.5)
pdf.cell(0, 5, "PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
with pdf.table(col_widths=(95, 73), line_height=4.4, text_align="LEFT", first_row_as_headings=False) as t:
    for a, b in [("Parere di regolarità tecnica: Favorevole.\nData 12-07-2027",
                  "Il Responsabile dell'Area Finanziaria\nF.to Rag. Tiziana Cappelli"),
                 ("Parere di regolarità contabile: Favorevole.\nData 12-07-2027",
                  "Il Responsabile dell'Area Finanziaria\nF.to Rag. Tiziana Cappelli")]:
        r = t.row()
        r.cell(a)
        r.cell(b)
pdf.ln(5)
pdf.set_font("Times", "", 11)
pdf.cell(0, 6, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
y = pdf.get_y()
pdf.set_xy(22, y)
pdf.cell(84, 6, "IL PRESIDENTE", align="C")
pdf.cell(84, 6, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(84, 6, "F.to VITALI ERMANNO", align="C")
pdf.cell(84, 6, "F.to Dott.ssa ALESSANDRINI MARISA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
if pdf.get_y() > 240:
    pdf.add_page()
y0 = pdf.get_y()
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(0, 6, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
for l in ["Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per "
          "quindici giorni consecutivi dal 17-07-2027 al 01-08-2027. N. 334 del Registro delle Pubblicazioni.",
          "La presente deliberazione è stata comunicata ai Capigruppo consiliari con nota prot. n. 2102 del 17-07-2027.",
          "Montefalcone Appennino, lì 17-07-2027        IL SEGRETARIO COMUNALE - F.to Dott.ssa Marisa Alessandrini",
          "ESECUTIVITÀ: la presente deliberazione è divenuta esecutiva il 15-07-2027, perché dichiarata "
          "immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000)."]:
    pdf.set_x(24)
    pdf.multi_cell(164, 4.4, l, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.rect(22, y0, 168, pdf.get_y() - y0 + 1)

pdf.output(os.path.join(OUT, "giunta-montefalconeappennino-halley-43.pdf"))
