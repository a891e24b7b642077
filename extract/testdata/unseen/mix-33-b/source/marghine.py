# Unione dei Comuni del Marghine - determinazione di liquidazione, imitating a PHP/FPDF
# web application print (label grid for the registers). Made with fpdf2 (Python port of FPDF).
import sys
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.cell(0, 4, "Unione dei Comuni del Marghine – Determinazione Reg. Gen. n. 403 del 09/04/2026", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "I", 7)
        self.multi_cell(0, 3.4, "Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. 07/03/2005 n. 82 e ss.mm.ii. – Stampato il 16/04/2026\nPag. %d di {nb}" % self.page_no(), align="C")

pdf = Doc(format="A4"); pdf.alias_nb_pages()
pdf.add_font("DV", "", FD + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf"); pdf.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_margins(18, 14, 18); pdf.set_auto_page_break(True, 20)
pdf.set_title("Determinazione n. 403/2026"); pdf.set_creator("FPDF")
pdf.add_page()
W = pdf.w - 36
pdf.set_font("DV", "B", 15); pdf.cell(W, 8, "UNIONE DEI COMUNI DEL MARGHINE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.5)
pdf.cell(W, 4.5, "Ente locale costituito ai sensi dell’art. 32 del D.Lgs. 267/2000 e della L.R. Sardegna n. 2/2016", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 4.5, "Provincia di Nuoro", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2); pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y()); pdf.ln(3)
pdf.set_font("DV", "B", 11); pdf.cell(W, 6, "SETTORE SOCIO-ASSISTENZIALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.5); pdf.cell(W, 5, "Servizio Politiche Sociali", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DV", "B", 10.5); pdf.cell(W, 6, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
grid = [("N. Reg. Generale", "403", "Data", "09/04/2026"), ("N. Reg. Settore", "112", "Data", "08/04/2026")]
for a, b, c, d in grid:
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("DV", "B", 8.5); pdf.cell(W * .28, 6, a, border=1, fill=True)
    pdf.set_font("DV", "", 9); pdf.cell(W * .22, 6, b, border=1, align="C")
    pdf.set_font("DV", "B", 8.5); pdf.cell(W * .20, 6, c, border=1, fill=True)
    pdf.set_font("DV", "", 9); pdf.cell(W * .30, 6, d, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DV", "B", 9.5); pdf.cell(20, 5, "Oggetto:")
pdf.set_font("DV", "B", 9.5)
pdf.multi_cell(W - 20, 5, "Servizio di assistenza domiciliare integrata per anziani e disabili nei Comuni dell'Unione – Liquidazione fatture del mese di marzo 2026 alla Cooperativa Sociale “Sa Mata” – CIG A02E5B7C11.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DV", "B", 10); pdf.cell(W, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.3)
for t in [
 "VISTO il decreto del Presidente dell'Unione n. 2 del 15/01/2026, con il quale alla sottoscritta sono state attribuite le funzioni di Responsabile del Settore Socio-Assistenziale ai sensi dell'art. 109, comma 2, del D.Lgs. 267/2000;",
 "RICHIAMATA la deliberazione dell'Assemblea dell'Unione n. 5 del 27/02/2026, con la quale è stato approvato il Bilancio di Previsione finanziario 2026/2028;",
 "RICHIAMATA la propria determinazione n. 318 del 18/12/2024, con la quale il servizio di assistenza domiciliare integrata è stato aggiudicato alla Cooperativa Sociale “Sa Mata” di Bolotana, per il periodo 01/01/2025 – 31/12/2027, e assunto il relativo impegno di spesa;",
 "VISTE le fatture elettroniche emesse dalla Cooperativa per le prestazioni rese nel mese di marzo 2026, come di seguito riepilogate:"]:
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
cols = [("Fattura n.", .16), ("Data", .15), ("Comune", .25), ("Ore", .10), ("Imponibile", .17), ("IVA 5%", .17)]
pdf.set_font("DV", "B", 8.5); pdf.set_fill_color(225, 225, 225)
for c, w in cols: pdf.cell(W * w, 5.5, c, border=1, align="C", fill=True)
pdf.ln()
rows = [("27/PA", "31/03/2026", "Birori", "96", "2.035,20", "101,76"),
        ("28/PA", "31/03/2026", "Bolotana", "412", "8.734,40", "436,72"),
        ("29/PA", "31/03/2026", "Borore", "238", "5.045,60", "252,28"),
        ("30/PA", "31/03/2026", "Bortigali", "174", "3.688,80", "184,44"),
        ("31/PA", "31/03/2026", "Silanus", "205", "4.346,00", "217,30")]
pdf.set_font("DV", "", 8.5)
for r in rows:
    for (c, w), v in zip(cols, r): pdf.cell(W * w, 5.2, v, border=1, align="R" if c in ("Ore", "Imponibile", "IVA 5%") else "C")
    pdf.ln()
pdf.set_font("DV", "B", 8.5)
pdf.cell(W * .56, 5.2, "Totale", border=1, align="R"); pdf.cell(W * .10, 5.2, "1.125", border=1, align="R")
pdf.cell(W * .17, 5.2, "23.850,00", border=1, align="R"); pdf.cell(W * .17, 5.2, "1.192,50", border=1, align="R"); pdf.ln(7)
pdf.set_font("DV", "", 9.3)
for t in [
 "ACCERTATA la regolarità delle prestazioni rese, come attestato dall'assistente sociale referente del servizio, e verificata la regolarità contributiva della Cooperativa (DURC prot. INPS_49921034, valido fino al 19/06/2026);",
 "DATO ATTO che la Cooperativa ha comunicato gli estremi del conto corrente dedicato ai sensi dell'art. 3 della L. 136/2010;",
 "RITENUTO di dover procedere alla liquidazione;",
 ]:
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.set_font("DV", "B", 10); pdf.cell(W, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 9.3)
for t in [
 "DI LIQUIDARE alla Cooperativa Sociale “Sa Mata”, con sede in Bolotana, P.IVA 01302450910, la somma complessiva di € 25.042,50, di cui € 23.850,00 per imponibile ed € 1.192,50 per IVA al 5%, a saldo delle fatture sopra elencate;",
 "DI DARE ATTO che l'IVA pari a € 1.192,50 sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (split payment);",
 "DI IMPUTARE la spesa sull'impegno n. 64/2026, Capitolo 11040.3 “Servizio di assistenza domiciliare – prestazioni” del Bilancio 2026/2028, esercizio 2026;",
 "DI TRASMETTERE il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento."]:
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(6)
pdf.set_x(18 + W * .5)
pdf.set_font("DV", "", 9.5)
pdf.multi_cell(W * .5, 5, "Il Responsabile del Settore\nDott.ssa Giovanna Piras\n(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DV", "B", 8.5); pdf.cell(W, 5, "ATTESTAZIONE DI REGOLARITÀ CONTABILE", border="LTR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.5)
pdf.multi_cell(W, 4.3, "Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell'art. 184 del D.Lgs. 267/2000. Liquidazione n. 287/2026.\nIl Responsabile del Servizio Finanziario – Rag. Antonello Sanna – 09/04/2026", border="LBR", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
