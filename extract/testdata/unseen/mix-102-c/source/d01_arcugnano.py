# Certificato di pubblicazione of a determinazione (fpdf2, DejaVu as CID TrueType, label grid)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 15); self.cell(0, 7, "COMUNE DI ARCUGNANO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 9); self.cell(0, 5, "Provincia di Vicenza – Piazza Rumor, 1 – 36057 Arcugnano (VI)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Servizio Segreteria – Albo Pretorio on line", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 2, 190, self.get_y() + 2); self.ln(8)
    def footer(self):
        self.set_y(-15); self.set_font("dv", "", 7)
        self.cell(0, 5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – pagina " + str(self.page_no()), align="C")
p = P(format="A4"); p.set_margins(20, 15, 20)
p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
p.add_page()
p.set_font("dv", "B", 13); p.set_char_spacing(1.5)
p.cell(0, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0); p.ln(3)
rows = [("Registro Albo n.", "2026/000487"), ("Tipo atto", "DETERMINAZIONE"), ("Settore", "SETTORE 3 – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE"),
        ("Numero di settore", "n. 48 del 01/04/2026"), ("Registro Generale", "N. 211 del 02/04/2026"),
        ("Oggetto", "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI – STAGIONE 2026 – AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023. CIG B9F2A41C07. IMPEGNO DI SPESA."),
        ("Pubblicazione", "dal 03/04/2026 al 18/04/2026")]
for k, v in rows:
    p.set_font("dv", "", 9.5)
    n = len(p.multi_cell(130, 6, v, dry_run=True, output="LINES")); h = 6 * n
    y = p.get_y()
    p.set_font("dv", "B", 9); p.set_fill_color(225, 225, 225)
    p.rect(20, y, 40, h, style="DF"); p.set_xy(20, y); p.cell(40, 6, k)
    p.set_font("dv", "", 9.5); p.set_xy(60, y); p.multi_cell(130, 6, v, border=1)
    p.set_xy(20, y + h)
p.ln(8); p.set_font("dv", "", 10)
p.multi_cell(0, 5.5, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("dv", "B", 11); p.cell(0, 7, "C E R T I F I C A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 10); p.ln(1)
p.multi_cell(0, 5.5, "che la determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 03/04/2026 al 18/04/2026, ai sensi dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, e che nel suddetto periodo non sono pervenute opposizioni o reclami.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.cell(85, 6, "Arcugnano, 20/04/2026")
p.cell(0, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(85, 6, ""); p.cell(0, 6, "Rag. Lucia Zordan", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_creator("Halley Informatica – Albo on line"); p.set_producer("PyFPDF/fpdf2")
p.output(sys.argv[1])
