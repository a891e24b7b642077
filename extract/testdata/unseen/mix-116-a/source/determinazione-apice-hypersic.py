#!/usr/bin/env python3
"""Comune di Apice - determinazione, house style "Hypersic".
ReportLab: the letterhead, the register grid and the foot are Form XObjects
defined once and drawn on each page *after* the body (onPageEnd), so the
content stream holds the text first and the heading last; justified body."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-apice-hypersic.pdf"
VERDE = colors.HexColor("#1B5E3B")
PW, PH = A4
REF = "Determinazione Reg. Gen. n. 212 del 14/04/2027"

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
pt = ParagraphStyle("p", parent=body, leftIndent=20, bulletIndent=0, spaceAfter=3)
ctr = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", fontSize=10.5, alignment=TA_CENTER,
                     spaceBefore=6, spaceAfter=6)
sml = ParagraphStyle("s", fontName="Helvetica", fontSize=9.5, leading=12)
smb = ParagraphStyle("sb", parent=sml, fontName="Helvetica-Bold")
ogg = ParagraphStyle("o", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY)
sig = ParagraphStyle("g", parent=body, alignment=TA_CENTER, leftIndent=230, spaceAfter=1)

state = {"forms": False}


def define_forms(c):
    # letterhead
    c.beginForm("lh")
    x, y = 20 * mm, PH - 36 * mm
    c.setStrokeColor(VERDE); c.setFillColor(colors.HexColor("#e4efe8")); c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + 19 * mm); p.lineTo(x + 16 * mm, y + 19 * mm); p.lineTo(x + 16 * mm, y + 7 * mm)
    p.curveTo(x + 16 * mm, y + 1 * mm, x + 8 * mm, y, x + 8 * mm, y)
    p.curveTo(x + 8 * mm, y, x, y + 1 * mm, x, y + 7 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(VERDE); c.rect(x + 3.5 * mm, y + 5.5 * mm, 9 * mm, 2 * mm, fill=1, stroke=0)
    c.circle(x + 8 * mm, y + 15.5 * mm, 2.5 * mm, fill=0, stroke=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 18); c.drawCentredString(PW / 2 - 6 * mm, PH - 21 * mm, "COMUNE DI APICE")
    c.setFont("Helvetica", 11.5); c.drawCentredString(PW / 2 - 6 * mm, PH - 27 * mm, "Provincia di Benevento")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(PW / 2 - 6 * mm, PH - 32 * mm, "Piazza Municipio, 1 – 82021 Apice (BN) – C.F. 80001490626")
    c.setLineWidth(1.2); c.setStrokeColor(colors.black)
    c.line(20 * mm, PH - 39 * mm, PW - 20 * mm, PH - 39 * mm)
    c.endForm()
    # register grid (labels only; the values are drawn by the page)
    c.beginForm("grid")
    gx, gy = PW - 62 * mm, PH - 31 * mm
    c.setLineWidth(0.7)
    c.rect(gx, gy, 42 * mm, 14 * mm)
    c.line(gx, gy + 7 * mm, gx + 42 * mm, gy + 7 * mm)
    c.line(gx + 19 * mm, gy, gx + 19 * mm, gy + 14 * mm)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(gx + 1.5 * mm, gy + 9.3 * mm, "Reg. Gen. n.")
    c.drawString(gx + 1.5 * mm, gy + 2.3 * mm, "Data")
    c.endForm()
    # running foot
    c.beginForm("foot")
    c.setLineWidth(0.4); c.line(20 * mm, 17 * mm, PW - 20 * mm, 17 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12.5 * mm, "Comune di Apice – " + REF + " – Settore Amministrativo")
    c.endForm()


def page_end(c, doc):
    if not state["forms"]:
        define_forms(c)
        state["forms"] = True
    c.saveState()
    if doc.page == 1:
        gx, gy = PW - 62 * mm, PH - 31 * mm
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(gx + 40 * mm, gy + 9.3 * mm, "212")
        c.drawRightString(gx + 40 * mm, gy + 2.3 * mm, "14/04/2027")
        c.doForm("grid")
        c.doForm("lh")
    else:
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, PH - 15 * mm, "Comune di Apice (BN)")
        c.drawRightString(PW - 20 * mm, PH - 15 * mm, REF)
    c.setFont("Helvetica", 7.5)
    c.drawRightString(PW - 20 * mm, 12.5 * mm, "Pagina %d" % doc.page)
    c.doForm("foot")
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, title=REF, creator="Hypersic - Determinazioni",
                      author="Settore Amministrativo")
doc.addPageTemplates([
    PageTemplate("first", [Frame(20 * mm, 22 * mm, PW - 40 * mm, PH - 66 * mm)], onPageEnd=page_end,
                 autoNextPageTemplate="next"),
    PageTemplate("next", [Frame(20 * mm, 22 * mm, PW - 40 * mm, PH - 44 * mm)], onPageEnd=page_end),
])

s = []
t = Table([[Paragraph("SETTORE AMMINISTRATIVO", smb),
            Paragraph("Registro di Settore n. 64 del 13/04/2027", sml)],
           [Paragraph("Servizio Pubblica Istruzione", sml), ""]],
          colWidths=[95 * mm, None])
t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
s.append(t)
s.append(Spacer(1, 8))
s.append(Paragraph("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", ParagraphStyle(
    "t", fontName="Helvetica-Bold", fontSize=12.5, alignment=TA_CENTER, leading=15)))
s.append(Spacer(1, 8))
sj = Table([[Paragraph("OGGETTO:", ogg), Paragraph(
    "Servizio di refezione scolastica a.s. 2026/2027 – Liquidazione della fattura n. 118/PA del 31/03/2027 "
    "alla ditta Sannio Ristorazione S.r.l. per il mese di marzo 2027 – CIG B3F7A21C05.", ogg)]],
    colWidths=[25 * mm, None])
sj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
s.append(sj)
s.append(Spacer(1, 6))
s.append(Paragraph("IL RESPONSABILE DEL SETTORE AMMINISTRATIVO", ctr))
for p in [
    "Visto il decreto sindacale n. 2 del 07/01/2027, con il quale alla sottoscritta è stata attribuita la "
    "responsabilità del Settore Amministrativo con le funzioni di cui all’art. 107 del D.Lgs. 18 agosto 2000, "
    "n. 267;",
    "Richiamata la propria determinazione n. 391 del 12/09/2026 (Reg. Gen.), con la quale il servizio di "
    "refezione scolastica per la scuola dell’infanzia e per le classi a tempo prolungato della scuola primaria, "
    "per l’anno scolastico 2026/2027, è stato affidato alla ditta Sannio Ristorazione S.r.l., con sede in "
    "Benevento, Contrada Piano Cappelle n. 48, P.IVA 01539870629, al prezzo unitario di € 4,85 a pasto oltre "
    "IVA al 4%;",
    "Vista la fattura elettronica n. 118/PA del 31/03/2027, acquisita al protocollo dell’Ente al n. 3412 del "
    "02/04/2027, dell’importo di € 9.176,20 oltre IVA al 4% pari a € 367,05, per complessivi € 9.543,25, "
    "relativa a n. 1.892 pasti erogati nel mese di marzo 2027;",
    "Accertata, sulla base dei buoni pasto giornalieri trasmessi dai plessi scolastici, la corrispondenza tra i "
    "pasti fatturati e quelli effettivamente somministrati, nonché la regolare esecuzione del servizio;",
    "Acquisito il DURC on line, prot. INPS_45519382, dal quale la ditta risulta in regola con il versamento dei "
    "contributi, con scadenza al 09/07/2027;",
    "Dato atto che la spesa trova copertura nell’impegno n. 702/2026, assunto sul capitolo 1870 “Servizio "
    "mensa scolastica – prestazioni di servizi” del bilancio 2026, reimputato all’esercizio 2027;",
    "Attestata la regolarità tecnica e la correttezza dell’azione amministrativa ai sensi dell’art. 147-bis del "
    "D.Lgs. 267/2000;",
]:
    s.append(Paragraph(p, body))
s.append(Paragraph("DETERMINA", ctr))
for i, p in enumerate([
    "di liquidare alla ditta Sannio Ristorazione S.r.l., P.IVA 01539870629, la somma di € 9.176,20 a saldo "
    "della fattura n. 118/PA del 31/03/2027, relativa al servizio di refezione scolastica del mese di marzo 2027;",
    "di versare all’Erario l’IVA pari a € 367,05 secondo il meccanismo della scissione dei pagamenti, ai sensi "
    "dell’art. 17-ter del D.P.R. 633/1972;",
    "di imputare la spesa complessiva di € 9.543,25 sull’impegno n. 702/2026, capitolo 1870, esercizio 2027;",
    "di trasmettere il presente provvedimento al Settore Economico-Finanziario per l’emissione del mandato di "
    "pagamento e di disporne la pubblicazione all’Albo Pretorio on line per quindici giorni consecutivi.",
], 1):
    s.append(Paragraph(p, pt, bulletText="%d)" % i))
s.append(Spacer(1, 10))
s.append(KeepTogether([
    Paragraph("Apice, 14/04/2027", body),
    Paragraph("IL RESPONSABILE DEL SETTORE AMMINISTRATIVO", sig),
    Paragraph("F.to Dott.ssa Filomena Pepe", sig),
]))
s.append(Spacer(1, 14))
s.append(KeepTogether([
    Paragraph("VISTO DI REGOLARITÀ CONTABILE", ctr),
    Paragraph("Si attesta la regolarità contabile e la copertura finanziaria della spesa ai sensi dell’art. 184 "
              "del D.Lgs. 267/2000. Liquidazione n. 487/2027.", body),
    Paragraph("Apice, 14/04/2027", body),
    Paragraph("IL RESPONSABILE DEL SETTORE ECONOMICO-FINANZIARIO", sig),
    Paragraph("F.to Dott.ssa Carmela Ruggiero", sig),
]))
doc.build(s)
