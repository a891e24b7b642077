#!/usr/bin/env python3
"""Montescudaio, Giunta Comunale n. 3 of 11/01/2028, in the Civilia Next house
style: ReportLab platypus, justified paragraphs (Tw), a letter-spaced heading
(Tc), running head and foot carrying the act's number and 'Pagina x di y'."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-montescudaio-civilianext.pdf"
RUN = "Comune di Montescudaio – Deliberazione della Giunta Comunale n. 3 del 11/01/2028"


class NumberedCanvas(canvas.Canvas):
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
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
            self.drawString(20 * mm, 12 * mm, "Civilia Next – Atti amministrativi")
            super().showPage()
        super().save()


def first_page(c, doc):
    c.saveState()
    # crest placeholder
    c.setStrokeColor(colors.HexColor("#1f3b73"))
    c.setLineWidth(1.2)
    x, y = 20 * mm, A4[1] - 34 * mm
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm); p.lineTo(x + 14 * mm, y + 18 * mm); p.lineTo(x + 14 * mm, y + 7 * mm)
    p.curveTo(x + 14 * mm, y + 2 * mm, x + 7 * mm, y, x + 7 * mm, y)
    p.curveTo(x + 7 * mm, y, x, y + 2 * mm, x, y + 7 * mm); p.close()
    c.drawPath(p)
    c.setFillColor(colors.HexColor("#1f3b73"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(38 * mm, A4[1] - 22 * mm, "COMUNE DI MONTESCUDAIO")
    c.setFont("Helvetica", 9.5)
    c.drawString(38 * mm, A4[1] - 27.5 * mm, "Provincia di Pisa")
    c.setFont("Helvetica", 7.5)
    c.drawString(38 * mm, A4[1] - 32 * mm, "Piazza della Libertà, 1 – 56040 Montescudaio (PI) – C.F. 00338590508")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 22 * mm, "ORIGINALE")
    c.setLineWidth(0.6)
    c.line(20 * mm, A4[1] - 37 * mm, A4[0] - 20 * mm, A4[1] - 37 * mm)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, A4[1] - 14 * mm, RUN)
    c.setLineWidth(0.4)
    c.line(20 * mm, A4[1] - 16 * mm, A4[0] - 20 * mm, A4[1] - 16 * mm)
    c.restoreState()


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), as the package prints it."""
    def __init__(self, text, size=11, cs=2.6):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs
        self.height = size + 6

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont("Helvetica-Bold", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6, spaceAfter=6, keepWithNext=1)
pt = ParagraphStyle("p", parent=base, leftIndent=16, firstLineIndent=-16)

SUBJECT = ("Approvazione del progetto di fattibilità tecnico-economica dei lavori di manutenzione "
           "straordinaria della copertura della scuola primaria “G. Carducci” – CUP J47H27000310004")

story = []
story.append(Spacer(1, 2 * mm))
story.append(Spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"))
story.append(Spacer(1, 3 * mm))
hdr = Table([
    ["Deliberazione n.", "3", "Data", "11/01/2028"],
    ["Proposta n.", "5 del 07/01/2028", "Ufficio proponente", "Area Tecnica"],
], colWidths=[32 * mm, 45 * mm, 36 * mm, 57 * mm])
hdr.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 11),
    ("FONT", (3, 0), (3, 0), "Helvetica-Bold", 11),
    ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#555555")),
    ("TEXTCOLOR", (2, 0), (2, -1), colors.HexColor("#555555")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f7")),
    ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eef1f7")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
story.append(hdr)
story.append(Spacer(1, 3 * mm))
subj = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph("<b>%s</b>" % SUBJECT, ParagraphStyle("o", parent=base, alignment=TA_LEFT))]],
             colWidths=[25 * mm, 145 * mm])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(subj)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "L'anno <b>duemilaventotto</b>, addì <b>undici</b> del mese di <b>gennaio</b> alle ore <b>12:30</b>, nella sala "
    "delle adunanze del Palazzo Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente "
    "normativa, si è riunita la Giunta Comunale nelle persone dei signori:", base))
roll = [["Cognome e nome", "Carica", "Presente", "Assente"],
        ["FEDELI Lorenzo", "Sindaco", "X", ""],
        ["SALVADORI Chiara", "Vicesindaco", "X", ""],
        ["NICCOLAI Paolo", "Assessore", "", "X"],
        ["", "Totale", "2", "1"]]
rt = Table(roll, colWidths=[60 * mm, 45 * mm, 25 * mm, 25 * mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 9),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
]))
story.append(rt)
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "Partecipa alla seduta il Segretario Comunale <b>dott.ssa Ilaria Morelli</b>, con funzioni consultive, "
    "referenti e di assistenza, la quale provvede alla redazione del presente verbale.", base))
