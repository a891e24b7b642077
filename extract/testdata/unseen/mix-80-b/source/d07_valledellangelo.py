# fpdf2 form: certificate of publication of an ordinanza
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_producer("Maggioli Sicraweb Stampe 3.1") if hasattr(p, "set_producer") else None
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.add_page(); p.set_margins(20, 20, 20)
p.set_font("LS", "B", 15); p.cell(0, 8, "COMUNE DI VALLE DELL'ANGELO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 10); p.cell(0, 6, "Provincia di Salerno – Albo Pretorio on line", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("LS", "B", 13); p.cell(0, 8, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
rows = [("Tipo atto", "ORDINANZA SINDACALE"), ("Numero", "5"), ("Data atto", "02/04/2026"),
        ("Oggetto", "Divieto di transito sulla strada comunale Valle dell'Angelo – Pruno per smottamento del corpo stradale al km 1+200, fino al completamento degli interventi di messa in sicurezza."),
        ("N. registro pubblicazioni", "97"), ("Pubblicato dal", "03/04/2026 al 18/04/2026")]
for k, v in rows:
    p.set_font("LS", "B", 10); x, y = p.get_x(), p.get_y()
    p.set_fill_color(225, 225, 225); 
    p.set_font("LS", "", 10); h = len(p.multi_cell(120, 6, v, dry_run=True, output="LINES")) * 6
    p.rect(x, y, 50, h, style="DF"); p.set_font("LS", "B", 10); p.cell(50, 6, k); p.set_xy(x + 50, y)
    p.set_font("LS", "", 10); p.multi_cell(120, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.set_font("LS", "", 10.5)
p.multi_cell(0, 6, "Il sottoscritto Messo Comunale, visti gli atti d'ufficio, ATTESTA che l'ordinanza sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 03/04/2026 al 18/04/2026, senza opposizioni o reclami.")
p.ln(6); p.cell(0, 6, "Valle dell'Angelo, 20/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.cell(0, 6, "IL MESSO COMUNALE", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 6, "Vincenzo Gorga", align="R")
p.output(sys.argv[1])
