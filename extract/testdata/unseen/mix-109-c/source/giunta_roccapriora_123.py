#!/usr/bin/env python3
"""Giunta Comunale di Rocca Priora, n. 123 del 17/09/2026 - the Civilia Next
layout printed by fpdf2 with core fonts: justified paragraphs (Tw), a
letter-spaced title (Tc), the roll as a table with X columns, an assessore
leaving the room before the vote, a running head with the number."""
import sys
from fpdf import FPDF

out = sys.argv[1]
NUM = "Deliberazione di Giunta Comunale n. 123 del 17/09/2026"


class Doc(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(20, 8)
        self.cell(85, 4, "Comune di Rocca Priora")
        self.cell(85, 4, NUM, align="R")
        self.set_draw_color(120, 120, 120)
        self.line(20, 12.5, 190, 12.5)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4, "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005 - "
                  "Civilia Next / Atti amministrativi - pag. %d/{nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(20, 17, 20)
pdf.set_auto_page_break(True, 18)
pdf.c_margin = 2
pdf.set_title("Deliberazione G.C. n. 123/2026")
pdf.set_author("Comune di Rocca Priora")
pdf.set_creator("Civilia Next - Atti")
pdf.add_page()

# letterhead
pdf.set_line_width(0.5)
pdf.rect(20, 18, 11, 13)
pdf.set_fill_color(90, 90, 90)
pdf.polygon([(22, 28), (25.5, 22), (27.5, 25), (29, 23), (30, 28)], style="F")
pdf.set_xy(35, 18.5)
pdf.set_font("Helvetica", "B", 15)
pdf.cell(100, 7, "COMUNE DI ROCCA PRIORA")
pdf.set_xy(35, 25.5)
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(100, 5, "Città Metropolitana di Roma Capitale")
pdf.set_xy(160, 20)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(30, 7, "ORIGINALE", border=1, align="C")
pdf.set_line_width(0.2)
pdf.line(20, 34, 190, 34)

pdf.set_y(38)
pdf.set_font("Helvetica", "B", 12)
pdf.set_char_spacing(1.8)
pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.cell(0, 7, "N. 123 del 17/09/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)

# header grid
subject = ("Concessione in uso temporaneo dei locali dell'ex scuola elementare di via dei Castani alle "
           "associazioni del territorio - Approvazione dello schema di convenzione e dei criteri di assegnazione")
y0 = pdf.get_y()
pdf.set_fill_color(235, 235, 235)
pdf.set_font("Times", "B", 10.5)
pdf.set_x(44)
pdf.multi_cell(146, 5.2, subject, border="TRB", new_x="LMARGIN", new_y="NEXT", padding=(1.2, 2, 1.2, 2))
y1 = pdf.get_y()
pdf.set_xy(20, y0)
pdf.set_font("Helvetica", "B", 8)
pdf.rect(20, y0, 24, y1 - y0, style="DF")
pdf.set_xy(20, y0 + 0.6)
pdf.cell(24, 5.2, "OGGETTO")
pdf.set_xy(20, y1)
pdf.cell(24, 7, "PROPOSTA", border=1, fill=True)
pdf.set_font("Times", "", 9.5)
pdf.cell(146, 7, "n. 137 del 11/09/2026 - Area proponente: AREA I - AFFARI GENERALI E SERVIZI ALLA PERSONA",
         border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def para(t, h=5.4, style=""):
    pdf.set_font("Times", style, 11)
    pdf.multi_cell(0, h, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


para("L'anno duemilaventisei, il giorno diciassette del mese di settembre, alle ore 13:15, nella Sala della "
     "Giunta del Palazzo Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone "
     "dei Signori:")

roll = [("MARCHETTI Claudio", "Sindaco", True), ("TOMASSINI Federica", "Vice Sindaco", True),
        ("CIOCCI Alberto", "Assessore", True), ("SPERDUTI Lorena", "Assessore", True),
        ("ZACCAGNINI Paolo", "Assessore", True), ("BUTTARELLI Giulia", "Assessore", False)]
x0 = 42
pdf.set_font("Helvetica", "B", 8.5)
pdf.set_fill_color(235, 235, 235)
pdf.set_x(x0)
for w, t in [(50, "Cognome e Nome"), (32, "Carica"), (20, "Presente"), (20, "Assente")]:
    pdf.cell(w, 5.5, t, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("Times", "", 10.5)
for name, role, pres in roll:
    pdf.set_x(x0)
    pdf.cell(50, 5.5, name, border=1)
    pdf.cell(32, 5.5, role, border=1)
    pdf.cell(20, 5.5, "X" if pres else "", border=1, align="C")
    pdf.cell(20, 5.5, "" if pres else "X", border=1, align="C")
    pdf.ln()
pdf.set_x(x0)
pdf.set_font("Times", "B", 10.5)
pdf.cell(82, 5.5, "Totale", border=1, align="R")
pdf.cell(20, 5.5, "5", border=1, align="C")
pdf.cell(20, 5.5, "1", border=1, align="C")
pdf.ln(8)

para("Presiede la seduta il Sindaco avv. Claudio Marchetti.")
para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, "
     "del D.Lgs. 267/2000) il Segretario Generale dott.ssa Maria Cristina Pelliccia.")
para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita la "
     "Giunta a deliberare sull'oggetto sopra indicato.")
para("Prima dell'esame della proposta si allontana dalla sala l'Assessore Zaccagnini Paolo, che dichiara di "
     "trovarsi in una situazione di potenziale conflitto di interessi ai sensi dell'art. 78, comma 2, del D.Lgs. "
     "267/2000, in quanto presidente di una delle associazioni richiedenti. I presenti sono n. 4.")

pdf.set_font("Times", "B", 11)
pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
for t in [
    "Premesso che l'Amministrazione comunale intende valorizzare l'immobile di proprietà comunale dell'ex scuola "
    "elementare di via dei Castani, non più utilizzato a fini scolastici dall'anno 2019, destinandone "
    "temporaneamente i locali del piano terra alle attività delle associazioni culturali, sportive e di "
    "volontariato iscritte all'Albo comunale delle associazioni;",
    "Visto il Regolamento comunale per la concessione in uso di beni immobili a terzi, approvato con "
    "deliberazione del Consiglio Comunale n. 31 del 30/07/2021;",
    "Visto lo schema di convenzione predisposto dall'Area I, allegato sotto la lettera A, che disciplina la durata "
    "della concessione (anni due), il rimborso forfettario delle utenze, gli obblighi di custodia e di pulizia e la "
    "copertura assicurativa a carico delle associazioni;",
    "Ritenuto di stabilire i criteri di assegnazione dei locali indicati nell'allegato B, tra i quali il numero "
    "degli associati residenti, le attività rivolte ai giovani e agli anziani e la disponibilità a collaborare "
    "alle iniziative comunali;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "267/2000;",
    "Con voti unanimi dei presenti, espressi in forma palese,",
]:
    para(t)

pdf.set_font("Times", "B", 11.5)
pdf.set_char_spacing(3)
pdf.cell(0, 8, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
points = [
    "di approvare lo schema di convenzione per la concessione in uso temporaneo dei locali dell'ex scuola "
    "elementare di via dei Castani, allegato sotto la lettera A;",
    "di approvare i criteri di assegnazione dei locali, allegati sotto la lettera B;",
    "di demandare al Responsabile dell'Area I la pubblicazione di un avviso pubblico per la raccolta delle "
    "manifestazioni di interesse, da tenersi aperto per almeno venti giorni;",
    "di stabilire in euro 30,00 mensili il rimborso forfettario delle utenze per ciascun locale assegnato;",
    "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio comunale.",
]
for i, t in enumerate(points):
    pdf.set_font("Times", "", 11)
    pdf.set_x(20)
    pdf.cell(7, 5.4, "%d." % (i + 1))
    pdf.multi_cell(163, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

para("Successivamente, con separata votazione, unanime e favorevole, la Giunta Comunale dichiara il presente "
     "atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, al fine di consentire "
     "l'assegnazione dei locali prima dell'avvio delle attività autunnali.")
para("Rientra in sala l'Assessore Zaccagnini Paolo.")
para("Letto, confermato e sottoscritto.")
pdf.ln(4)
pdf.set_font("Times", "", 10.5)
y = pdf.get_y()
for x, lines in [(20, ["IL PRESIDENTE", "Il Sindaco", "avv. Claudio Marchetti", "(firmato digitalmente)"]),
                 (110, ["IL SEGRETARIO GENERALE", "dott.ssa Maria Cristina Pelliccia", "(firmato digitalmente)"])]:
    pdf.set_xy(x, y)
    for ln in lines:
        pdf.set_x(x)
        pdf.cell(80, 5, ln, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
