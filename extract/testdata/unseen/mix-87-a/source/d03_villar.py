# Comune di Villar Focchiardo - ordinanza sindacale, fpdf2 (DejaVu TTF)
import sys
from fpdf import FPDF
out = sys.argv[1]
p = FPDF(format="A4"); p.set_margins(22, 20, 22); p.add_page()
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.set_creator("Halley Informatica - Ordinanze"); p.set_title("Ordinanza sindacale 7/2026")
p.set_font("DV", "B", 14); p.cell(0, 8, "COMUNE DI VILLAR FOCCHIARDO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 8); p.cell(0, 5, "Città Metropolitana di Torino – Via Conte Carroccio 30 – 10050", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.set_font("DV", "B", 11)
p.cell(0, 7, "ORDINANZA SINDACALE N. 7 del 12.3.2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4); p.set_font("DV", "B", 10)
p.multi_cell(0, 5, "OGGETTO: Divieto di accensione di fuochi all'aperto e di abbruciamento di residui vegetali su tutto il territorio comunale per elevato rischio di incendi boschivi.", new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("DV", "B", 10); p.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5)
p.multi_cell(0, 5, "Vista la determinazione del Settore Protezione Civile della Regione Piemonte con la quale è stato dichiarato lo stato di massima pericolosità per gli incendi boschivi a decorrere dal 10 marzo 2026; considerato il perdurare della siccità e la presenza di vento forte sui versanti della bassa Valle di Susa; visti l'art. 50 del D.Lgs. 267/2000 e la L.R. 15/2018;", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("DV", "B", 10); p.cell(0, 6, "O R D I N A", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5)
for t in ["1. è vietata, fino alla revoca dello stato di massima pericolosità, l'accensione di fuochi all'aperto in tutto il territorio comunale;",
          "2. è vietato l'abbruciamento di residui vegetali agricoli e forestali;",
          "3. la Polizia Locale e i Carabinieri Forestali sono incaricati della vigilanza sull'osservanza della presente ordinanza."]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(2)
p.multi_cell(0, 5, "Ai trasgressori si applica la sanzione amministrativa prevista dall'art. 7-bis del D.Lgs. 267/2000. Contro la presente è ammesso ricorso al T.A.R. Piemonte entro 60 giorni.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(8); p.cell(0, 5, "Villar Focchiardo, 12/03/2026", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.cell(0, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.cell(0, 5, "Paolo Giai", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(120); p.set_font("DV", "", 7); p.cell(0, 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C")
p.output(out)
