#!/usr/bin/env python3
"""Falerna (CZ), determinazione R.G. n. 412 del 11/09/2026 (Area n. 118 del 10/09/2026).

"Asmenet" house style again: centred letterhead, the Area and Servizio,
the two registers in a ruled grid, the subject in a box, body justified
(fpdf2 sets word spacing with Tw), signature at the end on the right, the
visto contabile under it and a foot naming the act and the page.
usage: falerna_determinazione_fpdf.py OUT.pdf
"""
import sys
from fpdf import FPDF

out = sys.argv[1]


class Det(FPDF):
    def header(self):
        self.set_font("Times", "B", 18)
        self.set_xy(20, 12)
        self.cell(170, 8, "COMUNE DI FALERNA", align="C")
        self.set_font("Times", "I", 11)
        self.set_xy(20, 20)
        self.cell(170, 5, "Provincia di Catanzaro", align="C")
        self.set_font("Helvetica", "", 7.5)
        self.set_xy(20, 25.5)
        self.cell(170, 4, "Piazza Municipio, 1 - 88042 Falerna (CZ) - Tel. 0968 95010 - "
                  "PEC: protocollo.falerna@asmepec.it", align="C")
        self.set_line_width(0.3)
        self.line(20, 31, 190, 31)
        self.set_line_width(0.1)
        self.line(20, 31.7, 190, 31.7)
        self.set_y(38)

    def footer(self):
        self.set_y(-16)
        self.set_line_width(0.15)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 5, "Comune di Falerna - Determinazione R.G. n. 412 del 11/09/2026")
        self.cell(50, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Det(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 38, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("Asmenet Calabria - Gestione Atti")
import fpdf
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.set_title("Determinazione R.G. n. 412/2026")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Helvetica", "B", 11)
pdf.cell(170, 6, "AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(170, 5, "Servizio Pubblica Istruzione", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Times", "B", 13)
pdf.cell(170, 7, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# registers grid
y0 = pdf.get_y()
pdf.set_line_width(0.2)
for i, (lab, num, dat) in enumerate((("Registro Generale", "n. 412", "del 11/09/2026"),
                                     ("Determinazione di Area", "n. 118", "del 10/09/2026"))):
    y = y0 + i * 8
    pdf.set_xy(20, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(60, 8, lab, border=1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(40, 8, num, border=1, align="C")
    pdf.cell(70, 8, dat, border=1, align="C")
pdf.set_y(y0 + 20)

subj = ("SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027. AFFIDAMENTO DEL SERVIZIO DI ASSISTENZA E "
        "SORVEGLIANZA SUGLI SCUOLABUS ALLA COOPERATIVA SOCIALE \"IL GIRASOLE\" DI LAMEZIA TERME. "
        "IMPEGNO DI SPESA. CIG B5C9D30F17.")
ys = pdf.get_y()
pdf.set_font("Times", "B", 11)
pdf.set_xy(22, ys + 2)
pdf.cell(20, 5.5, "OGGETTO:")
pdf.set_xy(45, ys + 2)
pdf.multi_cell(143, 5.5, subj, align="L")
ye = pdf.get_y() + 2
pdf.rect(20, ys, 170, ye - ys)
pdf.set_y(ye + 6)

pdf.set_font("Times", "B", 11)
pdf.cell(170, 6, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)
prem = [
    "Visto il decreto sindacale n. 6 del 15/01/2026, con il quale alla sottoscritta è stata conferita la "
    "responsabilità dell'Area Amministrativa con attribuzione delle funzioni di cui all'art. 107 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamata la deliberazione della Giunta Comunale n. 97 del 09/09/2026, dichiarata immediatamente "
    "eseguibile, di approvazione dello schema di convenzione con l'Istituto Comprensivo Statale per "
    "l'utilizzo degli scuolabus comunali nell'anno scolastico 2026/2027;",
    "Considerato che la normativa vigente impone la presenza di un accompagnatore sugli scuolabus che "
    "trasportano alunni della scuola dell'infanzia e che il personale comunale in servizio non è "
    "sufficiente a coprire tutte le corse previste dal piano del trasporto;",
    "Visto il preventivo trasmesso dalla Cooperativa Sociale \"Il Girasole\", con sede in Lamezia Terme, "
    "acquisito al prot. n. 7702 del 08/09/2026, per un importo di euro 17.640,00 oltre IVA al 5%, per il "
    "periodo dal 15/09/2026 al 10/06/2027;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, e dato atto che l'affidamento "
    "avviene nel rispetto del principio di rotazione;",
    "Accertata la regolarità contributiva della cooperativa (DURC prot. INPS n. 47330915, scadenza "
    "05/01/2027) e acquisito il CIG B5C9D30F17;",
    "Dato atto dell'insussistenza di situazioni di conflitto di interessi ai sensi dell'art. 6-bis della "
    "L. n. 241/1990;",
]
for p in prem:
    pdf.multi_cell(170, 5.6, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(2)
pdf.set_font("Times", "B", 11.5)
pdf.cell(170, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)
pts = [
    "di affidare alla Cooperativa Sociale \"Il Girasole\" di Lamezia Terme il servizio di assistenza e "
    "sorveglianza sugli scuolabus comunali per l'anno scolastico 2026/2027, per l'importo di euro "
    "17.640,00 oltre IVA al 5%, per complessivi euro 18.522,00;",
    "di impegnare la spesa di euro 18.522,00 alla Missione 4, Programma 6, capitolo 1450 del bilancio di "
    "previsione 2026/2028, per euro 5.557,00 sull'esercizio 2026 e per euro 12.965,00 sull'esercizio 2027;",
    "di stabilire che il contratto è stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il responsabile del procedimento è la sottoscritta e che il presente atto è "
    "esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\" del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.set_x(20)
    pdf.cell(8, 5.6, "%d)" % i)
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.6, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

pdf.ln(6)
if pdf.get_y() > 240:
    pdf.add_page()
pdf.set_font("Times", "", 11)
pdf.cell(80, 5.5, "Falerna, 10/09/2026")
pdf.set_font("Times", "B", 11)
pdf.cell(90, 5.5, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
pdf.set_x(100)
pdf.cell(90, 5.5, "F.to dott.ssa Carmela Cianflone", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_line_width(0.2)
y = pdf.get_y()
pdf.set_font("Helvetica", "B", 8.5)
pdf.set_xy(22, y + 2)
pdf.cell(166, 4.5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (art. 183, c. 7, TUEL)",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_x(22)
pdf.multi_cell(166, 4.5, "Impegno n. 611/2026 (euro 5.557,00) e impegno n. 38/2027 (euro 12.965,00) - Capitolo "
               "1450. Si appone il visto favorevole. Falerna, 11/09/2026. Il Responsabile dell'Area "
               "Economico-Finanziaria F.to rag. Salvatore Perri", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.rect(20, y, 170, pdf.get_y() - y + 2)

pdf.output(out)
