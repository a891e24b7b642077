#!/usr/bin/env python3
"""Determinazione of the Comune di Irsina in the manner of an Advanced Systems
("advsys") print: a label grid (Area / Servizio / N. settoriale / Reg. gen. /
Data), a liquidation table, numbered DETERMINA points, a visa box and a
margin note with the publication number; built with ReportLab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, ListFlowable, ListItem, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("Carlito", "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-Bold", "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-Italic", "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Carlito", 0, 0, "Carlito"); addMapping("Carlito", 1, 0, "Carlito-Bold"); addMapping("Carlito", 0, 1, "Carlito-Italic"); addMapping("Carlito", 1, 1, "Carlito-Bold")

out = sys.argv[1]
W, H = A4
base = ParagraphStyle("b", fontName="Carlito", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)
lab = ParagraphStyle("l", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"), alignment=TA_LEFT, spaceAfter=0)
val = ParagraphStyle("v", parent=base, fontName="Carlito-Bold", fontSize=10.5, leading=13, alignment=TA_LEFT, spaceAfter=0)
ctr = ParagraphStyle("c", parent=base, fontName="Carlito-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
rgt = ParagraphStyle("r", parent=base, alignment=TA_CENTER)

def page(c, doc):
    c.saveState()
    # letterhead on every page (as the package prints it)
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1.2)
    c.line(20*mm, H-32*mm, W-18*mm, H-32*mm)
    c.setDash(2, 2); c.setLineWidth(0.4); c.rect(20*mm, H-30*mm, 16*mm, 18*mm); c.setDash()
    c.setFont("Carlito-Italic", 6); c.drawCentredString(28*mm, H-22*mm, "stemma")
    c.setFillColor(colors.HexColor("#1f4e79"))
    c.setFont("Carlito-Bold", 17); c.drawString(40*mm, H-19*mm, "COMUNE DI IRSINA")
    c.setFillColor(colors.black)
    c.setFont("Carlito", 9.5); c.drawString(40*mm, H-24*mm, "Provincia di Matera")
    c.setFont("Carlito", 8); c.drawString(40*mm, H-28.5*mm, "Corso Giuseppe Garibaldi - 75022 Irsina (MT)")
    # margin note (vertical) with the publication number
    c.saveState(); c.translate(12*mm, 60*mm); c.rotate(90)
    c.setFont("Carlito", 7); c.setFillColor(colors.HexColor("#666666"))
    c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 20/03/2026 al 04/04/2026 - N. Reg. Pubbl. 318")
    c.restoreState()
    c.setFont("Carlito", 7.5)
    c.drawString(20*mm, 12*mm, "Determinazione Area Tecnica n. 96 del 19/03/2026 - Reg. Gen. n. 211")
    c.drawRightString(W-18*mm, 12*mm, "Pag. %d" % doc.page)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=18*mm, topMargin=36*mm, bottomMargin=20*mm,
                      title="Determinazione n. 96/2026", author="Comune di Irsina", creator="Advanced Systems - Atti")
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(20*mm, 18*mm, W-38*mm, H-54*mm, id="f")], onPage=page)])

s = []
grid = [
    [Paragraph("AREA", lab), Paragraph("SERVIZIO", lab), Paragraph("", lab)],
    [Paragraph("AREA TECNICA", val), Paragraph("Servizio Manutenzioni e Patrimonio", val), Paragraph("", val)],
    [Paragraph("DETERMINAZIONE N.", lab), Paragraph("DATA", lab), Paragraph("REG. GEN. N.", lab)],
    [Paragraph("96", val), Paragraph("19/03/2026", val), Paragraph("211", val)],
]
t = Table(grid, colWidths=[55*mm, 70*mm, 47*mm])
t.setStyle(TableStyle([
    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ("LINEBELOW", (0, 1), (-1, 1), 0.5, colors.black),
    ("LINEAFTER", (0, 2), (1, 3), 0.5, colors.black),
    ("LINEAFTER", (0, 0), (0, 1), 0.5, colors.black),
    ("SPAN", (1, 0), (2, 0)), ("SPAN", (1, 1), (2, 1)),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eaf1f8")),
    ("BACKGROUND", (0, 2), (-1, 2), colors.HexColor("#eaf1f8")),
    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]))
s.append(t)
s.append(Spacer(1, 6*mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph("<b>Liquidazione fattura n. 14/PA del 28/02/2026 alla ditta Edil Bradano s.r.l. per lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via Roma e Largo Cattedrale. CIG B59D0E4A21 – CUP F87H25000910004.</b>", base)]],
            colWidths=[24*mm, 148*mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
s.append(ogg)
s.append(Spacer(1, 3*mm))
s.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", ctr))
for p in [
    "Visto il decreto del Sindaco n. 3 del 08/01/2026, con il quale è stata attribuita al sottoscritto la responsabilità dell'Area Tecnica con le funzioni di cui all'art. 107 del D.Lgs. 267/2000;",
    "Richiamata la propria determinazione n. 187 del 24/11/2025 (Reg. Gen. n. 598), con la quale sono stati affidati alla ditta Edil Bradano s.r.l., con sede in Tricarico (MT), i lavori di manutenzione straordinaria della rete di pubblica illuminazione in Via Roma e Largo Cattedrale, per l'importo di € 38.420,00 oltre IVA al 22%;",
    "Visto il certificato di regolare esecuzione redatto dal Direttore dei Lavori, geom. Rocco Santoro, in data 20/02/2026, dal quale risulta che i lavori sono stati eseguiti a regola d'arte e nei tempi contrattuali;",
    "Vista la fattura elettronica n. 14/PA del 28/02/2026, acquisita al protocollo dell'Ente al n. 2087 del 02/03/2026, dell'importo di € 38.420,00 oltre IVA per € 8.452,40, per complessivi € 46.872,40;",
    "Accertata la regolarità contributiva della ditta mediante DURC on line prot. INAIL_52318840 con scadenza 15/06/2026 e verificato, ai sensi dell'art. 48-bis del D.P.R. 602/1973, che la ditta non risulta inadempiente;",
]:
    s.append(Paragraph(p, base))
liq = Table([
    ["Beneficiario", "Fattura", "Imponibile", "IVA (split payment)", "Totale"],
    ["Edil Bradano s.r.l.", "n. 14/PA del 28/02/2026", "€ 38.420,00", "€ 8.452,40", "€ 46.872,40"],
], colWidths=[42*mm, 42*mm, 28*mm, 32*mm, 28*mm])
liq.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Carlito", 9), ("FONT", (0, 0), (-1, 0), "Carlito-Bold", 9),
                         ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eaf1f8")),
                         ("ALIGN", (2, 1), (-1, 1), "RIGHT")]))
s.append(liq)
s.append(Paragraph("DETERMINA", ctr))
pts = [
    "di liquidare e pagare alla ditta Edil Bradano s.r.l., con sede in Tricarico (MT), la fattura n. 14/PA del 28/02/2026 per l'imponibile di € 38.420,00, mediante bonifico sul conto corrente dedicato comunicato ai sensi della Legge n. 136/2010;",
    "di versare all'Erario l'IVA di € 8.452,40 secondo il meccanismo della scissione dei pagamenti di cui all'art. 17-ter del D.P.R. 633/1972;",
    "di imputare la spesa complessiva di € 46.872,40 sull'impegno n. 1104/2025, capitolo 2840/1 \"Manutenzione straordinaria impianti di pubblica illuminazione\", gestione residui;",
    "di trasmettere il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento.",
]
s.append(ListFlowable([ListItem(Paragraph(p, base), value=i) for i, p in enumerate(pts, 1)], bulletType="1", bulletFormat="%s)", leftIndent=14, bulletFontName="Carlito", bulletFontSize=10.5))
s.append(Spacer(1, 6*mm))
s.append(Table([["", Paragraph("Il Responsabile dell'Area Tecnica<br/><b>Ing. Michele Dibenedetto</b><br/><font size=7>Firmato digitalmente ai sensi del D.Lgs. 82/2005</font>", rgt)]], colWidths=[86*mm, 86*mm]))
s.append(Spacer(1, 8*mm))
vb = Table([[Paragraph("<b>SERVIZIO FINANZIARIO</b> – Visto di regolarità contabile ai sensi dell'art. 184, comma 4, del D.Lgs. 267/2000. Mandato n. 402 del 19/03/2026.<br/>Irsina, 19/03/2026 – Il Responsabile dell'Area Finanziaria, Dott.ssa Teresa Larocca", small)]], colWidths=[172*mm])
vb.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
s.append(KeepTogether(vb))
doc.build(s)
