#!/usr/bin/env python3
"""Comune di Anticoli Corrado - Consiglio Comunale n. 17/2028 (house style "PA Digitale").

ReportLab platypus: justified paragraphs (ReportLab justifies with Tw),
headings letter-spaced with Tc, the roll in two columns, the subject only in
the opening sentence ("avente ad oggetto"), a running foot with the number.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-consiglio-anticolicorrado-padigitale.pdf"
BLU = colors.HexColor("#1d3f6e")
FOOT = "Deliberazione di Consiglio Comunale n. 17 del 27/06/2028"


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
            self.setFillColor(colors.HexColor("#333333"))
            self.drawCentredString(A4[0] / 2, 12 * mm, "%s – Pagina %d di %d" % (FOOT, self._pageNumber, n))
            super().showPage()
        super().save()


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), centred."""
    def __init__(self, text, size=11.5, cs=2.2, font="Helvetica-Bold", before=8, after=4):
        super().__init__()
        self.text, self.size, self.cs, self.font = text, size, cs, font
        self.before, self.after = before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.before + self.after

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, self.after)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


class Band(Flowable):
    """Grey band with the kind (letter-spaced) and the number box on the right."""
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 26

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#dfe6ef"))
        c.rect(0, 2, self.aw - 44 * mm, 20, stroke=0, fill=1)
        c.setFillColor(colors.black)
        t = c.beginText()
        t.setFont("Helvetica-Bold", 10)
        t.setCharSpace(3.0)
        t.setTextOrigin(8, 8.5)
        t.textOut("DELIBERAZIONE DEL CONSIGLIO COMUNALE")
        t.setCharSpace(0)
        c.drawText(t)
        c.setStrokeColor(BLU)
        c.setLineWidth(1)
        c.rect(self.aw - 41 * mm, 2, 41 * mm, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString(self.aw - 20.5 * mm, 8.5, "N. 17 del 27/06/2028")


def letterhead(c, doc):
    c.saveState()
    W = A4[0]
    top = A4[1] - 16 * mm
    # crest
    c.setStrokeColor(BLU)
    c.setFillColor(colors.HexColor("#dfe6ef"))
    c.setLineWidth(1.3)
    p = c.beginPath()
    x0, y0 = W / 2 - 12, top - 28
    p.moveTo(x0, top); p.lineTo(x0 + 24, top); p.lineTo(x0 + 24, top - 15)
    p.curveTo(x0 + 24, top - 23, x0 + 12, top - 28, x0 + 12, top - 28)
    p.curveTo(x0 + 12, top - 28, x0, top - 23, x0, top - 15); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(BLU)
    p = c.beginPath(); p.moveTo(x0 + 5, top - 18); p.lineTo(x0 + 12, top - 6); p.lineTo(x0 + 19, top - 18); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(W / 2, top - 46, "COMUNE DI ANTICOLI CORRADO")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Oblique", 10)
    c.drawCentredString(W / 2, top - 58, "Città Metropolitana di Roma Capitale")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawCentredString(W / 2, top - 68, "Piazza delle Ville, 1 – 00022 Anticoli Corrado (RM) – C.F. 86001430589 – PEC: protocollo@pec.comune.anticolicorrado.rm.it")
    c.setStrokeColor(BLU); c.setLineWidth(1.5)
    c.line(20 * mm, top - 73, W - 18 * mm, top - 73)
    c.restoreState()


def later(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(20 * mm, A4[1] - 14 * mm, "Comune di Anticoli Corrado")
    c.setStrokeColor(BLU); c.setLineWidth(0.6)
    c.line(20 * mm, A4[1] - 16 * mm, A4[0] - 18 * mm, A4[1] - 16 * mm)
    c.restoreState()


body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontName="Helvetica", fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=2)
li = ParagraphStyle("li", parent=body, leftIndent=16, firstLineIndent=-16)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)

