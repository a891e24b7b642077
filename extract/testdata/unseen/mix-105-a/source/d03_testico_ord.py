# Testico: ordinanza sindacale, fpdf2 (number and date in a shaded band under the letterhead)
import sys
from fpdf import FPDF
pdf = FPDF(format="A4"); pdf.set_margins(22, 18, 22); pdf.set_auto_page_break(True, 20)
pdf.add_font("S", "", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
pdf.add_font("S", "B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf")
pdf.add_font("S", "I", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf")
pdf.set_title("Ordinanza sindacale n. 7/2026"); pdf.set_creator("Halley Informatica - Atti")
pdf.add_page()
pdf.set_font("S", "B", 15); pdf.cell(0, 7, "COMUNE DI TESTICO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("S", "", 10); pdf.cell(0, 5, "Provincia di Savona", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 5, "Via Roma, 1 – 17020 Testico (SV) – C.F. 00340790092", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.line(22, pdf.get_y(), 188, pdf.get_y()); pdf.ln(5)
pdf.set_fill_color(225, 225, 225); pdf.set_font("S", "B", 12)
pdf.cell(83, 9, " ORDINANZA SINDACALE", fill=True); pdf.cell(83, 9, "N. 7 del 23/04/2026 ", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5); pdf.set_font("S", "B", 11)
pdf.multi_cell(0, 5.5, "OGGETTO: Divieto di abbruciamento all'aperto dei residui vegetali agricoli e forestali per il periodo di grave pericolosità per gli incendi boschivi.", align="J")
pdf.ln(4); pdf.set_font("S", "B", 11); pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
pdf.set_font("S", "", 11)
for p in ["VISTA la legge 21 novembre 2000, n. 353, legge quadro in materia di incendi boschivi;",
          "VISTO il decreto del Presidente della Giunta regionale della Liguria che ha dichiarato lo stato di grave pericolosità per gli incendi boschivi sull'intero territorio regionale;",
          "CONSIDERATO che il territorio comunale è in gran parte coperto da boschi e oliveti terrazzati e che nelle ultime settimane si sono registrate temperature elevate e scarse precipitazioni;",
          "VISTI gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    pdf.multi_cell(0, 5.5, p, align="J"); pdf.ln(1.5)
pdf.ln(2); pdf.set_font("S", "B", 11); pdf.cell(0, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2); pdf.set_font("S", "", 11)
for i, p in enumerate(["è vietato, su tutto il territorio comunale, dalla data di pubblicazione della presente ordinanza e fino al 30 settembre 2026, l'abbruciamento all'aperto di residui vegetali agricoli e forestali;",
          "è vietato accendere fuochi di qualsiasi genere a distanza inferiore a 100 metri dai boschi e dai terreni cespugliati;",
          "i proprietari e i conduttori dei fondi confinanti con le strade e con le abitazioni devono mantenere i terreni sgombri da sterpaglie e rovi."], 1):
    x = pdf.get_x(); pdf.cell(8, 5.5, "%d)" % i); pdf.multi_cell(0, 5.5, p, align="J"); pdf.ln(1.5)
pdf.ln(2)
pdf.multi_cell(0, 5.5, "I trasgressori sono puniti con la sanzione amministrativa prevista dall'art. 10 della legge 353/2000. La Polizia Locale e i Carabinieri Forestali sono incaricati di far osservare la presente ordinanza.", align="J")
pdf.ln(3); pdf.multi_cell(0, 5.5, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione all'Albo Pretorio.", align="J")
pdf.ln(6); pdf.cell(0, 6, "Dalla Residenza Municipale, 23/04/2026", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
pdf.set_x(120); pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120); pdf.set_font("S", "I", 11); pdf.cell(0, 6, "Marco Calleri", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(120); pdf.set_font("S", "", 9); pdf.cell(0, 5, "(firmato digitalmente)", align="C")
pdf.output(sys.argv[1])
