#!/usr/bin/env python3
"""Comune di Soliera - Consiglio Comunale n. 15 del 30/03/2027.
House style 'sicrawebevo' as the package's light print module (fpdf2) writes it: letterhead,
number band, subject box, footer with the number and 'pag. x/y'. Roll: table with the
words Presente / Assente. Majority vote with counts; no declaration of immediate executivity."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-soliera-sicrawebevo-15.pdf"
NUM, DATA = "15", "30/03/2027"
RED = (122, 30, 30)


class P(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(*RED); self.set_line_width(0.7)
            self.ellipse(18, 13, 16, 16)
            self.set_xy(42, 14); self.set_text_color(*RED); self.set_font("Helvetica", "B", 18)
            self.cell(90, 8, "COMUNE DI SOLIERA")
            self.set_xy(42, 22); self.set_text_color(0); self.set_font("Helvetica", "", 10)
            self.cell(90, 5, "Provincia di Modena")
            self.set_font("Helvetica", "", 7.5)
            for i, t in enumerate(["Piazza Repubblica, 1 - 41019 Soliera (MO)",
                                   "PEC comune.soliera@cert.comune.soliera.mo.it", "C.F. e P.IVA 00221730369"]):
                self.set_xy(128, 13 + i * 3.6); self.cell(64, 3.6, t)
            self.set_line_width(0.4); self.line(18, 33, 192, 33)
            self.set_y(38)
        else:
            self.set_font("Helvetica", "I", 8); self.set_text_color(0)
            self.set_xy(18, 10)
            self.cell(174, 4, "COMUNE DI SOLIERA - Deliberazione del Consiglio Comunale n. %s del %s" % (NUM, DATA))
            self.set_draw_color(0); self.set_line_width(0.2); self.line(18, 15, 192, 15)
            self.set_y(20)

    def footer(self):
        self.set_y(-18)
        self.set_draw_color(*RED); self.set_line_width(0.2); self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("Helvetica", "", 7.5); self.set_text_color(0)
        self.cell(120, 5, "Delibera di Consiglio n. %s del %s" % (NUM, DATA))
        self.cell(54, 5, "pag. %d/{nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_margins(18, 20, 18)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Delibera di Consiglio n. 15 del 30/03/2027")
pdf.set_author("Comune di Soliera")
pdf.set_creator("Sicraweb EVO - stampa rapida")
pdf.set_producer("fpdf2 %s" % __import__("fpdf").__version__)
import datetime
pdf.set_creation_date(datetime.datetime(2027, 3, 31, 9, 12, tzinfo=datetime.timezone.utc))
pdf.add_page()
# band
pdf.set_fill_color(241, 231, 231); pdf.set_draw_color(0); pdf.set_line_width(0.3)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(102, 7, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", border=1, fill=True)
pdf.cell(28, 7, "N. %s" % NUM, border=1)
pdf.cell(44, 7, "Data %s" % DATA, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y0 = pdf.get_y()
pdf.set_font("Helvetica", "", 8); pdf.cell(174, 4.5, "OGGETTO:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 10)
pdf.multi_cell(174, 5, "ADOZIONE DELLA VARIANTE SPECIFICA AL PIANO URBANISTICO GENERALE (PUG) PER "
               "L'AMPLIAMENTO DELL'AREA PRODUTTIVA DI VIA CARPI AI SENSI DELL'ART. 45 DELLA L.R. 21 "
               "DICEMBRE 2017, N. 24", new_x="LMARGIN", new_y="NEXT", padding=(0, 1.5, 1.5, 1.5))
pdf.rect(18, y0, 174, pdf.get_y() - y0)
pdf.ln(2)
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(174, 4.5, "Proposta n. 12 del 17/03/2027 - Settore proponente: Settore Pianificazione e Sviluppo del Territorio",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def par(t, style="", size=10, h=5.2, align="J"):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(174, h, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.3)


par("L'anno duemilaventisette il giorno trenta del mese di marzo alle ore 18:30 nella Sala consiliare della "
    "Residenza Municipale, convocato in sessione straordinaria con avviso prot. n. 5012 del 23/03/2027, si è "
    "riunito il Consiglio Comunale in seduta pubblica di prima convocazione. All'appello nominale risultano:")
roll = [("MALAGOLI Roberta", "Sindaca", "Presente"), ("TIRELLI Marco", "Presidente del Consiglio", "Assente"),
        ("ZANOLI Chiara", "Vice Presidente del Consiglio", "Presente"), ("BERGONZINI Luca", "Consigliere", "Presente"),
        ("CATTANI Elisa", "Consigliera", "Presente"), ("GOLINELLI Paolo", "Consigliere", "Presente"),
        ("MANTOVANI Sara", "Consigliera", "Presente"), ("POLTRONIERI Enrico", "Consigliere", "Presente"),
        ("RIGHI Federica", "Consigliera", "Presente"), ("SALVIOLI Davide", "Consigliere", "Presente"),
        ("TAGLIAZUCCHI Irene", "Consigliera", "Presente"), ("VENTURELLI Simone", "Consigliere", "Presente"),
        ("BORSARI Laura", "Consigliera", "Presente"), ("CAVAZZUTI Nicola", "Consigliere", "Assente"),
        ("MUCCINI Alessia", "Consigliera", "Presente"), ("PIVETTI Gabriele", "Consigliere", "Assente"),
        ("SERAFINI Monica", "Consigliera", "Presente")]
pdf.set_x(28)
pdf.set_font("Helvetica", "B", 9); pdf.set_fill_color(238, 238, 238)
pdf.cell(58, 5.5, "Cognome e nome", border=1, fill=True)
pdf.cell(62, 5.5, "Carica", border=1, fill=True)
pdf.cell(30, 5.5, "Presenza", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9.5)
for n, r, p in roll:
    pdf.set_x(28)
    pdf.cell(58, 5, n, border=1); pdf.cell(62, 5, r, border=1)
    pdf.cell(30, 5, p, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
par("Consiglieri assegnati n. 17 - presenti n. 14 - assenti n. 3.", size=9.5)
par("Presiede la seduta la Vice Presidente del Consiglio, sig.ra Chiara Zanoli, essendo assente il Presidente. "
    "Partecipa il Segretario Generale dott. Giovanni Bursi, che provvede alla redazione del verbale. Sono presenti "
    "gli assessori esterni Stefano Ferrari e Giulia Vaccari.")
par("IL CONSIGLIO COMUNALE", "B", 11, align="C")
for s in [
    "Premesso che il Piano urbanistico generale (PUG) del Comune di Soliera è stato approvato con deliberazione "
    "consiliare n. 58 del 27/11/2023 ai sensi della L.R. 21 dicembre 2017, n. 24;",
    "Vista la richiesta presentata dalla ditta Officine Meccaniche Bellentani S.r.l., acquisita al prot. n. 18244 "
    "del 12/10/2026, di ampliamento dello stabilimento produttivo di via Carpi su un'area contigua di circa "
    "14.500 mq;",
    "Dato atto che la proposta di variante è stata esaminata dal Comitato urbanistico di area vasta e dalla "
    "Commissione consiliare Assetto del territorio nella seduta del 22/03/2027;",
    "Visti gli elaborati della variante, composti dalla relazione illustrativa, dalla Valsat e dalle tavole "
    "di progetto, depositati agli atti del Settore Pianificazione;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "267/2000;",
    "Uditi gli interventi dei consiglieri, integralmente registrati;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, favorevoli n. 10, "
    "contrari n. 3 (Borsari, Muccini, Serafini), astenuti n. 1 (Venturelli);"]:
    par(s)
par("DELIBERA", "B", 11, align="C")
for i, s in enumerate([
    "di adottare la variante specifica al Piano urbanistico generale per l'ampliamento dell'area produttiva "
    "di via Carpi, costituita dagli elaborati elencati in premessa;",
    "di disporre il deposito della variante presso il Settore Pianificazione e la sua pubblicazione sul sito "
    "istituzionale per sessanta giorni, ai fini della presentazione delle osservazioni;",
    "di trasmettere la variante alla Provincia di Modena e agli enti competenti per i pareri di legge;",
    "di dare atto che dalla data di pubblicazione dell'avviso di deposito si applicano le misure di "
    "salvaguardia di cui all'art. 27 della L.R. 24/2017."], 1):
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(8, 5.2, "%d." % i, align="R")
    pdf.set_x(28)
    pdf.multi_cell(164, 5.2, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(4)
if pdf.get_y() > 240:
    pdf.add_page()
par("Letto, approvato e sottoscritto.")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 10)
pdf.cell(87, 5, "LA VICE PRESIDENTE DEL CONSIGLIO", align="C"); pdf.cell(87, 5, "IL SEGRETARIO GENERALE", align="C",
                                                              new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(87, 5, "Chiara Zanoli", align="C"); pdf.cell(87, 5, "dott. Giovanni Bursi", align="C",
                                                     new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "I", 8)
pdf.cell(87, 4, "documento firmato digitalmente", align="C")
pdf.cell(87, 4, "documento firmato digitalmente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
