# Valfenera (AT): certificate of publication of GC 18/2026, fpdf2 with a label grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Sipal Albo Pretorio"); p.set_title("Attestazione di pubblicazione")
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.add_page(); p.set_margins(22, 20, 22)
p.set_font("LS", "B", 15); p.cell(0, 8, "COMUNE DI VALFENERA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Asti  -  Piazza Vittorio Emanuele II, 1  -  14017 Valfenera", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(22, p.get_y() + 2, 188, p.get_y() + 2); p.ln(10)
p.set_font("LS", "B", 12); p.cell(0, 7, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
rows = [("Registro pubblicazioni", "N. 131/2026"), ("Tipo atto", "Deliberazione della Giunta Comunale"), ("Numero e data", "n. 18 del 9.3.2026"),
        ("Oggetto", "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione dell'illuminazione pubblica di via Roma e della frazione Borgata Riva – CUP D27H26000120004."),
        ("Pubblicazione", "dal 12.3.2026 al 27.3.2026")]
for k, v in rows:
    y = p.get_y(); p.set_font("LS", "B", 10); p.set_fill_color(230, 230, 230)
    p.set_xy(65, y); p.set_font("LS", "", 10); p.multi_cell(123, 6, v, border=1, new_x="LMARGIN", new_y="NEXT"); h = p.get_y() - y
    p.rect(22, y, 43, h, style="DF"); p.set_xy(22, y); p.set_font("LS", "B", 10); p.multi_cell(43, 6, k); p.set_y(y + h)
p.ln(8); p.set_font("LS", "", 10.5)
p.multi_cell(0, 6, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio, ATTESTA che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, senza opposizioni o reclami.")
p.ln(6); p.cell(0, 6, "Valfenera, 28.3.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(110); p.cell(78, 6, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(78, 6, "dott.ssa Laura Gribaudo", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
