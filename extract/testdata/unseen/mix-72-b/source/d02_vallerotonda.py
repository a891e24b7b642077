# Determinazione, Vallerotonda: fpdf2, register grid in boxes
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Halley Informatica - Stampa atti"); p.add_page(); p.set_margins(20, 20, 20)
p.set_font("Helvetica", "B", 15); p.cell(0, 8, "COMUNE DI VALLEROTONDA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", "", 9); p.cell(0, 5, "PROVINCIA DI FROSINONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("Helvetica", "B", 10); p.cell(0, 7, "AREA TECNICA - Servizio Lavori Pubblici e Manutenzioni", border=1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("Helvetica", "B", 11); p.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("Helvetica", "", 9)
for a, b, cc, d in [("Reg. Settore", "n. 41", "Reg. Gen.", "n. 118"), ("del", "10.3.2026", "del", "11.3.2026")]:
    p.set_font("Helvetica", "B", 9); p.cell(35, 7, a, 1); p.set_font("Helvetica", "", 9); p.cell(50, 7, b, 1)
    p.set_font("Helvetica", "B", 9); p.cell(35, 7, cc, 1); p.set_font("Helvetica", "", 9); p.cell(50, 7, d, 1, new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("Helvetica", "B", 10)
p.multi_cell(0, 5.5, "OGGETTO: Lavori di ripristino della pavimentazione di via Colle San Pietro in località Cerreto. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 e impegno di spesa. CIG B9D47E21A3.", border=1)
p.ln(4); p.set_font("Helvetica", "", 10)
for s in ["IL RESPONSABILE DEL SERVIZIO", "Visto il decreto sindacale n. 4 del 2.1.2026 di nomina dei responsabili di servizio; visto il bilancio di previsione 2026-2028; considerato che la pavimentazione di via Colle San Pietro presenta avvallamenti pericolosi per la circolazione; acquisito il preventivo della ditta Edil Cerreto s.r.l. per euro 14.850,00 oltre IVA;", "DETERMINA",
          "1. di affidare alla ditta Edil Cerreto s.r.l. i lavori di ripristino della pavimentazione di via Colle San Pietro per euro 14.850,00 oltre IVA al 22%;",
          "2. di impegnare la somma complessiva di euro 18.117,00 al capitolo 8230 del bilancio 2026;",
          "3. di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile."]:
    p.multi_cell(0, 5.5, s, align="C" if s.isupper() else "J"); p.ln(1.5)
p.ln(6); p.cell(0, 5, "Il Responsabile del Servizio", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 5, "geom. Pasquale Verrecchia", align="R", new_x="LMARGIN", new_y="NEXT")
p.set_auto_page_break(False); p.set_y(-18); p.set_font("Helvetica", "", 7); p.cell(0, 5, "Comune di Vallerotonda - Piazza Municipio 1 - 03040 Vallerotonda (FR)", align="C")
p.output(sys.argv[1])
