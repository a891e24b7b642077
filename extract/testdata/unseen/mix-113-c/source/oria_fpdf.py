#!/usr/bin/env python3
"""Comune di Oria - Giunta minute n. 6/2027 on the package's printed form
(fpdf2): the blanks are rows of underscores and the values are typed over
them in Courier, a little above the rule, as a form-filling print does.
usage: oria_fpdf.py OUT.pdf
"""
import os
import sys

import fpdf
from fpdf import FPDF

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oria_common import ADDRESS, GIUNTA  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-6-oria-hypersic.pdf"


class Form(FPDF):
    def header(self):
        if self.page_no() != 1:
            return
        # crest
        self.set_fill_color(140, 29, 24)
        self.polygon([(20, 14), (33, 14), (33, 24), (31, 29), (26.5, 31), (22, 29), (20, 24)], style="F")
        self.set_fill_color(232, 195, 74)
        for dx in (21.8, 25.3, 28.8):
            self.rect(dx, 18, 2.6, 6, style="F")
        self.set_xy(36, 13)
        self.set_font("Helvetica", "B", 16)
        self.cell(0, 7, "COMUNE DI ORIA")
        self.set_xy(36, 20)
        self.set_font("Helvetica", "", 9.5)
        self.cell(0, 5, "Provincia di Brindisi")
        self.set_xy(36, 25)
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, ADDRESS)
        self.set_xy(162, 17)
        self.set_font("Helvetica", "B", 9)
        self.set_char_spacing(2)
        self.cell(30, 7, "COPIA", border=1, align="C")
        self.set_char_spacing(0)
        self.set_line_width(0.45)
        self.line(18, 35, 192, 35)
        self.set_line_width(0.2)
        self.set_y(40)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.line(18, self.get_y() - 1, 192, self.get_y() - 1)
        self.cell(0, 5, "Mod. GC/01 - Verbale di deliberazione della Giunta Comunale", align="L")
        self.set_x(18)
        self.cell(0, 5, "Pag. %d/{nb}" % self.page_no(), align="R")

    def blank(self, x, y, n, value, vfont=("Courier", "B", 10.5), dy=-1.1, align="C"):
        """Underscores printed at baseline y; the value typed over them."""
        self.set_font("Helvetica", "", 10)
        us = "_" * n
        self.text(x, y, us)
        w = self.get_string_width(us)
        self.set_font(*vfont)
        vw = self.get_string_width(value)
        vx = x + (w - vw) / 2 if align == "C" else x + 1.5
        self.text(vx, y + dy, value)
        return x + w

    def label(self, x, y, s, style=""):
        self.set_font("Helvetica", style, 10)
        self.text(x, y, s)
        return x + self.get_string_width(s)


