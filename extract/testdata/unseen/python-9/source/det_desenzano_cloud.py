# Comune di Desenzano del Garda - Determinazione d'Area - imitating a Cloud Italia-like print (fpdf2, embedded DejaVu Serif)
from fpdf import FPDF
D = "/usr/share/fonts/truetype/dejavu/"

class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("ser", "B", 17); self.cell(0, 8, "CITTÀ DI DESENZANO DEL GARDA", align="L", new_x="LMARGIN", new_y="NEXT")
            self.set_font("ser", "I", 9.5); self.cell(0, 5, "Provincia di Brescia", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 90, 160); self.set_line_width(1.2); self.line(18, self.get_y() + 2, 192, self.get_y() + 2)
            self.set_line_width(0.2); self.set_draw_color(0, 0, 0); self.ln(6)
        else:
            self.set_font("ser", "I", 7.5); self.cell(0, 5, "Città di Desenzano del Garda - Determinazione n. 612/2025", align="R", new_x="LMARGIN", new_y="NEXT"); self.ln(3)
    def footer(self):
        self.set_y(-14); self.set_font("ser", "", 7)
        self.cell(0, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - pag. %d/{nb}" % self.page_no(), align="C")

pdf = P(format="A4"); pdf.set_margins(18, 14, 18); pdf.set_auto_page_break(True, 18); pdf.alias_nb_pages()
for st, f in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")]:
    pdf.add_font("ser", st, D + f)
pdf.set_title("Determinazione 612/2025")
pdf.add_page(); W = 174
pdf.set_font("ser", "B", 10); pdf.cell(W, 5.5, "AREA SERVIZI ALLA PERSONA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("ser", "", 9); pdf.cell(W, 5, "Servizio Politiche Sociali e Abitative", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_fill_color(240, 244, 250)
pdf.set_font("ser", "B", 12)
pdf.cell(W, 8, "DETERMINAZIONE N. 612 DEL 14/10/2025", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("ser", "", 8)
pdf.cell(W, 5, "Registro di Area n. 45 del 14/10/2025", border="LRB", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("ser", "B", 9.5)
pdf.cell(W, 5, "OGGETTO:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("ser", "B", 9.5)
pdf.multi_cell(W, 5, "LIQUIDAZIONE CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - FONDO DI SOSTEGNO AFFITTO "
               "ANNO 2025 - PRIMO ELENCO BENEFICIARI.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("ser", "B", 10); pdf.cell(W, 6, "IL RESPONSABILE DELL'AREA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
def para(t):
    pdf.set_font("ser", "", 9.2)
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.6)
for t in [
 "VISTO il decreto sindacale n. 9 del 02/01/2025 di nomina del Responsabile dell'Area Servizi alla Persona e di attribuzione delle "
 "funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
 "RICHIAMATA la deliberazione della Giunta Comunale n. 187 del 10/06/2025, con la quale sono stati approvati i criteri per "
 "l'erogazione dei contributi del Fondo di sostegno affitto 2025, in attuazione della D.G.R. Lombardia n. XII/3912 del 24/03/2025;",
 "RICHIAMATA altresì la propria determinazione n. 498 del 28/07/2025, con la quale è stata impegnata la somma di € 64.000,00 al "
 "capitolo 12061.04.0150 del bilancio 2025;",
 "DATO ATTO che, a seguito dell'istruttoria delle domande pervenute entro il 15/09/2025, sono risultati ammissibili n. 38 nuclei "
 "familiari, per un contributo complessivo di € 41.850,00, come risulta dall'elenco agli atti dell'ufficio, non pubblicato per "
 "ragioni di tutela dei dati personali;",
 "VERIFICATA la regolarità della documentazione e accertato che i contributi sono erogati direttamente ai proprietari degli alloggi, "
 "a scomputo dei canoni dovuti;",
 "ATTESTATA la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000;"]:
    para(t)
pdf.ln(1)
pdf.set_font("ser", "B", 10); pdf.cell(W, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
for t in [
 "di liquidare, per le motivazioni espresse in premessa, la somma complessiva di € 41.850,00 a titolo di contributi del Fondo di "
 "sostegno affitto anno 2025 a favore dei n. 38 beneficiari di cui al primo elenco agli atti;",
 "di imputare la spesa all'impegno n. 1462/2025, capitolo 12061.04.0150 \"Contributi per il sostegno alla locazione\" del bilancio "
 "di previsione 2025/2027, esercizio 2025;",
 "di trasmettere il presente provvedimento al Servizio Finanziario per l'emissione dei mandati di pagamento;",
 "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui agli artt. 26 e 27 del D.Lgs. "
 "33/2013, con le modalità che escludono la diffusione dei dati identificativi dei beneficiari."]:
    pdf.set_font("ser", "", 9.2)
    pdf.set_x(22); pdf.cell(6, 4.8, "•")
    pdf.multi_cell(W - 10, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.6)
pdf.ln(6)
pdf.set_x(105); pdf.set_font("ser", "", 9)
pdf.multi_cell(85, 4.8, "Il Responsabile dell'Area Servizi alla Persona\nDott.ssa Chiara Tonoli\n(sottoscritto digitalmente)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("ser", "B", 8.5)
pdf.cell(W, 5.5, "ATTESTAZIONE DI REGOLARITÀ CONTABILE", border="T", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("ser", "", 8.5)
pdf.multi_cell(W, 4.4, "Visto di regolarità contabile favorevole ai sensi dell'art. 184, comma 4, del D.Lgs. 267/2000. Liquidazione n. "
               "3871 del 16/10/2025. Il Responsabile dell'Area Economico-Finanziaria - Rag. Sergio Bonetti.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.output("../det-desenzano-cloud.pdf")
