#!/usr/bin/env python3
"""Casalecchio di Reno, J-Iride-like print: determinazione R.G. 612/2026.

ReportLab platypus with base-14 fonts, so the justified paragraphs are
set with word spacing (Tw). Frontispiece with the label grid of the
registers, subject in a box, running head and foot with the R.G. number
from page 2 on, visto contabile on the last page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-casalecchiodireno-jiride.pdf"
W, H = A4
RG, RG_DATE = "612", "14/09/2026"
HEAD = "Comune di Casalecchio di Reno \u2013 Determinazione dirigenziale R.G. n. %s del %s" % (RG, RG_DATE)


def crest(c, x, y):
    """a plain shield, as the letterhead's bitmap would show it"""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1d3f73"))
    c.setFillColor(colors.HexColor("#dfe7f3"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 7 * mm)
    p.curveTo(x + 14 * mm, y + 2 * mm, x + 9 * mm, y, x + 7 * mm, y - 1 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 2 * mm, x, y + 7 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1d3f73"))
    c.rect(x + 3 * mm, y + 9 * mm, 8 * mm, 2.2 * mm, fill=1, stroke=0)
    c.rect(x + 6 * mm, y + 3 * mm, 2 * mm, 12 * mm, fill=1, stroke=0)
    c.restoreState()


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        rl_canvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
            self.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 33 * mm)
    c.setFillColor(colors.HexColor("#1d3f73"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(38 * mm, H - 22 * mm, "COMUNE DI CASALECCHIO DI RENO")
    c.setFont("Helvetica", 9.5)
    c.drawString(38 * mm, H - 27.5 * mm, "Citt\u00e0 metropolitana di Bologna")
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(38 * mm, H - 32 * mm, "Via dei Mille, 9 \u2013 40033 Casalecchio di Reno (BO) \u2013 C.F. 01135570370")
    c.setStrokeColor(colors.HexColor("#1d3f73"))
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, H - 14 * mm, HEAD)
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()


base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
lbl = ParagraphStyle("l", fontName="Helvetica", fontSize=8.5, leading=10.5)
val = ParagraphStyle("v", fontName="Helvetica-Bold", fontSize=9.5, leading=11.5)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=TA_CENTER,
                       spaceBefore=2, spaceAfter=8)
center = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Times-Bold", spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("p", parent=base, leftIndent=16, firstLineIndent=-16)
sig = ParagraphStyle("s", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_CENTER)

story = []
story.append(Paragraph("DETERMINAZIONE DIRIGENZIALE", title))
grid = [
    [Paragraph("N. Registro Generale", lbl), Paragraph(RG, val), Paragraph("Data", lbl), Paragraph(RG_DATE, val)],
    [Paragraph("N. Registro Settore", lbl), Paragraph("148", val), Paragraph("Data", lbl), Paragraph("11/09/2026", val)],
    [Paragraph("N. Proposta", lbl), Paragraph("1730", val), Paragraph("Data", lbl), Paragraph("10/09/2026", val)],
    [Paragraph("Area", lbl), Paragraph("AREA SERVIZI AL TERRITORIO", val), "", ""],
    [Paragraph("Servizio", lbl), Paragraph("Servizio Lavori Pubblici e Manutenzioni", val), "", ""],
    [Paragraph("Responsabile del procedimento", lbl), Paragraph("geom. Luca Montanari", val), "", ""],
]
t = Table(grid, colWidths=[46 * mm, 58 * mm, 20 * mm, 46 * mm])
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8fa6")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f8")),
    ("BACKGROUND", (2, 0), (2, 2), colors.HexColor("#eef2f8")),
    ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)), ("SPAN", (1, 5), (3, 5)),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]))
story.append(t)
story.append(Spacer(1, 6 * mm))
subject = ("LAVORI DI MANUTENZIONE STRAORDINARIA DEI MARCIAPIEDI DI VIA GUGLIELMO MARCONI E VIA PIAVE. "
           "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA "
           "EDILSTRADE RENO S.R.L. E IMPEGNO DI SPESA - CUP G37H26000410004 - CIG B4C7D19E2A")
