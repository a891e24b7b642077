# Poggio San Vicino: determinazione, reportlab; body justified (Tw), letterhead and heading letter-spaced (Tc)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
W, H = A4
def spaced(c, x, y, txt, font, size, cs, center=True):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = c.stringWidth(txt, font, size) + cs * (len(txt) - 1)
    t.setTextOrigin(x - w / 2 if center else x, y); t.textOut(txt); t.setCharSpace(0); c.drawText(t)
def first(c, d):
    c.saveState()
    spaced(c, W / 2, H - 50, "COMUNE DI POGGIO SAN VICINO", "Times-Bold", 16, 1.5)
    spaced(c, W / 2, H - 66, "Provincia di Macerata", "Times-Roman", 11, 0.8)
    c.setFont("Times-Roman", 8); c.drawCentredString(W / 2, H - 78, "Piazza Umberto I, 1 – 62021 Poggio San Vicino (MC) – C.F. 00283230434")
    c.line(60, H - 86, W - 60, H - 86)
    c.rect(W - 230, H - 150, 170, 54)
    c.setFont("Times-Roman", 9.5)
    c.drawString(W - 224, H - 108, "Reg. Gen. 61 del 24.3.2026")
    c.drawString(W - 224, H - 122, "Reg. Area n. 12 del 24.3.2026")
    c.drawString(W - 224, H - 136, "Proposta n. 15 del 20.3.2026")
    c.setFont("Times-Bold", 10); c.drawString(60, H - 108, "AREA TECNICA")
    c.setFont("Times-Roman", 10); c.drawString(60, H - 122, "Servizio Lavori Pubblici e Patrimonio")
    c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, 30, "Determinazione Area Tecnica n. 12/2026 – pagina %d" % d.page)
    c.restoreState()
def later(c, d):
    c.saveState(); c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, 30, "Determinazione Area Tecnica n. 12/2026 – pagina %d" % d.page); c.restoreState()
class Doc(SimpleDocTemplate):
    pass
doc = Doc(sys.argv[1], pagesize=A4, leftMargin=60, rightMargin=60, topMargin=170, bottomMargin=60,
          title="Determinazione 61/2026", author="Comune di Poggio San Vicino")
B = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Times-Bold")
S = []
class Heading(Spacer):
    def draw(self):
        spaced(self.canv, (W - 120) / 2, 4, "DETERMINAZIONE DEL RESPONSABILE DELL'AREA TECNICA", "Times-Bold", 11.5, 0.9)
S.append(Heading(1, 20))
S.append(Paragraph("<b>OGGETTO:</b> Fornitura di sale stradale e graniglia per il servizio di sgombero neve e trattamento antighiaccio – stagione invernale 2025/2026 – Liquidazione fattura alla ditta Salgemma Adriatica s.r.l. – CIG B4F17C2E90.", B))
S.append(Spacer(1, 6))
S.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", C))
for t in [
 "VISTO il decreto sindacale n. 3 del 2 gennaio 2026 con il quale al sottoscritto sono state attribuite le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267, relativamente all'Area Tecnica;",
 "RICHIAMATA la propria determinazione n. 41 del 28.11.2025 (Reg. Gen.) con la quale è stata affidata alla ditta Salgemma Adriatica s.r.l., con sede in Jesi (AN), la fornitura di sale stradale e graniglia per la stagione invernale 2025/2026, per l'importo di € 6.100,00 oltre IVA;",
 "VISTA la fattura elettronica n. 27/PA del 10.3.2026 dell'importo complessivo di € 7.442,00, IVA compresa, acquisita al protocollo comunale n. 688 del 12.3.2026;",
 "ACCERTATA la regolarità della fornitura e verificata la regolarità contributiva della ditta mediante DURC in corso di validità;",
 "DATO ATTO dell'insussistenza di situazioni di conflitto di interesse ai sensi dell'art. 6-bis della Legge 241/1990;",
]: S.append(Paragraph(t, B))
S.append(Paragraph("DETERMINA", C))
for i, t in enumerate([
 "di liquidare alla ditta Salgemma Adriatica s.r.l. la somma di € 6.100,00 a titolo di imponibile, a saldo della fattura n. 27/PA del 10.3.2026;",
 "di versare all'Erario la somma di € 1.342,00 a titolo di IVA, secondo il meccanismo della scissione dei pagamenti;",
 "di imputare la spesa complessiva di € 7.442,00 alla missione 10, programma 05, capitolo 2310 del bilancio 2026, gestione residui;",
 "di disporre la pubblicazione del presente provvedimento all'Albo pretorio on line per quindici giorni consecutivi."], 1):
    S.append(Paragraph("%d. %s" % (i, t), B))
S.append(Spacer(1, 14))
S.append(Paragraph("Poggio San Vicino, 24.3.2026", B))
S.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA<br/>geom. Stefano Baldoni", ParagraphStyle("r", parent=B, alignment=2)))
doc.build(S, onFirstPage=first, onLaterPages=later)
