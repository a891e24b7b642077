#!/usr/bin/env python3
"""Comune di Santa Maria a Vico - house style "hypersic" (crest and name on
the left, the office in the letterhead's right column, letter-spaced title,
register band, running foot) for a determinazione of a Servizio that sits
under no Area: the heading names the "Responsabile del Servizio", the
Servizio is in the right column and in the signature block.
fpdf2 with embedded Liberation fonts; justified text, title set with Tc."""
import sys, os
from fpdf import FPDF
from fpdf.enums import Align

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "determinazione-santamariaavico-hypersic-tributi.pdf")
FD = "/usr/share/fonts/truetype/liberation2/"

class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(122, 16, 32); self.set_draw_color(0, 0, 0)
            # crest
            self.polygon([(20, 14), (33, 14), (33, 24), (26.5, 31), (20, 24)], style="DF")
            self.set_draw_color(233, 196, 106); self.set_line_width(1.2)
            self.line(23, 18, 30, 18); self.line(26.5, 16, 26.5, 27)
            self.set_line_width(0.2); self.set_draw_color(0, 0, 0)
            self.set_text_color(122, 16, 32); self.set_font("LS", "B", 14.5)
            self.text(36, 20, "COMUNE DI SANTA MARIA A VICO")
            self.set_text_color(0, 0, 0); self.set_font("LR", "I", 10)
            self.text(36, 25, "Provincia di Caserta")
            self.set_font("LS", "B", 9.5)
            self.set_xy(118, 12); self.cell(72, 4.6, "SERVIZIO FINANZIARIO E TRIBUTI", align="R")
            self.set_font("LS", "", 8)
            for i, t in enumerate(["Piazza Roma, 1 – 81028 Santa Maria a Vico (CE)",
                                   "tel. 0823 759520 – tributi@comunesantamariaavico.it",
                                   "PEC: ragioneria@pec.comunesantamariaavico.it"]):
                self.set_xy(108, 16.8 + i * 4); self.cell(82, 4, t, align="R")
            self.set_draw_color(122, 16, 32); self.set_line_width(0.4)
            self.line(20, 33.5, 190, 33.5); self.line(20, 34.4, 190, 34.4)
            self.set_line_width(0.2); self.set_draw_color(0, 0, 0)
            self.set_y(40)
        else:
            self.set_y(18)
    def footer(self):
        self.set_y(-15); self.set_font("LS", "", 7.5); self.set_text_color(50, 50, 50)
        self.cell(120, 4, "Determinazione R.G. n. 302 del 27/07/2027 – Servizio Finanziario e Tributi")
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

pdf = P("P", "mm", "A4")
pdf.add_font("LR", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("LR", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("LR", "I", FD + "LiberationSerif-Italic.ttf")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_margins(20, 18, 20)
pdf.set_auto_page_break(True, 22)
import datetime, fpdf as _fpdf
pdf.set_producer("fpdf2 " + _fpdf.__version__)
if os.environ.get("SOURCE_DATE_EPOCH"):
    pdf.set_creation_date(datetime.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), datetime.timezone.utc))
pdf.set_creator("Hypersic - Atti Amministrativi")
pdf.set_title("Determinazione R.G. 302/2027")
pdf.add_page()

