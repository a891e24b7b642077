#!/usr/bin/env python3
"""Comune di Brendola - determinazione, Boxxapps-like house style, ReportLab platypus.

Justified paragraphs (ReportLab writes word spacing with Tw), a letter-spaced
heading drawn with Tc (charSpace), a running head from page 2 and a running
foot with the register number and "Pag. x di y" on every page.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-brendola-boxxapps.pdf"
BLUE = colors.HexColor("#1d4f91")
W, H = A4
RUN = "Comune di Brendola \u2013 Determinazione R.G. n. 611 del 17/11/2027"


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
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(20 * mm, 12 * mm, RUN)
            self.drawRightString(W - 18 * mm, 12 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            self.setStrokeColor(BLUE)
            self.setLineWidth(0.5)
            self.line(20 * mm, 15 * mm, W - 18 * mm, 15 * mm)
            super().showPage()
        super().save()


def first_page(c, doc):
    c.saveState()
    # crest
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.2)
    x0, y0 = 20 * mm, H - 36 * mm
    p = c.beginPath()
    p.moveTo(x0, y0 + 20 * mm)
    p.lineTo(x0 + 16 * mm, y0 + 20 * mm)
    p.lineTo(x0 + 16 * mm, y0 + 8 * mm)
    p.curveTo(x0 + 16 * mm, y0 + 2 * mm, x0 + 8 * mm, y0, x0 + 8 * mm, y0)
    p.curveTo(x0 + 8 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 8 * mm)
    p.close()
    c.drawPath(p)
    c.setFillColor(BLUE)
    c.rect(x0, y0 + 9 * mm, 16 * mm, 4 * mm, stroke=0, fill=1)
    # name
    c.setFillColor(BLUE)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40 * mm, H - 23 * mm, "COMUNE DI BRENDOLA")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    c.drawString(40 * mm, H - 28.5 * mm, "Provincia di Vicenza")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(40 * mm, H - 32.5 * mm, "Piazza del Mercato, 1 \u2013 36040 Brendola (VI) \u2013 C.F. 80004880247")
    # number box
    bx, by, bw, bh = W - 18 * mm - 50 * mm, H - 40 * mm, 50 * mm, 22 * mm
    c.setStrokeColor(BLUE)
    c.setLineWidth(1)
    c.rect(bx, by, bw, bh)
    c.setFillColor(BLUE)
    c.rect(bx, by + bh - 5 * mm, bw, 5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(bx + 2 * mm, by + bh - 3.7 * mm, "REGISTRO GENERALE")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(bx + 2 * mm, by + 11 * mm, "N. 611")
    c.setFont("Helvetica", 9)
    c.drawString(bx + 22 * mm, by + 11 * mm, "del 17/11/2027")
    c.setFont("Helvetica", 7.5)
    c.drawString(bx + 2 * mm, by + 3 * mm, "Det. di Area n. 87 del 15/11/2027")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.5)
    c.line(20 * mm, H - 43 * mm, W - 18 * mm, H - 43 * mm)
    # letter-spaced heading (Tc)
    t = c.beginText()
    t.setFont("Helvetica-Bold", 13)
    t.setCharSpace(3.2)
    word = "DETERMINAZIONE"
    wd = c.stringWidth(word, "Helvetica-Bold", 13) + 3.2 * (len(word) - 1)
    t.setTextOrigin((W - wd) / 2, H - 52 * mm)
    t.textOut(word)
    c.drawText(t)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, H - 12 * mm, "COMUNE DI BRENDOLA \u2013 Area Affari Generali e Servizi alla Persona")
    c.drawRightString(W - 18 * mm, H - 12 * mm, "Determinazione R.G. n. 611 del 17/11/2027")
    c.restoreState()


st = {
    "b": ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=5),
    "c": ParagraphStyle("c", fontName="Helvetica-Bold", fontSize=10.5, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
    "l": ParagraphStyle("l", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT),
    "ogg": ParagraphStyle("ogg", fontName="Helvetica-Bold", fontSize=10, leading=13.4, alignment=TA_JUSTIFY),
    "pt": ParagraphStyle("pt", fontName="Helvetica", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=4),
    "s": ParagraphStyle("s", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_CENTER),
    "sm": ParagraphStyle("sm", fontName="Helvetica", fontSize=8.5, leading=11, alignment=TA_JUSTIFY),
}

story = []
hdr = Table([
    [Paragraph("<b>AREA AFFARI GENERALI E SERVIZI ALLA PERSONA</b>", st["l"])],
    [Paragraph("Servizio Istruzione, Cultura e Sport", st["l"])],
], colWidths=[172 * mm])
hdr.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
story.append(hdr)
story.append(Spacer(1, 4 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", st["l"]),
              Paragraph("AFFIDAMENTO DEL SERVIZIO DI TRASPORTO PER LE USCITE DIDATTICHE DELLA SCUOLA PRIMARIA "
                        "E SECONDARIA DI PRIMO GRADO - PERIODO DICEMBRE 2027 / MAGGIO 2028 - IMPEGNO DI SPESA - "
                        "CIG B4E71A29C3", st["ogg"])]], colWidths=[25 * mm, 147 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#888888")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story.append(ogg)
story.append(Spacer(1, 5 * mm))
story.append(Paragraph("IL RESPONSABILE DELL\u2019AREA", st["c"]))

prem = [
    "RICHIAMATO il decreto del Sindaco n. 18 del 29/12/2026, con il quale al sottoscritto sono state attribuite le funzioni di Responsabile dell\u2019Area Affari Generali e Servizi alla Persona per l\u2019anno 2027, ai sensi dell\u2019art. 107 e dell\u2019art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
    "RICHIAMATE la deliberazione del Consiglio Comunale n. 52 del 20/12/2026, con la quale \u00e8 stato approvato il bilancio di previsione finanziario 2027/2029, e la deliberazione della Giunta Comunale n. 4 del 12/01/2027, di approvazione del Piano Esecutivo di Gestione;",
    "PRESO ATTO della nota dell\u2019Istituto Comprensivo di Brendola, pervenuta al protocollo comunale n. 15021 del 28/10/2027, con la quale \u00e8 stato trasmesso il calendario delle uscite didattiche programmate dai plessi della scuola primaria e della scuola secondaria di primo grado per l\u2019anno scolastico 2027/2028;",
    "DATO ATTO che il Comune non dispone di mezzi e personale propri idonei al servizio e che, per l\u2019importo stimato, \u00e8 possibile procedere ad affidamento diretto ai sensi dell\u2019art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36;",
    "VISTO il preventivo presentato tramite la piattaforma di approvvigionamento digitale dalla ditta Autoservizi Berici s.r.l., con sede in Sarego, che per le n. 22 uscite previste offre il prezzo complessivo di \u20ac 8.650,00 oltre IVA al 10%, ritenuto congruo rispetto ai prezzi di mercato;",
    "ACCERTATA la regolarit\u00e0 contributiva dell\u2019operatore economico (DURC prot. INPS_48110293, valido fino al 04/02/2028) e dato atto che \u00e8 stato acquisito il codice identificativo di gara indicato in oggetto;",
    "ATTESTATA l\u2019insussistenza di situazioni di conflitto di interessi ai sensi dell\u2019art. 16 del D.Lgs. 36/2023 e dell\u2019art. 6-bis della Legge 241/1990;",
]
for p in prem:
    story.append(Paragraph(p, st["b"]))

story.append(Paragraph("D E T E R M I N A", st["c"]))
pts = [
    "di affidare, per le motivazioni esposte in premessa, alla ditta Autoservizi Berici s.r.l., con sede in Sarego (VI), il servizio di trasporto per le uscite didattiche della scuola primaria e secondaria di primo grado nel periodo dicembre 2027 \u2013 maggio 2028, per l\u2019importo di \u20ac 8.650,00 oltre IVA al 10%, per complessivi \u20ac 9.515,00;",
    "di impegnare la spesa di \u20ac 9.515,00 come segue: \u20ac 2.380,00 al capitolo 4520 \u201cTrasporto scolastico \u2013 prestazioni di servizi\u201d del bilancio 2027 e \u20ac 7.135,00 al medesimo capitolo dell\u2019esercizio 2028;",
    "di dare atto che il contratto sar\u00e0 stipulato mediante corrispondenza secondo l\u2019uso commerciale, ai sensi dell\u2019art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto \u00e8 la sig.ra Laura Zanella, istruttore amministrativo del Servizio Istruzione, Cultura e Sport;",
    "di trasmettere il presente provvedimento al Responsabile dell\u2019Area Economico-Finanziaria per l\u2019apposizione del visto di regolarit\u00e0 contabile attestante la copertura finanziaria.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), st["pt"]))

story.append(Spacer(1, 4 * mm))
story.append(Paragraph("Brendola, 15/11/2027", st["l"]))
sig = Table([["", Paragraph("IL RESPONSABILE DELL\u2019AREA<br/>dott. Stefano Rigon<br/><font size=7.5>(firmato digitalmente)</font>", st["s"])]],
            colWidths=[95 * mm, 77 * mm])
story.append(sig)
story.append(Spacer(1, 8 * mm))
visto = Table([[Paragraph("<b>VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", st["l"])],
               [Paragraph("Ai sensi dell\u2019art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarit\u00e0 contabile "
                          "attestante la copertura finanziaria della spesa. Impegni n. 1297/2027 e n. 118/2028. "
                          "La presente determinazione \u00e8 esecutiva dal 17/11/2027 ed \u00e8 stata registrata al n. 611 "
                          "del Registro Generale.", st["sm"])],
               [Paragraph("Brendola, 17/11/2027 \u2013 Il Responsabile dell\u2019Area Economico-Finanziaria, dott.ssa Chiara Peruffo", st["sm"])]],
              colWidths=[172 * mm])
visto.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf7"))]))
story.append(KeepTogether(visto))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
                      title="Determinazione R.G. n. 611 del 17/11/2027", author="Comune di Brendola",
                      creator="Boxxapps - Atti Amministrativi")
f1 = Frame(20 * mm, 22 * mm, W - 38 * mm, H - 22 * mm - 56 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, W - 38 * mm, H - 22 * mm - 18 * mm, id="f2")
doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate(id="later", frames=[f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
