#!/usr/bin/env python3
"""Tremezzina, Area Tecnica: determinazione printed by ReportLab (platypus).
Justified paragraphs (ReportLab writes them with Tw word spacing), a letter-spaced
heading (charSpace -> Tc), register numbers in a two-cell grid under the letterhead."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-tremezzina-civilianext.pdf"
BLUE = colors.HexColor("#1d4e89")

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=5)
pt = ParagraphStyle("p", parent=body, leftIndent=7*mm, firstLineIndent=-7*mm)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold", spaceBefore=5, spaceAfter=7)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)


def first_page(c, doc):
    c.saveState()
    # crest
    c.setStrokeColor(BLUE); c.setFillColor(colors.HexColor("#dfe8f3")); c.setLineWidth(1.2)
    p = c.beginPath(); x0, y0 = 20*mm, 265*mm
    p.moveTo(x0, y0+20*mm); p.lineTo(x0+16*mm, y0+20*mm); p.lineTo(x0+16*mm, y0+8*mm)
    p.curveTo(x0+16*mm, y0+2*mm, x0+11*mm, y0-1*mm, x0+8*mm, y0-2*mm)
    p.curveTo(x0+5*mm, y0-1*mm, x0, y0+2*mm, x0, y0+8*mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#e0b43a")); c.circle(x0+8*mm, y0+13*mm, 2.4*mm, fill=1, stroke=0)
    c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 16)
    c.drawString(42*mm, 279*mm, "COMUNE DI TREMEZZINA")
    c.setFont("Helvetica", 9.5); c.setFillColor(colors.black)
    c.drawString(42*mm, 273.5*mm, "Provincia di Como")
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.drawString(42*mm, 269*mm, "Via Regina, 3 \u2013 22016 Tremezzina (CO) \u2013 C.F. e P.IVA 03564890131")
    c.setStrokeColor(BLUE); c.setLineWidth(1.4); c.line(18*mm, 262*mm, 192*mm, 262*mm)
    c.restoreState()
    footer(c, doc)


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(18*mm, 285*mm, "Comune di Tremezzina \u2013 Area Tecnica")
    c.drawRightString(192*mm, 285*mm, "Determinazione R.G. n. 212 del 20/04/2028")
    c.setStrokeColor(colors.grey); c.setLineWidth(0.5); c.line(18*mm, 282.5*mm, 192*mm, 282.5*mm)
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.line(18*mm, 15*mm, 192*mm, 15*mm)
    c.drawString(18*mm, 11*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.drawRightString(192*mm, 11*mm, "Pagina %d" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=18*mm, bottomMargin=20*mm,
                      title="Determinazione Area Tecnica R.G. n. 212/2028", author="Comune di Tremezzina")
f1 = Frame(18*mm, 20*mm, 174*mm, 240*mm, id="f1")
f2 = Frame(18*mm, 20*mm, 174*mm, 259*mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])

class Spaced(Flowable):
    """A letter-spaced heading drawn with a text object's character spacing (Tc)."""
    def __init__(self, text, size, cs):
        Flowable.__init__(self)
        self.text, self.size, self.cs = text, size, cs

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.3

    def draw(self):
        w = stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = self.canv.beginText((self.aw - w) / 2, 3)
        t.setFont("Helvetica-Bold", self.size)
        t.setFillColor(BLUE)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        self.canv.drawText(t)


