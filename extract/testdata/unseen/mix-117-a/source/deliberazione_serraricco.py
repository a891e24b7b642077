#!/usr/bin/env python3
"""Serra Riccò, Giunta Comunale n. 47 of 11/05/2027 -- the "Sicraweb" house
style, printed by ReportLab: justified paragraphs (ReportLab justifies with
the Tw operator), a letter-spaced title (Tc), a running head from page 2 and
"Pag. x di y" at the foot."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, NextPageTemplate,
                                KeepTogether, CondPageBreak)
from reportlab.pdfgen import canvas as rlcanvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-serraricco-sicraweb.pdf"
W, H = A4

NUM, DATA = "47", "11/05/2027"
RUN = "Comune di Serra Riccò – Deliberazione della Giunta Comunale n. 47 del 11/05/2027"


class NumberedCanvas(rlcanvas.Canvas):
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
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.black)
            self.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            self.drawString(20 * mm, 12 * mm, "Documento prodotto con Sicraweb – Atti amministrativi")
            super().showPage()
        super().save()


def crest(c, x, y):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1d3f72"))
    c.setFillColor(colors.HexColor("#dfe7f3"))
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1d3f72"))
    c.circle(x + 8 * mm, y + 13 * mm, 3.2 * mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 38 * mm)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40 * mm, H - 24 * mm, "COMUNE DI SERRA RICCÒ")
    c.setFont("Helvetica", 9)
    c.drawString(40 * mm, H - 29.5 * mm, "Città Metropolitana di Genova")
    c.drawString(40 * mm, H - 34 * mm, "Piazza Europa, 1 – 16010 Serra Riccò (GE) – C.F. 00848940103")
    # number box on the right
    c.setLineWidth(0.8)
    c.rect(W - 72 * mm, H - 38 * mm, 52 * mm, 20 * mm)
    c.line(W - 72 * mm, H - 28 * mm, W - 20 * mm, H - 28 * mm)
    c.setFont("Helvetica", 7)
    c.drawString(W - 70 * mm, H - 21.5 * mm, "DELIBERAZIONE N.")
    c.drawString(W - 70 * mm, H - 31.5 * mm, "DATA")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 23 * mm, H - 26 * mm, NUM)
    c.drawRightString(W - 23 * mm, H - 36 * mm, DATA)
    c.setStrokeColor(colors.HexColor("#1d3f72"))
    c.setLineWidth(1.5)
    c.line(20 * mm, H - 42 * mm, W - 20 * mm, H - 42 * mm)
    # letter-spaced title: Tc
    t = c.beginText()
    t.setFont("Helvetica-Bold", 11.5)
    t.setCharSpace(2.2)
    title = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
    tw = c.stringWidth(title, "Helvetica-Bold", 11.5) + 2.2 * (len(title) - 1)
    t.setTextOrigin((W - tw) / 2, H - 51 * mm)
    t.textOut(title)
    c.drawText(t)
    t = c.beginText()
    t.setFont("Helvetica", 9)
    t.setCharSpace(1)
    s = "COPIA CONFORME ALL'ORIGINALE DIGITALE"
    tw = c.stringWidth(s, "Helvetica", 9) + 1 * (len(s) - 1)
    t.setTextOrigin((W - tw) / 2, H - 56.5 * mm)
    t.textOut(s)
    c.drawText(t)
    c.restoreState()


def later_page(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(20 * mm, H - 14 * mm, RUN)
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()


st = {
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.4,
                           alignment=TA_JUSTIFY, spaceAfter=5),
    "ogg": ParagraphStyle("ogg", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5,
                          alignment=TA_JUSTIFY, leftIndent=22 * mm, firstLineIndent=-22 * mm),
    "c": ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=11, leading=15,
                        alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11,
                            alignment=TA_LEFT),
    "pt": ParagraphStyle("pt", fontName="Helvetica", fontSize=10, leading=13.4,
                         alignment=TA_JUSTIFY, leftIndent=7 * mm, firstLineIndent=-7 * mm,
                         spaceAfter=4),
    "sig": ParagraphStyle("sig", fontName="Helvetica", fontSize=9.5, leading=12.5,
                          alignment=TA_CENTER),
}

SUBJ = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
        "MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DELLA STRADA COMUNALE DI PRELO "
        "IN LOCALITÀ VALLEREGIA – CUP H37H27000190004")

story = [NextPageTemplate("later"), Spacer(1, 2 * mm)]
story.append(Paragraph("<font name='Helvetica'>OGGETTO:</font>&nbsp;&nbsp;&nbsp;" + SUBJ, st["ogg"]))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "L'anno <b>duemilaventisette</b>, addì <b>undici</b> del mese di <b>maggio</b> alle ore "
    "<b>17:30</b>, nella sala delle adunanze della sede comunale, previa osservanza delle "
    "formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale. "
    "All'appello risultano:", st["body"]))

roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "MORCHIO Lorenzo", "Sindaco", "X", ""],
        ["2", "PARODI Silvia", "Vice Sindaco", "X", ""],
        ["3", "BAGNASCO Enrico", "Assessore", "X", ""],
        ["4", "CANEPA Marta", "Assessore", "", "X"],
        ["5", "REPETTO Davide", "Assessore", "X", ""],
        ["", "", "Totale", "4", "1"]]
t = Table(roll, colWidths=[10 * mm, 60 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ("GRID", (0, 0), (-1, -2), 0.5, colors.black),
    ("BOX", (2, -1), (-1, -1), 0.5, colors.black),
    ("INNERGRID", (2, -1), (-1, -1), 0.5, colors.black),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf5")),
]))
story += [Spacer(1, 2 * mm), t, Spacer(1, 4 * mm)]
story.append(Paragraph(
    "Partecipa alla seduta, con funzioni consultive, referenti e di assistenza, il Segretario "
    "Comunale <b>dott.ssa Federica Olivari</b>, che provvede alla redazione del presente verbale.",
    st["body"]))
story.append(Paragraph(
    "Essendo legale il numero degli intervenuti, il <b>dott. Lorenzo Morchio</b>, nella sua qualità "
    "di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione "
    "dell'oggetto sopra indicato.", st["body"]))
story.append(Paragraph("Proposta di deliberazione n. 62 del 06/05/2027 – Ufficio proponente: AREA TECNICA",
                       st["small"]))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph("LA GIUNTA COMUNALE", st["c"]))
prem = [
    "PREMESSO che il muro di sostegno in pietrame a secco che delimita a valle la strada comunale "
    "di Prelo, nel tratto compreso tra il civico 14 e l'innesto con via Valleregia, presenta "
    "spanciamenti e distacchi di materiale segnalati dall'Ufficio Tecnico con relazione prot. "
    "n. 4187 del 22/03/2027, a seguito degli eventi meteorologici dell'inverno 2026/2027;",
    "CONSIDERATO che il tratto interessato costituisce l'unico collegamento carrabile per le "
    "abitazioni della frazione e per il transito dei mezzi di soccorso e del servizio di raccolta "
    "dei rifiuti, e che occorre pertanto procedere con urgenza alla messa in sicurezza;",
    "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Matteo Costa, incaricato "
    "con determinazione dell'Area Tecnica n. 31 del 15/03/2027, pervenuto al prot. n. 5902 del "
    "28/04/2027, che prevede una spesa complessiva di € 185.000,00, di cui € 142.300,00 per lavori "
    "(compresi € 6.100,00 per oneri della sicurezza non soggetti a ribasso) ed € 42.700,00 per "
    "somme a disposizione dell'Amministrazione;",
    "VISTO il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7 in materia "
    "di livelli e contenuti della progettazione;",
    "DATO ATTO che l'opera è inserita nel programma triennale dei lavori pubblici 2027/2029, "
    "approvato unitamente al Documento Unico di Programmazione con deliberazione del Consiglio "
    "Comunale n. 9 del 26/02/2027, e che la spesa trova copertura per € 150.000,00 con contributo "
    "regionale e per € 35.000,00 con fondi propri di bilancio;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell'art. 49 "
    "del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili dell'Area Tecnica e dell'Area Economico "
    "Finanziaria, allegati al presente atto;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge;",
]
story += [Paragraph(p, st["body"]) for p in prem]
story.append(Paragraph("D E L I B E R A", st["c"]))
pts = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità "
    "tecnico-economica dei lavori di messa in sicurezza del muro di sostegno della strada "
    "comunale di Prelo in località Valleregia, redatto dall'ing. Matteo Costa, composto dagli "
    "elaborati elencati nella relazione generale e depositati agli atti dell'Area Tecnica;",
    "di approvare il quadro economico dell'intervento, per una spesa complessiva di € 185.000,00, "
    "come dettagliato in premessa;",
    "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 20815/2 "
    "del bilancio di previsione 2027/2029, annualità 2027;",
    "di demandare al Responsabile dell'Area Tecnica, geom. Paolo Ferrando, nominato Responsabile "
    "Unico del Progetto, l'adozione di tutti gli atti conseguenti, compreso l'avvio della "
    "procedura di affidamento dei lavori.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), st["pt"]))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, stante l'urgenza di avviare la procedura di affidamento prima della stagione "
    "autunnale, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente "
    "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
    "n. 267/2000.", st["body"]))
story.append(CondPageBreak(70 * mm))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("Letto, confermato e sottoscritto.", st["body"]))
sig = Table([[Paragraph("IL SINDACO<br/>dott. Lorenzo Morchio<br/><font size='7.5'>(firmato digitalmente)</font>", st["sig"]),
              Paragraph("IL SEGRETARIO COMUNALE<br/>dott.ssa Federica Olivari<br/><font size='7.5'>(firmato digitalmente)</font>", st["sig"])]],
            colWidths=[85 * mm, 85 * mm])
story += [Spacer(1, 3 * mm), sig, Spacer(1, 8 * mm)]
story.append(Paragraph("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", st["c"]))
par = Table([
    [Paragraph("<b>Regolarità tecnica</b>: FAVOREVOLE<br/>Serra Riccò, 06/05/2027<br/>"
               "Il Responsabile dell'Area Tecnica<br/>geom. Paolo Ferrando", st["small"]),
     Paragraph("<b>Regolarità contabile</b>: FAVOREVOLE<br/>Serra Riccò, 07/05/2027<br/>"
               "Il Responsabile dell'Area Economico Finanziaria<br/>rag. Cristina Piana", st["small"])]],
    colWidths=[85 * mm, 85 * mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(par)

doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione G.C. n. 47 del 11/05/2027",
                      author="Comune di Serra Riccò", creator="Sicraweb - Atti",
                      leftMargin=20 * mm, rightMargin=20 * mm)
f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 80 * mm, id="f1")
f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page),
                      PageTemplate("later", [f2], onPage=later_page)])
doc.build(story, canvasmaker=NumberedCanvas)
