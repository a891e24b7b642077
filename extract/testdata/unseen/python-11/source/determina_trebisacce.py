"""Determinazione a contrarre del Comune di Trebisacce - Studio K style, fpdf2 with core Helvetica:
a grid of label cells (Reg. Gen. / Reg. Area / data), Area heading with Servizio, protocol line in the
top margin, signed IL RESPONSABILE DELL'AREA TECNICA, 'Pag. x di y'."""
from fpdf import FPDF
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SUBJ = ("DETERMINAZIONE A CONTRARRE E AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL "
        "D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE DEL LUNGOMARE "
        "PER L'ANNO 2026. CIG B8F14D27A3.")

class P(FPDF):
    def header(self):
        self.set_font("Courier", "", 8)
        self.cell(0, 4, "Prot. N. 0018224 del 24/11/2025 - Class. 6.5", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, "Determinazione Area Tecnica n. 812 del 21/11/2025", align="L")
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")

def build():
    pdf = P(format="A4")
    pdf.set_margins(20, 10, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.epw
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "COMUNE DI TREBISACCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "(Provincia di Cosenza)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "Piazza della Repubblica, 1 - 87075 Trebisacce (CS) - P.IVA 00398040788", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 5, "Servizio Lavori Pubblici e Manutenzioni", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # grid of label cells
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("Helvetica", "B", 8)
    cols = [(62, "DETERMINAZIONE"), (36, "N. REG. GENERALE"), (36, "N. REG. AREA"), (W - 134, "DATA")]
    for w, h in cols:
        pdf.cell(w, 6, h, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "B", 10)
    for w, v in zip([c[0] for c in cols], ["DEL RESPONSABILE", "812", "203", "21/11/2025"]):
        pdf.cell(w, 8, v, border=1, align="C")
    pdf.ln(11)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(20, 5, "OGGETTO:")
    pdf.multi_cell(0, 5, SUBJ, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    def par(lab, t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, "**" + lab + "** " + t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    par("VISTO", "il decreto sindacale n. 14 del 02/07/2025, con il quale al sottoscritto sono state attribuite le "
        "funzioni di Responsabile dell'Area Tecnica ai sensi degli artt. 107 e 109 del D.Lgs. 267/2000;")
    par("RICHIAMATE", "la deliberazione del Consiglio Comunale n. 9 del 29/04/2025, di approvazione del bilancio "
        "di previsione finanziario 2025/2027, e la deliberazione della Giunta Comunale n. 71 del 15/05/2025, di "
        "assegnazione delle risorse ai Responsabili di Area;")
    par("CONSIDERATO", "che il contratto per la manutenzione degli impianti di pubblica illuminazione del "
        "lungomare, affidato con determinazione n. 701 del 19/12/2024 (Reg. Area n. 188), scade il 31/12/2025 e "
        "che occorre garantire senza interruzioni la sicurezza della circolazione e la fruizione notturna del "
        "lungomare;")
    par("DATO ATTO", "che, ai sensi dell'art. 17, comma 1, del D.Lgs. 36/2023, le stazioni appaltanti, prima "
        "dell'avvio delle procedure di affidamento, adottano la decisione di contrarre individuando gli elementi "
        "essenziali del contratto e i criteri di selezione degli operatori economici;")
    par("ACCERTATO", "che il servizio non è presente nelle convenzioni Consip attive e che la ditta Elettrosud "
        "di Franco Aurelio & C. s.n.c., con sede in Villapiana (CS), interpellata tramite la piattaforma di "
        "approvvigionamento digitale, ha offerto un ribasso del 6,5% sull'importo di Euro 18.400,00, con nota "
        "prot. n. 0017990 del 18/11/2025;")
    par("VISTI", "il D.Lgs. 267/2000, il D.Lgs. 36/2023, lo Statuto e il Regolamento comunale di contabilità;")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "D E T E R M I N A", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    pts = [
        "la premessa costituisce parte integrante e sostanziale del presente atto;",
        "di adottare la presente quale determinazione a contrarre ai sensi dell'art. 17 del D.Lgs. 36/2023, "
        "dando atto che il fine del contratto è la manutenzione ordinaria e programmata degli impianti di "
        "pubblica illuminazione del lungomare per l'anno 2026;",
        "di affidare il servizio alla ditta Elettrosud di Franco Aurelio & C. s.n.c. (P.IVA 02716540781) per "
        "l'importo di Euro 17.204,00 oltre IVA al 22%, per complessivi Euro 20.988,88;",
        "di impegnare la spesa di Euro 20.988,88 alla missione 10, programma 05, cap. 2360 del bilancio "
        "2025/2027, esercizio 2026;",
        "di nominare Responsabile Unico del Progetto il geom. Pasquale Mele, istruttore tecnico dell'Area;",
    ]
    for i, t in enumerate(pts, 1):
        pdf.set_x(24)
        pdf.cell(7, 5, "%d)" % i)
        pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    pdf.cell(W / 2, 5, "Trebisacce, 21/11/2025")
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(W / 2, 5, "IL RESPONSABILE DELL'AREA TECNICA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(W / 2, 5, "")
    pdf.cell(W / 2, 5, "F.to Ing. Domenico Aurelio Gallo", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="T", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.6, "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto favorevole. "
                   "Impegno n. 2026/94. Trebisacce, 24/11/2025. Il Responsabile dell'Area Economico-Finanziaria "
                   "F.to Dott.ssa Rita Cerchiara.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "PUBBLICAZIONE", border="T", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.6, "Copia della presente determinazione è pubblicata all'Albo Pretorio on line dal "
                   "25/11/2025 al 10/12/2025 con il n. 1466 del Registro delle Pubblicazioni. "
                   "Copia conforme all'originale per uso amministrativo.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "determina-trebisacce-studiok.pdf"))

if __name__ == "__main__":
    build()
