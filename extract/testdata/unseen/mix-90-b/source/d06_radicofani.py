# Comune di Radicofani: fpdf2; header grid with merged cells (rowspan drawn by hand), proposal and
# determination numbers with dates written "8.5.2026"; points lettered a) b) c).
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("S", "", 7)
        self.cell(0, 5, "Comune di Radicofani – Determinazione n. 74 del 8.5.2026 – pag. %d/{nb}" % self.page_no(), align="C")
p = P(format="A4"); p.alias_nb_pages(); p.set_margins(20, 16, 18); p.set_auto_page_break(True, 20)
p.add_font("S", "", F + "DejaVuSans.ttf"); p.add_font("S", "B", F + "DejaVuSans-Bold.ttf")
p.add_font("R", "", F + "DejaVuSerif.ttf"); p.add_font("R", "B", F + "DejaVuSerif-Bold.ttf")
p.set_creator("fpdf2"); p.set_title("Determinazione n. 74/2026"); p.add_page()
p.set_font("R", "B", 15); p.cell(0, 8, "COMUNE DI RADICOFANI", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("R", "", 8.5); p.cell(0, 5, "Provincia di Siena – Via Renato Magi, 59 – 53040 Radicofani (SI)", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(4)
# grid: left column "STRUTTURA" merged over three rows
x0, y0 = p.get_x(), p.get_y(); W = 172; h = 6.5
p.set_fill_color(230, 230, 230)
p.rect(x0, y0, 30, 3 * h, "DF"); p.set_xy(x0, y0 + h); p.set_font("S", "B", 8); p.cell(30, h, "STRUTTURA", align="C")
rows = [("Area", "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA"), ("Servizio", "Servizio Sociale e Scolastico"), ("Ufficio", "Ufficio Scuola e Trasporti")]
for i, (a, b) in enumerate(rows):
    p.set_xy(x0 + 30, y0 + i * h); p.set_font("S", "B", 8); p.cell(24, h, a, border=1, fill=True)
    p.set_font("S", "", 8.5); p.cell(W - 54, h, b, border=1)
y1 = y0 + 3 * h
# second block: two rows, 4 columns; "DETERMINAZIONE" spans two rows
p.rect(x0, y1, 30, 2 * h, "DF"); p.set_xy(x0, y1 + h / 2); p.set_font("S", "B", 8); p.cell(30, h, "REGISTRI", align="C")
p.set_xy(x0 + 30, y1); p.set_font("S", "B", 8); p.cell(28, h, "Proposta", border=1, fill=True); p.set_font("S", "", 8.5); p.cell(31, h, "n. 88 del 6.5.2026", border=1)
p.set_font("S", "B", 8); p.cell(33, h, "Responsabile proc.", border=1, fill=True); p.set_font("S", "", 8.5); p.cell(W - 122, h, "sig.ra Loretta Fabbrini", border=1)
p.set_xy(x0 + 30, y1 + h); p.set_font("S", "B", 8); p.cell(28, h, "Determinazione", border=1, fill=True); p.set_font("S", "B", 8.5); p.cell(31, h, "n. 74 del 8.5.2026", border=1)
p.set_font("S", "B", 8); p.cell(33, h, "Esecutiva dal", border=1, fill=True); p.set_font("S", "", 8.5); p.cell(W - 122, h, "con il visto contabile", border=1)
p.set_xy(x0, y1 + 2 * h + 5)
p.set_font("R", "B", 10); p.multi_cell(0, 5.2, "OGGETTO: Servizio di trasporto scolastico a.s. 2025/2026 – liquidazione alla ditta Autolinee Val d'Orcia S.r.l. delle fatture relative ai mesi di marzo e aprile 2026 – CIG B6F2A90C13.", new_x="LMARGIN", new_y="NEXT")
p.ln(2); p.set_font("R", "B", 10.5); p.cell(0, 6, "IL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("R", "", 9.8)
for t in [
 "Premesso che con determinazione n. 141 del 28.8.2025 il servizio di trasporto scolastico per l'anno scolastico 2025/2026 è stato affidato alla ditta Autolinee Val d'Orcia S.r.l., con sede in San Quirico d'Orcia, per l'importo annuo di euro 48.600,00 oltre IVA 10%, e che la spesa di competenza dell'anno 2026 è stata impegnata al capitolo 4510 (impegno n. 37/2026);",
 "Viste le fatture elettroniche n. 61/2026 del 2.4.2026 (marzo) e n. 79/2026 del 4.5.2026 (aprile), ciascuna di euro 5.346,00 IVA compresa, riscontrate regolari dall'Ufficio Scuola e Trasporti quanto alle percorrenze effettuate;",
 "Acquisito il DURC regolare e verificata l'assenza di inadempienze ai sensi dell'art. 48-bis del D.P.R. 602/1973;"]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(1); p.set_font("R", "B", 10.5); p.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("R", "", 9.8)
for t in ["a) di liquidare alla ditta Autolinee Val d'Orcia S.r.l. la somma complessiva di euro 10.692,00 (di cui euro 972,00 per IVA da versare all'Erario in regime di split payment) a saldo delle fatture n. 61/2026 e n. 79/2026;",
          "b) di imputare la spesa al capitolo 4510 \"Trasporto scolastico – prestazioni di servizi\" del bilancio 2026, impegno n. 37/2026;",
          "c) di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento."]:
    p.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(6); p.set_x(110); p.set_font("R", "", 9.8); p.multi_cell(80, 5, "Il Responsabile dell'Area\nAmministrativa e Servizi alla Persona\ndott.ssa Giulia Mangiavacchi", align="C")
p.output(sys.argv[1])
