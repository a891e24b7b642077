"""Comune di Margherita di Savoia, ordinanza sindacale (allerta meteo).
House style "Tecsis": crest and letterhead on the left, a grey band over the
title naming the issuing office, "ORDINANZA ... N. x DEL gg/mm/aaaa" with the
general register on the right, the subject as a bold line without a label,
a running foot with the number and the page.
fpdf2 with core Helvetica; justified paragraphs use word spacing (Tw)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
NUM = "Ordinanza sindacale n. 9 del 07/03/2028"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest
            self.set_line_width(0.3)
            self.rect(18, 12, 14, 16)
            self.line(18, 24, 25, 30)
            self.line(32, 24, 25, 30)
            self.set_xy(36, 12)
            self.set_font("Helvetica", "B", 15)
            self.cell(0, 7, "COMUNE DI MARGHERITA DI SAVOIA", new_x="LMARGIN", new_y="NEXT")
            self.set_x(36)
            self.set_font("Helvetica", "", 9.5)
            self.cell(0, 5, "Provincia di Barletta-Andria-Trani", new_x="LMARGIN", new_y="NEXT")
            self.set_x(36)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, "Piazza Libertà, 1 - 76016 Margherita di Savoia (BT) - Tel. 0883 659111 - "
                      "PEC: protocollo@pec.comune.margheritadisavoia.bt.it", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.6)
            self.line(18, 33, 192, 33)
            self.set_line_width(0.2)
            self.line(18, 34, 192, 34)
            self.set_y(38)
        else:
            self.set_y(12)

    def footer(self):
        self.set_y(-16)
        self.set_line_width(0.2)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("Helvetica", "", 7)
        self.cell(90, 5, "Comune di Margherita di Savoia")
        self.cell(0, 5, "%s - Pag. %d di {nb}" % (NUM, self.page_no()), align="R")


pdf = Doc(format="A4")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("Tecsis Atti Web - Ordinanze")
import fpdf
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.set_title(NUM)
pdf.add_page()

# band over the title
pdf.set_fill_color(225, 225, 225)
pdf.set_font("Helvetica", "B", 9)
pdf.cell(0, 6, "UFFICIO DEL SINDACO", align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 12)
pdf.cell(120, 7, "ORDINANZA SINDACALE N. 9 DEL 07/03/2028")
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(0, 7, "Reg. Gen. N. 104", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(0, 5.2, "Chiusura delle scuole di ogni ordine e grado, degli impianti sportivi, dei parchi, "
               "delle villette comunali e del cimitero per la giornata di mercoledì 8 marzo 2028 a seguito "
               "di allerta meteo di livello arancione.", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def p(text, after=1.5):
    pdf.set_font("Helvetica", "", 10.2)
    pdf.multi_cell(0, 5.0, text, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


p("**VISTO** il messaggio di allerta per rischio meteorologico, idrogeologico e idraulico n. 28/2028, emesso "
  "in data 7 marzo 2028 alle ore 13:30 dalla Sezione Protezione Civile della Regione Puglia, con il quale è "
  "stato dichiarato per la giornata di mercoledì 8 marzo 2028, dalle ore 0:00 alle ore 24:00, il livello di "
  "allerta ARANCIONE per rischio idrogeologico e per venti forti sulla zona di allertamento comprendente il "
  "territorio comunale;")
p("**CONSIDERATO** che sono previsti venti forti dai quadranti settentrionali, con raffiche di burrasca "
  "forte, e mareggiate lungo le coste esposte, con possibili danni alle strutture, caduta di alberi e di "
  "elementi non strutturali degli edifici;")
p("**CONSIDERATO** che il territorio comunale, per la sua conformazione litoranea e per la presenza delle "
  "saline e delle aree umide retrostanti, è particolarmente esposto agli effetti delle mareggiate e degli "
  "allagamenti;")
p("**SENTITI** il Responsabile del Settore IV - Polizia Locale e Protezione Civile e il referente comunale "
  "della Protezione Civile, riuniti in data odierna;")
p("**RITENUTO** necessario e urgente, a tutela della pubblica incolumità, adottare misure precauzionali volte "
  "a ridurre la presenza di persone all'aperto e negli edifici pubblici durante la fase di allerta;")
p("**VISTI** gli articoli 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267 e gli articoli 6 e 12 del "
  "D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile);", after=3)

pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10.2)
pdf.cell(0, 6, "per l'intera giornata di mercoledì 8 marzo 2028:", new_x="LMARGIN", new_y="NEXT")
items = [
    "la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, presenti sul territorio "
    "comunale, compresi gli asili nido e i servizi educativi per l'infanzia;",
    "la chiusura degli impianti sportivi comunali, dei parchi, delle villette comunali e del cimitero "
    "comunale;",
    "il divieto di accesso e di sosta sui moli, sulle scogliere, sulle spiagge e lungo la passeggiata a "
    "mare;",
    "la sospensione del mercato settimanale e di ogni manifestazione pubblica all'aperto.",
]
for i, t in enumerate(items, 1):
    pdf.set_x(18)
    pdf.cell(8, 5.0, "%d)" % i)
    pdf.multi_cell(0, 5.0, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "RACCOMANDA", align="C", new_x="LMARGIN", new_y="NEXT")
p("alla cittadinanza di limitare gli spostamenti allo stretto necessario, di non sostare sotto alberi, "
  "impalcature e cartelloni pubblicitari, di mettere in sicurezza vasi, tende e altri oggetti esposti al "
  "vento e di seguire gli aggiornamenti diffusi dal Comune attraverso il sito istituzionale e i canali "
  "social.", after=3)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "DISPONE", align="C", new_x="LMARGIN", new_y="NEXT")
p("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale e trasmessa "
  "ai Dirigenti scolastici degli istituti presenti sul territorio, alla Prefettura - Ufficio Territoriale del "
  "Governo di Barletta-Andria-Trani, al Comando di Polizia Locale, alla Stazione dei Carabinieri e "
  "all'Ufficio Locale Marittimo, ciascuno per quanto di competenza.")
p("Contro il presente provvedimento è ammesso ricorso al T.A.R. Puglia - Bari entro 60 giorni dalla "
  "pubblicazione o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni.",
  after=5)
pdf.set_font("Helvetica", "", 10.2)
pdf.cell(0, 6, "Margherita di Savoia, 7 marzo 2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Helvetica", "B", 10.2)
pdf.cell(80, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "", 10.2)
pdf.cell(80, 5.5, "Dott. Raffaele Cassano", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "I", 8.5)
pdf.cell(80, 5, "(firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005)", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
