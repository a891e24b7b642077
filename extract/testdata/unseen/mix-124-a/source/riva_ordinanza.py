# Comune di Riva Ligure - "IBIS Atti" house style - ordinanza sindacale.
# fpdf2 with embedded Liberation Serif: letter-spaced heading (character
# spacing, Tc), justified body, protocol stamp rotated 90 degrees up the left
# margin, running foot with the number.
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1]
FONTDIR = "/usr/share/fonts/truetype/liberation/"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_line_width(0.3)
            self.rect(20, 18, 16, 20, round_corners=True)
            self.set_font("LSans", "B", 5)
            self.set_xy(20, 27)
            self.cell(16, 3, "STEMMA", align="C")
            self.set_xy(20, 20)
            self.set_font("LSerif", "B", 17)
            self.cell(0, 8, "COMUNE DI RIVA LIGURE", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("LSerif", "I", 11)
            self.cell(0, 5.5, "Provincia di Imperia", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("LSerif", "", 8.5)
            self.cell(0, 4.5, "Piazza Ughetto, 7 - 18015 Riva Ligure (IM) - C.F. 00247610087",
                      align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(20, 40, 190, 40)
            # protocol stamp rotated up the left margin
            with self.rotation(90, x=12, y=200):
                self.set_draw_color(30, 60, 150)
                self.set_text_color(30, 60, 150)
                self.rect(12, 194, 78, 11)
                self.set_font("LSans", "B", 7.5)
                self.set_xy(13, 195)
                self.cell(76, 4.5, "COMUNE DI RIVA LIGURE - PROTOCOLLO GENERALE", align="C")
                self.set_xy(13, 199.5)
                self.set_font("LSans", "", 7.5)
                self.cell(76, 4.5, "Prot. n. 0012874 del 16/12/2027 - USCITA", align="C")
                self.set_text_color(0, 0, 0)
                self.set_draw_color(0, 0, 0)
            self.set_xy(20, 44)
        else:
            self.set_font("LSerif", "I", 8)
            self.set_y(12)
            self.cell(0, 4, "Comune di Riva Ligure", align="L")
            self.set_x(20)
            self.cell(0, 4, "Ordinanza sindacale n. 37 del 16/12/2027", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, 17, 190, 17)
            self.set_y(22)

    def footer(self):
        self.set_y(-17)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("LSans", "", 7.5)
        self.cell(85, 5, "Ordinanza n. 37 del 16/12/2027")
        self.cell(85, 5, "Pag. %d di {nb}" % self.page_no(), align="R")
        self.ln(4)
        self.set_font("LSans", "", 6.5)
        self.cell(0, 4, "IBIS Atti Amministrativi - rel. 9.4.2", align="C")


pdf = Doc(format="A4")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 24)
pdf.add_font("LSerif", "", FONTDIR + "LiberationSerif-Regular.ttf")
pdf.add_font("LSerif", "B", FONTDIR + "LiberationSerif-Bold.ttf")
pdf.add_font("LSerif", "I", FONTDIR + "LiberationSerif-Italic.ttf")
pdf.add_font("LSans", "", FONTDIR + "LiberationSans-Regular.ttf")
pdf.add_font("LSans", "B", FONTDIR + "LiberationSans-Bold.ttf")
pdf.set_title("Ordinanza n. 37/2027")
pdf.set_author("Comune di Riva Ligure")
pdf.set_creator("IBIS Atti Amministrativi 9.4")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.alias_nb_pages()
pdf.add_page()

# number / date box as in the other IBIS prints
pdf.set_font("LSerif", "B", 12)
pdf.set_line_width(0.3)
pdf.cell(105, 9, " ORDINANZA SINDACALE", border=1)
pdf.cell(25, 9, "N. 37", border=1, align="C")
pdf.cell(40, 9, "del 16/12/2027", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("LSerif", "", 9.5)
pdf.cell(0, 5, "Ordinanza contingibile e urgente ai sensi dell'art. 54, comma 4, del D.Lgs. n. 267/2000",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LSerif", "B", 11.5)
pdf.cell(22, 6, "OGGETTO:")
pdf.multi_cell(148, 6,
               "CHIUSURA AL TRANSITO PEDONALE E VEICOLARE DI VIA DEL CASTELLO NEL TRATTO "
               "COMPRESO TRA I CIVICI 14 E 22 PER PERICOLO DI CROLLO DEL MURO DI SOSTEGNO "
               "A MONTE DELLA CARREGGIATA.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("LSerif", "B", 14)
pdf.set_char_spacing(4)
pdf.cell(0, 8, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(2)


def par(lead, text):
    pdf.set_font("LSerif", "", 11)
    pdf.multi_cell(0, 5.6, "**%s** %s" % (lead, text), align="J", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


par("VISTA", "la relazione di sopralluogo dell'Ufficio Tecnico comunale prot. n. 12802 del "
    "15/12/2027, dalla quale risulta che il muro di sostegno in pietrame a secco posto a monte "
    "di Via del Castello, nel tratto compreso tra i civici 14 e 22, presenta a seguito delle "
    "intense precipitazioni del 10 e 11 dicembre 2027 un evidente rigonfiamento e il distacco "
    "di elementi lapidei, con pericolo di ulteriori crolli sulla sede stradale;")
par("CONSIDERATO", "che la situazione descritta costituisce grave pericolo per la pubblica "
    "incolumità e che occorre provvedere con immediatezza, non essendo possibile attendere i "
    "tempi ordinari di intervento;")
par("RITENUTO", "pertanto necessario interdire il transito nel tratto interessato sino "
    "all'esecuzione degli interventi di messa in sicurezza, che competono ai proprietari del "
    "fondo sovrastante;")
par("VISTI", "l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, gli artt. 6 e 7 del D.Lgs. "
    "30 aprile 1992, n. 285 (Nuovo Codice della Strada) e lo Statuto comunale;")

pdf.ln(1)
pdf.set_font("LSerif", "B", 13)
pdf.set_char_spacing(5)
pdf.cell(0, 8, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)

points = [
    "la chiusura immediata al transito pedonale e veicolare di Via del Castello nel tratto "
    "compreso tra i civici 14 e 22, con decorrenza dalla notifica della presente ordinanza e "
    "sino al completamento dei lavori di messa in sicurezza;",
    "ai sigg. Lorenzo Ardissone e Maria Grazia Ardissone, proprietari del fondo sovrastante "
    "censito al foglio 4, mappale 318, di provvedere, entro 30 giorni dalla notifica, alla "
    "messa in sicurezza del muro di sostegno tramite tecnico abilitato, dandone comunicazione "
    "all'Ufficio Tecnico comunale;",
    "all'Ufficio Tecnico comunale di installare idonea segnaletica e transennatura alle "
    "estremità del tratto interdetto.",
]
pdf.set_font("LSerif", "", 11)
for i, p in enumerate(points, 1):
    y = pdf.get_y()
    pdf.cell(8, 5.6, "%d." % i)
    pdf.multi_cell(162, 5.6, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

par("AVVERTE", "che in caso di inottemperanza si procederà d'ufficio in danno dei soggetti "
    "inadempienti, fatta salva l'applicazione delle sanzioni di legge, e che avverso il "
    "presente provvedimento è ammesso ricorso al T.A.R. Liguria entro 60 giorni o, in "
    "alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni "
    "dalla notifica.")
par("DISPONE", "che la presente ordinanza sia notificata agli interessati, pubblicata "
    "all'Albo Pretorio on line e trasmessa alla Prefettura di Imperia, alla Stazione dei "
    "Carabinieri di Santo Stefano al Mare e al Comando di Polizia Locale.")

pdf.ln(4)
pdf.set_font("LSerif", "", 11)
pdf.cell(0, 5.5, "Riva Ligure, 16/12/2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(115)
pdf.set_font("LSerif", "B", 11)
pdf.cell(70, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("LSerif", "", 11)
pdf.cell(70, 5.5, "Giorgio Rovere", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("LSerif", "I", 8.5)
pdf.cell(70, 5, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", align="C")
pdf.output(OUT)
