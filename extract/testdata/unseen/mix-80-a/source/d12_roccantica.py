# Decreto sindacale of Roccantica: fpdf2, Albo stamp rotated 90 degrees in the right margin, page number "1/1" foot
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 16, 22); p.add_page()
p.add_font("T", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
p.add_font("T", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
p.set_creator("Urbi Smart – Atti"); p.set_title("Decreto sindacale 5/2026")
p.set_font("T", "B", 17); p.cell(0, 8, "COMUNE DI ROCCANTICA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("T", "", 10); p.cell(0, 5, "Provincia di Rieti", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("T", "B", 13); p.cell(0, 7, "DECRETO DEL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("T", "B", 11); p.cell(0, 6, "N. 5 del 4 maggio 2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("T", "B", 11)
p.multi_cell(0, 5.6, "OGGETTO: Nomina del Responsabile dell'Area Finanziaria e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 1° maggio – 31 dicembre 2026.", align="J")
p.ln(4); p.set_font("T", "", 11)
for t in ["IL SINDACO", "Visti gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
 "Visto il Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 61 del 18/11/2019;",
 "Considerato che il Comune è privo di personale con qualifica dirigenziale e che le funzioni di cui all'art. 107 sono attribuite ai responsabili degli uffici e dei servizi;",
 "Vista la convenzione con il Comune di Poggio Catino per l'utilizzo condiviso del personale, ai sensi dell'art. 23 del CCNL 16/11/2022;",
 "DECRETA",
 "1. di nominare la dott.ssa Francesca Olivieri Responsabile dell'Area Finanziaria per il periodo 1° maggio – 31 dicembre 2026;",
 "2. di attribuire alla stessa la titolarità dell'incarico di Elevata Qualificazione, con retribuzione di posizione annua di euro 9.500,00;",
 "3. di disporre la notifica del presente decreto all'interessata e la sua pubblicazione all'Albo Pretorio on line."]:
    if t.isupper():
        p.set_font("T", "B", 11); p.cell(0, 8, t, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("T", "", 11)
    else:
        p.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.ln(8); p.cell(0, 6, "Roccantica, 4 maggio 2026", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 6, "IL SINDACO", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 6, "Giuseppe Valentini", align="R", new_x="LMARGIN", new_y="NEXT")
with p.rotation(90, 200, 250):
    p.set_font("T", "", 8); p.set_text_color(40, 40, 140); p.text(200, 250, "Pubblicato all'Albo Pretorio on line dal 05/05/2026 al 20/05/2026 – Reg. n. 188")
p.set_text_color(0, 0, 0); p.set_auto_page_break(False); p.set_y(-18); p.set_font("T", "", 8); p.cell(0, 5, "1/1", align="C")
p.output(sys.argv[1])