S = []
hdr = Table([[Paragraph("<b>AREA TECNICA</b>", ParagraphStyle("h", parent=body, fontSize=11, alignment=TA_CENTER)),],
             [Paragraph("Servizio Lavori Pubblici e Manutenzioni", ParagraphStyle("h2", parent=body, alignment=TA_CENTER))]],
            colWidths=[174*mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6edf5"))]))
S.append(hdr)
S.append(Spacer(1, 5*mm))
S.append(Spaced("DETERMINAZIONE", 15, 5))
S.append(Spacer(1, 4*mm))
reg = Table([[Paragraph("Registro di Settore<br/><b>n. 58 del 19/04/2028</b>", ParagraphStyle("r", parent=body, alignment=TA_CENTER)),
              Paragraph("Registro Generale<br/><b>n. 212 del 20/04/2028</b>", ParagraphStyle("r", parent=body, alignment=TA_CENTER))]],
            colWidths=[87*mm, 87*mm])
reg.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S.append(reg)
S.append(Spacer(1, 4*mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
              Paragraph("<b>AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO NELLE FRAZIONI DI "
                        "MEZZEGRA E TREMEZZO PER LA STAGIONE 2028 AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 "
                        "\u2013 IMPEGNO DI SPESA \u2013 CIG B4C7E19A2F</b>", body)]], colWidths=[25*mm, 149*mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
S.append(ogg)
S.append(Spacer(1, 5*mm))
S.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", ctr))
for t in [
    "Richiamato il decreto del Sindaco n. 3 del 10/01/2028, con il quale il sottoscritto è stato nominato Responsabile "
    "dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamate la deliberazione del Consiglio Comunale n. 11 del 28/02/2028, di approvazione del bilancio di previsione "
    "2028\u20132030, e la deliberazione della Giunta Comunale n. 22 del 07/03/2028, di approvazione del Piano Esecutivo di Gestione;",
    "Premesso che il servizio di manutenzione ordinaria del verde pubblico nelle frazioni di Mezzegra e Tremezzo, comprendente "
    "lo sfalcio dei tappeti erbosi, la potatura delle siepi, la cura delle aiuole del lungolago e la pulizia delle aree attrezzate, "
    "non può essere svolto con il personale dipendente, e che occorre garantirne la continuità per la stagione turistica 2028;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei servizi di importo "
    "inferiore a 140.000 euro, anche senza consultazione di più operatori economici, assicurando che siano scelti soggetti in possesso "
    "di documentate esperienze pregresse idonee all'esecuzione delle prestazioni contrattuali;",
    "Dato atto che, tramite la piattaforma regionale di approvvigionamento Sintel, è stata richiesta un'offerta alla ditta "
    "Verde Lario s.r.l., con sede in Menaggio (CO), via Camozzi 18, P.IVA 03877120134, la quale ha offerto l'importo di "
    "\u20ac 38.400,00 oltre IVA 22%, ritenuto congruo in relazione ai prezzi di mercato e al prezzario regionale vigente;",
    "Verificati il possesso dei requisiti di ordine generale dell'operatore economico mediante il fascicolo virtuale e la "
    "regolarità contributiva (DURC prot. INAIL_41235577, con scadenza al 14/07/2028);",
    "Dato atto dell'insussistenza di situazioni di conflitto di interesse in capo al sottoscritto ai sensi dell'art. 16 del "
    "D.Lgs. 36/2023 e dell'art. 6-bis della Legge 241/1990;",
]:
    S.append(Paragraph(t, body))
S.append(Paragraph("D E T E R M I N A", ctr))
pts = [
    "di affidare, per le motivazioni espresse in premessa, il servizio di manutenzione ordinaria del verde pubblico nelle "
    "frazioni di Mezzegra e Tremezzo per la stagione 2028 alla ditta Verde Lario s.r.l. di Menaggio (CO), P.IVA 03877120134, "
    "per l'importo di \u20ac 38.400,00 oltre IVA 22%, per complessivi \u20ac 46.848,00;",
    "di impegnare la somma complessiva di \u20ac 46.848,00 al capitolo 10960/1 \"Manutenzione verde pubblico \u2013 prestazioni di "
    "servizi\" del bilancio di previsione 2028\u20132030, esercizio 2028, dove la spesa risulta esigibile;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi dell'art. 18, "
    "comma 1, del D.Lgs. 36/2023, e che il CIG attribuito alla procedura è B4C7E19A2F;",
    "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Responsabile dell'Area Tecnica;",
    "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "Trasparente\" del sito istituzionale, sottosezione Bandi di gara e contratti.",
]
for i, t in enumerate(pts, 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, t), pt))
S.append(Spacer(1, 8*mm))
sig = Table([["", Paragraph("IL RESPONSABILE DELL'AREA TECNICA<br/><b>geom. Davide Mambretti</b><br/>"
                            "<font size=7.5>(firmato digitalmente)</font>", ParagraphStyle("sg", parent=body, alignment=TA_CENTER))]],
            colWidths=[84*mm, 90*mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 8*mm))
vis = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b><br/>"
                        "Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
                        "attestante la copertura finanziaria della spesa. Impegno n. 611/2028.<br/>"
                        "Tremezzina, 20/04/2028 \u2013 Il Responsabile dell'Area Finanziaria, rag. Silvia Cetti (firmato digitalmente)", small)]],
            colWidths=[174*mm])
vis.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
S.append(KeepTogether([vis]))
doc.build(S)
