#!/usr/bin/env python3
"""Comune di Lercara Friddi - Determinazione Area 2, Reg. Gen. n. 95 del 17/02/2027
(Registro di Area n. 14 del 16/02/2027).  The Comune's "Gruppo ADS" house style:
Regione Siciliana over the name, a boxed grid with both register numbers,
letter-spaced DETERMINA (set_char_spacing -> Tc), justified paragraphs with
core fonts (fpdf2 writes Tw word spacing), running head and foot with the
number and "Pag. x di y".  fpdf2."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-lercarafriddi-gruppoads.pdf"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 7.5)
        self.set_y(10)
        self.cell(0, 4, "COMUNE DI LERCARA FRIDDI - Area 2 Economico-Finanziaria", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Determinazione Reg. Gen. n. 95 del 17/02/2027", align="R")
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.cell(0, 4, "Gruppo ADS - Atti Web | Reg. Gen. 95/2027", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.set_margins(20, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_title("Determinazione Reg. Gen. n. 95 del 17/02/2027")
pdf.set_author("Comune di Lercara Friddi")
pdf.set_creator("Gruppo ADS - Atti Web")
pdf.add_page()

# letterhead
pdf.set_font("Times", "", 9)
pdf.cell(0, 4, "REGIONE SICILIANA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "B", 15)
pdf.cell(0, 7, "COMUNE DI LERCARA FRIDDI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "I", 10)
pdf.cell(0, 5, "Città Metropolitana di Palermo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 8)
pdf.cell(0, 4, "Piazza Abbate Romano n. 1 - 90025 Lercara Friddi (PA) - C.F. 00524700829",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.6)
pdf.line(20, pdf.get_y() + 1.5, 192, pdf.get_y() + 1.5)
pdf.set_line_width(0.2)
pdf.ln(6)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "AREA 2 - ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(0, 5, "Servizio Tributi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

# grid
pdf.set_font("Helvetica", "", 8.5)
x0 = 20
y0 = pdf.get_y()
rows = [("DETERMINAZIONE", "Registro Generale", "N. 95", "del 17/02/2027"),
        ("", "Registro di Area", "N. 14", "del 16/02/2027")]
for i, (a, b, c, d) in enumerate(rows):
    pdf.set_xy(x0, y0 + i * 7)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(40, 7, a, border="LT" if i == 0 else "LB")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(46, 7, b, border=1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(36, 7, c, border=1)
    pdf.cell(50, 7, d, border=1)
pdf.set_y(y0 + 18)

# subject
pdf.set_font("Helvetica", "B", 10)
pdf.cell(22, 5.2, "OGGETTO:")
pdf.multi_cell(150, 5.2, "IMPEGNO DI SPESA E AFFIDAMENTO DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E "
               "POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO TARI 2027 - CIG B5A7E93C20.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA 2", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def para(lead, text):
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.4, ("**%s** " % lead if lead else "") + text, align="J", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


para("Vista", "la determinazione sindacale n. 3 del 07/01/2027, con la quale al sottoscritto sono state "
     "attribuite le funzioni di Responsabile dell'Area 2 Economico-Finanziaria, ai sensi dell'art. 107 "
     "del D.Lgs. 267/2000 e dell'art. 51 della L. 142/1990, come recepito dalla L.R. 48/1991;")
para("Premesso", "che con deliberazione del Consiglio Comunale n. 4 del 29/01/2027 sono state approvate le "
     "tariffe della TARI per l'anno 2027, con scadenza della prima rata al 30 aprile 2027, e che occorre "
     "provvedere alla stampa e al recapito di circa 3.900 avvisi di pagamento con i relativi modelli "
     "pagoPA;")
para("Dato atto", "che il servizio non è presente nelle convenzioni Consip attive e che, ai sensi "
     "dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, è stata richiesta un'offerta tramite il "
     "Mercato Elettronico della Pubblica Amministrazione alla ditta Postel Sud s.r.l. di Palermo, "
     "che ha offerto il prezzo unitario di euro 0,98 oltre IVA per avviso, per un totale di euro 3.822,00 "
     "oltre IVA;")
para("Ritenuta", "congrua l'offerta e verificato il possesso dei requisiti dell'operatore economico;")
para("Considerato", "che il bilancio di previsione 2027/2029 non è ancora stato approvato e che la spesa, "
     "necessaria a garantire l'incasso di un'entrata obbligatoria, rientra tra quelle consentite "
     "dall'art. 163, comma 2, del D.Lgs. 267/2000;")
para("Visto", "l'O.R.EE.LL. vigente nella Regione Siciliana e il Regolamento comunale di contabilità;")
pdf.ln(1)

pdf.set_font("Helvetica", "B", 11)
pdf.set_char_spacing(4)
pdf.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)

points = [
    "di affidare alla ditta Postel Sud s.r.l., con sede in Palermo, via Ugo La Malfa n. 86, P.IVA "
    "05981230829, il servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento TARI "
    "2027, per l'importo di euro 3.822,00 oltre IVA 22%, per complessivi euro 4.662,84 - CIG B5A7E93C20;",
    "di impegnare la somma di euro 4.662,84 alla missione 1, programma 4, capitolo 1180 \"Spese per la "
    "riscossione delle entrate tributarie\" del bilancio 2027/2029, gestione provvisoria 2027;",
    "di dare atto che si provvederà alla liquidazione a prestazione eseguita, su presentazione di regolare "
    "fattura elettronica e previa verifica del DURC;",
    "di trasmettere la presente al Servizio Finanziario per l'apposizione del visto di regolarità "
    "contabile e di disporne la pubblicazione all'Albo Pretorio on line.",
]
for i, t in enumerate(points, 1):
    pdf.set_font("Times", "", 11)
    pdf.cell(8, 5.4, "%d." % i)
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

pdf.ln(6)
pdf.set_font("Times", "", 11)
pdf.cell(0, 5, "Lercara Friddi, 16/02/2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Times", "B", 11)
pdf.cell(80, 5, "IL RESPONSABILE DELL'AREA 2", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Times", "", 11)
pdf.cell(80, 5, "dott. Calogero Galbo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Times", "I", 8)
pdf.cell(80, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")

pdf.ln(8)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.6, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si attesta la copertura finanziaria "
               "della spesa. Impegno n. 88/2027. La presente determinazione è esecutiva dal 17/02/2027 ed è "
               "registrata al n. 95 del Registro Generale delle determinazioni.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Lercara Friddi, 17/02/2027 - Il Responsabile del Servizio Finanziario - F.to dott. Calogero Galbo",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
