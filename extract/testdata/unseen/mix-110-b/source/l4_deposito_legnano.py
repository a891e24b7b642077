#!/usr/bin/env python3
"""Legnano, house style "archiflow": avviso di deposito of an adopted piano
attuativo (ReportLab platypus). Letterhead with the Settore block on the
right drawn on the canvas, meta line, title over the subject, justified body
(word spacing, Tw), running foot with the protocol number on every page."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

out = sys.argv[1]
W, H = A4
BLUE = colors.HexColor("#1f3c6e")


def shield(c, x, y):
    c.saveState()
    c.setStrokeColor(BLUE); c.setFillColor(colors.HexColor("#e4eaf4")); c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 32); p.lineTo(x + 24, y + 32); p.lineTo(x + 24, y + 15)
    p.curveTo(x + 24, y + 6, x + 17, y + 2, x + 12, y)
    p.curveTo(x + 7, y + 2, x, y + 6, x, y + 15); p.close()
    c.drawPath(p, fill=1)
    c.setStrokeColor(colors.HexColor("#bb2222")); c.setLineWidth(2.2)
    c.line(x + 12, y + 6, x + 12, y + 28); c.line(x + 5, y + 21, x + 19, y + 21)
    c.restoreState()


def page(c, doc):
    c.saveState()
    if doc.page == 1:
        shield(c, 20 * mm, H - 30 * mm)
        c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 17)
        c.drawString(20 * mm + 32, H - 20 * mm, "CITTÀ DI LEGNANO")
        c.setFillColor(colors.HexColor("#333333")); c.setFont("Helvetica", 9)
        c.drawString(20 * mm + 32, H - 20 * mm - 13, "Città Metropolitana di Milano")
        c.setFillColor(BLUE); c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 20 * mm, H - 17 * mm, "SETTORE TERRITORIO E AMBIENTE")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 20 * mm, H - 17 * mm - 11, "tel. 0331 925 310 – urbanistica@legnano.org")
        c.setStrokeColor(BLUE); c.setLineWidth(1.6)
        c.line(20 * mm, H - 33 * mm, W - 20 * mm, H - 33 * mm)
    c.setFillColor(colors.HexColor("#555555")); c.setFont("Helvetica", 7.5)
    c.setStrokeColor(colors.HexColor("#999999")); c.setLineWidth(0.5)
    c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
    c.drawString(20 * mm, 13 * mm, "Città di Legnano – Piazza San Magno, 9 – 20025 Legnano (MI)")
    c.drawRightString(W - 20 * mm, 13 * mm, "P.G. n. 0063420/2026 – Pagina %d" % doc.page)
    c.restoreState()


base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.3, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=9, alignment=TA_LEFT, spaceAfter=0)
smallr = ParagraphStyle("sr", parent=small, alignment=TA_RIGHT)
tit1 = ParagraphStyle("t1", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                      alignment=TA_CENTER, spaceAfter=3)
tit2 = ParagraphStyle("t2", parent=base, fontName="Helvetica-Bold", fontSize=11, leading=14.5,
                      alignment=TA_CENTER, leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=14)
cen = ParagraphStyle("c", parent=base, fontName="Helvetica-Bold", alignment=TA_CENTER,
                     spaceBefore=4, spaceAfter=8)
bul = ParagraphStyle("bl", parent=base, leftIndent=12, firstLineIndent=-10, spaceAfter=3)
sg = ParagraphStyle("sg", parent=base, alignment=TA_CENTER, spaceAfter=0)
sgn = ParagraphStyle("sgn", parent=sg, fontSize=7.8, leading=9.5, textColor=colors.HexColor("#444444"))

meta = Table([[Paragraph("P.G. n. 0063420/2026", small), Paragraph("Legnano, 27 ottobre 2026", smallr)]],
             colWidths=[85 * mm, 85 * mm])
meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

story = [
    meta, Spacer(1, 14),
    Paragraph("AVVISO DI DEPOSITO", tit1),
    Paragraph("Piano attuativo dell'ambito di trasformazione ATR 9 di via Novara adottato con deliberazione "
              "della Giunta Comunale n. 214 del 6 ottobre 2026", tit2),
    Paragraph("IL DIRIGENTE DEL SETTORE TERRITORIO E AMBIENTE", cen),
    Paragraph("Visti la Legge Regionale 11 marzo 2005, n. 12, e in particolare l'art. 14, e il Piano di Governo "
              "del Territorio vigente; vista la deliberazione della Giunta Comunale n. 214 del 6 ottobre 2026, "
              "dichiarata immediatamente eseguibile, con la quale è stato adottato il piano attuativo "
              "dell'ambito di trasformazione ATR 9 di via Novara, presentato dalla società Novara Sud "
              "Sviluppo S.r.l.;", base),
    Paragraph("AVVISA", cen),
    Paragraph("che la suddetta deliberazione, unitamente a tutti gli elaborati del piano attuativo, è "
              "depositata in libera visione al pubblico presso la Segreteria Generale, Piazza "
              "San Magno, 9 – primo piano, per quindici giorni consecutivi, <b>dal 28 ottobre 2026 all'"
              "11 novembre 2026</b>, nei seguenti orari: lunedì, mercoledì e venerdì dalle ore 9:00 alle "
              "ore 12:30; martedì dalle ore 14:30 alle ore 17:00.", base),
    Paragraph("Gli atti sono altresì pubblicati sul sito istituzionale della Città di Legnano, nella sezione "
              "Amministrazione Trasparente – Pianificazione e governo del territorio, e sul portale "
              "regionale SIVAS per la parte relativa alla verifica di assoggettabilità alla VAS.", base),
    Paragraph("Nei quindici giorni successivi alla scadenza del periodo di deposito, e quindi <b>entro il 26 "
              "novembre 2026</b>, chiunque può presentare osservazioni, con una delle seguenti modalità:", base),
    Paragraph("– in carta semplice, in duplice copia, allo Sportello Polifunzionale di Piazza San Magno, 9;", bul),
    Paragraph("– a mezzo posta elettronica certificata all'indirizzo protocollo@cert.legnano.org, indicando "
              "nell'oggetto «Osservazioni PA ATR 9 via Novara».", bul),
    Spacer(1, 4),
    Paragraph("Gli eventuali elaborati grafici allegati alle osservazioni devono essere prodotti anche in "
              "formato digitale. Le osservazioni pervenute oltre il termine indicato non saranno prese in "
              "considerazione ai fini dell'approvazione del piano.", base),
    Paragraph("Il presente avviso è pubblicato all'Albo Pretorio on line, sul sito istituzionale e mediante "
              "manifesti affissi nel territorio comunale. Responsabile del procedimento è l'arch. Marta "
              "Ferrari, Settore Territorio e Ambiente (tel. 0331 925 318).", base),
    Spacer(1, 20),
    KeepTogether([Table([["", [Paragraph("<b>IL DIRIGENTE DEL SETTORE</b>", sg),
                               Paragraph("arch. Davide Brambilla", sg),
                               Paragraph("Documento informatico firmato digitalmente ai sensi del D.Lgs. "
                                         "82/2005 e norme collegate", sgn)]]],
                        colWidths=[90 * mm, 80 * mm])]),
]

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=38 * mm,
                      bottomMargin=24 * mm, title="Avviso di deposito PA ATR 9", author="Città di Legnano",
                      creator="Archiflow - Modelli di Settore")
doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 24 * mm, W - 40 * mm, H - 62 * mm)], onPage=page)])
doc.build(story)
