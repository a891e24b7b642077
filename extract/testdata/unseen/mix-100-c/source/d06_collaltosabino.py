# COMUNICATO DEL SINDACO, Collalto Sabino (no number): fpdf2 with DejaVu as CID TrueType, header()/footer()
import sys
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_fill_color(30, 70, 120); self.rect(0, 0, 210, 6, "F")
        self.set_font("DS", "B", 15); self.set_y(12); self.cell(0, 7, "Comune di Collalto Sabino", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 9); self.cell(0, 5, "Provincia di Rieti – Piazza Vittorio Emanuele, 1 – 02022 Collalto Sabino (RI)", align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2); self.line(20, self.get_y(), 190, self.get_y()); self.ln(4)
    def footer(self):
        self.set_y(-14); self.set_font("DS", "", 7.5)
        self.cell(0, 5, "tel. 0765 98201 – protocollo@pec.comune.collaltosabino.ri.it – www.comune.collaltosabino.ri.it", align="C")
p = P(); p.add_font("DS", "", D + "DejaVuSans.ttf"); p.add_font("DS", "B", D + "DejaVuSans-Bold.ttf"); p.add_font("DS", "I", D + "DejaVuSans-Oblique.ttf")
p.set_margins(20, 15, 20); p.add_page()
p.set_font("DS", "B", 11); p.cell(0, 6, "IL SINDACO", align="R", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_font("DS", "B", 17); p.cell(0, 10, "COMUNICATO DEL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(3)
p.set_font("DS", "B", 10.5); p.multi_cell(0, 5.5, "Oggetto: Chiusura temporanea della strada provinciale 34/a Turanense nel tratto tra il bivio per Nespolo e il centro abitato per lavori di consolidamento del versante.", align="J"); p.ln(3)
p.set_font("DS", "", 10.5)
for t in ["Care concittadine e cari concittadini,",
          "vi informo che, a seguito della frana che nel mese di febbraio ha interessato la scarpata a valle della strada provinciale, la Provincia di Rieti ha comunicato l'avvio dei lavori di consolidamento del versante, finanziati con fondi regionali per il dissesto idrogeologico.",
          "Per consentire l'esecuzione dei lavori in sicurezza, dal 30 marzo al 30 aprile 2026 la strada sarà chiusa al traffico dalle ore 8:00 alle ore 17:00 dei giorni feriali. Negli altri orari e nei giorni festivi il transito sarà consentito a senso unico alternato regolato da impianto semaforico.",
          "Il percorso alternativo per Carsoli e per l'autostrada A24 è quello della strada comunale per Pietrasecca, che sarà mantenuta pulita e illuminata a cura del Comune. Il servizio di trasporto scolastico e lo scuolabus per la scuola di Carsoli manterranno gli orari consueti, con partenza anticipata di dieci minuti.",
          "Ringrazio tutti per la pazienza e la collaborazione: si tratta di un intervento atteso da anni, che restituirà sicurezza al principale collegamento del nostro paese."]:
    p.multi_cell(0, 5.5, t, align="J"); p.ln(2)
p.ln(4); p.cell(0, 6, "Collalto Sabino, 21 marzo 2026", new_x="LMARGIN", new_y="NEXT"); p.ln(6)
p.set_x(120); p.cell(70, 6, "Il Sindaco", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_x(120); p.set_font("DS", "I", 10.5); p.cell(70, 6, "Ernesto Sebastiani", align="C")
p.output(sys.argv[1])
