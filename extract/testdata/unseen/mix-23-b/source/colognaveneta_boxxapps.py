#!/usr/bin/env python3
"""Deliberazione di Consiglio, Comune di Cologna Veneta, in the layout of a
Boxxapps 'Atti amministrativi' print: ReportLab platypus, register box."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "out.pdf"
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", LIB + "LiberationSans-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-B")

body = ParagraphStyle("b", fontName="LSans", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSans-B", spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
num = ParagraphStyle("n", parent=body, leftIndent=16, firstLineIndent=-16)
cellst = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0)

NUMBER, DATE = 12, "30/03/2026"
SUBJECT = ("MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, "
           "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE – ARTT. 12, 27 E 41. APPROVAZIONE.")

def header(c, doc):
    c.saveState()
    w, h = A4
    c.setStrokeColor(colors.HexColor("#1f3b63"))
    c.rect(2 * cm, h - 2.9 * cm, 1.5 * cm, 1.7 * cm)
    c.setFont("LSans-I", 5.5)
    c.drawCentredString(2.75 * cm, h - 2.1 * cm, "stemma")
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.setFont("LSans-B", 15)
    c.drawString(3.9 * cm, h - 1.75 * cm, "COMUNE DI COLOGNA VENETA")
    c.setFont("LSans", 9)
    c.drawString(3.9 * cm, h - 2.25 * cm, "Provincia di Verona")
    c.setFont("LSans", 7.5)
    c.drawString(3.9 * cm, h - 2.7 * cm, "Piazza Capitaniato, 1 – 37044 Cologna Veneta (VR) – PEC: protocollo.comune.colognaveneta.vr@pecveneto.it")
    c.setLineWidth(1.2)
    c.line(2 * cm, h - 3.15 * cm, w - 2 * cm, h - 3.15 * cm)
    # footer
    c.setFillColor(colors.black)
    c.setLineWidth(0.4)
    c.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
    c.setFont("LSans", 7)
    c.drawString(2 * cm, 1.2 * cm, f"Delibera di Consiglio Comunale n. {NUMBER} del {DATE}")
    c.drawRightString(w - 2 * cm, 1.2 * cm, f"Pagina {doc.page}")
    c.drawCentredString(w / 2, 0.8 * cm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – stampato con Boxxapps Atti")
    c.restoreState()

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=3.5 * cm, bottomMargin=2 * cm,
                      title=f"Delibera CC {NUMBER}/2026", author="Comune di Cologna Veneta",
                      creator="Boxxapps Atti")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header)])

S = []
box = Table([
    [Paragraph("<b>COPIA</b>", cellst), "", ""],
    [Paragraph("<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", cellst),
     Paragraph("N. <b>%d</b>" % NUMBER, cellst), Paragraph("Data <b>%s</b>" % DATE, cellst)],
    [Paragraph("Adunanza ordinaria di prima convocazione – seduta pubblica", cellst), "", ""],
], colWidths=[10.2 * cm, 3 * cm, 3.8 * cm])
box.setStyle(TableStyle([
    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ("INNERGRID", (0, 1), (-1, 1), 0.5, colors.black),
    ("LINEABOVE", (0, 1), (-1, 1), 0.5, colors.black),
    ("LINEABOVE", (0, 2), (-1, 2), 0.5, colors.black),
    ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 2), (-1, 2)),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))
S.append(box)
S.append(Spacer(1, 8))
ogg = Table([[Paragraph("<b>Oggetto:</b>", cellst), Paragraph("<b>%s</b>" % SUBJECT, cellst)]],
            colWidths=[2.2 * cm, 14.8 * cm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
S.append(ogg)
S.append(Spacer(1, 8))
S.append(Paragraph(
    "L'anno duemilaventisei il giorno trenta del mese di marzo alle ore 20:30 nella sala consiliare della sede municipale, "
    "previa convocazione disposta con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale. "
    "Eseguito l'appello, risultano:", body))

roll = [
    ("FRACCAROLI DIEGO", "Sindaco", True),
    ("MARCOLONGO ANNALISA", "Consigliere", True),
    ("BOSCARO MATTIA", "Consigliere", True),
    ("PERAZZOLO GIULIA", "Consigliere", True),
    ("DAL CERO MASSIMO", "Consigliere", True),
    ("TREVISANI ELISA", "Consigliere", True),
    ("ZANTEDESCHI LUCA", "Consigliere", False),
    ("BERTOLDI FRANCESCA", "Consigliere", True),
    ("GIRARDI NICOLA", "Consigliere", True),
    ("VERONESE SARA", "Consigliere", True),
    ("CASTAGNA PAOLO", "Consigliere", True),
    ("MENEGHINI ROBERTA", "Consigliere", True),
    ("RIGHETTI ANDREA", "Consigliere", True),
]
data = [["N.", "Cognome e Nome", "Qualifica", "Presenti", "Assenti"]]
for i, (n, r, pr) in enumerate(roll, 1):
    data.append([str(i), n, r, "X" if pr else "", "" if pr else "X"])
data.append(["", "", "Totale", "12", "1"])
t = Table(data, colWidths=[1 * cm, 6.5 * cm, 3.5 * cm, 2.2 * cm, 2.2 * cm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", 8.8),
    ("FONT", (0, 0), (-1, 0), "LSans-B", 8.8),
    ("FONT", (2, -1), (-1, -1), "LSans-B", 8.8),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
    ("BOX", (2, -1), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]))
S.append(t)
S.append(Spacer(1, 6))
S.append(Paragraph("Sono presenti, senza diritto di voto, gli Assessori esterni: Bonfante Chiara.", body))
S.append(Paragraph(
    "Partecipa alla seduta il Segretario Comunale <b>Dott. Alberto Scapin</b>, che provvede alla redazione del presente verbale.", body))
S.append(Paragraph(
    "Il Sindaco <b>Diego Fraccaroli</b>, constatato il numero legale degli intervenuti, assume la presidenza e dichiara aperta la "
    "seduta. Nomina scrutatori i Consiglieri Perazzolo Giulia, Girardi Nicola e Righetti Andrea.", body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", ctr))
for tx in [
    "Richiamata la propria deliberazione n. 5 del 25/02/2021, con la quale è stato approvato il Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale di cui all'art. 1, commi da 816 a 847, della Legge 27 dicembre 2019, n. 160, successivamente modificato con deliberazione consiliare n. 8 del 28/03/2024;",
    "Rilevata la necessità di aggiornare l'art. 12 (occupazioni per traslochi e cantieri), l'art. 27 (esenzioni) e l'art. 41 (canone mercatale per i posteggi del mercato settimanale del venerdì e della fiera di San Felice), al fine di semplificare le procedure e di adeguare le tariffe giornaliere alle superfici effettivamente occupate;",
    "Visto il testo delle modifiche, predisposto dal Servizio Tributi e illustrato dall'Assessore al Bilancio nella Commissione consiliare Bilancio e Affari Generali del 23/03/2026;",
    "Acquisito il parere favorevole del Revisore dei Conti, reso con verbale n. 6 del 24/03/2026 ai sensi dell'art. 239 del D.Lgs. 267/2000;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 del D.Lgs. 267/2000;",
    "Udita la discussione, riportata integralmente nella registrazione della seduta conservata agli atti;",
    "Con la seguente votazione, espressa per alzata di mano e proclamata dal Presidente:",
]:
    S.append(Paragraph(tx, body))
vt = Table([["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"],
            ["12", "11", "8", "3", "1"]], colWidths=[3.2 * cm] * 5)
vt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "LSans", 9), ("FONT", (0, 0), (-1, 0), "LSans-B", 9),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
]))
S.append(KeepTogether([vt, Spacer(1, 4),
    Paragraph("(contrari: Castagna Paolo, Meneghini Roberta, Righetti Andrea; astenuto: Veronese Sara)", small)]))
S.append(Paragraph("DELIBERA", ctr))
pts = [
    "di approvare le modifiche agli articoli 12, 27 e 41 del Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, nel testo riportato nell'allegato A, che costituisce parte integrante e sostanziale della presente deliberazione;",
    "di dare atto che le modifiche approvate entrano in vigore il 1° maggio 2026;",
    "di incaricare il Responsabile del Servizio Tributi della pubblicazione del Regolamento aggiornato nella sezione \"Amministrazione trasparente\" del sito istituzionale e della sua trasmissione al concessionario del servizio di riscossione.",
]
for i, tx in enumerate(pts, 1):
    S.append(Paragraph(f"{i}) {tx}", num))
S.append(Paragraph(
    "Successivamente, IL CONSIGLIO COMUNALE, con separata votazione che dà il seguente esito: presenti 12, votanti 11, "
    "favorevoli 8, contrari 3, astenuti 1, DICHIARA la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, "
    "comma 4, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 10))
sig = Table([
    ["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
    ["F.to Diego Fraccaroli", "F.to Dott. Alberto Scapin"],
], colWidths=[8.5 * cm, 8.5 * cm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("FONT", (0, 0), (-1, 0), "LSans-B", 9),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 12))
pub = Table([[Paragraph(
    "<b>REFERTO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
    "on line in data 03/04/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 412).<br/>"
    "Cologna Veneta, 03/04/2026 – Il Messo Comunale – F.to Ornella Dal Bosco", small)]], colWidths=[17 * cm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
S.append(pub)
S.append(Spacer(1, 6))
ese = Table([[Paragraph(
    "<b>CERTIFICATO DI ESECUTIVITÀ</b><br/>La presente deliberazione è stata dichiarata immediatamente eseguibile ai sensi "
    "dell'art. 134, comma 4, del D.Lgs. 267/2000.<br/>Il Segretario Comunale – F.to Dott. Alberto Scapin", small)]],
    colWidths=[17 * cm])
ese.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
S.append(ese)
doc.build(S)
