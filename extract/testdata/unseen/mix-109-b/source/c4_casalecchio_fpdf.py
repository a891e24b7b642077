#!/usr/bin/env python3
"""Casalecchio di Reno, J-Iride house style again, printed by fpdf2 (the
package's 'stampa rapida' for liquidations): letterhead, label grid of
the registers, subject boxed, running head with R.G. number from page 2,
'Pag. X di N' foot, justified body in an embedded TrueType font."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "c4.pdf"
FONTS = "/usr/share/fonts/truetype/liberation/"
RG, RG_DATE = "641", "23/09/2026"


class Det(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(29, 63, 115)
            self.set_fill_color(223, 231, 243)
            self.set_line_width(0.4)
            # shield
            x, y = 20, 12
            self.polygon([(x, y), (x + 14, y), (x + 14, y + 11), (x + 7, y + 19), (x, y + 11)], style="DF")
            self.set_fill_color(29, 63, 115)
            self.rect(x + 3, y + 7, 8, 2.2, style="F")
            self.rect(x + 6, y + 2, 2, 12, style="F")
            self.set_text_color(29, 63, 115)
            self.set_xy(38, 13)
            self.set_font("LSans", "B", 15)
            self.cell(0, 7, "COMUNE DI CASALECCHIO DI RENO")
            self.set_xy(38, 20)
            self.set_font("LSans", "", 9.5)
            self.cell(0, 5, "Città metropolitana di Bologna")
            self.set_xy(38, 25)
            self.set_text_color(68, 68, 68)
            self.set_font("LSans", "", 8)
            self.cell(0, 4, "Via dei Mille, 9 – 40033 Casalecchio di Reno (BO) – C.F. 01135570370")
            self.set_line_width(0.3)
            self.line(20, 33, 190, 33)
            self.set_text_color(0, 0, 0)
            self.set_y(38)
        else:
            self.set_font("LSans", "I", 8)
            self.set_text_color(68, 68, 68)
            self.set_xy(20, 11)
            self.cell(0, 4, "Comune di Casalecchio di Reno – Determinazione dirigenziale R.G. n. %s del %s" % (RG, RG_DATE))
            self.set_line_width(0.15)
            self.line(20, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(68, 68, 68)
        self.cell(120, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


pdf = Det(format="A4")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("LSerif", "", FONTS + "LiberationSerif-Regular.ttf")
pdf.add_font("LSerif", "B", FONTS + "LiberationSerif-Bold.ttf")
pdf.add_font("LSerif", "I", FONTS + "LiberationSerif-Italic.ttf")
pdf.add_font("LSans", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("LSans", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("LSans", "I", FONTS + "LiberationSans-Italic.ttf")
pdf.set_title("Determinazione R.G. 641/2026")
pdf.set_author("Comune di Casalecchio di Reno")
pdf.set_creator("J-Iride Atti - stampa rapida")
pdf.add_page()

pdf.set_font("LSans", "B", 13)
pdf.cell(0, 8, "DETERMINAZIONE DIRIGENZIALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_draw_color(127, 143, 166)
pdf.set_line_width(0.2)
grid = [("N. Registro Generale", RG, "Data", RG_DATE),
        ("N. Registro Settore", "87", "Data", "22/09/2026"),
        ("N. Proposta", "1805", "Data", "21/09/2026"),
        ("Area", "AREA SERVIZI FINANZIARI", None, None),
        ("Servizio", "Servizio Entrate e Tributi", None, None),
        ("Responsabile del procedimento", "rag. Monica Gamberini", None, None)]
for a, b, c, d in grid:
    pdf.set_fill_color(238, 242, 248)
    pdf.set_font("LSans", "", 8.5)
    pdf.cell(48, 7, " " + a, border=1, fill=True)
    pdf.set_font("LSans", "B", 9.5)
    if c is None:
        pdf.cell(122, 7, " " + b, border=1, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(58, 7, " " + b, border=1)
        pdf.set_font("LSans", "", 8.5)
        pdf.cell(18, 7, " " + c, border=1, fill=True)
        pdf.set_font("LSans", "B", 9.5)
        pdf.cell(46, 7, " " + d, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
subject = ("RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) PER LE "
           "ANNUALITÀ 2023 E 2024. LIQUIDAZIONE A FAVORE DI N. 7 CONTRIBUENTI")
y0 = pdf.get_y()
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.35)
pdf.set_x(23)
pdf.set_font("LSans", "B", 9.5)
pdf.cell(0, 6, "OGGETTO:", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(23)
pdf.set_font("LSans", "B", 10)
pdf.multi_cell(164, 5.2, subject, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.rect(20, y0 - 1, 170, pdf.get_y() - y0 + 3)
pdf.ln(7)

pdf.set_font("LSerif", "B", 11)
pdf.cell(0, 6, "IL DIRIGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)


def par(lead, text):
    pdf.set_font("LSerif", "", 11)
    pdf.multi_cell(0, 5.4, "**%s** %s" % (lead, text), align="J", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


par("Premesso che", "con deliberazione del Consiglio Comunale n. 12 del 26/03/2026 sono state confermate per "
    "l'anno 2026 le aliquote dell'Imposta Municipale Propria e che il vigente Regolamento per la disciplina "
    "dell'IMU, all'art. 18, prevede che il contribuente possa richiedere il rimborso delle somme versate e non "
    "dovute entro il termine di cinque anni dal giorno del versamento;")
par("Viste", "le istanze di rimborso presentate da n. 7 contribuenti, acquisite al protocollo generale tra il "
    "03/02/2026 e il 28/07/2026, i cui dati identificativi sono riportati nell'allegato A, conservato agli atti "
    "del Servizio e non pubblicato ai sensi del Regolamento (UE) 2016/679;")
par("Dato atto che", "l'istruttoria condotta dal Servizio Entrate e Tributi ha accertato, per ciascuna istanza, "
    "versamenti eccedenti l'imposta dovuta per le annualità 2023 e 2024, dovuti in prevalenza all'errata "
    "applicazione dell'aliquota ordinaria ad abitazioni concesse in comodato a parenti in linea retta e "
    "a versamenti duplicati, per un importo complessivo di € 6.482,00, oltre agli interessi calcolati al "
    "tasso legale per complessivi € 191,37;")
par("Verificato", "che nei confronti dei richiedenti non risultano debiti tributari scaduti nei confronti del "
    "Comune con i quali operare la compensazione prevista dall'art. 20 del Regolamento;")
par("Visti", "l'art. 1, commi 164 e 165, della legge 27 dicembre 2006, n. 296; gli artt. 107, 183 e 184 del "
    "D.Lgs. 18 agosto 2000, n. 267; il vigente Regolamento di contabilità; il decreto del Sindaco n. 19 del "
    "30/06/2025 di conferimento dell'incarico di direzione dell'Area Servizi Finanziari;")

pdf.ln(1)
pdf.set_font("LSerif", "B", 11)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pts = [
    "di accogliere le istanze di rimborso IMU per le annualità 2023 e 2024 presentate dai contribuenti "
    "indicati nell'allegato A, per un importo complessivo di € 6.673,37, di cui € 6.482,00 a titolo di "
    "imposta ed € 191,37 a titolo di interessi;",
    "di imputare la spesa di € 6.673,37 al capitolo 10150/810 \"Rimborsi di imposte e tasse non dovute\" "
    "del Bilancio 2026-2028, esercizio 2026, impegno n. 2026/1958;",
    "di liquidare a ciascun contribuente la somma indicata nell'allegato A mediante bonifico sul conto "
    "corrente indicato nell'istanza;",
    "di dare atto che l'allegato A, contenente dati personali, è depositato agli atti del Servizio Entrate e "
    "Tributi e non è oggetto di pubblicazione.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("LSerif", "", 11)
    pdf.cell(7, 5.4, "%d." % i)
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

pdf.ln(8)
pdf.set_x(105)
for line, st in (("IL DIRIGENTE", "B"), ("AREA SERVIZI FINANZIARI", "B"), ("dott.ssa Silvia Bernardi", ""),
                 ("(sottoscritto digitalmente)", "I")):
    pdf.set_font("LSerif", st, 9 if st == "I" else 11)
    pdf.set_x(105)
    pdf.cell(85, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")

pdf.ln(10)
pdf.set_font("LSans", "B", 9.5)
pdf.cell(0, 6, "VISTO DI REGOLARITÀ CONTABILE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSerif", "", 10.5)
pdf.multi_cell(0, 5.2, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. "
               "267/2000 (impegno n. 2026/1958). Casalecchio di Reno, 23/09/2026.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.cell(85, 5.5, "IL DIRIGENTE AREA SERVIZI FINANZIARI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.cell(85, 5.5, "dott.ssa Silvia Bernardi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
