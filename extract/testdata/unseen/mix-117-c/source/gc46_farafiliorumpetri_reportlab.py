#!/usr/bin/env python3
"""Fara Filiorum Petri, Giunta n. 46/2027: the Sicraweb-like house style
printed by ReportLab. Justified paragraphs (word spacing Tw), headings drawn
with character spacing (Tc), a publication stamp rotated up the left margin,
a running foot with the act's number and "Pag. x di y"."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-gc46-farafiliorumpetri-sicraweb.pdf"
BLUE = colors.HexColor("#1d3f74")
FOOT = "Deliberazione di Giunta Comunale n. 46 del 21/05/2027"


class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc)."""
    def __init__(self, text, size=12, space=5.0, font="Helvetica-Bold"):
        super().__init__()
        self.text, self.size, self.space, self.font = text, size, space, font
        self.height = size + 8

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, self.font, self.size) + self.space * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.space)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


class NumberedCanvas(rlcanvas.Canvas):
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
            self.setStrokeColor(colors.grey)
            self.line(18 * mm, 14 * mm, A4[0] - 18 * mm, 14 * mm)
            self.drawString(18 * mm, 10.5 * mm, FOOT)
            self.drawRightString(A4[0] - 18 * mm, 10.5 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def first_page(c, doc):
    c.saveState()
    W, H = A4
    # crest
    p = c.beginPath()
    x0, y0 = 20 * mm, H - 33 * mm
    p.moveTo(x0, y0 + 22 * mm); p.lineTo(x0 + 17 * mm, y0 + 22 * mm)
    p.lineTo(x0 + 17 * mm, y0 + 10 * mm)
    p.curveTo(x0 + 17 * mm, y0 + 3 * mm, x0 + 12 * mm, y0, x0 + 8.5 * mm, y0 - 1 * mm)
    p.curveTo(x0 + 5 * mm, y0, x0, y0 + 3 * mm, x0, y0 + 10 * mm)
    p.close()
    c.setFillColor(colors.HexColor("#d9e3f2")); c.setStrokeColor(BLUE); c.setLineWidth(1.4)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#b03030")); c.circle(x0 + 8.5 * mm, y0 + 12 * mm, 1.6 * mm, fill=1, stroke=0)
    # name, letter-spaced
    c.setFillColor(BLUE)
    name = "COMUNE DI FARA FILIORUM PETRI"
    size, sp = 14.5, 1.9
    w = c.stringWidth(name, "Helvetica-Bold", size) + sp * (len(name) - 1)
    t = c.beginText((W - w) / 2, H - 20 * mm)
    t.setFont("Helvetica-Bold", size); t.setCharSpace(sp); t.textOut(name)
    t.setCharSpace(0)
    c.drawText(t)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 10); c.drawCentredString(W / 2, H - 25.5 * mm, "Provincia di Chieti")
    c.setFont("Helvetica", 7); c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(W / 2, H - 29.5 * mm, "Via Roma, 1 – 66010 Fara Filiorum Petri (CH) – Tel. 0871 70121 – PEC: protocollo@pec.comune.farafiliorumpetri.ch.it")
    c.setStrokeColor(BLUE); c.setLineWidth(1.6); c.line(18 * mm, H - 33.5 * mm, W - 18 * mm, H - 33.5 * mm)
    c.setLineWidth(1.1); c.rect(W - 42 * mm, H - 22 * mm, 24 * mm, 6.5 * mm)
    c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 8.5); c.drawCentredString(W - 30 * mm, H - 19.8 * mm, "ORIGINALE")
    # publication stamp up the left margin
    c.translate(10 * mm, 70 * mm)
    c.rotate(90)
    c.setStrokeColor(colors.HexColor("#7a1f1f")); c.setFillColor(colors.HexColor("#7a1f1f"))
    c.setLineWidth(0.8)
    c.roundRect(0, -3.2 * mm, 148 * mm, 9 * mm, 2 * mm)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(3 * mm, 2.2 * mm, "ALBO PRETORIO ON LINE – COMUNE DI FARA FILIORUM PETRI")
    c.setFont("Helvetica", 7.5)
    c.drawString(3 * mm, -1.4 * mm, "Pubblicata dal 24/05/2027 al 08/06/2027 – Reg. Pubbl. n. 321")
    c.restoreState()


