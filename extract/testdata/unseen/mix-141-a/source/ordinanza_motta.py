#!/usr/bin/env python3
"""Comune di Motta San Giovanni - ordinanza contingibile e urgente n. 2/2029 of
the Sindaco. fpdf2 with core Helvetica (not embedded), justified multi_cells,
the crest as a PNG image, page foot with the act's number."""
import io
import sys
from fpdf import FPDF
from studiok_common import ENTE, SOTTO, INDIRIZZO, crest_png

OUT = sys.argv[1]


class Doc(FPDF):
    def header(self):
        self.image(io.BytesIO(crest_png()), x=98, y=10, w=14)
        self.set_y(29)
        self.set_font("helvetica", "B", 15)
        self.cell(0, 7, ENTE, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("helvetica", "", 10)
        self.cell(0, 5, SOTTO, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("helvetica", "I", 8)
        self.cell(0, 4, INDIRIZZO, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.5)
        self.line(20, self.get_y() + 2, 190, self.get_y() + 2)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 7.5)
        self.cell(0, 4, "Ordinanza n. 2 del 11/01/2029 - Pag. %d/{nb}" % self.page_no(), align="C")


pdf = Doc(format="A4")
pdf.set_margins(20, 12, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Ordinanza n. 2 del 11/01/2029")
pdf.set_author("Comune di Motta San Giovanni")
pdf.set_creator("SK Atti - Ordinanze")
pdf.add_page()


def par(t, style="", size=10.5, align="J", h=5.2, after=1.8):
    pdf.set_font("helvetica", style, size)
    pdf.multi_cell(0, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


pdf.set_font("helvetica", "", 9)
pdf.cell(0, 5, "Prot. n. 402 del 11/01/2029", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
par("ORDINANZA N. 2 DEL 11/01/2029", "B", 13, "C", 7, 0)
par("(Ordinanza contingibile e urgente ai sensi dell'art. 54, comma 4, del D.Lgs. n. 267/2000)", "I", 9, "C", 5, 4)

SUBJECT = ("CHIUSURA AL TRANSITO VEICOLARE E PEDONALE DI UN TRATTO DELLA STRADA COMUNALE DI COLLEGAMENTO "
           "TRA IL CENTRO ABITATO E LA FRAZIONE LAZZARO PER MOVIMENTO FRANOSO")
y = pdf.get_y()
pdf.set_font("helvetica", "B", 10.5)
pdf.cell(22, 5.4, "OGGETTO:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5.4, SUBJECT, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

par("IL SINDACO", "B", 11, "C", 6, 2)
for t in [
    "PREMESSO che a seguito delle intense precipitazioni piovose verificatesi nei giorni 9 e 10 gennaio 2029, "
    "per le quali la Protezione Civile regionale aveva diramato messaggio di allertamento di livello arancione, "
    "si è verificato un movimento franoso della scarpata di monte lungo la strada comunale di collegamento tra "
    "il centro abitato e la frazione Lazzaro, all'altezza del km 2+300, con caduta di materiale terroso e "
    "lapideo sulla carreggiata;",
    "VISTA la relazione di sopralluogo redatta in data 11/01/2029 dal Responsabile del Settore III - Lavori "
    "Pubblici, Urbanistica e Ambiente, acquisita al prot. n. 398, dalla quale risulta che il fronte di frana è "
    "tuttora attivo e che sussiste pericolo per la pubblica incolumità di quanti transitano lungo il tratto "
    "interessato, per una lunghezza di circa 150 metri;",
    "RITENUTO necessario e urgente adottare provvedimenti a tutela della pubblica incolumità, nelle more degli "
    "interventi di messa in sicurezza e della verifica delle condizioni di stabilità del versante;",
    "DATO ATTO che il traffico veicolare può essere deviato sulla viabilità alternativa costituita dalla S.P. n. 22 "
    "e dalla viabilità interna del centro abitato;",
    "VISTI l'art. 54, comma 4, e l'art. 50 del D.Lgs. n. 267/2000, nonché gli artt. 5, 6 e 7 del D.Lgs. n. 285/1992 "
    "(Nuovo Codice della Strada);",
]:
    par(t)

par("O R D I N A", "B", 11, "C", 6, 2)
pts = [
    "la chiusura immediata al transito veicolare e pedonale del tratto della strada comunale di collegamento tra il "
    "centro abitato e la frazione Lazzaro compreso tra il km 2+200 e il km 2+400, a decorrere dalla data di "
    "pubblicazione della presente ordinanza e fino al ripristino delle condizioni di sicurezza;",
    "al Responsabile del Settore III - Lavori Pubblici, Urbanistica e Ambiente di provvedere all'apposizione della "
    "segnaletica stradale di divieto e di deviazione, nonché delle transenne e dei dispositivi luminosi di "
    "segnalazione alle estremità del tratto interdetto;",
    "al medesimo Responsabile di disporre con urgenza gli interventi di rimozione del materiale franato e di messa in "
    "sicurezza della scarpata, riferendo al Sindaco sull'esito degli stessi ai fini della revoca del presente "
    "provvedimento.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("helvetica", "", 10.5)
    yy = pdf.get_y()
    pdf.cell(8, 5.2, "%d)" % i)
    pdf.set_xy(28, yy)
    pdf.multi_cell(162, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

par("D I S P O N E", "B", 11, "C", 6, 2)
par("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota alla cittadinanza mediante "
    "affissione nei luoghi pubblici, e che copia della stessa sia trasmessa a S.E. il Prefetto di Reggio Calabria, "
    "al Comando Stazione Carabinieri di Motta San Giovanni, al Comando di Polizia Locale e alla Città Metropolitana "
    "di Reggio Calabria - Settore Viabilità.")
par("A V V E R T E", "B", 11, "C", 6, 2)
par("che avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per la Calabria - "
    "Sezione staccata di Reggio Calabria entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al "
    "Presidente della Repubblica entro 120 giorni. Il Comando di Polizia Locale e le Forze dell'Ordine sono "
    "incaricati della vigilanza sull'osservanza della presente ordinanza.")
pdf.ln(4)
par("Motta San Giovanni, 11/01/2029", "", 10.5, "L")
pdf.ln(2)
pdf.set_x(115)
pdf.set_font("helvetica", "B", 10.5)
pdf.cell(75, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("helvetica", "", 10.5)
pdf.cell(75, 5.5, "Dott. Domenico Morabito", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(115)
pdf.set_font("helvetica", "I", 7.5)
pdf.cell(75, 4.5, "(firma autografa sostituita a mezzo stampa ex art. 3, c. 2, D.Lgs. 39/1993)", align="C")
pdf.output(OUT)
