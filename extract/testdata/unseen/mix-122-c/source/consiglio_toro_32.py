#!/usr/bin/env python3
"""Comune di Toro - Consiglio n. 32 del 26/10/2027 (Studio K house style), ReportLab.
Justified paragraphs in a standard font (ReportLab justifies them with Tw), the title
letter-spaced with Tc, running foot with the number. Usage: consiglio_toro_32.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)

out = sys.argv[1]
W, H = A4
LM, RM = 22 * mm, 20 * mm


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), as the package prints its titles."""
    def __init__(self, text, size=12.5, cs=2.2, font="Times-Bold"):
        super().__init__()
        self.text, self.size, self.cs, self.font = text, size, cs, font

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 6

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = self.canv.beginText((self.aw - w) / 2, 3)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        self.canv.drawText(t)


def crest(c, x, y):
    c.saveState()
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(x, y + 19 * mm); p.lineTo(x + 15 * mm, y + 19 * mm); p.lineTo(x + 15 * mm, y + 8 * mm)
    p.curveTo(x + 15 * mm, y + 2 * mm, x + 9 * mm, y, x + 7.5 * mm, y - 1 * mm)
    p.curveTo(x + 6 * mm, y, x, y + 2 * mm, x, y + 8 * mm); p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColorRGB(0.48, 0.11, 0.11)
    c.wedge(x + 3 * mm, y + 2 * mm, x + 12 * mm, y + 12 * mm, 0, 180, stroke=0, fill=1)
    c.setFillColorRGB(0.79, 0.64, 0.15)
    c.circle(x + 7.5 * mm, y + 14 * mm, 1.6 * mm, stroke=1, fill=1)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    top = H - 16 * mm
    crest(c, LM, top - 20 * mm)
    c.setFont("Times-Bold", 20); c.drawString(LM + 20 * mm, top - 7 * mm, "COMUNE DI TORO")
    c.setFont("Times-Italic", 12); c.drawString(LM + 20 * mm, top - 12.5 * mm, "Provincia di Campobasso")
    c.setFont("Times-Roman", 8)
    c.drawString(LM + 20 * mm, top - 17 * mm, "Piazza Municipio, 1 \u2013 86018 Toro (CB) \u2013 Tel. 0874 461105 \u2013 PEC: protocollo.comunetoro@pec.it")
    c.setFont("Helvetica-Bold", 9.5)
    c.rect(W - RM - 17 * mm, top - 9 * mm, 17 * mm, 6 * mm)
    c.drawCentredString(W - RM - 8.5 * mm, top - 7.2 * mm, "COPIA")
    c.setLineWidth(1.5); c.line(LM, top - 22 * mm, W - RM, top - 22 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setLineWidth(0.4); c.line(LM, 17 * mm, W - RM, 17 * mm)
    c.setFont("Times-Roman", 8)
    c.drawString(LM, 13.5 * mm, "Comune di Toro \u2013 Deliberazione del Consiglio Comunale n. 32 del 26/10/2027")
    c.drawRightString(W - RM, 13.5 * mm, "Pag. %d" % doc.page)
    c.restoreState()


body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
ital = ParagraphStyle("i", parent=body, fontName="Times-Italic")
right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, fontSize=10)
centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold", spaceBefore=4, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12)
point = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11)

