#!/usr/bin/env python3
"""Oleggio, house style "Civilia Next": determinazione of the Area Tecnica.
ReportLab platypus; justified paragraphs (ReportLab justifies with Tw),
register numbers in a boxed label grid, organ/office beside the crest,
a running foot with the register numbers."""
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

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-oleggio-civilianext.pdf"
pdfmetrics.registerFont(TTFont("LSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B"); addMapping("LSans", 0, 1, "LSans-I"); addMapping("LSans", 1, 1, "LSans-B")

W, H = A4

def crest(c, x, y, s=1.0):
    """a simple shield: red field, white tower"""
    c.saveState()
    c.translate(x, y); c.scale(s, s)
    p = c.beginPath()
    p.moveTo(0, 60); p.lineTo(46, 60); p.lineTo(46, 22)
    p.curveTo(46, 8, 30, 2, 23, 0); p.curveTo(16, 2, 0, 8, 0, 22); p.close()
    c.setFillColor(colors.HexColor("#b3202a")); c.setStrokeColor(colors.black); c.setLineWidth(0.8)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.white)
    c.rect(15, 14, 16, 30, fill=1, stroke=0)
    for i in range(3):
        c.rect(14 + i * 7, 44, 4, 5, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#b3202a")); c.rect(21, 14, 4, 8, fill=1, stroke=0)
    # crown
    c.setFillColor(colors.HexColor("#d4a017"))
    c.rect(8, 62, 30, 5, fill=1, stroke=0)
    for i in range(4):
        c.rect(8 + i * 8.5, 67, 4, 4, fill=1, stroke=0)
    c.restoreState()

REG_GEN, REG_GEN_DATE = "412", "12/05/2026"
REG_AREA, REG_AREA_DATE = "87", "11/05/2026"

def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 40 * mm, 0.85)
    c.setFont("LSans-B", 17); c.drawString(42 * mm, H - 22 * mm, "COMUNE DI OLEGGIO")
    c.setFont("LSans", 10); c.drawString(42 * mm, H - 27.5 * mm, "Provincia di Novara")
    c.setFont("LSans", 7.5); c.drawString(42 * mm, H - 32 * mm, "Via Novara, 5 - 28047 Oleggio (NO) - Tel. 0321 91429 - PEC: protocollo@pec.comune.oleggio.no.it")
    c.setFont("LSans-B", 11); c.drawRightString(W - 18 * mm, H - 22 * mm, "AREA TECNICA")
    c.setFont("LSans", 9); c.drawRightString(W - 18 * mm, H - 27.5 * mm, "Servizio Lavori Pubblici e Manutenzioni")
    c.setStrokeColor(colors.HexColor("#b3202a")); c.setLineWidth(1.2)
    c.line(18 * mm, H - 42 * mm, W - 18 * mm, H - 42 * mm)
    foot(c, doc)
    c.restoreState()

def later_pages(c, doc):
    c.saveState()
    c.setFont("LSans-B", 9); c.drawString(18 * mm, H - 15 * mm, "COMUNE DI OLEGGIO")
    c.setFont("LSans", 8); c.drawRightString(W - 18 * mm, H - 15 * mm, "Area Tecnica - Servizio Lavori Pubblici e Manutenzioni")
    c.setLineWidth(0.4); c.line(18 * mm, H - 17 * mm, W - 18 * mm, H - 17 * mm)
    foot(c, doc)
    c.restoreState()

def foot(c, doc):
    c.setFont("LSans", 7.5)
    c.setLineWidth(0.4); c.line(18 * mm, 17 * mm, W - 18 * mm, 17 * mm)
    c.drawString(18 * mm, 13 * mm, f"Determinazione Area Tecnica n. {REG_AREA} - Reg. Gen. n. {REG_GEN} del {REG_GEN_DATE}")
    c.drawRightString(W - 18 * mm, 13 * mm, f"Pagina {doc.page} di 2")

