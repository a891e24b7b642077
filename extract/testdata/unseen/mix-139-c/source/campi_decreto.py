#!/usr/bin/env python3
"""Campi Bisenzio, decreto del Sindaco: ReportLab Platypus with embedded
Liberation fonts, letterhead and register box drawn on the page canvas."""
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", F + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", F + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", F + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I", boldItalic="LSerif-B")

W, H = A4
body = ParagraphStyle("b", fontName="LSerif", fontSize=11.2, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerif-B", fontSize=12.5, spaceBefore=6, spaceAfter=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, alignment=TA_CENTER)


def letterhead(c, doc):
    c.saveState()
    # crest: a red shield with a white cross
    c.setFillColorRGB(0.62, 0.12, 0.12)
    p = c.beginPath()
    x0, y0 = 20 * mm, H - 33 * mm
    p.moveTo(x0, y0 + 20 * mm); p.lineTo(x0 + 15 * mm, y0 + 20 * mm); p.lineTo(x0 + 15 * mm, y0 + 8 * mm)
    p.curveTo(x0 + 15 * mm, y0 + 2 * mm, x0 + 10 * mm, y0, x0 + 7.5 * mm, y0 - 1 * mm)
    p.curveTo(x0 + 5 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 8 * mm); p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(x0 + 6.5 * mm, y0 + 3 * mm, 2 * mm, 15 * mm, fill=1, stroke=0)
    c.rect(x0 + 2.5 * mm, y0 + 12 * mm, 10 * mm, 2 * mm, fill=1, stroke=0)
    c.setFillColorRGB(0.48, 0.12, 0.12)
    c.setFont("LSans-B", 15)
    c.drawString(40 * mm, H - 20 * mm, "COMUNE DI CAMPI BISENZIO")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSans", 9.5)
    c.drawString(40 * mm, H - 25 * mm, "Città Metropolitana di Firenze")
    c.setFont("LSans", 8)
    c.drawString(40 * mm, H - 29.5 * mm, "Ufficio del Sindaco")
    # register box on the right
    c.setLineWidth(0.8)
    c.rect(135 * mm, H - 34 * mm, 55 * mm, 18 * mm)
    c.setFont("LSans", 7.5)
    c.drawCentredString(162.5 * mm, H - 20.5 * mm, "Registro Decreti del Sindaco")
    c.setFont("LSans-B", 11)
    c.drawCentredString(162.5 * mm, H - 26.5 * mm, "N. 2 del 09/01/2029")
    c.setFont("LSans", 7.5)
    c.drawCentredString(162.5 * mm, H - 31.5 * mm, "Prot. n. 1129 del 09/01/2029")
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 38 * mm, 190 * mm, H - 38 * mm)
    c.setFont("LSans", 7.5)
    c.drawString(20 * mm, 12 * mm, "Piazza Dante, 36 - 50013 Campi Bisenzio (FI) - www.comune.campi-bisenzio.fi.it")
    c.drawRightString(190 * mm, 12 * mm, "pag. %d" % doc.page)
    c.restoreState()


