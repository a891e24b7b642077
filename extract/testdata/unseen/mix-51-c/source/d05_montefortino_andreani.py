#!/usr/bin/env python3
"""Determinazione of the Comune di Montefortino's tax office, laid out like
the fixed forms of a tributi package (Andreani Tributi style): a grey band,
a label grid of boxes, a contributor box, dash bullets. Made with fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
D = "/usr/share/fonts/truetype/liberation/"
SUBJECT = ("Rimborso IMU anno d’imposta 2024 per versamento non dovuto – contribuente cod. 004512 – "
           "Impegno e liquidazione.")


class P(FPDF):
    def header(self):
        self.set_fill_color(225, 225, 225)
        self.rect(12, 10, 186, 20, "F")
        self.set_xy(14, 12); self.set_font("LS", "B", 14)
        self.cell(0, 7, "COMUNE DI MONTEFORTINO", new_x="LMARGIN", new_y="NEXT")
        self.set_x(14); self.set_font("LS", "", 8.5)
        self.cell(0, 4.5, "Provincia di Fermo – Piazza Umberto I, 1 – 63858 Montefortino (FM)",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(14)
        self.cell(0, 4.5, "Area Economico-Finanziaria – Servizio Tributi")
        self.set_xy(130, 12); self.set_font("LS", "B", 8)
        self.multi_cell(66, 4, "UFFICIO TRIBUTI\nTel. 0736 859101\ntributi@comune.montefortino.fm.it",
                        align="R")
        self.set_y(34)

    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7)
        self.cell(0, 4, "Det. Tributi n. 7/2026 – R.G. n. 34", align="L")
        self.cell(0, 4, "pag. %d/{nb}" % self.page_no(), align="R")


pdf = P(format="A4"); pdf.set_margins(12, 12, 12); pdf.set_auto_page_break(True, 18)
pdf.add_font("LS", "", D + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", D + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", D + "LiberationSans-Italic.ttf")
pdf.set_title("Determinazione Tributi 7/2026"); pdf.set_author("Servizio Tributi")
pdf.set_creator("Tributi - modulo Atti (fpdf2)")
pdf.add_page()

pdf.set_font("LS", "B", 12)
pdf.cell(0, 8, "AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 11)
pdf.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def box(x, y, w, h, lab, val):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 0.8); pdf.set_font("LS", "", 6.5); pdf.cell(w - 3, 3, lab)
    pdf.set_xy(x + 1.5, y + 4.2); pdf.set_font("LS", "B", 10); pdf.cell(w - 3, 5, val)


y = pdf.get_y()
box(12, y, 46, 11, "N. REGISTRO GENERALE", "34")
box(58, y, 46, 11, "N. DI SERVIZIO", "7")
box(104, y, 46, 11, "DATA ADOZIONE", "11/03/2026")
box(150, y, 48, 11, "CODICE UFFICIO", "TRIB")
box(12, y + 11, 92, 11, "SERVIZIO", "Servizio Tributi")
box(104, y + 11, 94, 11, "RESPONSABILE DEL PROCEDIMENTO", "Rag. Simona Vitali")
pdf.set_xy(12, y + 25)
pdf.set_font("LS", "B", 10); pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(164, 5.5, SUBJECT, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
# contributor box
yy = pdf.get_y(); pdf.set_fill_color(245, 245, 245); pdf.rect(12, yy, 186, 16, "DF")
pdf.set_xy(14, yy + 1.5); pdf.set_font("LS", "", 8)
pdf.multi_cell(182, 4.2,
               "Contribuente: cod. 004512 – (dati anagrafici omessi ai sensi del Reg. UE 2016/679)\n"
               "Istanza di rimborso prot. n. 1187 del 19/02/2026 – Tributo: IMU (cod. 3918) – Anno: 2024\n"
               "Importo versato: € 642,00 – Importo dovuto: € 0,00 – Importo da rimborsare: € 642,00 "
               "oltre interessi legali € 19,26")
pdf.set_y(yy + 19)

pdf.set_font("LS", "B", 10); pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C",
                                      new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
for t in [
    "Visto il decreto sindacale n. 2 del 03/01/2026 di nomina dei Responsabili dei Servizi;",
    "Vista l’istanza presentata dal contribuente sopra indicato, con la quale si chiede il rimborso "
    "dell’IMU versata per l’anno 2024 sull’immobile censito al Foglio 18, particella 412, sub. 3, "
    "adibito ad abitazione principale e pertanto escluso dall’imposta ai sensi dell’art. 1, comma 740, "
    "della Legge 160/2019;",
    "Verificato, dall’esame della banca dati tributaria e dell’anagrafe della popolazione residente, "
    "che il versamento non era dovuto;",
    "Visto l’art. 1, commi 164 e 165, della Legge 296/2006, in materia di rimborsi e interessi;",
    "Visto il Regolamento comunale per la disciplina dell’Imposta Municipale Propria;"]:
    pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(1)
pdf.set_font("LS", "B", 10); pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9.5)
for t in [
    "di disporre il rimborso dell’importo di € 642,00, oltre interessi legali pari ad € 19,26, per "
    "complessivi € 661,26, a favore del contribuente cod. 004512;",
    "di impegnare e liquidare la somma di € 661,26 al Cap. 1015/3 “Rimborsi di imposte e tasse” del "
    "bilancio 2026, mediante accredito sul conto corrente indicato nell’istanza;",
    "di trasmettere il presente atto al Servizio Finanziario per l’emissione del mandato di pagamento."]:
    pdf.set_x(16); pdf.cell(5, 5, "-")
    pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pdf.ln(5)
pdf.set_font("LS", "", 9); pdf.cell(95, 5, "Montefortino, 11/03/2026")
pdf.set_font("LS", "B", 9); pdf.cell(0, 5, "IL RESPONSABILE DEL SERVIZIO", align="C",
                                     new_x="LMARGIN", new_y="NEXT")
pdf.set_x(107); pdf.set_font("LS", "", 9); pdf.cell(0, 5, "Dott. Alberto Ciarrocchi", align="C",
                                                   new_x="LMARGIN", new_y="NEXT")
pdf.set_x(107); pdf.set_font("LS", "I", 7.5)
pdf.cell(0, 4, "Firmato digitalmente ai sensi dell’art. 24 D.Lgs. 82/2005", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
yy = pdf.get_y(); pdf.rect(12, yy, 186, 17)
pdf.set_xy(14, yy + 1.5); pdf.set_font("LS", "B", 8)
pdf.cell(0, 4, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_x(14); pdf.set_font("LS", "", 8)
pdf.multi_cell(182, 4, "Impegno n. 212/2026 – Cap. 1015/3 – € 661,26. Esecutiva dal 11/03/2026.\n"
               "Il Responsabile dell’Area Economico-Finanziaria – Dott. Alberto Ciarrocchi")
pdf.output(out)
