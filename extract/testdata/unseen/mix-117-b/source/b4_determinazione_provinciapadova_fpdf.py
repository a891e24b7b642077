#!/usr/bin/env python3
"""Provincia di Padova – Determinazione n. 826 del 21/05/2027 (Settore Edilizia Scolastica).

The Sfera model printed by fpdf2 with an embedded Liberation Serif subset
(Identity-H): the letterhead is letter-spaced with character spacing (Tc),
paragraphs are justified, and a running head and foot repeat the number.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-provinciapadova-sfera-scuole.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
NUM = "Determinazione n. 826 del 21/05/2027"


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "I", 8)
            self.cell(0, 4, "Provincia di Padova – Settore Edilizia Scolastica e Patrimonio", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, NUM, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Serif", "", 8)
        self.cell(0, 5, "Provincia di Padova – %s – pag. %d di {nb}" % (NUM, self.page_no()), align="C")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(24, 16, 22)
pdf.set_auto_page_break(True, 22)
pdf.add_font("Serif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("Serif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.set_title("Determinazione n. 826/2027")
pdf.set_author("Provincia di Padova")
pdf.set_creator("Sfera Atti")
pdf.set_producer("fpdf2 2.8.9")
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin

# crest
cx = pdf.w / 2
pdf.set_draw_color(140, 20, 20)
pdf.set_fill_color(150, 25, 25)
pdf.set_line_width(0.4)
pdf.rect(cx - 5, 12, 10, 9)
pdf.rect(cx - 1.4, 13.5, 2.8, 7, style="F")
pdf.set_y(24)
pdf.set_font("Serif", "B", 16)
pdf.set_char_spacing(2.2)
pdf.cell(0, 8, "PROVINCIA DI PADOVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Serif", "", 8)
pdf.cell(0, 4, "Piazza Antenore 3 – 35121 Padova – C.F. 80006510285 – PEC: protocollo@pec.provincia.padova.it",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
pdf.ln(2)
pdf.set_font("Serif", "B", 11)
pdf.set_char_spacing(0.8)
pdf.cell(0, 5.5, "SETTORE EDILIZIA SCOLASTICA E PATRIMONIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Serif", "", 11)
pdf.cell(0, 5.5, "Servizio Progettazione e Manutenzione Istituti Scolastici", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
pdf.ln(6)
pdf.set_font("Serif", "B", 12)
pdf.cell(W / 2, 6, "DETERMINAZIONE N. 826 DEL 21/05/2027")
pdf.set_font("Serif", "B", 11)
pdf.cell(W / 2, 6, "Reg. Settore n. 77", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("Serif", "B", 11)
y0 = pdf.get_y()
pdf.cell(22, 5.6, "OGGETTO:")
pdf.set_xy(pdf.l_margin + 22, y0)
pdf.multi_cell(W - 22, 5.6,
               "Lavori di adeguamento sismico della palestra dell’Istituto di Istruzione Superiore di Cittadella, "
               "sede di via Alfieri. Approvazione del primo stato di avanzamento lavori e liquidazione alla ditta "
               "Costruzioni Brenta S.p.A. CUP G94H26000110003 – CIG B5C2E90A14.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Serif", "B", 11)
pdf.cell(0, 6, "IL DIRIGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def par(lead, text):
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(W, 5.6, "**%s** %s" % (lead, text), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


par("Premesso che", "con determinazione n. 2107 del 12/11/2026 sono stati aggiudicati alla ditta Costruzioni Brenta "
    "S.p.A., con sede in Cittadella (PD), via Borgo Treviso 140, P.IVA 03877210284, i lavori di adeguamento sismico "
    "della palestra dell’Istituto di Istruzione Superiore di Cittadella, sede di via Alfieri, per l’importo "
    "contrattuale di € 612.880,00 oltre IVA al 10%, e che il relativo contratto è stato stipulato in data 18/01/2027, "
    "rep. n. 4418;")
par("Dato atto che", "i lavori sono stati consegnati in data 01/02/2027, come risulta dal verbale di consegna, e che "
    "l’intervento è finanziato per € 450.000,00 con contributo della Regione del Veneto di cui al decreto regionale "
    "n. 318 del 14/09/2026 e per la restante parte con fondi propri di bilancio;")
par("Visti", "lo stato di avanzamento lavori n. 1 a tutto il 30/04/2027, redatto dal Direttore dei lavori arch. "
    "Nicola Sartori, per un importo di € 286.420,00, e il certificato di pagamento n. 1 emesso dal Responsabile unico "
    "del progetto in data 10/05/2027 per l’importo di € 284.987,90, al netto della ritenuta dello 0,50% prevista "
    "dall’art. 11, comma 6, del D.Lgs. 31 marzo 2023, n. 36;")
par("Vista", "la fattura elettronica n. 27/PA del 14/05/2027 emessa dalla ditta per l’importo di € 284.987,90 oltre "
    "IVA al 10% pari a € 28.498,79, per complessivi € 313.486,69, acquisita al registro unico delle fatture al n. "
    "1893;")
par("Accertata", "la regolarità contributiva della ditta mediante DURC prot. INPS_51207733 con scadenza 08/09/2027 e "
    "verificato che la stessa non risulta inadempiente ai sensi dell’art. 48-bis del D.P.R. n. 602/1973;")
par("Visti", "gli articoli 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto della Provincia di Padova e "
    "il decreto del Presidente n. 12 del 31/01/2027 di conferimento dell’incarico di direzione del Settore Edilizia "
    "Scolastica e Patrimonio;")

pdf.ln(2)
pdf.set_font("Serif", "B", 12)
pdf.set_char_spacing(4)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(2)
points = [
    "di approvare lo stato di avanzamento lavori n. 1 a tutto il 30/04/2027 e il certificato di pagamento n. 1 "
    "del 10/05/2027 relativi ai lavori di adeguamento sismico della palestra dell’Istituto di Istruzione Superiore "
    "di Cittadella;",
    "di liquidare alla ditta Costruzioni Brenta S.p.A. la fattura n. 27/PA del 14/05/2027 per l’importo di "
    "€ 284.987,90, oltre IVA al 10% pari a € 28.498,79 da versare all’Erario in regime di scissione dei pagamenti, "
    "per complessivi € 313.486,69;",
    "di imputare la spesa all’impegno n. 2219/2027 sul capitolo 20410 «Edilizia scolastica – interventi "
    "straordinari» del Bilancio di previsione 2027-2029, annualità 2027;",
    "di dare atto che le ritenute dello 0,50% saranno svincolate in sede di conto finale, dopo l’approvazione del "
    "certificato di collaudo;",
]
pdf.set_font("Serif", "", 11)
for n, t in enumerate(points, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.6, "%d." % n)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.multi_cell(W - 8, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

pdf.ln(8)
x = pdf.l_margin + W / 2
for t, st, sz in [("IL DIRIGENTE DEL SETTORE", "", 11), ("EDILIZIA SCOLASTICA E PATRIMONIO", "", 11),
                  ("arch. Chiara Bortolami", "", 11), ("(documento firmato digitalmente)", "I", 8)]:
    pdf.set_x(x)
    pdf.set_font("Serif", st, sz)
    pdf.cell(W / 2, 5.2, t, align="C", new_x="LMARGIN", new_y="NEXT")

pdf.ln(8)
pdf.set_font("Serif", "", 9)
pdf.multi_cell(W, 4.6, "Il Responsabile unico del progetto: ing. Stefano Zanin – Servizio Progettazione e "
               "Manutenzione Istituti Scolastici, tel. 049 8201647.", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
