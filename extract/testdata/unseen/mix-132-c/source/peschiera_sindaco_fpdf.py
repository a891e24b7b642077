#!/usr/bin/env python3
"""Peschiera del Garda (Veneto), Sicraweb-like house style printed by fpdf2
with embedded Liberation Sans: the Sindaco's numbered avviso, justified
text, a running head with the avviso's number from page 2 and a running
foot with it on every page. Usage: peschiera_sindaco_fpdf.py CREST.png OUT.pdf"""
import sys
import fpdf
from fpdf import FPDF

crest, out = sys.argv[1], sys.argv[2]
FD = "/usr/share/fonts/truetype/liberation/"
NUM = "Avviso n. 9/2028 del 11/08/2028"


class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.image(crest, 20, 12, 14)
            self.set_xy(38, 15); self.set_font("LS", "B", 13); self.set_text_color(30, 50, 90)
            self.cell(100, 6, "COMUNE DI PESCHIERA DEL GARDA")
            self.set_xy(38, 22); self.set_font("LS", "", 9); self.set_text_color(0)
            self.cell(60, 5, "Provincia di Verona")
            self.set_xy(130, 16); self.set_font("LS", "B", 10)
            self.cell(60, 5, "Il Sindaco", align="R")
            self.set_draw_color(30, 50, 90); self.set_line_width(0.3); self.line(20, 33, 190, 33)
            self.set_y(40)
        else:
            self.set_font("LS", "", 7.5); self.set_text_color(90)
            self.set_xy(20, 10); self.cell(120, 4, "Comune di Peschiera del Garda – Il Sindaco")
            self.set_xy(130, 10); self.cell(60, 4, NUM, align="R")
            self.set_draw_color(120); self.set_line_width(0.2); self.line(20, 15, 190, 15)
            self.set_text_color(0); self.set_y(22)

    def footer(self):
        self.set_draw_color(120); self.set_line_width(0.2); self.line(20, 280, 190, 280)
        self.set_font("LS", "", 7); self.set_text_color(70)
        self.set_xy(20, 281.5)
        self.cell(130, 3.5, "Comune di Peschiera del Garda – Piazzale Betteloni, 15 – 37019 Peschiera del Garda (VR) "
                  "– PEC: protocollo@pec.comune.peschieradelgarda.vr.it")
        self.set_xy(130, 285.5)
        self.cell(60, 3.5, "Avviso n. 9/2028 – Pag. %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0)


pdf = P(format="A4")
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_margins(20, 20, 20); pdf.set_auto_page_break(True, 22)
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Sicraweb - Atti del Sindaco"); pdf.set_title("Avviso n. 9/2028 - candidature CdA Fondazione")
pdf.alias_nb_pages()
pdf.add_page()

# number box, where the protocol box stands in the model
pdf.set_font("LS", "", 9.5); pdf.set_draw_color(100); pdf.set_line_width(0.2)
pdf.cell(72, 6.5, NUM, border=1); pdf.ln(12)


def par(t, style="", size=10.5, align="J", after=1.8, h=5.3):
    pdf.set_font("LS", style, size)
    pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("LS", "B", 10.5)
pdf.cell(18, 5.3, "Oggetto:")
pdf.multi_cell(0, 5.3, "Avviso pubblico per la presentazione delle candidature alla nomina di due componenti "
               "del Consiglio di Amministrazione della Fondazione Scuola dell'Infanzia “San Martino” di "
               "Peschiera del Garda.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
par("IL SINDACO", "B", align="C", after=3)
par("Visto l'art. 50, comma 8, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce al Sindaco la nomina, la "
    "designazione e la revoca dei rappresentanti del Comune presso enti, aziende e istituzioni, sulla base "
    "degli indirizzi stabiliti dal Consiglio Comunale;")
par("Vista la deliberazione del Consiglio Comunale n. 12 del 29/03/2025, con la quale sono stati definiti gli "
    "indirizzi per la nomina dei rappresentanti del Comune presso enti, aziende e istituzioni;")
par("Visto l'art. 9 dello Statuto della Fondazione Scuola dell'Infanzia “San Martino”, che riserva al Sindaco "
    "del Comune di Peschiera del Garda la nomina di due dei cinque componenti del Consiglio di "
    "Amministrazione;")
par("Considerato che il Consiglio di Amministrazione in carica scade con l'approvazione del bilancio "
    "dell'esercizio 2027/2028 e che occorre pertanto provvedere alle nuove nomine;")
par("RENDE NOTO", "B", align="C", after=3)
par("che i cittadini interessati possono presentare la propria candidatura alla nomina di componente del "
    "Consiglio di Amministrazione della Fondazione Scuola dell'Infanzia “San Martino”, secondo le modalità "
    "di seguito indicate.")
sections = [
    ("1. Requisiti", "I candidati devono possedere i requisiti per l'elezione a consigliere comunale, non "
     "trovarsi in alcuna delle situazioni di inconferibilità e incompatibilità previste dal D.Lgs. 8 aprile "
     "2013, n. 39, e possedere una specifica competenza tecnica, amministrativa o professionale, "
     "preferibilmente nei settori dell'educazione, della gestione di enti senza scopo di lucro o della "
     "contabilità, desumibile dal curriculum."),
    ("2. Durata e compenso", "Gli amministratori nominati durano in carica quattro esercizi e sono "
     "rieleggibili una sola volta. L'incarico è gratuito, salvo il rimborso delle spese documentate "
     "sostenute per ragioni del mandato."),
    ("3. Presentazione delle candidature", "Le candidature, redatte sul modello allegato al presente avviso, "
     "sottoscritte e corredate del curriculum vitae e di copia di un documento di identità, devono pervenire "
     "entro le ore 12:00 di lunedì 11 settembre 2028 all'indirizzo PEC "
     "protocollo@pec.comune.peschieradelgarda.vr.it oppure, in busta chiusa recante la dicitura "
     "“Candidatura CdA Fondazione San Martino”, all'Ufficio Protocollo del Comune."),
    ("4. Nomina", "Il Sindaco, valutati i curricula e, se ritenuto opportuno, previo colloquio, provvede alla "
     "nomina con proprio decreto, nel rispetto del principio di equilibrio tra i generi. Il presente avviso "
     "non vincola l'Amministrazione e non dà luogo a graduatorie."),
    ("5. Trattamento dei dati personali", "I dati personali forniti sono trattati dal Comune di Peschiera "
     "del Garda, titolare del trattamento, esclusivamente per le finalità del presente procedimento, ai "
     "sensi del Regolamento (UE) 2016/679. L'informativa completa è allegata al modello di candidatura."),
    ("6. Informazioni", "Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito istituzionale "
     "per trenta giorni consecutivi. Informazioni possono essere richieste all'Ufficio Segreteria Generale "
     "(tel. 045 6444711, segreteria@comune.peschieradelgarda.vr.it)."),
]
for h, t in sections:
    par(h, "B", after=0.5)
    par(t)
pdf.ln(4)
par("Peschiera del Garda, 11 agosto 2028", align="L", after=8)
pdf.set_x(110); pdf.set_font("LS", "", 10.5); pdf.cell(80, 5, "Luigi Girelli", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("LS", "I", 7)
pdf.cell(80, 4, "(documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", align="C")
pdf.output(out)
