#!/usr/bin/env python3
"""Frosinone, house style "Sicraweb EVO": ordinanza dirigenziale of the Settore 5.
fpdf2 with embedded DejaVu fonts: letter-spaced headings (Tc), justified paragraphs,
a running head and foot with the number on every page, and the Albo's stamp rotated 14 degrees."""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-frosinone-sicrawebevo.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"

class Doc(FPDF):
    def header(self):
        self.set_font("DejaVuSans", "", 7)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Comune di Frosinone – Settore 5 – Ambiente e Igiene Urbana", new_x="LMARGIN", new_y="TOP")
        self.cell(0, 4, "Ordinanza Dirigenziale n. 86 del 19/05/2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(90, 90, 90); self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.set_text_color(0, 0, 0); self.ln(5)
    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVuSans", "", 7)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.cell(0, 5, f"Piazza VI Dicembre - 03100 Frosinone - Pagina {self.page_no()} di {{nb}}", align="C")

pdf = Doc(format="A4")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, 20)
for st, f in [("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")]:
    pdf.add_font("DejaVuSerif", st, FD + f)
for st, f in [("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")]:
    pdf.add_font("DejaVuSans", st, FD + f)
pdf.set_title("Ordinanza dirigenziale n. 86/2026"); pdf.set_author("Comune di Frosinone - Settore 5")
pdf.set_creator("Sicraweb EVO - Atti"); pdf.set_producer(f"PyFPDF/fpdf2 {fpdf.__version__}")
pdf.add_page()

