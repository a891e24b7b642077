#!/usr/bin/env python3
"""Consorzio di Bonifica Litorale Nord: decreto del Direttore Generale,
"Sicraweb" house style, written with fpdf2 and embedded DejaVu Sans.

fpdf2 justifies multi_cell text by spacing the words; header() repeats the
letterhead on page 1 and a running head on the following pages; footer()
prints the decree's number and "Pagina x di y"."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "b3.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
BLUE = (31, 78, 121)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*BLUE)
            self.rect(20, 14, 20, 14.5, style="F")
            self.set_draw_color(255, 255, 255)
            self.set_line_width(0.9)
            for yy in (19.5, 23.5):
                self.line(22, yy, 38, yy)
            self.set_draw_color(0, 0, 0)
            self.set_xy(44, 14.5)
            self.set_font("DejaVu", "B", 13.5)
            self.set_text_color(*BLUE)
            self.set_char_spacing(1.2)
            self.cell(0, 7, "CONSORZIO DI BONIFICA LITORALE NORD")
            self.set_char_spacing(0)
            self.set_xy(44, 21.5)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(50, 50, 50)
            self.cell(0, 5, "Ente pubblico economico – Legge Regionale Lazio 10 agosto 2016, n. 12")
            self.set_text_color(0, 0, 0)
            self.set_draw_color(*BLUE)
            self.set_line_width(0.3)
            self.line(20, 32, 190, 32)
            self.set_draw_color(0, 0, 0)
            self.set_y(36)
        else:
            self.set_font("DejaVu", "I", 7)
            self.set_text_color(*BLUE)
            self.cell(0, 4, "Consorzio di Bonifica Litorale Nord – Decreto del Direttore Generale n. 11 del 23/02/2027",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.line(20, self.get_y(), 190, self.get_y())
            self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(85, 4, "Via Vittorio Vidali, 1 – 00155 Roma – C.F. 97212580583")
        self.cell(0, 4, f"Decreto D.G. n. 11/2027 – Pagina {self.page_no()} di {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 16, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.set_title("Decreto del Direttore Generale n. 11/2027")
pdf.set_author("Consorzio di Bonifica Litorale Nord")
pdf.set_creator("Sicr@web Atti")
pdf.alias_nb_pages()
pdf.add_page()

# number block, as in the other Sicraweb acts of the Consorzio
pdf.set_font("DejaVu", "B", 10.5)
pdf.cell(95, 6, "DIREZIONE GENERALE")
pdf.set_x(120)
pdf.set_font("DejaVu", "B", 8.5)
pdf.set_char_spacing(0.3)
pdf.cell(70, 6, "DECRETO DEL DIRETTORE GENERALE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("DejaVu", "", 8.5)
pdf.cell(95, 6, "Ufficio Gare e Contratti")
pdf.set_x(120)
pdf.set_font("DejaVu", "B", 11)
pdf.cell(70, 7, "N. 11 del 23/02/2027", border="LBR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("DejaVu", "B", 9.5)
x0, y0 = pdf.get_x(), pdf.get_y()
pdf.cell(20, 5.5, "OGGETTO:")
pdf.multi_cell(150, 5.5, "Nomina della commissione giudicatrice per l'affidamento dei lavori di adeguamento "
               "funzionale dell'impianto idrovoro di Focene – CIG B81F3D0A77.", align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.rect(x0 - 1.5, y0 - 1.5, 173, pdf.get_y() - y0 + 3)
pdf.ln(6)

pdf.set_font("DejaVu", "B", 10)
pdf.set_char_spacing(1.5)
pdf.cell(0, 6, "IL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(2)
pdf.set_font("DejaVu", "", 9.5)
prem = [
    "VISTO lo Statuto consortile e il Regolamento di organizzazione, che attribuiscono al Direttore Generale "
    "la nomina delle commissioni giudicatrici nelle procedure di affidamento di lavori, servizi e forniture;",
    "VISTA la determinazione dirigenziale n. 31 del 28/01/2027, con la quale è stata indetta la procedura "
    "negoziata per l'affidamento dei lavori di adeguamento funzionale dell'impianto idrovoro di Focene, "
    "da aggiudicare con il criterio dell'offerta economicamente più vantaggiosa, per un importo a base di gara "
    "di € 1.240.000,00;",
    "DATO ATTO che il termine per la presentazione delle offerte è scaduto alle ore 12:00 del 20/02/2027 e che "
    "sono pervenute, tramite la piattaforma telematica, n. 7 offerte;",
    "VISTO l'art. 93 del D.Lgs. 31 marzo 2023, n. 36, in materia di commissione giudicatrice;",
    "ACQUISITE le dichiarazioni dei componenti in ordine all'assenza di cause di incompatibilità e di "
    "astensione, conservate agli atti dell'Ufficio Gare e Contratti;",
]
for p in prem:
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)
pdf.set_font("DejaVu", "B", 10.5)
pdf.set_char_spacing(4)
pdf.cell(0, 7, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)
pdf.set_font("DejaVu", "", 9.5)
points = [
    "la commissione giudicatrice per la procedura in oggetto è così composta: ing. Carla Fabrizi, dirigente "
    "dell'Area Tecnica del Consorzio di Bonifica Lazio Sud Ovest, presidente; ing. Daniele Russo, funzionario "
    "tecnico, componente; dott. agr. Michela Serafini, funzionario del Settore Agrario, componente;",
    "le funzioni di segretario della commissione sono svolte dalla sig.ra Paola Ruggeri, istruttore "
    "amministrativo dell'Ufficio Gare e Contratti;",
    "ai componenti esterni è riconosciuto il compenso stabilito dal Regolamento consortile, per una spesa "
    "massima di € 3.600,00 che trova copertura sul quadro economico dell'intervento;",
    "il presente decreto e i curricula dei componenti sono pubblicati all'Albo consortile on line e nella "
    "sezione Amministrazione Trasparente, ai sensi dell'art. 28 del D.Lgs. 36/2023.",
]
for i, p in enumerate(points, 1):
    pdf.cell(8, 5.2, f"{i})")
    pdf.multi_cell(0, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(4)
pdf.cell(0, 5, "Roma, 23/02/2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_x(110)
pdf.set_font("DejaVu", "B", 9.5)
pdf.cell(80, 5, "IL DIRETTORE GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(80, 5, "ing. Luca Ammendola", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DejaVu", "I", 7)
pdf.cell(80, 4, "(firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005)", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("DejaVu", "", 7.5)
pdf.multi_cell(0, 4, "Pubblicato all'Albo consortile on line dal 23/02/2027 al 10/03/2027 – Reg. Pubbl. n. 171.",
               border="T", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
