#!/usr/bin/env python3
"""Comune di Terricciola - Giunta Comunale n. 87 del 14/09/2027.

House style "Anthea": letterhead with a drawn crest, a boxed grid for the
number and date, a running head repeating the act's number on every page
after the first and a "Pag. x di y" foot. Justified paragraphs in the base-14
Times fonts (ReportLab justifies with the Tw word-spacing operator).
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-terricciola-anthea.pdf"
W, H = A4

RUNHEAD = "Deliberazione della Giunta Comunale n. 87 del 14/09/2027"


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so that the foot can say 'Pag. x di y'."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Times-Italic", 8.5)
            self.setFillColor(colors.black)
            self.drawCentredString(W / 2, 12 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            self.setFont("Times-Roman", 7)
            self.drawString(20 * mm, 12 * mm, "Anthea Atti Amministrativi 7.2")
            super().showPage()
        super().save()


def crest(c, x, y):
    # a plain shield with a vine leaf, as the letterhead's logo
    c.saveState()
    c.setStrokeColor(colors.HexColor("#6b1d1d"))
    c.setFillColor(colors.HexColor("#f4e9d8"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 9 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 10 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 6 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 9 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#3f6b2a"))
    for dx, dy in ((8, 14), (6, 11), (10, 11), (8, 8)):
        c.circle(x + dx * mm, y + dy * mm, 1.6 * mm, stroke=0, fill=1)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 40 * mm)
    c.setFont("Times-Bold", 17)
    c.drawString(42 * mm, H - 26 * mm, "COMUNE DI TERRICCIOLA")
    c.setFont("Times-Roman", 10.5)
    c.drawString(42 * mm, H - 31.5 * mm, "Provincia di Pisa")
    c.setFont("Times-Roman", 8)
    c.drawString(42 * mm, H - 36 * mm,
                 "Via Roma, 37 - 56030 Terricciola (PI) - C.F. 00345670509 - PEC: comune.terricciola@postacert.toscana.it")
    # ORIGINALE box on the right
    c.setLineWidth(0.8)
    c.rect(W - 52 * mm, H - 31 * mm, 32 * mm, 8 * mm)
    c.setFont("Times-Bold", 10)
    c.drawCentredString(W - 36 * mm, H - 28.2 * mm, "ORIGINALE")
    c.setLineWidth(0.6)
    c.line(20 * mm, H - 43 * mm, W - 20 * mm, H - 43 * mm)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Terricciola")
    c.drawRightString(W - 20 * mm, H - 14 * mm, RUNHEAD)
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()


base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
ital = ParagraphStyle("i", parent=base, fontName="Times-Italic")
centre_b = ParagraphStyle("cb", parent=base, fontName="Times-Bold", alignment=TA_CENTER,
                          fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=9.5, leading=12)
point = ParagraphStyle("p", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=10, leading=12, alignment=TA_LEFT)
cellb = ParagraphStyle("cb2", parent=cell, fontName="Times-Bold")

story = []
story.append(Spacer(1, 4 * mm))
grid = Table([
    [Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", cellb), "", ""],
    [Paragraph("Numero <b>87</b>", cell), Paragraph("Data <b>14/09/2027</b>", cell),
     Paragraph("Proposta n. 102 del 09/09/2027", cell)],
    [Paragraph("Settore proponente: Settore 3 - Lavori Pubblici e Patrimonio", cell), "", ""],
], colWidths=[45 * mm, 45 * mm, 80 * mm])
grid.setStyle(TableStyle([
    ("SPAN", (0, 0), (2, 0)), ("SPAN", (0, 2), (2, 2)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9e3d6")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]))
story.append(grid)
story.append(Spacer(1, 3 * mm))
subj = Table([[Paragraph("<b>OGGETTO:</b>", cell),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                         "MESSA IN SICUREZZA DELLA STRADA COMUNALE DI SOIANA - CUP H17H27000410004</b>",
                         cell)]], colWidths=[24 * mm, 146 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]))
story.append(subj)
story.append(Spacer(1, 4 * mm))

story.append(Paragraph(
    "L'anno <b>duemilaventisette</b>, il giorno <b>quattordici</b> del mese di <b>settembre</b> "
    "alle ore <b>17:30</b>, nella Sala della Giunta del Palazzo Comunale, convocata nei modi di legge, "
    "si è riunita la Giunta Comunale nelle persone dei signori:", base))

roll = [["", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "NARDINI Marco", "Sindaco", "X", ""],
        ["2", "PRATESI Elena", "Vicesindaco", "X", ""],
        ["3", "GUIDI Lorenzo", "Assessore", "", "X"],
        ["4", "BALDACCI Silvia", "Assessore", "X", ""],
        ["5", "CEI Andrea", "Assessore", "X", ""],
        ["", "", "Totale", "4", "1"]]
rt = Table(roll, colWidths=[8 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
    ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
]))
story.append(rt)
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Claudia Ferrucci</b>, incaricato della "
    "redazione del verbale.", base))
story.append(Paragraph(
    "Assume la presidenza il <b>Dott. Marco Nardini</b>, nella sua qualità di <b>Sindaco</b>, il quale, "
    "constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la Giunta a "
    "deliberare sull'oggetto sopra indicato.", base))
story.append(Paragraph("LA GIUNTA COMUNALE", centre_b))
for t in [
    "Vista la proposta di deliberazione n. 102 del 09/09/2027 predisposta dal Settore 3 - Lavori Pubblici "
    "e Patrimonio, allegata al presente atto quale parte integrante e sostanziale;",
    "Premesso che la strada comunale di Soiana, nel tratto compreso tra l'incrocio con la S.P. 11 delle "
    "Colline per Legoli e il cimitero della frazione, presenta un piano viabile ammalorato, scarpate in "
    "erosione e barriere di sicurezza non conformi alla normativa vigente;",
    "Richiamata la deliberazione del Consiglio Comunale n. 12 del 27/03/2027, con la quale è stato "
    "approvato il Documento Unico di Programmazione 2027/2029, che nel programma triennale dei lavori "
    "pubblici prevede l'intervento in oggetto per un importo complessivo di euro 380.000,00;",
    "Vista la determinazione del Responsabile del Settore 3 n. 214 del 12/05/2027, con la quale è stato "
    "affidato all'Ing. Stefano Marchetti di Ponsacco l'incarico per la redazione del progetto di "
    "fattibilità tecnico-economica, ai sensi dell'art. 41 del D.Lgs. 31 marzo 2023, n. 36;",
    "Visto il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato con nota "
    "acquisita al protocollo n. 9184 del 01/09/2027, composto dagli elaborati elencati nella proposta e "
    "recante il seguente quadro economico: lavori a base d'asta euro 286.400,00, oneri per la sicurezza "
    "euro 8.600,00, somme a disposizione dell'Amministrazione euro 85.000,00, per un totale di euro "
    "380.000,00;",
    "Dato atto che il progetto è stato verificato dal Responsabile Unico del Progetto, Geom. Andrea "
    "Lenzi, con verbale del 06/09/2027, ai sensi dell'art. 42 del D.Lgs. n. 36/2023;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267, dai Responsabili dei Settori competenti;",
    "Con voti unanimi favorevoli, resi nelle forme di legge;",
]:
    story.append(Paragraph(t, base))
story.append(Paragraph("D E L I B E R A", centre_b))
points = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica "
    "dei lavori di messa in sicurezza della strada comunale di Soiana, redatto dall'Ing. Stefano "
    "Marchetti, dell'importo complessivo di euro 380.000,00;",
    "di dare atto che la spesa trova copertura al capitolo 28150/2 \"Manutenzione straordinaria strade "
    "comunali\" del bilancio di previsione 2027/2029, annualità 2027, finanziato per euro 300.000,00 "
    "con contributo regionale e per euro 80.000,00 con avanzo di amministrazione;",
    "di demandare al Responsabile del Settore 3 - Lavori Pubblici e Patrimonio l'adozione degli atti "
    "conseguenti, ivi compreso l'affidamento della progettazione esecutiva;",
    "di pubblicare il presente atto nella sezione \"Amministrazione Trasparente\" del sito istituzionale, "
    "sottosezione \"Opere pubbliche\".",
]
for i, t in enumerate(points, 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, t), point))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime favorevole, la Giunta Comunale <b>dichiara</b> il "
    "presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
    "stante l'urgenza di presentare la candidatura al bando regionale entro il 30/09/2027.", base))
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, approvato e sottoscritto.", ital))
story.append(Spacer(1, 4 * mm))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["Dott. Marco Nardini", "Dott.ssa Claudia Ferrucci"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                         ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                         ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 10 * mm))
story.append(Paragraph(
    "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate, il "
    "quale sostituisce il documento cartaceo e la firma autografa.", small))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Delibera GC 87/2027", author="Comune di Terricciola",
                      creator="Anthea Atti Amministrativi 7.2")
f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 47 * mm - 22 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 20 * mm - 22 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
