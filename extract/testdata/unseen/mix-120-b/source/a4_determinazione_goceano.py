#!/usr/bin/env python3
"""Unione dei Comuni del Goceano - determinazione dell'Area Tecnica,
Registro di Area n. 41 del 18/08/2027, Registro Generale n. 287 del 19/08/2027.
fpdf2 with embedded DejaVu: letter-spaced body name (Tc), justified text,
the publication stamp turned up the left margin, the number repeated in
the foot of every page."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DS", "B", 15)
            self.set_char_spacing(1.6)
            self.set_xy(20, 14)
            self.cell(170, 8, "UNIONE DEI COMUNI DEL GOCEANO", align="C")
            self.set_char_spacing(0)
            self.set_font("DS", "", 8.5)
            self.set_xy(20, 22)
            self.cell(170, 4.5, "Provincia di Sassari \u2013 Piazza Municipio, 07011 Bono (SS)", align="C")
            self.set_xy(20, 26.5)
            self.set_font("DS", "", 7.2)
            self.cell(170, 4, "Anela \u00b7 Benetutti \u00b7 Bono \u00b7 Bottidda \u00b7 Burgos \u00b7 Esporlatu \u00b7 "
                               "Illorai \u00b7 Nule", align="C")
            self.set_line_width(0.4)
            self.line(20, 32, 190, 32)
            self.set_y(36)
        else:
            self.set_y(12)

    def footer(self):
        self.set_y(-14)
        self.set_font("DS", "", 7.5)
        self.cell(120, 4, "Determinazione Area Tecnica n. 41 del 18/08/2027 \u2013 Reg. Gen. n. 287 del 19/08/2027")
        self.cell(50, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_title("Determinazione n. 287/2027")
pdf.set_creator("Halley - Gestione Determinazioni")
pdf.add_font("DS", "", DJ + "DejaVuSans.ttf")
pdf.add_font("DS", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DSC", "", DJ + "DejaVuSerifCondensed.ttf")
pdf.add_font("DSC", "B", DJ + "DejaVuSerifCondensed-Bold.ttf")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_page()

# publication stamp up the left margin (rotated text)
with pdf.rotation(90, x=11, y=200):
    pdf.set_font("DS", "", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(11, 200)
    pdf.cell(120, 4, "Pubblicata all'Albo Pretorio on line dal 20/08/2027 al 04/09/2027 \u2013 Reg. pubbl. n. 548")
    pdf.set_text_color(0, 0, 0)
pdf.set_xy(20, 36)

# heading grid
pdf.set_font("DS", "B", 10)
pdf.set_fill_color(232, 236, 242)
pdf.cell(170, 7, "AREA TECNICA", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DS", "", 9)
pdf.cell(170, 6, "Servizio Manutenzioni e Patrimonio", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DS", "B", 9)
pdf.cell(85, 7, "DETERMINAZIONE N. 41 DEL 18/08/2027", border=1, align="C")
pdf.cell(85, 7, "REGISTRO GENERALE N. 287 DEL 19/08/2027", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DSC", "B", 10)
y = pdf.get_y()
pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5.5,
               "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del "
               "servizio di manutenzione ordinaria degli automezzi dell'Unione alla ditta Autofficina Fois "
               "Giovanni di Benetutti \u2013 Impegno di spesa \u2013 CIG B2A7C41F9E.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("DSC", "B", 10.5)
pdf.cell(170, 6, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DSC", "", 10)
for t in [
    "VISTO il decreto del Presidente n. 6 del 12/08/2027, con il quale alla sottoscritta sono state attribuite "
    "le funzioni di Responsabile dell'Area Tecnica ai sensi dell'art. 107 del D.Lgs. n. 267/2000;",
    "PREMESSO che l'Unione dispone di un parco di undici automezzi destinati ai servizi di polizia locale, "
    "raccolta dei rifiuti e manutenzione del verde, per i quali occorre garantire la manutenzione ordinaria "
    "programmata, i tagliandi periodici e le riparazioni di lieve entità;",
    "DATO ATTO che il contratto in essere scade il 31/08/2027 e che il servizio non è disponibile nelle "
    "convenzioni CONSIP attive, come risulta dalla verifica effettuata in data 11/08/2027;",
    "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei "
    "servizi di importo inferiore a euro 140.000,00, anche senza consultazione di più operatori economici;",
    "RICHIESTO tramite la piattaforma SardegnaCAT un preventivo alla ditta Autofficina Fois Giovanni, con sede "
    "in Benetutti, via Nuoro n. 14, P.IVA 01938450904, che ha offerto il servizio per il periodo 01/09/2027 "
    "\u2013 31/08/2028 per l'importo di euro 18.400,00 oltre IVA al 22%, ritenuto congruo;",
    "ACCERTATO il possesso dei requisiti di ordine generale e la regolarità contributiva della ditta "
    "(DURC prot. INAIL_49873321, scadenza 14/12/2027);"]:
    pdf.multi_cell(170, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
pdf.ln(1)
pdf.set_font("DSC", "B", 10.5)
pdf.cell(170, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DSC", "", 10)
pts = [
    "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, alla ditta Autofficina Fois "
    "Giovanni di Benetutti il servizio di manutenzione ordinaria degli automezzi dell'Unione per il periodo "
    "01/09/2027 \u2013 31/08/2028, per l'importo di euro 18.400,00 oltre IVA;",
    "di impegnare la spesa complessiva di euro 22.448,00, IVA compresa, imputandola per euro 7.482,67 al "
    "capitolo 1320/4 del bilancio 2027 e per euro 14.965,33 al medesimo capitolo del bilancio 2028;",
    "di dare atto che il CIG attribuito alla procedura è B2A7C41F9E e che il contratto sarà stipulato mediante "
    "corrispondenza secondo l'uso commerciale;",
    "di nominare Responsabile unico del progetto il geom. Antonio Tola, istruttore tecnico dell'Area;",
    "di trasmettere il presente provvedimento al Servizio Finanziario per l'apposizione del visto di "
    "regolarità contabile attestante la copertura finanziaria."]
for i, t in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.2, "%d." % i)
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)
pdf.ln(3)
pdf.set_font("DSC", "", 10)
pdf.cell(80, 5, "Bono, 18/08/2027")
pdf.set_x(110)
pdf.set_font("DSC", "B", 10)
pdf.cell(80, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DSC", "", 10)
pdf.cell(80, 5, "ing. Caterina Pes", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DS", "B", 8.5)
pdf.cell(170, 5.5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DS", "", 8.5)
pdf.multi_cell(170, 4.5,
               "Ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000 si appone il visto di regolarità contabile. "
               "Impegni n. 612/2027 e n. 38/2028. Bono, 19/08/2027. Il Responsabile del Servizio Finanziario, "
               "rag. Lucia Manca.", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
