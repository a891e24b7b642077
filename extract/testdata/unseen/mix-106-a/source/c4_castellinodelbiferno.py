# Comune di Castellino del Biferno (CB) - convocation of the Consiglio comunale, fpdf2: letter-spaced
# headings (Tc via set_char_spacing), protocol number and date only in the foot of the page.
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 18, 20); p.add_page()
p.set_creator("Studio K - Gestione Atti"); p.set_title("Convocazione CC 02-04-2026")
F = "/usr/share/fonts/truetype/dejavu/"
p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_fill_color(26, 77, 140); p.rect(22, 16, 13, 16, style="F")
p.set_xy(39, 16); p.set_font("DV", "B", 13); p.cell(0, 7, "COMUNE DI CASTELLINO DEL BIFERNO", new_x="LMARGIN", new_y="NEXT")
p.set_x(39); p.set_font("DV", "", 8.5); p.cell(0, 5, "Provincia di Campobasso", new_x="LMARGIN", new_y="NEXT")
p.line(22, 36, 190, 36); p.set_y(44)
p.set_font("DV", "", 9.5)
p.multi_cell(0, 5, "Ai Consiglieri comunali\nAl Revisore dei Conti\nAl Prefetto di Campobasso\nAll'Albo Pretorio on line", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("DV", "B", 12); p.set_char_spacing(2.5)
p.cell(0, 8, "CONVOCAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0)
p.set_font("DV", "B", 10); p.cell(0, 6, "Sessione ordinaria – prima convocazione", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "Il Sindaco, ai sensi dell'art. 50, comma 2, del D.Lgs. 18 agosto 2000, n. 267 e del vigente Regolamento del Consiglio comunale, CONVOCA il Consiglio comunale in seduta pubblica, in sessione ordinaria e in prima convocazione, nella Sala consiliare del Palazzo municipale, per il giorno", align="J", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 10.5); p.set_char_spacing(1)
p.cell(0, 8, "giovedì 2 aprile 2026 alle ore 18:30", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0)
p.set_font("DV", "", 10)
p.multi_cell(0, 5.5, "e, occorrendo, in seconda convocazione per il giorno venerdì 3 aprile 2026 alla stessa ora, per la trattazione del seguente", align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10.5); p.set_char_spacing(2); p.cell(0, 7, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0)
p.set_font("DV", "", 10)
for i, s in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
                       "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – nota di aggiornamento.",
                       "Approvazione del bilancio di previsione finanziario 2026-2028.",
                       "Approvazione del piano di alienazioni e valorizzazioni immobiliari 2026.",
                       "Comunicazioni del Sindaco."], 1):
    p.cell(8, 6, "%d." % i); p.multi_cell(0, 6, s, align="L", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.multi_cell(0, 5.5, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Segreteria e consultabili dai Consiglieri negli orari di apertura al pubblico.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.set_x(115); p.set_font("DV", "B", 10); p.cell(70, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("DV", "", 10); p.cell(70, 6, "Giovanni Di Iorio", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_auto_page_break(False); p.set_y(-22); p.line(22, p.get_y(), 190, p.get_y()); p.set_font("DV", "", 7.5)
p.cell(0, 5, "Prot. n. 812 del 26-03-2026 – Classif. II.3", align="L"); p.set_x(22)
p.cell(0, 5, "Studio K – Atti Amministrativi", align="R")
p.output(sys.argv[1])
