import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.add_page(); p.set_margins(22, 20); p.set_y(20)
p.set_font("Helvetica", "B", 14); p.cell(0, 8, "COMUNE DI BAGNOLI DEL TRIGNO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", "", 10); p.cell(0, 6, "Provincia di Isernia", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_font("Helvetica", "B", 12); p.cell(0, 8, "ATTESTAZIONE DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("Helvetica", "", 11)
for a, b in [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "7"), ("Data", "02/02/2026"),
             ("Oggetto", "Concessione del patrocinio e di un contributo alla Pro Loco per la manifestazione \"Carnevale Bagnolese 2026\"."),
             ("N. registro pubblicazioni", "41/2026")]:
    y = p.get_y(); p.set_font("Helvetica", "B", 11); p.multi_cell(50, 7, a, border=1, new_x="RIGHT", new_y="TOP")
    p.set_font("Helvetica", "", 11); p.multi_cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.multi_cell(0, 6, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio, ATTESTA che la deliberazione sopra indicata e' stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 04/02/2026 al 19/02/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, senza opposizioni.")
p.ln(6); p.cell(0, 6, "Bagnoli del Trigno, 20/02/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.cell(0, 6, "IL SEGRETARIO COMUNALE", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 6, "dott. Nicola D'Alessandro", align="R")
p.output(sys.argv[1])
