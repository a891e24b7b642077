#!/usr/bin/env python3
"""Sant'Olcese, Civilia Next house style: determinazione di liquidazione.

ReportLab platypus: justified paragraphs (ReportLab justifies by setting the
word spacing, Tw, line by line), headings drawn letter-spaced with Tc, running
foot with the register number and the page count.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-santolcese-civilianext-liquidazione.pdf"

LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-B")

BLUE = colors.HexColor("#1d4f7a")
REG = "Determinazione R.G. n. 127 del 12/03/2027"

body = ParagraphStyle("body", fontName="LSans", fontSize=10.2, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
item = ParagraphStyle("item", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=5)
cell = ParagraphStyle("cell", fontName="LSans", fontSize=9.2, leading=11.5)
lbl = ParagraphStyle("lbl", fontName="LSans", fontSize=7.6, leading=9.5, textColor=colors.HexColor("#333333"))
ogg = ParagraphStyle("ogg", fontName="LSans-B", fontSize=10.2, leading=13.5, alignment=TA_JUSTIFY)
sig = ParagraphStyle("sig", fontName="LSans", fontSize=10.2, leading=13.5, alignment=TA_CENTER)
small = ParagraphStyle("small", fontName="LSans", fontSize=8, leading=10, alignment=TA_CENTER, textColor=colors.HexColor("#444444"))


class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc)."""

    def __init__(self, text, size=11, cs=3.2, space_before=8, space_after=6):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs
        self.sb, self.sa = space_before, space_after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.sb + self.sa

    def draw(self):
        c = self.canv
        w = pdfmetrics.stringWidth(self.text, "LSans-B", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setTextOrigin((self.aw - w) / 2, self.sa + 2)
        t.setFont("LSans-B", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


class NumberedCanvasMixin:
    pass


def on_page(c, doc):
    c.saveState()
    w, h = A4
    # crest
    c.setStrokeColor(BLUE)
    c.setFillColor(colors.HexColor("#d8e4ef"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    x0, y0 = 20 * mm, h - 38 * mm
    p.moveTo(x0, y0 + 22 * mm)
    p.lineTo(x0 + 18 * mm, y0 + 22 * mm)
    p.lineTo(x0 + 18 * mm, y0 + 9 * mm)
    p.curveTo(x0 + 18 * mm, y0 + 2 * mm, x0 + 12 * mm, y0, x0 + 9 * mm, y0)
    p.curveTo(x0 + 6 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 9 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    # name, letter-spaced
    c.setFillColor(BLUE)
    t = c.beginText()
    t.setTextOrigin(44 * mm, h - 25 * mm)
    t.setFont("LSans-B", 17)
    t.setCharSpace(1.1)
    t.textOut("COMUNE DI SANT'OLCESE")
    t.setCharSpace(0)
    c.drawText(t)
    c.setFillColor(colors.black)
    c.setFont("LSans", 9.5)
    c.drawString(44 * mm, h - 31 * mm, "Città Metropolitana di Genova")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.5)
    c.line(20 * mm, h - 40 * mm, w - 18 * mm, h - 40 * mm)
    # running head and foot
    c.setFont("LSans", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(w - 18 * mm, h - 12 * mm, REG)
    c.drawString(20 * mm, 12 * mm, "Comune di Sant'Olcese - Area Economico-Finanziaria")
    c.drawRightString(w - 18 * mm, 12 * mm, "Pagina %d di %d" % (doc.page, TOTAL))
    c.restoreState()


def on_later(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("LSans", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawRightString(w - 18 * mm, h - 12 * mm, REG)
    c.drawString(20 * mm, 12 * mm, "Comune di Sant'Olcese - Area Economico-Finanziaria")
    c.drawRightString(w - 18 * mm, 12 * mm, "Pagina %d di %d" % (doc.page, TOTAL))
    c.restoreState()


def story():
    s = []
    reg = Table([
        [Paragraph("AREA", lbl), Paragraph("<b>AREA ECONOMICO-FINANZIARIA</b>", cell), Paragraph("REGISTRO GENERALE", lbl), Paragraph("n. 127 del 12/03/2027", cell)],
        [Paragraph("SERVIZIO", lbl), Paragraph("Servizio Tributi", cell), Paragraph("REGISTRO DI SETTORE", lbl), Paragraph("n. 19 del 11/03/2027", cell)],
        [Paragraph("PROPOSTA", lbl), Paragraph("n. 156 del 10/03/2027", cell), "", ""],
    ], colWidths=[24 * mm, 68 * mm, 38 * mm, 42 * mm])
    reg.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
        ("BACKGROUND", (2, 0), (2, 1), colors.HexColor("#eef2f6")),
        ("SPAN", (1, 2), (3, 2)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s += [reg, Spaced("DETERMINAZIONE", size=14, cs=4, space_before=10, space_after=8)]
    ob = Table([[Paragraph("<b>OGGETTO:</b>", ogg), Paragraph(
        "LIQUIDAZIONE A FAVORE DELLA SOCIETÀ RISCOSSIONI TIGULLIO S.R.L. DEL CORRISPETTIVO PER IL "
        "SERVIZIO DI SUPPORTO ALLA RISCOSSIONE COATTIVA DELLE ENTRATE TRIBUTARIE – QUARTO "
        "TRIMESTRE 2026 – CIG B3C9E0F217.", ogg)]], colWidths=[24 * mm, 148 * mm])
    ob.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [ob, Spaced("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", size=10.2, cs=1.2, space_before=10, space_after=6)]
    prem = [
        "<b>Visto</b> il decreto del Sindaco n. 12 del 30/12/2026, di attribuzione alla sottoscritta della "
        "responsabilità dell'Area Economico-Finanziaria e delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto "
        "2000, n. 267;",
        "<b>Richiamata</b> la propria determinazione n. 201 del 19/04/2026 (registro di settore n. 28), con la quale è stato "
        "affidato alla società Riscossioni Tigullio S.r.l., con sede in Chiavari, il servizio di supporto alla "
        "riscossione coattiva delle entrate tributarie per il periodo 01/05/2026 – 30/04/2028, per un corrispettivo "
        "pari al 9,5% delle somme effettivamente riscosse, ed è stato assunto il relativo impegno di spesa n. 418/2026;",
        "<b>Vista</b> la fattura elettronica n. 27/PA del 15/01/2027, acquisita al protocollo dell'ente al n. 612 del "
        "16/01/2027, dell'importo di € 6.318,40 oltre IVA 22% (€ 1.390,05), per complessivi € 7.708,45, relativa alle "
        "riscossioni del quarto trimestre 2026, pari a € 66.509,47, come da rendiconto verificato dal Servizio Tributi;",
        "<b>Accertata</b> la regolarità della prestazione resa e la rispondenza della fattura alle condizioni contrattuali;",
        "<b>Dato atto</b> che la società risulta in regola con gli obblighi contributivi (DURC on line prot. INPS_49077361, "
        "scadenza 28/05/2027) e che il codice identificativo di gara è CIG B3C9E0F217;",
        "<b>Visti</b> l'art. 184 del D.Lgs. 267/2000, lo Statuto comunale e il vigente Regolamento di contabilità;",
    ]
    s += [Paragraph(x, body) for x in prem]
    s.append(Spaced("DETERMINA", size=11, cs=4.5))
    points = [
        "di liquidare e pagare alla società Riscossioni Tigullio S.r.l., P.IVA 02176540990, la fattura n. 27/PA del "
        "15/01/2027, per l'imponibile di € 6.318,40, relativa al corrispettivo del servizio di supporto alla "
        "riscossione coattiva delle entrate tributarie per il quarto trimestre 2026;",
        "di versare all'Erario l'IVA di € 1.390,05 secondo il meccanismo della scissione dei pagamenti di cui "
        "all'art. 17-ter del D.P.R. 633/1972;",
        "di imputare la spesa complessiva di € 7.708,45 all'impegno n. 418/2026, capitolo 1046/2 \"Aggi e compensi "
        "per la riscossione\", missione 01, programma 04, del bilancio 2027/2029, gestione residui;",
        "di trasmettere il presente atto al Servizio Ragioneria per l'emissione del mandato di pagamento mediante "
        "bonifico sul conto corrente dedicato comunicato ai sensi dell'art. 3 della legge 136/2010.",
    ]
    s += [Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i + 1, x), item) for i, x in enumerate(points)]
    s.append(Spacer(1, 14))
    firma = Table([["", [Paragraph("<b>IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA</b>", sig),
                         Paragraph("Dott.ssa Silvia Repetto", sig),
                         Paragraph("documento firmato digitalmente ai sensi del D.Lgs. 82/2005", small)]]],
                  colWidths=[80 * mm, 92 * mm])
    s.append(KeepTogether([firma]))
    return s


TOTAL = 1


def build(total):
    global TOTAL
    TOTAL = total
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                          topMargin=44 * mm, bottomMargin=22 * mm,
                          title="Determinazione n. 127 del 12/03/2027", author="Comune di Sant'Olcese",
                          creator="Civilia Next - Atti amministrativi")
    f1 = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 66 * mm, id="f1", leftPadding=0, rightPadding=0)
    f2 = Frame(20 * mm, 22 * mm, A4[0] - 38 * mm, A4[1] - 42 * mm, id="f2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=on_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=on_later)])
    doc.build(story())
    return doc.page


n = build(1)
if n != 1:
    build(n)
