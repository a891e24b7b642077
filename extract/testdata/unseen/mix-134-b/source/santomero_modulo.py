# -*- coding: utf-8 -*-
"""Sant'Omero, "Computer Brains" house style, form mode: the package prints the
Giunta's model sheet (Helvetica labels and blanks of underscores) and types the
values over the blanks in Courier, as on pre-printed stationery. fpdf2, core fonts.
usage: python3 santomero_modulo.py OUTDIR
"""
import sys, os
from fpdf import FPDF
from acts import SANTOMERO_GC

FILE = "giunta-santomero-computerbrains-modulo.pdf"
NUM, DATE = "124", "25/10/2028"
SUBJECT = ("ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO REGIONALE PER IL "
           "FINANZIAMENTO DI INTERVENTI DI EFFICIENTAMENTO ENERGETICO DEGLI EDIFICI SCOLASTICI")
ABSENT = {"DE BERARDINIS Luca", "CORE Alessia"}


class Modulo(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Mod. GC/01 - Computer Brains Atti - Delibera G.C. n. %s del %s" % (NUM, DATE), align="L")
        self.set_x(-40)
        self.cell(25, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = Modulo(format="A4")
pdf.alias_nb_pages()
pdf.set_creator("Computer Brains Atti 5.2 (modulo GC/01)")
pdf.set_producer("PyFPDF/fpdf2 2.8.9")
pdf.set_title("Delibera G.C. n. %s del %s" % (NUM, DATE))
pdf.set_auto_page_break(True, 20)
pdf.set_margins(18, 14, 18)
pdf.add_page()


def blank(x, y, w, value="", size=10.5, dy=0):
    """Print a blank of underscores of width w mm at (x, y), then type the value over it."""
    pdf.set_font("Helvetica", "", 10)
    n = int(w / pdf.get_string_width("_"))
    pdf.text(x, y, "_" * n)
    if value:
        pdf.set_font("Courier", "B", size)
        pdf.text(x + 1.5, y + dy, value)


def label(x, y, s, style="", size=10):
    pdf.set_font("Helvetica", style, size)
    pdf.text(x, y, s)
    return x + pdf.get_string_width(s) + 1.2


# letterhead of the model sheet
pdf.set_line_width(0.6)
pdf.rect(18, 12, 174, 22)
pdf.set_font("Helvetica", "B", 15)
pdf.text(22, 20.5, "COMUNE DI SANT'OMERO")
pdf.set_font("Helvetica", "", 9.5)
pdf.text(22, 26, "Provincia di Teramo")
pdf.text(22, 31, "Piazza Cavour, 1 - 64027 Sant'Omero (TE) - C.F. 82000470673")
pdf.set_font("Helvetica", "B", 9)
pdf.text(160, 20, "ORIGINALE")
pdf.rect(157, 16, 27, 6)

pdf.set_font("Helvetica", "B", 12.5)
pdf.set_xy(18, 39)
pdf.cell(174, 7, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C")
y = 54
x = label(60, y, "N.", "B", 11)
blank(x, y, 22, NUM, 12)
x = label(x + 24, y, "del", "B", 11)
blank(x, y, 34, DATE, 12)

y = 64
label(18, y, "OGGETTO:", "B", 10.5)
# the subject typed inside the sheet's ruled box
words, lines, cur = SUBJECT.split(), [], ""
pdf.set_font("Courier", "B", 10.5)
for w in words:
    t = (cur + " " + w).strip()
    if pdf.get_string_width(t) > 146:
        lines.append(cur); cur = w
    else:
        cur = t
lines.append(cur)
pdf.set_line_width(0.3)
pdf.rect(40, y - 5, 152, 19)
pdf.set_font("Courier", "B", 10.5)
for i, ln in enumerate(lines):
    pdf.text(42, y + i * 5.5, ln)

y = 88
x = label(18, y, "L'anno")
blank(x, y, 40, "duemilaventotto")
x = label(x + 42, y, "il giorno")
blank(x, y, 30, "venticinque")
x = label(x + 32, y, "del mese di")
blank(x, y, 30, "ottobre")
y += 7
x = label(18, y, "alle ore")
blank(x, y, 18, "12:30")
label(x + 20, y, "nella sede municipale, convocata nei modi di legge, si è riunita")
y += 6
label(18, y, "la Giunta Comunale nelle persone dei Signori:")

# roll: pre-printed columns, values typed over the blanks
y += 9
pdf.set_font("Helvetica", "B", 9.5)
pdf.text(24, y, "Cognome e Nome")
pdf.text(95, y, "Carica")
pdf.text(140, y, "Presente / Assente")
for n, name, role in SANTOMERO_GC:
    y += 7
    label(18, y, "%d." % n)
    blank(24, y, 66, name)
    blank(95, y, 40, role)
    blank(140, y, 40, "assente" if name in ABSENT else "presente")

y += 11
x = label(18, y, "Presiede il Sig.")
blank(x, y, 58, "Andrea DI DOMENICO")
x = label(x + 60, y, "in qualità di")
blank(x, y, 40, "Sindaco")
y += 7
x = label(18, y, "Partecipa il Segretario Comunale")
blank(x, y, 70, "dott. Gianluca DI MARCO")
label(x + 72, y, "che redige il verbale.")
y += 7
label(18, y, "Il Presidente, constatato il numero legale, dichiara aperta la seduta.")

# body typed by the package in Courier, ragged right
body = [
    ("c", "LA GIUNTA COMUNALE"),
    ("p", "PREMESSO che la Regione Abruzzo, con determinazione dirigenziale n. DPH004/217 del "
          "03/10/2028, ha approvato l'avviso pubblico per il finanziamento di interventi di "
          "efficientamento energetico degli edifici scolastici di proprietà comunale, con "
          "scadenza delle domande al 20/11/2028;"),
    ("p", "CONSIDERATO che la scuola primaria del capoluogo necessita della sostituzione degli "
          "infissi e della centrale termica, come risulta dalla diagnosi energetica redatta "
          "nel mese di giugno 2028;"),
    ("p", "RITENUTO di fornire al Responsabile del Settore IV - Lavori Pubblici gli indirizzi "
          "per la predisposizione della domanda di contributo;"),
    ("p", "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi "
          "dell'art. 49 del D.Lgs. 267/2000;"),
    ("p", "CON voti unanimi, espressi nelle forme di legge;"),
    ("c", "D E L I B E R A"),
    ("n", "1. di partecipare all'avviso regionale candidando l'intervento di efficientamento "
          "energetico della scuola primaria del capoluogo, per una spesa stimata di euro "
          "395.000,00;"),
    ("n", "2. di incaricare il Responsabile del Settore IV - Lavori Pubblici della "
          "predisposizione del progetto e della domanda di contributo entro il termine "
          "fissato dall'avviso;"),
    ("n", "3. di dare atto che l'eventuale quota di cofinanziamento comunale sarà prevista "
          "nel bilancio di previsione 2029/2031."),
    ("p", "Con successiva votazione unanime, la presente deliberazione è dichiarata "
          "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."),
]
pdf.set_y(y + 6)
for kind, text in body:
    if kind == "c":
        pdf.set_font("Courier", "B", 10.5)
        pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Courier", "", 10)
        if kind == "n":
            pdf.set_x(24)
            pdf.multi_cell(168, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

if pdf.get_y() > 240:
    pdf.add_page()
y = pdf.get_y() + 6
label(18, y, "Letto, confermato e sottoscritto.", "I")
y += 9
label(30, y, "IL PRESIDENTE", "B")
label(120, y, "IL SEGRETARIO COMUNALE", "B")
y += 8
blank(22, y, 62, "F.to Andrea DI DOMENICO", 10)
blank(112, y, 70, "F.to dott. Gianluca DI MARCO", 10)

y += 12
pdf.set_font("Helvetica", "B", 9)
pdf.text(18, y, "CERTIFICATO DI PUBBLICAZIONE")
y += 5
x = label(18, y, "Pubblicata all'Albo Pretorio on line dal", "", 9)
blank(x, y, 28, "27/10/2028", 9.5)
x = label(x + 30, y, "per 15 giorni consecutivi - N.", "", 9)
blank(x, y, 18, "1468", 9.5)
x = label(x + 20, y, "Reg. Pubbl.", "", 9)

pdf.output(os.path.join(sys.argv[1], FILE))
