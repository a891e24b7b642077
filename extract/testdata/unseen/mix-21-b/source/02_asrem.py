"""ASReM - Azienda Sanitaria Regionale del Molise: determinazione dirigenziale (ReportLab platypus, J-Iride-like)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS", D + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DSB", D + "DejaVuSerif-Bold.ttf"))
out = sys.argv[1]
N = ParagraphStyle("n", fontName="DS", fontSize=9.8, leading=13, alignment=4, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=1, fontName="DSB", fontSize=11, spaceBefore=6, spaceAfter=6)
S = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10)

def deco(c, d):
    c.saveState()
    c.setFont("DVB", 13); c.drawString(20*mm, 280*mm, "ASReM")
    c.setFont("DVB", 10); c.drawString(45*mm, 281*mm, "AZIENDA SANITARIA REGIONALE DEL MOLISE")
    c.setFont("DV", 7.5); c.drawString(45*mm, 277*mm, "Via Ugo Petrella, 1 – 86100 Campobasso – P.IVA 01546900703")
    c.setStrokeColor(colors.HexColor("#1f4e79")); c.setLineWidth(1.2); c.line(20*mm, 274*mm, 190*mm, 274*mm)
    c.setFont("DV", 7); c.drawString(20*mm, 12*mm, "Determinazione dirigenziale n. 1187 del 17/03/2026 – UOC Gestione Risorse Umane")
    c.drawRightString(190*mm, 12*mm, "Pagina %d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=30*mm, bottomMargin=22*mm,
                        title="Determinazione dirigenziale n. 1187/2026", author="ASReM", creator="J-Iride Atti - Maggioli")
st = []
reg = Table([["DETERMINAZIONE DIRIGENZIALE", ""],
             ["Numero", "1187"], ["Data", "17/03/2026"],
             ["Struttura proponente", "UOC Gestione Risorse Umane"],
             ["Proposta n.", "1302 del 13/03/2026"]], colWidths=[55*mm, 115*mm])
reg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (0, 0), "DVB", 11), ("SPAN", (0, 0), (1, 0)),
                         ("ALIGN", (0, 0), (1, 0), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                         ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#dde7f0")), ("FONT", (0, 1), (0, -1), "DVB", 9)]))
st += [reg, Spacer(1, 8)]
st.append(Paragraph("<b>OGGETTO:</b> Presa d'atto delle dimissioni volontarie del dipendente matricola n. 48213, Collaboratore Professionale Sanitario – Infermiere, a decorrere dal 01/05/2026.", N))
st.append(Paragraph("IL DIRETTORE DELLA UOC GESTIONE RISORSE UMANE", C))
for t in ["<b>VISTO</b> il D.Lgs. 30 dicembre 1992, n. 502 e s.m.i.;",
          "<b>VISTA</b> la deliberazione del Direttore Generale n. 215 del 28/02/2025, con la quale sono state conferite le deleghe ai Direttori delle Unità Operative Complesse dell'area amministrativa;",
          "<b>VISTA</b> la nota acquisita al protocollo aziendale n. 31877 del 03/03/2026, con la quale il dipendente matricola n. 48213, in servizio presso il P.O. \"A. Cardarelli\" di Campobasso, ha rassegnato le dimissioni volontarie dal servizio;",
          "<b>RILEVATO</b> che il termine di preavviso previsto dall'art. 72 del CCNL Comparto Sanità 2019-2021 risulta rispettato;",
          "<b>ATTESTATA</b> la regolarità tecnica e amministrativa del presente provvedimento;"]:
    st.append(Paragraph(t, N))
st.append(Paragraph("DETERMINA", C))
for i, t in enumerate(["di prendere atto delle dimissioni volontarie rassegnate dal dipendente matricola n. 48213, Collaboratore Professionale Sanitario – Infermiere, con decorrenza dal 01/05/2026 (ultimo giorno di servizio 30/04/2026);",
                       "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio aziendale;",
                       "di trasmettere il presente atto alla UOC Bilancio e Contabilità e alla Direzione Medica del P.O. \"A. Cardarelli\" per quanto di competenza;"], 1):
    st.append(Paragraph("%d. %s" % (i, t), ParagraphStyle("l", parent=N, leftIndent=14, firstLineIndent=-14)))
st.append(Spacer(1, 14))
st.append(Table([["Il Responsabile del procedimento", "IL DIRETTORE UOC"], ["Sig.ra Annamaria Di Iorio", "Dott. Nicola Petrecca"],
                 ["", "(firmato digitalmente)"]], colWidths=[85*mm, 85*mm],
                style=[("FONT", (0, 0), (-1, -1), "DV", 9), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
st.append(Spacer(1, 18))
st.append(Paragraph("<b>PUBBLICAZIONE</b> – Il presente atto è pubblicato all'Albo on line aziendale dal 18/03/2026 per 15 giorni consecutivi ai sensi dell'art. 32 della L. 69/2009.", S))
doc.build(st, onFirstPage=deco, onLaterPages=deco)
