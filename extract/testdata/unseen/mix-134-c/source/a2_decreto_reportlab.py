#!/usr/bin/env python3
"""Abriola, decreto del Sindaco n. 12/2028 (house style "J-Serfin").

ReportLab: the letterhead and the register grid are one Form XObject drawn
at the end of the page (onPageEnd), after the body; the protocol stamp runs
up the left margin, rotated, and is drawn first; the headings are
letter-spaced with Tc (setCharSpace); the body is justified with Tw; the
new Giunta is a roll in two columns side by side.
Usage: a2_decreto_reportlab.py OUTPUT.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
RED = colors.HexColor("#6b1d1d")


class Spaced(Flowable):
    """a centred heading drawn with character spacing (Tc)"""

    def __init__(self, text, font="Times-Bold", size=12, tc=5, before=6, after=6):
        super().__init__()
        self.text, self.font, self.size, self.tc = text, font, size, tc
        self.before, self.after = before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.before + self.after

    def draw(self):
        c = self.canv
        w = stringWidth(self.text, self.font, self.size) + self.tc * (len(self.text) - 1)
        t = c.beginText()
        t.setFont(self.font, self.size)
        t.setCharSpace(self.tc)
        t.setTextOrigin((self.aw - w) / 2, self.after)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def letterhead_form(c):
    c.beginForm("Intestazione")
    # crest
    c.setStrokeColor(RED)
    c.setFillColor(colors.HexColor("#f3e9e0"))
    p = c.beginPath()
    x, y = 20 * mm, H - 34 * mm
    p.moveTo(x, y + 19 * mm); p.lineTo(x + 15 * mm, y + 19 * mm); p.lineTo(x + 15 * mm, y + 8 * mm)
    p.curveTo(x + 15 * mm, y + 2 * mm, x + 10 * mm, y, x + 7.5 * mm, y - 1 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 2 * mm, x, y + 8 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(RED)
    c.setFont("Times-Bold", 18)
    c.drawString(40 * mm, H - 20 * mm, "COMUNE DI ABRIOLA")
    c.setFillColor(colors.black)
    c.setFont("Times-Roman", 10)
    c.drawString(40 * mm, H - 25.5 * mm, "Provincia di Potenza")
    c.setFont("Times-Roman", 7.5)
    c.drawString(40 * mm, H - 30 * mm,
                 "Piazza Municipio, 1 - 85010 Abriola (PZ) - Tel. 0971 923011 - C.F. 80002430766")
    c.drawString(40 * mm, H - 33.5 * mm, "PEC: protocollo@pec.comune.abriola.pz.it")
    # register grid
    top = H - 39 * mm
    rows = [("Registro", "DECRETI DEL SINDACO", "Numero", "12"),
            ("Data", "06/10/2028", "Protocollo", "n. 4156 del 06/10/2028")]
    xs = [20 * mm, 52 * mm, 112 * mm, 140 * mm, W - 18 * mm]
    rh = 6 * mm
    c.setLineWidth(0.6)
    for i, row in enumerate(rows):
        yy = top - (i + 1) * rh
        for j in range(4):
            if j % 2 == 0:
                c.setFillColor(colors.HexColor("#eeeeee"))
                c.rect(xs[j], yy, xs[j + 1] - xs[j], rh, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.rect(xs[j], yy, xs[j + 1] - xs[j], rh, fill=0, stroke=1)
            bold = j % 2 == 1 and not row[j].startswith("n. ")
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            c.drawString(xs[j] + 2 * mm, yy + 2 * mm, row[j])
    c.endForm()


def stamp(c):
    c.saveState()
    c.translate(11 * mm, 95 * mm)
    c.rotate(90)
    c.setStrokeColor(colors.HexColor("#1d3f8a"))
    c.setFillColor(colors.HexColor("#1d3f8a"))
    c.setLineWidth(0.9)
    c.roundRect(0, -2.5 * mm, 112 * mm, 9 * mm, 2 * mm)
    c.setFont("Courier-Bold", 7.5)
    c.drawString(3 * mm, 3 * mm, "COMUNE DI ABRIOLA - PROTOCOLLO GENERALE")
    c.setFont("Courier", 7.5)
    c.drawString(3 * mm, -0.5 * mm, "Prot. N. 0004156 del 06/10/2028 - PARTENZA - Cat. I Cl. 6")
    c.restoreState()


def on_page(c, doc):
    stamp(c)


def on_page_end(c, doc):
    if not c.hasForm("Intestazione"):
        letterhead_form(c)
    c.doForm("Intestazione")
    c.saveState()
    c.setStrokeColor(RED)
    c.setLineWidth(0.5)
    c.line(20 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(20 * mm, 11 * mm, "J-Serfin - Atti amministrativi | Decreto del Sindaco n. 12 del 06/10/2028 | Comune di Abriola")
    c.drawRightString(W - 18 * mm, 11 * mm, "Pag. %d" % doc.page)
    c.restoreState()


body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.6, alignment=TA_JUSTIFY,
                      spaceAfter=3.5)
pts = ParagraphStyle("p", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=11.8, alignment=0, spaceAfter=0)
ogg_l = ParagraphStyle("ol", parent=body, fontName="Times-Bold")

story = []
story.append(Spaced("DECRETO", size=15, tc=7, before=0, after=2))
story.append(Paragraph("N. 12 del 06/10/2028", ParagraphStyle("n", parent=body, alignment=TA_CENTER,
                                                             fontName="Times-Bold", spaceAfter=6)))
ogg = Table([[Paragraph("OGGETTO:", ogg_l),
              Paragraph("<b>Nuova composizione della Giunta Comunale a seguito delle dimissioni di un Assessore. "
                        "Nomina del Vicesindaco e attribuzione delle deleghe.</b>", body)]],
            colWidths=[26 * mm, None])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
story.append(ogg)
story.append(Spaced("IL SINDACO", size=12, tc=4, before=8, after=4))
for t in [
    "<b>Visto</b> il verbale dell'Adunanza dei Presidenti di Sezione del 10 giugno 2024, con il quale il "
    "sottoscritto è stato proclamato eletto alla carica di Sindaco del Comune di Abriola a seguito delle "
    "consultazioni elettorali dell'8 e 9 giugno 2024;",
    "<b>Richiamato</b> il proprio decreto n. 6 del 12/06/2024, con il quale sono stati nominati i componenti "
    "della Giunta Comunale e il Vicesindaco e sono state attribuite le relative deleghe;",
    "<b>Vista</b> la nota acquisita al protocollo comunale al n. 4020 del 29/09/2028, con la quale l'Assessore "
    "sig. Vito Lapetina ha rassegnato le proprie dimissioni dalla carica, con effetto immediato;",
    "<b>Visti</b> l'art. 46, commi 2 e 4, e l'art. 47 del D.Lgs. 18 agosto 2000, n. 267, e l'art. 1, comma 135, "
    "della Legge 7 aprile 2014, n. 56, che fissa in due il numero massimo degli Assessori nei Comuni con "
    "popolazione fino a 3.000 abitanti;",
    "<b>Visto</b> l'art. 21 dello Statuto comunale, che consente al Sindaco di affidare a singoli Consiglieri "
    "compiti di collaborazione su specifiche materie, senza potere di firma di atti a rilevanza esterna;",
    "<b>Accertata</b> l'insussistenza, in capo ai nominati, delle cause di incandidabilità, ineleggibilità e "
    "incompatibilità previste dalla legge;",
]:
    story.append(Paragraph(t, body))
story.append(Spaced("DECRETA", size=12, tc=5, before=6, after=4))
story.append(Paragraph(
    "1.&nbsp;&nbsp;&nbsp;di nominare componenti della Giunta Comunale, oltre al Sindaco che la presiede, i "
    "signori di seguito indicati, con le deleghe a fianco di ciascuno:", pts))


def who(name, role, deleghe):
    return [Paragraph("<b>%s</b>" % name, cell), Paragraph("<i>%s</i>" % role, cell),
            Paragraph("Deleghe: %s" % deleghe, cell)]


roll = Table([[who("Carmela MANIERI", "Vicesindaco e Assessore",
                   "Bilancio, Tributi, Personale, Politiche sociali"),
               who("Giuseppe COLANGELO", "Assessore",
                   "Lavori pubblici, Viabilità rurale, Protezione civile")]],
             colWidths=[80 * mm, 80 * mm])
roll.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 7 * mm),
                          ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey)]))
story.append(roll)
story.append(Spacer(1, 4))
story.append(Paragraph(
    "2.&nbsp;&nbsp;&nbsp;di nominare Vicesindaco l'Assessore sig.ra Carmela Manieri, che sostituisce il Sindaco "
    "in caso di assenza o impedimento temporaneo, ai sensi dell'art. 53 del D.Lgs. 267/2000;", pts))
story.append(Paragraph(
    "3.&nbsp;&nbsp;&nbsp;di affidare ai Consiglieri comunali di seguito indicati compiti di collaborazione nelle "
    "materie a fianco di ciascuno, ai sensi dell'art. 21 dello Statuto:", pts))
roll2 = Table([[who("Antonella FERRARA", "Consigliere comunale", "Istruzione, Cultura, Politiche giovanili"),
                who("Nicola SANTORO", "Consigliere comunale", "Agricoltura, Usi civici, Ambiente")]],
              colWidths=[80 * mm, 80 * mm])
roll2.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 7 * mm),
                           ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey)]))
story.append(roll2)
story.append(Spacer(1, 4))
for n, t in [(4, "di comunicare il presente decreto al Consiglio Comunale nella prima seduta utile, ai sensi "
                 "dell'art. 46, comma 2, del D.Lgs. 267/2000;"),
             (5, "di notificare il presente decreto agli interessati e di disporne la pubblicazione all'Albo "
                 "Pretorio on line e nella sezione \"Amministrazione Trasparente\" del sito istituzionale.")]:
    story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (n, t), pts))
story.append(Spacer(1, 8))
sig = Table([[Paragraph("Abriola, lì 06/10/2028", body),
              [Paragraph("<b>IL SINDACO</b>", ParagraphStyle("s", parent=body, alignment=TA_CENTER, spaceAfter=0)),
               Paragraph("avv. Donato Summa", ParagraphStyle("s2", parent=body, alignment=TA_CENTER)),
               Paragraph("<i>documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005</i>",
                         ParagraphStyle("s3", parent=body, alignment=TA_CENTER, fontSize=7.5, leading=9))]]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(KeepTogether([sig]))

doc = BaseDocTemplate(OUT, pagesize=A4, title="Decreto del Sindaco n. 12/2028", author="Comune di Abriola",
                      creator="J-Serfin - Segreteria")
frame = Frame(20 * mm, 20 * mm, W - 38 * mm, H - 74 * mm, leftPadding=0, rightPadding=0, topPadding=0)
doc.addPageTemplates([PageTemplate("p", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
doc.build(story)
