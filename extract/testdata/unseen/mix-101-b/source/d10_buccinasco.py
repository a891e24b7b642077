# Buccinasco: certificate of publication of a Consiglio deliberation (fpdf2); label grid, rotated "ALBO PRETORIO" stamp,
# a running foot on every page; producer string set.
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
p = FPDF(format="A4"); p.set_producer("JIride Stampe / fpdf2"); p.add_font("dv", "", F); p.add_font("dv", "B", FB)
p.set_margins(22, 20, 22); p.add_page()
p.set_font("dv", "B", 14); p.cell(0, 8, "COMUNE DI BUCCINASCO", new_x="LMARGIN", new_y="NEXT", align="C")
p.set_font("dv", "", 9); p.cell(0, 5, "Città metropolitana di Milano – Settore Affari Generali – Ufficio Messi", new_x="LMARGIN", new_y="NEXT", align="C")
p.ln(6); p.set_font("dv", "B", 12); p.cell(0, 8, "CERTIFICATO DI PUBBLICAZIONE", new_x="LMARGIN", new_y="NEXT", align="C"); p.ln(3)
p.set_font("dv", "", 10)
for lab, val in [("Atto", "Deliberazione del Consiglio Comunale"), ("Numero", "8"), ("Data", "24/02/2026"),
                 ("Oggetto", "Approvazione dell'aggiornamento del Piano di Emergenza Comunale di Protezione Civile."),
                 ("Registro pubblicazioni", "n. 402/2026"), ("Periodo", "dal 02/03/2026 al 17/03/2026")]:
    p.set_font("dv", "B", 9); p.cell(45, 8, lab, border=1)
    p.set_font("dv", "", 10); p.multi_cell(0, 8, val, border=1, align="L", new_x="LMARGIN", new_y="NEXT")
p.ln(6)
p.multi_cell(0, 6, "Il sottoscritto Responsabile delle Pubblicazioni, visti gli atti d'ufficio, CERTIFICA che la deliberazione sopra indicata "
             "è stata pubblicata all'Albo pretorio on line di questo Comune per quindici giorni consecutivi, dal 02/03/2026 al 17/03/2026, "
             "ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000 e dell'art. 32 della L. 69/2009, senza che siano pervenute opposizioni.")
p.ln(4); p.cell(0, 6, "Buccinasco, 18/03/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.cell(0, 6, "IL RESPONSABILE DELLE PUBBLICAZIONI", new_x="LMARGIN", new_y="NEXT", align="R")
p.cell(0, 6, "Emanuela Scotti", new_x="LMARGIN", new_y="NEXT", align="R")
with p.rotation(90, 14, 200):
    p.set_text_color(150, 0, 0); p.set_font("dv", "B", 11)
    p.text(14, 200, "ALBO PRETORIO ON LINE – REG. N. 402/2026 – PUBBLICATO")
p.set_text_color(0); p.set_auto_page_break(False); p.set_y(-18); p.set_font("dv", "", 7); p.cell(0, 5, "Via Roma, 2 – 20090 Buccinasco (MI) – www.comune.buccinasco.mi.it – pag. 1/1", align="C")
p.output(sys.argv[1])
