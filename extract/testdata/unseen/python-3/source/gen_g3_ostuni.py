"""G3: Giunta, Ostuni. fpdf2 with DejaVu Sans embedded.
Imitates a 'Civilia'-style printout: number, date and hour in a label table
(labels over values), subject in a labelled cell, attendance in prose (present
then absent), unanimous vote without counts, executivity after ten days."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from common import FONTDIR

OUT = "giunta-ostuni-labeltable.pdf"


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 5, "Città di Ostuni - Giunta Comunale - Atto n. 37 del 11/03/2025",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0)
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, "Copia informatica per consultazione", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)


pdf = Doc(format="A4")
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
pdf.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
pdf.set_title("Delibera di Giunta 37/2025")
pdf.add_page()

pdf.set_font("dv", "B", 15)
pdf.cell(0, 8, "CITTÀ DI OSTUNI", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("dv", "", 9)
pdf.cell(0, 5, "Provincia di Brindisi", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font("dv", "B", 11)
pdf.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)

# label table: labels over values
w = [40, 60, 30, 44]
labels = ["Numero", "Data", "Ora", "Immediatamente eseguibile"]
values = ["37", "11 marzo 2025", "13:15", "NO"]
pdf.set_fill_color(225, 225, 225)
pdf.set_font("dv", "", 7.5)
for wi, l in zip(w, labels):
    pdf.cell(wi, 5.5, l, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("dv", "B", 11)
for wi, v in zip(w, values):
    pdf.cell(wi, 8, v, border=1, align="C")
pdf.ln(11)

# subject in a labelled two-cell row
y0 = pdf.get_y()
pdf.set_font("dv", "B", 9)
pdf.set_xy(18, y0)
subj = ("Approvazione del Piano comunale delle attività di prevenzione degli incendi boschivi e di "
        "interfaccia per la stagione estiva 2025.")
pdf.set_xy(42, y0)
pdf.multi_cell(150, 5.5, subj, border=0, new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=1.5)
y1 = pdf.get_y()
pdf.set_xy(18, y0)
pdf.set_font("dv", "", 8)
pdf.cell(24, y1 - y0, "OGGETTO", border=1, align="C", fill=True)
pdf.rect(42, y0, 150, y1 - y0)
pdf.set_y(y1 + 6)

body = pdf.set_font
def para(t, style="", size=9.5, align="J", after=2, h=5):
    pdf.set_font("dv", style, size)
    pdf.multi_cell(0, h, t, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)

para("L'anno duemilaventicinque, il giorno undici del mese di marzo, alle ore 13:15 e seguenti, nella "
     "Casa Comunale, previo invito diramato nei modi di legge, si è riunita la Giunta Comunale.")
para("Sono presenti i Signori: Donato Palmisano, Sindaco; Carla Zaccaria, Vice Sindaco; Vito Lanzilotti, "
     "Assessore; Rosa Epifani, Assessora; Cosimo Semeraro, Assessore.")
para("È assente il Signor Giuseppe Ciccarese, Assessore.")
para("Presiede l'adunanza il Sindaco, Donato Palmisano. Assiste il Segretario Generale, dott.ssa Maria "
     "Teresa Carparelli, che cura la redazione del presente verbale.")
para("Il Presidente, accertato il numero legale, dichiara aperta la seduta e pone in trattazione "
     "l'argomento indicato in oggetto.")
pdf.ln(2)
para("LA GIUNTA COMUNALE", "B", 10.5, "C", 3)
for t in [
    "Premesso che la Legge 21 novembre 2000, n. 353, \"Legge-quadro in materia di incendi boschivi\", "
    "attribuisce ai Comuni compiti di prevenzione e di informazione della popolazione, e che la Regione "
    "Puglia, con il Piano regionale AIB vigente, ha dichiarato lo stato di grave pericolosità per gli "
    "incendi boschivi dal 15 giugno al 15 settembre di ogni anno;",
    "Rilevato che il territorio comunale comprende estese superfici a uliveto secolare, macchia "
    "mediterranea e pineta costiera, con numerose abitazioni sparse in zona di interfaccia, in particolare "
    "nelle contrade di Rosa Marina, Costa Merlata e Monticelli;",
    "Visto il Piano comunale delle attività di prevenzione degli incendi boschivi e di interfaccia "
    "redatto dal Servizio di Protezione Civile, che individua le aree a rischio, le vie di fuga, le aree "
    "di attesa per la popolazione e il programma di pulizia delle fasce perimetrali;",
    "Acquisito il parere favorevole di regolarità tecnica espresso dal Dirigente del Settore Ambiente e "
    "Protezione Civile ai sensi dell'art. 49 del D.Lgs. n. 267/2000, dando atto che il presente "
    "provvedimento non comporta riflessi diretti sulla situazione economico-finanziaria dell'Ente;",
    "Ad unanimità di voti favorevoli, legalmente espressi;",
]:
    para(t)
pdf.ln(1)
para("D E L I B E R A", "B", 10.5, "C", 3)
for t in [
    "1) di approvare il Piano comunale delle attività di prevenzione degli incendi boschivi e di "
    "interfaccia per la stagione estiva 2025, allegato al presente atto per farne parte integrante;",
    "2) di disporre che il Piano sia trasmesso alla Prefettura di Brindisi, alla Sezione regionale di "
    "Protezione Civile e al Comando provinciale dei Vigili del Fuoco;",
    "3) di incaricare il Settore Ambiente e Protezione Civile della divulgazione del Piano alla "
    "cittadinanza mediante il sito istituzionale e incontri pubblici nelle contrade interessate.",
]:
    pdf.set_x(24)
    pdf.set_font("dv", "", 9.5)
    pdf.multi_cell(0, 5, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
pdf.ln(4)
para("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.", "I", 9)
pdf.ln(4)
pdf.set_font("dv", "B", 9)
pdf.cell(87, 5, "Il Presidente", align="C")
pdf.cell(87, 5, "Il Segretario Generale", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("dv", "", 9)
pdf.cell(87, 5, "Donato Palmisano", align="C")
pdf.cell(87, 5, "dott.ssa Maria Teresa Carparelli", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(10)
pdf.set_font("dv", "B", 9)
pdf.cell(0, 6, "CERTIFICATO DI ESECUTIVITÀ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
para("La presente deliberazione, pubblicata all'Albo Pretorio on line dal 13/03/2025 per quindici giorni "
     "consecutivi, è divenuta esecutiva il 24/03/2025, decorsi dieci giorni dalla pubblicazione, ai sensi "
     "dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.", "", 8.5)
para("Ostuni, 24/03/2025                                        Il Segretario Generale - dott.ssa Maria Teresa Carparelli", "", 8.5)
pdf.output(OUT)
print("wrote", OUT)
