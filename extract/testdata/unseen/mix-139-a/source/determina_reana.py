#!/usr/bin/env python3
"""Determinazione of the Area Tecnica of Reana del Rojale (Insiel-like grid with
the general register and the office's own number), written with fpdf2."""
import sys
from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


class Det(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5)
            self.cell(0, 4, "Comune di Reana del Rojale – Area Tecnica – Registro generale n. 12 del 11/01/2029",
                      align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = Det(format="A4")
pdf.set_creator("Insiel - Determine")
pdf.set_title("Determinazione n. 3 del 10/01/2029")
pdf.add_font("dv", "", F + "DejaVuSans.ttf")
pdf.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
pdf.add_font("dv", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.epw

pdf.set_font("dv", "B", 14)
pdf.cell(W, 7, "COMUNE DI REANA DEL ROJALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "I", 9)
pdf.cell(W, 5, "Provincia di Udine", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("dv", "B", 10.5)
pdf.cell(W, 6, "AREA TECNICA", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.5)
pdf.cell(W, 5, "Servizio Manutenzioni e Protezione Civile", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

# the grid: office number on the left, general register on the right
h = 6
pdf.set_font("dv", "B", 9.5)
pdf.cell(W / 2, h, "DETERMINAZIONE DEL RESPONSABILE", border="LTR", align="C")
pdf.cell(W / 2, h, "REGISTRO GENERALE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 10)
pdf.cell(W / 2, h, "Nr. 3 del 10/01/2029", border="LBR", align="C")
pdf.cell(W / 2, h, "Nr. 12 del 11/01/2029", border="LBR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

subj = ("SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - STAGIONE "
        "INVERNALE 2028/2029. INTEGRAZIONE DELL'IMPEGNO DI SPESA A FAVORE DELLA DITTA MOVITERRA "
        "COMELLI S.N.C. - CIG B7C41E9A25.")
y = pdf.get_y()
pdf.set_font("dv", "B", 10)
pdf.cell(24, 5.2, "OGGETTO:")
pdf.set_xy(pdf.l_margin + 24, y)
pdf.multi_cell(W - 24, 5.2, subj, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
pdf.ln(4)

pdf.set_font("dv", "B", 10)
pdf.cell(W, 6, "IL TITOLARE DI POSIZIONE ORGANIZZATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("dv", "", 9.6)
body = [
    "RICHIAMATO il decreto del Sindaco n. 14 del 30/12/2028 con il quale è stato conferito al sottoscritto "
    "l'incarico di Titolare di Posizione Organizzativa dell'Area Tecnica per l'anno 2029;",
    "RICHIAMATA la propria determinazione n. 71 del 14/10/2028 (reg. gen. n. 402) con la quale è stato "
    "affidato alla ditta Moviterra Comelli s.n.c., con sede in Tricesimo (UD), il servizio di sgombero neve e "
    "trattamento antighiaccio delle strade comunali per la stagione invernale 2028/2029, per un importo "
    "presunto di euro 24.400,00 IVA compresa;",
    "DATO ATTO che le precipitazioni nevose del mese di dicembre 2028 e dei primi giorni di gennaio 2029 hanno "
    "richiesto un numero di interventi superiore a quello stimato, come risulta dai rapportini vistati dal "
    "personale dell'Ufficio tecnico, e che la somma residua impegnata non è sufficiente a garantire il "
    "servizio fino al termine della stagione;",
    "RITENUTO pertanto di integrare l'impegno di spesa di euro 7.320,00 IVA 22% compresa, entro il limite del "
    "quinto dell'importo contrattuale ai sensi dell'art. 120, comma 9, del D.Lgs. 31 marzo 2023, n. 36;",
    "VISTI il D.Lgs. 18 agosto 2000, n. 267, la L.R. 11 dicembre 2003, n. 21 e il vigente Regolamento di "
    "contabilità;",
    "ACCERTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis "
    "del D.Lgs. 267/2000;",
]
for x in body:
    pdf.multi_cell(W, 4.9, x, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)
pdf.ln(1)
pdf.set_font("dv", "B", 10.5)
pdf.cell(W, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("dv", "", 9.6)
pts = [
    "di integrare, per le motivazioni esposte in premessa, l'impegno di spesa assunto con la determinazione "
    "n. 71 del 14/10/2028 a favore della ditta Moviterra Comelli s.n.c. (P. IVA 02184560309) per l'importo di "
    "euro 7.320,00 IVA compresa;",
    "di imputare la spesa alla Missione 10, Programma 5, capitolo 2715 \"Spese per sgombero neve\" del "
    "bilancio di previsione 2029-2031, esercizio 2029;",
    "di dare atto che il CIG B7C41E9A25 resta invariato e che la ditta ha presentato la dichiarazione di "
    "tracciabilità dei flussi finanziari ai sensi della L. 136/2010;",
    "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line e nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
]
for i, x in enumerate(pts, 1):
    pdf.set_x(pdf.l_margin)
    pdf.cell(7, 4.9, "%d." % i)
    pdf.multi_cell(W - 7, 4.9, x, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(4)
pdf.cell(W / 2, 5, "Reana del Rojale, 10/01/2029")
pdf.set_font("dv", "B", 9.6)
pdf.cell(W / 2, 5, "IL TITOLARE DI P.O.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.6)
pdf.cell(W / 2, 5, "")
pdf.cell(W / 2, 5, "geom. Daniele Venir", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "I", 7.5)
pdf.cell(W / 2, 4, "")
pdf.cell(W / 2, 4, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
if pdf.get_y() > 235:
    pdf.add_page()

pdf.set_font("dv", "B", 9.6)
pdf.cell(W, 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.2)
pdf.multi_cell(W, 4.7, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
               "attestante la copertura finanziaria della spesa. Impegno n. 61/2029 – Cap. 2715 – euro 7.320,00.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(W / 2, 5, "Reana del Rojale, 11/01/2029")
pdf.cell(W / 2, 5, "Il Titolare di P.O. dell'Area Economico-Finanziaria", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 5, "")
pdf.cell(W / 2, 5, "rag. Paolo Bertossi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
