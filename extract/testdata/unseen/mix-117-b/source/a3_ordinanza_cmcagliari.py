#!/usr/bin/env python3
"""Città Metropolitana di Cagliari – ordinanza di viabilità n. 57/2027.

Cityware house style (letterhead, grid with Settore/Servizio and number),
printed with ReportLab platypus in the standard Type 1 fonts: justified
paragraphs are spread with word spacing (Tw), the "O R D I N A" heading is
letter-spaced with character spacing (Tc), and the Albo's publication stamp
is drawn rotated over the lower margin.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-cmcagliari-cityware.pdf"
W, H = A4
RED = colors.HexColor("#7a1c1c")


class Spaced(Flowable):
    """A centred heading drawn with character spacing (Tc), as the package does."""

    def __init__(self, text, size=13, charspace=6):
        super().__init__()
        self.text, self.size, self.cs = text, size, charspace
        self.height = size + 8

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        c = self.canv
        w = stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont("Helvetica-Bold", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        t.setCharSpace(0)
        c.drawText(t)


def letterhead(c, doc):
    c.saveState()
    # crest
    c.setFillColor(colors.HexColor("#bb2222"))
    c.setStrokeColor(RED)
    c.rect(20 * mm, H - 33 * mm, 15 * mm, 18 * mm, fill=1, stroke=1)
    c.setFillColor(RED)
    c.setFont("Times-Roman", 17)
    c.drawString(40 * mm, H - 23 * mm, "CITTÀ METROPOLITANA DI CAGLIARI")
    c.setFillColor(colors.HexColor("#444444"))
    c.setFont("Helvetica", 8)
    c.drawString(40 * mm, H - 28 * mm, "Area Tecnica – Viale Ciusa 21, 09131 Cagliari")
    # foot
    c.setStrokeColor(colors.HexColor("#555555"))
    c.setLineWidth(0.6)
    c.line(20 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, 12 * mm, "Ordinanza n. 57 del 18/05/2027 – Documento informatico prodotto con Cityware Atti e firmato digitalmente")
    c.drawRightString(W - 18 * mm, 8 * mm, "pag. %d" % doc.page)
    c.restoreState()


def stamp(c):
    c.saveState()
    c.translate(38 * mm, 36 * mm)
    c.rotate(14)
    c.setStrokeColor(colors.HexColor("#1f3f8f"))
    c.setFillColor(colors.HexColor("#1f3f8f"))
    c.setLineWidth(1.2)
    c.roundRect(0, 0, 62 * mm, 17 * mm, 2 * mm, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(31 * mm, 12 * mm, "ALBO PRETORIO ON LINE")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(31 * mm, 7.5 * mm, "Pubblicata dal 18/05/2027 al 02/06/2027")
    c.drawCentredString(31 * mm, 3 * mm, "Reg. pubblicazioni n. 2211")
    c.restoreState()


body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=4)
center = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=11,
                        spaceBefore=6, spaceAfter=6)
ogg = ParagraphStyle("o", parent=body, fontName="Helvetica-Bold", leftIndent=22 * mm, firstLineIndent=-22 * mm)
point = ParagraphStyle("p", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12.5)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=12.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
kind = ParagraphStyle("kind", parent=cellb, alignment=TA_CENTER, fontSize=12)

def make_story():
    story = []
    grid = Table([
        [Paragraph("SETTORE VIABILITÀ E INFRASTRUTTURE STRADALI", cellb), Paragraph("Ordinanza n. 57 del 18/05/2027", cell)],
        [Paragraph("Servizio Sicurezza Stradale e Ordinanze", cell), Paragraph("Prot. n. 31207 del 18/05/2027", cell)],
        [Paragraph("ORDINANZA DI VIABILITÀ", kind), ""],
    ], colWidths=[100 * mm, 72 * mm])
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, colors.HexColor("#333333")),
        ("SPAN", (0, 2), (1, 2)),
        ("BACKGROUND", (0, 2), (1, 2), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story += [grid, Spacer(1, 5 * mm)]
    story.append(Paragraph(
        "OGGETTO:&nbsp;&nbsp;&nbsp;S.P. 15 \"Sinnai – Maracalagonis\", dal km 1+200 al km 3+900. Istituzione del senso unico "
        "alternato regolato da impianto semaforico e del limite massimo di velocità di 30 km/h per i lavori di "
        "consolidamento del ponte sul Rio Corongiu, dal 24/05/2027 al 30/06/2027.", ogg))
    story.append(Paragraph("IL DIRIGENTE", center))
    for t in [
        "<b>Vista</b> la nota del 12/05/2027, acquisita al protocollo n. 30544, con la quale l'impresa Costruzioni Serra S.r.l. "
        "di Quartu Sant'Elena, esecutrice dei lavori di consolidamento del ponte sul Rio Corongiu in forza del contratto "
        "rep. n. 212 del 29/04/2027, ha chiesto l'adozione dei provvedimenti di regolazione del traffico necessari "
        "all'allestimento del cantiere lungo la S.P. 15 \"Sinnai – Maracalagonis\";",
        "<b>Considerato che</b> i lavori, che interessano l'impalcato e le pile del ponte al km 2+650, comportano l'occupazione "
        "di una corsia di marcia per l'intera durata del cantiere e che è pertanto necessario regolare la circolazione "
        "a senso unico alternato, a tutela della sicurezza degli utenti della strada e delle maestranze;",
        "<b>Sentito</b> il Responsabile del Servizio Manutenzione Rete Stradale, che ha espresso parere favorevole con nota "
        "del 15/05/2027, e dato atto che i Comuni di Sinnai e Maracalagonis sono stati informati del provvedimento;",
        "<b>Visti</b> gli articoli 5, comma 3, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285, \"Nuovo Codice della Strada\", "
        "gli articoli da 30 a 43 del relativo Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre "
        "1992, n. 495, e il D.M. 10 luglio 2002 recante il disciplinare tecnico sugli schemi segnaletici per i cantieri stradali;",
        "<b>Visti</b> l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, lo Statuto della Città Metropolitana di Cagliari e il "
        "decreto del Sindaco metropolitano n. 9 del 25/01/2027 di conferimento dell'incarico dirigenziale;",
    ]:
        story.append(Paragraph(t, body))
    story += [Spacer(1, 2 * mm), Spaced("ORDINA", 13, 7), Spacer(1, 3 * mm)]
    story.append(Paragraph(
        "dal giorno 24/05/2027 al giorno 30/06/2027, e comunque fino al termine dei lavori, lungo la S.P. 15 "
        "\"Sinnai – Maracalagonis\" nel tratto compreso tra il km 1+200 e il km 3+900:", body))
    for n, t in enumerate([
        "l'istituzione del senso unico alternato, regolato da impianto semaforico a tempo fisso o, in caso di "
        "malfunzionamento, da movieri muniti di palette, in corrispondenza del restringimento di carreggiata al km 2+650;",
        "l'istituzione del limite massimo di velocità di 30 km/h e del divieto di sorpasso per tutti i veicoli;",
        "il divieto di transito per i veicoli con massa complessiva a pieno carico superiore a 7,5 t, eccettuati i mezzi "
        "di soccorso, delle Forze dell'ordine e quelli impiegati nei lavori, con deviazione lungo la S.P. 14 e la S.S. 554;",
        "che l'impresa Costruzioni Serra S.r.l. provveda all'installazione, alla manutenzione e alla rimozione della "
        "segnaletica temporanea conforme al D.M. 10 luglio 2002, assumendo ogni responsabilità per danni a persone o cose "
        "derivanti da carenze della stessa.",
    ], 1):
        story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (n, t), point))
    story.append(Paragraph("DISPONE", center))
    story.append(Paragraph(
        "che la presente ordinanza sia resa nota mediante l'apposizione della prescritta segnaletica e la pubblicazione "
        "all'Albo pretorio on line, e che sia trasmessa alla Prefettura – U.T.G. di Cagliari, alla Polizia Stradale, al "
        "Comando Provinciale dei Carabinieri, ai Comuni di Sinnai e Maracalagonis, all'AREUS – Centrale operativa 118 e "
        "all'ARST S.p.A.", body))
    story.append(Paragraph(
        "Contro il presente provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla pubblicazione e, "
        "entro il medesimo termine, ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, "
        "comma 3, del D.Lgs. n. 285/1992.", small))
    story.append(Spacer(1, 6 * mm))
    sig = Table([["", Paragraph("IL DIRIGENTE DEL SETTORE<br/>Ing. Marco Pisano<br/>"
                                "<font size=8><i>(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)</i></font>",
                                ParagraphStyle("sg", parent=cell, alignment=TA_CENTER))]],
                colWidths=[95 * mm, 77 * mm])
    story.append(KeepTogether([sig]))
    return story


def on_page(c, doc):
    letterhead(c, doc)


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                      topMargin=40 * mm, bottomMargin=22 * mm,
                      title="Ordinanza n. 57/2027", author="Città Metropolitana di Cagliari",
                      creator="Cityware Atti", subject="Ordinanza di viabilità")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

# build twice: once to learn the page count, then stamp the last page
doc.build(make_story())
import pikepdf  # noqa: E402  (only used to count pages)
with pikepdf.open(OUT) as p:
    npages = len(p.pages)


def on_page2(c, doc):
    letterhead(c, doc)
    if doc.page == npages:
        stamp(c)


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                      topMargin=40 * mm, bottomMargin=22 * mm,
                      title="Ordinanza n. 57/2027", author="Città Metropolitana di Cagliari",
                      creator="Cityware Atti", subject="Ordinanza di viabilità")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)],
                                   onPage=on_page2)])
doc.build(make_story())
