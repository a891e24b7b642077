# Esterzili: relata di pubblicazione of an ordinanza; fpdf2 with DejaVu (Type0/CID Identity-H)
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley Stampa"); p.set_producer("PyFPDF/fpdf2")
D = "/usr/share/fonts/truetype/dejavu/"
p.add_font("DV", "", D + "DejaVuSans.ttf"); p.add_font("DV", "B", D + "DejaVuSans-Bold.ttf"); p.add_font("DVS", "", D + "DejaVuSerif.ttf")
p.add_page(); p.set_margins(20, 15, 20)
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI ESTERZILI", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia del Sud Sardegna - Via Roma 38 - 08030 Esterzili", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(20, p.get_y() + 2, 190, p.get_y() + 2); p.ln(14)
p.set_font("DV", "B", 13); p.cell(0, 8, "RELATA DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
# label grid
p.set_font("DV", "", 10)
for a, b in [("Tipo atto", "Ordinanza sindacale"), ("Numero e data", "n. 3 del 12/01/2026"), ("N. registro pubblicazioni", "27"), ("Periodo di pubblicazione", "dal 13/01/2026 al 28/01/2026")]:
    p.set_fill_color(225, 225, 225); p.cell(60, 8, a, border=1, fill=True); p.cell(110, 8, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.set_font("DV", "B", 10); p.cell(0, 6, "Oggetto:", new_x="LMARGIN", new_y="NEXT")
p.set_font("DVS", "", 10.5)
p.multi_cell(0, 6, "Divieto di pascolo vagante nelle aree comunali di Monte Santa Vittoria e Su Pranu fino al completamento degli interventi di rimboschimento.", new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.set_font("DV", "", 10.5)
p.multi_cell(0, 6, "Il sottoscritto Messo comunale dichiara di aver pubblicato l'ordinanza sopra indicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, come sopra specificato, e che durante il periodo di pubblicazione non sono state presentate opposizioni.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.cell(0, 6, "Esterzili, 29/01/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(115); p.set_font("DV", "B", 10); p.cell(70, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("DV", "", 10); p.cell(70, 6, "Maria Grazia Loi", align="C")
p.set_auto_page_break(False); p.set_y(-20); p.set_font("DV", "", 7); p.cell(0, 5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", align="C")
p.output(sys.argv[1])
