#!/usr/bin/env python3
"""Comune di Gambassi Terme - determinazione, house style "Civilia Next".
ReportLab platypus: justified paragraphs (word spacing Tw), a letter-spaced
title drawn with Tc, a running head and foot carrying the register number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-gambassiterme-civilianext.pdf"
NAVY = colors.HexColor("#1f3e6b")
NUM = "Determinazione n. 187 del 14/04/2027"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=4)
pt = ParagraphStyle("pt", parent=body, leftIndent=18, bulletIndent=2, spaceAfter=3)
ctr = ParagraphStyle("ctr", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                     spaceBefore=6, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
ogg = ParagraphStyle("ogg", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5,
                     alignment=TA_JUSTIFY)
sig = ParagraphStyle("sig", parent=body, alignment=TA_CENTER, leftIndent=240)


class Spaced(Flowable):
    """A title set with character spacing (Tc), as the package prints it."""
    def __init__(self, text, size=15, space=4.2):
        super().__init__()
        self.text, self.size, self.space = text, size, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 10

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, "Helvetica-Bold", self.size) + self.space * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont("Helvetica-Bold", self.size)
        t.setFillColor(NAVY)
        t.setCharSpace(self.space)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def letterhead(c, doc):
    c.saveState()
    # crest
    x, y = 22 * mm, A4[1] - 34 * mm
    c.setStrokeColor(NAVY)
    c.setFillColor(colors.HexColor("#b22222"))
    c.rect(x, y + 10 * mm, 15 * mm, 8 * mm, fill=1, stroke=0)
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm); p.lineTo(x + 15 * mm, y + 18 * mm); p.lineTo(x + 15 * mm, y + 6 * mm)
    p.curveTo(x + 15 * mm, y, x, y, x, y + 6 * mm); p.close()
    c.setLineWidth(1.2); c.drawPath(p, fill=0, stroke=1)
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(42 * mm, A4[1] - 22 * mm, "COMUNE DI GAMBASSI TERME")
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.black)
    c.drawString(42 * mm, A4[1] - 27 * mm, "Città Metropolitana di Firenze")
    c.setFont("Helvetica", 8)
    c.drawString(42 * mm, A4[1] - 31.5 * mm,
                 "Via Garibaldi, 7 – 50050 Gambassi Terme (FI) – C.F. 82003670480")
    c.setStrokeColor(NAVY); c.setLineWidth(1.5)
    c.line(20 * mm, A4[1] - 36 * mm, A4[0] - 20 * mm, A4[1] - 36 * mm)
    footer(c, doc)
    c.restoreState()


def later(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, A4[1] - 16 * mm, "Comune di Gambassi Terme – Area Tecnica")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 16 * mm, NUM)
    c.setLineWidth(0.4); c.line(20 * mm, A4[1] - 18 * mm, A4[0] - 20 * mm, A4[1] - 18 * mm)
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, 12 * mm, NUM + " – Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d" % doc.page)


doc = BaseDocTemplate(OUT, pagesize=A4, title=NUM, author="Area Tecnica",
                      creator="Civilia Next - modulo Atti Amministrativi")
f1 = Frame(22 * mm, 20 * mm, A4[0] - 42 * mm, A4[1] - 60 * mm, id="f1")
f2 = Frame(22 * mm, 20 * mm, A4[0] - 42 * mm, A4[1] - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])

s = []
hdr = Table([
    [Paragraph("AREA TECNICA", cellb), ""],
    [Paragraph("Servizio Lavori Pubblici e Manutenzioni", cell), ""],
], colWidths=[None, 10])
hdr.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
s.append(hdr)
s.append(Spacer(1, 4))
s.append(Spaced("DETERMINAZIONE"))
s.append(Spacer(1, 6))
reg = Table([
    [Paragraph("Registro generale", cellb), Paragraph("n. 187 del 14/04/2027", cell),
     Paragraph("Registro di Area", cellb), Paragraph("n. 52 del 12/04/2027", cell)],
], colWidths=[33 * mm, 50 * mm, 33 * mm, 50 * mm])
reg.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
    ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e8edf4")),
    ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#e8edf4")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
s.append(reg)
s.append(Spacer(1, 8))
subj = Table([[Paragraph("OGGETTO:", ogg),
               Paragraph("Lavori di manutenzione straordinaria della copertura della palestra comunale di "
                         "Via Volterrana – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del "
                         "D.Lgs. 36/2023 alla ditta Edil Valdelsa S.r.l. – CUP J73H26000410004 – CIG B7C41D2E09.",
                         ogg)]], colWidths=[26 * mm, None])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
s.append(subj)
s.append(Spacer(1, 10))
s.append(Paragraph("IL RESPONSABILE DELL’AREA TECNICA", ctr))

prem = [
    "Visto il decreto del Sindaco n. 3 del 08/01/2027, con il quale al sottoscritto è stato conferito l’incarico di "
    "Elevata Qualificazione e la responsabilità dell’Area Tecnica fino al 31/12/2027;",
    "Richiamate la deliberazione del Consiglio Comunale n. 71 del 19/12/2026, di approvazione del bilancio di "
    "previsione 2027/2029, e la deliberazione della Giunta Comunale n. 4 del 14/01/2027, di approvazione del "
    "Piano Esecutivo di Gestione 2027/2029;",
    "Premesso che nel corso del sopralluogo effettuato dal personale del Servizio Lavori Pubblici e Manutenzioni "
    "il 18/03/2027 sono state rilevate infiltrazioni di acqua piovana dalla copertura della palestra comunale di "
    "Via Volterrana, utilizzata dall’istituto comprensivo e dalle associazioni sportive del territorio, tali da "
    "richiedere un intervento di rifacimento del manto impermeabile e delle lattonerie;",
    "Visto il computo metrico estimativo redatto dall’ufficio, che quantifica l’importo dei lavori in € 29.650,00, "
    "oltre a € 250,00 per oneri della sicurezza non soggetti a ribasso, oltre IVA al 22%;",
    "Visto l’art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto dei "
    "lavori di importo inferiore a € 150.000,00, anche senza consultazione di più operatori economici, purché "
    "scelti tra soggetti in possesso di documentate esperienze pregresse idonee all’esecuzione delle prestazioni;",
    "Dato atto che, tramite la piattaforma telematica START della Regione Toscana, è stato richiesto un preventivo "
    "alla ditta Edil Valdelsa S.r.l., con sede in Certaldo (FI), Via Fiorentina n. 112, P.IVA 06218430481, la "
    "quale ha offerto un ribasso del 3,50% sull’importo a base di affidamento, per un importo contrattuale di "
    "€ 28.862,25 oltre oneri della sicurezza e IVA;",
    "Verificato il possesso dei requisiti di ordine generale e di ordine speciale in capo all’operatore economico "
    "e acquisito il DURC regolare con scadenza al 22/07/2027;",
    "Dato atto che il CUP dell’intervento è J73H26000410004 e che il CIG acquisito tramite la piattaforma è "
    "B7C41D2E09;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 23 giugno 2011, n. 118, e il vigente Regolamento di "
    "contabilità;",
]
for p in prem:
    s.append(Paragraph(p, body))
s.append(Paragraph("DETERMINA", ctr))
pts = [
    "di affidare, ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. 36/2023, i lavori di manutenzione "
    "straordinaria della copertura della palestra comunale di Via Volterrana alla ditta Edil Valdelsa S.r.l., "
    "P.IVA 06218430481, per l’importo di € 28.862,25 oltre € 250,00 per oneri della sicurezza e IVA al 22%, "
    "per complessivi € 35.517,35;",
    "di impegnare la somma complessiva di € 35.517,35 alla Missione 06, Programma 01, Titolo 2, capitolo "
    "20610/4 “Manutenzione straordinaria impianti sportivi” del bilancio di previsione 2027/2029, esercizio "
    "2027, dando atto che l’obbligazione diviene esigibile nel medesimo esercizio;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l’uso commerciale, ai sensi "
    "dell’art. 18, comma 1, del D.Lgs. 36/2023;",
    "di dare atto che il Responsabile Unico del Progetto è il Geom. Andrea Nencini, istruttore tecnico del "
    "Servizio Lavori Pubblici e Manutenzioni;",
    "di trasmettere il presente atto al Responsabile dell’Area Economico-Finanziaria per l’apposizione del visto "
    "di regolarità contabile attestante la copertura finanziaria e di disporne la pubblicazione all’Albo "
    "Pretorio on line e nella sezione Amministrazione Trasparente.",
]
for i, p in enumerate(pts, 1):
    s.append(Paragraph(p, pt, bulletText="%d." % i))
s.append(Spacer(1, 14))
s.append(KeepTogether([
    Paragraph("IL RESPONSABILE DELL’AREA TECNICA", sig),
    Paragraph("Ing. Filippo Caciagli", sig),
    Paragraph("<font size=8>(firmato digitalmente)</font>", sig),
]))
s.append(Spacer(1, 16))
s.append(KeepTogether([
    Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", ctr),
    Paragraph("Ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
              "attestante la copertura finanziaria della spesa (impegno n. 612/2027).", body),
    Paragraph("Gambassi Terme, 14/04/2027", body),
    Paragraph("IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA", sig),
    Paragraph("Rag. Daniela Bagnoli", sig),
    Paragraph("<font size=8>(firmato digitalmente)</font>", sig),
]))
doc.build(s)
