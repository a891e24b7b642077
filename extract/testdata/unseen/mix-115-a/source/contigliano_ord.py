#!/usr/bin/env python3
"""Comune di Contigliano - Ordinanza dell'Area Vigilanza n. 6 del 12/03/2027.

"Sicraweb" house style again (crest beside the name over a rule, ruled grid
with Area, Servizio, number and date, OGGETTO box), printed by fpdf2 with
Liberation Sans embedded (Identity-H): paragraphs justified by fpdf2, the
headings letter-spaced with Tc, a running head with the number from page 2
and "Pag. x di y" at the foot.
"""
import sys
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-contigliano-sicraweb.pdf"
FONTDIR = "/usr/share/fonts/truetype/liberation/"


def crest():
    im = Image.new("RGB", (160, 200), "white")
    d = ImageDraw.Draw(im)
    d.polygon([(8, 8), (152, 8), (152, 110), (120, 165), (80, 195), (40, 165), (8, 110)],
              fill=(31, 78, 140), outline="black")
    d.polygon([(20, 140), (60, 80), (85, 115), (105, 90), (140, 140)], fill=(46, 139, 87))
    d.ellipse([94, 34, 126, 66], fill=(242, 195, 24))
    return im


class Ord(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 8)
            self.set_xy(18, 10)
            self.cell(0, 4, "Comune di Contigliano – Area Vigilanza – Ordinanza n. 6 del 12/03/2027")
            self.set_draw_color(120, 120, 120)
            self.line(18, 15, 192, 15)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005", align="L")
        self.set_x(18)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Ord(format="A4", unit="mm")
pdf.add_font("LS", "", FONTDIR + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONTDIR + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FONTDIR + "LiberationSans-Italic.ttf")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.alias_nb_pages()
pdf.set_title("Ordinanza n. 6/2027 - Area Vigilanza")
pdf.set_author("Comune di Contigliano - Polizia Locale")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_creator("Sicraweb - Atti Amministrativi")
pdf.add_page()

# letterhead
pdf.image(crest(), x=18, y=13, w=15)
pdf.set_text_color(17, 34, 51)
pdf.set_font("LS", "B", 18)
pdf.text(36, 22, "COMUNE DI CONTIGLIANO")
pdf.set_text_color(0, 0, 0)
pdf.set_font("LS", "", 10)
pdf.text(36, 27.5, "Provincia di Rieti")
pdf.set_font("LS", "B", 9)
pdf.text(173, 22, "ORIGINALE")
pdf.set_line_width(0.55)
pdf.set_draw_color(34, 51, 68)
pdf.line(18, 34, 192, 34)

# grid
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.25)
pdf.set_xy(18, 39)
pdf.set_fill_color(221, 227, 234)
pdf.set_font("LS", "B", 9.5)
pdf.cell(87, 7, "AREA VIGILANZA", border=1, fill=True)
pdf.set_font("LS", "", 9.5)
pdf.cell(87, 7, "Servizio: Polizia Locale", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 9.5)
pdf.cell(87, 7, "ORDINANZA", border=1, fill=True)
pdf.cell(45, 7, "N. 6 del 12/03/2027", border=1, fill=True)
pdf.set_font("LS", "", 9.5)
pdf.cell(42, 7, "Prot. n. 2398", border=1, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "B", 9.5)
y0 = pdf.get_y()
pdf.set_x(20)
pdf.multi_cell(170, 5, "OGGETTO: DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN PIAZZA "
               "VITTORIO EMANUELE II E IN VIA ROMA PER LO SVOLGIMENTO DEL \"MERCATINO DI PRIMAVERA\" "
               "DI DOMENICA 21 MARZO 2027.", align="J")
y1 = pdf.get_y() + 1.5
pdf.rect(18, y0, 174, y1 - y0)
pdf.set_y(y1 + 6)


