#!/usr/bin/env python3
"""Comune di Monterotondo Marittimo, G.C. n. 5 del 18/01/2029 - ReportLab platypus with
DejaVu Sans (the Word template's Verdana as the office's PDF printer substitutes it).
Number and date in a box; roll as a list with the roles after the names; the Sindaco absent,
the Vicesindaco presiding, the Vice Segretario taking the minutes."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

out = sys.argv[1]
crests = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Verdana", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Verdana-Bold", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Verdana-Italic", DJ + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("Verdana", normal="Verdana", bold="Verdana-Bold", italic="Verdana-Italic")

BLUE = colors.HexColor("#1E5096")


def page(c, d):
    c.saveState()
    c.drawImage(os.path.join(crests, "monterotondo.png"), 25 * mm, 268 * mm, width=12 * mm, height=14.4 * mm)
    c.setFillColor(BLUE)
    c.setFont("Verdana-Bold", 13.5)
    c.drawString(41 * mm, 277 * mm, "COMUNE DI MONTEROTONDO MARITTIMO")
    c.setFillColor(colors.black)
    c.setFont("Verdana-Italic", 8.5)
    c.drawString(41 * mm, 272 * mm, "Provincia di Grosseto")
    c.setStrokeColor(BLUE)
    c.setLineWidth(1.5)
    c.line(25 * mm, 265.5 * mm, 190 * mm, 265.5 * mm)
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    c.line(25 * mm, 15 * mm, 190 * mm, 15 * mm)
    c.setFont("Verdana", 7)
    c.drawString(25 * mm, 11 * mm, "Comune di Monterotondo Marittimo - Verbale della Giunta Comunale")
    c.drawRightString(190 * mm, 11 * mm, "pag. %d" % d.page)
    c.restoreState()


b = ParagraphStyle("b", fontName="Verdana", fontSize=9.3, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=b, fontName="Verdana-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=b, fontSize=8, leading=10.5)

S = []
box = Table([["GIUNTA COMUNALE", ""], ["Deliberazione n.", "5"], ["Data", "18/01/2029"]],
            colWidths=[32 * mm, 28 * mm], hAlign="RIGHT")
box.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DFE7F2")),
                         ("FONT", (0, 0), (-1, -1), "Verdana", 8.5), ("FONT", (0, 0), (-1, 0), "Verdana-Bold", 8.5),
                         ("FONT", (1, 1), (1, 2), "Verdana-Bold", 10), ("ALIGN", (0, 0), (-1, 0), "CENTER")]))
title = Paragraph("VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE",
                  ParagraphStyle("t", parent=b, fontName="Verdana-Bold", fontSize=11.5, leading=15, alignment=0))
top = Table([[title, box]], colWidths=[105 * mm, 60 * mm])
top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
S.append(top)
S.append(Spacer(1, 3 * mm))
S.append(Paragraph("Proposta n. 6 del 15/01/2029 – Ufficio proponente: Area Tecnica", small))
S.append(Spacer(1, 1 * mm))
ogg = Table([[Paragraph("<b>Oggetto:</b>", b),
              Paragraph("<b>Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di Frassine "
                        "all'Associazione culturale Frassine Insieme - Approvazione schema di contratto.</b>", b)]],
            colWidths=[22 * mm, 143 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
S.append(ogg)
S.append(Spacer(1, 3 * mm))
S.append(Paragraph("L'anno duemilaventinove, il giorno diciotto del mese di gennaio, alle ore 15:00, nella Sede "
                   "Comunale, si è riunita la Giunta Comunale, convocata nei modi di legge. Dei componenti della "
                   "Giunta:", b))
li = ParagraphStyle("li", parent=b, leftIndent=14 * mm, spaceAfter=1)
for n, r, p in [("Bartalucci Simone", "Sindaco", "assente"),
                ("Guerrini Elisa", "Vicesindaco", "presente"),
                ("Niccolini Fabio", "Assessore esterno", "presente")]:
    S.append(Paragraph("%s, %s: <i>%s</i>" % (n, r, p), li))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph("Presenti n. 2, assenti n. 1.", b))
for s in [
    "Assume la presidenza il Vicesindaco, Sig.ra Elisa Guerrini, in assenza del Sindaco, e, riconosciuto il numero "
    "legale, dichiara aperta la seduta.",
    "Partecipa il Vice Segretario Comunale Dott.ssa Silvia Brogi, in assenza del Segretario titolare, che cura la "
    "verbalizzazione.",
]:
    S.append(Paragraph(s, b))
S.append(Paragraph("LA GIUNTA COMUNALE", cen))
for s in [
    "Vista la proposta di deliberazione n. 6 del 15/01/2029 dell'Area Tecnica;",
    "Premesso che il Comune è proprietario dell'immobile denominato \"ex scuola elementare\", sito nella frazione di "
    "Frassine, non più utilizzato a fini scolastici e inserito nel piano delle alienazioni e valorizzazioni "
    "immobiliari quale bene da valorizzare mediante concessione a soggetti del terzo settore;",
    "Vista la richiesta presentata dall'Associazione culturale Frassine Insieme, iscritta al Registro unico nazionale "
    "del terzo settore, acquisita al protocollo n. 176 del 09/01/2029, volta a ottenere in comodato i locali del "
    "piano terra dell'immobile per lo svolgimento di attività culturali, ricreative e di aggregazione sociale;",
    "Visto l'art. 71, comma 2, del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
    "Visto lo schema di contratto di comodato predisposto dall'Area Tecnica, della durata di anni quattro, con oneri "
    "di manutenzione ordinaria e utenze a carico del comodatario;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "n. 267/2000;",
    "Con voti unanimi favorevoli, resi in forma palese;",
]:
    S.append(Paragraph(s, b))
S.append(Paragraph("DELIBERA", cen))
pts = [
    "di concedere in comodato d'uso gratuito all'Associazione culturale Frassine Insieme i locali del piano terra "
    "dell'ex scuola elementare di Frassine, per la durata di anni quattro;",
    "di approvare lo schema di contratto di comodato allegato al presente atto quale parte integrante e sostanziale;",
    "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio comunale;",
    "di demandare al Responsabile dell'Area Tecnica la sottoscrizione del contratto e gli adempimenti conseguenti.",
]
S.append(ListFlowable([ListItem(Paragraph(p, b), value=i) for i, p in enumerate(pts, 1)],
                      bulletType="1", bulletFormat="%s.", bulletFontName="Verdana", bulletFontSize=9.3,
                      leftIndent=7 * mm))
S.append(Paragraph("Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente "
                   "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
                   "per consentire l'avvio delle attività dell'associazione.", b))
sig = Table([["Il Vicesindaco", "Il Vice Segretario Comunale"],
             ["Sig.ra Elisa Guerrini", "Dott.ssa Silvia Brogi"]], colWidths=[82 * mm, 82 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Verdana", 9.3), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([Spacer(1, 5 * mm), Paragraph("Letto, approvato e sottoscritto.", b), sig,
                       Paragraph("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)",
                                 ParagraphStyle("x", parent=small, alignment=TA_CENTER, fontName="Verdana-Italic"))]))

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=37 * mm,
                        bottomMargin=22 * mm, title="Deliberazione G.C. n. 5/2029",
                        author="Comune di Monterotondo Marittimo", creator="Microsoft Word - Delibera GC 5 2029.docx")
doc.build(S, onFirstPage=page, onLaterPages=page)
