#!/usr/bin/env python3
"""San Cesareo, Consiglio Comunale n. 3 del 30/01/2029: fpdf2, Studio K-like model
with the seduta's data in a grid of the header (who presides, who takes the
minutes) and the roll printed as two running lists (presenti / assenti)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        x, y = 19, 10
        self.set_line_width(0.55)
        self.polygon([(x, y), (x + 13, y), (x + 13, y + 10), (x + 6.5, y + 17), (x, y + 10)], style="D")
        self.set_line_width(0.4)
        self.polygon([(x + 3, y + 11), (x + 6.5, y + 3.5), (x + 10, y + 11)], style="D")
        self.set_xy(36, 10.5)
        self.set_font("DJ", "B", 14.5)
        self.cell(0, 7, "COMUNE DI SAN CESAREO")
        self.set_xy(36, 17.5)
        self.set_font("DJ", "", 8.5)
        self.cell(0, 4, "Città Metropolitana di Roma Capitale")
        self.set_xy(36, 21.5)
        self.cell(0, 4, "Via Corrado Alvaro, 1 – 00030 San Cesareo (RM)")
        self.set_y(31)

    def footer(self):
        self.set_y(-13)
        self.set_font("DJ", "", 7)
        self.cell(0, 4, "Deliberazione C.C. n. 3 del 30/01/2029 – pag. %d" % self.page_no(), align="C")


pdf = P(format="A4")
pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf")
pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DJ", "I", DJ + "DejaVuSans-Oblique.ttf")
pdf.set_title("Deliberazione C.C. n. 3 del 30/01/2029")
pdf.set_creator("Studio K - SK Atti")
pdf.set_margins(19, 18, 17)
pdf.set_auto_page_break(True, 18)
pdf.add_page()
LH = 4.9


def para(t, style="", size=9.2, gap=1.5):
    pdf.set_font("DJ", style, size)
    pdf.multi_cell(0, LH, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# header grid
pdf.set_fill_color(220, 220, 220)
pdf.set_font("DJ", "B", 9.5)
pdf.cell(174, 6.5, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", border=1, align="C", fill=True,
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "B", 9)
pdf.cell(30, 6, "N. 3", border=1)
pdf.set_font("DJ", "", 8.6)
pdf.cell(60, 6, "Seduta del 30/01/2029 – ore 17:30", border=1)
pdf.cell(84, 6, "Sessione straordinaria – prima convocazione", border=1, new_x="LMARGIN", new_y="NEXT")
rows = [("Presiede:", "CERRONI Sig.ra Paola – Vice Presidente del Consiglio (in sostituzione del Presidente assente)"),
        ("Verbalizza:", "BARTOLI Dott.ssa Elisa – Vice Segretario Generale (in sostituzione del Segretario Generale "
                        "reggente)")]
for k, v in rows:
    y = pdf.get_y()
    pdf.set_font("DJ", "", 8.8)
    pdf.set_x(49)
    pdf.multi_cell(144, 5, v, border=0, align="L", new_x="LMARGIN", new_y="NEXT")
    h = pdf.get_y() - y + 1
    pdf.rect(19, y, 30, h); pdf.rect(49, y, 144, h)
    pdf.set_xy(19, y)
    pdf.set_font("DJ", "B", 8.8)
    pdf.cell(30, 5, k)
    pdf.set_y(y + h)
pdf.ln(4)
y = pdf.get_y()
pdf.set_font("DJ", "B", 9.5)
pdf.cell(22, 5.2, "OGGETTO:")
pdf.multi_cell(0, 5.2, "APPROVAZIONE DEL REGOLAMENTO PER L'ISTITUZIONE E IL FUNZIONAMENTO DELLA CONSULTA COMUNALE DEI "
               "GIOVANI", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.5)
pdf.line(19, pdf.get_y() + 1.5, 193, pdf.get_y() + 1.5)
pdf.ln(5)
para("L'anno duemilaventinove, il giorno trenta del mese di gennaio, alle ore 17:30, nella Sala consiliare della Sede "
     "comunale, a seguito di convocazione prot. n. 1921 del 24/01/2029, si è riunito il Consiglio Comunale in sessione "
     "straordinaria. All'appello nominale risultano:")
para("PRESENTI: PANELLA Alessandro (Sindaco), CERRONI Paola, SERAFINI Marco, COLAIACOMO Giulia, DI COLA Roberto, "
     "LUCIANI Sara, RANIERI Giovanni, FIORINI Claudia, PLACIDI Emanuele, BARTOLOMUCCI Pietro, GIULIANI Francesca, "
     "TOMASSI Riccardo.", gap=1)
para("ASSENTI: MASTRANGELI Fabio (Presidente), SBARDELLA Monica, PICCIONI Daniele, CECCARELLI Antonella, "
     "DE ANGELIS Chiara.", gap=1)
para("Presenti n. 12 – Assenti n. 5", style="B")
para("La Vice Presidente, accertato il numero legale, dichiara aperta la seduta e introduce l'argomento iscritto al "
     "punto n. 1 dell'ordine del giorno. Relaziona l'Assessore alle Politiche Giovanili, Sig. Luca Bernardini.")
pdf.set_font("DJ", "B", 9.5)
pdf.cell(0, 7, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
for s in [
    "Premesso che lo Statuto comunale, all'art. 52, promuove la partecipazione dei giovani alla vita amministrativa "
    "e prevede l'istituzione di organismi consultivi dedicati;",
    "Vista la proposta di deliberazione n. 4 del 18/01/2029 dell'Area I - Affari Generali, Servizi Demografici e "
    "Politiche Giovanili, e lo schema di Regolamento ad essa allegato, composto da n. 12 articoli;",
    "Dato atto che lo schema è stato esaminato dalla Commissione consiliare Affari Istituzionali nella seduta del "
    "25/01/2029, che ha espresso parere favorevole con due emendamenti, recepiti nel testo allegato;",
    "Visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, "
    "n. 267 e dato atto che la presente deliberazione non comporta oneri a carico del bilancio comunale;",
    "Con voti unanimi favorevoli, espressi per alzata di mano (presenti e votanti n. 12, favorevoli n. 12),",
]:
    para(s)
pdf.set_font("DJ", "B", 9.5)
pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
for i, s in enumerate([
    "di approvare il Regolamento per l'istituzione e il funzionamento della Consulta comunale dei giovani, composto "
    "da n. 12 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
    "di demandare al Responsabile dell'Area I la pubblicazione dell'avviso per la raccolta delle candidature dei "
    "componenti della Consulta entro sessanta giorni dall'esecutività del presente atto.",
], 1):
    pdf.set_font("DJ", "", 9.2)
    pdf.cell(7, LH, "%d." % i)
    pdf.multi_cell(0, LH, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(6)
para("Letto, approvato e sottoscritto.")
pdf.ln(2)
pdf.set_font("DJ", "B", 8.8)
pdf.cell(87, 5, "IL VICE PRESIDENTE DEL CONSIGLIO", align="C")
pdf.cell(87, 5, "IL VICE SEGRETARIO GENERALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DJ", "", 8.8)
pdf.cell(87, 5, "f.to Paola Cerroni", align="C")
pdf.cell(87, 5, "f.to Dott.ssa Elisa Bartoli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