def build(out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=44 * mm,
                            bottomMargin=22 * mm, title="Decreto del Sindaco n. 2/2029", author="Comune di Campi Bisenzio")
    s = []
    s.append(Paragraph("DECRETO DEL SINDACO", ParagraphStyle("t", parent=cen, fontSize=14, spaceAfter=10)))
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", body),
                  Paragraph("<b>CONFERIMENTO AD INTERIM DELL'INCARICO DI DIREZIONE DEL SETTORE 3 - LAVORI PUBBLICI "
                            "E MOBILITÀ ALL'ING. LORENZO CAPPELLINI, DIRIGENTE DEL SETTORE 5 - URBANISTICA E "
                            "AMBIENTE</b>", body)]], colWidths=[25 * mm, 145 * mm])
    ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.5, "black"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [ogg, Spacer(1, 6), Paragraph("IL SINDACO", cen)]
    for t in [
        "Visti gli artt. 50, comma 10, e 109, comma 1, del D.Lgs. 18 agosto 2000, n. 267, che attribuiscono al Sindaco la nomina dei responsabili degli uffici e dei servizi e il conferimento degli incarichi dirigenziali;",
        "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi, approvato con deliberazione della Giunta Comunale n. 118 del 27/06/2024 e successive modificazioni, e in particolare l'art. 21, che disciplina la sostituzione del dirigente assente o cessato mediante incarico ad interim a un altro dirigente dell'Ente;",
        "Richiamati i propri decreti dal n. 27 al n. 31 del 28/12/2028, con i quali sono stati conferiti gli incarichi di direzione dei Settori dell'Ente per l'anno 2029;",
        "Preso atto che l'Ing. Giulia Rossetti, Dirigente del Settore 3 - Lavori Pubblici e Mobilità, è collocata in congedo di maternità a decorrere dal 10/01/2029, come da comunicazione acquisita al protocollo n. 612 del 05/01/2029, e che si rende necessario assicurare senza soluzione di continuità la direzione del Settore, con particolare riguardo ai cantieri finanziati con risorse del PNRR in corso di esecuzione;",
        "Considerato che l'Ing. Lorenzo Cappellini, Dirigente a tempo indeterminato del Settore 5 - Urbanistica e Ambiente, possiede la professionalità e l'esperienza necessarie, avendo già diretto il Settore Lavori Pubblici nel periodo 2022-2024;",
        "Acquisita la disponibilità dell'interessato e la dichiarazione di insussistenza di cause di inconferibilità e di incompatibilità resa ai sensi dell'art. 20 del D.Lgs. 8 aprile 2013, n. 39;",
        "Sentito il Segretario Generale;",
    ]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("DECRETA", cen))
    pts = [
        "di conferire all'Ing. Lorenzo Cappellini, Dirigente del Settore 5 - Urbanistica e Ambiente, l'incarico ad interim di direzione del Settore 3 - Lavori Pubblici e Mobilità, con decorrenza dal 10/01/2029 e fino al rientro in servizio della titolare, e comunque non oltre il 31/12/2029;",
        "di attribuire al dirigente incaricato tutte le funzioni di cui all'art. 107 del D.Lgs. 267/2000 relative al Settore 3, ivi comprese l'adozione delle ordinanze dirigenziali in materia di circolazione stradale e la responsabilità dei procedimenti in corso;",
        "di riconoscere, per la durata dell'incarico ad interim, la maggiorazione della retribuzione di risultato nella misura prevista dal vigente sistema di graduazione delle posizioni dirigenziali, nei limiti del fondo per la retribuzione di posizione e di risultato della dirigenza;",
        "di notificare il presente decreto all'interessato e di trasmetterlo al Segretario Generale, ai Dirigenti e al Servizio Risorse Umane e Organizzazione per gli adempimenti di competenza;",
        "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente del sito istituzionale.",
    ]
    s.append(ListFlowable([ListItem(Paragraph(t, body), leftIndent=16) for t in pts], bulletType="1",
                          bulletFormat="%s)", bulletFontName="LSerif", bulletFontSize=11.2, leftIndent=16))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Campi Bisenzio, 09/01/2029", ParagraphStyle("l", parent=body, alignment=0)))
    s.append(Spacer(1, 10))
    sig = Table([["", Paragraph("<b>IL SINDACO</b><br/>Elena Guarducci", ParagraphStyle("g", parent=body, alignment=TA_CENTER))],
                 ["", Paragraph("Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005", small)]],
                colWidths=[90 * mm, 80 * mm])
    s.append(sig)
    s.append(Spacer(1, 14))
    s.append(Paragraph("Per accettazione: Ing. Lorenzo Cappellini (firmato digitalmente)",
                       ParagraphStyle("a", parent=body, fontSize=9.5, leading=12)))
    doc.build(s, onFirstPage=letterhead, onLaterPages=letterhead)


if __name__ == "__main__":
    build(sys.argv[1])
