# Certificate of publication printed as the detached last page (5 of 5) of Giunta deliberation 41/2026; fpdf2.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_margins(22, 20, 22); p.set_auto_page_break(False)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf")
p.set_creator("ADS Sistemi Gestione Atti"); p.set_producer("PyFPDF/fpdf2 (ADS)")
p.add_page()
p.set_font("LS", "", 8); p.cell(0, 5, "Comune di Sant'Egidio alla Vibrata – Deliberazione della Giunta Comunale n. 41 del 19/03/2026", align="R", new_x="LMARGIN", new_y="NEXT")
p.ln(18)
p.set_font("LS", "B", 12); p.cell(0, 8, "RELATA DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("LS", "", 10.5)
rows = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero e data", "n. 41 del 19/03/2026"),
 ("Oggetto", "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione energetica della scuola primaria di via Roma – CUP D47D26000120006."),
 ("N. Registro pubblicazioni", "612/2026"), ("Pubblicata dal", "23/03/2026 al 07/04/2026")]
for k, v in rows:
    y = p.get_y(); p.set_font("LS", "B", 10); p.multi_cell(52, 7, k, border=1, new_x="RIGHT", new_y="TOP")
    p.set_font("LS", "", 10); p.multi_cell(0, 7, v, border=1, new_x="LMARGIN", new_y="NEXT")
    h = p.get_y() - y; p.rect(22, y, 52, h)
p.ln(8)
p.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line del Comune per quindici giorni consecutivi, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267, e che contestualmente all'affissione è stata comunicata ai capigruppo consiliari ai sensi dell'art. 125 del medesimo decreto.")
p.ln(4); p.cell(0, 6, "Sant'Egidio alla Vibrata, 08/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(10)
p.set_x(110); p.cell(78, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(78, 6, "Cinzia Di Domenico", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_y(-22); p.set_font("LS", "", 8); p.cell(0, 5, "Pagina 5 di 5", align="C")
p.output(sys.argv[1])
