#!/usr/bin/env python3
"""Comune di Cividate al Piano - determinazione n. 298 del 17/09/2027.

The Sinergis house style of the Giunta's minute (tower and name on the left,
number box on the right, running foot with the number), printed by the
determinazioni module through ReportLab: the Area's name and the headings
are letter-spaced with the Tc operator, the body is justified with Tw, the
beneficiaries are a ruled table.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-cividatealpiano-sinergis.pdf"
W, H = A4
LM, RM = 22 * mm, W - 20 * mm


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), centred or left."""

    def __init__(self, text, font="Helvetica-Bold", size=11, cs=2.2, centre=True, space=6):
        super().__init__()
        self.text, self.font, self.size, self.cs, self.centre, self.space = text, font, size, cs, centre, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 2 * self.space

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        tw = c.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        x = (self.aw - tw) / 2 if self.centre else 0
        t = c.beginText(x, self.space)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


class NumberedCanvas(rl_canvas.Canvas):
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
            self.setLineWidth(0.4)
            self.line(LM, 16 * mm, RM, 16 * mm)
            self.setFont("Helvetica-Oblique", 7.5)
            self.drawString(LM, 12 * mm, "Determinazione n. 298 del 17/09/2027 - Area Servizi alla Persona")
            self.drawRightString(RM, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def letterhead(c, doc):
    c.saveState()
    tx, ty = LM, H - 42 * mm
    c.setStrokeColor(colors.Color(0.55, 0.12, 0.12))
    c.setFillColor(colors.Color(0.93, 0.90, 0.86))
    c.setLineWidth(0.9)
    c.rect(tx + 3 * mm, ty, 10 * mm, 17 * mm, stroke=1, fill=1)
    for i in range(3):
        c.rect(tx + 3 * mm + i * 3.8 * mm, ty + 17 * mm, 2.4 * mm, 2.6 * mm, stroke=1, fill=1)
    c.setFillColor(colors.Color(0.55, 0.12, 0.12))
    c.rect(tx + 6.8 * mm, ty, 2.4 * mm, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LM + 18 * mm, H - 27 * mm, "COMUNE DI CIVIDATE AL PIANO")
    c.setFont("Helvetica", 10.5)
    c.drawString(LM + 18 * mm, H - 32.5 * mm, "Provincia di Bergamo")
    c.setFont("Helvetica", 7.5)
    c.drawString(LM + 18 * mm, H - 37 * mm, "Piazza Vittorio Emanuele II, 1 - 24050 Cividate al Piano (BG)")
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(LM, H - 45 * mm, RM, H - 45 * mm)
    # number box
    bx = RM - 52 * mm
    c.setLineWidth(0.7)
    c.rect(bx, H - 42.5 * mm, 52 * mm, 26 * mm)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(bx + 3 * mm, H - 21.5 * mm, "ORIGINALE")
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(bx + 3 * mm, H - 27.5 * mm, "Determinazione n. 298")
    c.setFont("Helvetica", 10)
    c.drawString(bx + 3 * mm, H - 32.5 * mm, "Data 17/09/2027")
    c.setFont("Helvetica", 8)
    c.drawString(bx + 3 * mm, H - 37 * mm, "Reg. Area n. 41")
    c.drawString(bx + 3 * mm, H - 40.8 * mm, "Proposta n. 327 del 16/09/2027")
    c.restoreState()


def later(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(LM, H - 14 * mm, "Comune di Cividate al Piano")
    c.restoreState()


base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=4)
subj = ParagraphStyle("s", parent=base, fontName="Helvetica-Bold", leftIndent=22 * mm,
                      firstLineIndent=-22 * mm)
point = ParagraphStyle("p", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
small = ParagraphStyle("sm", parent=base, fontSize=8.5, leading=11)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11, alignment=TA_LEFT)

story = [
    Spacer(1, 2 * mm),
    Spaced("AREA SERVIZI ALLA PERSONA", size=12, cs=2.6),
    Spaced("Servizio Sport, Cultura e Tempo Libero", font="Helvetica-Oblique", size=10, cs=0.8, space=2),
    Spacer(1, 4 * mm),
    Paragraph("OGGETTO:&nbsp;&nbsp;&nbsp;IMPEGNO DI SPESA E LIQUIDAZIONE DEI CONTRIBUTI ORDINARI ALLE "
              "ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE SPORTIVA 2027/2028, IN ESECUZIONE "
              "DELLA DELIBERAZIONE G.C. N. 63 DEL 15/09/2027.", subj),
    Spacer(1, 2 * mm),
    Spaced("IL RESPONSABILE DELL'AREA", size=10.5, cs=1.8),
]
for t in [
    "Visto il decreto del Sindaco n. 11 del 30/12/2026, con il quale alla sottoscritta è stato conferito "
    "l'incarico di Elevata Qualificazione di Responsabile dell'Area Servizi alla Persona per l'anno 2027;",
    "Richiamata la deliberazione della Giunta Comunale n. 63 del 15/09/2027, dichiarata immediatamente "
    "eseguibile, con la quale sono stati stabiliti i criteri di riparto del fondo di euro 18.500,00 per i "
    "contributi ordinari alle associazioni sportive dilettantistiche per la stagione sportiva 2027/2028;",
    "Viste le domande presentate dalle associazioni e verificato il possesso dei requisiti previsti dal "
    "Regolamento comunale approvato con deliberazione del Consiglio Comunale n. 31 del 28/11/2019;",
    "Dato atto che l'applicazione dei criteri determina il seguente riparto:",
]:
    story.append(Paragraph(t, base))

rows = [["Associazione", "Atleti under 18", "Squadre", "Contributo (euro)"],
        ["A.S.D. Cividatese Calcio", "148", "9", "5.720,00"],
        ["A.S.D. Volley Cividate", "86", "5", "3.410,00"],
        ["G.S. Oratorio San Nicolò", "71", "4", "2.830,00"],
        ["A.S.D. Basket Pianura", "52", "3", "2.180,00"],
        ["A.S.D. Atletica Oglio", "39", "0", "1.560,00"],
        ["Tennis Club Cividate A.S.D.", "27", "1", "1.470,00"],
        ["A.S.D. Ginnastica Ritmica Aurora", "33", "0", "1.330,00"],
        ["Totale", "456", "22", "18.500,00"]]
tb = Table(rows, colWidths=[72 * mm, 30 * mm, 25 * mm, 38 * mm])
tb.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.90, 0.92, 0.95)),
]))
story += [Spacer(1, 1 * mm), tb, Spacer(1, 3 * mm)]
for t in [
    "Accertata la regolarità contributiva delle associazioni che svolgono attività d'impresa e dato atto "
    "che i contributi non sono soggetti alla ritenuta del 4% di cui all'art. 28 del D.P.R. n. 600/1973, "
    "trattandosi di associazioni sportive dilettantistiche che non svolgono attività commerciale;",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa ai sensi dell'art. "
    "147-bis del D.Lgs. 18 agosto 2000, n. 267;",
]:
    story.append(Paragraph(t, base))
