# Calestano certificate of publication: fpdf2, form with label grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Sfera Albo - modulo CERTPUB"); p.add_page()
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 13); p.cell(0, 7, "COMUNE DI CALESTANO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Parma – Ufficio Segreteria", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_font("DV", "B", 12); p.cell(0, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 9.5)
rows = [("Tipo atto", "Deliberazione della Giunta Comunale"), ("Numero", "31"), ("Data atto", "24/03/2026"),
        ("Oggetto", "Approvazione dello schema di convenzione con l'Associazione Pro Loco di Calestano per la gestione dell'ufficio informazioni turistiche – anno 2026."),
        ("N. Registro Albo", "231"), ("Pubblicato dal", "27/03/2026"), ("al", "11/04/2026")]
for k, v in rows:
    y = p.get_y(); p.set_fill_color(230, 230, 230)
    h = len(p.multi_cell(135, 6, v, dry_run=True, output="LINES")) * 6
    p.set_xy(15, y); p.cell(45, h, k, border=1, fill=True)
    p.set_xy(60, y); p.multi_cell(135, 6, v, border=1); p.set_y(y + h)
p.ln(8)
p.multi_cell(0, 5.5, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio, CERTIFICA che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi, dal 27/03/2026 all'11/04/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, senza reclami od opposizioni.")
p.ln(4); p.cell(0, 6, "Calestano, 13/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(120); p.cell(0, 6, "IL SEGRETARIO COMUNALE", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.cell(0, 6, "dott.ssa Francesca Pelosi", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