def build():
    pdf = Form(format="A4")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.set_title("Deliberazione della Giunta Comunale n. 6 del 20/01/2027")
    pdf.set_author("Comune di Oria")
    pdf.set_creator("Hypersic - Modulistica")
    pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
    pdf.add_page()
    y = 46
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_char_spacing(1.5)
    pdf.text(18, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    pdf.set_char_spacing(0)
    y += 10
    x = pdf.label(18, y, "N. ", "B")
    x = pdf.blank(x + 1, y, 8, "6")
    x = pdf.label(x + 3, y, "del ", "B")
    x = pdf.blank(x + 1, y, 16, "20/01/2027")
    x = pdf.label(x + 8, y, "Proposta n. ")
    x = pdf.blank(x + 1, y, 6, "14")
    x = pdf.label(x + 2, y, "del ")
    pdf.blank(x + 1, y, 14, "15/01/2027")
    y += 8
    x = pdf.label(18, y, "Settore proponente: ")
    pdf.blank(x + 1, y, 44, "SETTORE LAVORI PUBBLICI E PATRIMONIO", vfont=("Courier", "B", 9.5), align="L")
    # oggetto box
    y += 5
    pdf.set_xy(18, y)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(22, 6, "OGGETTO:")
    pdf.set_xy(40, y)
    pdf.multi_cell(152, 5.2, "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX MACELLO COMUNALE DI VIA MANDURIA "
                   "ALL'ASSOCIAZIONE DI VOLONTARIATO DI PROTEZIONE CIVILE \"ORIA SOCCORSO\" ODV - APPROVAZIONE SCHEMA "
                   "DI CONTRATTO.", align="L")
    y2 = pdf.get_y() + 2
    pdf.rect(18, y - 2, 174, y2 - y + 2)
    y = y2 + 8
    # the opening sentence over blanks
    x = pdf.label(18, y, "L'anno ")
    x = pdf.blank(x + 1, y, 22, "duemilaventisette")
    x = pdf.label(x + 1, y, " il giorno ")
    x = pdf.blank(x + 1, y, 12, "venti")
    x = pdf.label(x + 1, y, " del mese di ")
    pdf.blank(x + 1, y, 14, "gennaio")
    y += 7
    x = pdf.label(18, y, "alle ore ")
    x = pdf.blank(x + 1, y, 9, "13:30")
    pdf.label(x + 1, y, " nella sala delle adunanze della sede comunale, convocata nei modi di legge,")
    y += 6
    pdf.label(18, y, "si è riunita la Giunta Comunale con l'intervento dei Signori:")
    y += 4
    pdf.set_xy(30, y)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(62, 6, "Cognome e nome", border=1)
    pdf.cell(40, 6, "Carica", border=1)
    pdf.cell(26, 6, "Presente", border=1, align="C")
    pdf.cell(26, 6, "Assente", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    absent = {"PINTO Vito"}
    for n, r in GIUNTA:
        pdf.set_x(30)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(62, 6.5, n, border=1)
        pdf.cell(40, 6.5, r, border=1)
        yy = pdf.get_y()
        pdf.cell(26, 6.5, "", border=1)
        pdf.cell(26, 6.5, "", border=1, new_x="LMARGIN", new_y="NEXT")
        col = 132 if n not in absent else 158
        pdf.set_font("Helvetica", "", 9)
        pdf.text(col + 5, yy + 5, "____")
        pdf.set_font("Courier", "B", 10.5)
        pdf.text(col + 9, yy + 4.2, "X")
    y = pdf.get_y() + 6
    x = pdf.label(30, y, "Presenti n. ")
    x = pdf.blank(x + 1, y, 5, "5")
    x = pdf.label(x + 8, y, "Assenti n. ")
    pdf.blank(x + 1, y, 5, "1")
    y += 9
    x = pdf.label(18, y, "Assume la presidenza ")
    x = pdf.blank(x + 1, y, 30, "avv. Francesco Pesare")
    x = pdf.label(x + 1, y, " nella sua qualità di ")
    pdf.blank(x + 1, y, 14, "Sindaco")
    y += 7
    x = pdf.label(18, y, "Partecipa il Segretario Generale ")
    x = pdf.blank(x + 1, y, 32, "avv. Giuseppina Spagnolo")
    pdf.label(x + 1, y, " con funzioni di verbalizzazione.")
    y += 7
    pdf.set_xy(18, y - 4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(174, 5.2, "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
                   "i convenuti a deliberare sull'oggetto sopra indicato.", align="J")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_char_spacing(2)
    pdf.cell(0, 7, "LA GIUNTA COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", 10)
    for t in [
        "PREMESSO che il Comune di Oria è proprietario dell'immobile denominato \"ex macello comunale\", sito in via Manduria, "
        "censito al Catasto Fabbricati al foglio 38, particella 1124, attualmente inutilizzato e non destinato a finalità "
        "istituzionali;",
        "VISTA l'istanza acquisita al protocollo n. 27418 del 02/12/2026, con la quale l'Associazione di volontariato di "
        "protezione civile \"Oria Soccorso\" ODV, iscritta al Registro Unico Nazionale del Terzo Settore, ha chiesto la "
        "concessione in uso dei locali da destinare a sede operativa e deposito di mezzi e attrezzature;",
        "RICHIAMATO l'art. 71, comma 2, del D.Lgs. 3 luglio 2017, n. 117, ai sensi del quale gli enti locali possono concedere "
        "in comodato beni mobili ed immobili di loro proprietà, non utilizzati per fini istituzionali, agli enti del Terzo "
        "settore per lo svolgimento delle loro attività statutarie;",
        "VISTO lo schema di contratto di comodato predisposto dal Settore Lavori Pubblici e Patrimonio, di durata "
        "quinquennale, che pone a carico del comodatario le spese di manutenzione ordinaria e le utenze;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "CON VOTI unanimi favorevoli, resi nei modi di legge;",
    ]:
        pdf.multi_cell(174, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_char_spacing(2)
    pdf.cell(0, 7, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", 10)
    for i, t in enumerate([
        "di concedere in comodato d'uso gratuito, per la durata di anni cinque, i locali dell'ex macello comunale di via "
        "Manduria all'Associazione di volontariato di protezione civile \"Oria Soccorso\" ODV;",
        "di approvare lo schema di contratto di comodato allegato alla presente deliberazione quale parte integrante e "
        "sostanziale;",
        "di demandare al Responsabile del Settore Lavori Pubblici e Patrimonio la sottoscrizione del contratto e gli "
        "adempimenti conseguenti;",
        "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio comunale.",
    ], 1):
        pdf.set_x(18)
        pdf.cell(7, 5.2, "%d." % i)
        pdf.multi_cell(167, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)
    pdf.multi_cell(174, 5.2, "Con successiva, separata ed unanime votazione, la presente deliberazione è dichiarata "
                   "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Letto, confermato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y() + 4
    pdf.label(40, y, "IL SINDACO", "B")
    pdf.label(125, y, "IL SEGRETARIO GENERALE", "B")
    y += 9
    pdf.blank(30, y, 30, "avv. Francesco Pesare", vfont=("Courier", "", 10))
    pdf.blank(118, y, 34, "avv. Giuseppina Spagnolo", vfont=("Courier", "", 10))
    pdf.output(OUT)


build()
