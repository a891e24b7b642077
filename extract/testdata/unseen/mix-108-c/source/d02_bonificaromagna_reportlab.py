#!/usr/bin/env python3
"""Consorzio di Bonifica della Romagna - Decreto del Presidente n. 14/2026.
House style "Urbi": drawn logo and name at the top left, the heading letter-spaced
with the character-spacing operator (Tc), every paragraph justified by ReportLab
with word spacing (Tw), running foot with the decree's number and page x/y."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether, Flowable)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSO", F + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVSO", boldItalic="DVSB")

W, H = A4
BLUE = colors.HexColor("#0b5394")
NUM = "Decreto del Presidente n. 14 del 09/07/2026"


class Spaced(Flowable):
    """A heading drawn with character spacing (Tc), as report engines letter-space titles."""
    def __init__(self, text, size=13, cs=4.2):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 6
    def draw(self):
        c = self.canv
        tw = pdfmetrics.stringWidth(self.text, "DVSB", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - tw) / 2, 4)
        t.setFont("DVSB", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


def first(c, d):
    c.saveState()
    # logo: three waves
    c.setStrokeColor(BLUE); c.setLineWidth(2.2)
    for k in range(3):
        y = H - 22 * mm - k * 4 * mm
        p = c.beginPath(); p.moveTo(20 * mm, y)
        p.curveTo(26 * mm, y + 4 * mm, 30 * mm, y - 4 * mm, 36 * mm, y)
        p.curveTo(40 * mm, y + 3 * mm, 44 * mm, y - 3 * mm, 48 * mm, y)
        c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(BLUE)
    c.setFont("DVSB", 14.5)
    c.drawString(54 * mm, H - 22 * mm, "CONSORZIO DI BONIFICA DELLA ROMAGNA")
    c.setFillColor(colors.black)
    c.setFont("DVS", 8)
    c.drawString(54 * mm, H - 27 * mm, "Sede legale: Via Lambruschini 195 – 47521 Cesena (FC)")
    c.drawString(54 * mm, H - 31 * mm, "C.F. 92071350398 – PEC: bonificaromagna@legalmail.it")
    c.setStrokeColor(BLUE); c.setLineWidth(0.8)
    c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
    foot(c, d)
    c.restoreState()


def later(c, d):
    c.saveState()
    c.setFont("DVSO", 8)
    c.setFillColor(BLUE)
    c.drawString(20 * mm, H - 14 * mm, "Consorzio di Bonifica della Romagna")
    c.drawRightString(W - 20 * mm, H - 14 * mm, NUM)
    c.setStrokeColor(BLUE); c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    foot(c, d)
    c.restoreState()


def foot(c, d):
    c.setFont("DVS", 7.5)
    c.setFillColor(colors.grey)
    c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm, "Decreto n. 14/2026")
    c.drawRightString(W - 20 * mm, 12 * mm, "pag. %d/2" % d.page)


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                      topMargin=40 * mm, bottomMargin=22 * mm,
                      title="Decreto del Presidente n. 14/2026", author="Urbi - Atti amministrativi")
f1 = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 62 * mm, id="f1")
f2 = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 44 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])

body = ParagraphStyle("b", fontName="DVS", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DVSB", spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)

s = []
s.append(Spaced("DECRETO DEL PRESIDENTE"))
s.append(Spacer(1, 3))
s.append(Paragraph("n. 14 del 09/07/2026", ParagraphStyle("n", parent=cen, fontName="DVS", fontSize=11,
                                                         spaceBefore=2)))
obj = Paragraph("<b>OGGETTO:</b> Costituzione in giudizio del Consorzio nel ricorso promosso dalla "
                "Società Agricola Fiumi Uniti s.s. avanti al Tribunale Regionale delle Acque Pubbliche "
                "presso la Corte d'Appello di Firenze e conferimento dell'incarico di patrocinio legale.",
                ParagraphStyle("o", parent=body, fontSize=10.5, leading=14.5))
tb = Table([[obj]], colWidths=[W - 44 * mm])
tb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, BLUE),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f9")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
s.append(Spacer(1, 4)); s.append(tb); s.append(Spacer(1, 8))
s.append(Paragraph("IL PRESIDENTE", cen))
for t in [
    "VISTO lo Statuto del Consorzio di Bonifica della Romagna, approvato con deliberazione della Giunta "
    "della Regione Emilia-Romagna, e in particolare l'articolo 28, che attribuisce al Presidente la "
    "rappresentanza legale dell'Ente e, nei casi di urgenza, l'adozione dei provvedimenti di competenza "
    "del Comitato Amministrativo, da sottoporre a ratifica nella prima seduta utile;",
    "VISTO il ricorso notificato al Consorzio in data 22 giugno 2026, assunto al protocollo n. 18842, con il "
    "quale la Società Agricola Fiumi Uniti s.s., con sede in Ravenna, chiede il risarcimento dei danni che "
    "assume subiti dalle proprie coltivazioni a seguito dell'esondazione del canale consorziale Fosso "
    "Ghiaia nel mese di ottobre 2025;",
    "CONSIDERATO che il Tribunale Regionale delle Acque Pubbliche ha fissato la prima udienza per il giorno "
    "29 settembre 2026 e che il termine per la costituzione in giudizio del Consorzio scade prima della "
    "prossima seduta del Comitato Amministrativo, già convocata per il 30 luglio 2026;",
    "RITENUTO necessario e urgente tutelare le ragioni del Consorzio, che ha eseguito sul Fosso Ghiaia gli "
    "interventi di manutenzione programmati e documentati nel piano annuale delle attività 2025, e di "
    "avvalersi di un professionista esterno in ragione della specialità della materia;",
    "VISTA la relazione del Direttore dell'Area Amministrativa, dott.ssa Laura Zanotti, che propone di "
    "conferire l'incarico all'avv. Giorgio Montanari del Foro di Bologna, iscritto nell'elenco consortile "
    "degli avvocati per il contenzioso in materia di acque pubbliche, per un compenso di euro 9.850,00 "
    "oltre accessori di legge, determinato secondo i parametri del D.M. 55/2014 ridotti del 30 per cento;",
    "ACCERTATA la disponibilità della spesa sul capitolo 1320 \"Spese legali e di patrocinio\" del "
    "bilancio di previsione 2026;",
    "VISTO il parere favorevole di regolarità tecnica e contabile espresso dal Direttore Generale;",
]:
    s.append(Paragraph(t, body))
s.append(Paragraph("D E C R E T A", cen))
pts = [
    "di costituirsi in giudizio nel ricorso promosso dalla Società Agricola Fiumi Uniti s.s. avanti al "
    "Tribunale Regionale delle Acque Pubbliche presso la Corte d'Appello di Firenze, resistendo alla domanda "
    "per le ragioni esposte in premessa;",
    "di conferire l'incarico di patrocinio legale del Consorzio all'avv. Giorgio Montanari del Foro di "
    "Bologna, con ogni più ampia facoltà di legge, compresa quella di farsi sostituire e di chiamare in causa "
    "terzi;",
    "di impegnare la spesa complessiva di euro 14.371,15, comprensiva di spese generali, CPA e IVA, sul "
    "capitolo 1320 del bilancio di previsione 2026;",
    "di sottoporre il presente decreto a ratifica del Comitato Amministrativo nella prima seduta utile e di "
    "disporne la pubblicazione all'Albo consortile on line per quindici giorni consecutivi.",
]
for i, t in enumerate(pts, 1):
    s.append(Paragraph(f"{i})&nbsp;&nbsp;{t}", pt))
s.append(Spacer(1, 14))
sig = Table([["", Paragraph("IL PRESIDENTE<br/>Stefano Calderoni", ParagraphStyle(
    "s", parent=cen, fontName="DVS", spaceBefore=0))],
             ["", Paragraph("<i>Documento firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005</i>",
                            ParagraphStyle("s2", parent=body, fontSize=7.5, alignment=TA_CENTER))]],
            colWidths=[(W - 44 * mm) / 2] * 2)
s.append(KeepTogether([sig]))
doc.build(s)
