# Comune di Castelsaraceno (PZ): decreto sindacale n. 11/2026 in the print of a small Basilicata package,
# written with fpdf2: DejaVu Serif / DejaVu Sans embedded as CID (Type0, Identity-H) subsets; body
# paragraphs justified by fpdf2's multi_cell; the decree's number is in a shaded box beside the letterhead
# and again in the running foot of every page; the date is only in the closing line, in words.
import sys
from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(110, 110, 110)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("sans", "", 7)
        self.set_text_color(70, 70, 70)
        self.cell(120, 5, "Comune di Castelsaraceno – Decreto sindacale n. 11/2026", align="L")
        self.cell(50, 5, f"Pag. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.add_font("serif", "", D + "DejaVuSerif.ttf")
pdf.add_font("serif", "B", D + "DejaVuSerif-Bold.ttf")
pdf.add_font("serif", "I", D + "DejaVuSerif-Italic.ttf")
pdf.add_font("sans", "", D + "DejaVuSans.ttf")
pdf.add_font("sans", "B", D + "DejaVuSans-Bold.ttf")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("GeSA Lucania - Atti del Sindaco 3.0")
pdf.set_title("Decreto sindacale n. 11/2026")
pdf.alias_nb_pages()
pdf.add_page()
# letterhead on the left, number box on the right
pdf.set_fill_color(225, 225, 225)
pdf.rect(20, 18, 18, 22, style="F")
pdf.set_xy(42, 19)
pdf.set_font("serif", "B", 13.5)
pdf.cell(90, 7, "COMUNE DI CASTELSARACENO", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(42)
pdf.set_font("sans", "", 8.5)
pdf.cell(90, 4.5, "Provincia di Potenza", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(42)
pdf.cell(90, 4.5, "Piazza Piano della Corte – 85031 Castelsaraceno (PZ)", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(140, 19)
pdf.set_fill_color(235, 240, 246)
pdf.set_draw_color(60, 80, 110)
pdf.set_font("sans", "B", 9.5)
pdf.multi_cell(50, 6, "DECRETO SINDACALE\nN. 11/2026", border=1, align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_x(140)
pdf.set_font("sans", "", 7.5)
pdf.cell(50, 5, "Prot. n. 3187", border="LRB", align="C")
pdf.set_y(48)
pdf.set_draw_color(0, 0, 0)
pdf.line(20, 46, 190, 46)
pdf.set_font("serif", "B", 10.5)
pdf.cell(22, 5.5, "Oggetto:")
pdf.multi_cell(148, 5.5, "Designazione del Responsabile per la Transizione al Digitale (RTD) ai sensi dell'art. 17 del D.Lgs. 7 marzo 2005, n. 82.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("sans", "B", 11)
pdf.cell(170, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def par(s, after=1.8):
    pdf.set_font("serif", "", 10.5)
    pdf.multi_cell(170, 5.0, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


par("Visto l'art. 17 del D.Lgs. 7 marzo 2005, n. 82 (Codice dell'Amministrazione Digitale), che impone alle pubbliche amministrazioni di affidare a un unico ufficio dirigenziale generale, o in mancanza a un'unica figura, la transizione alla modalità operativa digitale e i conseguenti processi di riorganizzazione;")
par("Visto il comma 1-sexies del medesimo articolo, che consente ai Comuni di esercitare le funzioni in forma associata ovvero di individuare il Responsabile tra i dipendenti in servizio;")
par("Vista la circolare del Ministro per la Pubblica Amministrazione n. 3 del 1° ottobre 2018, che sollecita la nomina del Responsabile per la Transizione al Digitale da parte di tutte le amministrazioni;")
par("Considerato che il Comune non dispone di figure dirigenziali e che il dott. Rocco Lauria, Responsabile dell'Area Amministrativa, possiede adeguate competenze tecnologiche, di informatica giuridica e manageriali;")
par("Visto l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;")
pdf.ln(1)
pdf.set_font("sans", "B", 11)
pdf.cell(170, 6, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pts = [
    "di designare il dott. Rocco Lauria, Responsabile dell'Area Amministrativa, quale Responsabile per la Transizione al Digitale del Comune di Castelsaraceno, ai sensi dell'art. 17 del D.Lgs. 82/2005;",
    "di attribuire al Responsabile i compiti di cui al comma 1 del citato art. 17, ivi compresi il coordinamento dello sviluppo dei servizi digitali, la sicurezza informatica e l'accessibilità;",
    "di dare atto che l'incarico non comporta oneri aggiuntivi a carico del bilancio comunale;",
    "di disporre la comunicazione della nomina all'Agenzia per l'Italia Digitale mediante l'Indice dei domicili digitali delle Pubbliche Amministrazioni (IPA) e la pubblicazione del presente decreto all'Albo pretorio on line.",
]
for i, s in enumerate(pts, 1):
    pdf.set_font("serif", "", 10.5)
    pdf.cell(8, 5.0, f"{i})")
    pdf.multi_cell(162, 5.0, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(4)
pdf.set_font("serif", "I", 10.5)
pdf.cell(170, 5.5, "Dalla Residenza Municipale, lì due ottobre duemilaventisei", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_x(110)
pdf.set_font("sans", "B", 10)
pdf.cell(70, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("serif", "", 10.5)
pdf.cell(70, 5.5, "ing. Vincenzo Di Lascio", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("sans", "", 7)
pdf.cell(70, 4.5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("sans", "B", 8.5)
pdf.cell(170, 5, "RELATA DI NOTIFICA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "", 9)
pdf.multi_cell(170, 4.6, "Il sottoscritto Messo comunale dichiara di aver notificato copia del presente decreto all'interessato, mediante consegna a mani proprie, in data 05/10/2026.    Il Messo comunale – Giuseppe Cantisani", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
