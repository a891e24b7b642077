#!/usr/bin/env python3
"""Aci Sant'Antonio, deliberazione della Commissione Straordinaria con i poteri
del Consiglio Comunale n. 5 del 24/01/2029: fpdf2, Urbi-like layout (DejaVu
Sans). Sicilian pattern: the verbale approves "l'allegata proposta", which
follows on its own page with its PROPONE points and the pareri.
Usage: cs05_aci_fpdf.py OUT.pdf CRESTDIR"""
import datetime
import os
import sys

from fpdf import FPDF

out, crestdir = sys.argv[1], sys.argv[2]
D = "/usr/share/fonts/truetype/dejavu/"
FOOT = "Deliberazione della Commissione Straordinaria con i poteri del Consiglio Comunale n. 5 del 24/01/2029"
SUBJ = ("RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO AI SENSI DELL'ART. 194, COMMA 1, LETT. A), "
        "DEL D.LGS. N. 267/2000, DERIVANTE DALLA SENTENZA DEL TRIBUNALE DI CATANIA N. 4127/2028")


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_draw_color(90)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("DV", "", 6.8)
        self.set_text_color(80)
        self.cell(150, 5, FOOT)
        self.cell(0, 5, "pag. %d" % self.page_no(), align="R")
        self.set_text_color(0)
        self.set_draw_color(0)


pdf = Doc(format="A4")
pdf.add_font("DV", "", D + "DejaVuSans.ttf")
pdf.add_font("DV", "B", D + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_margins(18, 12, 18)
pdf.set_auto_page_break(True, 20)
pdf.set_title(FOOT)
pdf.set_author("Comune di Aci Sant'Antonio")
pdf.set_creator("URBI Smart - Atti Amministrativi")
pdf.set_creation_date(datetime.datetime(2029, 1, 25, 8, 51, 37, tzinfo=datetime.timezone.utc))


def letterhead():
    pdf.image(os.path.join(crestdir, "crest_aci.png"), x=18, y=12, w=13, h=16)
    pdf.set_xy(35, 14)
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 7, "COMUNE DI ACI SANT'ANTONIO")
    pdf.set_xy(35, 21)
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Città Metropolitana di Catania")
    pdf.set_line_width(0.35)
    pdf.line(18, 30, 192, 30)
    pdf.set_line_width(0.2)
    pdf.set_y(35)


