# Comune di Grosotto - convocazione del Consiglio comunale, fpdf2 with core fonts
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(25, 20, 25); p.add_page()
p.set_creator("Sicraweb - Organi istituzionali"); p.set_title("Convocazione Consiglio comunale")
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_font("LS", "B", 14); p.cell(0, 7, "COMUNE DI GROSOTTO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Sondrio", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("LS", "", 10)
p.cell(0, 5, "Prot. n. 1601", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 5, "Grosotto, 11 marzo 2026", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.multi_cell(0, 5, "Ai Signori Consiglieri comunali\nAl Revisore dei conti\nAlla Prefettura di Sondrio", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("LS", "B", 10.5)
p.multi_cell(0, 5.5, "OGGETTO: Convocazione del Consiglio comunale in seduta ordinaria per il giorno 19 marzo 2026 alle ore 20:30.", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("LS", "", 10.5)
p.multi_cell(0, 5.5, "Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio comunale che si terrà nella sala consiliare del Municipio il giorno giovedì 19 marzo 2026 alle ore 20:30 in prima convocazione, per la trattazione del seguente", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("LS", "B", 10.5); p.cell(0, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 10.5)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.", "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari 2026-2028.", "Approvazione del regolamento per l'applicazione del canone unico patrimoniale. Modifiche.", "Comunicazioni del Sindaco."], 1):
    p.multi_cell(0, 5.5, f"{i}. {t}", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.multi_cell(0, 5.5, "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria a disposizione dei Consiglieri.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.set_x(110); p.multi_cell(0, 5.5, "IL SINDACO\nAntonio Robustelli", align="C", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
