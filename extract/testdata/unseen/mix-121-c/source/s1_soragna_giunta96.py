#!/usr/bin/env python3
"""Comune di Soragna - Giunta n. 96 del 07/09/2027 - house style "Sicraweb".

ReportLab platypus, justified paragraphs (word spacing set with Tw), a
running head with the act's number on every page and a "Pagina x di y" foot.
Roll: presence written as words in a ruled table, counts under it.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-96-soragna-sicraweb.pdf"
F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", F + "LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-B")

body = ParagraphStyle("body", fontName="LSans", fontSize=10.5, leading=14.5,
                      alignment=TA_JUSTIFY, spaceAfter=5)
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
head = ParagraphStyle("h", parent=body, fontName="LSans-B", fontSize=12,
                      alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
point = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)
cell = ParagraphStyle("cell", fontName="LSans", fontSize=10, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LSans-B")

NUM, DATA = 96, "07/09/2027"


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                         topMargin=24 * mm, bottomMargin=22 * mm,
                         title="Deliberazione di Giunta Comunale n. 96 del 07/09/2027",
                         author="Comune di Soragna", creator="Sicraweb - Atti amministrativi", **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.deco)])

    def deco(self, c, doc):
        c.saveState()
        w, h = A4
        c.setFont("LSans", 8)
        c.drawString(22 * mm, h - 13 * mm, "Comune di Soragna")
        c.drawRightString(w - 20 * mm, h - 13 * mm,
                          "Deliberazione di Giunta Comunale n. %d del %s" % (NUM, DATA))
        c.setLineWidth(0.4)
        c.line(22 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
        c.line(22 * mm, 15 * mm, w - 20 * mm, 15 * mm)
        c.drawString(22 * mm, 11 * mm, "Comune di Soragna - Piazza Garibaldi, 35 - 43019 Soragna (PR)")
        c.drawRightString(w - 20 * mm, 11 * mm, "Pagina %d di %s" % (doc.page, "{TOT}"))
        c.restoreState()


def build(total):
    story = []
    # letterhead block
    lh = Table([
        [Paragraph('<font size="16"><b>COMUNE DI SORAGNA</b></font>', cell),
         Paragraph('<b>ORIGINALE</b>', ParagraphStyle("o", parent=cellb, alignment=TA_CENTER))],
        [Paragraph("Provincia di Parma", cell), ""],
    ], colWidths=[120 * mm, 48 * mm], rowHeights=[9 * mm, 6 * mm])
    lh.setStyle(TableStyle([
        ("BOX", (1, 0), (1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    story += [lh, Spacer(1, 6)]
    story.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", head))
    grid = Table([[Paragraph("Deliberazione n. <b>96</b>", cell),
                   Paragraph("in data <b>07/09/2027</b>", cell),
                   Paragraph("Proposta n. 142 del 03/09/2027", cell)]],
                 colWidths=[50 * mm, 55 * mm, 63 * mm])
    grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                              ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                              ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [grid, Spacer(1, 8)]
    subj = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI '
            'MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA "GIUSEPPE VERDI" '
            '- CUP H77H27000410004')
    ot = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph("<b>%s</b>" % subj, cell)]],
               colWidths=[24 * mm, 144 * mm])
    ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    story += [ot, Spacer(1, 8)]
    story.append(Paragraph(
        "L'anno <b>duemilaventisette</b>, addì <b>sette</b> del mese di <b>settembre</b> alle ore "
        "<b>12:30</b> nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le "
        "formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti "
        "la Giunta Comunale.", body))
    story.append(Paragraph("All'appello risultano:", body))
    roll = [["N.", "Cognome e Nome", "Carica", "Presenza"],
            ["1", "PEZZANI Giorgio", "Sindaco", "Presente"],
            ["2", "CAVALLI Elisa", "Vicesindaco", "Presente"],
            ["3", "GHIDINI Marco", "Assessore", "Assente giustificato"],
            ["4", "BOCCHI Laura", "Assessore", "Presente"],
            ["5", "TEDESCHI Andrea", "Assessore", "Presente"]]
    rt = Table(roll, colWidths=[12 * mm, 62 * mm, 42 * mm, 48 * mm])
    rt.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "LSans-B", 10),
        ("FONT", (0, 1), (-1, -1), "LSans", 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]))
    story += [rt, Spacer(1, 4)]
    story.append(Paragraph("Presenti: 4&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Assenti: 1", body))
    story.append(Paragraph(
        "Partecipa alla seduta il Segretario Comunale <b>dott.ssa Roberta Manfredi</b>, il quale "
        "provvede alla redazione del presente verbale.", body))
    story.append(Paragraph(
        "Essendo legale il numero degli intervenuti, il <b>dott. Giorgio Pezzani</b>, nella sua qualità "
        "di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione "
        "dell'oggetto sopra indicato.", body))
    story.append(Paragraph("LA GIUNTA COMUNALE", head))
    prem = [
        "PREMESSO che l'edificio comunale sede della scuola primaria \"Giuseppe Verdi\", sito in via "
        "Mazzini, presenta infiltrazioni d'acqua meteorica dalla copertura, come rilevato nel sopralluogo "
        "eseguito dall'Ufficio Tecnico comunale in data 28 luglio 2027 e riportato nella relazione "
        "acquisita al protocollo n. 8811 del 2 agosto 2027;",
        "CONSIDERATO che il Programma triennale dei lavori pubblici 2027-2029, approvato con "
        "deliberazione del Consiglio Comunale n. 9 del 24/02/2027, prevede l'intervento per un importo "
        "complessivo di euro 185.000,00, finanziato con contributo della Regione Emilia-Romagna "
        "concesso ai sensi del bando per l'edilizia scolastica 2027;",
        "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Carlo Azzali, tecnico "
        "incaricato con determinazione n. 211 del 12/06/2027, acquisito al protocollo n. 9874 del "
        "30/08/2027 e composto dagli elaborati elencati nell'allegato A alla presente deliberazione;",
        "VISTI il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7, nonché il "
        "D.Lgs. 18 agosto 2000, n. 267;",
        "ACQUISITI i pareri favorevoli in ordine alla regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49, comma 1, del D.Lgs. 267/2000 dai Responsabili dei servizi interessati, allegati "
        "al presente atto quale parte integrante e sostanziale;",
        "Con voti unanimi favorevoli, espressi nelle forme di legge;",
    ]
    for p in prem:
        story.append(Paragraph(p, body))
    story.append(Paragraph("DELIBERA", head))
    pts = [
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione "
        "straordinaria della copertura della scuola primaria \"Giuseppe Verdi\", per un importo "
        "complessivo di euro 185.000,00, di cui euro 142.300,00 per lavori a base d'asta ed euro "
        "42.700,00 per somme a disposizione dell'Amministrazione;",
        "di dare atto che la spesa trova copertura al capitolo 2041/10 \"Manutenzione straordinaria "
        "edifici scolastici\" del bilancio di previsione 2027-2029, annualità 2027;",
        "di confermare Responsabile Unico del Progetto il geom. Fabio Allegri, Responsabile dell'Area "
        "Tecnica;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso "
        "l'affidamento della progettazione esecutiva.",
    ]
    for i, p in enumerate(pts, 1):
        story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    story.append(Spacer(1, 4))
    story.append(Paragraph(
        "Successivamente, con separata votazione unanime e palese, stante l'urgenza di presentare la "
        "rendicontazione alla Regione entro il 30 settembre 2027,", body))
    story.append(Paragraph("DELIBERA", head))
    story.append(Paragraph(
        "di dichiarare la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
        "comma 4, del D.Lgs. 18 agosto 2000, n. 267.", body))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Letto, approvato e sottoscritto.", body))
    sig = Table([
        [Paragraph("IL SINDACO", ParagraphStyle("x", parent=cellb, alignment=TA_CENTER)),
         Paragraph("IL SEGRETARIO COMUNALE", ParagraphStyle("x", parent=cellb, alignment=TA_CENTER))],
        [Paragraph("dott. Giorgio Pezzani", ParagraphStyle("x", parent=cell, alignment=TA_CENTER)),
         Paragraph("dott.ssa Roberta Manfredi", ParagraphStyle("x", parent=cell, alignment=TA_CENTER))],
        [Paragraph("<i>(documento firmato digitalmente)</i>", ParagraphStyle("x", parent=small, alignment=TA_CENTER)),
         Paragraph("<i>(documento firmato digitalmente)</i>", ParagraphStyle("x", parent=small, alignment=TA_CENTER))],
    ], colWidths=[84 * mm, 84 * mm])
    story.append(KeepTogether([sig]))
    story.append(Spacer(1, 16))
    # pareri page content
    story.append(Paragraph("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", head))
    story.append(Paragraph(
        "Proposta di deliberazione n. 142 del 03/09/2027 - Ufficio proponente: <b>AREA TECNICA</b>", body))
    story.append(Paragraph(
        "<b>Regolarità tecnica</b>: si esprime parere FAVOREVOLE. Soragna, 03/09/2027 - Il Responsabile "
        "dell'Area Tecnica, geom. Fabio Allegri (firmato digitalmente).", body))
    story.append(Paragraph(
        "<b>Regolarità contabile</b>: si esprime parere FAVOREVOLE attestante la copertura finanziaria. "
        "Soragna, 04/09/2027 - Il Responsabile dell'Area Finanziaria, dott.ssa Monica Pelosi "
        "(firmato digitalmente).", body))
    return story


# two passes: first to count pages, then with the total in the foot
class Counter(Doc):
    pass


import io
buf = io.BytesIO()
d = Doc(buf)
d.build(build(0))
total = d.page
Doc.deco_orig = Doc.deco


def deco2(self, c, doc):
    c.saveState()
    w, h = A4
    c.setFont("LSans", 8)
    c.drawString(22 * mm, h - 13 * mm, "Comune di Soragna")
    c.drawRightString(w - 20 * mm, h - 13 * mm,
                      "Deliberazione di Giunta Comunale n. %d del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(22 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
    c.line(22 * mm, 15 * mm, w - 20 * mm, 15 * mm)
    c.drawString(22 * mm, 11 * mm, "Comune di Soragna - Piazza Garibaldi, 35 - 43019 Soragna (PR)")
    c.drawRightString(w - 20 * mm, 11 * mm, "Pagina %d di %d" % (doc.page, total))
    c.restoreState()


Doc.deco = deco2
d = Doc(OUT)
d.build(build(total))
print(OUT, total, "pages")