story.append(Spaced("D E T E R M I N A", size=11, cs=1.2))
pts = [
    "di impegnare la somma complessiva di euro 18.500,00 al capitolo 6230 \"Contributi ad associazioni "
    "sportive\" (Missione 06, Programma 01) del bilancio di previsione 2027/2029, annualità 2027;",
    "di liquidare a ciascuna associazione il contributo indicato nella tabella riportata in premessa, "
    "mediante accredito sul conto corrente dedicato comunicato dall'associazione;",
    "di subordinare la liquidazione del 30% di ciascun contributo alla presentazione del rendiconto della "
    "stagione sportiva 2027/2028 entro il 31/07/2028;",
    "di pubblicare i dati dei beneficiari nella sezione \"Amministrazione Trasparente\" - \"Sovvenzioni, "
    "contributi, sussidi, vantaggi economici\", ai sensi degli artt. 26 e 27 del D.Lgs. n. 33/2013.",
]
for i, t in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, t), point))
story.append(Spacer(1, 5 * mm))
sig = Table([["", "IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA"],
             ["", "dott.ssa Elisa Carminati"],
             ["", "(firmato digitalmente)"]], colWidths=[80 * mm, 88 * mm])
sig.setStyle(TableStyle([("FONT", (1, 0), (1, 0), "Helvetica-Bold", 9.5),
                         ("FONT", (1, 1), (1, 1), "Helvetica", 10),
                         ("FONT", (1, 2), (1, 2), "Helvetica-Oblique", 8),
                         ("ALIGN", (1, 0), (1, -1), "CENTER")]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 6 * mm))
vis = [Spaced("VISTO DI REGOLARITÀ CONTABILE", size=9.5, cs=1.4, centre=False, space=3),
       Paragraph("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. "
                 "n. 267/2000. Impegno n. 2027/455 - capitolo 6230. Cividate al Piano, 17/09/2027.", small),
       Paragraph("Il Responsabile dell'Area Economico-Finanziaria - rag. Paolo Gritti (firmato digitalmente)",
                 small)]
box = Table([[vis]], colWidths=[RM - LM])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                         ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
story.append(KeepTogether([box]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=22 * mm, title="Determinazione 298/2027",
                      author="Comune di Cividate al Piano", creator="Sinergis Atti Web - Determine")
f1 = Frame(LM, 22 * mm, RM - LM, H - 47 * mm - 22 * mm, id="f1")
f2 = Frame(LM, 22 * mm, RM - LM, H - 18 * mm - 22 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])
doc.build(story, canvasmaker=NumberedCanvas)
