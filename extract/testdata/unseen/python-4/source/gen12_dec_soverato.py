# Decreto del Sindaco of the Comune di Soverato (CZ) - fpdf2 with DejaVu Serif embedded.
# "N. 9/2026" in the title, a protocol number and date at the top, the date repeated in words at the end,
# numbered DECRETA points.
from fpdf import FPDF

OUT = "dec-soverato-area-tecnica.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVuSerif", "I", 7.5)
        self.cell(0, 4, "Comune di Soverato – Piazza Maria Ausiliatrice – 88068 Soverato (CZ) – "
                        "www.comune.soverato.cz.it", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "%d/{nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.add_font("DejaVuSerif", "", FD + "DejaVuSerif.ttf")
pdf.add_font("DejaVuSerif", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("DejaVuSerif", "I", FD + "DejaVuSerif-Italic.ttf")
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_title("Decreto del Sindaco n. 9/2026")
pdf.add_page()
T = dict(align="J", new_x="LMARGIN", new_y="NEXT")

pdf.set_font("DejaVuSerif", "B", 17)
pdf.cell(0, 9, "COMUNE DI SOVERATO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSerif", "", 9.5)
pdf.cell(0, 5, "Provincia di Catanzaro", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_line_width(0.5)
pdf.line(60, pdf.get_y(), 150, pdf.get_y())
pdf.ln(5)
pdf.set_font("DejaVuSerif", "", 8.5)
pdf.cell(0, 4.5, "Prot. n. 2318 del 02/02/2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVuSerif", "B", 13)
pdf.cell(0, 7, "DECRETO DEL SINDACO N. 9/2026", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("DejaVuSerif", "B", 10)
pdf.cell(22, 5.2, "Oggetto:")
pdf.set_font("DejaVuSerif", "", 10)
pdf.multi_cell(0, 5.2, "Nomina del Responsabile dell’Area Tecnica e conferimento dell’incarico di Elevata "
               "Qualificazione – Anno 2026.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("DejaVuSerif", "B", 10.5)
pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVuSerif", "", 9.6)
for p in [
    "Visti gli artt. 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, in base ai quali nei comuni "
    "privi di personale di qualifica dirigenziale le funzioni di cui all’art. 107 possono essere attribuite, "
    "con provvedimento motivato del Sindaco, ai responsabili degli uffici e dei servizi;",
    "Visti gli artt. 16 e seguenti del C.C.N.L. del comparto Funzioni Locali sottoscritto il 16 novembre 2022, "
    "che disciplinano gli incarichi di Elevata Qualificazione;",
    "Richiamata la deliberazione della Giunta Comunale n. 14 del 22/01/2026, con la quale è stata approvata "
    "la nuova macrostruttura dell’Ente, articolata in cinque Aree;",
    "Dato atto che l’incarico di Responsabile dell’Area Tecnica, conferito con proprio decreto n. 31 del "
    "29/12/2025, è venuto a scadenza il 31/01/2026;",
    "Esaminato il curriculum vitae dell’Ing. Francesco Mirarchi, funzionario tecnico a tempo pieno e "
    "indeterminato inquadrato nell’Area dei Funzionari e dell’Elevata Qualificazione, e ritenuto che lo stesso "
    "possieda la professionalità e l’esperienza necessarie per l’incarico, anche in ragione dei risultati "
    "conseguiti nella gestione degli interventi finanziati dal PNRR;",
    "Vista la pesatura della posizione effettuata dal Nucleo di Valutazione con verbale n. 2 del 28/01/2026;",
    "Visto il vigente Regolamento sull’ordinamento degli uffici e dei servizi;",
]:
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.4)
pdf.ln(1)
pdf.set_font("DejaVuSerif", "B", 10.5)
pdf.cell(0, 6, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DejaVuSerif", "", 9.6)
for i, p in enumerate([
    "di nominare l’Ing. Francesco Mirarchi Responsabile dell’Area Tecnica (Lavori Pubblici, Urbanistica, "
    "Manutenzioni e Ambiente), conferendogli l’incarico di Elevata Qualificazione con decorrenza dal "
    "02/02/2026 e fino al 31/12/2026;",
    "di attribuire al medesimo le funzioni di cui all’art. 107, commi 2 e 3, del D.Lgs. 267/2000 e la "
    "responsabilità dei procedimenti di competenza dell’Area;",
    "di riconoscere la retribuzione di posizione annua lorda di euro 14.200,00 per tredici mensilità, oltre alla "
    "retribuzione di risultato nella misura stabilita dal sistema di misurazione e valutazione della "
    "performance;",
    "di individuare quale sostituto, in caso di assenza o impedimento, il Responsabile dell’Area Vigilanza, "
    "Magg. Caterina Rotundo;",
    "di notificare il presente decreto all’interessato e di trasmetterlo al Segretario Comunale, all’Ufficio "
    "Personale e al Servizio Finanziario, disponendone la pubblicazione all’Albo Pretorio on line e nella "
    "sezione “Amministrazione Trasparente”.",
], 1):
    pdf.cell(8, 5, "%d)" % i)
    pdf.multi_cell(0, 5, p, **T)
    pdf.ln(1.4)
pdf.ln(3)
pdf.set_font("DejaVuSerif", "", 9.6)
pdf.cell(0, 5, "Dalla Residenza Municipale, 2 febbraio 2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_x(110)
pdf.set_font("DejaVuSerif", "B", 10)
pdf.cell(78, 5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DejaVuSerif", "", 9.6)
pdf.cell(78, 5, "Avv. Domenico Fiorentino", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DejaVuSerif", "I", 7.5)
pdf.cell(78, 4, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("DejaVuSerif", "", 8.8)
pdf.multi_cell(0, 4.6, "Per accettazione e ricevuta notifica: Ing. Francesco Mirarchi ____________________  "
               "data ____________", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count)
