# Smerillo (FM): relata di pubblicazione of the Messo comunale (fpdf2): letter-spaced headings
# with char spacing, label/value grid in cells, tick boxes.
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 18, 20); p.add_page()
p.set_creator("Maggioli Sicraweb - Messi"); p.set_title("Relata di pubblicazione")
F = "/usr/share/fonts/truetype/dejavu/"
p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
p.add_font("dv", "I", F + "DejaVuSans-Oblique.ttf")
p.set_font("dv", "B", 15); p.set_char_spacing(2.5)
p.cell(0, 8, "COMUNE DI SMERILLO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0); p.set_font("dv", "", 9)
p.cell(0, 5, "Provincia di Fermo – Via Roma, 1 – 63856 Smerillo (FM)", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "UFFICIO MESSI COMUNALI", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(22, p.get_y() + 2, 190, p.get_y() + 2); p.ln(12)
p.set_font("dv", "B", 13); p.set_char_spacing(3)
p.cell(0, 8, "RELATA DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0); p.set_font("dv", "", 9)
p.cell(0, 5, "Registro cronologico delle pubblicazioni n. 402/2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_font("dv", "", 10.5)
p.multi_cell(0, 6, "Il sottoscritto Messo Comunale, nominato con decreto sindacale n. 1 del 7 gennaio 2026, RIFERISCE di aver pubblicato all'Albo Pretorio on line di questo Comune, per la durata di quindici giorni consecutivi, l'atto di seguito indicato:", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
rows = [("Tipo atto", "Ordinanza del Responsabile dell'Area Tecnica"), ("Numero", "12"), ("Data", "9 settembre 2026"),
        ("Oggetto", "Ordinanza di rimozione del materiale franato e di messa in sicurezza della scarpata a monte della strada comunale per la frazione Santa Maria in Vallibus."),
        ("Richiedente", "Area Tecnica – Servizio Manutenzioni"), ("Periodo di pubblicazione", "dal 10/09/2026 al 25/09/2026")]
for k, v in rows:
    y0 = p.get_y(); p.set_font("dv", "B", 10); p.set_fill_color(230, 230, 230)
    p.set_xy(22, y0); p.multi_cell(48, 7, k, border=0, fill=False, align="L")
    p.set_xy(72, y0); p.set_font("dv", "", 10); p.multi_cell(118, 7, v, border="B", align="L")
    p.set_y(max(p.get_y(), y0 + 7) + 1.5)
p.ln(6); p.set_font("dv", "", 10.5)
p.cell(6, 6, "[X]"); p.cell(0, 6, "   senza opposizioni o reclami", new_x="LMARGIN", new_y="NEXT")
p.cell(6, 6, "[ ]"); p.cell(0, 6, "   con le seguenti opposizioni: ______________________________", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.cell(0, 6, "Smerillo, 26/09/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(110); p.set_font("dv", "B", 10.5); p.set_char_spacing(1.5); p.cell(80, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0); p.set_x(110); p.set_font("dv", "I", 10.5); p.cell(80, 6, "Loredana Vitali", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_auto_page_break(False); p.set_y(-22); p.set_font("dv", "", 7.5); p.cell(0, 5, "Comune di Smerillo – Ufficio Messi – Relata n. 402/2026", align="C")
p.output(sys.argv[1])