box = Table([[Paragraph("OGGETTO:", ParagraphStyle("o", fontName="Helvetica-Bold", fontSize=9.5, leading=12))],
             [Paragraph(subject, ParagraphStyle("ov", fontName="Helvetica-Bold", fontSize=10, leading=13,
                                                alignment=TA_JUSTIFY))]],
            colWidths=[170 * mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                         ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                         ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
story.append(box)
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("IL DIRIGENTE", center))

paras = [
    "<b>Premesso che</b> con deliberazione del Consiglio Comunale n. 71 del 19/12/2025, esecutiva ai sensi di legge, "
    "\u00e8 stato approvato il Bilancio di previsione finanziario 2026-2028 e con deliberazione della Giunta Comunale "
    "n. 4 del 13/01/2026 \u00e8 stato approvato il Piano Esecutivo di Gestione 2026-2028, con il quale sono state "
    "assegnate ai Dirigenti le risorse finanziarie e gli obiettivi di gestione;",
    "<b>Richiamato</b> il decreto del Sindaco n. 18 del 30/06/2025 con il quale al sottoscritto \u00e8 stato conferito "
    "l'incarico di direzione dell'Area Servizi al Territorio;",
    "<b>Considerato che</b> i marciapiedi di via Guglielmo Marconi, nel tratto compreso tra via Porrettana e via "
    "del Lavoro, e di via Piave presentano diffusi dissesti della pavimentazione, sollevamenti causati dagli "
    "apparati radicali delle alberature e cordoli sconnessi, come risulta dalla relazione tecnica del Servizio "
    "Lavori Pubblici e Manutenzioni prot. n. 24817 del 02/09/2026, tali da costituire pericolo per la "
    "circolazione pedonale;",
    "<b>Visto</b> il progetto esecutivo redatto dal Servizio, che prevede una spesa complessiva di \u20ac 38.649,60, "
    "di cui \u20ac 31.200,00 per lavori, \u20ac 480,00 per oneri della sicurezza non soggetti a ribasso ed "
    "\u20ac 6.969,60 per IVA al 22%;",
    "<b>Visto</b> l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
    "diretto dei lavori di importo inferiore a \u20ac 150.000,00, anche senza consultazione di pi\u00f9 operatori "
    "economici, purch\u00e9 sia scelto un soggetto in possesso di documentate esperienze pregresse idonee "
    "all'esecuzione delle prestazioni contrattuali;",
    "<b>Dato atto che</b> \u00e8 stata svolta sulla piattaforma di approvvigionamento digitale SATER della Regione "
    "Emilia-Romagna la procedura di affidamento diretto n. PI214409-26, a seguito della quale la ditta "
    "Edilstrade Reno S.r.l., con sede in Sasso Marconi (BO), ha offerto un ribasso del 6,40% sull'importo dei "
    "lavori, ritenuto congruo dal responsabile unico del progetto;",
    "<b>Accertato</b> il possesso dei requisiti di ordine generale e speciale in capo all'affidatario, mediante "
    "il Fascicolo Virtuale dell'Operatore Economico, e acquisito il DURC regolare con scadenza al 14/01/2027;",
    "<b>Visti</b> il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107, 151, 183 e 192; il D.Lgs. "
    "23 giugno 2011, n. 118; lo Statuto comunale e il vigente Regolamento di contabilit\u00e0;",
]
for p in paras:
    story.append(Paragraph(p, base))
story.append(Paragraph("DETERMINA", center))
points = [
    "di approvare il progetto esecutivo dei lavori di manutenzione straordinaria dei marciapiedi di via "
    "Guglielmo Marconi e via Piave, per una spesa complessiva di \u20ac 38.649,60;",
    "di affidare i lavori, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023, alla ditta "
    "Edilstrade Reno S.r.l., P.IVA 03498211207, per l'importo di \u20ac 29.203,20 oltre ad \u20ac 480,00 per "
    "oneri della sicurezza e IVA al 22%, per complessivi \u20ac 36.213,50;",
    "di impegnare la spesa di \u20ac 36.213,50 al capitolo 28150/420 \u201cManutenzione straordinaria strade e "
    "marciapiedi\u201d del Bilancio 2026-2028, esercizio 2026, dando atto che l'obbligazione viene a scadenza "
    "entro il 31/12/2026;",
    "di dare atto che il contratto sar\u00e0 stipulato mediante corrispondenza secondo l'uso commerciale, ai "
    "sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il responsabile unico del progetto \u00e8 il geom. Luca Montanari, il quale ha "
    "dichiarato l'assenza di conflitti di interesse;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\u201cAmministrazione trasparente\u201d, sottosezione \u201cBandi di gara e contratti\u201d.",
]
for i, p in enumerate(points, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
story.append(Spacer(1, 8 * mm))
story.append(KeepTogether([
    Paragraph("IL DIRIGENTE", sig),
    Paragraph("AREA SERVIZI AL TERRITORIO", sig),
    Paragraph("ing. Marco Ferrari", sig),
    Paragraph("<i>(sottoscritto digitalmente)</i>", ParagraphStyle("si", parent=sig, fontSize=9)),
]))
story.append(Spacer(1, 12 * mm))
vt = ParagraphStyle("vt", fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=6)
vis = [
    Paragraph("VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", vt),
    Paragraph("(art. 183, comma 7, del D.Lgs. 267/2000)", ParagraphStyle("vx", parent=sig, fontSize=9, spaceAfter=6)),
]
imp = Table([["Esercizio", "Capitolo", "Impegno", "Importo", "Beneficiario"],
             ["2026", "28150/420", "2026/1874", "\u20ac 36.213,50", "Edilstrade Reno S.r.l."]],
            colWidths=[22 * mm, 28 * mm, 28 * mm, 30 * mm, 62 * mm])
imp.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                         ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                         ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5)]))
vis.append(imp)
vis.append(Spacer(1, 4 * mm))
vis.append(Paragraph("Si appone il visto di regolarit\u00e0 contabile attestante la copertura finanziaria della spesa, "
                     "che rende esecutivo il presente provvedimento.", base))
vis.append(Paragraph("Casalecchio di Reno, 14/09/2026", ParagraphStyle("d", parent=base, alignment=TA_LEFT)))
vis.append(Paragraph("IL DIRIGENTE AREA SERVIZI FINANZIARI<br/>dott.ssa Silvia Bernardi<br/>"
                     "<i>(sottoscritto digitalmente)</i>", sig))
story.append(KeepTogether(vis))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm,
                      title="Determinazione R.G. 612/2026", author="Comune di Casalecchio di Reno",
                      creator="J-Iride Atti - modulo Determinazioni")
f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 60 * mm, id="f1")
f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
