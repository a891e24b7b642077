# Comune di Ottaviano - determinazione, imitating a "Halley Cloud" print (sector + general register).
# Producer: fpdf2 with DejaVu Sans (TTF subset embedded).
import sys
from fpdf import FPDF

out = sys.argv[1]
D = "/usr/share/fonts/truetype/dejavu/"
SUBJ = ("Lavori di manutenzione straordinaria della copertura della scuola primaria \u201cMario Capasso\u201d di via "
        "Zabatta \u2013 Affidamento diretto ai sensi dell\u2019art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta "
        "Edil Vesuviana S.r.l. \u2013 CIG B6A1F30C2D \u2013 Impegno di spesa")


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(0)
            self.rect(15, 12, 18, 22)
            self.set_font("dv", "I", 6)
            self.set_xy(15, 22); self.cell(18, 3, "stemma", align="C")
            self.set_xy(36, 13)
            self.set_font("dv", "B", 15); self.cell(0, 7, "COMUNE DI OTTAVIANO", new_x="LMARGIN", new_y="NEXT")
            self.set_x(36); self.set_font("dv", "", 9.5); self.cell(0, 5, "Città Metropolitana di Napoli", new_x="LMARGIN", new_y="NEXT")
            self.set_x(36); self.set_font("dv", "", 7.5)
            self.cell(0, 4, "Piazza Municipio, 1 - 80044 Ottaviano (NA) - www.comune.ottaviano.na.it", new_x="LMARGIN", new_y="NEXT")
            self.set_y(38)
        else:
            self.set_font("dv", "", 7.5)
            self.set_y(10)
            self.cell(0, 4, "Comune di Ottaviano - Determinazione n. 348 del 11/03/2026", align="L")
            self.set_y(10)
            self.cell(0, 4, "Settore III - Lavori Pubblici e Manutenzioni", align="R")
            self.line(15, 15, 195, 15)
            self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 7)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.cell(0, 4, "Determinazione firmata digitalmente ai sensi dell\u2019art. 21 del D.Lgs. 82/2005", align="L")
        self.set_x(15)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.set_margins(15, 15, 15)
pdf.set_auto_page_break(True, 22)
pdf.add_font("dv", "", D + "DejaVuSans.ttf")
pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_title("Determinazione n. 348/2026")
pdf.set_creator("Halley Cloud - Gestione Atti")
pdf.set_producer("Halley Cloud PDF")
pdf.add_page()

