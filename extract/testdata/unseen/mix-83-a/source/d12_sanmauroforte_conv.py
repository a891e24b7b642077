# Comune di San Mauro Forte - convocazione del Consiglio comunale; fpdf2 with core Helvetica (WinAnsi),
# agenda in a bordered table with a merged title row
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 18, 22); p.add_page()
p.set_title("Convocazione Consiglio comunale 24/04/2026"); p.set_author("Comune di San Mauro Forte")
p.set_font("Helvetica", "B", 15); p.cell(0, 8, "COMUNE DI SAN MAURO FORTE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("Helvetica", "", 9); p.cell(0, 5, "Provincia di Matera", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(22, p.get_y() + 2, 188, p.get_y() + 2); p.ln(6)
p.set_font("Helvetica", "", 10); p.cell(0, 5, "Prot. n. 2011 del 17/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(110); p.multi_cell(0, 5, "Ai Consiglieri comunali\nAl Segretario comunale\nAl Prefetto di Matera\nAll'Albo Pretorio on line"); p.ln(4)
p.set_font("Helvetica", "B", 10.5)
p.multi_cell(0, 5.5, "OGGETTO: Convocazione del Consiglio Comunale in seduta ordinaria per il giorno venerdì 24 aprile 2026.", align="J"); p.ln(2)
p.set_font("Helvetica", "", 10.5)
p.multi_cell(0, 5.5, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria, pubblica, del Consiglio Comunale che si terrà presso la sala consiliare del Palazzo municipale il giorno 24 aprile 2026 alle ore 18:00 in prima convocazione e, occorrendo, il giorno 27 aprile 2026 alla stessa ora in seconda convocazione, per la trattazione del seguente", align="J")
p.ln(3); p.set_font("Helvetica", "B", 10); p.set_fill_color(220, 220, 220)
p.cell(0, 7, "ORDINE DEL GIORNO", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT"); p.set_font("Helvetica", "", 10)
for n, t in [("1", "Lettura e approvazione dei verbali della seduta precedente."),
             ("2", "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025."),
             ("3", "Variazione al bilancio di previsione 2026/2028 ai sensi dell'art. 175 del D.Lgs. n. 267/2000."),
             ("4", "Approvazione del Regolamento comunale per la concessione in uso dei locali del Centro sociale di via Roma."),
             ("5", "Comunicazioni del Sindaco.")]:
    y = p.get_y(); p.set_x(32); p.multi_cell(0, 6, t, border=1); h = p.get_y() - y
    p.set_xy(22, y); p.cell(10, h, n, border=1, align="C"); p.set_y(y + h)
p.ln(4)
p.multi_cell(0, 5.5, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e consultabili dai Consiglieri nei giorni e negli orari d'ufficio.", align="J")
p.ln(8); p.cell(85, 5, "San Mauro Forte, 17/04/2026"); p.cell(0, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(85, 5, ""); p.cell(0, 5, "prof. Rocco Cirillo", align="C")
p.output(sys.argv[1])
