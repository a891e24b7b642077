#!/usr/bin/env python3
"""Comune di Spresiano - Giunta Comunale n. 38 del 09/03/2027.

House style "Kibernetes": crest and name at the top left, a strip with the
number and date under the title, running head with the act's number from
page 2, "Pag. x di y" at the foot. ReportLab platypus, justified paragraphs
(ReportLab justifies by setting the word spacing, Tw, line by line).
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether, PageBreak)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-spresiano-kibernetes.pdf"
W, H = A4

NUM, DATA = "38", "09/03/2027"
OGGETTO = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "MESSA IN SICUREZZA DELLA PISTA CICLABILE DI VIA DEI GIARDINI – CUP D41B27000120004.")

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=13.4,
                      alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11)
centre_b = ParagraphStyle("cb", parent=base, fontName="Times-Bold", alignment=TA_CENTER,
                          fontSize=12, spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("p", parent=base, leftIndent=8 * mm, firstLineIndent=-6 * mm)
cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9.5, leading=11.5)
cellb = ParagraphStyle("cbh", parent=cell, fontName="Helvetica-Bold")


class NumberedCanvas(rl_canvas.Canvas):
    """Two passes so that the foot can say 'Pag. x di y'."""

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
            self.draw_frame_text(n)
            super().showPage()
        super().save()

    def draw_frame_text(self, total):
        p = self._pageNumber
        self.setFont("Helvetica", 8)
        self.setFillColor(colors.black)
        if p > 1:
            self.drawString(20 * mm, H - 14 * mm,
                            "Comune di Spresiano – Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
            self.setLineWidth(0.4)
            self.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
        self.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        self.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
        self.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (p, total))


def crest(c, x, y):
    """A plain shield with a tower, drawn with paths (no text)."""
    c.saveState()
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 9 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 10 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 6 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 9 * mm)
    p.close()
    c.setFillColor(colors.Color(0.75, 0.1, 0.12))
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.white)
    c.rect(x + 5 * mm, y + 6 * mm, 6 * mm, 10 * mm, fill=1, stroke=0)
    for i in range(3):
        c.rect(x + 4.5 * mm + i * 2.5 * mm, y + 16 * mm, 1.8 * mm, 2 * mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    crest(c, 20 * mm, H - 38 * mm)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40 * mm, H - 25 * mm, "COMUNE DI SPRESIANO")
    c.setFont("Helvetica", 10)
    c.drawString(40 * mm, H - 30.5 * mm, "Provincia di Treviso")
    c.setFont("Helvetica", 7.5)
    c.drawString(40 * mm, H - 35 * mm, "Piazza Luciano Rigo, 10 – 31027 Spresiano (TV) – C.F. 80009670264")
    c.setLineWidth(0.8)
    c.rect(W - 52 * mm, H - 30 * mm, 32 * mm, 9 * mm)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W - 36 * mm, H - 27 * mm, "ORIGINALE")


def later_pages(c, doc):
    pass


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=22 * mm,
                          title="Deliberazione G.C. n. 38/2027", author="Comune di Spresiano",
                          creator="Kibernetes - Atti Amministrativi")
    f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 44 * mm, id="f1")
    f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 22 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later_pages)])
    s = []
    s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", centre_b))
    strip = Table([[Paragraph("Deliberazione n. <b>%s</b>" % NUM, cell),
                    Paragraph("Seduta del <b>%s</b>" % DATA, cell),
                    Paragraph("Proposta n. 52 del 03/03/2027", cell)]],
                  colWidths=[50 * mm, 55 * mm, 65 * mm])
    strip.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.93, 0.93)),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(strip)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Ufficio proponente: Area Tecnica – Servizio Lavori Pubblici", small))
    s.append(Spacer(1, 2 * mm))
    ogg = Table([[Paragraph("OGGETTO:", cellb),
                  Paragraph("<b>%s</b>" % OGGETTO, ParagraphStyle("o", parent=base, fontName="Times-Bold", fontSize=11))]],
                colWidths=[25 * mm, 145 * mm])
    ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(ogg)
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(
        "L'anno <b>duemilaventisette</b>, addì <b>nove</b> del mese di <b>marzo</b> alle ore <b>18:30</b>, "
        "nella sala delle adunanze della Sede Municipale, previa osservanza di tutte le formalità "
        "prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della "
        "Giunta Comunale. All'appello risultano:", base))
    roll = [("ZANATTA Riccardo", "Sindaco", True), ("BORTOLIN Elisa", "Vicesindaco", True),
            ("DE MARCHI Luca", "Assessore", True), ("FAVARO Chiara", "Assessore", True),
            ("MENEGALDO Stefano", "Assessore", False), ("PIVATO Giorgia", "Assessore", True)]
    rows = [[Paragraph(h, cellb) for h in ("N.", "Cognome e Nome", "Carica", "Presente", "Assente")]]
    for i, (n, r, p) in enumerate(roll, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(n, cell), Paragraph(r, cell),
                     Paragraph("X" if p else "", cell), Paragraph("" if p else "X", cell)])
    rows.append(["", "", Paragraph("Totale", cellb), Paragraph("5", cellb), Paragraph("1", cellb)])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm], hAlign="CENTER")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -2), 0.4, colors.black),
                           ("BOX", (2, -1), (-1, -1), 0.4, colors.black),
                           ("INNERGRID", (2, -1), (-1, -1), 0.4, colors.black),
                           ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(
        "Partecipa alla seduta il Segretario Comunale <b>dott.ssa Francesca Dal Col</b>, la quale "
        "provvede alla redazione del presente verbale.", base))
    s.append(Paragraph(
        "Essendo legale il numero degli intervenuti, il sig. <b>Riccardo Zanatta</b>, nella sua qualità "
        "di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione "
        "dell'oggetto sopra indicato.", base))
    s.append(PageBreak())
    s.append(Paragraph("LA GIUNTA COMUNALE", centre_b))
    prem = [
        "Vista la proposta di deliberazione n. 52 del 03/03/2027 predisposta dall'Area Tecnica – "
        "Servizio Lavori Pubblici, avente ad oggetto quanto sopra indicato;",
        "Premesso che la pista ciclabile di via dei Giardini, realizzata nel 2004 lungo il tracciato "
        "che collega il capoluogo alla frazione di Lovadina, presenta tratti nei quali la pavimentazione "
        "è deformata dagli apparati radicali delle alberature e la separazione dalla carreggiata "
        "stradale non risponde più alle caratteristiche richieste dal Codice della Strada;",
        "Richiamata la deliberazione del Consiglio Comunale n. 61 del 19/12/2026, con la quale è stato "
        "approvato il Documento Unico di Programmazione 2027-2029 comprensivo del programma triennale "
        "dei lavori pubblici, nel quale l'intervento è inserito nell'annualità 2027 per un importo "
        "complessivo di € 285.000,00;",
        "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Valentina Basso, con "
        "studio in Treviso, incaricata con determinazione dell'Area Tecnica n. 604 del 27/11/2026, "
        "acquisito al protocollo comunale n. 3318 del 24/02/2027, costituito dagli elaborati elencati "
        "nel quadro allegato e comportante il seguente quadro economico: lavori a base d'appalto "
        "€ 214.600,00, di cui € 6.400,00 per oneri della sicurezza non soggetti a ribasso; somme a "
        "disposizione dell'Amministrazione € 70.400,00; totale € 285.000,00;",
        "Dato atto che l'opera è finanziata per € 200.000,00 con il contributo regionale concesso con "
        "decreto della Direzione Infrastrutture e Trasporti n. 118 del 05/02/2027 e per la restante "
        "parte con fondi propri di bilancio al capitolo 28150 della Missione 10, Programma 05;",
        "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7, che "
        "disciplinano i livelli e i contenuti della progettazione;",
        "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, "
        "dal Responsabile dell'Area Tecnica in ordine alla regolarità tecnica e dal Responsabile "
        "dell'Area Economico-Finanziaria in ordine alla regolarità contabile, riportati in calce;",
        "Con voti unanimi favorevoli, espressi nelle forme di legge;",
    ]
    for p in prem:
        s.append(Paragraph(p, base))
    s.append(Paragraph("DELIBERA", centre_b))
    pts = [
        "di approvare, per le motivazioni esposte in premessa, il progetto di fattibilità "
        "tecnico-economica dei lavori di messa in sicurezza della pista ciclabile di via dei Giardini, "
        "redatto dall'ing. Valentina Basso, dell'importo complessivo di € 285.000,00, secondo il "
        "quadro economico riportato in premessa;",
        "di dare atto che la spesa trova copertura al capitolo 28150 del bilancio di previsione "
        "2027-2029, annualità 2027, per € 200.000,00 con il contributo regionale e per € 85.000,00 "
        "con fondi propri;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso "
        "l'affidamento della progettazione esecutiva;",
        "di nominare Responsabile Unico del Progetto il geom. Paolo Zanin, Responsabile dell'Area "
        "Tecnica, ai sensi dell'art. 15 del D.Lgs. 36/2023;",
        "di trasmettere copia della presente deliberazione alla Regione del Veneto ai fini della "
        "rendicontazione del contributo concesso.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Paragraph(
        "Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene "
        "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
        "stante l'urgenza di presentare il progetto alla Regione entro il 31/03/2027.", base))
    cc = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    ccb = ParagraphStyle("ccb", parent=cellb, alignment=TA_CENTER)
    sig = Table([[Paragraph("IL SINDACO", ccb), Paragraph("IL SEGRETARIO COMUNALE", ccb)],
                 [Paragraph("Riccardo Zanatta", cc), Paragraph("dott.ssa Francesca Dal Col", cc)],
                 [Paragraph("<i>(firmato digitalmente)</i>", cc), Paragraph("<i>(firmato digitalmente)</i>", cc)]],
                colWidths=[85 * mm, 85 * mm])
    s.append(KeepTogether([Spacer(1, 4 * mm), Paragraph("Letto, approvato e sottoscritto.", base), sig]))
    s.append(PageBreak())
    s.append(Paragraph("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", centre_b))
    s.append(Paragraph(
        "<b>Parere di regolarità tecnica:</b> FAVOREVOLE.<br/>Spresiano, 04/03/2027 – Il Responsabile "
        "dell'Area Tecnica, geom. Paolo Zanin (firmato digitalmente)", base))
    s.append(Paragraph(
        "<b>Parere di regolarità contabile:</b> FAVOREVOLE.<br/>Spresiano, 05/03/2027 – Il Responsabile "
        "dell'Area Economico-Finanziaria, dott. Marco Gobbo (firmato digitalmente)", base))
    doc.build(s, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
