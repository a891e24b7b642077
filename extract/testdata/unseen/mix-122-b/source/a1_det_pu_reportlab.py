#!/usr/bin/env python3
"""Provincia di Pesaro e Urbino - determinazione del Dirigente (house style "J-Iride").
ReportLab platypus: justified paragraphs (word spacing with Tw), a running head
with the act's number from page 2, "Pag. x di y" footer on every page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-pesaroeurbino-jiride.pdf"

NUM = "1547"
DATA = "14/10/2027"
RUN = f"Provincia di Pesaro e Urbino – Determinazione n. {NUM} del {DATA}"

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle("bold", parent=base, fontName="Times-Bold")
center = ParagraphStyle("center", parent=base, alignment=TA_CENTER, fontName="Times-Bold",
                        fontSize=12, spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("point", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
small = ParagraphStyle("small", parent=base, fontName="Helvetica", fontSize=8.5, leading=10.5,
                       alignment=TA_LEFT, spaceAfter=0)
smallb = ParagraphStyle("smallb", parent=small, fontName="Helvetica-Bold")


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
            self.setFillColor(colors.black)
            self.drawRightString(190 * mm, 12 * mm, f"Pag. {self._pageNumber} di {n}")
            self.drawString(20 * mm, 12 * mm, "Determinazione firmata digitalmente – copia conforme per l'Albo pretorio on line")
            super().showPage()
        super().save()


def first_page(c, doc):
    c.saveState()
    # crest placeholder: a shield outline
    c.setStrokeColor(colors.HexColor("#1f3a68"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    x, y = 20 * mm, 268 * mm
    p.moveTo(x, y + 18 * mm); p.lineTo(x + 15 * mm, y + 18 * mm); p.lineTo(x + 15 * mm, y + 6 * mm)
    p.curveTo(x + 15 * mm, y + 1 * mm, x + 9 * mm, y - 1 * mm, x + 7.5 * mm, y - 2 * mm)
    p.curveTo(x + 6 * mm, y - 1 * mm, x, y + 1 * mm, x, y + 6 * mm); p.close()
    c.drawPath(p)
    c.setFillColor(colors.HexColor("#1f3a68"))
    c.setFont("Times-Bold", 17)
    c.drawString(40 * mm, 281 * mm, "PROVINCIA DI PESARO E URBINO")
    c.setFont("Helvetica", 7.5)
    c.drawString(40 * mm, 276 * mm, "Viale Gramsci, 4 – 61121 Pesaro  ·  tel. 0721 3591  ·  C.F. 00212000418")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawRightString(190 * mm, 270 * mm, "SETTORE 3 – VIABILITÀ E INFRASTRUTTURE")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(190 * mm, 266 * mm, "Servizio 3.2 – Manutenzione e sicurezza stradale")
    c.setLineWidth(0.6)
    c.line(20 * mm, 263 * mm, 190 * mm, 263 * mm)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(20 * mm, 284 * mm, RUN)
    c.drawRightString(190 * mm, 284 * mm, "Settore 3 – Viabilità e Infrastrutture")
    c.setLineWidth(0.4)
    c.line(20 * mm, 282 * mm, 190 * mm, 282 * mm)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=36 * mm, bottomMargin=22 * mm,
                      title=f"Determinazione n. {NUM} del {DATA}",
                      author="Provincia di Pesaro e Urbino", creator="J-Iride Atti Amministrativi")
f1 = Frame(20 * mm, 22 * mm, 170 * mm, 238 * mm, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(20 * mm, 22 * mm, 170 * mm, 256 * mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate(id="later", frames=[f2], onPage=later_pages)])

grid = Table([
    [Paragraph("Registro generale", smallb), Paragraph(f"N. {NUM} del {DATA}", small),
     Paragraph("Registro di Settore", smallb), Paragraph("N. 412 del 13/10/2027", small)],
    [Paragraph("Proposta", smallb), Paragraph("n. 1689 del 12/10/2027", small),
     Paragraph("Classificazione", smallb), Paragraph("011-3-2 fasc. 4/2027", small)],
], colWidths=[30 * mm, 55 * mm, 32 * mm, 53 * mm])
grid.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#1f3a68")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6ebf3")),
    ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e6ebf3")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))

S = []
S.append(grid)
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("DETERMINAZIONE DEL DIRIGENTE DEL SETTORE 3 – VIABILITÀ E INFRASTRUTTURE", center))
S.append(Spacer(1, 2 * mm))
subj = ("Lavori di ripristino della pavimentazione stradale e delle barriere di sicurezza lungo la "
        "S.P. 3 “Flaminia” e la S.P. 424 “della Val Cesano” – Accordo quadro 2026-2028 – Affidamento "
        "del contratto applicativo n. 2 – CUP F27H26001230003 – CIG B4C8D21F7A – Impegno di spesa.")
ot = Table([[Paragraph("OGGETTO:", bold), Paragraph(subj, bold)]], colWidths=[27 * mm, 143 * mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("LEFTPADDING", (0, 0), (0, 0), 4)]))
S.append(ot)
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("IL DIRIGENTE", center))
body = [
    "Premesso che con propria determinazione n. 402 del 18/03/2026 è stato aggiudicato l'accordo quadro "
    "triennale per i lavori di manutenzione straordinaria della pavimentazione e delle barriere di sicurezza "
    "sulle strade provinciali dell'area Cesano-Metauro all'impresa Conglomerati Metaurensi S.r.l., con sede in "
    "Fossombrone, per un importo massimo di € 1.450.000,00 oltre IVA, con il ribasso del 14,37%;",
    "Dato atto che il primo contratto applicativo è stato interamente eseguito e che dai sopralluoghi effettuati "
    "nel mese di settembre 2027 dal personale del Servizio 3.2 sono emersi ammaloramenti diffusi del piano viabile "
    "e tratti di barriera danneggiati lungo la S.P. 3 “Flaminia”, tra il km 18+400 e il km 21+050, e lungo la "
    "S.P. 424 “della Val Cesano”, tra il km 9+700 e il km 11+300;",
    "Vista la perizia redatta dal geom. Luca Paolini in data 6 ottobre 2027, che quantifica i lavori del contratto "
    "applicativo n. 2 in € 151.327,87, di cui € 4.200,00 per oneri della sicurezza non soggetti a ribasso, oltre "
    "IVA al 22%, per complessivi € 184.620,00;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 107; il D.Lgs. 31 marzo 2023, n. 36; il "
    "vigente Regolamento provinciale di contabilità; il decreto presidenziale n. 12 del 30/01/2027 di conferimento "
    "dell'incarico dirigenziale del Settore 3;",
    "Accertata la regolarità tecnica del presente atto ai sensi dell'art. 147-bis del D.Lgs. 267/2000 e dato atto "
    "dell'assenza di conflitti di interesse in capo al sottoscritto e al responsabile del procedimento;",
]
for b in body:
    S.append(Paragraph(b, base))
S.append(Paragraph("DETERMINA", center))
pts = [
    "di approvare la perizia dei lavori del contratto applicativo n. 2 dell'accordo quadro indicato in oggetto, "
    "per l'importo di € 151.327,87 oltre IVA;",
    "di affidare i lavori all'impresa Conglomerati Metaurensi S.r.l., agli stessi patti e condizioni "
    "dell'accordo quadro, con il ribasso offerto in sede di gara;",
    "di impegnare la spesa complessiva di € 184.620,00 al capitolo 21810/4 “Manutenzione straordinaria strade "
    "provinciali” del bilancio 2027-2029, annualità 2027;",
    "di dare atto che il responsabile unico del progetto è il geom. Luca Paolini, funzionario del Servizio 3.2;",
    "di disporre la pubblicazione del presente atto all'Albo pretorio on line e nella sezione "
    "Amministrazione trasparente del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph(f"{i}.&nbsp;&nbsp;{p}", point))
S.append(Spacer(1, 6 * mm))
sig = Table([["", Paragraph("IL DIRIGENTE DEL SETTORE 3<br/>Ing. Marco Bartolucci<br/>"
                            "<font size=8>(firmato digitalmente ai sensi del D.Lgs. 82/2005)</font>",
                            ParagraphStyle("sig", parent=base, alignment=TA_CENTER))]],
            colWidths=[85 * mm, 85 * mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 10 * mm))
S.append(Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", center))
S.append(Paragraph("Ai sensi dell'art. 151, comma 4, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
                   "attestante la copertura finanziaria della spesa (impegno n. 2027/3874 di € 184.620,00).", base))
S.append(Paragraph("Pesaro, 14/10/2027", base))
S.append(Table([["", Paragraph("IL DIRIGENTE DEL SETTORE 1<br/>Dott.ssa Elisa Renzi<br/>"
                               "<font size=8>(firmato digitalmente)</font>",
                               ParagraphStyle("sig2", parent=base, alignment=TA_CENTER))]],
               colWidths=[85 * mm, 85 * mm]))

doc.build(S, canvasmaker=NumberedCanvas)
