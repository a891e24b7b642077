# certificate of publication; fpdf2 with a TrueType font embedded as CID / Identity-H
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley Veneto - Stampa attestati"); p.add_page()
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI VIGO DI CADORE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 6, "Provincia di Belluno – Servizio Segreteria", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_font("DV", "B", 13)
p.cell(0, 9, "CERTIFICATO DI PUBBLICAZIONE", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("DV", "", 10.5)
rows = [("Atto", "Deliberazione della Giunta comunale"), ("Numero", "22"), ("Data", "02/04/2026"),
        ("Oggetto", "Concessione in uso gratuito della malga comunale Ciampo alla Regola di Laggio per la stagione d'alpeggio 2026."),
        ("Registro pubblicazioni", "n. 198/2026")]
for k, v in rows:
    y = p.get_y(); p.set_font("DV", "B", 10.5); p.multi_cell(45, 7, k, border=1, new_x="RIGHT", new_y="TOP")
    p.set_xy(55, y); p.set_font("DV", "", 10.5); p.multi_cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(8)
p.multi_cell(0, 6.5, "Il sottoscritto Segretario comunale, su conforme attestazione del Messo, CERTIFICA che copia della "
    "deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune dal 07/04/2026 "
    "al 22/04/2026 per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, "
    "senza reclami od opposizioni.", align="J")
p.ln(6); p.cell(0, 6, "Vigo di Cadore, 23/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_x(115); p.multi_cell(80, 6, "IL SEGRETARIO COMUNALE\ndott. Stefano De Bon", align="C")
p.set_auto_page_break(False); p.set_y(-22); p.set_font("DV", "", 8); p.cell(0, 5, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pag. 1 di 1", align="C")
p.output(sys.argv[1])
