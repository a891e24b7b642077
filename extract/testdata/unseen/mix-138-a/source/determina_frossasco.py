#!/usr/bin/env python3
"""Determinazione dell'Area Tecnico-Manutentiva di Frossasco (sector n. 3, general register n. 6),
Sicraweb-like print made with ReportLab platypus (Liberation fonts embedded).
usage: determina_frossasco.py OUT.pdf"""
import sys
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = sys.argv[1]
FD = "/usr/share/fonts/truetype/liberation/"
for n, f in (("Serif", "LiberationSerif-Regular.ttf"), ("Serif-B", "LiberationSerif-Bold.ttf"),
             ("Serif-I", "LiberationSerif-Italic.ttf"), ("Sans", "LiberationSans-Regular.ttf"),
             ("Sans-B", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(n, FD + f))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")

body = ParagraphStyle("b", fontName="Serif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Serif-B", spaceBefore=4, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)
grid_l = ParagraphStyle("gl", fontName="Sans-B", fontSize=10, leading=12.5, alignment=TA_LEFT)
grid_c = ParagraphStyle("gc", fontName="Sans", fontSize=10, leading=12.5, alignment=TA_CENTER)
ogg = ParagraphStyle("o", fontName="Serif-B", fontSize=11, leading=14, alignment=TA_LEFT)

SUBJ = ("AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI - "
        "STAGIONE INVERNALE 2028/2029 - INTEGRAZIONE IMPEGNO DI SPESA - CIG B7A2E41C93")


def crest(c, x, y, s):
    c.saveState()
    c.setLineWidth(1.3)
    p = c.beginPath()
    p.moveTo(x, y); p.lineTo(x + 16 * s, y); p.lineTo(x + 16 * s, y - 11 * s)
    p.curveTo(x + 16 * s, y - 17 * s, x + 11 * s, y - 20 * s, x + 8 * s, y - 21 * s)
    p.curveTo(x + 5 * s, y - 20 * s, x, y - 17 * s, x, y - 11 * s)
    p.close()
    c.drawPath(p)
    c.line(x, y - 7 * s, x + 16 * s, y - 7 * s)
    c.circle(x + 8 * s, y - 3.5 * s, 1.6 * s)
    c.lines([(x + 4 * s, y - 15 * s, x + 8 * s, y - 10 * s), (x + 8 * s, y - 10 * s, x + 12 * s, y - 15 * s)])
    c.restoreState()


def page(c, doc):
    c.saveState()
    w, h = A4
    if doc.page == 1:
        crest(c, 22 * mm, h - 14 * mm, 1.0 * mm)
        c.setFont("Serif-B", 17)
        c.drawCentredString(w / 2, h - 21 * mm, "COMUNE DI FROSSASCO")
        c.setFont("Serif", 10)
        c.drawCentredString(w / 2, h - 26.5 * mm, "CITTÀ METROPOLITANA DI TORINO")
        c.setFont("Serif", 8.5)
        c.drawCentredString(w / 2, h - 31 * mm, "Piazza Donatori di Sangue n. 1 – 10060 Frossasco (TO)")
        c.setLineWidth(1.4)
        c.line(20 * mm, h - 37 * mm, w - 18 * mm, h - 37 * mm)
    else:
        c.setFont("Sans", 8)
        c.drawString(20 * mm, h - 12 * mm, "Comune di Frossasco - Determinazione Reg. Gen. n. 6 del 11/01/2029")
        c.setLineWidth(0.5)
        c.line(20 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
    c.setFont("Sans", 7.5)
    c.setLineWidth(0.5)
    c.line(20 * mm, 15 * mm, w - 18 * mm, 15 * mm)
    c.drawString(20 * mm, 11.5 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
    c.drawRightString(w - 18 * mm, 11.5 * mm, "Pag. %d" % doc.page)
    c.restoreState()


story = []
story.append(Spacer(1, 22 * mm))
g = Table([
    [Paragraph("AREA TECNICO-MANUTENTIVA", grid_l), "", ""],
    [Paragraph("Servizio Manutenzione del Patrimonio", ParagraphStyle("x", parent=grid_l, fontName="Sans")), "", ""],
    [Paragraph("DETERMINAZIONE", grid_l), Paragraph("N. 3", grid_c), Paragraph("del 10/01/2029", grid_c)],
    [Paragraph("REGISTRO GENERALE", grid_l), Paragraph("N. 6", grid_c), Paragraph("del 11/01/2029", grid_c)],
], colWidths=[82 * mm, 40 * mm, 50 * mm])
g.setStyle(TableStyle([
    ("GRID", (0, 2), (-1, -1), 0.7, colors.black),
    ("BOX", (0, 0), (-1, -1), 0.7, colors.black),
    ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
    ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.9, 0.9, 0.9)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]))
story += [g, Spacer(1, 5 * mm)]
o = Table([[Paragraph("OGGETTO:", ogg), Paragraph(SUBJ, ogg)]], colWidths=[28 * mm, 144 * mm])
o.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.7, colors.black),
                       ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black),
                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story += [o, Spacer(1, 4 * mm)]
