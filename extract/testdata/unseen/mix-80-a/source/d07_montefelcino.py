# Determinazione of Montefelcino: fpdf2, label grid with general and sector register numbers
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(18, 15, 18); p.add_page()
p.add_font("S", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("S", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_creator("Halley Informatica – Atti Amministrativi"); p.set_title("Determinazione RG 311/2026")
p.set_font("S", "B", 16); p.cell(0, 8, "COMUNE DI MONTEFELCINO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("S", "", 9); p.cell(0, 5, "Provincia di Pesaro e Urbino – Via Roma n. 4 – 61030 Montefelcino (PU)", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("S", "B", 11); p.cell(0, 7, "AREA TECNICA – SERVIZIO MANUTENZIONI E PATRIMONIO", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("S", "B", 12); p.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DI AREA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("S", "", 9.5)
grid = [("Reg. Gen.", "311", "Data", "07/05/2026"), ("N. Settore", "47/2026", "Proposta n.", "52 del 05/05/2026")]
for a, b, c, d in grid:
    p.set_fill_color(225, 225, 225); p.set_font("S", "B", 9.5); p.cell(30, 7, a, border=1, fill=True)
    p.set_font("S", "", 9.5); p.cell(57, 7, b, border=1); p.set_font("S", "B", 9.5); p.cell(30, 7, c, border=1, fill=True)
    p.set_font("S", "", 9.5); p.cell(0, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("S", "B", 10)
p.multi_cell(0, 5.2, "OGGETTO: Affidamento diretto del servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2026 alla ditta Verde Metauro s.r.l. – CIG B9F2C71D35 – Impegno di spesa.", border=1)
p.ln(4); p.set_font("S", "", 10)
body = ["IL RESPONSABILE DELL'AREA TECNICA",
 "Visto il decreto sindacale n. 3 del 02/01/2026 di conferimento dell'incarico di Responsabile dell'Area Tecnica;",
 "Visto il bilancio di previsione 2026-2028, approvato con deliberazione del Consiglio comunale n. 38 del 29/12/2025;",
 "Considerato che si rende necessario provvedere allo sfalcio dei cigli delle strade comunali e alla manutenzione delle aree verdi nel periodo maggio-ottobre 2026;",
 "Visto l'art. 50, comma 1, lett. b) del D.Lgs. 31 marzo 2023, n. 36;",
 "Visto il preventivo della ditta Verde Metauro s.r.l. di Fossombrone, acquisito al prot. n. 2877 del 30/04/2026, per l'importo di euro 21.300,00 oltre IVA;",
 "DETERMINA",
 "1. di affidare alla ditta Verde Metauro s.r.l. il servizio di sfalcio dei cigli stradali e delle aree verdi comunali per la stagione 2026;",
 "2. di impegnare la somma complessiva di euro 25.986,00 IVA compresa al capitolo 1850/3 del bilancio 2026;",
 "3. di dare atto che il CIG attribuito è B9F2C71D35;",
 "4. di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."]
for t in body:
    if t.isupper() or t.startswith("IL RESP"):
        p.set_font("S", "B", 10); p.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("S", "", 10)
    else:
        p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(6); p.cell(0, 5, "Il Responsabile dell'Area Tecnica", align="R", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "geom. Massimo Tonelli", align="R", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
