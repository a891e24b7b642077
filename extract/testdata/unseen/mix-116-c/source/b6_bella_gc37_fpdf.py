#!/usr/bin/env python3
"""Comune di Bella - Giunta Comunale n. 37 del 15/04/2027 (house style "Halley").
fpdf2: the office's pre-printed minute form (blanks of underscores) filled in by
overprinting the values in Courier over the underscores; the body typed below."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-bella-halley-estate.pdf"


class Form(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Times", "I", 8)
        self.cell(0, 5, "Comune di Bella - Deliberazione G.C. n. 37 del 15/04/2027", align="L")
        self.ln(7)

    def footer(self):
        self.set_y(-13)
        self.set_font("Times", "", 7.5)
        self.cell(0, 4, "Halley Informatica - Mod. DG01", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = Form(format="A4", unit="mm")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 18)
pdf.alias_nb_pages()
pdf.set_creator("Halley Informatica - Segreteria")
pdf.set_title("Delibera G.C. 37/2027")
pdf.add_page()


def blank(label, n_us, value, font=("Times", "", 11), dy=-0.6):
    """print label, then a run of underscores, then overprint value onto the blank"""
    pdf.set_font(*font)
    if label:
        pdf.write(6, label)
    x0, y0 = pdf.get_x(), pdf.get_y()
    us = "_" * n_us
    pdf.write(6, us)
    x1, y1 = pdf.get_x(), pdf.get_y()
    pdf.set_font("Courier", "B", 11)
    w = pdf.get_string_width(value)
    pdf.text(x0 + max(1.0, (pdf.get_string_width("") + (x1 - x0) - w) / 2) if y1 == y0 else x0 + 2,
             y0 + 4.2 + dy, value)
    pdf.set_font(*font)
    pdf.set_xy(x1, y1)


# ---- letterhead (same as the Halley print of the Consiglio)
pdf.set_draw_color(0)
pdf.rect(20, 14, 14, 17)
pdf.set_font("Helvetica", "B", 5)
pdf.text(22.2, 23.5, "STEMMA")
pdf.set_font("Times", "B", 18)
pdf.set_xy(20, 14)
pdf.cell(170, 8, "COMUNE DI BELLA", align="C")
pdf.set_font("Times", "", 11)
pdf.set_xy(20, 22)
pdf.cell(170, 5, "Provincia di Potenza", align="C")
pdf.set_font("Times", "", 8)
pdf.set_xy(20, 27)
pdf.cell(170, 4, "Largo Municipio - 85051 Bella (PZ) - Tel. 0976/803111", align="C")
pdf.rect(160, 14, 30, 9)
pdf.set_font("Helvetica", "B", 9)
pdf.set_xy(160, 16.5)
pdf.cell(30, 4, "ORIGINALE", align="C")
pdf.line(20, 33, 190, 33)

pdf.set_xy(20, 37)
pdf.set_font("Times", "B", 13)
pdf.cell(170, 6, "DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C")
pdf.set_xy(20, 46)
blank("N. ", 8, "37", font=("Times", "B", 12))
blank("    del ", 16, "15/04/2027", font=("Times", "B", 12))
pdf.ln(10)

pdf.set_font("Times", "B", 11)
y = pdf.get_y()
pdf.text(20, y + 4.4, "OGGETTO:")
subject = ["ADESIONE AL PROGETTO \"ESTATE RAGAZZI 2027\" E APPROVAZIONE",
           "DELLE TARIFFE DI COMPARTECIPAZIONE DELLE FAMIGLIE"]
pdf.rect(42, y - 1, 148, 15)
pdf.set_font("Courier", "B", 10)
for i, line in enumerate(subject):
    pdf.text(44, y + 4 + i * 6, line)
pdf.set_xy(20, y + 18)

pdf.set_font("Times", "", 11)
blank("L'anno ", 22, "duemilaventisette")
blank(" il giorno ", 13, "quindici")
blank(" del mese di ", 11, "aprile")
pdf.ln(7)
blank("alle ore ", 8, "13,30")
pdf.write(6, " nella sala delle adunanze, convocata con appositi avvisi, si è riunita la Giunta "
             "Comunale con l'intervento dei Signori:")
pdf.ln(9)

# roll as a ruled form with boxes
roll = [("LAURINO Giuseppe", "Sindaco", True, ""), ("SABIA Rocco", "Vice Sindaco", True, ""),
        ("TELESCA Maria Teresa", "Assessore", False, ""),
        ("COVIELLO Vito", "Assessore", True, "in videoconferenza"),
        ("PIETRAFESA Angela", "Assessore", True, "")]
pdf.set_font("Times", "B", 10)
x = 30
for w, h in [(60, "Cognome e Nome"), (35, "Carica"), (20, "Presenti"), (20, "Assenti"), (0, "")]:
    if w:
        pdf.set_x(x)
        pdf.cell(w, 6, h, border=1, align="C")
        x += w
pdf.ln(6)
for name, role, pres, note in roll:
    pdf.set_x(30)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(60, 6.5, " " + name, border=1)
    pdf.cell(35, 6.5, " " + role, border=1)
    xp = pdf.get_x()
    pdf.cell(20, 6.5, "", border=1)
    pdf.cell(20, 6.5, "", border=1)
    pdf.set_font("Courier", "B", 12)
    pdf.text(xp + (8.5 if pres else 28.5), pdf.get_y() + 4.8, "X")
    if note:
        pdf.set_font("Times", "I", 8.5)
        pdf.text(xp + 41.5, pdf.get_y() + 4.4, "(" + note + ")")
    pdf.ln(6.5)
pdf.set_x(30)
pdf.set_font("Times", "B", 10)
pdf.cell(95, 6, "Totale ", border=0, align="R")
xp = pdf.get_x()
pdf.cell(20, 6, "", border=1)
pdf.cell(20, 6, "", border=1)
pdf.set_font("Courier", "B", 11)
pdf.text(xp + 8.5, pdf.get_y() + 4.4, "4")
pdf.text(xp + 28.5, pdf.get_y() + 4.4, "1")
pdf.ln(10)

pdf.set_font("Times", "", 11)
pdf.write(6, "Partecipa il ")
blank("", 32, "Vice Segretario Comunale")
blank(" ", 30, "dott.ssa Filomena PEPE")
pdf.write(6, ", con funzioni consultive, referenti e di assistenza, e ne cura la verbalizzazione "
             "(art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000).")
pdf.ln(8)
pdf.write(6, "Assume la presidenza il ")
blank("", 12, "Sindaco")
blank(" ", 30, "dott. Giuseppe LAURINO")
pdf.write(6, " che, constatato il numero legale degli intervenuti, dichiara aperta la seduta.")
pdf.ln(10)

# ---- typed body
pdf.set_font("Times", "I", 9.5)
pdf.multi_cell(170, 4.8, "Il Vice Segretario sostituisce il Segretario Comunale reggente, dott. Canio LOVALLO, "
               "impegnato presso altra sede. L'Assessore COVIELLO Vito partecipa in collegamento audio-video, "
               "con identificazione accertata dal Vice Segretario.", align="J")
pdf.ln(3)
pdf.set_font("Times", "B", 11)
pdf.cell(170, 6, "LA GIUNTA COMUNALE", align="C")
pdf.ln(8)
pdf.set_font("Times", "", 11)
body = [
    "PREMESSO che l'Amministrazione comunale intende garantire anche per l'estate 2027 un servizio di "
    "centro estivo per bambini e ragazzi dai 6 ai 14 anni, a sostegno delle famiglie nel periodo di chiusura "
    "delle scuole;",
    "VISTA la nota della Cooperativa sociale \"Il Melograno\" di Muro Lucano, acquisita al protocollo n. 2514 del "
    "02/04/2027, con la quale si propone la realizzazione del progetto \"Estate Ragazzi 2027\", dal 1 luglio al "
    "14 agosto 2027, presso il plesso scolastico di via Roma e gli impianti sportivi comunali;",
    "RITENUTO di aderire al progetto e di stabilire le seguenti tariffe settimanali di compartecipazione a carico "
    "delle famiglie: euro 25,00 per ISEE fino a euro 9.000,00; euro 40,00 per ISEE da euro 9.000,01 a euro "
    "20.000,00; euro 55,00 oltre tale soglia o in assenza di attestazione ISEE, con riduzione del 20% dal secondo "
    "figlio iscritto;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. "
    "267/2000 dai Responsabili dell'Area Amministrativa e dell'Area Economico-Finanziaria;",
    "CON voti unanimi favorevoli, espressi nei modi di legge,",
]
for b in body:
    pdf.multi_cell(170, 5.6, b, align="J")
    pdf.ln(1.5)
pdf.set_font("Times", "B", 11)
pdf.cell(170, 6, "D E L I B E R A", align="C")
pdf.ln(8)
pdf.set_font("Times", "", 11)
pts = [
    "DI ADERIRE al progetto \"Estate Ragazzi 2027\" proposto dalla Cooperativa sociale \"Il Melograno\", per "
    "le motivazioni espresse in premessa;",
    "DI APPROVARE le tariffe settimanali di compartecipazione delle famiglie indicate in premessa;",
    "DI DEMANDARE al Responsabile dell'Area Amministrativa gli adempimenti gestionali conseguenti, ivi compreso "
    "l'impegno della spesa a carico del Comune, quantificata in euro 7.800,00.",
]
for i, t in enumerate(pts, 1):
    pdf.set_x(20)
    pdf.cell(8, 5.6, "%d." % i)
    pdf.multi_cell(162, 5.6, t, align="J")
    pdf.ln(1)
pdf.ln(2)
pdf.multi_cell(170, 5.6, "Successivamente, con separata votazione unanime, la Giunta Comunale DICHIARA il presente "
               "atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per "
               "consentire l'avvio delle iscrizioni.", align="J")
pdf.ln(6)
pdf.cell(170, 6, "Letto, approvato e sottoscritto.")
pdf.ln(10)
pdf.set_font("Times", "B", 11)
pdf.cell(85, 6, "IL PRESIDENTE", align="C")
pdf.cell(85, 6, "IL VICE SEGRETARIO COMUNALE", align="C")
pdf.ln(9)
y = pdf.get_y()
pdf.set_font("Times", "", 11)
for x0, val in ((32, "dott. Giuseppe LAURINO"), (117, "dott.ssa Filomena PEPE")):
    pdf.set_xy(x0, y)
    pdf.write(6, "_" * 28)
    pdf.set_font("Courier", "B", 10)
    pdf.text(x0 + 2, y + 3.6, val)
    pdf.set_font("Times", "", 11)
pdf.output(OUT)
