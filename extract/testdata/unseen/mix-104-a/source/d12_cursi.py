# Cursi (LE) - convocation of the Consiglio comunale, Hypersic-like house style; fpdf2, letter-spaced headings (Tc via set_char_spacing)
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
p = FPDF(format="A4"); p.set_margins(24, 18, 24); p.set_auto_page_break(True, 20)
p.add_font("LSe", "", F + "LiberationSerif-Regular.ttf"); p.add_font("LSe", "B", F + "LiberationSerif-Bold.ttf"); p.add_font("LSe", "I", F + "LiberationSerif-Italic.ttf")
p.set_creator("Hypersic Atti - Modulistica"); p.set_title("Convocazione Consiglio Comunale")
p.add_page()
p.set_font("LSe", "B", 16); p.set_char_spacing(3); p.cell(0, 8, "COMUNE DI CURSI", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_char_spacing(0); p.set_font("LSe", "", 10); p.cell(0, 5, "Provincia di Lecce", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LSe", "I", 9.5); p.cell(0, 5, "Ufficio della Presidenza del Consiglio Comunale", align="C", new_x="LMARGIN", new_y="NEXT")
p.line(24, p.get_y() + 2, 186, p.get_y() + 2); p.ln(6)
p.set_font("LSe", "", 10)
p.cell(80, 5, "Prot. n. 4012 del 17/04/2026"); p.multi_cell(0, 5, "Ai Consiglieri Comunali\nAl Segretario Generale\nAl Revisore dei Conti\nAl Prefetto di Lecce", align="R", new_x="LMARGIN", new_y="NEXT")
p.ln(5)
p.set_font("LSe", "B", 12); p.set_char_spacing(2.2); p.cell(0, 6, "AVVISO DI CONVOCAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0); p.ln(3)
p.set_font("LSe", "B", 10.5); p.cell(22, 5.5, "OGGETTO:")
p.set_font("LSe", "", 10.5); p.multi_cell(0, 5.5, "Convocazione del Consiglio Comunale in sessione ordinaria - seduta del 28 aprile 2026.", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.multi_cell(0, 5.5, "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 12 del vigente Regolamento per il funzionamento del Consiglio Comunale, si comunica che il Consiglio Comunale è convocato in sessione ordinaria, in seduta pubblica di prima convocazione, presso la Sala Consiliare di Palazzo Baronale, per il giorno martedì 28 aprile 2026 alle ore 18:30 ed, occorrendo, in seconda convocazione per il giorno mercoledì 29 aprile 2026 alla stessa ora, per la trattazione del seguente", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("LSe", "B", 11); p.set_char_spacing(1.5); p.cell(0, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_char_spacing(0); p.ln(2)
p.set_font("LSe", "", 10.5)
for i, t in enumerate(["Lettura e approvazione dei verbali della seduta precedente.",
                       "Comunicazioni del Sindaco.",
                       "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
                       "Modifica del Regolamento comunale per l'applicazione del canone unico patrimoniale.",
                       "Ratifica della deliberazione della Giunta Comunale n. 47 del 31/03/2026 avente ad oggetto variazione d'urgenza al bilancio di previsione 2026/2028.",
                       "Interrogazione del gruppo consiliare \"Cursi Bene Comune\" sullo stato dei lavori della rete fognaria di via Maglie."], 1):
    p.cell(9, 5.5, "%d." % i); p.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(0.8)
p.ln(3)
p.multi_cell(0, 5.5, "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio Segreteria e consultabili dai Consiglieri nelle ore d'ufficio a partire dalla data di notifica del presente avviso.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
p.cell(0, 5.5, "Cursi, 17/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(110); p.set_font("LSe", "B", 10.5); p.cell(70, 5.5, "IL PRESIDENTE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(110); p.set_font("LSe", "", 10.5); p.cell(70, 5.5, "avv. Giovanni Paiano", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_auto_page_break(False); p.set_y(-22); p.set_font("LSe", "I", 7.5); p.cell(0, 4, "Comune di Cursi - Piazza Pio XII - 73020 Cursi (LE) - PEC: protocollo.comune.cursi@pec.rupar.puglia.it", align="C")
p.output(out)
