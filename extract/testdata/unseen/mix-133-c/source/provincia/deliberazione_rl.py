#!/usr/bin/env python3
"""Provincia di Vibo Valentia - deliberazione del Consiglio Provinciale n. 28/2028.
House style "J-Iride": framed heading with the register box at right, roll in two columns,
running head with the act's number from page 2 on. ReportLab, standard Times/Helvetica,
justified paragraphs (ReportLab justifies with the Tw word-spacing operator)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas

OUT = sys.argv[1]
REF = "Deliberazione del Consiglio Provinciale n. 28 del 26/09/2028"

body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
bodyc = ParagraphStyle('bc', parent=body, alignment=TA_CENTER, fontName='Times-Bold', spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='Helvetica', fontSize=8.5, leading=10.5, alignment=TA_JUSTIFY)
point = ParagraphStyle('p', parent=body, leftIndent=7*mm, firstLineIndent=-7*mm)


class NumberedCanvas(rlcanvas.Canvas):
    """two-pass canvas to print 'pag. X di Y' in the running head and foot"""
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
            self.draw_page_marks(n)
            super().showPage()
        super().save()

    def draw_page_marks(self, total):
        p = self._pageNumber
        self.setFont('Helvetica', 7.5)
        self.setFillColor(colors.black)
        if p > 1:
            self.drawString(20*mm, A4[1]-13*mm, "PROVINCIA DI VIBO VALENTIA")
            self.drawRightString(A4[0]-20*mm, A4[1]-13*mm, REF)
            self.setLineWidth(0.4)
            self.line(20*mm, A4[1]-14.5*mm, A4[0]-20*mm, A4[1]-14.5*mm)
        self.setLineWidth(0.4)
        self.line(20*mm, 14*mm, A4[0]-20*mm, 14*mm)
        self.drawString(20*mm, 10*mm, "Documento informatico sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005")
        self.drawRightString(A4[0]-20*mm, 10*mm, "pag. %d di %d" % (p, total))


def crest(c, x, y):
    # a plain drawn crest: shield with a tower
    c.saveState()
    c.setStrokeColor(colors.HexColor('#7a1f1f')); c.setLineWidth(1.2)
    c.setFillColor(colors.HexColor('#f4e9d8'))
    p = c.beginPath()
    p.moveTo(x, y+26*mm); p.lineTo(x+20*mm, y+26*mm); p.lineTo(x+20*mm, y+10*mm)
    p.curveTo(x+20*mm, y+3*mm, x+10*mm, y, x+10*mm, y)
    p.curveTo(x+10*mm, y, x, y+3*mm, x, y+10*mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor('#7a1f1f'))
    c.rect(x+7*mm, y+8*mm, 6*mm, 11*mm, fill=1, stroke=0)
    for i in range(3):
        c.rect(x+7*mm+i*2.2*mm, y+19*mm, 1.6*mm, 2*mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20*mm, A4[1]-42*mm)
    c.setFont('Times-Bold', 15)
    c.drawString(45*mm, A4[1]-26*mm, "PROVINCIA DI VIBO VALENTIA")
    c.setFont('Helvetica', 8.5)
    c.drawString(45*mm, A4[1]-31.5*mm, "Via Cesare Pavese – 89900 Vibo Valentia")
    c.drawString(45*mm, A4[1]-35.5*mm, "C.F. 96013890791 – PEC: protocollo@pec.provincia.vibovalentia.it")
    # register box
    bx, by, bw, bh = A4[0]-72*mm, A4[1]-43*mm, 52*mm, 25*mm
    c.setLineWidth(0.8); c.rect(bx, by, bw, bh)
    c.setFont('Helvetica-Bold', 8); c.drawCentredString(bx+bw/2, by+bh-5*mm, "REGISTRO DELIBERAZIONI C.P.")
    c.line(bx, by+bh-7*mm, bx+bw, by+bh-7*mm)
    c.setFont('Helvetica', 9)
    c.drawString(bx+3*mm, by+bh-12.5*mm, "N.")
    c.setFont('Helvetica-Bold', 12); c.drawString(bx+10*mm, by+bh-12.5*mm, "28")
    c.setFont('Helvetica', 9)
    c.drawString(bx+3*mm, by+bh-18.5*mm, "Data")
    c.setFont('Helvetica-Bold', 10); c.drawString(bx+13*mm, by+bh-18.5*mm, "26/09/2028")
    c.setFont('Helvetica', 7); c.drawString(bx+3*mm, by+2*mm, "Cod. pratica CP-2028-0041")
    c.setLineWidth(1.6); c.line(20*mm, A4[1]-47*mm, A4[0]-20*mm, A4[1]-47*mm)
    c.restoreState()


def later_pages(c, doc):
    pass


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=20*mm,
                          title=REF, author="Provincia di Vibo Valentia", creator="J-Iride Atti Amministrativi",
                          subject="Deliberazione C.P. 28/2028")
    f1 = Frame(20*mm, 18*mm, A4[0]-40*mm, A4[1]-18*mm-50*mm, id='f1', leftPadding=0, rightPadding=0)
    f2 = Frame(20*mm, 18*mm, A4[0]-40*mm, A4[1]-18*mm-20*mm, id='f2', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                          PageTemplate('later', [f2], onPage=later_pages)])
    S = []
    S.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO PROVINCIALE",
                       ParagraphStyle('t', fontName='Helvetica-Bold', fontSize=13, alignment=TA_CENTER, spaceAfter=2)))
    S.append(Paragraph("Seduta pubblica ordinaria di prima convocazione",
                       ParagraphStyle('t2', fontName='Helvetica', fontSize=9, alignment=TA_CENTER, spaceAfter=8)))
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", ParagraphStyle('k', fontName='Helvetica', fontSize=9.5, leading=12)),
                  Paragraph("<b>Ratifica del decreto presidenziale n. 61 del 04/09/2028 avente ad oggetto: variazione "
                            "d'urgenza al bilancio di previsione 2028-2030 ai sensi dell'art. 175, comma 4, del D.Lgs. "
                            "n. 267/2000.</b>", ParagraphStyle('o', fontName='Times-Roman', fontSize=11.5, leading=14.5))]],
                colWidths=[24*mm, None])
    ogg.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                             ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    S += [ogg, Spacer(1, 7)]
    S.append(Paragraph("L'anno duemilaventotto, il giorno ventisei del mese di settembre, alle ore 10:30, nella sala "
                       "consiliare del Palazzo della Provincia, a seguito di convocazione disposta con avviso prot. n. "
                       "21764 del 19/09/2028, regolarmente notificato, si è riunito il Consiglio Provinciale. "
                       "All'appello nominale risultano:", body))
    roll = [("CARNOVALE Giuseppe", "Presidente", True), ("ARENA Francesco", "Consigliere", True),
            ("BARBIERI Caterina", "Consigliere", True), ("CRITELLI Antonio", "Consigliere", False),
            ("DE LUCA Rosanna", "Consigliere", True), ("FALDUTO Michele", "Consigliere", True),
            ("GRILLO Nicola", "Consigliere", True), ("LO BIANCO Serena", "Consigliere", False),
            ("MESIANO Vincenzo", "Consigliere", True), ("RUFFA Gregorio", "Consigliere", True),
            ("TRIPODI Angela", "Consigliere", True)]
    hdr = ["Componente", "Qualifica", "P", "A"]
    left, right = roll[:6], roll[6:]
    rows = [hdr + [""] + hdr]
    for i in range(6):
        r = []
        for part in (left, right):
            if i < len(part):
                n, q, p = part[i]
                r += [n, q, "X" if p else "", "" if p else "X"]
            else:
                r += ["", "", "", ""]
            if part is left:
                r.append("")
        rows.append(r)
    t = Table(rows, colWidths=[40*mm, 22*mm, 7*mm, 7*mm, 5*mm, 40*mm, 22*mm, 7*mm, 7*mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 8.8), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5),
                           ('LINEBELOW', (0, 0), (3, 0), 0.8, colors.black), ('LINEBELOW', (5, 0), (8, 0), 0.8, colors.black),
                           ('ALIGN', (2, 0), (3, -1), 'CENTER'), ('ALIGN', (7, 0), (8, -1), 'CENTER'),
                           ('LINEBELOW', (0, 1), (3, -1), 0.25, colors.grey), ('LINEBELOW', (5, 1), (8, -2), 0.25, colors.grey),
                           ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
    S += [t, Spacer(1, 4)]
    S.append(Paragraph("Presenti n. 9 &nbsp;&nbsp;&nbsp; Assenti n. 2 (Critelli, Lo Bianco)",
                       ParagraphStyle('x', fontName='Helvetica', fontSize=9, spaceAfter=6)))
    S.append(Paragraph("Presiede la seduta il Presidente della Provincia, dott. Giuseppe Carnovale. Partecipa con "
                       "funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione il Segretario "
                       "Generale, dott.ssa Maria Teresa Pugliese. Il Presidente, constatato il numero legale, dichiara "
                       "aperta la seduta e pone in discussione l'argomento in oggetto, iscritto al punto 3 dell'ordine "
                       "del giorno.", body))
    S.append(Paragraph("IL CONSIGLIO PROVINCIALE", bodyc))
    for txt in [
        "Premesso che con deliberazione del Consiglio Provinciale n. 6 del 28/02/2028 è stato approvato il bilancio di "
        "previsione 2028-2030 e che con decreto presidenziale n. 19 del 12/03/2028 è stato approvato il Piano esecutivo "
        "di gestione;",
        "Visto l'art. 175, comma 4, del D.Lgs. 18 agosto 2000, n. 267, ai sensi del quale le variazioni di bilancio "
        "possono essere adottate dall'organo esecutivo in via d'urgenza, salvo ratifica, a pena di decadenza, da parte "
        "dell'organo consiliare entro i sessanta giorni seguenti e comunque entro il 31 dicembre dell'anno in corso;",
        "Visto il decreto presidenziale n. 61 del 04/09/2028, con il quale, per far fronte all'assegnazione del "
        "contributo regionale di euro 1.240.000,00 destinato alla manutenzione straordinaria degli edifici scolastici "
        "di competenza provinciale e all'incremento della spesa per il servizio di sgombero neve sulla rete stradale "
        "montana, è stata apportata in via d'urgenza la variazione al bilancio di previsione 2028-2030 riportata "
        "nell'allegato prospetto;",
        "Dato atto che la variazione mantiene il pareggio finanziario e il rispetto degli equilibri di bilancio, come "
        "attestato dal Dirigente del Settore 1 – Programmazione e Bilancio;",
        "Acquisito il parere favorevole del Collegio dei Revisori dei conti, reso con verbale n. 17 del 15/09/2028, "
        "ai sensi dell'art. 239, comma 1, lettera b), del D.Lgs. n. 267/2000;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile espressi dal Dirigente del Settore 1 ai sensi "
        "dell'art. 49 del D.Lgs. n. 267/2000;",
        "Udita la relazione del Presidente e gli interventi dei consiglieri Arena, Falduto e Tripodi, riportati nel "
        "resoconto di seduta conservato agli atti;",
        "Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 8, voti favorevoli n. 7, "
        "voti contrari n. 1 (Ruffa), astenuti n. 1 (Grillo);"]:
        S.append(Paragraph(txt, body))
    S.append(Paragraph("DELIBERA", bodyc))
    pts = [
        "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, il decreto presidenziale n. 61 del "
        "04/09/2028 avente ad oggetto la variazione d'urgenza al bilancio di previsione 2028-2030, nelle risultanze "
        "riportate nell'allegato A), parte integrante e sostanziale del presente atto;",
        "di dare atto che, a seguito della variazione, permangono il pareggio del bilancio e gli equilibri di cui "
        "all'art. 193 del D.Lgs. n. 267/2000;",
        "di trasmettere copia del presente atto al Tesoriere provinciale e al Collegio dei Revisori dei conti."]
    for i, p in enumerate(pts, 1):
        S.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), point))
    S.append(Paragraph("Successivamente, il Consiglio Provinciale, con separata votazione che riporta il medesimo "
                       "esito (favorevoli n. 7, contrari n. 1, astenuti n. 1), dichiara il presente atto immediatamente "
                       "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
    S.append(Spacer(1, 10))
    sig = Table([["IL PRESIDENTE", "IL SEGRETARIO GENERALE"],
                 ["f.to dott. Giuseppe Carnovale", "f.to dott.ssa Maria Teresa Pugliese"]], colWidths=[85*mm, 85*mm])
    sig.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, 1), 'Times-Italic', 10.5),
                             ('ALIGN', (0, 0), (-1, -1), 'CENTER'), ('TOPPADDING', (0, 1), (-1, 1), 6)]))
    S.append(KeepTogether([Paragraph("Letto, confermato e sottoscritto.", small), Spacer(1, 4), sig]))
    S.append(Spacer(1, 14))
    cert = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Segretario Generale certifica che "
                             "copia della presente deliberazione è pubblicata all'Albo Pretorio on line della Provincia "
                             "dal 28/09/2028 per quindici giorni consecutivi (reg. pubbl. n. 2291).<br/>"
                             "Vibo Valentia, 28/09/2028 — IL SEGRETARIO GENERALE f.to dott.ssa Maria Teresa Pugliese", small)]],
                 colWidths=[170*mm])
    cert.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 5),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    S.append(KeepTogether([cert]))
    doc.build(S, canvasmaker=NumberedCanvas)


build()