story = []
story.append(Spacer(1, 12 * mm))
story.append(Spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"))
story.append(Spacer(1, 3 * mm))
nt = Table([["N.", "32", "Data", "26/10/2027"]], colWidths=[20 * mm, 64 * mm, 20 * mm, 64 * mm])
nt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("FONT", (0, 0), (-1, -1), "Times-Roman", 11),
                        ("FONT", (0, 0), (0, 0), "Times-Bold", 11), ("FONT", (2, 0), (2, 0), "Times-Bold", 11),
                        ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#E6E6E6")),
                        ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#E6E6E6"))]))
story.append(nt)
story.append(Paragraph("<i>Sessione ordinaria \u2013 Seduta pubblica di prima convocazione</i>",
                       ParagraphStyle("x", parent=body, alignment=TA_CENTER, fontSize=10, spaceBefore=2)))
ogg = Table([[Paragraph("<b>OGGETTO:</b> APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLA "
                        "SALA POLIFUNZIONALE \u201cSAN MERCURIO\u201d.", ParagraphStyle("o", parent=body, alignment=TA_LEFT, spaceAfter=0))]],
            colWidths=[168 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 4),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story.append(ogg)
story.append(Spacer(1, 4 * mm))

P = lambda t, s=body: story.append(Paragraph(t, s))
P("L\u2019anno duemilaventisette, il giorno ventisei del mese di ottobre, alle ore 18:00, nella sala consiliare del "
  "Palazzo Municipale, convocato con avvisi notificati ai consiglieri nei modi e termini di legge, si \u00e8 riunito il "
  "Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, sotto la presidenza del Sindaco "
  "sig. Roberto Capozio, con la partecipazione del Segretario Comunale dott.ssa Marisa Santorelli, che cura la "
  "redazione del verbale.")
P("All\u2019appello nominale, all\u2019inizio della seduta, risultano:")

rows = [["N.", "Consigliere", "Carica", "P", "A", "Note"],
        ["1", "CAPOZIO Roberto", "Sindaco", "X", "", ""],
        ["2", "MASTROGIACOMO Lucia", "Consigliere", "X", "", ""],
        ["3", "DI IORIO Pasquale", "Consigliere", "X", "", ""],
        ["4", "FRATANGELO Carmine", "Consigliere", "X", "", ""],
        ["5", "PALLOTTA Sabrina", "Consigliere", "X", "", ""],
        ["6", "VENDITTI Michele", "Consigliere", "X", "", ""],
        ["7", "COLAVITA Annamaria", "Consigliere", "X", "", ""],
        ["8", "DE LISIO Franco", "Consigliere", "X", "", ""],
        ["9", "TARTAGLIA Gennaro", "Consigliere", "", "X", "entra alle ore 18:25"],
        ["10", "MANCINI Rosaria", "Consigliere", "", "X", ""],
        ["11", "PETRELLA Domenico", "Consigliere", "X", "", "esce alle ore 18:50, rientra alle ore 19:20"]]
rt = Table(rows, colWidths=[9 * mm, 46 * mm, 24 * mm, 8 * mm, 8 * mm, 66 * mm], repeatRows=1)
rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
                        ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
                        ("FONT", (5, 1), (5, -1), "Times-Italic", 8.5),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                        ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (3, 0), (4, -1), "CENTER"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
story.append(rt)
P("Presenti n. 9 \u2013 Assenti n. 2", right)
P("Il Presidente passa alla trattazione del punto n. 3 dell\u2019ordine del giorno. Si d\u00e0 atto che al momento della "
  "trattazione del presente punto sono presenti n. 9 consiglieri, essendo entrato alle ore 18:25 il consigliere "
  "TARTAGLIA Gennaro ed essendo uscito alle ore 18:50 il consigliere PETRELLA Domenico.")

story.append(KeepTogether([Paragraph("IL CONSIGLIO COMUNALE", centre)]))
P("<b>Premesso</b> che il Comune \u00e8 proprietario della sala polifunzionale \u201cSan Mercurio\u201d, sita in via Roma, "
  "recentemente ristrutturata con fondi regionali, e che \u00e8 pervenuta da associazioni e privati una pluralit\u00e0 di "
  "richieste di utilizzo per iniziative culturali, sociali e ricreative;")
P("<b>Ritenuto</b> necessario disciplinare le modalit\u00e0 di concessione, le tariffe e le garanzie a tutela del bene, "
  "con un regolamento che assicuri trasparenza e parit\u00e0 di trattamento;")
P("<b>Visto</b> lo schema di Regolamento predisposto dall\u2019Area Amministrativa, composto da n. 14 articoli, "
  "esaminato dalla commissione consiliare affari generali nella seduta del 18/10/2027;")
P("<b>Udita</b> la relazione del Sindaco e dato atto che non vi sono richieste di intervento;")
P("<b>Acquisito</b> il parere favorevole di regolarit\u00e0 tecnica del Responsabile dell\u2019Area Amministrativa, "
  "dott. Angelo Ferrante, ai sensi dell\u2019art. 49 del D.Lgs. 267/2000, e dato atto che il provvedimento non "
  "comporta riflessi sulla situazione economico-finanziaria dell\u2019Ente;")
P("Alle ore 19:20 rientra in aula il consigliere PETRELLA Domenico. Presenti n. 10.", ital)
P("Il Presidente pone in votazione la proposta, che riporta il seguente esito: Presenti n. 10 \u2013 Votanti n. 10 "
  "\u2013 Favorevoli n. 10 \u2013 Contrari n. 0 \u2013 Astenuti n. 0.")
P("All\u2019unanimit\u00e0 dei voti favorevoli,")
story.append(KeepTogether([Paragraph("DELIBERA", centre),
    Paragraph("1.&nbsp;&nbsp;&nbsp;di approvare il Regolamento comunale per la concessione in uso della sala polifunzionale "
              "\u201cSan Mercurio\u201d, composto da n. 14 articoli, che si allega alla presente quale parte integrante e "
              "sostanziale;", point)]))
P("2.&nbsp;&nbsp;&nbsp;di dare atto che il Regolamento entra in vigore il giorno successivo a quello in cui la presente "
  "deliberazione diviene esecutiva;", point)
P("3.&nbsp;&nbsp;&nbsp;di demandare al Responsabile dell\u2019Area Amministrativa la pubblicazione del Regolamento nella "
  "sezione \u201cAmministrazione trasparente\u201d del sito istituzionale.", point)
P("La presente deliberazione diverr\u00e0 esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell\u2019art. 134, "
  "comma 3, del D.Lgs. 267/2000.")
story.append(Spacer(1, 5 * mm))
sig = Table([["Letto, confermato e sottoscritto.", ""],
             ["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["F.to Roberto Capozio", "F.to dott.ssa Marisa Santorelli"]], colWidths=[84 * mm, 84 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 11), ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                         ("TOPPADDING", (0, 1), (-1, 1), 8)]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 8 * mm))
story.append(KeepTogether([
    Paragraph("CERTIFICATO DI PUBBLICAZIONE", centre),
    Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all\u2019Albo Pretorio on line del "
              "Comune il 29/10/2027 per quindici giorni consecutivi (Reg. pubbl. n. 562).", small),
    Paragraph("IL SEGRETARIO COMUNALE<br/>F.to dott.ssa Marisa Santorelli", ParagraphStyle("sr", parent=small, alignment=TA_RIGHT))]))

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=16 * mm, bottomMargin=22 * mm,
                      title="Deliberazione C.C. n. 32/2027", author="Comune di Toro", creator="Studio K - Atti Amministrativi")
fr1 = Frame(LM, 22 * mm, W - LM - RM, H - 16 * mm - 22 * mm - 16 * mm, id="f1", leftPadding=0, rightPadding=0)
fr2 = Frame(LM, 22 * mm, W - LM - RM, H - 16 * mm - 22 * mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", [fr1], onPage=first_page, autoNextPageTemplate="rest"),
                      PageTemplate("rest", [fr2], onPage=foot)])
doc.build(story)
