#!/usr/bin/env python3
"""Comune di Siurgus Donigala - Consiglio n. 13 del 24/06/2027.

The Siscom house style (crest and name on the left, the Sardinian name
under it, number and date in a ruled box on the right, letter-spaced title,
running foot with the number and "pag. x di y", signatures side by side),
printed by ReportLab: justified paragraphs (Tw), the title and DELIBERA set
with Tc, a running head from page 2, and the Albo's publication stamp
turned up the left margin of the first page.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "consiglio13-siurgusdonigala-siscom.pdf"
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", DJ + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")

NUM, DATA = "13", "24/06/2027"
W, H = A4
LM, RM = 22 * mm, W - 18 * mm

body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
centre = ParagraphStyle("c", parent=body, fontName="DV-B", alignment=TA_CENTER, spaceBefore=4, spaceAfter=5)
point = ParagraphStyle("p", parent=body, leftIndent=6 * mm, firstLineIndent=-6 * mm, spaceAfter=3)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5, alignment=TA_LEFT, spaceAfter=1)


class Spaced(Flowable):
    def __init__(self, text, font="DV-B", size=10, cs=1.4, h=16):
        Flowable.__init__(self)
        self.text, self.font, self.size, self.cs, self.h = text, font, size, cs, h

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        w = pdfmetrics.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = self.canv.beginText((self.aw - w) / 2, self.h * 0.35)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        self.canv.drawText(t)


def letterhead(c):
    x, y = LM, H - 37 * mm
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y + 19 * mm); p.lineTo(x + 15 * mm, y + 19 * mm); p.lineTo(x + 15 * mm, y + 8 * mm)
    p.curveTo(x + 15 * mm, y + 3 * mm, x + 10 * mm, y + 1 * mm, x + 7.5 * mm, y)
    p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm); p.close()
    c.drawPath(p)
    c.setLineWidth(0.5)
    c.line(x + 7.5 * mm, y, x + 7.5 * mm, y + 19 * mm)
    c.line(x, y + 11 * mm, x + 15 * mm, y + 11 * mm)
    c.setFont("DV-B", 12.5); c.drawString(LM + 19 * mm, H - 25 * mm, "COMUNE DI SIURGUS DONIGALA")
    c.setFont("DV-I", 8.5); c.drawString(LM + 19 * mm, H - 30 * mm, "Comunu de Siurgus Donigala")
    c.setFont("DV", 7.5); c.drawString(LM + 19 * mm, H - 34 * mm, "Ufficio Segreteria \u2013 Affari Generali")
    bx = RM - 62 * mm
    c.setLineWidth(0.7)
    c.rect(bx, H - 39 * mm, 62 * mm, 21 * mm)
    c.line(bx, H - 25.5 * mm, RM, H - 25.5 * mm)
    c.line(bx + 31 * mm, H - 39 * mm, bx + 31 * mm, H - 25.5 * mm)
    c.setFont("DV-B", 7); c.drawString(bx + 2 * mm, H - 21 * mm, "DELIBERAZIONE DEL")
    c.drawString(bx + 2 * mm, H - 24 * mm, "CONSIGLIO COMUNALE")
    c.setFont("DV", 6.5); c.drawString(bx + 44 * mm, H - 22.5 * mm, "ORIGINALE")
    c.drawString(bx + 2 * mm, H - 28.5 * mm, "N."); c.drawString(bx + 33 * mm, H - 28.5 * mm, "Data")
    c.setFont("DV-B", 12); c.drawString(bx + 2 * mm, H - 35.5 * mm, NUM)
    c.setFont("DV-B", 10); c.drawString(bx + 33 * mm, H - 35.5 * mm, DATA)


def stamp(c):
    s = "PUBBLICATA ALL\u2019ALBO PRETORIO ON LINE DAL 29/06/2027 AL 14/07/2027 \u2013 REG. PUBBL. N. 323"
    w = pdfmetrics.stringWidth(s, "DV-B", 7)
    c.saveState()
    c.translate(13 * mm, 85 * mm)
    c.rotate(90)
    c.setStrokeColorRGB(0.15, 0.2, 0.55); c.setFillColorRGB(0.15, 0.2, 0.55)
    c.setLineWidth(0.8)
    c.rect(0, -4, w + 10, 14)
    c.setFont("DV-B", 7)
    c.drawString(5, 0.5, s)
    c.restoreState()


def foot(c, doc):
    c.saveState()
    c.setLineWidth(0.4)
    c.line(LM, 18 * mm, RM, 18 * mm)
    c.setFont("DV", 7.5)
    c.drawString(LM, 14 * mm, "Deliberazione C.C. n. %s del %s" % (NUM, DATA))
    c.drawRightString(RM, 14 * mm, "pag. %d di %s" % (doc.page, doc.npages))
    c.restoreState()


def first(c, doc):
    letterhead(c)
    stamp(c)
    foot(c, doc)


def later(c, doc):
    c.saveState()
    c.setFont("DV-I", 7.5)
    c.drawString(LM, H - 16 * mm, "Comune di Siurgus Donigala \u2013 Deliberazione del Consiglio Comunale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(LM, H - 18 * mm, RM, H - 18 * mm)
    c.restoreState()
    foot(c, doc)


class Doc(BaseDocTemplate):
    def __init__(self, fn, npages, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, **kw)
        self.npages = npages
        f1 = Frame(LM, 24 * mm, RM - LM, H - 68 * mm, id="f1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        f2 = Frame(LM, 24 * mm, RM - LM, H - 48 * mm, id="f2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first, autoNextPageTemplate="later"),
                               PageTemplate(id="later", frames=[f2], onPage=later)])


def story():
    s = [Spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", size=10, cs=1.5, h=18)]
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", ParagraphStyle("ol", parent=body, fontSize=8, alignment=TA_LEFT)),
                  Paragraph("<b>Approvazione del Regolamento comunale per la disciplina del compostaggio domestico e di comunità "
                            "e per la riduzione della tariffa TARI.</b>", ParagraphStyle("ot", parent=body, alignment=TA_LEFT, spaceAfter=0))]],
                colWidths=[19 * mm, None])
    ogg.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.9, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.9, "black"),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [ogg, Spacer(1, 2 * mm)]
    s.append(Paragraph("Sessione ordinaria \u2013 Seduta pubblica di prima convocazione \u2013 Punto n. 3 dell\u2019ordine del giorno",
                       ParagraphStyle("sx", parent=body, fontSize=8.5, alignment=TA_LEFT)))
    P = lambda t: s.append(Paragraph(t, body))
    P("L\u2019anno duemilaventisette, il giorno ventiquattro del mese di giugno, alle ore 18:00, nella sala consiliare del Palazzo "
      "Comunale, convocato con avvisi scritti prot. n. 2455 del 17/06/2027, regolarmente notificati, si è riunito il Consiglio "
      "Comunale in sessione ordinaria, seduta pubblica di prima convocazione.")
    P("Alla trattazione del presente punto sono presenti il Sindaco Efisio Murgia, la Presidente del Consiglio Monica Deiana e i "
      "Consiglieri Giovanna Orrù, Sandro Lai, Fabio Cadeddu, Roberta Loddo, Antonello Melis, Marco Pinna e Stefania Cocco; sono "
      "assenti i Consiglieri Ignazio Serra, giustificato, e Gianfranco Atzeni.")
    P("Presiede la seduta la Presidente del Consiglio Comunale, sig.ra Monica Deiana. Partecipa il Segretario Comunale dott.ssa "
      "Maria Bonaria Floris, con funzioni consultive, referenti e di assistenza e di verbalizzazione.")
    P("La Presidente, accertato il numero legale, dà la parola all\u2019Assessore Sandro Lai, che illustra la proposta. Non essendovi "
      "interventi, la Presidente pone in votazione la proposta.")
    s.append(Paragraph("IL CONSIGLIO COMUNALE", centre))
    P("Premesso che il Comune gestisce il servizio di raccolta dei rifiuti urbani in forma associata e che la frazione organica "
      "rappresenta circa il 38% dei rifiuti raccolti nel territorio comunale;")
    P("Considerato che il compostaggio domestico e di comunità consente di ridurre la quantità di rifiuto organico conferito e i "
      "relativi costi di trasporto e trattamento, e che l\u2019art. 1, comma 658, della Legge n. 147/2013 prevede riduzioni tariffarie "
      "per le utenze che lo praticano;")
    P("Visto lo schema di Regolamento predisposto dall\u2019Area Tecnica, composto da n. 12 articoli, che disciplina le modalità di "
      "adesione, i controlli e la riduzione del 15% della quota variabile della tariffa TARI;")
    P("Visti l\u2019art. 7 e l\u2019art. 42 del D.Lgs. 18 agosto 2000, n. 267;")
    P("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\u2019art. 49 del D.Lgs. n. 267/2000 e il "
      "parere favorevole del Revisore dei conti, reso con verbale n. 6 del 20/06/2027;")
    P("All\u2019unanimità dei voti favorevoli, espressi per alzata di mano dai n. 9 Consiglieri presenti,")
    s.append(Spaced("DELIBERA", size=10, cs=2.2, h=17))
    pts = ["di approvare il Regolamento comunale per la disciplina del compostaggio domestico e di comunità e per la riduzione della "
           "tariffa TARI, composto da n. 12 articoli, allegato alla presente deliberazione quale parte integrante e sostanziale;",
           "di dare atto che la riduzione tariffaria si applica a decorrere dal 1° gennaio 2028;",
           "di trasmettere la presente deliberazione al Ministero dell\u2019Economia e delle Finanze per la pubblicazione nel portale "
           "del federalismo fiscale, ai sensi dell\u2019art. 13, comma 15, del D.L. n. 201/2011."]
    for i, t in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), point))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("Parere di regolarità tecnica: Favorevole. Il Responsabile dell\u2019Area Tecnica, ing. Paolo Usai \u2013 18/06/2027", small))
    s.append(Paragraph("Parere di regolarità contabile: Favorevole. Il Responsabile dell\u2019Area Finanziaria, dott.ssa Rita Mereu \u2013 18/06/2027", small))
    s.append(Spacer(1, 3 * mm))
    fs = ParagraphStyle("f", parent=body, alignment=TA_CENTER, spaceAfter=0)
    fb = ParagraphStyle("fb", parent=fs, fontName="DV-B")
    firme = Table([[Paragraph("LA PRESIDENTE DEL CONSIGLIO", fb), Paragraph("IL SEGRETARIO COMUNALE", fb)],
                   [Paragraph("sig.ra Monica Deiana", fs), Paragraph("dott.ssa Maria Bonaria Floris", fs)]])
    s.append(KeepTogether([Paragraph("Letto, confermato e sottoscritto.", body), firme]))
    cert = [Spacer(1, 6 * mm), Paragraph("CERTIFICATO DI PUBBLICAZIONE", centre),
            Paragraph("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è pubblicata all\u2019Albo "
                      "Pretorio on line del Comune per quindici giorni consecutivi, dal 29/06/2027 al 14/07/2027 (Reg. Pubbl. n. 323), "
                      "ai sensi dell\u2019art. 124 del D.Lgs. n. 267/2000.", ParagraphStyle("cb", parent=body, fontSize=8.5, leading=11.5)),
            Paragraph("Siurgus Donigala, 29/06/2027 \u2013 Il Segretario Comunale, dott.ssa Maria Bonaria Floris", ParagraphStyle("cb2", parent=small, fontSize=8.5)),
            Spacer(1, 4 * mm), Paragraph("ATTESTAZIONE DI ESECUTIVITÀ", centre),
            Paragraph("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell\u2019art. 134, "
                      "comma 3, del D.Lgs. n. 267/2000.", ParagraphStyle("cb3", parent=body, fontSize=8.5, leading=11.5))]
    s.append(KeepTogether(cert))
    return s


d = Doc("/dev/null", "?")
d.build(story())
n = d.page
d = Doc(out, n, title="Deliberazione C.C. n. %s del %s" % (NUM, DATA), author="Comune di Siurgus Donigala", creator="Siscom - Gestione Atti")
d.build(story())
