# certificate of publication, fpdf2 with DejaVu TTF (CID font), label/value grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Sicraweb Albo 5.4"); p.set_producer("Sicraweb Albo 5.4")
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.add_page(); p.set_margins(22, 20, 22)
p.set_font("DV", "B", 14); p.cell(0, 8, "COMUNE DI CELENZA VALFORTORE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia di Foggia – Servizio Segreteria e Albo Pretorio", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(8)
p.set_font("DV", "B", 12); p.cell(0, 8, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 9.5)
rows = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", "26"), ("Data", "12/03/2026"),
        ("Oggetto", "Approvazione del piano comunale di protezione civile – aggiornamento 2026."),
        ("N. registro pubblicazioni", "214"), ("Pubblicata dal", "16/03/2026"), ("al", "31/03/2026")]
for k, v in rows:
    y = p.get_y(); p.set_font("DV", "B", 9.5); p.multi_cell(55, 7, k, border=1, new_x="RIGHT", new_y="TOP")
    p.set_font("DV", "", 9.5); p.multi_cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 16/03/2026 al 31/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, senza opposizioni o reclami.")
p.ln(4); p.cell(0, 6, "Celenza Valfortore, lì 1° aprile 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.cell(90); p.multi_cell(0, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE\nsig. Giuseppe Colecchia", align="C")
p.output(sys.argv[1])
