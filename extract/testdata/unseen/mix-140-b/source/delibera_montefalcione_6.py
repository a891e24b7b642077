#!/usr/bin/env python3
"""Comune di Montefalcione, G.C. n. 6 del 12-01-2029 - fpdf2 (Liberation Serif).
Halley-like print: centred crest and letterhead, number and date in the title, roll in two
sentences ("Sono presenti" / "Sono assenti"), the Sindaco absent and the Vicesindaco
presiding, the Vice Segretario taking the minutes, Halley's running foot."""
import os
import sys

from fpdf import FPDF

out = sys.argv[1]
crests = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))
FD = "/usr/share/fonts/truetype/liberation/"


class Halley(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("serif", "", 8)
        self.cell(0, 5, "DELIBERA DI GIUNTA n. 6 del 12-01-2029  -  pag. %d  -  COMUNE DI MONTEFALCIONE" % self.page_no(),
                  align="C")


pdf = Halley(format="A4", unit="mm")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("serif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("serif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("serif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.set_creator("Halley Informatica - Atti amministrativi")
pdf.set_title("Delibera di Giunta n. 6 del 12-01-2029")
pdf.add_page()

pdf.image(os.path.join(crests, "montefalcione.png"), x=99, y=12, w=12)
pdf.set_y(28)
pdf.set_font("serif", "B", 16)
pdf.cell(0, 7, "COMUNE DI MONTEFALCIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "B", 9.5)
pdf.cell(0, 5, "PROVINCIA DI AVELLINO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("serif", "I", 9)
pdf.cell(0, 4, "COPIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("serif", "B", 12.5)
pdf.cell(0, 6, "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 6 del 12-01-2029", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("serif", "B", 11.5)
x0 = pdf.get_x()
pdf.cell(19, 5.5, "Oggetto:")
pdf.multi_cell(0, 5.5, "ATTO DI INDIRIZZO PER L'EROGAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI "
               "LOCAZIONE - ANNO 2029", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_draw_color(0)
pdf.line(20, pdf.get_y(), 190, pdf.get_y())
pdf.ln(3)


def par(txt, style="", size=11.5, h=5.6, align="J", after=1.6):
    pdf.set_font("serif", style, size)
    pdf.multi_cell(0, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


par("L'anno duemilaventinove il giorno dodici del mese di gennaio alle ore 12:00, nella Casa Comunale, si è riunita "
    "la Giunta Comunale convocata nei modi di legge.")
par("Sono presenti: il Vicesindaco Rosaria Iannaccone, l'Assessore Carmine De Feo, l'Assessore Antonietta Melillo e "
    "l'Assessore Nicola Capone.")
par("Sono assenti: il Sindaco Gerardo Petrillo.")
par("Presiede la seduta la Sig.ra Rosaria Iannaccone, nella sua qualità di Vicesindaco, in assenza del Sindaco.")
par("Partecipa, con funzioni di verbalizzante, il Vice Segretario Comunale Dott.ssa Filomena Tecce, in sostituzione "
    "del Segretario titolare temporaneamente assente.")
par("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara aperta la riunione ed invita i "
    "convocati a deliberare sull'oggetto sopraindicato.")
par("LA GIUNTA COMUNALE", "B", align="C", after=1)
for s in [
    "Vista la proposta di deliberazione predisposta dall'Area Amministrativa – Servizi Sociali, allegata al presente atto;",
    "Premesso che l'art. 11 della Legge 9 dicembre 1998, n. 431, ha istituito il Fondo nazionale per il sostegno "
    "all'accesso alle abitazioni in locazione, ripartito tra le Regioni e da queste tra i Comuni;",
    "Vista la comunicazione della Regione Campania, acquisita al protocollo comunale n. 112 del 08-01-2029, con la "
    "quale è stata comunicata l'assegnazione a questo Ente della somma di € 18.420,00 quale quota del Fondo per "
    "l'annualità 2029;",
    "Ritenuto di fornire al Responsabile dell'Area Amministrativa gli indirizzi per la predisposizione dell'avviso "
    "pubblico e per la formazione della graduatoria dei beneficiari;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    "Con voti unanimi favorevoli espressi per alzata di mano;",
]:
    par(s)
par("D E L I B E R A", "B", align="C", after=1)
pts = [
    "di formulare indirizzo al Responsabile dell'Area Amministrativa affinché predisponga e pubblichi, entro il "
    "28-02-2029, l'avviso pubblico per la concessione dei contributi integrativi al pagamento dei canoni di locazione "
    "per l'anno 2029;",
    "di stabilire che possono accedere al contributo i nuclei familiari residenti nel Comune di Montefalcione, titolari "
    "di un contratto di locazione regolarmente registrato, con ISEE ordinario non superiore a € 15.000,00;",
    "di dare atto che la somma di € 18.420,00 trova copertura nel bilancio di previsione 2029-2031, annualità 2029, "
    "in corso di predisposizione, con vincolo di destinazione sulle risorse regionali;",
    "di trasmettere copia del presente atto al Responsabile dell'Area Amministrativa e al Responsabile dell'Area "
    "Economico-Finanziaria per gli adempimenti di competenza.",
]
for i, s in enumerate(pts, 1):
    pdf.set_font("serif", "", 11.5)
    pdf.set_x(24)
    pdf.cell(7, 5.6, "%d." % i)
    pdf.multi_cell(0, 5.6, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(1)
par("Inoltre, la Giunta Comunale, con separata votazione unanime, dichiara il presente atto immediatamente eseguibile "
    "ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, al fine di consentire la tempestiva "
    "pubblicazione dell'avviso.")
pdf.ln(4)
if pdf.get_y() > 240:
    pdf.add_page()
par("Del che si è redatto il presente verbale che, letto e confermato, viene sottoscritto.")
pdf.ln(2)
pdf.set_font("serif", "", 11)
y = pdf.get_y()
for x, a, b in ((20, "IL VICESINDACO", "F.to Sig.ra Rosaria Iannaccone"),
                (110, "IL VICE SEGRETARIO COMUNALE", "F.to Dott.ssa Filomena Tecce")):
    pdf.set_xy(x, y)
    pdf.cell(80, 5.5, a, align="C")
    pdf.set_xy(x, y + 6)
    pdf.cell(80, 5.5, b, align="C")
pdf.set_y(y + 18)
pdf.line(20, pdf.get_y(), 190, pdf.get_y())
pdf.ln(2)
par("ATTESTATO DI PUBBLICAZIONE", "B", size=10, h=5, align="L", after=0.5)
par("Si attesta che copia della presente deliberazione è stata pubblicata all'Albo Pretorio on line il 13-01-2029 e vi "
    "resterà per quindici giorni consecutivi, ai sensi dell'art. 124 del D.Lgs. n. 267/2000 (N. 41 Reg. Pubbl.).",
    size=10, h=5)
pdf.set_font("serif", "", 10)
pdf.cell(80, 5, "Montefalcione, 13-01-2029")
pdf.cell(0, 5, "IL VICE SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(80, 5, "")
pdf.cell(0, 5, "F.to Dott.ssa Filomena Tecce", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
par("È copia conforme all'originale, per uso amministrativo.", "I", size=9.5, h=5, align="L")
pdf.output(out)
