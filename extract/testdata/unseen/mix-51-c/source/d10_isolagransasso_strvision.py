#!/usr/bin/env python3
"""Annex to a works deliberation of the Comune di Isola del Gran Sasso
d'Italia: a "computo metrico estimativo" in the layout of STR Vision CPM
prints (boxed column heads repeated on each page, measurement lines under
each item, RIPORTO / A RIPORTARE carried between pages). Made with fpdf2."""
import sys
from fpdf import FPDF

out = sys.argv[1]
D = "/usr/share/fonts/truetype/liberation/"
items = [
    ("1", "AB.01.010.a", "Scarificazione di pavimentazione bituminosa esistente, eseguita con fresa meccanica, "
     "compreso carico e trasporto del materiale di risulta a impianto di recupero, per spessori fino a 5 cm.",
     [("Via Colle San Marco, tratto A", 1, 420.00, 5.50, None), ("Via Colle San Marco, tratto B", 1, 315.00, 5.00, None)],
     "m²", 4.85),
    ("2", "AB.01.030", "Fornitura e posa in opera di conglomerato bituminoso per strato di collegamento (binder) "
     "confezionato a caldo, steso con vibrofinitrice e rullato, per spessore compresso di 6 cm.",
     [("Tratto A", 1, 420.00, 5.50, None), ("Tratto B", 1, 315.00, 5.00, None)], "m²", 14.20),
    ("3", "AB.01.040", "Fornitura e posa in opera di conglomerato bituminoso per strato di usura (tappetino), "
     "spessore compresso 3 cm, compresa mano di attacco con emulsione bituminosa.",
     [("Tratto A", 1, 420.00, 5.50, None), ("Tratto B", 1, 315.00, 5.00, None), ("Slargo chiesa S. Giovanni", 1, 18.00, 12.00, None)],
     "m²", 9.60),
    ("4", "E.03.020.b", "Cunetta stradale in calcestruzzo C25/30 gettata in opera, sezione trapezia, larghezza 50 cm, "
     "compreso scavo, casseformi e sigillatura dei giunti.",
     [("Lato monte tratto A", 1, 380.00, None, None), ("Lato monte tratto B", 1, 240.00, None, None)], "m", 38.50),
    ("5", "F.05.010", "Pozzetto di raccolta acque meteoriche in calcestruzzo prefabbricato 50x50 cm con griglia "
     "in ghisa sferoidale classe D400, compreso scavo e rinfianco.",
     [("Lungo cunetta", 12, None, None, None)], "cad", 385.00),
    ("6", "S.01.050", "Segnaletica orizzontale con vernice spartitraffico rifrangente, striscia continua o "
     "discontinua larghezza 12 cm.",
     [("Mezzeria e margini", 3, 735.00, None, None)], "m", 0.95),
    ("7", "S.02.010", "Fornitura e posa di cartello stradale in lamiera di alluminio, classe 2, su palo zincato "
     "Ø 60 mm, compreso plinto di fondazione.",
     [("Intersezioni", 6, None, None, None)], "cad", 168.00),
]


def it(x, dec=2):
    s = ("{:,.%df}" % dec).format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