story.append(Paragraph(
    "Assume la presidenza il Sindaco <b>Lorenzo Fedeli</b> il quale, constatato il numero legale degli "
    "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", base))
story.append(Paragraph("LA GIUNTA COMUNALE", cen))
prem = [
    "Vista la proposta di deliberazione n. 5 del 07/01/2028 predisposta dall'Area Tecnica, che si allega al "
    "presente atto quale parte integrante e sostanziale;",
    "Premesso che l'edificio della scuola primaria “G. Carducci”, di proprietà comunale, presenta infiltrazioni "
    "d'acqua meteorica in corrispondenza della copertura piana del corpo palestra e del vano scala, rilevate "
    "dall'Ufficio Tecnico nel sopralluogo del 18/11/2027 e riportate nella relazione prot. n. 9874 del 22/11/2027;",
    "Dato atto che l'intervento è inserito nel Programma triennale dei lavori pubblici 2028/2030 e nell'elenco "
    "annuale 2028, approvati con deliberazione del Consiglio Comunale n. 41 del 20/12/2027, per un importo "
    "complessivo di € 185.000,00;",
    "Visto il progetto di fattibilità tecnico-economica redatto dal geom. Stefano Barsotti, Responsabile "
    "dell'Area Tecnica, composto dagli elaborati elencati nella relazione generale, e dal quale risulta il "
    "seguente quadro economico: lavori a base d'asta € 142.300,00, oneri per la sicurezza non soggetti a "
    "ribasso € 6.200,00, somme a disposizione dell'Amministrazione € 36.500,00;",
    "Visti il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l'art. 41 e l'allegato I.7, che disciplinano i "
    "livelli e i contenuti della progettazione;",
    "Visto il D.Lgs. 18 agosto 2000, n. 267 e successive modificazioni;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e di regolarità contabile espressi, ai sensi "
    "dell'art. 49, comma 1, del D.Lgs. n. 267/2000, rispettivamente dal Responsabile dell'Area Tecnica e dal "
    "Responsabile dell'Area Economico-Finanziaria, riportati in calce;",
    "Con voti unanimi favorevoli, resi nelle forme di legge;",
]
for p in prem:
    story.append(Paragraph(p, base))
story.append(Paragraph("DELIBERA", cen))
points = [
    "1. di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica dei "
    "lavori di manutenzione straordinaria della copertura della scuola primaria “G. Carducci”, dell'importo "
    "complessivo di € 185.000,00, secondo il quadro economico riportato in premessa;",
    "2. di dare atto che la spesa trova copertura al capitolo 2045/10 “Manutenzione straordinaria edifici "
    "scolastici” del bilancio di previsione 2028/2030, annualità 2028, finanziato con contributo regionale "
    "per € 150.000,00 e con risorse proprie per € 35.000,00;",
    "3. di confermare quale Responsabile Unico del Progetto il geom. Stefano Barsotti, Responsabile "
    "dell'Area Tecnica;",
    "4. di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compresi "
    "l'affidamento della progettazione esecutiva e la richiesta di erogazione del contributo regionale.",
]
for p in points:
    story.append(Paragraph(p, pt))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto "
    "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di "
    "presentare la richiesta di contributo entro il 31/01/2028.", base))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("<b>PARERI ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000</b>", base))
par = Table([
    [Paragraph("Regolarità tecnica: <b>FAVOREVOLE</b><br/>Montescudaio, 07/01/2028<br/>Il Responsabile dell'Area Tecnica<br/>geom. Stefano Barsotti", small),
     Paragraph("Regolarità contabile: <b>FAVOREVOLE</b><br/>Montescudaio, 09/01/2028<br/>Il Responsabile dell'Area Economico-Finanziaria<br/>dott. Gianni Cerri", small)]],
    colWidths=[85 * mm, 85 * mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(par)
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, approvato e sottoscritto.", base))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"], ["Lorenzo Fedeli", "dott.ssa Ilaria Morelli"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5), ("FONT", (0, 1), (-1, 1), "Helvetica", 10),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(KeepTogether([sig, Spacer(1, 2 * mm), Paragraph(
    "<i>Documento sottoscritto con firma digitale ai sensi degli artt. 20 e 21 del D.Lgs. n. 82/2005.</i>",
    ParagraphStyle("i", parent=small, alignment=TA_CENTER))]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, title="Deliberazione G.C. n. 3/2028", author="Comune di Montescudaio",
                      creator="Civilia Next - Atti")
f1 = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 60 * mm, id="f1")
f2 = Frame(20 * mm, 20 * mm, A4[0] - 40 * mm, A4[1] - 40 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