# settore heading
pdf.set_fill_color(230, 230, 230)
pdf.set_font("dv", "B", 10.5)
pdf.cell(0, 7, "SETTORE III - LAVORI PUBBLICI E MANUTENZIONI", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
pdf.cell(0, 6, "Servizio Manutenzione del Patrimonio", border="LRB", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("dv", "B", 12)
pdf.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
# register boxes
pdf.set_font("dv", "", 9)
y = pdf.get_y()
pdf.set_xy(15, y); pdf.multi_cell(88, 6, "N. 57 del 10/03/2026\nRegistro del Settore", border=1, align="C")
pdf.set_xy(107, y); pdf.set_font("dv", "B", 9)
pdf.multi_cell(88, 6, "REGISTRO GENERALE N. 348 del 11/03/2026\nData di esecutività: 11/03/2026", border=1, align="C")
pdf.ln(5)
pdf.set_font("dv", "B", 9.5)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, SUBJ, align="J")
pdf.ln(2)
pdf.line(15, pdf.get_y(), 195, pdf.get_y())
pdf.ln(3)

pdf.set_font("dv", "B", 9.5)
pdf.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
txt = [
    "Premesso che con Decreto Sindacale n. 4 del 09/01/2026 al sottoscritto è stata attribuita la responsabilità del "
    "Settore III \u2013 Lavori Pubblici e Manutenzioni, con le funzioni di cui all\u2019art. 107 del D.Lgs. 267/2000;",
    "Richiamate la deliberazione di Consiglio Comunale n. 11 del 27/02/2026, di approvazione del Bilancio di previsione "
    "2026/2028, e la deliberazione di Giunta Comunale n. 29 del 04/03/2026, di approvazione del Piano Esecutivo di Gestione;",
    "Considerato che a seguito delle precipitazioni del mese di febbraio sono state riscontrate infiltrazioni d\u2019acqua "
    "nelle aule del primo piano della scuola primaria \u201cMario Capasso\u201d, come da relazione del tecnico comunale "
    "prot. n. 4418 del 03/03/2026, e che occorre intervenire con urgenza sul manto di copertura;",
    "Visto il preventivo della ditta Edil Vesuviana S.r.l., con sede in San Giuseppe Vesuviano (NA), P.IVA 07812340639, "
    "acquisito al prot. n. 4602 del 06/03/2026, per l\u2019importo di \u20ac 21.450,00 oltre IVA al 10%, ritenuto congruo;",
    "Visto l\u2019art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l\u2019affidamento diretto dei "
    "lavori di importo inferiore a 150.000 euro;",
    "Verificata la regolarità contributiva dell\u2019operatore economico (DURC prot. INAIL_52791633, scadenza 18/06/2026);",
    "Dato atto dell\u2019insussistenza di situazioni di conflitto di interessi ai sensi dell\u2019art. 16 del D.Lgs. 36/2023;",
]
for t in txt:
    pdf.multi_cell(0, 4.5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.set_font("dv", "B", 9.5)
pdf.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
pts = [
    "di affidare, ai sensi dell\u2019art. 50, comma 1, lett. a), del D.Lgs. 36/2023, alla ditta Edil Vesuviana S.r.l. i "
    "lavori di manutenzione straordinaria della copertura della scuola primaria \u201cMario Capasso\u201d, per l\u2019importo "
    "di \u20ac 21.450,00 oltre IVA al 10%, per complessivi \u20ac 23.595,00;",
    "di impegnare la somma di \u20ac 23.595,00 sul capitolo 2041.05 \u201cManutenzione straordinaria edifici scolastici\u201d "
    "del bilancio 2026/2028, esercizio 2026, come da prospetto in calce;",
    "di nominare Responsabile Unico del Progetto il geom. Ciro Ambrosio, istruttore tecnico del Settore;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l\u2019uso commerciale;",
    "di trasmettere il presente atto al Settore Economico Finanziario per l\u2019apposizione del visto di regolarità "
    "contabile attestante la copertura finanziaria.",
]
for i, t in enumerate(pts, 1):
    x = pdf.get_x()
    pdf.cell(8, 4.8, "%d." % i)
    pdf.multi_cell(0, 4.5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(4)
pdf.set_x(110)
pdf.set_font("dv", "B", 9)
pdf.multi_cell(85, 5, "IL RESPONSABILE DEL SETTORE III\nIng. Raffaele Iervolino\n", align="C")
pdf.set_x(110); pdf.set_font("dv", "I", 7.5)
pdf.multi_cell(85, 4, "(firmato digitalmente)", align="C")

pdf.add_page()
pdf.set_font("dv", "B", 10)
pdf.cell(0, 7, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8.5)
pdf.multi_cell(0, 4.5, "Ai sensi dell\u2019art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
               "attestante la copertura finanziaria della spesa, che diviene esecutiva in data odierna.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
hdr = ["Esercizio", "Capitolo", "Missione/Progr.", "Impegno", "Importo", "Beneficiario"]
wd = [18, 22, 28, 24, 28, 60]
pdf.set_font("dv", "B", 8)
for h, wi in zip(hdr, wd):
    pdf.cell(wi, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("dv", "", 8)
for v, wi in zip(["2026", "2041.05", "04.02", "412/2026", "\u20ac 23.595,00", "EDIL VESUVIANA S.R.L."], wd):
    pdf.cell(wi, 6, v, border=1, align="C")
pdf.ln(10)
pdf.set_font("dv", "", 8.5)
pdf.cell(0, 5, "Ottaviano, 11/03/2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("dv", "B", 9)
pdf.multi_cell(85, 5, "IL RESPONSABILE DEL SETTORE II\nECONOMICO FINANZIARIO\nDott.ssa Carmela Annunziata", align="C")
pdf.ln(8)
pdf.set_font("dv", "B", 8.5)
pdf.cell(0, 6, "PUBBLICAZIONE", border="LTR", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8.5)
pdf.multi_cell(0, 4.5, "La presente determinazione è pubblicata all\u2019Albo Pretorio on line dal 12/03/2026 al 27/03/2026 "
               "con il n. 771 del Registro delle pubblicazioni.", border="LRB", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