story = []
story.append(Spacer(1, 4))
story.append(Band())
story.append(Paragraph("Sessione ordinaria – Seduta pubblica di prima convocazione", ParagraphStyle("x", parent=small, alignment=TA_CENTER, spaceBefore=3, spaceAfter=8)))

story.append(Paragraph(
    "L'anno <b>duemilaventotto</b>, il giorno <b>ventisette</b> del mese di <b>giugno</b>, alle ore <b>18:00</b>, "
    "nella Sala consiliare del Palazzo comunale, a seguito di convocazione diramata dal Sindaco con avviso "
    "prot. n. 3302 del 20/06/2028, regolarmente notificato, si è riunito in sessione ordinaria e in seduta "
    "pubblica di prima convocazione il Consiglio Comunale per la trattazione della proposta di deliberazione "
    "avente ad oggetto: «Modifica del Regolamento comunale per l'utilizzo dei locali e delle attrezzature del "
    "Centro polivalente di Via Fiume. Approvazione.»", body))
story.append(Paragraph("Risultano presenti ed assenti i signori consiglieri:", body))

left = [("1", "ORLANDI Fabrizio", "Sindaco", "P"), ("2", "CAPRIOTTI Elena", "Consigliere", "P"),
        ("3", "MANCINI Roberto", "Consigliere", "P"), ("4", "DE SANTIS Paolo", "Consigliere", "P"),
        ("5", "FRATONI Giulia", "Consigliere", "P"), ("6", "IACOBELLI Stefano", "Consigliere", "P")]
right = [("7", "PROIETTI Maria Grazia", "Consigliere", "P"), ("8", "CELLINI Andrea", "Consigliere", "P"),
         ("9", "BARTOLUCCI Silvia", "Consigliere", "P"), ("10", "TOZZI Massimo", "Consigliere", "A"),
         ("11", "RINALDI Claudio", "Consigliere", "A"), ("", "", "", "")]
rows = [["N.", "Consigliere", "Carica", "P/A", "N.", "Consigliere", "Carica", "P/A"]]
for l, r in zip(left, right):
    rows.append(list(l) + list(r))
t = Table(rows, colWidths=[8 * mm, 37 * mm, 21 * mm, 10 * mm, 8 * mm, 37 * mm, 21 * mm, 10 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ("GRID", (0, 0), (3, -1), 0.5, colors.HexColor("#555555")),
    ("GRID", (4, 0), (7, -2), 0.5, colors.HexColor("#555555")),
    ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (7, -1), "CENTER"),
    ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (4, 0), (4, -1), "RIGHT"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]))
story.append(t)
story.append(Paragraph("Presenti n. 9 – Assenti n. 2", ParagraphStyle("t", parent=cen, spaceBefore=4, fontSize=10)))
story.append(Paragraph(
    "Assiste il Segretario Comunale dott.ssa Valentina Serafini, incaricata della redazione del verbale. "
    "Assume la presidenza il Sindaco dott. Fabrizio Orlandi che, riconosciuto legale il numero degli intervenuti, "
    "dichiara aperta la seduta e pone in discussione l'argomento iscritto al punto 3 dell'ordine del giorno.", body))

