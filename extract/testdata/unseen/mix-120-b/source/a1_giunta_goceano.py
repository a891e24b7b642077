#!/usr/bin/env python3
"""Unione dei Comuni del Goceano - Giunta dell'Unione n. 38 del 05/08/2027.
House style "Halley": letterhead with the member Comuni, a heading grid,
justified body (ReportLab sets Tw for each justified line), letter-spaced
name of the body (Tc), running head and foot with the act's number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

OUT = sys.argv[1]
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I", boldItalic="LSerif-B")

NUM, DATA = "38", "05/08/2027"
W, H = A4

body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceafter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerif-B", spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=9.5, leading=12, alignment=TA_LEFT)
pt = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)


def letterhead(c):
    # crest (simple drawn shield)
    c.saveState()
    c.setLineWidth(0.8)
    p = c.beginPath()
    x0, y0 = 22 * mm, H - 38 * mm
    p.moveTo(x0, y0 + 20 * mm); p.lineTo(x0 + 16 * mm, y0 + 20 * mm)
    p.lineTo(x0 + 16 * mm, y0 + 8 * mm); p.curveTo(x0 + 16 * mm, y0 + 2 * mm, x0 + 8 * mm, y0, x0 + 8 * mm, y0)
    p.curveTo(x0 + 8 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 8 * mm); p.close()
    c.setFillColor(colors.HexColor("#d9e3ef")); c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.black)
    # body name, letter-spaced (Tc)
    t = c.beginText(44 * mm, H - 24 * mm)
    t.setFont("LSerif-B", 17); t.setCharSpace(2.2)
    t.textLine("UNIONE DEI COMUNI DEL GOCEANO")
    t.setCharSpace(0)
    t.setFont("LSans", 9.5)
    t.textLine("Provincia di Sassari \u2013 Sede legale: Piazza Municipio, 07011 Bono (SS)")
    t.setFont("LSans", 8)
    t.textLine("C.F. 92117840908 \u2013 PEC: protocollo@pec.unionegoceano.ss.it")
    c.drawText(t)
    c.setLineWidth(0.5)
    c.line(20 * mm, H - 41 * mm, W - 20 * mm, H - 41 * mm)
    c.setFont("LSans", 7.6)
    c.drawCentredString(W / 2, H - 45 * mm,
        "Comuni di: Anela \u2022 Benetutti \u2022 Bono \u2022 Bottidda \u2022 Burgos \u2022 Esporlatu \u2022 Illorai \u2022 Nule")
    c.restoreState()


def first_page(c, doc):
    letterhead(c)
    foot(c, doc)


def later_page(c, doc):
    c.saveState()
    c.setFont("LSans", 8)
    c.drawString(20 * mm, H - 14 * mm, "Unione dei Comuni del Goceano")
    c.drawRightString(W - 20 * mm, H - 14 * mm,
                      "Deliberazione della Giunta dell'Unione n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.3); c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setFont("LSans", 7.5)
    c.drawString(20 * mm, 12 * mm, "G.U. n. %s/%s" % (NUM, DATA[-4:]))
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione G.U. n. 38/2027",
                      author="Unione dei Comuni del Goceano", creator="Halley Informatica - Atti",
                      leftMargin=20 * mm, rightMargin=20 * mm)
f1 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 68 * mm, id="f1")
f2 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 38 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_page)])

S = []
grid = Table([
    [Paragraph("<b>DELIBERAZIONE DELLA GIUNTA DELL'UNIONE</b>", small), Paragraph("<b>ORIGINALE</b>", small)],
    [Paragraph("N. <b>%s</b>" % NUM, small), Paragraph("Data: <b>%s</b>" % DATA, small)],
    [Paragraph("Proposta n. 45 del 29/07/2027 \u2013 Area proponente: AREA AMMINISTRATIVA", small), ""],
], colWidths=[115 * mm, 55 * mm])
grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                          ("SPAN", (0, 2), (1, 2)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S.append(grid)
S.append(Spacer(1, 4 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", small),
              Paragraph("<b>Approvazione dello schema di convenzione tra i Comuni aderenti per la gestione "
                        "associata del servizio di polizia locale \u2013 periodo 2027/2029.</b>", body)]],
            colWidths=[25 * mm, 145 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(ogg)
S.append(Spacer(1, 4 * mm))
S.append(Paragraph(
    "L'anno duemilaventisette, il giorno cinque del mese di agosto, alle ore 12:30, nella sala delle "
    "adunanze della sede dell'Unione in Bono, convocata nei modi di legge e di Statuto, si \u00e8 riunita la "
    "Giunta dell'Unione nelle persone dei Signori:", body))

roll = [("SANNA Giovanni Maria", "Bono", "Presidente", "X", ""),
        ("MURA Antonella", "Benetutti", "Vice Presidente", "X", ""),
        ("DEIANA Paolo", "Anela", "Componente", "X", ""),
        ("FADDA Gian Luigi", "Bottidda", "Componente", "X", ""),
        ("CHESSA Maria Grazia", "Burgos", "Componente", "", "X"),
        ("SOLINAS Tonino", "Esporlatu", "Componente", "X", ""),
        ("PORCU Giuseppe", "Illorai", "Componente", "", "X"),
        ("CARTA Roberta", "Nule", "Componente", "X", "")]
rows = [["Cognome e nome", "Sindaco del Comune di", "Carica", "Presente", "Assente"]] + [list(r) for r in roll]
rows.append(["", "", "Totale", "6", "2"])
rt = Table(rows, colWidths=[52 * mm, 42 * mm, 32 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10),
                        ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                        ("ALIGN", (3, 0), (4, -1), "CENTER")]))
S.append(rt)
S.append(Spacer(1, 3 * mm))
S.append(Paragraph(
    "Presiede l'adunanza il dott. Giovanni Maria Sanna, nella sua qualit\u00e0 di Presidente dell'Unione. "
    "Partecipa e provvede alla redazione del presente verbale il Segretario dell'Unione, dott.ssa Franca Satta. "
    "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita la "
    "Giunta a deliberare sull'oggetto sopra indicato.", body))
S.append(Paragraph("LA GIUNTA DELL'UNIONE", cen))
for t in [
    "VISTO lo Statuto dell'Unione dei Comuni del Goceano, ed in particolare l'articolo 6, che annovera tra le "
    "funzioni conferite dai Comuni aderenti la polizia locale e amministrativa locale;",
    "RICHIAMATA la legge regionale 4 febbraio 2016, n. 2, recante il riordino del sistema delle autonomie locali "
    "della Sardegna, e la legge 7 marzo 1986, n. 65, legge-quadro sull'ordinamento della polizia municipale;",
    "PREMESSO che la convenzione vigente, approvata con deliberazione dell'Assemblea dell'Unione n. 11 del "
    "22/09/2024, cessa i propri effetti il 31 agosto 2027 e che i Comuni aderenti, nella conferenza dei Sindaci "
    "del 15 luglio 2027, hanno manifestato la volont\u00e0 di proseguire la gestione associata del servizio "
    "con un unico Comando e presidi territoriali a Bono, Benetutti e Nule;",
    "VISTO lo schema di convenzione predisposto dall'Area Amministrativa, composto da 18 articoli, che disciplina "
    "l'organizzazione del servizio, il riparto delle spese tra i Comuni in base alla popolazione residente al "
    "31 dicembre dell'anno precedente e all'estensione territoriale, nonch\u00e9 le modalit\u00e0 di impiego "
    "del personale trasferito e comandato;",
    "DATO ATTO che la spesa complessiva annua stimata ammonta a euro 412.600,00 e trova copertura negli "
    "stanziamenti del bilancio di previsione 2027/2029 alla Missione 03, Programma 01;",
    "ACQUISITI i pareri favorevoli di regolarit\u00e0 tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
    "CON votazione unanime favorevole, espressa in forma palese dai sei componenti presenti;"]:
    S.append(Paragraph(t, body))
S.append(Paragraph("D E L I B E R A", cen))
for i, t in enumerate([
    "di approvare lo schema di convenzione tra i Comuni di Anela, Benetutti, Bono, Bottidda, Burgos, Esporlatu, "
    "Illorai e Nule per la gestione associata del servizio di polizia locale per il periodo 1\u00b0 settembre "
    "2027 \u2013 31 agosto 2029, allegato al presente atto quale parte integrante e sostanziale;",
    "di trasmettere lo schema ai Consigli comunali dei Comuni aderenti per l'approvazione di competenza, "
    "entro il 25 agosto 2027;",
    "di demandare al Responsabile dell'Area Amministrativa gli adempimenti conseguenti, ivi compresa la "
    "ricognizione del personale da assegnare al Comando unico;",
    "di dare atto che la spesa trova copertura negli stanziamenti del bilancio di previsione 2027/2029 e che "
    "il riparto tra i Comuni sar\u00e0 definito con successivo atto del Responsabile del Servizio Finanziario."], 1):
    S.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, t), pt))
S.append(Paragraph(
    "Successivamente, con separata votazione unanime favorevole, la Giunta dell'Unione dichiara la presente "
    "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
    "stante l'imminente scadenza della convenzione in essere.", body))
S.append(Spacer(1, 4 * mm))
par = Table([
    [Paragraph("<b>PARERE DI REGOLARIT\u00c0 TECNICA</b><br/>Si esprime parere FAVOREVOLE.<br/>"
               "Bono, 29/07/2027<br/>Il Responsabile dell'Area Amministrativa<br/>dott. Marco Delogu", small),
     Paragraph("<b>PARERE DI REGOLARIT\u00c0 CONTABILE</b><br/>Si esprime parere FAVOREVOLE.<br/>"
               "Bono, 30/07/2027<br/>Il Responsabile del Servizio Finanziario<br/>rag. Lucia Manca", small)]],
    colWidths=[85 * mm, 85 * mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.4, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black)]))
S.append(par)
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([[Paragraph("IL PRESIDENTE<br/>dott. Giovanni Maria Sanna", ParagraphStyle("x", parent=small, alignment=TA_CENTER)),
              Paragraph("IL SEGRETARIO DELL'UNIONE<br/>dott.ssa Franca Satta", ParagraphStyle("y", parent=small, alignment=TA_CENTER))]],
            colWidths=[85 * mm, 85 * mm])
S.append(KeepTogether([sig]))
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", small))
S.append(Paragraph(
    "Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line "
    "dell'Unione per quindici giorni consecutivi dal 06/08/2027 al 21/08/2027 (pubbl. n. 517).", small))
S.append(Paragraph("Il Segretario dell'Unione \u2013 dott.ssa Franca Satta", small))
doc.build(S)
