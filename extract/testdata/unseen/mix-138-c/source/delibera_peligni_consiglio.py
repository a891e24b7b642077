"""Unione dei Comuni Terre dei Peligni, Halley-like minute of the Consiglio
dell'Unione: fpdf2, DejaVu Sans (embedded TrueType), a running head carrying
the number and the session date, the roll as a table with one column per
Comune, the vote counts in a small table."""
import sys
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        self.set_font("dj", "B", 12.5)
        self.cell(0, 6, "UNIONE DEI COMUNI TERRE DEI PELIGNI", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dj", "", 8)
        self.cell(0, 4, "Comuni di Corfinio, Raiano, Roccacasale e Vittorito - Provincia dell'Aquila", align="C",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
        self.set_font("dj", "", 7)
        self.set_y(self.get_y() + 2.5)
        self.cell(0, 4, "Verbale di deliberazione del Consiglio dell'Unione n. 1 del 15.01.2029", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("dj", "", 7)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.set_title("Deliberazione del Consiglio dell'Unione n. 1 del 15.01.2029")
pdf.set_creator("Halley Informatica - Atti")
pdf.set_margins(20, 14, 18)
pdf.set_auto_page_break(True, 18)
pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("dj", "I", DJ + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin

# register grid
pdf.set_font("dj", "B", 9)
pdf.set_fill_color(225, 225, 225)
pdf.cell(W * 0.5, 7, "DELIBERAZIONE DEL CONSIGLIO DELL'UNIONE", border=1, fill=True)
pdf.set_font("dj", "", 9)
pdf.cell(W * 0.2, 7, "N. 1", border=1, align="C")
pdf.cell(W * 0.3, 7, "Seduta del 15.01.2029", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "", 8)
pdf.cell(W * 0.5, 5.5, "Sessione ordinaria - Prima convocazione - Seduta pubblica", border=1)
pdf.cell(W * 0.5, 5.5, "Proposta n. 2 del 09.01.2029 - Servizio Finanziario", border=1,
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("dj", "B", 9.5)
pdf.cell(22, 5, "OGGETTO:")
pdf.multi_cell(W - 22, 5, "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE SEMPLIFICATO (DUPS) 2029-2031 "
               "E DEL BILANCIO DI PREVISIONE FINANZIARIO 2029-2031", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("dj", "", 9)
pdf.multi_cell(W, 4.8, "L'anno duemilaventinove, addì quindici del mese di gennaio, alle ore 18:30, nella sala "
               "consiliare del Comune di Raiano, messa a disposizione dell'Unione, previo avviso scritto "
               "notificato ai consiglieri a norma dello Statuto, si è riunito il Consiglio dell'Unione. "
               "All'appello risultano:", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

roll = [("DI FABIO Roberto", "Presidente", "Raiano", "P"),
        ("CIPRIANI Lucia", "Consigliere", "Corfinio", "P"),
        ("TARANTELLI Mauro", "Consigliere", "Roccacasale", "P"),
        ("SANTILLI Antonella", "Consigliere", "Vittorito", "P"),
        ("COLAIACOVO Dario", "Consigliere", "Raiano", "P"),
        ("PETRELLA Silvia", "Consigliere", "Raiano", "A"),
        ("D'ALESSANDRO Franco", "Consigliere", "Corfinio", "P"),
        ("MARINUCCI Gabriele", "Consigliere", "Corfinio", "P"),
        ("LAURENZI Ottavio", "Consigliere", "Roccacasale", "A"),
        ("ZAVARELLA Marta", "Consigliere", "Roccacasale", "P"),
        ("CICCARONE Pietro", "Consigliere", "Vittorito", "P"),
        ("DI GIROLAMO Ilenia", "Consigliere", "Vittorito", "P")]
cw = [8, 58, 34, 36, 14, 14]
pdf.set_font("dj", "B", 8)
for w, h in zip(cw, ("N.", "Cognome e nome", "Carica", "Comune", "Pres.", "Ass.")):
    pdf.cell(w, 5.5, h, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("dj", "", 8)
for i, (n, r, com, pa) in enumerate(roll, 1):
    pdf.cell(cw[0], 5, str(i), border=1, align="C")
    pdf.cell(cw[1], 5, n, border=1)
    pdf.cell(cw[2], 5, r, border=1)
    pdf.cell(cw[3], 5, com, border=1)
    pdf.cell(cw[4], 5, "X" if pa == "P" else "", border=1, align="C")
    pdf.cell(cw[5], 5, "X" if pa == "A" else "", border=1, align="C")
    pdf.ln()
pdf.set_font("dj", "B", 8)
pdf.cell(sum(cw[:4]), 5, "Totale", border=1, align="R")
pdf.cell(cw[4], 5, "10", border=1, align="C")
pdf.cell(cw[5], 5, "2", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

pdf.set_font("dj", "", 9)
for t in (
    "Presiede la seduta il Dott. Roberto Di Fabio, Presidente dell'Unione, il quale, riconosciuto legale il numero "
    "degli intervenuti, dichiara aperta la discussione sull'argomento in oggetto. Partecipa il Segretario "
    "dell'Unione, Dott.ssa Paola Ciccone, che provvede alla redazione del presente verbale.",
):
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dj", "B", 9.5)
pdf.cell(0, 6, "IL CONSIGLIO DELL'UNIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "", 9)
for t in (
    "VISTA la proposta di deliberazione n. 2 del 09.01.2029 del Servizio Finanziario;",
    "PREMESSO che la Giunta dell'Unione ha approvato lo schema del Documento Unico di Programmazione semplificato "
    "2029-2031 e lo schema del bilancio di previsione finanziario 2029-2031, redatto secondo gli schemi di cui "
    "all'allegato 9 del D.Lgs. 23 giugno 2011, n. 118;",
    "DATO ATTO che gli schemi sono stati messi a disposizione dei consiglieri nei termini previsti dal "
    "Regolamento di contabilità e che non sono stati presentati emendamenti;",
    "VISTO il parere favorevole del Revisore unico dei conti, reso con verbale n. 1 del 07.01.2029;",
    "VISTI i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Servizio Finanziario, "
    "espressi ai sensi degli artt. 49 e 147-bis del D.Lgs. n. 267/2000;",
    "UDITA la relazione del Presidente e gli interventi dei consiglieri Marinucci e Ciccarone, riportati nel "
    "resoconto della seduta;",
):
    pdf.multi_cell(W, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.multi_cell(W, 4.8, "Con la seguente votazione, resa per alzata di mano:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
vw = [34, 22]
pdf.set_x(pdf.l_margin + 40)
for lab, v in (("Presenti", "10"), ("Votanti", "9"), ("Favorevoli", "8"), ("Contrari", "1 (Ciccarone)"),
               ("Astenuti", "1 (Marinucci)")):
    pdf.set_x(pdf.l_margin + 40)
    pdf.cell(vw[0], 5, lab, border="B")
    pdf.cell(vw[1] + 12, 5, v, border="B", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("dj", "B", 9.5)
pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "", 9)
for n, t in enumerate((
    "di approvare il Documento Unico di Programmazione semplificato (DUPS) 2029-2031, allegato sub A) alla "
    "presente deliberazione quale parte integrante e sostanziale;",
    "di approvare il bilancio di previsione finanziario 2029-2031, allegato sub B), nelle risultanze finali "
    "riportate nel prospetto riepilogativo;",
    "di dare atto che il bilancio garantisce il pareggio finanziario complessivo e il rispetto degli equilibri "
    "di cui all'art. 162, comma 6, del D.Lgs. n. 267/2000;",
    "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta "
    "giorni dall'approvazione.",
), 1):
    y0 = pdf.get_y()
    pdf.cell(8, 4.8, "%d)" % n)
    pdf.multi_cell(W - 8, 4.8, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(1)
pdf.multi_cell(W, 4.8, "Successivamente il Consiglio dell'Unione, con separata votazione dall'esito identico "
               "al precedente, dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. "
               "134, comma 4, del D.Lgs. n. 267/2000.", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
if pdf.get_y() > pdf.h - 50:
    pdf.add_page()
pdf.set_font("dj", "B", 9)
pdf.cell(W / 2, 5, "IL PRESIDENTE", align="C")
pdf.cell(W / 2, 5, "IL SEGRETARIO DELL'UNIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "", 9)
pdf.cell(W / 2, 5, "Dott. Roberto Di Fabio", align="C")
pdf.cell(W / 2, 5, "Dott.ssa Paola Ciccone", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "I", 7)
pdf.cell(W, 5, "Documento sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
