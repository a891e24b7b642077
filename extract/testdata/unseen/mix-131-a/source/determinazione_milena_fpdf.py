#!/usr/bin/env python3
"""Comune di Milena - determinazione of the Area Economico-Finanziaria as the
Halley "Determine" module prints it: letterhead, a boxed register block with the
general and the sector number, justified body (fpdf2 core fonts: word spacing
set with Tw on every justified line), running foot with the number."""
import sys
from fpdf import FPDF, __version__ as fpdf_version

out = sys.argv[1]
NUM = "Determinazione n. 318 del 07/07/2028"


class Det(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest + name, the Halley model of this Comune
            self.set_line_width(0.5)
            self.set_draw_color(0, 0, 0)
            self.polygon([(20, 12), (36, 12), (36, 26), (28, 32), (20, 26)], style="D")
            self.set_fill_color(0, 0, 0)
            self.rect(24, 16, 8, 7, style="F")
            self.set_xy(41, 12)
            self.set_font("Times", "B", 16)
            self.cell(120, 7, "COMUNE DI MILENA")
            self.set_xy(41, 19)
            self.set_font("Times", "", 11)
            self.cell(120, 5, "Libero Consorzio Comunale di Caltanissetta")
            self.set_xy(41, 24.5)
            self.set_font("Times", "", 8)
            self.cell(140, 4, "Piazza Aldo Moro n. 1 - 93010 Milena (CL) - Tel. 0934 933111 - P.IVA 00168710852")
            self.set_line_width(0.7)
            self.line(20, 35, 190, 35)
            self.set_y(40)
        else:
            self.set_font("Times", "I", 8.5)
            self.set_xy(20, 10)
            self.cell(85, 4, "Comune di Milena - Area Economico-Finanziaria")
            self.cell(85, 4, NUM, align="R")
            self.line(20, 15, 190, 15)
            self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Times", "", 8.5)
        self.cell(0, 5, f"{NUM} - Pag. {self.page_no()} di {{nb}}", align="C")


pdf = Det(format="A4", unit="mm")
pdf.set_creator("Halley Informatica - Determine")
pdf.set_producer("PyFPDF/fpdf" + fpdf_version)
pdf.set_title(NUM)
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

# register block
pdf.set_line_width(0.3)
y0 = pdf.get_y()
pdf.rect(20, y0, 170, 30)
pdf.line(105, y0, 105, y0 + 30)
pdf.set_xy(23, y0 + 3)
pdf.set_font("Times", "B", 12)
pdf.cell(80, 6, "AREA ECONOMICO-FINANZIARIA")
pdf.set_xy(23, y0 + 10)
pdf.set_font("Times", "", 11)
pdf.cell(80, 6, "Servizio Tributi")
pdf.set_xy(23, y0 + 19)
pdf.set_font("Times", "I", 9)
pdf.cell(80, 5, "Responsabile: dott.ssa Rosaria Vitello")
pdf.set_xy(108, y0 + 3)
pdf.set_font("Times", "B", 11)
pdf.cell(80, 6, "DETERMINAZIONE DIRIGENZIALE")
pdf.set_xy(108, y0 + 10)
pdf.set_font("Times", "", 11)
pdf.cell(80, 6, "Registro Generale n. 318 del 07/07/2028")
pdf.set_xy(108, y0 + 17)
pdf.cell(80, 6, "Registro di Area n. 41 del 06/07/2028")
pdf.set_y(y0 + 36)

pdf.set_font("Times", "B", 11)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(148, 5.5, "RIMBORSO AI CONTRIBUENTI DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA "
               "MUNICIPALE PROPRIA (IMU) PER L'ANNO D'IMPOSTA 2027. IMPEGNO E LIQUIDAZIONE DI SPESA.",
               align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

pdf.set_font("Times", "", 11)
paras = [
    "Vista la determinazione sindacale n. 3 del 09/01/2028, con la quale alla sottoscritta e' stata conferita la "
    "responsabilita' dell'Area Economico-Finanziaria, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, "
    "n. 267, come recepito dalla L.R. 23 dicembre 2000, n. 30;",
    "Premesso che alcuni contribuenti hanno presentato istanza di rimborso di somme versate a titolo di Imposta "
    "Municipale Propria per l'anno d'imposta 2027 e non dovute, in tutto o in parte, per errori nel calcolo della "
    "base imponibile, per versamenti duplicati o per immobili ceduti nel corso dell'anno;",
    "Dato atto che l'Ufficio Tributi ha concluso l'istruttoria delle istanze pervenute entro il 15/06/2028, "
    "verificando, per ciascuna posizione, i versamenti risultanti dalla banca dati F24 dell'Agenzia delle Entrate "
    "e le dichiarazioni presentate, e che risultano accoglibili n. 9 istanze per un importo complessivo di "
    "euro 4.318,50, come da elenco agli atti dell'ufficio che, per ragioni di riservatezza, non viene pubblicato;",
    "Visto l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme "
    "versate e non dovute deve essere richiesto entro il termine di cinque anni dal giorno del versamento e "
    "l'ente locale provvede entro centottanta giorni dalla data di presentazione dell'istanza;",
    "Visto il vigente Regolamento comunale per la disciplina dell'Imposta Municipale Propria, approvato con "
    "deliberazione del Consiglio Comunale n. 17 del 29/06/2020 e successive modificazioni;",
    "Visto il bilancio di previsione 2028-2030, approvato con deliberazione del Consiglio Comunale n. 9 del "
    "28/03/2028, esecutiva ai sensi di legge;",
    "Attestata la regolarita' tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del "
    "D.Lgs. 267/2000 e dato atto dell'insussistenza di situazioni di conflitto di interessi;",
]
for t in paras:
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

pdf.ln(2)
pdf.set_font("Times", "B", 11.5)
pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)
points = [
    "di accogliere le n. 9 istanze di rimborso IMU per l'anno d'imposta 2027 indicate nell'elenco agli atti "
    "dell'Ufficio Tributi, per l'importo complessivo di euro 4.318,50, oltre agli interessi nella misura del "
    "tasso legale;",
    "di impegnare la spesa complessiva di euro 4.371,20 al capitolo 1040/1 \"Rimborsi di tributi comunali\", "
    "Missione 1, Programma 4, Titolo 1, del bilancio di previsione 2028-2030, esercizio 2028;",
    "di liquidare e pagare ai singoli contribuenti le somme spettanti, mediante bonifico sul conto corrente "
    "indicato nell'istanza, autorizzando il Servizio Finanziario all'emissione dei relativi mandati;",
    "di dare atto che il presente provvedimento sara' pubblicato all'Albo Pretorio on line per quindici giorni "
    "consecutivi, omettendo i dati personali dei contribuenti.",
]
for i, t in enumerate(points, 1):
    x = pdf.get_x()
    pdf.cell(8, 5.4, f"{i}.")
    pdf.multi_cell(162, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

pdf.ln(5)
pdf.set_x(100)
pdf.set_font("Times", "", 11)
pdf.cell(0, 5.5, "Milena, 06/07/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(95)
pdf.set_font("Times", "B", 10.5)
pdf.cell(95, 5.5, "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(95)
pdf.set_font("Times", "", 11)
pdf.cell(95, 5.5, "F.to dott.ssa Rosaria Vitello", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("Times", "B", 10.5)
pdf.cell(0, 6, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 5.2, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si attesta la copertura finanziaria "
               "della spesa, registrata all'impegno n. 512/2028. Il presente provvedimento e' esecutivo dalla "
               "data di apposizione del visto, il 07/07/2028, ed e' annotato in pari data al Registro Generale "
               "delle determinazioni al n. 318.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_x(95)
pdf.set_font("Times", "", 10.5)
pdf.cell(95, 5, "Milena, 07/07/2028", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(95)
pdf.cell(95, 5, "Il Responsabile del Servizio Finanziario", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(95)
pdf.cell(95, 5, "F.to dott.ssa Rosaria Vitello", align="C", new_x="LMARGIN", new_y="NEXT")

pdf.output(out)
