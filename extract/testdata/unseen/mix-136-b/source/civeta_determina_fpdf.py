#!/usr/bin/env python3
"""C.I.V.E.T.A. -- determinazione del Direttore on the consortium's register
form: the pre-printed blanks are runs of underscores and the register's
entries are typed over them in Courier (fpdf2, core fonts). The body follows
in Times.

usage: civeta_determina_fpdf.py OUT.pdf
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1]


class F(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "I", 8)
            self.cell(0, 5, "C.I.V.E.T.A. - Determinazione del Direttore - Reg. Gen. n. 163 del 29/12/2028",
                      align="L")
            self.ln(8)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 7.5)
        self.cell(0, 4, "Modello DET-01 rev. 3 - Consorzio Intercomunale Vastese Tutela Ambiente",
                  align="L")
        self.set_x(-40)
        self.cell(25, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = F(format="A4", unit="mm")
pdf.set_margins(22, 16, 20)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_creator("Saga - Atti Consortili / modulo compilato")
import fpdf as _f
pdf.set_producer("PyFPDF/fpdf%s" % _f.__version__)
pdf.set_title("Determinazione del Direttore n. 163/2028")
pdf.add_page()

# letterhead, as in the other acts of the house
pdf.set_font("Times", "B", 16)
pdf.cell(0, 7, "CONSORZIO INTERCOMUNALE C.I.V.E.T.A.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 9)
for t in ("Consorzio Intercomunale Vastese Tutela Ambiente",
          "Località Valle Cena - 66051 Cupello (CH) - C.F. 92004560697",
          "PEC: civeta@pec.civeta.it"):
    pdf.cell(0, 4.2, t, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(22, pdf.get_y(), 190, pdf.get_y())
pdf.ln(5)
pdf.set_font("Times", "B", 13)
pdf.cell(0, 7, "DETERMINAZIONE DEL DIRETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def blank(label, x_label, y, width_chars, value=None, vx=None):
    """Print a label and a blank of underscores; type the value over it."""
    pdf.set_font("Times", "", 11)
    pdf.text(x_label, y, label)
    lx = x_label + pdf.get_string_width(label) + 1.5
    pdf.text(lx, y, "_" * width_chars)
    if value:
        pdf.set_font("Courier", "B", 11)
        pdf.text((vx if vx is not None else lx + 2), y - 0.3, value)
    return lx + pdf.get_string_width("_" * width_chars)


y = pdf.get_y() + 4
e = blank("Registro Generale n.", 22, y, 12, "163")
blank("del", e + 6, y, 18, "29/12/2028")
y += 9
e = blank("Registro del Servizio n.", 22, y, 10, "41")
blank("del", e + 6, y, 18, "28/12/2028")
y += 9
blank("Servizio:", 22, y, 62, "IMPIANTI E GESTIONE DISCARICA")
y += 11
pdf.set_font("Times", "B", 11)
pdf.text(22, y, "OGGETTO:")
subj = ["LIQUIDAZIONE FATTURE ALLA DITTA ECOTRASPORTI SANGRO",
        "S.R.L. PER IL SERVIZIO DI TRASPORTO E SMALTIMENTO DEL",
        "PERCOLATO - MESE DI NOVEMBRE 2028 - CIG B1C7E20D45"]
for i, s in enumerate(subj):
    pdf.set_font("Times", "", 11)
    pdf.text(45, y + i * 7, "_" * 64)
    pdf.set_font("Courier", "B", 10.5)
    pdf.text(46, y + i * 7 - 0.3, s)
y += 3 * 7 + 2
pdf.set_y(y)
pdf.line(22, y, 190, y)
pdf.ln(6)

pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "IL DIRETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)
body = [
    "VISTO lo Statuto del Consorzio e in particolare l'art. 24, che attribuisce al Direttore la "
    "gestione finanziaria, tecnica e amministrativa, compresa l'adozione degli atti che impegnano "
    "il Consorzio verso l'esterno;",
    "RICHIAMATA la propria determinazione n. 12 del 17/01/2028, con la quale è stato affidato alla "
    "ditta Ecotrasporti Sangro S.r.l., con sede in Atessa (CH), il servizio di trasporto e "
    "smaltimento del percolato prodotto dalla discarica consortile per l'anno 2028, CIG B1C7E20D45, "
    "ed assunto il relativo impegno di spesa al capitolo 1310 del bilancio 2028;",
    "VISTE le fatture elettroniche n. 1184/PA del 04/12/2028 di Euro 21.736,40 e n. 1185/PA del "
    "04/12/2028 di Euro 3.918,20, IVA compresa, relative ai conferimenti del mese di novembre "
    "2028, per complessive tonnellate 812,46, come da formulari agli atti;",
    "ACCERTATA la regolarità del servizio, attestata dal responsabile tecnico dell'impianto, e "
    "verificata la regolarità contributiva della ditta (DURC prot. INAIL_51877204, valido fino al "
    "14/03/2029);",
    "DATO ATTO che la ditta non risulta inadempiente alle verifiche di cui all'art. 48-bis del "
    "D.P.R. 602/1973;",
]
for t in body:
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(2)
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)
pts = [
    "di liquidare alla ditta Ecotrasporti Sangro S.r.l. la somma complessiva di Euro 25.654,60, "
    "di cui Euro 23.322,36 per imponibile ed Euro 2.332,24 per IVA al 10 per cento, a saldo delle "
    "fatture indicate in premessa;",
    "di versare l'IVA all'Erario secondo il regime della scissione dei pagamenti, ai sensi "
    "dell'art. 17-ter del D.P.R. 633/1972;",
    "di imputare la spesa all'impegno n. 38/2028, capitolo 1310 del bilancio di previsione "
    "2028-2030, esercizio 2028;",
    "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di "
    "pagamento.",
]
for i, t in enumerate(pts, 1):
    pdf.set_x(22)
    pdf.cell(8, 5.4, "%d." % i)
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(4)
pdf.cell(0, 5, "Cupello, 29/12/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(115)
pdf.set_font("Times", "B", 11)
pdf.cell(60, 5, "IL DIRETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("Times", "", 11)
pdf.cell(60, 5, "ing. Fabio Monacelli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("Times", "I", 9)
pdf.cell(60, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("Times", "B", 10)
pdf.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10)
pdf.multi_cell(0, 5, "Si attesta la regolarità contabile e la copertura finanziaria della spesa "
               "(art. 184 del D.Lgs. 267/2000). Cupello, 29/12/2028. Il Responsabile del "
               "Servizio Finanziario, dott.ssa Lucia Ciccotosto.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
