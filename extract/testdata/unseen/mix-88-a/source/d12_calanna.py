# Decreto sindacale of Calanna: fpdf2, box grid of labels, footer on the last page
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_producer("Civilia Next PDF 2.4") if hasattr(p, "set_producer") else None
p.add_font("D", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("D", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.add_page(); p.set_margins(20, 18, 20)
p.set_font("D", "B", 14); p.cell(0, 8, "COMUNE DI CALANNA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("D", "", 9); p.cell(0, 5, "Città Metropolitana di Reggio Calabria", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("D", "B", 10)
for a, b in (("Tipo atto", "DECRETO DEL SINDACO"), ("Numero", "4"), ("Data", "02/03/2026")):
    p.cell(40, 7, a, border=1); p.set_font("D", "", 10); p.cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "B", 10)
p.cell(0, 7, "Oggetto", border=1, new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "", 10)
p.multi_cell(0, 7, "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 – periodo 1° marzo – 31 dicembre 2026.", border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5); p.set_font("D", "B", 11); p.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "", 10)
for t in ("Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina dei responsabili degli uffici e dei servizi;",
          "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi;",
          "Considerato che l'ing. Saverio Morabito, dipendente di ruolo inquadrato nell'Area dei Funzionari e dell'Elevata Qualificazione, possiede i requisiti professionali richiesti;"):
    p.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("D", "B", 11); p.cell(0, 8, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("D", "", 10)
for i, t in enumerate(("di nominare l'ing. Saverio Morabito Responsabile dell'Area Tecnica dal 1° marzo al 31 dicembre 2026;",
                       "di attribuire al medesimo la retribuzione di posizione nella misura stabilita dalla pesatura vigente;",
                       "di notificare il presente decreto all'interessato e di pubblicarlo all'Albo Pretorio on line."), 1):
    p.multi_cell(0, 5.5, f"{i}. {t}", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(8); p.cell(0, 6, "IL SINDACO", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 6, "avv. Domenico Romeo", align="R", new_x="LMARGIN", new_y="NEXT")
p.set_auto_page_break(False); p.set_y(-22); p.set_font("D", "", 7.5); p.cell(0, 5, "Decreto sindacale n. 4 del 02/03/2026 – documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
p.output(sys.argv[1])
