#!/usr/bin/env python3
"""Comune di Ala - verbale di deliberazione della Giunta comunale n. 3/2029.
Sicraweb-like print: ReportLab platypus, letterhead and running foot drawn
by the page template, number/date/proposal in a ruled grid."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1]
W, H = A4

def crest(c, x, y, s=1.0):
    """A plain heraldic shield (the print has a monochrome crest)."""
    c.saveState()
    c.translate(x, y)
    c.scale(s, s)
    p = c.beginPath()
    p.moveTo(0, 40); p.lineTo(32, 40); p.lineTo(32, 16)
    p.curveTo(32, 6, 22, 1, 16, -2); p.curveTo(10, 1, 0, 6, 0, 16); p.close()
    c.setLineWidth(1.1); c.setFillColor(colors.white); c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    # a wing and a tower, roughly
    c.rect(12, 8, 8, 20, stroke=0, fill=1)
    c.rect(10, 27, 12, 4, stroke=0, fill=1)
    for i in range(3):
        c.rect(10 + i * 4.7, 31, 2.6, 3, stroke=0, fill=1)
    # crown
    c.setFillColor(colors.black)
    c.rect(2, 42, 28, 3, stroke=0, fill=1)
    for i in range(5):
        c.rect(2 + i * 6.2, 45, 3, 3.5, stroke=0, fill=1)
    c.restoreState()


def on_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 33 * mm, 0.9)
    c.setFont("Times-Bold", 19)
    c.drawString(36 * mm, H - 22 * mm, "COMUNE DI ALA")
    c.setFont("Times-Roman", 10.5)
    c.drawString(36 * mm, H - 27.5 * mm, "PROVINCIA DI TRENTO")
    c.setFont("Helvetica", 7)
    c.drawRightString(W - 18 * mm, H - 20 * mm, "Codice ente 022001")
    c.drawRightString(W - 18 * mm, H - 23.5 * mm, "PEC: comune@pec.comune.ala.tn.it")
    c.setLineWidth(0.8)
    c.line(18 * mm, H - 35 * mm, W - 18 * mm, H - 35 * mm)
    # running foot
    c.setLineWidth(0.3)
    c.line(18 * mm, 17 * mm, W - 18 * mm, 17 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(18 * mm, 13 * mm, "Deliberazione della Giunta comunale n. 3 di data 10/01/2029")
    c.drawRightString(W - 18 * mm, 13 * mm, "Pag. %d di 2" % doc.page)
    c.setFont("Helvetica-Oblique", 6.5)
    c.drawString(18 * mm, 9.5 * mm, "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. 7 marzo 2005, n. 82 e norme collegate")
    c.restoreState()


body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold", fontSize=12, spaceBefore=6, spaceAfter=6)
tit = ParagraphStyle("t", parent=body, alignment=TA_CENTER, fontName="Times-Bold", fontSize=13, leading=16, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11, alignment=TA_LEFT)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
pt = ParagraphStyle("pt", parent=body, leftIndent=16, firstLineIndent=-16)
sub = ParagraphStyle("sub", parent=body, leftIndent=30, firstLineIndent=-14, spaceAfter=3)

SUBJECT = ("Lavori di manutenzione straordinaria della copertura e di efficientamento energetico "
           "della scuola primaria di Chizzola: approvazione del progetto esecutivo in linea tecnica "
           "ed economica (CUP F27H28000150004).")

story = []
story.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", tit))

grid = Table([
    [Paragraph("Deliberazione n.", cell), Paragraph("<b>3</b>", cell),
     Paragraph("di data", cell), Paragraph("<b>10/01/2029</b>", cell),
     Paragraph("ore", cell), Paragraph("<b>17:00</b>", cell)],
    [Paragraph("Proposta n. 7 del 05/01/2029&nbsp;&nbsp;&nbsp;&nbsp;Struttura proponente: <b>SERVIZIO TECNICO - UFFICIO LAVORI PUBBLICI</b>", cell), "", "", "", "", ""],
], colWidths=[28 * mm, 22 * mm, 16 * mm, 58 * mm, 12 * mm, 38 * mm])
grid.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("SPAN", (0, 1), (5, 1)),
    ("BACKGROUND", (0, 0), (0, 0), colors.Color(0.9, 0.9, 0.9)),
    ("BACKGROUND", (2, 0), (2, 0), colors.Color(0.9, 0.9, 0.9)),
    ("BACKGROUND", (4, 0), (4, 0), colors.Color(0.9, 0.9, 0.9)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]))
story.append(grid)
story.append(Spacer(1, 8))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % SUBJECT, ParagraphStyle("o", parent=body, alignment=TA_LEFT))]],
            colWidths=[27 * mm, 147 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (0, 0), 4),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
story.append(ogg)
story.append(Spacer(1, 8))
story.append(Paragraph(
    "L'anno duemilaventinove, il giorno dieci del mese di gennaio, alle ore 17:00, nella sala delle riunioni "
    "della sede municipale, a seguito di regolare convocazione disposta dal Sindaco, si è riunita la Giunta "
    "comunale nelle persone dei signori:", body))

roll = [("VICENTINI STEFANO", "Sindaco", True), ("COSER ELENA", "Vicesindaco", True),
        ("MARTINELLI DAVIDE", "Assessore", True), ("GASPEROTTI SARA", "Assessore", False),
        ("TOMASI FRANCO", "Assessore", True)]
rows = [[Paragraph("<b>Nominativo</b>", cell), Paragraph("<b>Carica</b>", cell),
         Paragraph("<b>Presente</b>", cell), Paragraph("<b>Assente</b>", cell)]]
for n, r, p in roll:
    rows.append([Paragraph(n, cell), Paragraph(r, cell), "X" if p else "", "" if p else "X"])
rt = Table(rows, colWidths=[62 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (2, 1), (-1, -1), "Helvetica-Bold"),
    ("FONTSIZE", (2, 1), (-1, -1), 9),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]))
story.append(rt)
story.append(Spacer(1, 3))
story.append(Paragraph("Presenti n. 4 - Assenti n. 1", ParagraphStyle("r", parent=small, alignment=TA_LEFT)))
story.append(Spacer(1, 4))
story.append(Paragraph("Assiste e redige il presente verbale il Vicesegretario comunale dott. Nicola Ferrari.", body))
story.append(Paragraph(
    "Riconosciuto legale il numero degli intervenuti, il Sindaco Stefano Vicentini assume la presidenza e "
    "dichiara aperta la seduta per la trattazione dell'argomento indicato in oggetto.", body))

story.append(Paragraph("LA GIUNTA COMUNALE", cen))
for t in [
    "Premesso che l'edificio che ospita la scuola primaria di Chizzola, di proprietà comunale, presenta "
    "infiltrazioni d'acqua meteorica dal manto di copertura e un isolamento termico insufficiente, come "
    "rilevato nel sopralluogo dell'Ufficio lavori pubblici del 14 ottobre 2028;",
    "richiamata la propria deliberazione n. 171 di data 28/11/2028, con la quale è stato approvato il progetto "
    "di fattibilità tecnica ed economica dell'intervento;",
    "visto il progetto esecutivo redatto dall'ing. Marco Speziosi, con studio in Rovereto, incaricato con "
    "determinazione del Responsabile del Servizio tecnico n. 298 di data 05/12/2028, pervenuto al protocollo "
    "comunale in data 22/12/2028 e composto dagli elaborati elencati nella relazione tecnico-illustrativa;",
    "dato atto che il progetto prevede una spesa complessiva di euro 385.000,00, di cui euro 298.400,00 per "
    "lavori a base d'asta (compresi euro 11.200,00 per oneri della sicurezza non soggetti a ribasso) ed euro "
    "86.600,00 per somme a disposizione dell'Amministrazione;",
    "visto il verbale di verifica e validazione del progetto sottoscritto dal responsabile unico del progetto "
    "in data 04/01/2029;",
    "visti il D.Lgs. 31 marzo 2023, n. 36, la L.P. 10 settembre 1993, n. 26 e la L.P. 9 marzo 2016, n. 2, per "
    "quanto applicabili;",
    "visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 maggio "
    "2018, n. 2;",
    "acquisiti sulla proposta di deliberazione i pareri favorevoli di regolarità tecnico-amministrativa del "
    "Responsabile del Servizio tecnico e di regolarità contabile del Responsabile del Servizio finanziario, "
    "espressi ai sensi dell'art. 185 del citato Codice ed allegati al presente atto;",
]:
    story.append(Paragraph(t, body))
story.append(Paragraph("con voti favorevoli unanimi, espressi nelle forme di legge,", body))
story.append(Paragraph("D E L I B E R A", cen))
pts = [
    "di approvare in linea tecnica ed economica, per le motivazioni esposte in premessa, il progetto esecutivo "
    "dei lavori di manutenzione straordinaria della copertura e di efficientamento energetico della scuola "
    "primaria di Chizzola, redatto dall'ing. Marco Speziosi, dell'importo complessivo di euro 385.000,00, "
    "secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa di euro 385.000,00 trova copertura alla missione 04, programma 02, capitolo 2510 "
    "del bilancio di previsione 2029-2031, esercizio 2029, finanziata per euro 300.000,00 con il contributo "
    "provinciale a valere sul fondo investimenti programmati e per euro 85.000,00 con mezzi propri di bilancio;",
    "di demandare al Responsabile del Servizio tecnico l'adozione degli atti necessari all'affidamento dei lavori, "
    "nel rispetto della normativa vigente in materia di contratti pubblici;",
    "di dare evidenza, ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente "
    "deliberazione sono ammessi:",
]
for i, t in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), pt))
for t in [
    "a) opposizione alla Giunta comunale, da parte di ogni cittadino, entro il periodo di pubblicazione, ai sensi "
    "dell'art. 183, comma 5, del Codice degli enti locali;",
    "b) ricorso giurisdizionale al Tribunale Regionale di Giustizia Amministrativa di Trento, entro 60 giorni, ai "
    "sensi degli artt. 13 e 29 del D.Lgs. 2 luglio 2010, n. 104;",
    "c) ricorso straordinario al Presidente della Repubblica, entro 120 giorni, ai sensi dell'art. 8 del D.P.R. "
    "24 novembre 1971, n. 1199.",
]:
    story.append(Paragraph(t, sub))
story.append(Spacer(1, 4))
story.append(Paragraph(
    "Con separata ed unanime votazione, la presente deliberazione viene dichiarata immediatamente eseguibile ai "
    "sensi dell'art. 183, comma 4, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, "
    "stante l'urgenza di avviare la procedura di affidamento in tempo utile per eseguire i lavori durante la "
    "sospensione estiva delle attività didattiche.", body))
story.append(Spacer(1, 10))
story.append(Paragraph("Letto, approvato e sottoscritto.", body))
story.append(Spacer(1, 6))
sig = Table([[Paragraph("IL SINDACO", ParagraphStyle("x", parent=cell, alignment=TA_CENTER, fontName="Helvetica-Bold")),
              Paragraph("IL VICESEGRETARIO COMUNALE", ParagraphStyle("x", parent=cell, alignment=TA_CENTER, fontName="Helvetica-Bold"))],
             [Paragraph("Stefano Vicentini", ParagraphStyle("y", parent=cell, alignment=TA_CENTER)),
              Paragraph("dott. Nicola Ferrari", ParagraphStyle("y", parent=cell, alignment=TA_CENTER))],
             [Paragraph("<i>firmato digitalmente</i>", ParagraphStyle("z", parent=cell, alignment=TA_CENTER, fontSize=7.5)),
              Paragraph("<i>firmato digitalmente</i>", ParagraphStyle("z", parent=cell, alignment=TA_CENTER, fontSize=7.5))]],
            colWidths=[85 * mm, 85 * mm])
story.append(KeepTogether([sig]))

frame = Frame(18 * mm, 20 * mm, W - 36 * mm, H - 58 * mm, id="f", leftPadding=0, rightPadding=0)
doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione della Giunta comunale n. 3/2029",
                      author="Comune di Ala", creator="Sicraweb - Atti amministrativi",
                      pageTemplates=[PageTemplate(id="p", frames=[frame], onPage=on_page)])
doc.build(story)
