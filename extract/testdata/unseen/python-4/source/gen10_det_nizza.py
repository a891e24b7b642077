# Determinazione of the Comune di Nizza Monferrato (AT) - fpdf2 with core Helvetica (latin-1 only).
# Register numbers in a three-column grid (general number, date, service number),
# "1)" numbered operative points, the signature naming the Servizio.
from fpdf import FPDF

OUT = "det-nizza-energia-elettrica.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 14)
        self.cell(0, 7, "COMUNE DI NIZZA MONFERRATO", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 9)
        self.cell(0, 4.5, "Provincia di Asti", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Piazza Martiri di Alessandria 19 - 14049 Nizza Monferrato - tel. 0141 720511", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, 210 - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, 18)
pdf.alias_nb_pages()
pdf.set_title("Determinazione n. 1022 del 30/12/2025")
pdf.add_page()
T = dict(align="J", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 6, "SERVIZIO ECONOMICO FINANZIARIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 6, "DETERMINAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_fill_color(230, 230, 230)
pdf.set_font("Helvetica", "B", 8.5)
for h in ("Numero Registro Generale", "Data", "Numero Registro Servizio"):
    pdf.cell(170 / 3, 6, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("Helvetica", "B", 11)
for v in ("1022", "30/12/2025", "301"):
    pdf.cell(170 / 3, 7, v, border=1, align="C")
pdf.ln()
pdf.ln(5)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 5, "Oggetto:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5, "Liquidazione fatture per la fornitura di energia elettrica agli immobili e agli impianti di "
               "pubblica illuminazione comunali - periodo ottobre/novembre 2025 - Convenzione Consip "
               "\"Energia Elettrica 22\" - CIG derivato B47E0C19A2.", border="B", align="L", new_x="LMARGIN",
               new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "", 9.8)
for p in [
    "Premesso che con propria determinazione n. 42 del 26/01/2025 (Reg. Gen. n. 118) si e' aderito alla "
    "Convenzione Consip \"Energia Elettrica 22\" - Lotto 2 Piemonte per la fornitura di energia elettrica a prezzo "
    "variabile per il periodo 1 febbraio 2025 - 31 gennaio 2026, assumendo il relativo impegno di spesa;",
    "Viste le fatture elettroniche emesse dal fornitore aggiudicatario per i consumi dei mesi di ottobre e "
    "novembre 2025, pervenute tramite il Sistema di Interscambio e registrate al registro unico delle fatture, "
    "come da elenco conservato agli atti per l'importo complessivo di euro 41.388,62 IVA compresa;",
    "Riscontrata la regolarita' delle forniture e la corrispondenza dei consumi fatturati con le letture dei "
    "contatori trasmesse dal distributore;",
    "Acquisito il DURC on line regolare e dato atto che, trattandosi di somme inferiori a euro 5.000,00 per "
    "singola fattura, non ricorre l'obbligo di verifica di cui all'art. 48-bis del D.P.R. 602/1973;",
    "Visto l'art. 184 del D.Lgs. 18 agosto 2000, n. 267, in materia di liquidazione della spesa;",
    "Visto il decreto del Sindaco n. 14 del 30/12/2024 di nomina del Responsabile del Servizio;",
]:
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.5)
pdf.ln(1)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "", 9.8)
for i, p in enumerate([
    "di liquidare al fornitore aggiudicatario della Convenzione Consip \"Energia Elettrica 22\" - Lotto 2 "
    "l'importo complessivo di euro 41.388,62, di cui euro 33.925,10 per imponibile ed euro 7.463,52 per IVA da "
    "versare all'Erario in regime di scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
    "di imputare la spesa sugli impegni n. 212/2025 (capitolo 1530 \"Utenze immobili comunali\") per euro "
    "14.206,45 e n. 213/2025 (capitolo 8230 \"Energia elettrica pubblica illuminazione\") per euro 27.182,17 del "
    "bilancio 2025/2027, esercizio 2025;",
    "di trasmettere il presente atto all'Ufficio Ragioneria per l'emissione dei relativi mandati di pagamento.",
], 1):
    pdf.cell(8, 5, "%d)" % i)
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.5)
pdf.ln(6)
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(80, 5, "Nizza Monferrato, li' 30/12/2025")
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(0, 5, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(80, 5, "")
pdf.cell(0, 5, "ECONOMICO FINANZIARIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(80, 5, "")
pdf.cell(0, 5, "Rag. Daniela Gabutti", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "I", 7.5)
pdf.cell(80, 4, "")
pdf.cell(0, 4, "(firma apposta digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 5, "RELATA DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.multi_cell(0, 4.8, "La presente determinazione e' pubblicata all'Albo Pretorio on line per 15 giorni consecutivi "
               "dal 02/01/2026 al 17/01/2026 (n. 7 del registro delle pubblicazioni).", **T)
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count)