def par(t, size=9.2, h=4.9, style="", align="J", after=1.6):
    pdf.set_font("DV", style, size)
    pdf.multi_cell(0, h, t, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def subject_box(label="OGGETTO:"):
    y = pdf.get_y()
    pdf.set_fill_color(238)
    pdf.set_font("DV", "B", 9.2)
    pdf.set_xy(45, y + 1.5)
    pdf.multi_cell(145, 4.9, SUBJ, align="J", new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y() + 1.5
    pdf.rect(18, y, 174, y2 - y)
    pdf.set_xy(20, y + 1.5)
    pdf.cell(24, 4.9, label)
    pdf.set_y(y2 + 4)


pdf.add_page()
letterhead()
par("**DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA**", size=11.5, h=6, align="C", after=0)
par("con i poteri del Consiglio Comunale", size=10, align="C", after=0)
par("(nominata con D.P.R. del 03/10/2028, ai sensi dell'art. 143 del D.Lgs. n. 267/2000)", size=7.8, align="C",
    after=3)
pdf.set_font("DV", "B", 10)
pdf.set_x(122)
pdf.cell(30, 7, "N. 5", border=1, align="C")
pdf.cell(40, 7, "del 24/01/2029", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
subject_box()
par("L'anno **duemilaventinove**, il giorno **ventiquattro** del mese di **gennaio**, alle ore **10:00** e "
    "seguenti, nella Casa Comunale, si è riunita la Commissione Straordinaria, nominata con D.P.R. del 3 ottobre "
    "2028, ai sensi dell'art. 143 del D.Lgs. 18 agosto 2000, n. 267.")
par("Sono presenti i componenti: Dott. Salvatore Migneco e Dott. Antonino Cutrona. È assente la Dott.ssa Maria "
    "Grazia Lo Faro, Presidente.")
par("Presiede la seduta il Dott. Salvatore Migneco, componente della Commissione Straordinaria, in assenza della "
    "Presidente.")
par("Partecipa la Dott.ssa Rosaria Pappalardo, Funzionario con funzioni di segretario verbalizzante, stante "
    "l'assenza del Segretario Generale e del Vice Segretario Generale.")
pdf.ln(1)
par("**LA COMMISSIONE STRAORDINARIA**", align="C", after=2.5)
for t in [
    "Vista l'allegata proposta di deliberazione n. 7 del 17/01/2029, predisposta dal III Settore - Servizi "
    "Finanziari e Tributi, avente ad oggetto quanto sopra indicato;",
    "Dato atto che sulla proposta sono stati espressi i pareri di regolarità tecnica e contabile prescritti "
    "dall'art. 53 della L. 142/1990, come recepito dalla L.R. 48/1991, e dall'art. 49 del D.Lgs. 267/2000, "
    "nonché il parere dell'Organo di revisione economico-finanziaria ai sensi dell'art. 239 del D.Lgs. "
    "267/2000;",
    "Ritenuto di condividere la proposta e di doverla approvare;",
    "Visto l'O.R.EE.LL. vigente nella Regione Siciliana;",
    "Con voti unanimi favorevoli dei componenti presenti, espressi in forma palese;",
]:
    par(t)
par("**DELIBERA**", align="C", after=2.5)
par("di approvare integralmente l'allegata proposta di deliberazione, che qui si intende integralmente "
    "trascritta, facendone propria la narrativa, la motivazione e il dispositivo.")
par("Il presente atto diviene esecutivo decorsi dieci giorni dalla sua pubblicazione all'Albo Pretorio on line, ai "
    "sensi dell'art. 12, comma 1, della L.R. 3 dicembre 1991, n. 44.")
pdf.ln(3)
par("Letto, approvato e sottoscritto.")
pdf.set_font("DV", "B", 8.8)
pdf.cell(87, 5, "I COMPONENTI DELLA COMMISSIONE STRAORDINARIA", align="C")
pdf.cell(87, 5, "IL SEGRETARIO VERBALIZZANTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 8.8)
pdf.cell(87, 5, "Dott. Salvatore Migneco", align="C")
pdf.cell(87, 5, "Dott.ssa Rosaria Pappalardo", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(87, 5, "Dott. Antonino Cutrona", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
par("Firme apposte digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005 (Codice dell'Amministrazione Digitale).",
    size=7.8, align="C")

# the attached proposal
pdf.add_page()
letterhead()
par("**PROPOSTA DI DELIBERAZIONE PER LA COMMISSIONE STRAORDINARIA CON I POTERI DEL CONSIGLIO COMUNALE**",
    size=10, align="C", after=1)
par("Proposta n. 7 del 17/01/2029 - Settore proponente: III Settore - Servizi Finanziari e Tributi", size=9,
    align="C", after=4)
subject_box()
par("**IL RESPONSABILE DEL III SETTORE**", align="C", after=2.5)
for t in [
    "Premesso che con sentenza n. 4127/2028, depositata il 14/11/2028 e notificata in forma esecutiva il "
    "05/12/2028, il Tribunale di Catania, Sezione III Civile, ha condannato il Comune di Aci Sant'Antonio al "
    "pagamento in favore della ditta Etna Strade S.r.l. della somma di euro 31.480,00 a titolo di corrispettivo "
    "per lavori di manutenzione straordinaria della viabilità comunale eseguiti nell'anno 2021, oltre interessi "
    "legali per euro 2.914,36 e spese di giudizio liquidate in euro 4.347,80;",
    "Considerato che il debito derivante da sentenza esecutiva rientra nella fattispecie di cui all'art. 194, "
    "comma 1, lett. a), del D.Lgs. 267/2000 e che il riconoscimento della legittimità del debito costituisce atto "
    "dovuto, al fine di evitare ulteriori oneri a carico dell'Ente derivanti da procedure esecutive;",
    "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 3 del 21/01/2029;",
]:
    par(t)
par("**PROPONE**", align="C", after=2.5)
for k, t in enumerate([
    "di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000, la legittimità del debito "
    "fuori bilancio derivante dalla sentenza del Tribunale di Catania n. 4127/2028, per complessivi euro "
    "38.742,16;",
    "di imputare la spesa alla Missione 1, Programma 11, del bilancio di previsione 2029-2031, esercizio 2029, "
    "dove è stato previsto apposito stanziamento;",
    "di trasmettere il presente atto alla Procura Regionale della Corte dei conti per la Regione Siciliana, ai "
    "sensi dell'art. 23, comma 5, della L. 27 dicembre 2002, n. 289.",
], 1):
    pdf.set_font("DV", "", 9.2)
    pdf.cell(7, 4.9, "%d." % k)
    pdf.multi_cell(0, 4.9, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.3)
pdf.ln(2)
par("Il Responsabile del III Settore - Dott.ssa Agata Nicotra", align="R", after=4)
par("**PARERI** (art. 53 L. 142/1990 come recepito dalla L.R. 48/1991 e art. 49 D.Lgs. 267/2000)", size=7.8,
    after=0.5)
par("Regolarità tecnica: FAVOREVOLE - 17/01/2029 - Il Responsabile del III Settore, Dott.ssa Agata Nicotra",
    size=7.8, after=0.5)
par("Regolarità contabile: FAVOREVOLE - 17/01/2029 - Il Responsabile del Servizio Finanziario, Dott.ssa Agata "
    "Nicotra", size=7.8)
pdf.output(out)
