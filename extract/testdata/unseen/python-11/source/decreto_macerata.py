"""Decreto sindacale del Comune di Macerata - Saga style, fpdf2 with embedded DejaVu Serif:
labels over values in a ruled band (Numero / Data / Ufficio proponente / Protocollo), DECRETA with
numbered points, relata at the end, running foot with the decree's number."""
from fpdf import FPDF
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"
SUBJ = ("Nomina del Responsabile della Prevenzione della Corruzione e della Trasparenza (RPCT) ai sensi "
        "dell'art. 1, comma 7, della Legge 6 novembre 2012, n. 190.")

class P(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("S", "I", 7.5)
        self.cell(self.epw / 2, 4, "Decreto Sindacale n. 27 del 30/12/2025")
        self.cell(self.epw / 2, 4, "Pagina %d / {nb}" % self.page_no(), align="R")

def build():
    pdf = P(format="A4")
    for st, f in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")]:
        pdf.add_font("S", st, DV + f)
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.epw
    pdf.set_font("S", "B", 16)
    pdf.cell(0, 8, "COMUNE DI MACERATA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9)
    pdf.cell(0, 5, "Piazza della Libertà, 3 - 62100 Macerata", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0); pdf.set_line_width(0.8)
    pdf.line(22, pdf.get_y() + 2, 22 + W, pdf.get_y() + 2)
    pdf.ln(7)
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 7, "DECRETO SINDACALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    cols = [(24, "Numero", "27"), (32, "Data", "30/12/2025"), (60, "Ufficio proponente", "Segreteria Generale"),
            (W - 116, "Protocollo", "n. 78815 del 30/12/2025")]
    pdf.set_line_width(0.3)
    y = pdf.get_y()
    pdf.line(22, y, 22 + W, y)
    pdf.set_font("S", "", 7)
    for w, lab, _ in cols:
        pdf.cell(w, 4.5, lab.upper())
    pdf.ln()
    pdf.set_font("S", "B", 10)
    for w, _, v in cols:
        pdf.cell(w, 6.5, v)
    pdf.ln()
    pdf.line(22, pdf.get_y() + 0.5, 22 + W, pdf.get_y() + 0.5)
    pdf.ln(5)
    pdf.set_font("S", "B", 9.5)
    pdf.cell(0, 5, "Oggetto:", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, SUBJ, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("S", "B", 10.5)
    pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("S", "", 9.5)
    for t in [
        "Premesso che l'art. 1, comma 7, della Legge 190/2012 dispone che l'organo di indirizzo individui, di norma "
        "tra i dirigenti di ruolo in servizio, il Responsabile della prevenzione della corruzione e della "
        "trasparenza, e che negli enti locali il Responsabile è individuato, di norma, nel Segretario;",
        "Richiamato il proprio decreto n. 11 del 15/04/2024, con il quale l'incarico di RPCT era stato attribuito al "
        "Segretario Generale pro tempore, dott. Alberto Censi, collocato a riposo dal 31/12/2025;",
        "Visto il decreto sindacale n. 25 del 22/12/2025 di nomina della dott.ssa Elena Marcantoni quale "
        "Segretario Generale titolare della sede di segreteria, con decorrenza 01/01/2026, a seguito della presa "
        "d'atto del Ministero dell'Interno - Albo dei Segretari comunali e provinciali, prot. n. 0213377 del "
        "18/12/2025;",
        "Vista la sottosezione \"Rischi corruttivi e trasparenza\" del PIAO 2025-2027, approvato con "
        "deliberazione di Giunta Comunale n. 38 del 20/02/2025;",
        "Visti l'art. 50, comma 10, del D.Lgs. 267/2000, il D.Lgs. 33/2013 e la delibera ANAC n. 605 del "
        "19/12/2023 di approvazione dell'aggiornamento 2023 del PNA 2022;"]:
        pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1)
    pdf.set_font("S", "B", 10.5)
    pdf.cell(0, 6, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9.5)
    for i, t in enumerate([
        "di nominare la dott.ssa Elena Marcantoni, Segretario Generale del Comune di Macerata, Responsabile della "
        "Prevenzione della Corruzione e della Trasparenza, con decorrenza dal 01/01/2026 e per tutta la durata "
        "dell'incarico di Segretario;",
        "di assicurare al Responsabile il supporto della struttura \"Controlli interni, anticorruzione e "
        "trasparenza\" e l'accesso a tutti gli atti e le informazioni necessari allo svolgimento delle funzioni;",
        "di comunicare il nominativo del RPCT all'Autorità Nazionale Anticorruzione mediante l'apposito modulo "
        "on line;",
        "di notificare il presente decreto all'interessata e di pubblicarlo nella sezione \"Amministrazione "
        "trasparente - Altri contenuti - Prevenzione della corruzione\" del sito istituzionale."], 1):
        pdf.set_x(26)
        pdf.cell(6, 5, "%d." % i)
        pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(5)
    pdf.cell(W / 2, 5, "Macerata, 30/12/2025")
    pdf.set_font("S", "B", 9.5)
    pdf.cell(W / 2, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9.5)
    pdf.cell(W / 2, 5, "")
    pdf.cell(W / 2, 5, "Lorenzo Paoletti", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W / 2, 5, "")
    pdf.set_font("S", "I", 7.5)
    pdf.cell(W / 2, 4, "Firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("S", "B", 8.5)
    pdf.cell(0, 5, "RELATA DI PUBBLICAZIONE", align="C", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.multi_cell(0, 4.4, "Il presente decreto è stato pubblicato all'Albo Pretorio on line dal 31/12/2025 al "
                   "15/01/2026 al n. 4381 del Registro delle pubblicazioni. Per copia conforme all'originale "
                   "informatico.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "decreto-macerata-saga.pdf"))

if __name__ == "__main__":
    build()
