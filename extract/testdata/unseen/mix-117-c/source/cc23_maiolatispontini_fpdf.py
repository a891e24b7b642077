#!/usr/bin/env python3
"""Maiolati Spontini, Consiglio n. 23/2027: the Halley-like house style
printed by fpdf2 (Liberation Sans embedded). Crest and name top left,
"COPIA" top right, "Numero 23 Del 13-05-2027", the roll in two columns of
names with P/A after each, the Halley flags line, a running head with the
number from page 2 and "pag. x" in the foot."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-cc23-maiolatispontini-halley.pdf"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FONTB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"


class Halley(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, "DELIBERAZIONE DI CONSIGLIO n. 23 del 13-05-2027 - pag. %d - COMUNE DI MAIOLATI SPONTINI" % self.page_no(),
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "I", 7.5)
        self.cell(0, 4, "Atto di Consiglio Comunale n. 23 del 13-05-2027 - Pag. %d di {nb}" % self.page_no(), align="R")


def crest(pdf, x, y):
    pdf.set_draw_color(120, 20, 30)
    pdf.set_fill_color(250, 235, 200)
    pdf.set_line_width(0.5)
    pdf.polygon([(x, y), (x + 14, y), (x + 14, y + 10), (x + 7, y + 17), (x, y + 10)], style="DF")
    pdf.set_fill_color(120, 20, 30)
    pdf.rect(x + 3, y + 5, 8, 2.2, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)


def main():
    pdf = Halley(format="A4")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("LS", "", FONT)
    pdf.add_font("LS", "B", FONTB)
    pdf.add_font("LS", "I", FONTI)
    pdf.set_title("Deliberazione di Consiglio Comunale n. 23 del 13-05-2027")
    pdf.set_author("Comune di Maiolati Spontini")
    pdf.set_creator("Halley - Atti amministrativi")
    pdf.alias_nb_pages()
    pdf.add_page()

    crest(pdf, 18, 12)
    pdf.set_xy(36, 13)
    pdf.set_font("LS", "B", 14)
    pdf.cell(110, 7, "COMUNE DI MAIOLATI SPONTINI", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(36)
    pdf.set_font("LS", "", 9.5)
    pdf.cell(110, 5, "PROVINCIA DI ANCONA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(160, 13)
    pdf.set_font("LS", "B", 10)
    pdf.cell(32, 7, "COPIA", border=1, align="C")
    pdf.set_y(34)
    pdf.set_font("LS", "B", 12.5)
    pdf.cell(0, 7, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("LS", "", 10.5)
    pdf.cell(0, 6, "Numero  23    Del  13-05-2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_font("LS", "B", 10)
    pdf.set_xy(18, y + 1.5)
    pdf.cell(20, 5, "Oggetto:")
    pdf.set_xy(38, y + 1.5)
    pdf.multi_cell(152, 5, "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 (ART. 175, COMMA 2, D.LGS. N. 267/2000) E APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE 2026",
                   new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y() + 1.5
    pdf.rect(18, y, 174, y2 - y)
    pdf.set_y(y2 + 4)

    pdf.set_font("LS", "", 10)
    body = ("L'anno  duemilaventisette il giorno  tredici del mese di maggio alle ore 21:00, nella sala consiliare, "
            "si è riunito il Consiglio Comunale, convocato a norma di legge, in sessione Ordinaria in Prima "
            "convocazione in seduta Pubblica. Dei Signori Consiglieri assegnati a questo Comune e in carica:")
    pdf.multi_cell(0, 5, body, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    left = [("BARTOLUCCI ELENA", "P"), ("GIANNINI LUCA", "P"), ("CINGOLANI MARCO", "P"), ("PIERALISI FEDERICA", "P"),
            ("MANCINELLI DAVIDE", "A"), ("QUAGLIARINI SILVIA", "P"), ("ROCCHETTI ANDREA", "P")]
    right = [("SANTARELLI MARTA", "P"), ("BRECCIAROLI PAOLO", "P"), ("COPPARI GIORGIA", "A"),
             ("MONTECCHIANI ENRICO", "P"), ("PESARESI ROBERTA", "P"), ("TOMASSONI FABIO", "P")]
    pdf.set_font("LS", "", 10)
    for i in range(len(left)):
        n, m = left[i]
        pdf.set_x(26)
        pdf.cell(58, 5.2, n)
        pdf.cell(12, 5.2, m)
        if i < len(right):
            n2, m2 = right[i]
            pdf.cell(14, 5.2, "")
            pdf.cell(58, 5.2, n2)
            pdf.cell(12, 5.2, m2)
        pdf.ln(5.2)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "ne risultano presenti n.  11 e assenti n.   2.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(0, 5, "Assume la presidenza il Signor GIANNINI LUCA in qualità di PRESIDENTE DEL CONSIGLIO assistito dal SEGRETARIO COMUNALE Dott.ssa ROSSETTI PAOLA.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Il PRESIDENTE, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta e nomina scrutatori i Signori:",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(26)
    pdf.multi_cell(0, 5, "SANTARELLI MARTA\nROCCHETTI ANDREA\nPESARESI ROBERTA", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 5, "Soggetta a controllo  N          Immediatamente eseguibile  S", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("LS", "B", 10.5)
    pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    paras = [
        "PREMESSO che con deliberazione consiliare n. 41 del 19-12-2026, esecutiva, è stato approvato il bilancio di previsione finanziario 2027/2029 e che con deliberazione consiliare n. 16 del 29-04-2027 è stato approvato il rendiconto della gestione 2026, che presenta un avanzo di amministrazione disponibile di euro 318.772,45;",
        "CONSIDERATO che il Responsabile dell'Area Tecnica ha segnalato la necessità di finanziare la messa in sicurezza del muro di contenimento di via Risorgimento, in frazione Moie, e il rifacimento della copertura della palestra comunale, e che il Responsabile dell'Area Servizi alla Persona ha richiesto maggiori stanziamenti per l'assistenza educativa scolastica;",
        "VISTO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 7 del 08-05-2027;",
        "VISTI i pareri espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce al presente atto;",
        "UDITA la relazione dell'Assessore al Bilancio e la discussione che segue, riportata nella registrazione della seduta;",
        "Con votazione espressa per alzata di mano, che dà il seguente risultato: Presenti n. 11 - Votanti n. 8 - Astenuti n. 3 (Montecchiani, Pesaresi, Tomassoni) - Favorevoli n. 8 - Contrari n. 0;",
    ]
    for p in paras:
        pdf.multi_cell(0, 5, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_font("LS", "B", 10.5)
    pdf.cell(0, 7, "D E L I B E R A", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    pts = [
        "di approvare la variazione al bilancio di previsione finanziario 2027/2029, annualità 2027, nelle risultanze di cui agli allegati A (entrate) e B (spese), parti integranti e sostanziali del presente atto;",
        "di applicare al bilancio 2027 una quota dell'avanzo di amministrazione 2026 pari a euro 146.500,00, di cui euro 120.000,00 della quota destinata agli investimenti ed euro 26.500,00 della quota libera;",
        "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. n. 267/2000;",
        "di trasmettere il presente atto al Tesoriere comunale ai sensi dell'art. 216 del D.Lgs. n. 267/2000.",
    ]
    for i, p in enumerate(pts, 1):
        if pdf.get_y() > pdf.h - 32:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_x(18)
        pdf.cell(8, 5, "%d)" % i)
        pdf.set_xy(26, y)
        pdf.multi_cell(0, 5, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)
    pdf.multi_cell(0, 5, "Inoltre, con separata votazione che dà il medesimo risultato (presenti n. 11, favorevoli n. 8, astenuti n. 3), il Consiglio Comunale dichiara il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LS", "", 9)
    for lab, who in [("REGOLARITA' TECNICA", "Il Responsabile dell'Area Finanziaria F.to MORBIDELLI ANNA"),
                     ("REGOLARITA' CONTABILE", "Il Responsabile dell'Area Finanziaria F.to MORBIDELLI ANNA")]:
        pdf.multi_cell(0, 4.6, "PARERE:  Favorevole in ordine alla %s\nData: 06-05-2027                                   %s" % (lab, who),
                       border="T", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5, "Il presente verbale viene letto, approvato e sottoscritto a norma di legge.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LS", "B", 10)
    pdf.cell(87, 5, "Il PRESIDENTE", align="C")
    pdf.cell(87, 5, "Il SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    pdf.cell(87, 5, "F.to GIANNINI LUCA", align="C")
    pdf.cell(87, 5, "F.to ROSSETTI PAOLA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("LS", "", 9)
    pdf.multi_cell(0, 4.6, "ATTESTATO DI PUBBLICAZIONE\nDella suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio on line per 15 giorni consecutivi dal 18-05-2027 al 02-06-2027 (Reg. n. 604).\nMaiolati Spontini, li 18-05-2027                                        Il Responsabile della pubblicazione F.to BORIA GIANLUCA",
                   border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)


if __name__ == "__main__":
    main()
