# fpdf2 with DejaVu TTF (CID fonts): German left column, Italian right column, running footer on every page
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7)
        self.cell(0, 5, f"Gemeinde Toblach / Comune di Dobbiaco – Verordnung / Ordinanza Nr. 22/2026 – Seite / pagina {self.page_no()}/{{nb}}", align="C")
p = P(format="A4"); p.set_producer("Gemeindenetz PDF Engine 4.1"); p.alias_nb_pages()
p.add_font("dv", "", D + "DejaVuSans.ttf"); p.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
p.set_margins(18, 16, 18); p.add_page()
p.set_font("dv", "B", 12)
p.cell(87, 6, "GEMEINDE TOBLACH"); p.cell(87, 6, "COMUNE DI DOBBIACO", align="R", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 8)
p.cell(87, 5, "Der Bürgermeister"); p.cell(87, 5, "Il Sindaco", align="R", new_x="LMARGIN", new_y="NEXT")
p.line(18, p.get_y() + 1, 192, p.get_y() + 1); p.ln(5)
p.set_font("dv", "B", 11)
p.cell(87, 6, "VERORDNUNG Nr. 22", align="C"); p.cell(87, 6, "ORDINANZA N. 22", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("dv", "", 9)
p.cell(87, 5, "vom 28. April 2026", align="C"); p.cell(87, 5, "del 28 aprile 2026", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("dv", "B", 9)
p.multi_cell(0, 5, "OGGETTO: Divieto di transito ai veicoli di massa superiore a 3,5 t sulla strada comunale per Valle San Silvestro dal 4 al 29 maggio 2026 per lavori di consolidamento del ponte sul rio Rienza.", new_x="LMARGIN", new_y="NEXT")
p.multi_cell(0, 5, "BETREFF: Fahrverbot für Fahrzeuge mit einer Masse über 3,5 t auf der Gemeindestraße nach Wahlen vom 4. bis 29. Mai 2026 wegen Sanierungsarbeiten an der Brücke über die Rienz.", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
de = ["DER BÜRGERMEISTER", "Nach Einsicht in das Ansuchen des Bauamtes vom 22.04.2026, Prot. Nr. 5120;", "Nach Einsicht in die Art. 6 und 7 der Straßenverkehrsordnung (GvD 285/1992);", "VERORDNET", "1. Auf der Gemeindestraße nach Wahlen gilt vom 4. bis 29. Mai 2026 ein Fahrverbot für Fahrzeuge über 3,5 t.", "2. Ausgenommen sind Einsatzfahrzeuge und die Fahrzeuge der Baufirma.", "3. Das Bauamt sorgt für die Anbringung der Beschilderung.", "Zuwiderhandlungen werden im Sinne der Straßenverkehrsordnung bestraft."]
it = ["IL SINDACO", "Vista la richiesta dell'Ufficio tecnico del 22.04.2026, prot. n. 5120;", "Visti gli artt. 6 e 7 del Codice della strada (D.Lgs. 285/1992);", "ORDINA", "1. Sulla strada comunale per Valle San Silvestro vige dal 4 al 29 maggio 2026 il divieto di transito ai veicoli di massa superiore a 3,5 t.", "2. Sono esclusi i mezzi di soccorso e i mezzi dell'impresa esecutrice.", "3. L'Ufficio tecnico provvede all'apposizione della segnaletica.", "I trasgressori sono puniti ai sensi del Codice della strada."]
for a, b in zip(de, it):
    bold = a.isupper()
    p.set_font("dv", "B" if bold else "", 9)
    y = p.get_y()
    if y > 260: p.add_page(); y = p.get_y()
    al = "C" if bold else "J"
    n = max(len(p.multi_cell(84, 4.6, t, align=al, dry_run=True, output="LINES")) for t in (a, b))
    p.set_xy(18, y); p.multi_cell(84, 4.6, a, align=al)
    p.set_xy(108, y); p.multi_cell(84, 4.6, b, align=al)
    p.set_y(y + n * 4.6 + 2)
p.ln(8); p.set_font("dv", "", 9)
p.cell(0, 5, "Der Bürgermeister / Il Sindaco", align="R", new_x="LMARGIN", new_y="NEXT")
p.cell(0, 5, "Martin Rienzner", align="R", new_x="LMARGIN", new_y="NEXT")
p.output(sys.argv[1])
