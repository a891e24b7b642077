# Ponteranica (BG) - ordinanza of the Sindaco, Halley-like layout; fpdf2 with Liberation Sans
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"
class P(FPDF):
    def header(self):
        self.set_font("LS", "B", 15); self.cell(0, 7, "COMUNE DI PONTERANICA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9); self.cell(0, 5, "Provincia di Bergamo", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 2, 190, self.get_y() + 2); self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font("LS", "", 7.5)
        self.cell(0, 5, "Piazza Papa Giovanni XXIII, 1 - 24010 Ponteranica (BG) - PEC: comune.ponteranica@pec.regione.lombardia.it", align="C")
p = P(format="A4"); p.set_margins(20, 15, 20)
p.add_font("LS", "", F + "LiberationSans-Regular.ttf"); p.add_font("LS", "B", F + "LiberationSans-Bold.ttf"); p.add_font("LS", "I", F + "LiberationSans-Italic.ttf")
p.set_creator("Halley EG - Ordinanze"); p.set_title("Ordinanza n. 14/2026")
p.add_page()
p.set_font("LS", "B", 10)
p.cell(85, 6, "Area Polizia Locale", border=1); p.cell(85, 6, "Reg. Ord. N. 14/2026", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
p.ln(5)
p.set_font("LS", "B", 13); p.cell(0, 7, "ORDINANZA SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("LS", "B", 10); p.cell(22, 5.5, "OGGETTO:")
p.set_font("LS", "", 10)
p.multi_cell(0, 5.5, "Divieto di accensione di fuochi all'aperto e di abbruciamento di residui vegetali nelle zone boscate e nelle aree agricole del territorio comunale fino al 31 maggio 2026.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(3)
p.set_font("LS", "B", 11); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("LS", "", 10)
for t in [
 "PRESO ATTO del decreto della Regione Lombardia con il quale è stato dichiarato lo stato di rischio per gli incendi boschivi sull'intero territorio regionale a decorrere dal 6 aprile 2026;",
 "CONSIDERATO che il territorio comunale comprende ampie superfici boscate sulle pendici del Canto Alto e della Maresana, all'interno del Parco dei Colli di Bergamo, e che il protrarsi della siccità aumenta il pericolo di propagazione del fuoco;",
 "VISTI l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, la Legge 21 novembre 2000, n. 353 e l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"]:
    p.multi_cell(0, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1.5)
p.set_font("LS", "B", 11); p.cell(0, 6, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.set_font("LS", "", 10)
for i, t in enumerate([
 "il divieto, fino al 31 maggio 2026, di accendere fuochi all'aperto e di bruciare residui vegetali agricoli e forestali in tutto il territorio comunale;",
 "il divieto di utilizzare barbecue e fornelli a fiamma libera nelle aree boscate e a distanza inferiore a 100 metri dalle stesse;",
 "ai proprietari e conduttori di fondi confinanti con aree boscate di mantenere i terreni sgombri da sterpaglie e materiale infiammabile."], 1):
    p.cell(8, 5.3, "%d)" % i); p.multi_cell(0, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(1)
p.multi_cell(0, 5.3, "La violazione delle disposizioni della presente ordinanza è punita con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00, salvo che il fatto costituisca reato. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Lombardia entro 60 giorni dalla pubblicazione.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
p.cell(0, 5.3, "Dalla Residenza Municipale, lì 16.4.2026", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_x(115); p.set_font("LS", "B", 10); p.cell(70, 5.3, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("LS", "", 10); p.cell(70, 5.3, "Mario Alberto Bertocchi", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(115); p.set_font("LS", "I", 8); p.cell(70, 5, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
p.output(out)
