# Tarsia (CS): fpdf2, register box with merged cells (Numero / Data for both registers)
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("Kibernetes Suite"); p.set_producer("Kibernetes PDF 3.2")
p.set_auto_page_break(True, 20); p.add_page(); p.set_margins(20, 15, 20)
p.set_font("Helvetica", "B", 14); p.cell(0, 7, "COMUNE DI TARSIA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", "", 9); p.cell(0, 5, "Provincia di Cosenza", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "AREA AMMINISTRATIVA - Servizio Affari Generali e Servizi Demografici", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
# register box: merged heading cells over two columns each
x0 = 20; w = 42.5; y0 = p.get_y(); p.set_font("Helvetica", "B", 9)
p.rect(x0, y0, 4 * w, 18)
p.set_xy(x0, y0); p.cell(2 * w, 6, "REGISTRO DI SETTORE", border=1, align="C")
p.cell(2 * w, 6, "REGISTRO GENERALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(x0)
for t in ["Numero", "Data", "Numero", "Data"]: p.cell(w, 6, t, border=1, align="C")
p.ln(6); p.set_x(x0); p.set_font("Helvetica", "", 10)
for t in ["23", "05/03/2026", "139", "06/03/2026"]: p.cell(w, 6, t, border=1, align="C")
p.ln(10); p.set_font("Helvetica", "B", 12); p.cell(0, 6, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA AMMINISTRATIVA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("Helvetica", "B", 10); p.multi_cell(0, 5, "OGGETTO: Fornitura di arredi per la nuova sala consiliare e per l'ufficio anagrafe. Affidamento diretto alla ditta Arredufficio Sud S.r.l. - CIG B83D09A2C1 - Impegno di spesa.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("Helvetica", "", 10)
for t in ["IL RESPONSABILE DELL'AREA", "Visto il decreto sindacale n. 3 del 08/01/2026 di nomina del Responsabile dell'Area Amministrativa;",
 "Considerato che occorre arredare la nuova sala consiliare ricavata al piano terra del Palazzo municipale e rinnovare gli arredi dell'ufficio anagrafe;",
 "Visto il preventivo della ditta Arredufficio Sud S.r.l. di Rende, acquisito al protocollo n. 1287 del 02/03/2026, dell'importo di euro 14.260,00 oltre IVA;",
 "Visto l'art. 50, comma 1, lett. b) del D.Lgs. 36/2023;", "DETERMINA"]:
    p.multi_cell(0, 5, t, align="C" if t.isupper() else "J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
for i, t in enumerate(["di affidare alla ditta Arredufficio Sud S.r.l. la fornitura degli arredi descritti in premessa per l'importo di euro 14.260,00 oltre IVA;",
 "di impegnare la somma complessiva di euro 17.397,20 al capitolo 2018 del bilancio 2026;",
 "di trasmettere il presente atto al Responsabile dell'Area Economico-Finanziaria per il visto di regolarità contabile."], 1):
    p.multi_cell(0, 5, f"{i}) {t}", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(6); p.cell(0, 5, "Tarsia, 06/03/2026", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(80, 5, "IL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.cell(80, 5, "dott. Antonio Guido Scarpelli", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
