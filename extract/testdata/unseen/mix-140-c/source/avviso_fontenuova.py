#!/usr/bin/env python3
"""Fonte Nuova (Sicraweb-like): unnumbered avviso pubblico of the Servizio
Politiche Sociali e Abitative, drawn with fpdf2 (DejaVu / Liberation TTF)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
LS = "/usr/share/fonts/truetype/liberation/"


class P(FPDF):
    def header(self):
        # crest
        self.set_fill_color(28, 63, 119)
        self.set_draw_color(0, 0, 0)
        x, y = 18, 12
        self.polygon([(x, y), (x + 15, y), (x + 15, y + 10), (x + 7.5, y + 18), (x, y + 10)], style="DF")
        self.set_fill_color(232, 197, 71)
        self.ellipse(x + 5, y + 3, 5, 5, style="F")
        self.set_xy(38, 12)
        self.set_font("LSB", size=15)
        self.set_text_color(28, 63, 119)
        self.cell(0, 7, "COMUNE DI FONTE NUOVA", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_x(38)
        self.set_font("LS", size=9.5)
        self.cell(0, 5, "Città Metropolitana di Roma Capitale", new_x="LMARGIN", new_y="NEXT")
        self.set_x(38)
        self.set_font("LS", size=7.5)
        self.cell(0, 4, "Via Niccolò Machiavelli, 1 – 00013 Fonte Nuova (RM) – www.comune.fonte-nuova.rm.it", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(28, 63, 119)
        self.set_line_width(0.6)
        self.line(18, 33, 192, 33)
        self.set_line_width(0.2)
        self.set_y(37)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", size=7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Settore III – Servizi alla Persona – Servizio Politiche Sociali e Abitative – tel. 06 9050 2210 – servizisociali@comune.fonte-nuova.rm.it", align="C")
        self.set_text_color(0, 0, 0)


pdf = P(format="A4")
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LS", "", LS + "LiberationSans-Regular.ttf")
pdf.add_font("LSB", "", LS + "LiberationSans-Bold.ttf")
pdf.add_font("LSI", "", LS + "LiberationSans-Italic.ttf")
pdf.set_creator("Sicraweb - Gestione Atti")
pdf.set_title("Avviso pubblico contributo locazioni 2028")
pdf.add_page()

pdf.set_font("LSB", size=10)
pdf.cell(0, 5, "SETTORE III – SERVIZI ALLA PERSONA", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSI", size=9.5)
pdf.cell(0, 5, "Servizio Politiche Sociali e Abitative", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("LSB", size=16)
pdf.cell(0, 9, "AVVISO PUBBLICO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("LSB", size=11.5)
pdf.multi_cell(0, 6, "CONTRIBUTO INTEGRATIVO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE\nANNUALITÀ 2028 (ART. 11 DELLA LEGGE 9 DICEMBRE 1998, N. 431)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

def par(txt, bold_lead=None, h=5.2):
    if bold_lead:
        pdf.set_font("LSB", size=10.5)
        pdf.write(h, bold_lead)
    pdf.set_font("LS", size=10.5)
    pdf.write(h, txt)
    pdf.ln(h + 1.6)

pdf.set_font("LSB", size=10.5)
pdf.cell(0, 6, "IL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
par("che, in attuazione della deliberazione della Giunta Regionale del Lazio di riparto del Fondo per il sostegno all'accesso alle abitazioni in locazione e della determinazione del Settore III n. 2 del 09/01/2029, dal 15/01/2029 al 28/02/2029 i cittadini in possesso dei requisiti sotto indicati possono presentare domanda per ottenere il contributo integrativo per il pagamento dei canoni di locazione relativi all'anno 2028.", "RENDE NOTO ")
pdf.set_font("LSB", size=10.5)
pdf.cell(0, 6, "1. Requisiti per l'accesso", new_x="LMARGIN", new_y="NEXT")
for t in ["cittadinanza italiana o di uno Stato dell'Unione Europea, ovvero titolo di soggiorno in corso di validità;",
          "residenza anagrafica nel Comune di Fonte Nuova nell'alloggio oggetto del contratto di locazione;",
          "titolarità di un contratto di locazione ad uso abitativo regolarmente registrato, con esclusione degli immobili nelle categorie catastali A/1, A/8 e A/9;",
          "ISEE ordinario o corrente non superiore a euro 14.000,00, con incidenza del canone sul reddito superiore al 24%."]:
    pdf.set_font("LS", size=10.5)
    pdf.set_x(24)
    pdf.multi_cell(0, 5.2, "–  " + t, new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LSB", size=10.5)
pdf.cell(0, 6, "2. Modalità e termini di presentazione", new_x="LMARGIN", new_y="NEXT")
par("La domanda deve essere redatta esclusivamente sul modello allegato al presente avviso, disponibile presso l'Ufficio Relazioni con il Pubblico e sul sito istituzionale, e presentata entro le ore 12:00 del 28/02/2029 a mezzo PEC all'indirizzo protocollo@pec.comune.fonte-nuova.rm.it oppure a mano all'Ufficio Protocollo, nei giorni e negli orari di apertura al pubblico.")
pdf.set_font("LSB", size=10.5)
pdf.cell(0, 6, "3. Formazione della graduatoria ed erogazione", new_x="LMARGIN", new_y="NEXT")
par("Le domande ammissibili saranno collocate in graduatoria secondo l'incidenza del canone sul valore ISEE. Il contributo sarà erogato nei limiti delle risorse assegnate dalla Regione Lazio e non potrà comunque superare l'importo del canone annuo effettivamente corrisposto.")
pdf.set_font("LSB", size=10.5)
pdf.cell(0, 6, "4. Trattamento dei dati personali", new_x="LMARGIN", new_y="NEXT")
par("I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del presente avviso. Responsabile del procedimento è la Dott.ssa Silvia Maranzano, istruttore direttivo del Servizio Politiche Sociali e Abitative.")
pdf.ln(3)
pdf.set_font("LS", size=10.5)
pdf.cell(0, 6, "Fonte Nuova, 11/01/2029", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_x(115)
pdf.set_font("LSB", size=10.5)
pdf.multi_cell(75, 5.2, "IL RESPONSABILE DEL SERVIZIO\nPOLITICHE SOCIALI E ABITATIVE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("LS", size=10.5)
pdf.multi_cell(75, 5.2, "Dott. Gianluca Ferri", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("LSI", size=8)
pdf.multi_cell(75, 4, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(out)
