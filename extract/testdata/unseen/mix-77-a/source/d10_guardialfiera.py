# Guardialfiera: fpdf2; letterhead and running foot repeated on both pages; invoice table with merged cells
import sys
from fpdf import FPDF
DJ = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 14); self.cell(0, 7, "COMUNE DI GUARDIALFIERA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9); self.cell(0, 5, "Provincia di Campobasso – Area Finanziaria", align="C", new_x="LMARGIN", new_y="NEXT"); self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(5)
    def footer(self):
        self.set_y(-15); self.set_font("DV", "", 8); self.cell(0, 5, f"Determinazione R.G. n. 96 del 20/03/2026 – pagina {self.page_no()} di {{nb}}", align="C")
p = P(); p.set_creator("Sistema Halley Molise"); p.set_producer("PDFlib+PDI 9.1 (Win32)")
p.add_font("DV", "", DJ + "DejaVuSans.ttf"); p.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
p.set_margins(15, 12, 15); p.set_auto_page_break(True, 22); p.add_page()
p.set_font("DV", "B", 12); p.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10); p.cell(0, 6, "Servizio Finanziario e Tributi", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.set_font("DV", "B", 9)
p.cell(45, 7, "Registro Generale", 1, align="C"); p.cell(45, 7, "n. 96", 1, align="C"); p.cell(45, 7, "del", 1, align="C"); p.cell(45, 7, "20/03/2026", 1, align="C", new_x="LMARGIN", new_y="NEXT")
p.cell(45, 7, "Registro di Settore", 1, align="C"); p.cell(45, 7, "n. 19", 1, align="C"); p.cell(45, 7, "del", 1, align="C"); p.cell(45, 7, "19/03/2026", 1, align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
p.set_font("DV", "B", 10); p.multi_cell(0, 5.5, "OGGETTO: Liquidazione fatture per servizi di manutenzione e assistenza del software gestionale dell'Ente e dei servizi di conservazione digitale – anno 2026 – CIG Z2D3F5B118.", new_x="LMARGIN", new_y="NEXT"); p.ln(2)
p.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for t in ["Richiamata la determinazione R.G. n. 11 del 14/01/2026 di impegno della spesa per i canoni di assistenza del software gestionale per l'anno 2026;",
          "Viste le fatture elettroniche emesse dalla ditta Molise Informatica S.r.l. di Termoli, come di seguito riepilogate:"]:
    p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
with p.table(col_widths=(30, 28, 72, 50), text_align=("CENTER", "CENTER", "LEFT", "RIGHT"), num_heading_rows=2) as tb:
    r = tb.row(); r.cell("FATTURE", colspan=2, align="CENTER"); r.cell("DESCRIZIONE", rowspan=2, align="CENTER"); r.cell("IMPORTO", rowspan=2, align="CENTER")
    r = tb.row(); r.cell("Numero"); r.cell("Data")
    for a in [("V1-0077", "31/01/2026", "Canone assistenza software gestionale I trimestre 2026", "€ 2.745,00"),
              ("V1-0078", "31/01/2026", "Conservazione digitale a norma I trimestre 2026", "€ 610,00"),
              ("V1-0193", "28/02/2026", "Intervento straordinario migrazione anagrafe ANPR", "€ 1.281,00")]:
        r = tb.row(); [r.cell(v) for v in a]
    r = tb.row(); r.cell("TOTALE", colspan=3, align="RIGHT"); r.cell("€ 4.636,00")
p.ln(3)
for t in ["Accertata la regolarità delle prestazioni e la regolarità contributiva della ditta (DURC prot. INPS 49877123);",
          "Visto l'art. 184 del D.Lgs. 267/2000;", "Visto il vigente Regolamento comunale di contabilità;",
          "Dato atto che il pagamento sarà effettuato nel rispetto degli obblighi di tracciabilità dei flussi finanziari di cui alla L. 136/2010;"]:
    p.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.add_page()
p.set_font("DV", "B", 10); p.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("DV", "", 10)
for n, t in enumerate(["di liquidare alla ditta Molise Informatica S.r.l. la somma complessiva di € 4.636,00 IVA compresa;",
                       "di imputare la spesa al capitolo 1048 del bilancio 2026, impegno n. 27/2026;",
                       "di dare atto che la presente determinazione è esecutiva con il visto di regolarità contabile."], 1):
    p.multi_cell(0, 5.5, f"{n}. {t}", new_x="LMARGIN", new_y="NEXT"); p.ln(1)
p.ln(10); p.cell(0, 6, "Il Responsabile del Settore Finanziario", align="R", new_x="LMARGIN", new_y="NEXT"); p.cell(0, 6, "rag. Nicolina Di Lalla", align="R")
p.output(sys.argv[1])
