#!/usr/bin/env python3
"""Unione dei Comuni Roveresca: determinazione printed by an in-house Python
(ReportLab platypus) module: label grid on top, running foot with page x/y."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSC", D + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVSC-B", D + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DVSC", 0, 0, "DVSC"); addMapping("DVSC", 1, 0, "DVSC-B")

out = sys.argv[1]
body = ParagraphStyle("b", fontName="DVSC", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
pt = ParagraphStyle("pt", parent=body, leftIndent=16, firstLineIndent=-16)
ctr = ParagraphStyle("c", parent=body, fontName="DVSC-B", alignment=TA_CENTER, fontSize=10.5, spaceBefore=6, spaceAfter=6)
lab = ParagraphStyle("l", fontName="DVSC", fontSize=7.5, textColor=colors.HexColor("#555555"), leading=9)
val = ParagraphStyle("v", fontName="DVSC-B", fontSize=9.5, leading=12)

class Doc(BaseDocTemplate):
    def afterFlowable(self, f): pass

def on_page(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(colors.HexColor("#2f5d50")); c.rect(18*mm, h-31*mm, 174*mm, 0.8*mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DVS-B", 15); c.drawString(40*mm, h-19*mm, "UNIONE DEI COMUNI ROVERESCA")
    c.setFont("DVS", 8.5); c.drawString(40*mm, h-24*mm, "Provincia di Pesaro e Urbino")
    c.drawString(40*mm, h-28*mm, "Sede legale: Piazza della Rovere, 1 – C.F./P.IVA 02000000418")
    c.setStrokeColor(colors.HexColor("#2f5d50")); c.circle(28*mm, h-22*mm, 8*mm)
    c.setFont("DVS", 5.5); c.drawCentredString(28*mm, h-22.5*mm, "LOGO UNIONE")
    c.setFont("DVS", 7)
    c.drawString(18*mm, 12*mm, "Determinazione n. 23 del 06/03/2026 – Area Tecnica")
    c.drawRightString(192*mm, 12*mm, "Pag. %d/%d" % (doc.page, TOTAL))
    c.drawCentredString(105*mm, 8*mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate")
    c.restoreState()

doc = Doc(out, pagesize=A4, title="Determinazione n. 23/2026", author="Unione dei Comuni Roveresca - Area Tecnica",
          creator="Atti Unione (modulo stampe)", leftMargin=18*mm, rightMargin=18*mm, topMargin=36*mm, bottomMargin=20*mm)
doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(18*mm, 20*mm, 174*mm, 241*mm, id="f")], onPage=on_page)])

def cellv(l, v): return [Paragraph(l, lab), Paragraph(v, val)]
grid = Table([
  [cellv("Tipo atto", "DETERMINAZIONE"), cellv("Numero", "23"), cellv("Data", "06/03/2026")],
  [cellv("Area", "AREA TECNICA"), cellv("Servizio", "Lavori Pubblici e Manutenzioni"), cellv("Proposta", "n. 31 del 03/03/2026")],
  [cellv("Responsabile del procedimento", "Geom. Sara Ceccarelli"), cellv("CIG", "A0F7D21B3E"), cellv("CUP", "E27B24000180002")],
], colWidths=[70*mm, 60*mm, 44*mm])
grid.setStyle(TableStyle([("BOX",(0,0),(-1,-1),0.8,colors.HexColor("#2f5d50")),("INNERGRID",(0,0),(-1,-1),0.4,colors.HexColor("#9bb5ad")),
  ("VALIGN",(0,0),(-1,-1),"TOP"),("BACKGROUND",(0,0),(-1,0),colors.HexColor("#e8f0ed"))]))

ogg = Table([[Paragraph("OGGETTO:", ParagraphStyle("o", fontName="DVSC-B", fontSize=9.5)),
   Paragraph("LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DEL POLO SCOLASTICO INTERCOMUNALE – APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE – LIQUIDAZIONE DEL SALDO ALLA DITTA EDIL CESANO S.R.L.", ParagraphStyle("ov", fontName="DVSC-B", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY))]],
   colWidths=[22*mm, 152*mm])
ogg.setStyle(TableStyle([("VALIGN",(0,0),(-1,-1),"TOP"),("LINEBELOW",(0,0),(-1,-1),0.5,colors.black),("TOPPADDING",(0,0),(-1,-1),6)]))

S = [grid, Spacer(1, 8), ogg, Spacer(1, 6), Paragraph("IL RESPONSABILE DELL’AREA TECNICA", ctr)]
for t in [
 "<b>Premesso</b> che con propria determinazione n. 71 del 18/09/2025 sono stati aggiudicati alla ditta Edil Cesano S.r.l., con sede in Mondavio (PU), i lavori di manutenzione straordinaria della copertura della palestra del polo scolastico intercomunale, per l’importo contrattuale di € 96.420,00 oltre IVA;",
 "<b>Visto</b> il verbale di consegna dei lavori del 06/10/2025 e il certificato di ultimazione dei lavori del 30/01/2026;",
 "<b>Visti</b> lo stato finale dei lavori e il certificato di regolare esecuzione redatti dal Direttore dei Lavori, Arch. Nicola Fabbri, in data 20/02/2026, dai quali risulta un credito residuo dell’impresa di € 4.821,00 oltre IVA;",
 "<b>Accertata</b> la regolarità contributiva della ditta mediante DURC on line prot. INAIL_52011873 con scadenza 14/06/2026;",
 "<b>Visti</b> il D.Lgs. 267/2000, il D.Lgs. 36/2023 e lo Statuto dell’Unione;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("DETERMINA", ctr))
for t in [
 "a) di approvare lo stato finale dei lavori e il certificato di regolare esecuzione del 20/02/2026, dai quali risulta un credito residuo dell’impresa di € 4.821,00 oltre IVA;",
 "b) di liquidare alla ditta Edil Cesano S.r.l. la somma complessiva di € 5.303,10, IVA al 10% compresa, a saldo della fattura n. 7/PA del 02/03/2026;",
 "c) di imputare la spesa all’impegno n. 288/2025 sul capitolo 21630 “Manutenzione straordinaria edifici scolastici” del bilancio dell’Unione, in conto residui;",
 "d) di svincolare la cauzione definitiva prestata dall’impresa mediante polizza fideiussoria n. 1180/2025."]:
    S.append(Paragraph(t, pt))
S.append(Spacer(1, 14))
S.append(KeepTogether([Table([["", Paragraph("IL RESPONSABILE DELL’AREA TECNICA<br/><b>Ing. Michele Bartolucci</b><br/><font size=7>(firmato digitalmente)</font>", ParagraphStyle("f", fontName="DVSC", fontSize=9.5, leading=13, alignment=TA_CENTER))]], colWidths=[90*mm, 84*mm])]))
S.append(Spacer(1, 16))
pub = Table([[Paragraph("<b>PUBBLICAZIONE</b> – La presente determinazione è pubblicata all’Albo Pretorio on line dell’Unione per quindici giorni consecutivi dal 10/03/2026 (n. reg. 96/2026).", ParagraphStyle("pp", fontName="DVSC", fontSize=8.5, leading=11))]], colWidths=[174*mm])
pub.setStyle(TableStyle([("BOX",(0,0),(-1,-1),0.6,colors.black)]))
S.append(pub)
import copy, io
TOTAL = 1
probe = Doc(io.BytesIO(), pagesize=A4); probe.addPageTemplates(doc.pageTemplates)
probe.build(copy.deepcopy(S)); TOTAL = probe.page
doc.build(S)
