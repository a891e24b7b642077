#!/usr/bin/env python3
"""Comune di Avio (TN) - determinazione of the Servizio tecnico, general
register n. 11 of 13.01.2027 (n. 3 of the Servizio).
House style "Civilia Next" as its report engine prints a determinazione:
ReportLab, base-14 Times, paragraphs justified by word spacing (Tw), the
letterhead letter-spaced by character spacing (Tc), a running foot with the
number on every page and "pag. X di Y"."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib import colors

out = sys.argv[1]
W, H = A4

FOOT = "Determinazione n. 11 di data 13.01.2027 – Servizio tecnico"


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
            self.setFont("Times-Italic", 8)
            self.setStrokeColor(colors.grey)
            self.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
            self.drawString(20 * mm, 12 * mm, FOOT)
            self.drawRightString(W - 20 * mm, 12 * mm, f"pag. {self._pageNumber} di {n}")
            super().showPage()
        super().save()


def letterhead(c, doc):
    if doc.page != 1:
        return
    c.saveState()
    t = c.beginText()
    t.setTextOrigin(20 * mm, H - 24 * mm)
    t.setFont("Times-Bold", 17)
    t.setCharSpace(4.2)          # letter-spaced name: Tc
    t.textOut("COMUNE DI AVIO")
    c.drawText(t)
    t = c.beginText()
    t.setTextOrigin(20 * mm, H - 30 * mm)
    t.setFont("Times-Roman", 9.5)
    t.setCharSpace(1.6)
    t.textOut("PROVINCIA DI TRENTO")
    c.drawText(t)
    c.setFont("Times-Roman", 8)
    c.drawRightString(W - 20 * mm, H - 22 * mm, "38063 Avio (TN)")
    c.drawRightString(W - 20 * mm, H - 26 * mm, "tel. 0464 684008")
    c.drawRightString(W - 20 * mm, H - 30 * mm, "C.F. e P.IVA 00315420222")
    c.setStrokeColor(colors.black)
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 33 * mm, W - 20 * mm, H - 33 * mm)
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 34 * mm, W - 20 * mm, H - 34 * mm)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=22 * mm, title="Determinazione n. 11/2027", author="Comune di Avio",
                      creator="Civilia Next - modulo Atti amministrativi")
f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 60 * mm, id="first")
f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 40 * mm, id="later")
doc.addPageTemplates([PageTemplate(id="First", frames=[f1], onPage=letterhead, autoNextPageTemplate="Later"),
                      PageTemplate(id="Later", frames=[f2], onPage=letterhead)])

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=5)
bc = ParagraphStyle("bc", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11.5)
pt = ParagraphStyle("pt", parent=body, leftIndent=8 * mm, firstLineIndent=-8 * mm)
obj = ParagraphStyle("o", parent=body, fontName="Times-Bold", leftIndent=22 * mm, firstLineIndent=-22 * mm)

S = []
head = Table([
    [Paragraph("<b>SERVIZIO TECNICO</b>", ParagraphStyle("h", fontName="Times-Bold", fontSize=11, leading=13)),
     Paragraph("Registro generale", ParagraphStyle("r", fontName="Times-Roman", fontSize=8, leading=10, alignment=TA_CENTER))],
    [Paragraph("Ufficio lavori pubblici e patrimonio", ParagraphStyle("h2", fontName="Times-Italic", fontSize=10, leading=12)),
     Paragraph("<b>n. 11</b>", ParagraphStyle("r2", fontName="Times-Bold", fontSize=14, leading=16, alignment=TA_CENTER))],
], colWidths=[120 * mm, 50 * mm])
head.setStyle(TableStyle([("BOX", (1, 0), (1, 1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("BACKGROUND", (1, 0), (1, 1), colors.Color(0.93, 0.93, 0.93))]))
S.append(head)
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", bc))
S.append(Paragraph("n. 3 del Servizio di data 13 gennaio 2027", ParagraphStyle("c", parent=body, alignment=TA_CENTER)))
S.append(Spacer(1, 4 * mm))
S.append(Paragraph("OGGETTO:&nbsp;&nbsp;Servizio di sgombero neve e trattamento antighiaccio della viabilità comunale, "
                   "stagione invernale 2026/2027. Integrazione dell'affidamento alla ditta Vallagarina Servizi S.r.l. "
                   "e impegno di spesa. CIG B4E7A21C93.", obj))
S.append(Spacer(1, 4 * mm))
S.append(Paragraph("IL RESPONSABILE DEL SERVIZIO TECNICO", bc))
S.append(Spacer(1, 2 * mm))
for txt in [
    "Premesso che con propria determinazione n. 41 di data 28 ottobre 2026 (registro generale n. 312) è stato affidato "
    "alla ditta Vallagarina Servizi S.r.l., con sede in Ala, il servizio di sgombero neve e di trattamento antighiaccio "
    "della viabilità comunale per la stagione invernale 2026/2027, per un importo di euro 42.500,00 oltre all'IVA;",
    "Considerato che le eccezionali precipitazioni nevose dei giorni 4, 5 e 6 gennaio 2027 hanno richiesto un numero di "
    "interventi sensibilmente superiore a quello stimato, in particolare sulle strade di collegamento con le frazioni di "
    "Sabbionara, Mama d'Avio, Masi d'Avio e Vò Sinistro, e che la somma impegnata risulta ormai in gran parte utilizzata;",
    "Ritenuto necessario, al fine di garantire la sicurezza della circolazione fino al termine della stagione invernale, "
    "integrare l'affidamento per un importo di euro 15.000,00 oltre all'IVA al 22%, per complessivi euro 18.300,00, agli "
    "stessi patti e condizioni del contratto originario, nei limiti previsti dall'art. 120 del D.Lgs. 31 marzo 2023, n. 36;",
    "Acquisita la disponibilità della ditta con nota di data 8 gennaio 2027, assunta al protocollo comunale al n. 214;",
    "Vista la deliberazione della Giunta comunale n. 4 di data 12 gennaio 2027, con la quale sono state assegnate ai "
    "Responsabili dei Servizi le risorse per la gestione del bilancio 2027-2029;",
    "Visti la L.P. 9 marzo 2016, n. 2, la L.P. 10 settembre 1993, n. 26, il Codice degli enti locali della Regione "
    "autonoma Trentino-Alto Adige approvato con L.R. 3 maggio 2018, n. 2, e il decreto del Sindaco n. 6 di data 30 "
    "dicembre 2026 di individuazione dei Responsabili dei Servizi;",
]:
    S.append(Paragraph(txt, body))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph("D E T E R M I N A", bc))
S.append(Spacer(1, 2 * mm))
pts = [
    "di integrare, per le motivazioni esposte in premessa, l'affidamento del servizio di sgombero neve e trattamento "
    "antighiaccio della viabilità comunale per la stagione invernale 2026/2027 alla ditta Vallagarina Servizi S.r.l., "
    "per l'importo di euro 15.000,00 oltre all'IVA, agli stessi patti e condizioni del contratto originario;",
    "di impegnare la spesa complessiva di euro 18.300,00 al capitolo 3210 art. 1 \"Sgombero neve - prestazioni di "
    "servizi\" del bilancio di previsione 2027-2029, esercizio 2027, che presenta la necessaria disponibilità;",
    "di dare atto che la liquidazione avverrà su presentazione di regolari fatture elettroniche, previa verifica della "
    "regolarità contributiva della ditta e dei rapportini degli interventi vistati dall'Ufficio tecnico;",
    "di dare evidenza che avverso la presente determinazione sono ammessi ricorso giurisdizionale al T.R.G.A. di Trento "
    "entro 30 giorni, ai sensi dell'art. 120 del D.Lgs. 2 luglio 2010, n. 104, ovvero ricorso straordinario al "
    "Presidente della Repubblica entro 120 giorni.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph(f"{i}.&nbsp;&nbsp;&nbsp;{p}", pt))
S.append(Spacer(1, 8 * mm))
sig = Table([["", "IL RESPONSABILE DEL SERVIZIO TECNICO"], ["", "ing. Marco Zandonai"],
             ["", "(documento firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "CENTER"), ("FONT", (1, 0), (1, 0), "Times-Bold", 10),
                         ("FONT", (1, 1), (1, 1), "Times-Roman", 11), ("FONT", (1, 2), (1, 2), "Times-Italic", 8)]))
S.append(sig)
S.append(Spacer(1, 10 * mm))
visto = [Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>", small),
         Paragraph("Ai sensi dell'art. 187, comma 7, del Codice degli enti locali si appone il visto di regolarità "
                   "contabile attestante la copertura finanziaria della spesa. Impegno n. 58/2027 di euro 18.300,00 "
                   "al capitolo 3210 art. 1. Avio, 13 gennaio 2027.", small),
         Paragraph("IL RESPONSABILE DEL SERVIZIO FINANZIARIO – rag. Nadia Fait", ParagraphStyle("x", parent=small, alignment=TA_LEFT))]
vt = Table([[visto]], colWidths=[170 * mm])
vt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
S.append(KeepTogether(vt))

doc.build(S, canvasmaker=NumberedCanvas)