st = dict(
    body=ParagraphStyle("body", fontName="LSans", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4),
    prem=ParagraphStyle("prem", fontName="LSans", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, leftIndent=0, spaceAfter=4),
    center=ParagraphStyle("center", fontName="LSans-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
    title=ParagraphStyle("title", fontName="LSans-B", fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=4),
    cell=ParagraphStyle("cell", fontName="LSans", fontSize=8, leading=10),
    cellv=ParagraphStyle("cellv", fontName="LSans-B", fontSize=11, leading=13, alignment=TA_CENTER),
    num=ParagraphStyle("num", fontName="LSans", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, leftIndent=16, firstLineIndent=-16, spaceAfter=4),
    sig=ParagraphStyle("sig", fontName="LSans", fontSize=10, leading=13, alignment=TA_CENTER),
)

SUBJECT = ("Lavori di manutenzione straordinaria della copertura della palestra della scuola secondaria "
           "di primo grado di via Gallarate - Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), "
           "del D.Lgs. n. 36/2023 alla ditta Edilcoperture Ticino S.r.l. - Impegno di spesa - "
           "CIG B8F1D27A35 - CUP J52B26000110004")

from reportlab.platypus import Flowable
class SpacedTitle(Flowable):
    """heading drawn with character spacing (Tc), as the package prints it"""
    def __init__(self, text, size=14, cs=3.2):
        super().__init__(); self.text, self.size, self.cs = text, size, cs
    def wrap(self, aw, ah):
        self.aw = aw; return aw, self.size + 8
    def draw(self):
        c = self.canv
        w = pdfmetrics.stringWidth(self.text, "LSans-B", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 6); t.setFont("LSans-B", self.size); t.setCharSpace(self.cs)
        t.textOut(self.text); c.drawText(t)

story = []
story.append(Spacer(1, 2 * mm))
story.append(SpacedTitle("DETERMINAZIONE"))
grid = Table([
    ["Registro Generale N.", REG_GEN, "del", REG_GEN_DATE, "Registro di Area N.", REG_AREA, "del", REG_AREA_DATE],
    ["Proposta N.", "101", "del", "08/05/2026", "Classificazione", "06.05", "Fasc.", "2026/14"],
], colWidths=[31 * mm, 14 * mm, 9 * mm, 24 * mm, 30 * mm, 14 * mm, 10 * mm, 24 * mm])
grid.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", 8), ("FONT", (1, 0), (1, -1), "LSans-B", 11), ("FONT", (3, 0), (3, -1), "LSans-B", 11),
    ("FONT", (5, 0), (5, -1), "LSans-B", 11), ("FONT", (7, 0), (7, -1), "LSans-B", 11),
    ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (5, 0), (5, -1), "CENTER"), ("ALIGN", (7, 0), (7, -1), "CENTER"),
    ("BOX", (1, 0), (1, 0), 0.8, colors.black), ("BOX", (3, 0), (3, 0), 0.8, colors.black),
    ("BOX", (5, 0), (5, 0), 0.8, colors.black), ("BOX", (7, 0), (7, 0), 0.8, colors.black),
    ("BOX", (1, 1), (1, 1), 0.8, colors.black), ("BOX", (3, 1), (3, 1), 0.8, colors.black),
    ("BOX", (5, 1), (5, 1), 0.8, colors.black), ("BOX", (7, 1), (7, 1), 0.8, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]))
story.append(grid)
story.append(Spacer(1, 5 * mm))
subj = Table([[Paragraph("<b>OGGETTO:</b>", st["body"]), Paragraph("<b>%s</b>" % SUBJECT, st["body"])]],
             colWidths=[25 * mm, 149 * mm])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
story.append(subj)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", st["center"]))
P = lambda t: story.append(Paragraph(t, st["prem"]))
P("<b>Premesso</b> che con decreto del Sindaco n. 4 del 2 gennaio 2026 lo scrivente è stato nominato Responsabile "
  "dell'Area Tecnica, con attribuzione dell'incarico di Elevata Qualificazione e delle funzioni di cui all'art. 107 "
  "del D.Lgs. 18 agosto 2000, n. 267;")
