# Determinazione of the Comunità Montana Valtellina di Sondrio: fpdf2, CID-keyed TrueType
# (Carlito) subset, label grid with merged cells, office in the running head on every page.
import sys, warnings
warnings.filterwarnings("ignore")
from fpdf import FPDF
F = "/usr/share/fonts/truetype/crosextra/"
class P(FPDF):
    def header(self):
        self.set_font("C", "I", 8.5); self.set_text_color(80)
        self.cell(0, 5, "Comunità Montana Valtellina di Sondrio – Settore Agricoltura, Foreste e Territorio – Servizio associato Vincolo idrogeologico", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(18, self.get_y(), 192, self.get_y()); self.ln(3); self.set_text_color(0)
    def footer(self):
        self.set_y(-14); self.set_font("C", "", 8)
        self.cell(0, 5, f"Determinazione Reg. Gen. 311 del 25.3.2026 – pagina {self.page_no()} di {{nb}}", align="C")
p = P(format="A4"); p.set_margins(18, 14, 18); p.set_auto_page_break(True, 20)
p.add_font("C", "", F + "Carlito-Regular.ttf"); p.add_font("C", "B", F + "Carlito-Bold.ttf"); p.add_font("C", "I", F + "Carlito-Italic.ttf")
p.set_producer("Halley PDF 5.0"); p.set_title("Determinazione 311/2026")
p.add_page()
p.set_font("C", "B", 17); p.cell(0, 8, "COMUNITÀ MONTANA VALTELLINA DI SONDRIO", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("C", "", 9.5); p.cell(0, 5, "Via Nazario Sauro 33 – 23100 Sondrio – comunitamontana@cmsondrio.it", align="C", new_x="LMARGIN", new_y="NEXT"); p.ln(4)
# label grid
p.set_font("C", "B", 9); p.set_fill_color(225)
p.cell(58, 6, "SETTORE", 1, 0, "L", True); p.cell(58, 6, "SERVIZIO", 1, 0, "L", True); p.cell(58, 6, "REGISTRO", 1, 1, "L", True)
p.set_font("C", "", 10)
y = p.get_y()
p.multi_cell(58, 6, "Agricoltura, Foreste e\nTerritorio", 1, "L", new_x="RIGHT", new_y="TOP")
p.multi_cell(58, 6, "Servizio associato Vincolo idrogeologico", 1, "L", new_x="RIGHT", new_y="TOP")
p.multi_cell(58, 6, "Reg. Settore n. 27\nReg. Gen. 311", 1, "L", new_x="LMARGIN", new_y="NEXT")
p.set_font("C", "B", 10); p.cell(87, 7, "DETERMINAZIONE DIRIGENZIALE", 1, 0, "C", True); p.cell(87, 7, "n. 311 del 25.3.2026", 1, 1, "C")
p.ln(4)
p.set_font("C", "B", 11)
p.multi_cell(0, 5.5, "OGGETTO: Autorizzazione alla trasformazione d'uso del suolo in area soggetta a vincolo idrogeologico per la realizzazione di una pista agro-silvo-pastorale in località Prati Alti, Comune di Caspoggio. Richiedente: Consorzio Forestale Valmalenco.", 0, "J")
p.ln(3)
p.set_font("C", "B", 11); p.cell(0, 6, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("C", "", 11)
for s in [
 "Vista la L.R. 5 dicembre 2008, n. 31, e in particolare l'art. 44, che delega alle Comunità montane le funzioni amministrative in materia di vincolo idrogeologico;",
 "Vista la convenzione con la quale i Comuni del mandamento hanno affidato alla Comunità Montana la gestione associata del servizio;",
 "Vista l'istanza presentata in data 12.1.2026, prot. n. 402, dal Consorzio Forestale Valmalenco, corredata della relazione geologica e del progetto a firma del dott. for. Luca Pedranzini;",
 "Preso atto del sopralluogo effettuato dai tecnici del Servizio in data 5.3.2026 e del parere favorevole con prescrizioni espresso nel relativo verbale;",
 "Dato atto che l'intervento interessa una superficie di 3.460 mq e che è stato versato il deposito cauzionale di € 2.768,00 a garanzia della corretta esecuzione dei lavori;",
 "Visti il D.Lgs. 267/2000 e il vigente Regolamento di organizzazione degli uffici e dei servizi;"]:
    p.multi_cell(0, 5.5, s, 0, "J"); p.ln(1.5)
p.ln(2); p.set_font("C", "B", 11); p.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT"); p.set_font("C", "", 11)
for n, s in enumerate([
 "di autorizzare il Consorzio Forestale Valmalenco alla trasformazione d'uso del suolo per la realizzazione della pista agro-silvo-pastorale in località Prati Alti, Comune di Caspoggio, secondo il progetto depositato;",
 "di subordinare l'autorizzazione al rispetto delle prescrizioni contenute nel verbale di sopralluogo del 5.3.2026, che si allega quale parte integrante;",
 "di stabilire che i lavori dovranno essere ultimati entro 24 mesi dalla data del presente provvedimento;",
 "di dare atto che lo svincolo del deposito cauzionale avverrà a seguito di collaudo favorevole delle opere;",
 "di trasmettere il presente atto al richiedente, al Comune di Caspoggio e al Comando Carabinieri Forestale di Sondrio."], 1):
    p.cell(8, 5.5, f"{n})"); p.multi_cell(0, 5.5, s, 0, "J"); p.ln(1.5)
p.ln(8)
p.cell(95, 5, "Sondrio, 25.3.2026"); p.set_font("C", "B", 11); p.cell(0, 5, "IL RESPONSABILE DEL SETTORE", align="C", new_x="LMARGIN", new_y="NEXT")
p.set_font("C", "", 11); p.cell(95, 5, ""); p.cell(0, 5, "dott. agr. Matteo Pozzi", align="C", new_x="LMARGIN", new_y="NEXT")
p.ln(10); p.set_font("C", "I", 9)
p.multi_cell(0, 4.5, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 (CAD). Il presente provvedimento è pubblicato all'Albo on line della Comunità Montana per 15 giorni consecutivi.", 0, "J")
p.output(sys.argv[1])
