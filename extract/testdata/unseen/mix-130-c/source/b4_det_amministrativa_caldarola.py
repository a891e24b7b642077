#!/usr/bin/env python3
"""Comune di Caldarola - determinazione dell'Area Amministrativa - Contabile (house style "Halley").

ReportLab: letterhead on the left with COPIA boxed, the title letter-spaced with Tc, the ruled
grid with both registers, no subject heading: the subject stands only in the opening sentence
("avente ad oggetto"); justified paragraphs (Tw); a running foot with number and page.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-amministrativa-caldarola-halley.pdf"
RED = colors.HexColor("#8c1a1a")


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
            self.setFont("Helvetica", 8)
            self.setLineWidth(0.4)
            self.line(20 * mm, 16 * mm, A4[0] - 18 * mm, 16 * mm)
            self.drawString(20 * mm, 12 * mm, "Determinazione Area Amministrativa – Contabile n. 226 del 23/06/2028")
            self.drawRightString(A4[0] - 18 * mm, 12 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def letterhead(c, doc):
    c.saveState()
    top = A4[1] - 15 * mm
    x = 20 * mm
    c.setStrokeColor(RED); c.setFillColor(colors.HexColor("#f7e3e3")); c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, top); p.lineTo(x + 24, top); p.lineTo(x + 24, top - 17)
    p.curveTo(x + 24, top - 25, x + 14, top - 28, x + 12, top - 30)
    p.curveTo(x + 10, top - 28, x, top - 25, x, top - 17); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(RED); c.rect(x + 5, top - 17, 14, 11, stroke=0, fill=1)
    c.setFillColor(colors.white); c.rect(x + 9.5, top - 17, 5, 6.5, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 16); c.drawString(x + 33, top - 13, "COMUNE DI CALDAROLA")
    c.setFont("Helvetica", 9); c.drawString(x + 33, top - 24, "PROVINCIA DI MACERATA")
    c.setFont("Helvetica", 7); c.drawString(x + 33, top - 33, "Piazza Vittorio Emanuele II, 4 – 62020 Caldarola (MC) – Tel. 0733 905529")
    c.setLineWidth(0.9); c.rect(A4[0] - 18 * mm - 52, top - 18, 52, 16)
    c.setFont("Helvetica-Bold", 10); c.drawCentredString(A4[0] - 18 * mm - 26, top - 13, "COPIA")
    c.restoreState()


class Spaced(Flowable):
    def __init__(self, text, size=11, cs=3.2, before=6, after=6):
        super().__init__()
        self.text, self.size, self.cs, self.before, self.after = text, size, cs, before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.before + self.after

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setFont("Helvetica-Bold", self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, self.after)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4.5)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, alignment=TA_LEFT)
li = ParagraphStyle("li", parent=body, leftIndent=18, firstLineIndent=-18)

story = [Spacer(1, 2), Spaced("DETERMINAZIONE DEL RESPONSABILE")]
grid = Table([[Paragraph("<b>AREA AMMINISTRATIVA – CONTABILE</b>", body), "N. Reg. Gen. 226", "Data 23/06/2028"],
              ["Servizio Tributi", "N. Reg. Area 38", "Data 22/06/2028"]],
             colWidths=[98 * mm, 38 * mm, 36 * mm])
grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("FONT", (0, 0), (-1, -1), "Helvetica", 10),
                          ("FONT", (1, 0), (-1, 0), "Helvetica-Bold", 10), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [grid, Spacer(1, 10)]

story.append(Paragraph(
    "La sottoscritta dott.ssa Rita Brandoni, Responsabile dell'Area Amministrativa – Contabile, nell'adottare la "
    "presente determinazione avente ad oggetto «Rimborso ai contribuenti di somme versate e non dovute a titolo di "
    "Imposta municipale propria (IMU) per l'anno d'imposta 2027 – Impegno e liquidazione», attesta preliminarmente "
    "l'insussistenza di situazioni di conflitto di interessi, anche potenziale, ai sensi dell'art. 6-bis della "
    "L. n. 241/1990 e dell'art. 16 del D.Lgs. n. 36/2023.", body))
story.append(Spaced("IL RESPONSABILE DELL'AREA", size=10.5, cs=2.4))
for s in [
    "<b>Visto</b> il decreto sindacale n. 1 del 03/01/2028, con il quale alla sottoscritta è stata attribuita la responsabilità "
    "dell'Area Amministrativa – Contabile, comprensiva del Servizio Tributi;",
    "<b>Visto</b> l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate "
    "e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento;",
    "<b>Viste</b> le istanze di rimborso presentate dai contribuenti indicati nel prospetto che segue, i cui dati identificativi "
    "sono conservati agli atti dell'ufficio e omessi ai sensi del Regolamento (UE) 2016/679;",
    "<b>Verificato</b>, a seguito dell'istruttoria condotta dal Servizio Tributi sulla banca dati catastale e sui versamenti "
    "F24, che le somme richieste risultano effettivamente versate in eccedenza o non dovute per l'anno 2027, come segue:",
]:
    story.append(Paragraph(s, body))

rows = [["N.", "Istanza prot.", "Motivazione", "Importo (€)"],
        ["1", "2311 del 14/04/2028", "Doppio versamento dell'acconto", "412,00"],
        ["2", "2486 del 22/04/2028", "Immobile inagibile (sisma 2016)", "1.137,50"],
        ["3", "2702 del 06/05/2028", "Errata rendita catastale applicata", "286,40"],
        ["4", "3015 del 27/05/2028", "Versamento a Comune incompetente", "598,00"],
        ["", "", "Totale", "2.433,90"]]
t = Table(rows, colWidths=[10 * mm, 38 * mm, 86 * mm, 28 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#444444")), ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
                       ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (2, -1), (-1, -1), "Helvetica-Bold", 9),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                       ("ALIGN", (0, 0), (0, -1), "CENTER")]))
story += [t, Spacer(1, 7)]
for s in [
    "<b>Ritenuto</b> di provvedere all'impegno e alla liquidazione della somma complessiva di € 2.433,90;",
    "<b>Visti</b> il D.Lgs. n. 267/2000, il vigente Regolamento comunale per la disciplina dell'IMU e il Regolamento di contabilità;",
]:
    story.append(Paragraph(s, body))
disp = [Spaced("DETERMINA", size=10.5, cs=3.2)]
for n, s in [
    ("1)", "di riconoscere ai contribuenti indicati nel prospetto in premessa il rimborso delle somme versate e non dovute a "
           "titolo di IMU per l'anno d'imposta 2027, per l'importo complessivo di € 2.433,90;"),
    ("2)", "di impegnare la somma di € 2.433,90 al capitolo 1480 \"Rimborsi di imposte e tributi non dovuti\" del bilancio "
           "di previsione 2028/2030, esercizio 2028;"),
    ("3)", "di liquidare a ciascun contribuente l'importo indicato, mediante accredito sul conto corrente comunicato "
           "nell'istanza;"),
    ("4)", "di dare atto che, per le quote di competenza statale eventualmente versate al Comune, si procederà alla "
           "segnalazione al Ministero dell'Economia e delle Finanze mediante l'apposita procedura telematica."),
]:
    disp.append(Paragraph("%s&nbsp;&nbsp;%s" % (n, s), li))
story.append(KeepTogether(disp[:2]))
story += disp[2:]
story.append(Spacer(1, 12))
firma = Table([["Caldarola, 22/06/2028", "IL RESPONSABILE DELL'AREA"], ["", "F.to dott.ssa Rita Brandoni"]],
              colWidths=[86 * mm, 86 * mm])
firma.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (1, 0), (1, -1), "CENTER")]))
visto = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b><br/>Si attesta la copertura finanziaria della spesa ai sensi "
                          "dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Impegno n. 521/2028. Caldarola, 23/06/2028 – "
                          "Il Responsabile del Servizio Finanziario F.to dott.ssa Rita Brandoni", small)],
               [Paragraph("<b>PUBBLICAZIONE</b><br/>Copia della presente determinazione viene pubblicata all'Albo Pretorio on "
                          "line per quindici giorni consecutivi dal 26/06/2028 (Reg. Pubbl. n. 729).", small)]],
              colWidths=[172 * mm])
visto.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black)]))
story.append(KeepTogether([firma, Spacer(1, 10), visto]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=22 * mm,
                      title="Determinazione n. 226 del 23/06/2028", author="Comune di Caldarola",
                      creator="Halley Informatica - Atti Amministrativi")
first = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 15 * mm - 22 * mm - 40, id="f1")
rest = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 15 * mm - 22 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [first], onPage=letterhead, autoNextPageTemplate="rest"),
                      PageTemplate("rest", [rest])])
doc.build(story, canvasmaker=NumberedCanvas)
