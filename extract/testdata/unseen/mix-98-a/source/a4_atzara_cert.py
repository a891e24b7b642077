# Comune di Atzara (NU) - certificate of publication of G.C. 38/2026; fpdf2, label grid in a bordered table
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
p = FPDF(format="A4"); p.set_margins(22, 18, 22)
p.add_font("dv", "", F + "DejaVuSans.ttf"); p.add_font("dv", "B", F + "DejaVuSans-Bold.ttf")
p.set_creator("Halley Informatica - Albo Pretorio"); p.set_producer("Halley PDF Engine (fpdf2)")
p.add_page()
p.set_font("dv", "B", 13); p.cell(0, 6, "COMUNE DI ATZARA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 8.5); p.cell(0, 4.5, "Provincia di Nuoro", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 4.5, "Servizio Albo Pretorio", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_font("dv", "B", 11.5); p.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("dv", "", 9.5)
rows = [("Tipo atto", "Deliberazione della Giunta Comunale"), ("Numero atto", "38"), ("Data atto", "14/04/2026"),
        ("Oggetto", "Approvazione dello schema di convenzione con l'Associazione di Volontariato \"Protezione Civile Atzara\" per il servizio di avvistamento e primo intervento antincendio boschivo - campagna 2026."),
        ("N. registro pubblicazione", "217/2026"), ("Periodo di pubblicazione", "dal 16/04/2026 al 01/05/2026")]
with p.table(col_widths=(48, 118), text_align=("LEFT", "LEFT"), first_row_as_headings=False, line_height=6, v_align="TOP") as t:
    for a, b in rows:
        r = t.row(); r.cell(a); r.cell(b)
p.ln(8)
p.multi_cell(0, 5.5, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "B", 10.5); p.cell(0, 8, "CERTIFICA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("dv", "", 9.5)
p.multi_cell(0, 5.5, "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 16/04/2026 al 01/05/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della legge 18 giugno 2009, n. 69, senza opposizioni o reclami.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.cell(0, 5, "Atzara, 04/05/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(110); p.set_font("dv", "B", 9.5); p.cell(78, 5, "Il Responsabile della pubblicazione", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("dv", "", 9.5); p.cell(78, 5, "Salvatore Meloni", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
