#!/usr/bin/env python3
"""Vecchiano, Giunta Comunale n. 148 of 21/11/2028 -- Civilia-style minute.

ReportLab platypus: justified paragraphs (word spacing set with Tw), a ruled
attendance table, a running head with the act's number and a "Pagina x di y"
foot on every page.
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

out = sys.argv[1]
pdfmetrics.registerFont(TTFont("LibSerif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-B", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-I", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LibSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LibSerif", 0, 0, "LibSerif")
addMapping("LibSerif", 1, 0, "LibSerif-B")
addMapping("LibSerif", 0, 1, "LibSerif-I")
addMapping("LibSerif", 1, 1, "LibSerif-B")

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "ADEGUAMENTO SISMICO ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA "
           "\u201cGIANNI RODARI\u201d DI MIGLIARINO \u2013 CUP F48E28000150004")

body = ParagraphStyle("body", fontName="LibSerif", fontSize=11, leading=15.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12)
center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
bold_c = ParagraphStyle("boldc", parent=center, fontName="LibSerif-B", fontSize=12, spaceBefore=6, spaceAfter=6)
subj = ParagraphStyle("subj", parent=body, fontName="LibSerif-B", fontSize=11, leading=14)
pt = ParagraphStyle("pt", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)

class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                         topMargin=30 * mm, bottomMargin=22 * mm,
                         title="Deliberazione G.C. n. 148/2028", author="Comune di Vecchiano",
                         subject="Civilia Next - Atti amministrativi", creator="Civilia Next - Atti 8.4 (Dedagroup Public Services)",
                         **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self.deco)])

    def deco(self, c, doc):
        w, h = A4
        c.saveState()
        # running head
        c.setFont("LibSans", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(22 * mm, h - 14 * mm, "COMUNE DI VECCHIANO (PI)")
        c.drawRightString(w - 20 * mm, h - 14 * mm,
                          "Deliberazione della Giunta Comunale n. 148 del 21/11/2028")
        c.setStrokeColor(colors.HexColor("#7a1f2b"))
        c.setLineWidth(0.8)
        c.line(22 * mm, h - 16 * mm, w - 20 * mm, h - 16 * mm)
        # foot
        c.setLineWidth(0.4)
        c.line(22 * mm, 15 * mm, w - 20 * mm, 15 * mm)
        c.setFont("LibSans", 7.5)
        c.drawString(22 * mm, 11 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
        c.restoreState()

def crest():
    """A drawn shield beside the letterhead (as a flowable table cell)."""
    from reportlab.graphics.shapes import Drawing, Path, String, Rect
    d = Drawing(18 * mm, 22 * mm)
    p = Path(fillColor=colors.HexColor("#1f4e8c"), strokeColor=colors.HexColor("#c9a227"), strokeWidth=1.2)
    W, H = 18 * mm, 22 * mm
    p.moveTo(1, H - 3); p.lineTo(W - 1, H - 3); p.lineTo(W - 1, H * 0.45)
    p.curveTo(W - 1, H * 0.15, W * 0.6, 3, W / 2, 1)
    p.curveTo(W * 0.4, 3, 1, H * 0.15, 1, H * 0.45); p.closePath()
    d.add(p)
    d.add(Rect(W * 0.3, H * 0.35, W * 0.4, H * 0.3, fillColor=colors.HexColor("#c9a227"), strokeColor=None))
    return d

story = []
head = Table([[crest(),
               Paragraph("<font name='LibSans-B' size='16'>COMUNE DI VECCHIANO</font><br/>"
                         "<font name='LibSans' size='10'>Provincia di Pisa</font><br/>"
                         "<font name='LibSans' size='8'>Piazza Garibaldi, 1 \u2013 56019 Vecchiano (PI) \u2013 C.F. 80003870503</font>",
                         ParagraphStyle("lh", fontName="LibSans", fontSize=10, leading=15))]],
             colWidths=[24 * mm, None])
head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story.append(head)
story.append(Spacer(1, 4 * mm))

box = Table([
    [Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", ParagraphStyle("x", parent=center, fontName="LibSans-B", fontSize=11))],
    [Paragraph("<font name='LibSans-B'>N. 148</font>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<font name='LibSans'>del</font>&nbsp;&nbsp;<font name='LibSans-B'>21/11/2028</font>",
               ParagraphStyle("y", parent=center, fontName="LibSans", fontSize=11))],
], colWidths=[None])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.HexColor("#7a1f2b")),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#7a1f2b")),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2e9ea"))]))
story.append(box)
story.append(Spacer(1, 4 * mm))
story.append(Table([[Paragraph("<b>OGGETTO:</b>", subj), Paragraph(SUBJECT, subj)]],
                   colWidths=[25 * mm, None],
                   style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "L\u2019anno <b>duemilaventotto</b>, il giorno <b>ventuno</b> del mese di <b>novembre</b>, alle ore "
    "<b>15:30</b>, nella Sala della Giunta del Palazzo Comunale, previa l\u2019osservanza di tutte le formalità "
    "prescritte dalla vigente normativa, si è riunita la Giunta Comunale. All\u2019appello risultano:", body))

roll = [["", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "BALDACCI Lorenzo", "Sindaco", "X", ""],
        ["2", "PAOLICCHI Chiara", "Vicesindaco", "X", ""],
        ["3", "LENZI Federico", "Assessore", "X", ""],
        ["4", "BERTOLUCCI Martina", "Assessore", "", "X"],
        ["5", "DEL CHIARO Simone", "Assessore", "X", ""],
        ["", "", "Totale", "4", "1"]]
t = Table(roll, colWidths=[9 * mm, 60 * mm, 38 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
    ("FONT", (0, 0), (-1, 0), "LibSans-B", 9),
    ("FONT", (2, -1), (-1, -1), "LibSans-B", 9.5),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
    ("BOX", (2, -1), (-1, -1), 0.4, colors.grey),
    ("INNERGRID", (2, -1), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
]))
story.append(t)
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "Partecipa alla seduta, con funzioni consultive, referenti, di assistenza e verbalizzazione ai sensi "
    "dell\u2019art. 97, comma 4, lett. a), del D.Lgs. 18 agosto 2000, n. 267, il <b>Segretario Comunale dott.ssa "
    "Elena Cipriani</b>.", body))
story.append(Paragraph(
    "Assume la presidenza il <b>Sindaco Lorenzo Baldacci</b> il quale, constatato il numero legale degli "
    "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull\u2019argomento in oggetto, "
    "iscritto sulla proposta n. 162 del 14/11/2028 dell\u2019Area Tecnica \u2013 Servizio Lavori Pubblici.", body))
story.append(Paragraph("LA GIUNTA COMUNALE", bold_c))
prem = [
    "Premesso che l\u2019edificio sede della scuola primaria \u201cGianni Rodari\u201d di Migliarino, realizzato nei primi "
    "anni Sessanta, è risultato carente sotto il profilo della vulnerabilità sismica all\u2019esito delle verifiche "
    "tecniche eseguite ai sensi dell\u2019O.P.C.M. n. 3274/2003 e delle Norme Tecniche per le Costruzioni;",
    "Considerato che il Programma triennale dei lavori pubblici 2028/2030, approvato con la deliberazione del "
    "Consiglio Comunale n. 9 del 28/02/2028, prevede nell\u2019annualità 2029 l\u2019intervento di adeguamento "
    "sismico ed efficientamento energetico dell\u2019edificio, per un importo complessivo di \u20ac 1.380.000,00;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall\u2019RTP incaricato con determinazione n. 388 "
    "del 04/07/2028, acquisito al protocollo generale dell\u2019Ente al n. 21944 del 09/11/2028, costituito dagli "
    "elaborati elencati nell\u2019allegato \u201cA\u201d, e il relativo quadro economico, che prevede lavori a base "
    "d\u2019asta per \u20ac 1.015.400,00 (di cui \u20ac 38.600,00 per oneri della sicurezza non soggetti a ribasso) e "
    "somme a disposizione dell\u2019Amministrazione per \u20ac 364.600,00;",
    "Dato atto che il progetto è stato verificato ai sensi dell\u2019art. 42 del D.Lgs. 31 marzo 2023, n. 36, come "
    "risulta dal rapporto di verifica del 13/11/2028, e che l\u2019intervento sarà candidato al finanziamento "
    "regionale per l\u2019edilizia scolastica di cui al bando approvato dalla Regione Toscana;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, lo Statuto comunale e il vigente "
    "Regolamento di contabilità;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile dell\u2019Area Tecnica e di regolarità "
    "contabile della Responsabile dell\u2019Area Economico-Finanziaria, espressi ai sensi dell\u2019art. 49, comma 1, "
    "del D.Lgs. 267/2000 e allegati al presente atto;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge;",
]
for p in prem:
    story.append(Paragraph(p, body))
story.append(Paragraph("D E L I B E R A", bold_c))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di adeguamento sismico ed "
    "efficientamento energetico della scuola primaria \u201cGianni Rodari\u201d di Migliarino, costituito dagli "
    "elaborati di cui all\u2019allegato \u201cA\u201d, per un importo complessivo di \u20ac 1.380.000,00, secondo il "
    "quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura al capitolo 2104/3 del bilancio di previsione 2028/2030, "
    "annualità 2029, subordinatamente alla concessione del contributo regionale, per \u20ac 1.100.000,00, e "
    "per la restante quota mediante avanzo di amministrazione destinato agli investimenti;",
    "di autorizzare il Responsabile dell\u2019Area Tecnica a presentare la candidatura dell\u2019intervento al "
    "bando regionale per l\u2019edilizia scolastica e a porre in essere tutti gli atti conseguenti;",
    "di individuare quale Responsabile Unico del Progetto l\u2019ing. Marco Frediani, Responsabile dell\u2019Area "
    "Tecnica, ai sensi dell\u2019art. 15 del D.Lgs. 36/2023.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), pt))
story.append(Paragraph(
    "Successivamente, stante l\u2019urgenza di rispettare il termine di presentazione della candidatura, "
    "con separata votazione unanime favorevole, la Giunta Comunale dichiara il presente atto "
    "<b>immediatamente eseguibile</b> ai sensi dell\u2019art. 134, comma 4, del D.Lgs. 267/2000.", body))
story.append(Spacer(1, 6 * mm))
sig = Table([["Il Sindaco", "Il Segretario Comunale"],
             ["Lorenzo Baldacci", "dott.ssa Elena Cipriani"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[80 * mm, 80 * mm])
sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                         ("FONT", (0, 0), (-1, 0), "LibSerif-B", 11),
                         ("FONT", (0, 1), (-1, 1), "LibSerif", 11),
                         ("FONT", (0, 2), (-1, 2), "LibSerif-I", 8.5)]))
story.append(KeepTogether([sig]))

# "Pagina x di y": the usual ReportLab recipe, pages are kept and decorated at save time
from reportlab.pdfgen import canvas as _cv

class NumberedCanvas(_cv.Canvas):
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
            self.saveState()
            self.setFont("LibSans", 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(A4[0] - 20 * mm, 11 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            self.restoreState()
            super().showPage()
        super().save()

Doc(out).build(story, canvasmaker=NumberedCanvas)
