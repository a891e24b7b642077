# Monte Argentario: fpdf2, body in two columns (premises left, dispositive right), heading label grid
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_margins(18, 18, 18); p.add_page()
p.add_font("LS", "", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
p.add_font("LS", "B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")
p.set_font("LS", "B", 15); p.cell(0, 8, "COMUNE DI MONTE ARGENTARIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "", 9); p.cell(0, 5, "Provincia di Grosseto – Piazzale dei Rioni n. 8 – 58019 Porto Santo Stefano", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
for lab, val in [("ORDINANZA SINDACALE", "N. 54 del 22 luglio 2026"), ("SETTORE", "Ambiente e Demanio Marittimo")]:
    p.set_font("LS", "B", 9); p.set_fill_color(220, 230, 240); p.cell(50, 7, lab, border=1, fill=True)
    p.set_font("LS", "", 10); p.cell(0, 7, val, border=1, new_x="LMARGIN", new_y="NEXT")
p.set_font("LS", "B", 9); p.cell(50, 14, "OGGETTO", border=1, fill=True); x = p.get_x(); y = p.get_y()
p.set_font("LS", "", 10)
p.multi_cell(0, 4.7, "Divieto temporaneo di balneazione nel tratto di mare antistante la spiaggia della Cantoniera per superamento dei valori limite di Escherichia coli ed enterococchi intestinali.", border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(5)
p.set_font("LS", "B", 11); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
top = p.get_y(); cw = 84
left = ["Vista la comunicazione di ARPAT – Dipartimento di Grosseto, prot. n. 61203 del 21 luglio 2026, relativa al campionamento del 20 luglio 2026 nel punto \"Cantoniera\", con esito sfavorevole per Escherichia coli ed enterococchi intestinali;",
        "Visti il D.Lgs. 30 maggio 2008, n. 116, il D.M. 30 marzo 2010 e la D.G.R. Toscana n. 412/2026 sulla classificazione delle acque di balneazione;",
        "Ritenuto di dover tutelare la salute dei bagnanti fino all'esito favorevole del campionamento suppletivo;"]
p.set_font("LS", "", 9.5)
for t in left:
    p.set_x(18); p.multi_cell(cw, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
ybot = p.get_y(); p.set_y(top)
p.set_font("LS", "B", 10); p.set_x(18 + cw + 6); p.cell(cw, 5, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("LS", "", 9.5)
right = ["1. il divieto temporaneo di balneazione nel tratto di mare antistante la spiaggia della Cantoniera, per 200 metri a destra e a sinistra del punto di prelievo;",
         "2. l'apposizione, a cura del Settore Ambiente, di cartelli di divieto alle estremità del tratto interdetto;",
         "3. la revoca del divieto con successivo provvedimento, all'esito favorevole delle analisi di ARPAT;",
         "4. la trasmissione della presente all'Ufficio Circondariale Marittimo di Porto Santo Stefano e all'Azienda USL Toscana Sud Est."]
for t in right:
    p.set_x(18 + cw + 6); p.multi_cell(cw, 4.6, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_y(max(ybot, p.get_y()) + 8)
p.set_font("LS", "", 10); p.cell(0, 5, "Monte Argentario, 22 luglio 2026", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "IL SINDACO", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 5, "Franco Borghini Rossi", align="R")
p.output(sys.argv[1])