class P(FPDF):
    riporto = 0.0
    def header(self):
        self.set_font("LS", "", 7)
        self.cell(95, 4, "Comune di Isola del Gran Sasso d'Italia (TE)")
        self.cell(0, 4, "pag. %d" % self.page_no(), align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "B", 9)
        self.cell(0, 5, "COMPUTO METRICO ESTIMATIVO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "B", 6.5); y = self.get_y()
        cols = [(14, "Num.Ord.\nTARIFFA"), (74, "DESIGNAZIONE DEI LAVORI"), (46, "DIMENSIONI\npar.ug.   lung.   larg."),
                (16, "Quantità"), (17, "IMPORTI\nunitario"), (19, "\nTOTALE")]
        x = self.l_margin
        for w, t in cols:
            self.rect(x, y, w, 9); self.set_xy(x, y + 1); self.multi_cell(w, 3.3, t, align="C"); x += w
        self.set_xy(self.l_margin, y + 9)
        if self.page_no() > 1:
            self.set_font("LS", "B", 7.5)
            self.cell(150, 5, "R I P O R T O", align="R"); self.cell(0, 5, it(self.riporto), align="R",
                                                                   new_x="LMARGIN", new_y="NEXT")

    def footer(self):
        self.set_y(-22); self.set_font("LS", "B", 7.5)
        if not getattr(self, "last", False):
            self.cell(150, 5, "A   R I P O R T A R E", align="R"); self.cell(0, 5, it(self.riporto), align="R")
        self.set_y(-12); self.set_font("LS", "", 6.5)
        self.cell(0, 4, "COMMITTENTE: Comune di Isola del Gran Sasso d'Italia – Allegato B alla deliberazione G.C. n. 22 del 17/03/2026",
                  align="L")


pdf = P(format="A4"); pdf.set_margins(12, 10, 12); pdf.set_auto_page_break(True, 26)
pdf.add_font("LS", "", D + "LiberationSans-Regular.ttf"); pdf.add_font("LS", "B", D + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", D + "LiberationSans-Italic.ttf")
pdf.set_title("Computo metrico estimativo - manutenzione Via Colle San Marco")
pdf.set_creator("STR Vision CPM (fpdf2 imitation)")
pdf.add_page()
pdf.set_font("LS", "B", 8)
pdf.multi_cell(0, 4, "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE VIA COLLE SAN MARCO E "
               "OPERE DI REGIMAZIONE DELLE ACQUE METEORICHE\nPrezzario Regione Abruzzo 2025", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
for n, code, desc, meas, um, price in items:
    qty = 0.0
    lines = []
    for lab, par, lu, la, h in meas:
        q = par * (lu or 1) * (la or 1) * (h or 1)
        qty += q; lines.append((lab, par, lu, la, q))
    need = 4 * (len(desc) // 60 + 1) + 4 * len(lines) + 10
    if pdf.get_y() + need > pdf.h - 26:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("LS", "B", 7.5); pdf.set_xy(12, y); pdf.cell(14, 4, n, align="C")
    pdf.set_xy(12, y + 4); pdf.set_font("LS", "", 6.5); pdf.cell(14, 4, code, align="C")
    pdf.set_xy(26, y); pdf.set_font("LS", "", 7.5); pdf.multi_cell(74, 3.6, desc, new_x="LMARGIN", new_y="NEXT")
    for lab, par, lu, la, q in lines:
        pdf.set_x(30); pdf.set_font("LS", "I", 7); pdf.cell(70, 4, lab)
        pdf.set_font("LS", "", 7)
        pdf.cell(14, 4, it(par, 0), align="R"); pdf.cell(16, 4, it(lu) if lu else "", align="R")
        pdf.cell(16, 4, it(la) if la else "", align="R"); pdf.cell(16, 4, it(q), align="R",
                                                                    new_x="LMARGIN", new_y="NEXT")
    tot = round(qty * price, 2); P.riporto += tot
    pdf.set_x(30); pdf.set_font("LS", "B", 7.5); pdf.cell(70, 4.5, "SOMMANO  %s" % um)
    pdf.cell(46, 4.5, "")
    pdf.cell(16, 4.5, it(qty), align="R"); pdf.cell(17, 4.5, it(price), align="R")
    pdf.cell(19, 4.5, it(tot), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(12, pdf.get_y() + 0.8, 198, pdf.get_y() + 0.8); pdf.ln(2.5)
pdf.ln(3); pdf.set_font("LS", "B", 8.5)
pdf.cell(150, 6, "IMPORTO COMPLESSIVO DEI LAVORI (euro)", align="R"); pdf.cell(0, 6, it(P.riporto), align="R",
                                                                          new_x="LMARGIN", new_y="NEXT")
sic = round(P.riporto * 0.03, 2)
pdf.set_font("LS", "", 8)
pdf.cell(150, 5, "di cui oneri per la sicurezza non soggetti a ribasso (3%)", align="R")
pdf.cell(0, 5, it(sic), align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10); pdf.set_font("LS", "", 8)
pdf.cell(0, 4, "Isola del Gran Sasso d'Italia, 10/03/2026", new_x="LMARGIN", new_y="NEXT")
pdf.cell(120, 4, ""); pdf.cell(0, 4, "IL TECNICO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(120, 4, ""); pdf.cell(0, 4, "Ing. Fabrizio Di Saverio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.last = True
pdf.output(out)
