# Pubblicazione di matrimonio, Comune di Brescello: fpdf2 with DejaVu (Type0/CID fonts), label grid and spouses table
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(20, 18, 20); p.add_page()
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI BRESCELLO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Reggio Emilia", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Settore Servizi al Cittadino – Servizi Demografici – Ufficio dello Stato Civile", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
for a, b in [("Atto n.", "3 Parte I Serie A/2026"), ("Affissa il", "20/04/2026"), ("Defissa il", "29/04/2026")]:
    p.set_font("DV", "B", 9); p.cell(40, 7, a, border=1); p.set_font("DV", "", 9); p.cell(60, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5); p.set_font("DV", "B", 14); p.cell(0, 9, "PUBBLICAZIONE DI MATRIMONIO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "L'Ufficiale dello Stato Civile, a richiesta delle persone sotto indicate, rende noto che:")
p.ln(2)
rows = [("", "Lo sposo", "La sposa"), ("Cognome e nome", "Catellani Matteo", "Guidetti Sara"),
        ("Luogo e data di nascita", "Guastalla, 12/06/1994", "Parma, 03/02/1996"), ("Residenza", "Brescello", "Brescello")]
for r in rows:
    p.set_font("DV", "B" if r[0] in ("",) else "", 9)
    p.set_font("DV", "B", 9); p.cell(50, 7, r[0], border=1); p.set_font("DV", "B" if r[0] == "" else "", 9)
    p.cell(60, 7, r[1], border=1); p.cell(60, 7, r[2], border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "intendono celebrare tra loro matrimonio civile nella Casa Comunale di Brescello. Chiunque conosca l'esistenza di impedimenti è tenuto a farne denuncia all'Ufficiale dello Stato Civile. La presente pubblicazione resterà affissa alla porta della Casa Comunale e all'Albo Pretorio on line per otto giorni interi e consecutivi.")
p.ln(6); p.multi_cell(0, 5.5, "Brescello, addì venti del mese di aprile dell'anno duemilaventisei.")
p.ln(8); p.cell(100); p.multi_cell(0, 5.5, "L'Ufficiale dello Stato Civile\nRoberta Incerti")
p.output(sys.argv[1])