def spaced(s, size=11, cs=2.4):
    if pdf.get_y() > 250:  # keep a heading with its text
        pdf.add_page()
    pdf.set_font("LS", "B", size)
    pdf.set_char_spacing(cs)
    pdf.cell(0, 6, s, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(2)


def p(s, indent=0):
    pdf.set_font("LS", "", 10.5)
    pdf.set_x(18 + indent)
    pdf.multi_cell(174 - indent, 5.4, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


spaced("IL RESPONSABILE DELL'AREA VIGILANZA")
p("Vista la richiesta presentata dall'Associazione Pro Loco di Contigliano, acquisita al protocollo comunale "
  "n. 2190 del 05/03/2027, per lo svolgimento del \"Mercatino di Primavera\", mostra mercato di prodotti "
  "agricoli e artigianali del territorio sabino, in programma domenica 21 marzo 2027;")
p("Vista la deliberazione della Giunta Comunale n. 19 del 05/03/2027, con la quale è stato concesso il "
  "patrocinio dell'Amministrazione alla manifestazione e l'uso gratuito delle aree pubbliche interessate;")
p("Ritenuto necessario, per garantire la sicurezza dei partecipanti e degli espositori e il regolare "
  "svolgimento della manifestazione, adottare provvedimenti temporanei in materia di circolazione e di sosta "
  "dei veicoli nelle aree interessate;")
p("Visti gli artt. 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada), il relativo "
  "Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495, e l'art. 107 del "
  "D.Lgs. 18 agosto 2000, n. 267; visto il decreto sindacale n. 5 del 02/01/2027 di conferimento "
  "dell'incarico di Responsabile dell'Area Vigilanza;")
pdf.ln(1)
spaced("ORDINA", 12, 5)
p("per la giornata di domenica 21 marzo 2027, dalle ore 7:00 alle ore 20:00 e comunque fino al termine "
  "della manifestazione:")
pts = [
    "il divieto di sosta con rimozione forzata e il divieto di transito, per tutti i veicoli, in Piazza "
    "Vittorio Emanuele II, ad eccezione dei veicoli degli espositori autorizzati limitatamente alle "
    "operazioni di carico e scarico dalle ore 7:00 alle ore 8:30 e dalle ore 19:00 alle ore 20:00;",
    "il divieto di transito in Via Roma, nel tratto compreso tra l'intersezione con Via Giuseppe Garibaldi "
    "e Piazza Vittorio Emanuele II, ad eccezione dei veicoli di soccorso, delle forze dell'ordine e dei "
    "residenti diretti alle proprie autorimesse;",
    "l'istituzione del doppio senso di circolazione in Via della Fontana per l'intera durata della "
    "manifestazione, con obbligo di dare la precedenza all'intersezione con la S.P. 46;",
    "che l'Associazione Pro Loco di Contigliano provveda, a propria cura e spese, alla collocazione della "
    "segnaletica stradale prevista dal presente provvedimento almeno 48 ore prima dell'inizio dei divieti e "
    "alla sua rimozione al termine della manifestazione.",
]
for i, s in enumerate(pts, 1):
    pdf.set_font("LS", "", 10.5)
    y = pdf.get_y()
    pdf.text(20, y + 3.9, "%d." % i)
    p(s, indent=8)
pdf.ln(1)
spaced("DISPONE", 11, 4)
p("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota al pubblico mediante "
  "l'apposizione della prescritta segnaletica, e che il personale della Polizia Locale e gli altri soggetti "
  "di cui all'art. 12 del Codice della Strada siano incaricati di farla rispettare.")
spaced("AVVERTE", 11, 4)
p("che contro il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale del Lazio "
  "entro 60 giorni dalla pubblicazione o, in alternativa, ricorso straordinario al Presidente della "
  "Repubblica entro 120 giorni, nonché, limitatamente alla segnaletica, ricorso al Ministero delle "
  "Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del Codice della Strada.")
pdf.ln(6)
y = pdf.get_y()
pdf.set_font("LS", "", 10.5)
pdf.text(18, y + 4, "Contigliano, 12/03/2027")
pdf.set_xy(100, y)
pdf.set_font("LS", "B", 10.5)
pdf.cell(92, 5.4, "IL RESPONSABILE DELL'AREA VIGILANZA", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "", 10.5)
pdf.cell(92, 5.4, "dott. Enrico Rinaldi", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("LS", "I", 8)
pdf.cell(92, 4.5, "(firmato digitalmente)", align="C")
pdf.output(OUT)