pdf.set_font("LS", "B", 14); pdf.set_char_spacing(4.2)
pdf.cell(0, 7, "DETERMINAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("LS", "B", 10.5)
pdf.cell(0, 6, "DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "", 9.5)
pdf.cell(85, 7, "Registro Generale  N. 302 del 27/07/2027", border=1)
pdf.cell(85, 7, "Registro del Servizio  N. 38 del 26/07/2027", border=1, new_x="LMARGIN", new_y="NEXT")
subj = ("APPROVAZIONE DEL RUOLO ORDINARIO DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2027 E AFFIDAMENTO "
        "DEL SERVIZIO DI STAMPA, IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO – CIG B8E2D7710C.")
pdf.set_font("LS", "B", 9.8)
y0 = pdf.get_y()
pdf.set_x(20); pdf.cell(22, 6.5, "OGGETTO:")
pdf.set_xy(42, y0 + 1.2)
pdf.multi_cell(146, 5, subj, align=Align.J)
y1 = pdf.get_y() + 1.5
pdf.rect(20, y0, 170, y1 - y0)
pdf.set_y(y1 + 5)

def heading(t):
    pdf.ln(1); pdf.set_font("LR", "B", 11.5); pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)

def par(lead, text):
    pdf.set_font("LR", "", 11.2)
    pdf.multi_cell(0, 5.6, "**%s** %s" % (lead, text) if lead else text, align=Align.J, markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

heading("IL RESPONSABILE DEL SERVIZIO")
par("Visto", "il decreto sindacale n. 2 del 05/01/2027 con il quale è stata conferita al sottoscritto la "
    "responsabilità del Servizio Finanziario e Tributi, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")
par("Premesso", "che con deliberazione del Consiglio Comunale n. 9 del 28/04/2027 sono state approvate le tariffe "
    "della tassa sui rifiuti (TARI) per l'anno 2027, sulla base del Piano Economico Finanziario validato "
    "dall'Ente territorialmente competente, e sono state stabilite tre rate di versamento, con scadenza al "
    "16 settembre, al 16 novembre 2027 e al 16 gennaio 2028;")
par("Dato atto", "che l'Ufficio Tributi ha elaborato il ruolo ordinario della TARI per l'anno 2027 sulla base "
    "delle dichiarazioni presentate dai contribuenti e delle variazioni anagrafiche, per un numero complessivo di "
    "5.412 utenze domestiche e 611 utenze non domestiche e per un importo complessivo di € 2.968.440,00, "
    "comprensivo del tributo provinciale per la tutela dell'ambiente (TEFA);")
par("Considerato", "che occorre provvedere alla stampa, all'imbustamento e al recapito degli avvisi di "
    "pagamento, comprensivi dei modelli di versamento PagoPA precompilati, e che il servizio non può essere "
    "svolto con il personale e le attrezzature dell'Ente;")
par("Vista", "l'offerta presentata, a seguito di richiesta di preventivo tramite la piattaforma di "
    "approvvigionamento digitale, dalla ditta POSTEL SUD SERVIZI S.R.L. di Marcianise (CE), P.IVA 04417780612, "
    "per il prezzo unitario di € 0,98 per avviso, oltre IVA, e così per complessivi € 5.902,54 oltre IVA 22%, "
    "pari a € 7.201,10, ritenuta congrua;")
par("Richiamati", "l'art. 1, commi 641 e seguenti, della Legge 27 dicembre 2013, n. 147; l'art. 50, comma 1, "
    "lett. b) del D.Lgs. 31 marzo 2023, n. 36; gli articoli 107, 147-bis, 183 e 191 del D.Lgs. 267/2000;")
heading("DETERMINA")
pts = ["di approvare il ruolo ordinario della tassa sui rifiuti (TARI) per l'anno 2027, per un importo "
       "complessivo di € 2.968.440,00, comprensivo del tributo provinciale (TEFA), come da elenchi conservati "
       "agli atti dell'Ufficio Tributi;",
       "di accertare l'entrata di € 2.827.085,00 al Titolo 1, Tipologia 101, capitolo 180 \"Tassa sui rifiuti - TARI\" "
       "del bilancio 2027/2029, esercizio 2027;",
       "di affidare alla ditta POSTEL SUD SERVIZI S.R.L. di Marcianise (CE) il servizio di stampa, imbustamento e "
       "postalizzazione degli avvisi di pagamento, per l'importo di € 5.902,54 oltre IVA 22%;",
       "di impegnare la spesa di € 7.201,10 alla Missione 1, Programma 4, Titolo 1, capitolo 1080/2 del bilancio "
       "2027/2029, esercizio 2027, dando atto che la spesa è esigibile nel corrente esercizio;",
       "di attestare la regolarità tecnica e contabile del presente provvedimento ai sensi dell'art. 147-bis del "
       "D.Lgs. 267/2000 e di disporne la pubblicazione all'Albo Pretorio on line per quindici giorni consecutivi."]
pdf.set_font("LR", "", 11.2)
for i, t in enumerate(pts, 1):
    pdf.set_x(20); pdf.cell(7, 5.6, "%d)" % i)
    pdf.multi_cell(163, 5.6, t, align=Align.J, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.2)
pdf.ln(8)
if pdf.get_y() > 250:
    pdf.add_page()
pdf.set_font("LR", "", 11)
for t in ["IL RESPONSABILE DEL SERVIZIO FINANZIARIO E TRIBUTI", "Dott. Antonio Crisci"]:
    pdf.set_x(95); pdf.cell(95, 5.6, t, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LR", "I", 8.5); pdf.set_x(95)
pdf.cell(95, 5, "Firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "B", 9.5)
pdf.cell(0, 5, "ATTESTAZIONE DI COPERTURA FINANZIARIA", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 9)
pdf.multi_cell(0, 4.6, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000: "
               "impegno n. 611/2027, capitolo 1080/2, € 7.201,10. Accertamento n. 204/2027, capitolo 180, "
               "€ 2.827.085,00. Santa Maria a Vico, 27/07/2027. Il Responsabile del Servizio Finanziario e Tributi "
               "Dott. Antonio Crisci (firmato digitalmente).", align=Align.J)
pdf.output(out)
