# Comune di Bicinicco - determinazione, "Insiel" house style: register numbers in a label grid under the letterhead (fpdf2).
import sys
from fpdf import FPDF
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 13); self.cell(0, 6, "COMUNE DI BICINICCO", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 7.5); self.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia – Piazza del Municipio 1 – 33050 Bicinicco (UD)", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7)
        self.cell(0, 4, "Insiel S.p.A. – Atti amministrativi – Determinazione Reg. Gen. 311/2026", align="L")
pdf = P(format="A4"); pdf.set_margins(20, 15, 20); pdf.set_auto_page_break(True, 20)
pdf.add_font("DV", "", F + "DejaVuSans.ttf"); pdf.add_font("DV", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_title("Determinazione Reg. Gen. 311 del 25/03/2026"); pdf.set_creator("Insiel Atti 4.2")
pdf.add_page()
pdf.set_font("DV", "B", 10); pdf.cell(0, 6, "AREA TECNICA E TECNICO-MANUTENTIVA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.5); pdf.cell(0, 5, "Servizio Lavori pubblici e Manutenzioni", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
grid = [("Determinazione", "n. 58"), ("Reg. Gen.", "311"), ("Data", "25/03/2026"), ("Proposta", "n. 66 del 23/03/2026")]
pdf.set_fill_color(230, 230, 230)
for lab, _ in grid: pdf.set_font("DV", "B", 7.5); pdf.cell(42.5, 5, lab, border=1, fill=True)
pdf.ln()
for _, v in grid: pdf.set_font("DV", "", 9.5); pdf.cell(42.5, 7, v, border=1)
pdf.ln(11)
pdf.set_font("DV", "B", 9.5); pdf.cell(20, 5, "OGGETTO:")
pdf.multi_cell(0, 5, "Affidamento diretto del servizio di manutenzione del verde pubblico per l'anno 2026 ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 – CIG B9D4E27A13 – Impegno di spesa.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("DV", "B", 10); pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9.5)
for p in ["PREMESSO che si rende necessario garantire lo sfalcio delle aree verdi comunali, dei cigli stradali e del parco di via Udine per la stagione 2026;",
          "VISTO il preventivo della ditta Verde Friuli s.r.l. di Mortegliano, acquisito al protocollo n. 2214 del 18/03/2026, per l'importo di euro 18.400,00 oltre IVA;",
          "RITENUTO il prezzo congruo e verificato il possesso dei requisiti tramite il Fascicolo virtuale dell'operatore economico;",
          "VISTO il decreto sindacale n. 3 del 02/01/2026 di nomina dei Responsabili di Area;"]:
    pdf.multi_cell(0, 5, p, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.set_font("DV", "B", 10); pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9.5)
for i, p in enumerate(["di affidare alla ditta Verde Friuli s.r.l. il servizio di manutenzione del verde pubblico per l'anno 2026, per euro 18.400,00 oltre IVA 22%;",
                       "di impegnare la spesa complessiva di euro 22.448,00 al capitolo 1725 del bilancio 2026;",
                       "di dare atto che il CIG è B9D4E27A13 e che il RUP è il sottoscritto;",
                       "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione Amministrazione trasparente."], 1):
    pdf.multi_cell(0, 5, "%d. %s" % (i, p), align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
pdf.ln(8); pdf.set_x(110); pdf.multi_cell(80, 5, "IL RESPONSABILE DELL'AREA TECNICA\ngeom. Denis Tosolini\n(firmato digitalmente)", align="C")
pdf.output(sys.argv[1])
