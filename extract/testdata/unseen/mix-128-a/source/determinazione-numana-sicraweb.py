#!/usr/bin/env python3
"""Numana: determinazione of the Settore III in the Sicraweb-like layout, printed
by fpdf2 with core fonts. Justified multi_cell text (fpdf2 writes word spacing
with Tw), a running head with the register numbers and a running foot with
"pag. X di Y" on every page."""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-numana-sicraweb.pdf"


class Det(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest
            self.set_draw_color(29, 78, 137); self.set_fill_color(217, 229, 245); self.set_line_width(0.4)
            self.polygon([(20, 12), (34, 12), (34, 24), (27, 30), (20, 24)], style="DF")
            self.set_fill_color(224, 180, 58); self.circle(x=25, y=15, radius=4, style="F")
            self.set_font("Times", "B", 19); self.set_text_color(0, 0, 0)
            self.set_xy(40, 11); self.cell(0, 8, "COMUNE DI NUMANA")
            self.set_font("Times", "", 11); self.set_xy(40, 19); self.cell(0, 5, "Provincia di Ancona")
            self.set_font("Times", "", 8); self.set_xy(40, 24); self.cell(0, 4, "Piazza del Santuario, 24 - 60026 Numana (AN) - C.F. 00379720420")
            self.set_draw_color(29, 78, 137); self.set_line_width(0.5); self.line(20, 32, 190, 32)
            self.set_y(36)
        else:
            self.set_font("Helvetica", "", 7.5); self.set_text_color(70, 70, 70)
            self.set_xy(20, 10); self.cell(85, 4, "COMUNE DI NUMANA - Settore III - Tecnico Lavori Pubblici")
            self.cell(85, 4, "Determinazione R.G. n. 176 del 24/04/2028", align="R")
            self.set_draw_color(150, 150, 150); self.set_line_width(0.2); self.line(20, 15, 190, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5); self.set_text_color(70, 70, 70)
        self.set_draw_color(150, 150, 150); self.set_line_width(0.2); self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.cell(120, 4, "Determinazione n. 31 Settore III / R.G. n. 176 del 24/04/2028 - Sicraweb Atti")
        self.cell(50, 4, "pag. %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


pdf = Det(format="A4", unit="mm")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.set_title("Determinazione R.G. n. 176/2028")
pdf.set_author("Comune di Numana - Settore III")
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Helvetica", "B", 10)
pdf.set_fill_color(230, 237, 245)
pdf.cell(170, 6, "SETTORE III - TECNICO LAVORI PUBBLICI", border="LTR", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(170, 5.5, "Servizio Demanio Marittimo", border="LBR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 12.5)
pdf.cell(170, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 9.5)
for label, val in [("Numero di settore", "31"), ("Data di adozione", "22/04/2028"),
                   ("Numero Registro Generale", "176"), ("Data Registro Generale", "24/04/2028")]:
    pdf.set_x(45)
    pdf.cell(60, 5.5, label, border=1)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(60, 5.5, val, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
pdf.ln(5)
pdf.set_font("Helvetica", "B", 10)
y = pdf.get_y()
pdf.cell(22, 5.2, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5.2, "SERVIZIO DI PULIZIA MECCANIZZATA E VAGLIATURA DEGLI ARENILI LIBERI - STAGIONE BALNEARE 2028. "
               "AFFIDAMENTO DIRETTO ALLA DITTA ADRIATICA SERVIZI AMBIENTALI S.R.L. E IMPEGNO DI SPESA. CIG B5D2A07C81",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.3); pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
pdf.ln(6)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(170, 6, "IL RESPONSABILE DEL SETTORE III", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10)


def P(t, after=1.8):
    pdf.multi_cell(170, 5.1, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


for t in [
    "Visto il decreto sindacale n. 4 del 02/01/2028, con il quale al sottoscritto sono state attribuite le funzioni di "
    "Responsabile del Settore III - Tecnico Lavori Pubblici, ai sensi dell'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
    "Premesso che il Comune di Numana, in qualita' di ente titolare delle funzioni amministrative sul demanio marittimo ai "
    "sensi della L.R. 14 luglio 2004, n. 15, deve assicurare la pulizia degli arenili liberi e delle spiagge libere attrezzate "
    "di Numana Alta, Numana Bassa e Marcelli durante la stagione balneare, che si svolge dal 1 maggio al 30 settembre 2028;",
    "Dato atto che il servizio comprende la pulizia meccanizzata con vagliatrice semovente, la raccolta manuale dei rifiuti "
    "spiaggiati, lo svuotamento dei cestini e il trasporto dei rifiuti all'impianto di conferimento, per una superficie "
    "complessiva di circa 48.000 metri quadrati;",
    "Richiamato l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi "
    "di importo inferiore a 140.000 euro;",
    "Vista l'offerta presentata tramite la piattaforma di approvvigionamento digitale Net4market dalla ditta Adriatica "
    "Servizi Ambientali s.r.l., con sede in Castelfidardo (AN), via dell'Industria 41, P.IVA 02718930424, per l'importo di "
    "Euro 41.200,00 oltre IVA 22%, ritenuta congrua rispetto ai prezzi praticati nelle precedenti stagioni;",
    "Verificati il possesso dei requisiti di ordine generale mediante il fascicolo virtuale dell'operatore economico e la "
    "regolarita' contributiva della ditta (DURC prot. INPS_50417782 con scadenza al 18/08/2028);",
    "Dato atto che il sottoscritto non versa in situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 16 "
    "del D.Lgs. 36/2023;",
]:
    P(t)
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(170, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10)
pts = [
    "di affidare il servizio di pulizia meccanizzata e vagliatura degli arenili liberi per la stagione balneare 2028 alla "
    "ditta Adriatica Servizi Ambientali s.r.l. di Castelfidardo (AN), P.IVA 02718930424, per l'importo di Euro 41.200,00 "
    "oltre IVA 22%, per complessivi Euro 50.264,00;",
    "di impegnare la somma di Euro 50.264,00 al capitolo 1720/2 \"Pulizia arenili e demanio marittimo\" del bilancio di "
    "previsione 2028-2030, esercizio 2028;",
    "di dare atto che il CIG della procedura e' B5D2A07C81 e che il Responsabile Unico del Progetto e' il sottoscritto;",
    "di dare atto che il contratto sara' stipulato mediante scambio di lettere commerciali ai sensi dell'art. 18, comma 1, "
    "del D.Lgs. 36/2023;",
    "di disporre la pubblicazione della presente determinazione all'Albo Pretorio on line per quindici giorni consecutivi e "
    "nella sezione \"Amministrazione Trasparente\" del sito istituzionale.",
]
for i, t in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.1, "%d." % i)
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.1, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(4)
pdf.set_x(110)
pdf.multi_cell(80, 5, "IL RESPONSABILE DEL SETTORE III\ning. Matteo Bordoni\n(documento firmato digitalmente)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(170, 5, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="LTR", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(170, 4.6, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. "
               "Impegno n. 402/2028 - capitolo 1720/2. Numana, 24/04/2028. Il Responsabile del Settore II - Servizi "
               "Finanziari, dott. Giorgio Sampaolesi (firmato digitalmente).", border="LBR", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
