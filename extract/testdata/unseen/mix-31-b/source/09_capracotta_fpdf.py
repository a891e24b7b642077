# Comune di Capracotta - attestazione di pubblicazione (Albo n. 97/2026) of Giunta deliberation 21/2026
# Producer: fpdf2, DejaVu Sans / DejaVu Serif embedded. A one-page certificate printed by an Albo module:
# label/value grid for the certified act, then the attestation in prose, stamp box and verification code.
import sys
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "attestazione-capracotta-fpdf.pdf"
D = "/usr/share/fonts/truetype/dejavu/"


class Cert(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Albo Pretorio on line - Comune di Capracotta - codice verifica AP-2026-000097-7F3C", align="L")
        self.cell(0, 4, f"Pag. {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")


pdf = Cert(format="A4")
pdf.set_creator("Albo on line - modulo attestazioni")
pdf.set_title("Attestazione di pubblicazione n. 97/2026")
pdf.set_author("Comune di Capracotta")
pdf.add_font("dv", "", D + "DejaVuSans.ttf")
pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
pdf.add_font("dvs", "", D + "DejaVuSerif.ttf")
pdf.add_font("dvs", "B", D + "DejaVuSerif-Bold.ttf")
pdf.add_font("dvs", "I", D + "DejaVuSerif-Italic.ttf")
pdf.set_margins(22, 18, 22)
pdf.add_page()

# crest caption + letterhead
pdf.set_draw_color(120, 120, 120)
pdf.ellipse(97, 14, 16, 18)
pdf.set_font("dv", "", 5)
pdf.set_xy(97, 21)
pdf.cell(16, 3, "STEMMA", align="C")
pdf.set_xy(22, 34)
pdf.set_font("dvs", "B", 16)
pdf.cell(0, 8, "COMUNE DI CAPRACOTTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dvs", "I", 9.5)
pdf.cell(0, 5, "Provincia di Isernia", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 8)
pdf.cell(0, 5, "Servizio Affari Generali - Ufficio Albo Pretorio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("dv", "B", 13)
pdf.cell(0, 8, "ATTESTAZIONE DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
pdf.cell(0, 5, "Registro delle pubblicazioni n. 97/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

SUBJECT = ("CONCESSIONE IN USO TEMPORANEO DEI LOCALI DEL GIARDINO DELLA FLORA APPENNINICA PER ATTIVITÀ DI "
           "EDUCAZIONE AMBIENTALE - ANNO 2026. ATTO DI INDIRIZZO.")
rows = [
    ("Tipo atto", "Deliberazione della Giunta Comunale"),
    ("Numero", "21"),
    ("Data atto", "05/03/2026"),
    ("Oggetto", SUBJECT),
    ("Pubblicazione", "dal 10/03/2026 al 25/03/2026"),
    ("Richiedente", "Servizio Affari Generali"),
]
pdf.set_fill_color(238, 238, 238)
for k, v in rows:
    y0 = pdf.get_y()
    pdf.set_font("dv", "", 8.5)
    # value first (to measure height), then label cell alongside
    pdf.set_xy(62, y0)
    pdf.set_font("dv", "B" if k in ("Numero", "Data atto") else "", 9)
    pdf.multi_cell(126, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    h = pdf.get_y() - y0
    pdf.set_xy(22, y0)
    pdf.set_font("dv", "", 8.5)
    pdf.rect(22, y0, 40, h, style="DF")
    pdf.cell(40, 6, k)
    pdf.set_y(y0 + h)
pdf.ln(8)

pdf.set_font("dvs", "", 11)
txt = ("Il sottoscritto Responsabile del Servizio Affari Generali, visti gli atti d'ufficio e l'art. 124 del "
       "D.Lgs. 18 agosto 2000, n. 267, nonché l'art. 32 della Legge 18 giugno 2009, n. 69,")
pdf.multi_cell(0, 6, txt, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dvs", "B", 11.5)
pdf.cell(0, 7, "A T T E S T A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dvs", "", 11)
txt = ("che la deliberazione della Giunta Comunale n. 21 del 05/03/2026, avente ad oggetto quanto sopra indicato, "
       "viene pubblicata all'Albo Pretorio on line di questo Comune, accessibile dal sito istituzionale, per quindici "
       "giorni consecutivi dal 10/03/2026 al 25/03/2026, e che della stessa è stata data contestuale comunicazione "
       "ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.")
pdf.multi_cell(0, 6, txt, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.cell(80, 6, "Capracotta, 10/03/2026")
pdf.set_x(110)
pdf.set_font("dv", "B", 9)
pdf.multi_cell(78, 5, "IL RESPONSABILE DEL SERVIZIO\nAFFARI GENERALI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("dvs", "", 11)
pdf.cell(78, 6, "Rag. Maria Carmela Di Nucci", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("dvs", "I", 8)
pdf.cell(78, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")

# protocol-like stamp box
pdf.ln(14)
pdf.set_draw_color(40, 40, 40)
pdf.set_font("dv", "", 7.5)
pdf.set_x(22)
pdf.multi_cell(70, 4.2, "ALBO PRETORIO ON LINE\nAffisso il 10/03/2026 al n. 97\nFine pubblicazione: 25/03/2026\nIl Messo Comunale: Antonio Sozio",
               border=1, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
