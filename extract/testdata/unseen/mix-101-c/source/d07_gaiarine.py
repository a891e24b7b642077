# fpdf2: certificate of publication that prints the Albo's own register number in a box
import sys
from fpdf import FPDF
p = FPDF(format="A4"); p.set_creator("J-Iride Albo"); p.set_producer("J-Iride PDF 4.1 (fpdf2)")
p.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"); p.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
p.add_page(); p.set_margins(22, 18, 22)
p.set_font("DV", "B", 15); p.cell(0, 8, "COMUNE DI GAIARINE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 9.5); p.cell(0, 5, "Provincia di Treviso – Ufficio Segreteria e Albo", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(6); p.set_fill_color(235, 235, 235); p.set_font("DV", "B", 10)
p.cell(60, 9, "REGISTRO ALBO N. 398/2026", border=1, fill=True, align="C"); p.cell(6); p.set_font("DV", "", 9.5)
p.cell(0, 9, "Affissione: 09/04/2026   Defissione: 24/04/2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.set_font("DV", "B", 13); p.cell(0, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "", 10)
rows = [("Tipo atto", "Determinazione del Responsabile dell'Area Economico-Finanziaria"), ("Numero", "87 (Registro generale)"), ("Data", "08/04/2026"),
        ("Oggetto", "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU – anno d'imposta 2025")]
for a, b in rows:
    x, y = p.get_x(), p.get_y(); p.set_font("DV", "B", 9.5); p.multi_cell(35, 7, a, border="LTB", new_x="RIGHT", new_y="TOP")
    p.set_font("DV", "", 10); p.multi_cell(0, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
p.ln(8)
p.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,\n", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "B", 11); p.cell(0, 8, "CERTIFICA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
p.multi_cell(0, 6, "che la determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, al numero 398 del registro delle pubblicazioni, per quindici giorni consecutivi dal 09/04/2026 al 24/04/2026, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69, e che contro di essa non sono pervenuti reclami od opposizioni.", align="J", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.cell(0, 6, "Gaiarine, 27/04/2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.cell(95); p.multi_cell(0, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE\nMauro Dal Cin\n(firmato digitalmente)", align="C")
p.output(sys.argv[1])
