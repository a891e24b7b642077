# fpdf2: determinazione with sector and general register numbers; label grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(18, 15, 18); p.add_page()
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_font("LS", "B", 14); p.cell(0, 7, "COMUNE DI RAVARINO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Modena", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10); p.cell(0, 6, "AREA TECNICA", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9.5)
for a, b, c, d in (("Servizio", "Lavori Pubblici e Patrimonio", "Proposta n.", "88 del 10/03/2026"),
                   ("Determinazione n.", "41 del 12/03/2026", "Reg. Gen.", "167 del 13/03/2026")):
    p.set_font("LS", "B", 9.5); p.cell(32, 6, a, border=1); p.set_font("LS", "", 9.5); p.cell(55, 6, b, border=1)
    p.set_font("LS", "B", 9.5); p.cell(30, 6, c, border=1); p.set_font("LS", "", 9.5); p.cell(0, 6, d, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("LS", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Affidamento diretto del servizio di manutenzione del verde pubblico per l'anno 2026 – CIG B9F2A7C31D – Impegno di spesa.")
p.ln(2); p.set_font("LS", "", 10)
for t in ("IL RESPONSABILE DELL'AREA TECNICA",
          "Visto il decreto sindacale n. 3/2026 di nomina dei Responsabili di Area; visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023; ritenuto di affidare il servizio alla ditta Verde Emilia Soc. Coop. di Finale Emilia, che ha offerto un ribasso del 6,5% sull'importo di € 38.000,00;",
          "DETERMINA",
          "1. di affidare alla ditta Verde Emilia Soc. Coop. il servizio di manutenzione del verde pubblico per l'anno 2026 per € 35.530,00 oltre IVA;",
          "2. di impegnare la spesa complessiva di € 43.346,60 al capitolo 9060/10 del bilancio 2026;",
          "3. di dare atto che il Responsabile Unico del Progetto è il Geom. Paolo Setti.",
          "Ravarino, 12/03/2026", "Il Responsabile dell'Area Tecnica - Ing. Marta Golinelli (firmato digitalmente)"):
    p.multi_cell(0, 5, t, align="C" if t in ("DETERMINA",) else "J"); p.ln(1.5)
p.output(sys.argv[1])