story.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICO-MANUTENTIVA", cen))
for t in [
    "Visto il decreto del Sindaco n. 9 del 28/12/2028, con il quale il sottoscritto è stato nominato Responsabile dell'Area "
    "Tecnico-Manutentiva con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamata la propria determinazione n. 41 del 14/11/2028 (Reg. Gen. n. 318), con la quale è stato affidato alla ditta "
    "Agriservizi Val Noce di Rostagno Mauro, con sede in Cantalupa, il servizio di sgombero neve e trattamento antighiaccio "
    "delle strade comunali per la stagione invernale 2028/2029, con impegno di spesa di € 9.760,00 IVA compresa;",
    "Considerato che le abbondanti precipitazioni nevose del periodo 27 dicembre 2028 - 6 gennaio 2029 hanno richiesto un numero "
    "di interventi superiore a quello stimato, come risulta dai rapportini di servizio vistati dal personale dell'Ufficio Tecnico, "
    "e che la somma residua non è sufficiente a garantire il servizio fino al termine della stagione;",
    "Ritenuto pertanto necessario integrare l'impegno di spesa di € 4.000,00 oltre IVA 22%, per complessivi € 4.880,00, "
    "entro il limite del quinto d'obbligo previsto dal contratto;",
    "Dato atto che il Codice Identificativo di Gara (CIG) attribuito dall'ANAC è B7A2E41C93 e che la ditta risulta in regola "
    "con gli obblighi contributivi (DURC prot. INAIL_48210377, scadenza 09/04/2029);",
    "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il vigente Regolamento comunale di contabilità;",
]:
    story.append(Paragraph(t, body))
story.append(Paragraph("DETERMINA", ParagraphStyle("d", parent=cen, fontSize=12)))
pts = [
    "di integrare, per le motivazioni espresse in premessa, l'impegno di spesa assunto con la determinazione n. 41 del "
    "14/11/2028 a favore della ditta Agriservizi Val Noce di Rostagno Mauro, per l'importo di € 4.880,00 IVA compresa;",
    "di imputare la spesa alla Missione 10, Programma 05, Capitolo 1935/2 \"Servizio sgombero neve\" del bilancio di previsione "
    "2029-2031, esercizio 2029;",
    "di dare atto che il pagamento avverrà a seguito di presentazione di regolare fattura elettronica, previo accertamento della "
    "regolarità del servizio;",
    "di trasmettere il presente provvedimento al Responsabile dell'Area Finanziaria per il visto di regolarità contabile "
    "attestante la copertura finanziaria.",
]
num = ParagraphStyle("n", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
for i, t in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, t), num))
story.append(Spacer(1, 4 * mm))
sig = Table([[Paragraph("Frossasco, 10/01/2029", body), Paragraph("IL RESPONSABILE DELL'AREA<br/>TECNICO-MANUTENTIVA<br/>Geom. Paolo Ferrero<br/>"
                            "<font size='9'><i>(firmato digitalmente)</i></font>",
                            ParagraphStyle("sg", parent=body, alignment=TA_CENTER))]],
            colWidths=[90 * mm, 82 * mm])
story.append(sig)
story.append(Spacer(1, 6 * mm))
visto = [
    Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", ParagraphStyle("v", parent=cen, fontSize=10)),
    Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile attestante la "
              "copertura finanziaria della spesa.", small),
]
imp = Table([["Impegno", "Esercizio", "Capitolo", "Importo"], ["38", "2029", "1935/2", "€ 4.880,00"]],
            colWidths=[30 * mm, 30 * mm, 40 * mm, 40 * mm])
imp.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, 0), "Sans-B", 9),
                         ("FONT", (0, 1), (-1, -1), "Sans", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
visto += [imp, Spacer(1, 3 * mm),
          Paragraph("Frossasco, 11/01/2029", small),
          Paragraph("IL RESPONSABILE DELL'AREA FINANZIARIA<br/>Dott. Alberto Ghigo<br/><i>(firmato digitalmente)</i>",
                    ParagraphStyle("vs", parent=small, alignment=TA_CENTER, leftIndent=90 * mm))]
story.append(KeepTogether(visto))

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
                        title="Determinazione n. 6 del 11/01/2029", author="Comune di Frossasco", creator="Sicraweb")
doc.build(story, onFirstPage=page, onLaterPages=page)
