#!/usr/bin/env python3
"""Comune di Pettorazza Grimani - Giunta n. 44 del 15-06-2027.

House style "PA Digitale / Urbi": centred letterhead with crest, ORIGINALE
on the right, number/date/proposal/office in a ruled row, OGGETTO between
two rules, running head and foot with the number on every page.
Printed with ReportLab platypus: justified paragraphs (word spacing, Tw),
the DELIBERA heading letter-spaced with Tc.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "giunta44-pettorazzagrimani-padigitale.pdf"

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B")
addMapping("LSerif", 0, 1, "LSerif-I"); addMapping("LSerif", 1, 1, "LSerif-B")

NUM, DATA = "44", "15-06-2027"
RUNHEAD = "Comune di Pettorazza Grimani \u2013 Deliberazione di Giunta Comunale n. %s del %s" % (NUM, DATA)
RUNFOOT = "Delibera G.C. n. %s del %s \u2013 Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005" % (NUM, DATA)

body = ParagraphStyle("body", fontName="LSerif", fontSize=11, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5)
centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerif-B", spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("pt", parent=body, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=3)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12, spaceAfter=3)
sans = ParagraphStyle("sans", fontName="LSans", fontSize=9, leading=11, alignment=TA_LEFT)
sansb = ParagraphStyle("sansb", parent=sans, fontName="LSans-B", fontSize=11, leading=13)
lab = ParagraphStyle("lab", parent=sans, fontSize=7, leading=8.5)


class Crest(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 17 * mm

    def draw(self):
        c = self.canv
        x0 = self.aw / 2 - 6.5 * mm
        c.setLineWidth(1.2)
        p = c.beginPath()
        p.moveTo(x0, 16 * mm); p.lineTo(x0 + 13 * mm, 16 * mm); p.lineTo(x0 + 13 * mm, 7 * mm)
        p.curveTo(x0 + 13 * mm, 2.5 * mm, x0 + 9 * mm, 0.8 * mm, x0 + 6.5 * mm, 0)
        p.curveTo(x0 + 4 * mm, 0.8 * mm, x0, 2.5 * mm, x0, 7 * mm); p.close()
        c.drawPath(p)
        c.setLineWidth(0.7)
        c.line(x0, 11 * mm, x0 + 13 * mm, 11 * mm)
        c.circle(x0 + 6.5 * mm, 13.5 * mm, 1.4 * mm)
        c.bezier(x0 + 2 * mm, 8 * mm, x0 + 5 * mm, 5 * mm, x0 + 8 * mm, 5 * mm, x0 + 11 * mm, 8 * mm)
        c.bezier(x0 + 2 * mm, 5.5 * mm, x0 + 5 * mm, 2.5 * mm, x0 + 8 * mm, 2.5 * mm, x0 + 11 * mm, 5.5 * mm)


class Spaced(Flowable):
    """A heading set with character spacing (Tc), as report engines do."""
    def __init__(self, text, size=12, cs=4.0):
        Flowable.__init__(self)
        self.text, self.size, self.cs = text, size, cs

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 2.1

    def draw(self):
        c = self.canv
        w = pdfmetrics.stringWidth(self.text, "LSerif-B", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, self.size * 0.6)
        t.setFont("LSerif-B", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


def on_page(c, doc):
    c.saveState()
    W, H = A4
    c.setFont("LSans", 8)
    c.drawString(20 * mm, H - 17 * mm, RUNHEAD)
    c.drawRightString(W - 18 * mm, H - 17 * mm, "ORIGINALE")
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 18.5 * mm, W - 18 * mm, H - 18.5 * mm)
    c.line(20 * mm, 17 * mm, W - 18 * mm, 17 * mm)
    c.setFont("LSans", 7)
    c.drawString(20 * mm, 13 * mm, RUNFOOT)
    c.setFont("LSans", 7.5)
    c.drawRightString(W - 18 * mm, 13 * mm, "Pag. %d di %s" % (doc.page, doc._npages))
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn, npages, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, **kw)
        self._npages = npages
        f = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 46 * mm, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="p", frames=[f], onPage=on_page)])


def story():
    s = []
    s.append(Crest())
    s.append(Paragraph("COMUNE DI PETTORAZZA GRIMANI", ParagraphStyle("e", fontName="LSans-B", fontSize=16, leading=19, alignment=TA_CENTER)))
    s.append(Paragraph("<i>Provincia di Rovigo</i>", ParagraphStyle("pv", fontName="LSerif", fontSize=10.5, leading=13, alignment=TA_CENTER)))
    s.append(Paragraph("Piazza Municipio \u2022 45010 Pettorazza Grimani (RO)", ParagraphStyle("a", fontName="LSans", fontSize=7.5, leading=9, alignment=TA_CENTER)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", ParagraphStyle("h", fontName="LSans-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=4)))
    row = [[[Paragraph("Numero", lab), Paragraph(NUM, sansb)],
            [Paragraph("Data", lab), Paragraph(DATA, sansb)],
            [Paragraph("Proposta", lab), Paragraph("n. 51 del 10-06-2027", sans)],
            [Paragraph("Ufficio proponente", lab), Paragraph("Area Amministrativa", sans)]]]
    t = Table(row, colWidths=[27 * mm, 37 * mm, 48 * mm, None])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    ogg = Paragraph("<font name='LSans-B' size='9'>OGGETTO:</font> <b>CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL\u2019ASSOCIAZIONE PRO LOCO DI PETTORAZZA GRIMANI PER L\u2019ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2027.</b>",
                    ParagraphStyle("o", parent=body, alignment=TA_LEFT, spaceAfter=0))
    ot = Table([[ogg]], colWidths=[None])
    ot.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, "black"), ("LINEBELOW", (0, 0), (-1, 0), 1, "black"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(ot)
    s.append(Spacer(1, 4 * mm))
    P = lambda x: s.append(Paragraph(x, body))
    P("L\u2019anno duemilaventisette, il giorno quindici del mese di giugno, alle ore 13:00, nella sala delle adunanze della Residenza Municipale, "
      "si è riunita la Giunta Comunale nelle persone del Sindaco Gianluca Zanforlin, del Vicesindaco Marta Bellinello e dell\u2019Assessore Davide Trombin, tutti presenti.")
    P("Assiste il Segretario Comunale dott.ssa Cristina Zennaro, incaricato della redazione del verbale.")
    P("Presiede il Sindaco, sig. Gianluca Zanforlin, il quale, riconosciuta la validità dell\u2019adunanza, invita la Giunta a trattare l\u2019argomento indicato in oggetto.")
    s.append(Paragraph("LA GIUNTA COMUNALE", centre))
    P("Premesso che l\u2019Associazione Pro Loco di Pettorazza Grimani, con istanza del 27-05-2027 acquisita al prot. n. 2851, ha chiesto un contributo "
      "economico a sostegno del programma \u201cEstate a Pettorazza 2027\u201d, che comprende la rassegna di cinema all\u2019aperto, la festa "
      "dell\u2019Adige e le serate musicali in piazza, per una spesa preventivata di \u20ac 9.800,00;")
    P("Visto il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, approvato con deliberazione del Consiglio "
      "Comunale n. 9 del 28-03-2019, e in particolare l\u2019art. 6, che consente la concessione di contributi per iniziative di promozione "
      "del territorio di interesse generale;")
    P("Considerato che le iniziative proposte rivestono rilevante interesse per la comunità locale e favoriscono la socialità e la conoscenza del "
      "territorio rivierasco, e ritenuto pertanto di concedere un contributo di \u20ac 3.500,00;")
    P("Acquisiti i pareri favorevoli espressi ai sensi dell\u2019art. 49, comma 1, del D.Lgs. n. 267/2000 dal Responsabile dell\u2019Area "
      "Amministrativa in ordine alla regolarità tecnica e dal Responsabile dell\u2019Area Economico-Finanziaria in ordine alla regolarità contabile;")
    P("Con voti unanimi favorevoli espressi in forma palese,")
    s.append(Spaced("DELIBERA", 12, 4.5))
    pts = [
        "di concedere all\u2019Associazione Pro Loco di Pettorazza Grimani un contributo economico di \u20ac 3.500,00 per la realizzazione del programma \u201cEstate a Pettorazza 2027\u201d;",
        "di dare atto che la spesa trova imputazione al capitolo 10520 \u201cContributi ad associazioni per manifestazioni\u201d del bilancio di previsione 2027/2029, esercizio 2027;",
        "di stabilire che il contributo sarà liquidato nella misura del 50% all\u2019avvio delle iniziative e per il saldo previa presentazione del rendiconto delle spese sostenute entro il 31-10-2027;",
        "di demandare al Responsabile dell\u2019Area Amministrativa l\u2019adozione degli atti di impegno e liquidazione;",
        "di disporre la pubblicazione dei dati relativi al contributo ai sensi degli artt. 26 e 27 del D.Lgs. n. 33/2013.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    P("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile ai sensi "
      "dell\u2019art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire lo svolgimento delle iniziative a partire dal mese di luglio.")
    par = Table([[Paragraph("<b>PARERI AI SENSI DELL\u2019ART. 49 DEL D.LGS. N. 267/2000</b>", ParagraphStyle("ph", parent=sans, alignment=TA_CENTER)), ""],
                 [Paragraph("<b>Regolarità tecnica:</b> FAVOREVOLE<br/>Data 10-06-2027<br/>Il Responsabile dell\u2019Area Amministrativa<br/>dott. Enrico Moretto", small),
                  Paragraph("<b>Regolarità contabile:</b> FAVOREVOLE<br/>Data 11-06-2027<br/>Il Responsabile dell\u2019Area Economico-Finanziaria<br/>rag. Sonia Guarnieri", small)]],
                colWidths=[None, None])
    par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, "black"), ("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(Spacer(1, 3 * mm))
    s.append(par)
    s.append(Spacer(1, 4 * mm))
    fs = ParagraphStyle("f", parent=body, alignment=TA_CENTER, spaceAfter=0)
    fs8 = ParagraphStyle("f8", parent=fs, fontSize=8, leading=10)
    firme = Table([[Paragraph("IL PRESIDENTE", fs), Paragraph("IL SEGRETARIO COMUNALE", fs)],
                   [Paragraph("Gianluca Zanforlin", fs), Paragraph("dott.ssa Cristina Zennaro", fs)],
                   [Paragraph("(firmato digitalmente)", fs8), Paragraph("(firmato digitalmente)", fs8)]])
    s.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", body), firme]))
    ref = [Spacer(1, 5 * mm),
           Paragraph("<b>REFERTO DI PUBBLICAZIONE</b>", ParagraphStyle("rh", parent=sans, alignment=TA_CENTER, spaceAfter=4)),
           Paragraph("Reg. Pubbl. n. 431. Si certifica che copia della presente deliberazione viene pubblicata all\u2019Albo Pretorio on line di questo "
                     "Comune il giorno 17-06-2027 e vi rimarrà per quindici giorni consecutivi, ai sensi dell\u2019art. 124 del D.Lgs. n. 267/2000, e che "
                     "contestualmente viene comunicata ai Capigruppo consiliari ai sensi dell\u2019art. 125 del medesimo decreto.", small),
           Paragraph("Il Messo Comunale \u2013 Anna Bonato", small)]
    s.append(KeepTogether(ref))
    return s


# two passes: the first counts the pages for "Pag. x di y"
d = Doc("/dev/null", "?", title="Deliberazione G.C. n. %s del %s" % (NUM, DATA), author="Comune di Pettorazza Grimani")
d.build(story())
n = d.page
d = Doc(out, n, title="Deliberazione G.C. n. %s del %s" % (NUM, DATA), author="Comune di Pettorazza Grimani",
        creator="Urbi - PA Digitale")
d.build(story())
