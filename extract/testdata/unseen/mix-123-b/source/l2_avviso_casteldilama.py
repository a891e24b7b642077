#!/usr/bin/env python3
"""Castel di Lama (AP) - avviso pubblico n. 12/2027, contributi alle associazioni.
fpdf2 with an embedded DejaVu Serif (Identity-H subset), justified paragraphs.
House style "sicraweb": crest and name at left, number, protocol and date in a
box at right, the Area named only in the signature."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-associazioni-casteldilama-sicraweb.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
GREEN = (27, 94, 59)


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("sans", "", 7.5)
            self.set_text_color(*GREEN)
            self.cell(0, 4, "Comune di Castel di Lama - Avviso pubblico n. 12/2027", align="L")
            self.ln(8)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(*GREEN)
        self.line(22, self.get_y(), 188, self.get_y())
        self.set_font("sans", "", 7)
        self.cell(0, 5, "Comune di Castel di Lama - Via Roma, 1 - 63082 Castel di Lama (AP) - "
                  "PEC comune.casteldilama@emarche.it", align="L")
        self.cell(0, 5, "Pag. %d/{nb}" % self.page_no(), align="R")


pdf = Doc(format="A4")
pdf.add_font("serif", "", FD + "DejaVuSerif.ttf")
pdf.add_font("serif", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("serif", "I", FD + "DejaVuSerif-Italic.ttf")
pdf.add_font("sans", "", FD + "DejaVuSans.ttf")
pdf.add_font("sans", "B", FD + "DejaVuSans-Bold.ttf")
pdf.set_creator("Sicraweb - Atti amministrativi")
pdf.set_title("Avviso pubblico n. 12/2027")
pdf.set_author("Comune di Castel di Lama")
pdf.set_margins(22, 16, 22)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

# letterhead: crest + name left, box right
pdf.set_draw_color(*GREEN)
pdf.set_fill_color(228, 241, 232)
pdf.set_line_width(0.5)
pdf.rect(22, 14, 15, 18, style="DF")
pdf.set_fill_color(*GREEN)
pdf.rect(25, 22, 9, 3, style="F")
pdf.rect(26.5, 16.5, 2, 6, style="F")
pdf.rect(30.5, 16.5, 2, 6, style="F")
pdf.set_xy(41, 15)
pdf.set_text_color(*GREEN)
pdf.set_font("serif", "B", 15)
pdf.cell(100, 8, "COMUNE DI CASTEL DI LAMA")
pdf.set_xy(41, 23)
pdf.set_text_color(0, 0, 0)
pdf.set_font("serif", "I", 10.5)
pdf.cell(100, 6, "Provincia di Ascoli Piceno")
pdf.rect(148, 13, 40, 20)
pdf.set_font("sans", "B", 9)
pdf.set_xy(150.5, 15)
pdf.cell(36, 4.5, "Avviso n. 12/2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 8.5)
pdf.set_x(150.5)
pdf.cell(36, 4.5, "Prot. n. 15902", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(150.5)
pdf.cell(36, 4.5, "del 12/11/2027", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.8)
pdf.line(22, 37, 188, 37)
pdf.set_line_width(0.2)

pdf.set_y(46)
pdf.set_font("serif", "B", 12)
pdf.multi_cell(0, 6.2, "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI "
               "SPORTIVE, CULTURALI E DI VOLONTARIATO PER L’ANNO 2028", align="C")
pdf.ln(6)


def P(txt, style="", align="J", after=2.4, size=10.5):
    pdf.set_font("serif", style, size)
    pdf.multi_cell(0, 5.4, txt, align=align)
    pdf.ln(after)


def H(txt):
    pdf.set_font("serif", "B", 10.5)
    pdf.cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")


P("In esecuzione della deliberazione della Giunta Comunale n. 141 del 28/10/2027, con la quale "
  "sono stati definiti gli indirizzi per l’erogazione dei contributi per l’anno 2028, e del "
  "vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi "
  "economici, approvato con deliberazione del Consiglio Comunale n. 9 del 26/03/2020,")
P("SI RENDE NOTO", "B", "C")
P("che le associazioni e gli enti senza scopo di lucro che operano nel territorio comunale possono "
  "presentare domanda di contributo per l’attività ordinaria e per le iniziative che intendono "
  "realizzare nel corso dell’anno 2028, secondo le disposizioni che seguono.")
H("Art. 1 – Soggetti beneficiari")
P("Possono presentare domanda le associazioni iscritte all’Albo comunale delle libere forme "
  "associative alla data di scadenza del presente avviso, nonché gli enti del Terzo settore "
  "iscritti al RUNTS con sede operativa nel Comune di Castel di Lama. Sono esclusi i partiti e i "
  "movimenti politici, le organizzazioni sindacali e i soggetti che non abbiano rendicontato i "
  "contributi ricevuti nell’anno precedente.")
H("Art. 2 – Tipologia e misura dei contributi")
P("I contributi sono concessi nei limiti dello stanziamento di € 38.000,00 previsto nel bilancio "
  "di previsione 2028-2030, ripartito come segue: a) attività sportive dilettantistiche e "
  "giovanili, € 16.000,00; b) attività culturali, ricreative e di promozione del territorio, "
  "€ 14.000,00; c) attività di volontariato sociale e di protezione civile, € 8.000,00. Il "
  "contributo non può superare il 70% della spesa ammissibile indicata nel preventivo.")
H("Art. 3 – Criteri di valutazione")
P("Le domande sono valutate da una commissione interna sulla base dei seguenti criteri: rilevanza "
  "dell’iniziativa per la comunità locale (fino a 30 punti); numero di soci e di partecipanti, con "
  "particolare riguardo ai minori e agli anziani (fino a 25 punti); continuità dell’attività svolta "
  "negli ultimi tre anni (fino a 20 punti); capacità di autofinanziamento e di collaborazione con "
  "altre associazioni (fino a 25 punti).")
H("Art. 4 – Termine e modalità di presentazione")
P("Le domande, redatte sul modello allegato al presente avviso e sottoscritte dal legale "
  "rappresentante, devono pervenire entro le ore 13:00 del 15 dicembre 2027 all’Ufficio "
  "Protocollo del Comune, a mano o tramite PEC all’indirizzo comune.casteldilama@emarche.it. "
  "Alla domanda vanno allegati lo statuto (se non già depositato), la relazione sull’attività "
  "programmata, il preventivo di spesa e copia del documento di identità del legale rappresentante.")
H("Art. 5 – Rendicontazione ed erogazione")
P("Il contributo è liquidato entro sessanta giorni dalla presentazione del rendiconto delle spese "
  "sostenute, corredato dei giustificativi, da presentare entro il 31 gennaio 2029. È ammessa, su "
  "richiesta, un’anticipazione non superiore al 40% del contributo concesso.")
H("Art. 6 – Informazioni")
P("Il responsabile del procedimento è la dott.ssa Ilenia Cinciripini, Ufficio Cultura, Sport e "
  "Associazionismo (tel. 0736 818 725). Il presente avviso è pubblicato all’Albo Pretorio on line "
  "e nella sezione “Amministrazione Trasparente – Sovvenzioni, contributi, sussidi, vantaggi "
  "economici” del sito istituzionale.")
pdf.ln(8)
if pdf.get_y() > 240:
    pdf.add_page()
pdf.set_x(108)
pdf.set_font("serif", "", 10.5)
pdf.multi_cell(80, 5.4, "IL RESPONSABILE DELL’AREA AMMINISTRATIVA\n\ndott.ssa Federica Vallorani", align="C")
pdf.set_x(108)
pdf.set_font("serif", "I", 7)
pdf.multi_cell(80, 4, "(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C")
pdf.output(OUT)
