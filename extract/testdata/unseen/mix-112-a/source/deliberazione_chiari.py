#!/usr/bin/env python3
"""Comune di Chiari - Giunta Comunale n. 198 del 15/12/2026 (Sicr@web-like model).

ReportLab platypus: justified paragraphs (word spacing through Tw), a roll of
two columns side by side in one table, a running head with the act's number
and a running foot "Pagina x di y" from page 2.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1]
W, H = A4

base = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle('bb', parent=base, fontName='Times-Bold')
ctr = ParagraphStyle('c', parent=base, alignment=TA_CENTER, fontName='Times-Bold',
                     fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', parent=base, fontSize=9, leading=11, alignment=TA_LEFT)
cell = ParagraphStyle('cell', parent=base, fontSize=10, leading=12, alignment=TA_LEFT,
                      spaceAfter=0)

TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 2  # pages, as the package's second pass knows them
RUN = "Deliberazione della Giunta Comunale n. 198 del 15/12/2026"


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass


def crest(c, x, y):
    # a plain drawn shield, as the package prints the Comune's arms
    c.saveState()
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y, x + 8 * mm, y - 2 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.setFillColor(colors.Color(0.75, 0.1, 0.12))
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.white)
    c.rect(x + 3 * mm, y + 9 * mm, 10 * mm, 3 * mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 38 * mm)
    c.setFont('Times-Bold', 20)
    c.drawCentredString(W / 2 + 8 * mm, H - 24 * mm, "COMUNE DI CHIARI")
    c.setFont('Times-Roman', 11)
    c.drawCentredString(W / 2 + 8 * mm, H - 30 * mm, "PROVINCIA DI BRESCIA")
    c.setFont('Times-Roman', 8.5)
    c.drawCentredString(W / 2 + 8 * mm, H - 35 * mm,
                        "Piazza Martiri della Libertà, 26 - 25032 Chiari (BS) - C.F. 00606660179")
    c.setLineWidth(0.6)
    c.line(18 * mm, H - 42 * mm, W - 18 * mm, H - 42 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont('Times-Italic', 8)
    c.drawString(18 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i.")
    c.setFont('Times-Roman', 8)
    c.drawRightString(W - 18 * mm, 12 * mm, "Pagina %d di %d" % (doc.page, TOTAL))


def later_page(c, doc):
    c.saveState()
    c.setFont('Times-Roman', 8.5)
    c.drawString(18 * mm, H - 14 * mm, "Comune di Chiari")
    c.drawRightString(W - 18 * mm, H - 14 * mm, RUN)
    c.setLineWidth(0.4)
    c.line(18 * mm, H - 16 * mm, W - 18 * mm, H - 16 * mm)
    foot(c, doc)
    c.restoreState()


doc = Doc(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
          topMargin=20 * mm, bottomMargin=20 * mm,
          title="Deliberazione G.C. 198/2026", author="Comune di Chiari",
          creator="Sicr@web - Atti amministrativi", subject="Delibera di Giunta")
f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 66 * mm, id='f1')
f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                      PageTemplate('later', [f2], onPage=later_page)])

story = []
hdr = Table([
    [Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>",
               ParagraphStyle('h', parent=cell, fontSize=12, alignment=TA_CENTER)), ''],
    [Paragraph("Deliberazione n. <b>198</b>", cell), Paragraph("Data: <b>15/12/2026</b>", cell)],
    [Paragraph("Proposta n. 241 del 10/12/2026", cell),
     Paragraph("Ufficio proponente: AREA AFFARI GENERALI", cell)],
], colWidths=[70 * mm, 100 * mm])
hdr.setStyle(TableStyle([
    ('SPAN', (0, 0), (1, 0)), ('BOX', (0, 0), (-1, -1), 0.8, colors.black),
    ('INNERGRID', (0, 0), (-1, -1), 0.4, colors.black),
    ('BACKGROUND', (0, 0), (1, 0), colors.Color(0.9, 0.9, 0.9)),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 4),
    ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
story += [hdr, Spacer(1, 8)]

ogg = Table([[Paragraph("<b>OGGETTO:</b>", cell),
              Paragraph("<b>APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DEL SERVIZIO DI "
                        "ILLUMINAZIONE VOTIVA PER L'ANNO 2027</b>", cell)]],
            colWidths=[24 * mm, 146 * mm])
ogg.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                         ('LINEBELOW', (0, 0), (-1, -1), 0.6, colors.black),
                         ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
story += [ogg, Spacer(1, 8)]

story.append(Paragraph(
    "L'anno <b>duemilaventisei</b>, addì <b>quindici</b> del mese di <b>dicembre</b> alle ore "
    "<b>17:30</b>, nella Sala della Giunta del Palazzo Municipale, previa l'osservanza di tutte "
    "le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i "
    "componenti della Giunta Comunale.", base))
story.append(Paragraph("All'appello risultano:", base))

roll = [("BELOTTI MARCO", "Sindaco", "Presente"),
        ("FACCHETTI LAURA", "Vice Sindaco", "Presente"),
        ("ZANOTTI PAOLO", "Assessore", "Presente"),
        ("GOFFI CHIARA", "Assessore", "Assente"),
        ("RUBAGOTTI STEFANO", "Assessore", "Presente"),
        ("MARINONI ELENA", "Assessore", "Presente"),
        ("PEDRINI LUCA", "Assessore", "Assente")]
left, right = roll[:4], roll[4:]
rows = [["Cognome e nome", "Carica", "Pres./Ass.", "Cognome e nome", "Carica", "Pres./Ass."]]
for i in range(4):
    l = list(left[i])
    r = list(right[i]) if i < len(right) else ["", "", ""]
    rows.append(l + r)
rt = Table(rows, colWidths=[36 * mm, 24 * mm, 17 * mm, 38 * mm, 20 * mm, 17 * mm])
rt.setStyle(TableStyle([
    ('FONT', (0, 0), (-1, 0), 'Times-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Times-Roman', 9.5),
    ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
    ('LINEAFTER', (2, 0), (2, -1), 0.6, colors.black),
    ('BOX', (0, 0), (-1, -1), 0.6, colors.black),
    ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
story += [rt, Spacer(1, 4)]
story.append(Paragraph("Totale presenti: <b>5</b> &nbsp;&nbsp;&nbsp; Totale assenti: <b>2</b>", base))
story.append(Paragraph(
    "Partecipa all'adunanza il Segretario Generale <b>dott.ssa Francesca Lanzini</b>, la quale "
    "provvede alla redazione del presente verbale.", base))
story.append(Paragraph(
    "Essendo legale il numero degli intervenuti, il <b>dott. Marco Belotti</b>, nella sua qualità di "
    "<b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione "
    "dell'oggetto sopra indicato.", base))

story.append(Paragraph("LA GIUNTA COMUNALE", ctr))
prem = [
    "Premesso che il Comune di Chiari gestisce in economia i servizi cimiteriali presso il Cimitero "
    "del capoluogo e il servizio di illuminazione votiva delle sepolture, i cui costi sono in parte "
    "coperti dalle tariffe poste a carico dell'utenza;",
    "Richiamato l'art. 172, comma 1, lettera c), del D.Lgs. 18 agosto 2000, n. 267, il quale prevede "
    "che al bilancio di previsione siano allegate le deliberazioni con le quali sono determinate, per "
    "l'esercizio successivo, le tariffe per i servizi locali;",
    "Vista la deliberazione della Giunta Comunale n. 211 del 18/12/2025, con la quale sono state "
    "approvate le tariffe dei servizi cimiteriali per l'anno 2026;",
    "Vista la relazione predisposta dal Servizio Demografico e Cimiteriale, dalla quale emerge "
    "l'opportunità di adeguare le tariffe delle operazioni di inumazione, tumulazione ed "
    "estumulazione nella misura della variazione dell'indice ISTAT dei prezzi al consumo (FOI), pari "
    "all'1,4%, lasciando invariato il canone annuo dell'illuminazione votiva;",
    "Ritenuto di approvare le tariffe per l'anno 2027 come riportate nel prospetto allegato sub A), "
    "che forma parte integrante e sostanziale del presente provvedimento;",
    "Acquisiti sulla proposta di deliberazione i pareri favorevoli di regolarità tecnica e di "
    "regolarità contabile espressi, ai sensi dell'art. 49 del D.Lgs. 267/2000, rispettivamente dal "
    "Responsabile dell'Area Affari Generali e dal Responsabile dell'Area Economico-Finanziaria;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge;",
]
for p in prem:
    story.append(Paragraph(p, base))
story.append(Paragraph("DELIBERA", ctr))
points = [
    "di approvare, per le motivazioni esposte in premessa, le tariffe dei servizi cimiteriali e del "
    "servizio di illuminazione votiva per l'anno 2027, come da prospetto allegato sub A) alla "
    "presente deliberazione;",
    "di dare atto che le tariffe di cui al punto 1 decorrono dal 1° gennaio 2027 e che il canone "
    "annuo per ciascuna lampada votiva resta fissato in euro 18,00, IVA inclusa;",
    "di dare atto che la presente deliberazione costituisce allegato al bilancio di previsione "
    "2027-2029, ai sensi dell'art. 172 del D.Lgs. 267/2000;",
    "di trasmettere copia del presente atto al Servizio Demografico e Cimiteriale e al Servizio "
    "Tributi per gli adempimenti di competenza.",
]
for i, p in enumerate(points, 1):
    story.append(Paragraph("%d. %s" % (i, p),
                           ParagraphStyle('pt', parent=base, leftIndent=16, firstLineIndent=-16)))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime favorevole, stante l'urgenza di provvedere "
    "prima dell'approvazione del bilancio di previsione,", base))
story.append(Paragraph("DELIBERA", ctr))
story.append(Paragraph(
    "di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
    "comma 4, del D.Lgs. 18 agosto 2000, n. 267.", base))

story.append(Spacer(1, 10))
story.append(Paragraph("<b>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", base))
par = Table([
    [Paragraph("Regolarità tecnica: <b>FAVOREVOLE</b>", cell),
     Paragraph("Il Responsabile dell'Area Affari Generali<br/>dott. Giorgio Mometti", cell)],
    [Paragraph("Regolarità contabile: <b>FAVOREVOLE</b>", cell),
     Paragraph("Il Responsabile dell'Area Economico-Finanziaria<br/>rag. Silvia Baresi", cell)],
], colWidths=[70 * mm, 100 * mm])
par.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.black),
                         ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.black),
                         ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
story += [par, Spacer(1, 14)]

story.append(Paragraph("Letto, approvato e sottoscritto.", base))
sig = Table([["IL SINDACO", "IL SEGRETARIO GENERALE"],
             ["dott. Marco Belotti", "dott.ssa Francesca Lanzini"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                         ('FONT', (0, 0), (-1, 0), 'Times-Bold', 10.5),
                         ('FONT', (0, 1), (-1, 1), 'Times-Roman', 10.5),
                         ('FONT', (0, 2), (-1, 2), 'Times-Italic', 8.5)]))
story.append(KeepTogether([sig]))

doc.build(story)