def build():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                            topMargin=37 * mm, bottomMargin=22 * mm,
                            title=FOOT, author="Comune di Fara Filiorum Petri",
                            creator="J-Deliberazioni / Sicraweb stampa atti")
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.2, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10)
    pt = ParagraphStyle("pt", parent=base, leftIndent=16, firstLineIndent=-16)
    st = []
    grid = Table([
        [Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", ParagraphStyle("h", parent=cen, fontSize=11.3)), "", ""],
        [Paragraph("<font size=7.5 color='#555555'>Numero</font><br/><b>N. 46</b>", base),
         Paragraph("<font size=7.5 color='#555555'>Data</font><br/><b>21/05/2027</b>", base),
         Paragraph("<font size=7.5 color='#555555'>Proposta</font><br/><b>n. 58 del 17/05/2027 – Area Amministrativa</b>", base)],
        [Paragraph("<b>OGGETTO:</b> <b>SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 – DETERMINAZIONE DELLE TARIFFE E APPROVAZIONE DEL DISCIPLINARE PER L'ACCESSO AL SERVIZIO.</b>", base), "", ""],
    ], colWidths=[40 * mm, 42 * mm, 90 * mm])
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, colors.HexColor("#555555")),
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 2), (-1, 2)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    st += [grid, Spacer(1, 7)]
    st.append(Paragraph("L'anno duemilaventisette, il giorno ventuno del mese di maggio, alle ore 12:30, nella Sala delle adunanze della Sede Comunale, previa convocazione nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:", base))
    roll = Table([
        ["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["DI RENZO NICOLA", "Sindaco", "", "X"],
        ["RANIERI ANTONIO", "Vice Sindaco", "X", ""],
        ["TATASCIORE GIULIA", "Assessore", "X", ""],
    ], colWidths=[58 * mm, 38 * mm, 22 * mm, 22 * mm])
    roll.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9.8),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.2),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ]))
    st += [Spacer(1, 3), roll, Spacer(1, 3),
           Paragraph("Presenti n. 2 &nbsp;&nbsp;&nbsp; Assenti n. 1", cen), Spacer(1, 3)]
    st.append(Paragraph("Assume la presidenza il Vice Sindaco, sig. Antonio Ranieri, in assenza del Sindaco, e, riconosciuta la validità dell'adunanza, dichiara aperta la seduta.", base))
    st.append(Paragraph("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Vice Segretario Comunale dott.ssa Carla Di Pietro.", base))
    st += [Spacer(1, 4), Spaced("LA GIUNTA COMUNALE", 11, 1.2), Spacer(1, 4)]
    for txt in [
        "<b>Premesso</b> che il Comune di Fara Filiorum Petri assicura il servizio di trasporto scolastico agli alunni residenti della scuola dell'infanzia, della scuola primaria e della scuola secondaria di primo grado dell'Istituto Comprensivo di Casacanditella, con particolare riguardo alle frazioni e alle contrade distanti dal capoluogo;",
        "<b>Richiamato</b> il D.Lgs. 13 aprile 2017, n. 63, e la L.R. Abruzzo 15 dicembre 1978, n. 78, in materia di diritto allo studio;",
        "<b>Ritenuto</b> di confermare per l'anno scolastico 2027/2028 l'articolazione delle tariffe per fasce ISEE e di approvare il disciplinare che regola l'iscrizione, le fermate e le modalità di pagamento, nel testo allegato alla proposta;",
        "<b>Visti</b> i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, dai Responsabili delle Aree competenti;",
        "Con voti unanimi favorevoli, resi per alzata di mano,",
    ]:
        st.append(Paragraph(txt, base))
    st += [Spacer(1, 4), Spaced("DELIBERA", 12, 6.0), Spacer(1, 5)]
    pts = [
        "di determinare per l'anno scolastico 2027/2028 le tariffe del servizio di trasporto scolastico nella misura di euro 18,00 mensili per ISEE fino a euro 8.000,00, euro 25,00 mensili per ISEE da euro 8.000,01 a euro 15.000,00 ed euro 32,00 mensili oltre tale soglia;",
        "di stabilire la riduzione del 30 per cento della tariffa per il secondo figlio e l'esenzione dal terzo figlio iscritto al servizio;",
        "di approvare il disciplinare per l'accesso al servizio di trasporto scolastico, composto da 14 articoli, allegato alla presente quale parte integrante e sostanziale;",
        "di demandare al Responsabile dell'Area Amministrativa gli adempimenti conseguenti, compresa la pubblicazione dell'avviso per le iscrizioni entro il 30 giugno 2027.",
    ]
    for i, p in enumerate(pts, 1):
        st.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
    st.append(Spacer(1, 4))
    st.append(Paragraph("La presente deliberazione diviene esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267, ed è contestualmente comunicata ai Capigruppo consiliari.", base))
    sig = Table([
        ["IL PRESIDENTE", "IL VICE SEGRETARIO COMUNALE"],
        ["sig. Antonio Ranieri", "dott.ssa Carla Di Pietro"],
        ["(firmato digitalmente)", "(firmato digitalmente)"],
    ], colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
        ("FONT", (0, 1), (-1, 1), "Helvetica", 9.5),
        ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 7.5),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    st.append(KeepTogether([Spacer(1, 10), Paragraph("Letto, confermato e sottoscritto.", base), Spacer(1, 6), sig]))
    doc.build(st, onFirstPage=first_page, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    build()