P("<b>Richiamate</b> la deliberazione del Consiglio Comunale n. 9 del 26 febbraio 2026, di approvazione del Bilancio "
  "di previsione finanziario 2026/2028, e la deliberazione della Giunta Comunale n. 31 del 12 marzo 2026, di "
  "approvazione del Piano Esecutivo di Gestione 2026/2028;")
P("<b>Dato atto</b> che a seguito del sopralluogo effettuato dall'Ufficio Tecnico in data 22 aprile 2026 sono state "
  "riscontrate infiltrazioni d'acqua dalla copertura della palestra della scuola secondaria di primo grado di via "
  "Gallarate, tali da richiedere un intervento di rifacimento del manto impermeabile e la sostituzione dei canali "
  "di gronda ammalorati;")
P("<b>Visto</b> il preventivo presentato in data 5 maggio 2026, prot. n. 8411, dalla ditta Edilcoperture Ticino "
  "S.r.l., con sede in Castelletto sopra Ticino, che ha offerto l'esecuzione dei lavori per l'importo di "
  "€ 36.850,00, oltre oneri per la sicurezza pari a € 1.150,00 e IVA al 22%, per complessivi € 46.360,00;")
P("<b>Visto</b> l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto "
  "dei lavori di importo inferiore a 150.000 euro, anche senza consultazione di più operatori economici;")
P("<b>Accertata</b> la regolarità contributiva della ditta mediante DURC prot. INAIL_51873320, con scadenza al "
  "18 agosto 2026, e dato atto che il codice identificativo di gara è CIG B8F1D27A35;")
P("<b>Dato atto</b> dell'insussistenza di situazioni di conflitto di interesse, anche potenziale, ai sensi dell'art. 16 "
  "del D.Lgs. n. 36/2023 e dell'art. 6-bis della Legge n. 241/1990;")
P("<b>Visti</b> il D.Lgs. n. 267/2000, lo Statuto comunale e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;")
story.append(Paragraph("D E T E R M I N A", st["center"]))
N = lambda n, t: story.append(Paragraph(f"{n}.&nbsp;&nbsp;{t}", st["num"]))
N(1, "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento;")
N(2, "di affidare, ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023, alla ditta Edilcoperture Ticino "
     "S.r.l. i lavori di manutenzione straordinaria della copertura della palestra della scuola secondaria di primo "
     "grado di via Gallarate, per l'importo di € 38.000,00 compresi gli oneri per la sicurezza, oltre IVA al 22%;")
N(3, "di impegnare la somma complessiva di € 46.360,00 alla Missione 04, Programma 02, Titolo 2, capitolo 20420/3 "
     "\"Manutenzione straordinaria edifici scolastici\" del bilancio 2026/2028, esercizio 2026;")
N(4, "di dare atto che il Responsabile Unico del Progetto è il geom. Luca Zanetta, istruttore tecnico dell'Area, e che "
     "il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale;")
N(5, "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione "
     "trasparente\" del sito istituzionale.")
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("Oleggio, 12/05/2026", st["body"]))
story.append(KeepTogether([
    Spacer(1, 4 * mm),
    Table([["", Paragraph("IL RESPONSABILE DELL'AREA TECNICA<br/>arch. Davide Ferraris<br/>"
                          "<font size=7>(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)</font>", st["sig"])]],
          colWidths=[90 * mm, 84 * mm]),
    Spacer(1, 8 * mm),
    Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. n. 267/2000). "
              "Impegno n. 612/2026 di € 46.360,00.", st["body"]),
    Table([["", Paragraph("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA<br/>dott.ssa Silvia Zanetta", st["sig"])]],
          colWidths=[90 * mm, 84 * mm]),
]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Determinazione n. 412/2026", author="Comune di Oleggio", creator="Civilia Next - Atti Amministrativi")
f1 = Frame(18 * mm, 22 * mm, W - 36 * mm, H - 22 * mm - 45 * mm, id="f1")
f2 = Frame(18 * mm, 22 * mm, W - 36 * mm, H - 22 * mm - 22 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story)
