# Comune di Taceno (LC): avviso TARI of the Ufficio Tributi, offices in a left side column repeated on every page (fpdf2)
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_fill_color(225, 236, 225); self.rect(10, 10, 48, 277, "F")
        self.set_xy(12, 14); self.set_font("DV", "B", 9); self.multi_cell(44, 4.5, "COMUNE DI TACENO\nProvincia di Lecco")
        self.set_xy(12, 32); self.set_font("DV", "", 7.5)
        self.multi_cell(44, 3.8, "Area Economico-Finanziaria\n\nUFFICIO TRIBUTI\nVia Provinciale 35\n23837 Taceno (LC)\ntel. 0341 880134\ntributi@comune.taceno.lc.it\n\nOrario al pubblico:\nmartedì e giovedì\n9.00 – 12.30")
    def footer(self):
        self.set_xy(62, -14); self.set_font("DV", "", 7); self.cell(0, 5, f"Comune di Taceno – Ufficio Tributi – pagina {self.page_no()} di {{nb}}")
p = P(); p.alias_nb_pages(); p.add_font("DV", "", F + "DejaVuSans.ttf"); p.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
p.set_margins(64, 16, 14); p.set_auto_page_break(True, 20); p.add_page()
p.set_creator("Halley Tributi"); p.set_title("Avviso TARI 2026")
p.set_font("DV", "B", 18); p.cell(0, 10, "AVVISO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 11); p.multi_cell(0, 5.5, "TASSA SUI RIFIUTI (TARI) ANNO 2026 – SCADENZE DI PAGAMENTO E INVIO DEGLI AVVISI BONARI", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 10)
T = ["Si informano i contribuenti che con deliberazione del Consiglio comunale n. 4 del 26 febbraio 2026 sono state approvate le tariffe TARI per l'anno 2026, sulla base del Piano Economico Finanziario validato dall'Ente territorialmente competente.",
 "Gli avvisi di pagamento, completi dei modelli F24 precompilati, saranno recapitati al domicilio dei contribuenti entro il mese di aprile 2026. Il pagamento potrà essere effettuato in due rate con le seguenti scadenze:"]
for t in T: p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 10)
for a, b in [("Prima rata", "16 maggio 2026"), ("Seconda rata", "16 novembre 2026"), ("Rata unica", "16 luglio 2026")]:
    p.cell(60, 7, a, border=1); p.cell(60, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(3); p.set_font("DV", "", 10)
for t in ["I contribuenti che non ricevessero l'avviso entro il 10 maggio 2026 sono invitati a rivolgersi all'Ufficio Tributi negli orari di apertura indicati a margine. Le variazioni di superficie o di occupazione devono essere dichiarate entro il 30 giugno dell'anno successivo.",
          "Sono confermate le riduzioni per il compostaggio domestico (20% della parte variabile) e per le utenze non domestiche stagionali."]:
    p.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.ln(8); p.multi_cell(0, 5.2, "Taceno, addì venti marzo duemilaventisei", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(120); p.multi_cell(70, 5.2, "IL RESPONSABILE DELL'UFFICIO TRIBUTI\nrag. Sara Combi", align="C")
p.output(sys.argv[1])
