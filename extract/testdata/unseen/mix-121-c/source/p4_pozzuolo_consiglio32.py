#!/usr/bin/env python3
"""Comune di Pozzuolo del Friuli - Consiglio n. 32 del 24/09/2027 - house style "Insiel",
printed by fpdf2 with embedded DejaVu fonts: letter-spaced headings (character
spacing, Tc), a running head with the act's number on every page, a numbered
roll set in two columns with the counts under it; president and secretary
named only in the signatures.
"""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-32-pozzuolodelfriuli-insiel.pdf"
D = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_char_spacing(0)
        self.set_y(9)
        self.cell(0, 4, "Comune di Pozzuolo del Friuli - Consiglio comunale - Deliberazione n. 32 del 24/09/2027",
                  align="R")
        self.line(20, 14, 192, 14)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_char_spacing(0)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="C")


pdf = P(format="A4")
pdf.add_font("DV", "", D + "DejaVuSerifCondensed.ttf")
pdf.add_font("DV", "B", D + "DejaVuSerifCondensed-Bold.ttf")
pdf.add_font("DV", "I", D + "DejaVuSerifCondensed-Italic.ttf")
pdf.add_font("DS", "B", D + "DejaVuSans-Bold.ttf")
pdf.set_margins(20, 20, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Deliberazione del Consiglio comunale n. 32 del 24/09/2027")
pdf.set_author("Comune di Pozzuolo del Friuli")
pdf.set_creator("Insiel ADWEB - stampa verbale")
pdf.set_producer("fpdf2 2.8.9")
pdf.add_page()

# letterhead
pdf.set_font("DS", "B", 13)
pdf.set_char_spacing(1.2)
pdf.cell(120, 7, "COMUNE DI POZZUOLO DEL FRIULI")
pdf.set_char_spacing(2)
pdf.set_font("DS", "B", 9.5)
pdf.cell(0, 7, "COPIA", border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0.8)
pdf.set_font("DV", "I", 10)
pdf.cell(0, 5, "Comun di Pucuel", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0)
pdf.set_font("DV", "", 8)
pdf.cell(0, 4, "Regione Autonoma Friuli Venezia Giulia - Via Roma, 9 - 33050 Pozzuolo del Friuli (UD)",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(5)
pdf.set_font("DS", "B", 11)
pdf.set_char_spacing(2.4)
pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.cell(0, 6, "DEL CONSIGLIO COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0)
pdf.ln(2)
pdf.set_font("DV", "B", 11)
pdf.set_x(55)
pdf.cell(50, 7, "N. 32", border=1, align="C")
pdf.cell(50, 7, "del 24/09/2027", border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(1)
pdf.set_font("DV", "", 8.5)
pdf.cell(0, 5, "Adunanza ordinaria di prima convocazione - seduta pubblica", align="C",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
pdf.set_font("DV", "B", 10.5)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(0, 5.5, "Approvazione del regolamento comunale per la concessione in uso delle sale civiche e "
               "dei locali di proprietà comunale", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)


def par(t, h=5.2, after=1.6, size=10.5):
    pdf.set_font("DV", "", size)
    pdf.multi_cell(0, h, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


par("L'anno 2027, il giorno 24 del mese di settembre alle ore 20:00, nella sala consiliare del Municipio, in "
    "seguito a convocazione disposta con invito e relativo ordine del giorno notificato ai singoli Consiglieri "
    "a norma di legge, si è riunito il Consiglio comunale.")
par("Prima della trattazione del presente punto n. 3 dell'ordine del giorno è uscita dall'aula la consigliera "
    "Bulfon Erika. Risultano pertanto:")
roll = ["Tosolini Luca", "Zamparo Sabrina", "Del Fabbro Gianni", "Peressini Michela", "Cecotti Ivan",
        "Mattiussi Elena", "Bertoli Fabio", "Candotti Silvia", "Di Benedetto Marco", "Pertoldi Giada",
        "Venier Simone", "Nadalutti Chiara", "Pittoni Roberto", "Fabris Alessia", "Comelli Daniele",
        "Specogna Paolo", "Bulfon Erika"]
pres = {"Fabris Alessia": "assente", "Bulfon Erika": "assente"}
pdf.set_font("DV", "B", 9)
colw = (8, 46, 24)
y0 = pdf.get_y() + 1
for side, x in ((0, 22), (1, 108)):
    pdf.set_xy(x, y0)
    for w_, t in zip(colw, ("N.", "Consigliere", "")):
        pdf.cell(w_, 5.5, t, border="B")
pdf.set_font("DV", "", 9.5)
half = 9
for i, name in enumerate(roll):
    side = 0 if i < half else 1
    row = i if i < half else i - half
    x = 22 if side == 0 else 108
    pdf.set_xy(x, y0 + 6 + row * 5.4)
    label = name + (" (Sindaco)" if i == 0 else "")
    pdf.cell(colw[0], 5.4, "%d." % (i + 1))
    pdf.cell(colw[1], 5.4, label)
    pdf.cell(colw[2], 5.4, pres.get(name, "presente"))
pdf.set_y(y0 + 6 + half * 5.4 + 2)
pdf.line(22, pdf.get_y(), 186, pdf.get_y())
pdf.ln(2)
pdf.set_font("DV", "B", 10)
pdf.set_x(22)
pdf.cell(60, 5.5, "Presenti n. 15")
pdf.cell(60, 5.5, "Assenti n. 2", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(3)
par("Assiste il Segretario comunale, che cura la redazione del verbale. Il Presidente, constatato il legale "
    "numero degli intervenuti, pone in trattazione l'argomento in oggetto.")
pdf.set_font("DS", "B", 10.5)
pdf.set_char_spacing(2)
pdf.cell(0, 7, "IL CONSIGLIO COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0)
for t in [
    "PREMESSO che il Comune dispone di sale civiche nel capoluogo e nelle frazioni di Zugliano, Terenzano, "
    "Cargnacco, Sammardenchia e Carpeneto, nonché di locali presso l'ex scuola di via Udine, che vengono "
    "richiesti in uso da associazioni, gruppi e privati per riunioni, attività culturali e ricreative;",
    "RITENUTO necessario disciplinare in modo uniforme le modalità di richiesta, le tariffe, le esenzioni e "
    "le responsabilità connesse all'uso dei locali, superando le disposizioni contenute in atti di Giunta "
    "adottati negli anni precedenti;",
    "VISTO lo schema di regolamento composto da 16 articoli, esaminato dalla Commissione consiliare affari "
    "generali nella seduta del 13/09/2027;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Con voti favorevoli unanimi, espressi per alzata di mano dai consiglieri presenti e votanti n. 15,",
]:
    par(t)
pdf.set_font("DS", "B", 10.5)
pdf.set_char_spacing(2)
pdf.cell(0, 7, "DELIBERA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0)
pts = [
    "di approvare il regolamento comunale per la concessione in uso delle sale civiche e dei locali di "
    "proprietà comunale, composto da 16 articoli, allegato alla presente quale parte integrante e sostanziale;",
    "di stabilire che il regolamento entra in vigore il 1 gennaio 2028 e che da tale data cessano di avere "
    "efficacia le precedenti disposizioni in materia;",
    "di incaricare il Responsabile dell'Area amministrativa di predisporre la modulistica per le richieste.",
]
pdf.set_font("DV", "", 10.5)
for i, t in enumerate(pts, 1):
    pdf.cell(8, 5.2, "%d." % i)
    pdf.multi_cell(0, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)
pdf.ln(4)
par("Letto, confermato e sottoscritto.")
if pdf.get_y() > 250:
    pdf.add_page()
pdf.ln(3)
pdf.set_font("DV", "B", 10)
pdf.cell(86, 5, "IL PRESIDENTE", align="C")
pdf.cell(86, 5, "IL SEGRETARIO COMUNALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("DV", "", 10.5)
pdf.cell(86, 6, "Luca Tosolini", align="C")
pdf.cell(86, 6, "dott.ssa Paola Degano", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("DV", "I", 8)
pdf.cell(0, 5, "(documento sottoscritto con firma digitale ai sensi del D.Lgs. 82/2005)", align="C",
         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(OUT)
print(OUT, pdf.pages_count)