story.append(Spaced("IL CONSIGLIO COMUNALE"))
for s in [
    "<b>Udita</b> la relazione del Sindaco, il quale illustra le modifiche proposte al Regolamento, rese necessarie "
    "dall'apertura della nuova sala prove musicali e dall'esigenza di aggiornare le tariffe orarie rimaste invariate dal 2021;",
    "<b>Premesso</b> che con deliberazione del Consiglio Comunale n. 9 del 29/04/2021 è stato approvato il Regolamento "
    "comunale per l'utilizzo dei locali e delle attrezzature del Centro polivalente di Via Fiume;",
    "<b>Considerato</b> che la Giunta Comunale, con deliberazione n. 33 del 19/05/2028, ha formulato indirizzi per la "
    "revisione della disciplina delle concessioni in uso temporaneo alle associazioni iscritte all'albo comunale;",
    "<b>Visto</b> il testo delle modifiche agli articoli 4, 7 e 11 del Regolamento, esaminato dalla Commissione consiliare "
    "Affari generali nella seduta del 16/06/2028, allegato alla presente quale parte integrante e sostanziale;",
    "<b>Visti</b> i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49, comma 1, del "
    "D.Lgs. 18 agosto 2000, n. 267, dal Responsabile dell'Area Amministrativa e dal Responsabile dell'Area Finanziaria;",
    "<b>Uditi</b> gli interventi dei consiglieri Cellini e Bartolucci, che annunciano il voto contrario del gruppo "
    "consiliare «Anticoli Bene Comune», come da resoconto conservato agli atti;",
    "Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 9, favorevoli n. 7, "
    "contrari n. 2 (Cellini, Bartolucci), astenuti n. 0;",
]:
    story.append(Paragraph(s, body))

disp = [Spaced("DELIBERA")]
for n, s in [
    ("1.", "di approvare le modifiche agli articoli 4, 7 e 11 del Regolamento comunale per l'utilizzo dei locali e delle "
           "attrezzature del Centro polivalente di Via Fiume, nel testo allegato alla presente deliberazione;"),
    ("2.", "di approvare il testo coordinato del Regolamento, composto da 18 articoli, che sostituisce integralmente quello "
           "approvato con deliberazione consiliare n. 9 del 29/04/2021;"),
    ("3.", "di stabilire che le tariffe orarie di cui all'art. 11 si applicano alle richieste di concessione presentate "
           "a decorrere dal 1 settembre 2028;"),
    ("4.", "di disporre la pubblicazione del Regolamento nella sezione Amministrazione trasparente del sito istituzionale."),
]:
    disp.append(Paragraph("%s&nbsp;&nbsp;%s" % (n, s), li))
story.append(KeepTogether(disp[:2]))
story.extend(disp[2:])

story.append(Paragraph(
    "Successivamente, con voti favorevoli n. 7, contrari n. 2 (Cellini, Bartolucci), astenuti n. 0, su n. 9 consiglieri "
    "presenti e votanti, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi "
    "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", ParagraphStyle("y", parent=body, spaceBefore=6)))

pareri = Table([[Paragraph("<b>PARERI (art. 49 del D.Lgs. n. 267/2000)</b><br/>"
                           "Regolarità tecnica: FAVOREVOLE – Il Responsabile dell'Area Amministrativa, rag. Simonetta Ferri – 19/06/2028<br/>"
                           "Regolarità contabile: FAVOREVOLE – Il Responsabile dell'Area Finanziaria, dott. Giorgio Lupi – 20/06/2028",
                           ParagraphStyle("p", parent=small, fontSize=8.5, leading=11))]], colWidths=[170 * mm])
pareri.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
story.append(Spacer(1, 6))
story.append(pareri)
story.append(Spacer(1, 8))
story.append(Paragraph("Letto, confermato e sottoscritto.", body))
firme = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"], ["dott. Fabrizio Orlandi", "dott.ssa Valentina Serafini"]],
              colWidths=[85 * mm, 85 * mm])
firme.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(KeepTogether([firme, Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate",
                                            ParagraphStyle("fd", parent=small, alignment=TA_CENTER, fontName="Helvetica-Oblique", spaceBefore=8))]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
                      title="Deliberazione C.C. n. 17 del 27/06/2028", author="Comune di Anticoli Corrado",
                      creator="PA Digitale - Atti Amministrativi")
first = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 16 * mm - 22 * mm - 78, id="f1")
rest = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 22 * mm - 22 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [first], onPage=letterhead, autoNextPageTemplate="rest"),
                      PageTemplate("rest", [rest], onPage=later)])
doc.build(story, canvasmaker=NumberedCanvas)
