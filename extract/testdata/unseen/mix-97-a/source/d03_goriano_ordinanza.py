# Goriano Sicoli, ordinanza sindacale 5/2026: fpdf2 with DejaVu, number in a right-hand box
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(22, 18, 22); p.set_auto_page_break(True, 22)
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
p.set_creator("Halley Informatica - Ordinanze"); p.set_title("Ordinanza n. 5/2026")
p.add_page()
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI GORIANO SICOLI", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9); p.cell(0, 5, "Provincia dell'Aquila - Piazza Umberto I, 1 - 67030 Goriano Sicoli (AQ)", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(6); y = p.get_y()
p.set_font("DV", "B", 12); p.cell(100, 8, "IL SINDACO", new_x="RIGHT", new_y="TOP")
p.set_xy(130, y); p.set_font("DV", "", 10); p.multi_cell(58, 6, "ORDINANZA SINDACALE\nN. 5/2026\ndel 25.03.2026", border=1, align="C")
p.ln(4); p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "OGGETTO: Divieto di transito e di sosta in via Santa Gemma e in piazza Umberto I in occasione dei festeggiamenti patronali del 25, 26 e 27 aprile 2026.")
p.ln(3); p.set_font("DV", "", 10)
for t in ["VISTA la deliberazione della Giunta Comunale n. 18 del 23.03.2026 con la quale è stato approvato il programma dei festeggiamenti in onore di Santa Gemma;",
          "CONSIDERATO che lo svolgimento della processione, del mercatino e dei concerti in piazza richiede la chiusura al traffico delle strade interessate, a tutela della pubblica incolumità;",
          "VISTI gli artt. 6 e 7 del D.Lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del D.Lgs. 267/2000;"]:
    p.multi_cell(0, 5.5, t, align="J"); p.ln(1.5)
p.ln(2); p.set_font("DV", "B", 11); p.cell(0, 7, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for i, t in enumerate(["il divieto di transito e di sosta, con rimozione forzata, in via Santa Gemma e in piazza Umberto I dalle ore 8:00 del 25 aprile alle ore 24:00 del 27 aprile 2026, eccetto i mezzi di soccorso e delle forze dell'ordine;",
                       "all'Area Tecnica - Manutentiva di provvedere all'installazione della prescritta segnaletica almeno 48 ore prima dell'inizio del divieto;",
                       "al Comitato Feste di garantire il servizio d'ordine lungo il percorso della processione."], 1):
    p.multi_cell(0, 5.5, "%d. %s" % (i, t), align="J"); p.ln(1)
p.ln(2); p.multi_cell(0, 5.5, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. Abruzzo entro 60 giorni dalla pubblicazione all'Albo Pretorio on line.", align="J")
p.ln(6); p.cell(0, 5, "Goriano Sicoli, 25.03.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_x(120); p.cell(60, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_x(120); p.cell(60, 5, "Domenico Petrella", align="C")
p.output(sys.argv[1])