# crest
cx = pdf.w / 2
pdf.set_fill_color(27, 94, 32); pdf.set_draw_color(0, 0, 0)
pdf.polygon([(cx - 8, 26), (cx + 8, 26), (cx + 8, 36), (cx, 42), (cx - 8, 36)], style="DF")
pdf.set_fill_color(255, 255, 255); pdf.polygon([(cx - 5, 37), (cx, 28), (cx + 5, 37)], style="F")
pdf.set_y(44)
pdf.set_font("DejaVuSans", "B", 16); pdf.set_char_spacing(4)
pdf.cell(0, 8, "COMUNE DI FROSINONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("DejaVuSerif", "I", 8.5)
pdf.cell(0, 4, "Medaglia d'Oro al Merito Civile", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y = pdf.get_y(); pdf.set_line_width(0.3); pdf.line(20, y, pdf.w - 20, y)
pdf.ln(1.5)
pdf.set_font("DejaVuSans", "B", 10.5)
pdf.cell(0, 5.5, "Settore 5 – Ambiente e Igiene Urbana", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVuSans", "", 9)
pdf.cell(0, 5, "Servizio Tutela Ambientale", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5); y = pdf.get_y(); pdf.line(20, y, pdf.w - 20, y); pdf.ln(4)

# register table
x0, y0 = 20, pdf.get_y()
pdf.set_fill_color(232, 232, 232)
pdf.set_xy(x0, y0); pdf.set_font("DejaVuSans", "B", 10.5)
pdf.multi_cell(62, 8.5, "ORDINANZA\nDIRIGENZIALE", border=1, align="C", fill=True)
rows = [("Registro Generale Ordinanze", "N. 86", "del 19/05/2026"), ("Registro di Settore", "N. 17", "del 19/05/2026"),
        ("Protocollo", "N. 24718", "del 19/05/2026")]
for i, (a, b, c) in enumerate(rows):
    pdf.set_xy(x0 + 62, y0 + i * 17 / 3)
    pdf.set_font("DejaVuSans", "", 8); pdf.cell(48, 17 / 3, a, border=1)
    pdf.set_font("DejaVuSans", "B", 8.5); pdf.cell(20, 17 / 3, b, border=1)
    pdf.set_font("DejaVuSans", "", 8.5); pdf.cell(0, 17 / 3, c, border=1)
pdf.set_xy(20, y0 + 17 + 5)

SUBJ = ("Rimozione e smaltimento dei rifiuti abbandonati sul terreno sito in via Casilina Nord, distinto in catasto "
        "al foglio 27, particella 412, e ripristino dello stato dei luoghi - Ordine al proprietario ai sensi "
        "dell'art. 192 del D.Lgs. n. 152/2006")
pdf.set_font("DejaVuSerif", "B", 10)
pdf.cell(22, 5.2, "OGGETTO:")
pdf.multi_cell(0, 5.2, SUBJ, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

def heading(t, cs=3.5):
    pdf.set_font("DejaVuSans", "B", 11); pdf.set_char_spacing(cs)
    pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_char_spacing(0)
    pdf.ln(1)

def par(lead, text):
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.multi_cell(0, 5.2, f"**{lead}** {text}" if lead else text, align="J", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)

heading("IL DIRIGENTE")
par("Vista", "la relazione di sopralluogo del Servizio Tutela Ambientale del 5 maggio 2026, redatta congiuntamente al "
    "Comando di Polizia Locale, dalla quale risulta che sul terreno sito in via Casilina Nord, distinto in catasto al "
    "foglio 27, particella 412, sono stati abbandonati rifiuti di varia natura, tra cui materiali inerti da demolizione, "
    "pneumatici fuori uso, imballaggi e rifiuti ingombranti, per un volume stimato di circa 30 metri cubi;")
par("Accertato", "dalle visure catastali e ipotecarie che il terreno è di proprietà della società Immobiliare Valle "
    "del Sacco S.r.l., con sede legale in Frosinone, e che la stessa, con nota del Servizio prot. n. 21950 del 7 maggio "
    "2026, è stata informata dell'avvio del procedimento ai sensi dell'art. 7 della Legge n. 241/1990, senza che siano "
    "pervenute osservazioni nel termine assegnato;")
par("Considerato", "che l'area risulta priva di recinzione e di qualsiasi misura idonea a impedire l'accesso e "
    "l'ulteriore abbandono di rifiuti, e che la permanenza dei rifiuti costituisce pericolo per l'igiene pubblica e "
    "per l'ambiente, anche in relazione alla stagione estiva e al rischio di incendi;")
par("Visti", "l'art. 192 del D.Lgs. 3 aprile 2006, n. 152, che pone a carico del proprietario, in solido con l'autore "
    "della violazione, l'obbligo di rimozione, avvio a recupero o smaltimento dei rifiuti e di ripristino dello stato "
    "dei luoghi, e l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")
par("Visto", "il decreto del Sindaco n. 5 del 9 gennaio 2026, di conferimento dell'incarico di direzione del Settore 5 "
    "– Ambiente e Igiene Urbana;")
heading("O R D I N A", 1.5)
pdf.set_font("DejaVuSerif", "", 10)
pdf.multi_cell(0, 5.2, "alla società Immobiliare Valle del Sacco S.r.l., in persona del legale rappresentante pro "
               "tempore, quale proprietaria del terreno sopra indicato:", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.6)
for n, t in enumerate([
    "di provvedere, entro trenta giorni dalla notifica della presente ordinanza, alla rimozione dei rifiuti "
    "abbandonati e al loro avvio a recupero o smaltimento presso impianti autorizzati, a mezzo di ditta iscritta "
    "all'Albo Nazionale Gestori Ambientali;",
    "di trasmettere al Servizio Tutela Ambientale, entro i successivi dieci giorni, copia dei formulari di "
    "identificazione dei rifiuti attestanti il corretto conferimento;",
    "di provvedere alla recinzione dell'area o all'adozione di altre misure idonee a impedire l'ulteriore "
    "abbandono di rifiuti."], 1):
    pdf.set_x(20); pdf.cell(8, 5.2, f"{n}.")
    pdf.multi_cell(0, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(2)
heading("A V V E R T E", 1.5)
par("", "che in caso di inottemperanza si procederà all'esecuzione d'ufficio in danno dei soggetti obbligati e al "
    "recupero delle somme anticipate, fatta salva l'applicazione delle sanzioni previste dall'art. 255 del D.Lgs. "
    "n. 152/2006, e che avverso la presente ordinanza è ammesso ricorso al T.A.R. del Lazio, Sezione di Latina, "
    "entro sessanta giorni dalla notifica, o ricorso straordinario al Presidente della Repubblica entro centoventi "
    "giorni.")
heading("D I S P O N E", 1.5)
par("", "la notifica della presente ordinanza alla società interessata e la sua trasmissione al Comando di Polizia "
    "Locale e all'ARPA Lazio, nonché la pubblicazione all'Albo Pretorio on line.")
pdf.ln(2)
pdf.set_font("DejaVuSerif", "", 10)
pdf.cell(0, 5, "Frosinone, 19/05/2026", new_x="LMARGIN", new_y="NEXT")
ys = pdf.get_y() + 4
pdf.set_xy(110, ys)
pdf.multi_cell(80, 5, "IL DIRIGENTE DEL SETTORE 5\n**dott. Fabio Cecconi**", align="C", markdown=True)
pdf.set_x(110); pdf.set_font("DejaVuSerif", "I", 7)
pdf.multi_cell(80, 3.5, "Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005", align="C")
# Albo stamp, rotated, left of the signature
with pdf.rotation(angle=14, x=52, y=ys + 12):
    pdf.set_draw_color(25, 60, 150); pdf.set_text_color(25, 60, 150); pdf.set_line_width(0.5)
    pdf.rect(26, ys + 3, 56, 18)
    pdf.set_xy(26, ys + 4.5); pdf.set_font("DejaVuSans", "B", 7.5)
    pdf.multi_cell(56, 3.8, "COMUNE DI FROSINONE\nALBO PRETORIO ON LINE\nAffissa il 19/05/2026 - N. 2317", align="C")
pdf.set_text_color(0, 0, 0); pdf.set_draw_color(0, 0, 0)
pdf.output(OUT)
