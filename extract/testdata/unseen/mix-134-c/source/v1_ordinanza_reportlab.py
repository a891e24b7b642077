#!/usr/bin/env python3
"""Villa Estense, ordinanza sindacale n. 38/2028 (house style "Civilia Next").

ReportLab platypus: justified paragraphs (ReportLab justifies with Tw word
spacing), letterhead and register box on page 1, a running head with the
number on page 2, a footer with the number on every page.
Usage: v1_ordinanza_reportlab.py OUTPUT.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, KeepTogether, Table, TableStyle)
from reportlab.lib import colors

OUT = sys.argv[1]
W, H = A4
NUM = "38/2028"
DATA = "02/10/2028"


def crest(c, x, y):
    # a plain shield outline standing for the crest
    c.saveState()
    c.setLineWidth(0.8)
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 7 * mm)
    p.curveTo(x + 14 * mm, y + 2 * mm, x + 9 * mm, y, x + 7 * mm, y - 1 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 2 * mm, x, y + 7 * mm)
    p.close()
    c.setFillColor(colors.HexColor("#e9eef5"))
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.rect(x + 3 * mm, y + 8 * mm, 8 * mm, 6 * mm, fill=1, stroke=0)
    c.restoreState()


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setStrokeColor(colors.HexColor("#1f3b63"))
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm,
                 "Civilia Next - Atti amministrativi | Ordinanza sindacale n. %s del %s" % (NUM, DATA))
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di 2" % doc.page)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 36 * mm)
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(38 * mm, H - 22 * mm, "COMUNE DI VILLA ESTENSE")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawString(38 * mm, H - 27 * mm, "Provincia di Padova")
    c.setFont("Helvetica", 7.5)
    c.drawString(38 * mm, H - 31.5 * mm, "Piazza Italia, 1 - 35040 Villa Estense (PD) - C.F. 82006150289")
    c.drawString(38 * mm, H - 35 * mm, "Tel. 0429 91118 - PEC: comune.villaestense.pd@pecveneto.it")
    # register box, top right
    bx, by, bw, bh = W - 20 * mm - 58 * mm, H - 40 * mm, 58 * mm, 24 * mm
    c.setStrokeColor(colors.HexColor("#1f3b63"))
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.rect(bx, by + bh - 6.5 * mm, bw, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(bx + bw / 2, by + bh - 4.7 * mm, "ORDINANZA SINDACALE")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8.5)
    c.drawString(bx + 3 * mm, by + 11.5 * mm, "Reg. Ord. n.")
    c.drawString(bx + 3 * mm, by + 7 * mm, "Data")
    c.drawString(bx + 3 * mm, by + 2.5 * mm, "Prot. n.")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(bx + 24 * mm, by + 11.5 * mm, NUM)
    c.drawString(bx + 24 * mm, by + 7 * mm, DATA)
    c.setFont("Helvetica", 9)
    c.drawString(bx + 24 * mm, by + 2.5 * mm, "6418")
    # organ band
    c.setFillColor(colors.HexColor("#e9eef5"))
    c.rect(20 * mm, H - 50 * mm, W - 40 * mm, 6.5 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#1f3b63"))
    c.setFont("Helvetica", 8)
    c.drawString(23 * mm, H - 47.8 * mm, "Settore proponente:")
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(50 * mm, H - 47.8 * mm, "AREA TECNICA - AMBIENTE ED ECOLOGIA")
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 23 * mm, H - 47.8 * mm, "Resp. del procedimento: geom. Marco Trevisan")
    c.restoreState()
    footer(c, doc)


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Villa Estense")
    c.drawRightString(W - 20 * mm, H - 14 * mm, "Ordinanza sindacale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()
    footer(c, doc)


body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.4,
                      alignment=TA_JUSTIFY, spaceAfter=4)
pts = ParagraphStyle("pts", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
cen = ParagraphStyle("cen", parent=body, fontName="Helvetica-Bold", fontSize=11,
                     alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
ogg = ParagraphStyle("ogg", parent=body, fontName="Helvetica-Bold", leftIndent=22 * mm,
                     firstLineIndent=-22 * mm, spaceAfter=8)
sig = ParagraphStyle("sig", parent=body, alignment=TA_CENTER, leftIndent=85 * mm, spaceAfter=0)

story = []
story.append(Paragraph(
    "OGGETTO:&nbsp;&nbsp;&nbsp;Divieto di combustione all'aperto dei residui vegetali e limitazioni "
    "all'utilizzo dei generatori di calore a biomassa legnosa nel periodo 2 ottobre 2028 - 31 marzo 2029.",
    ogg))
story.append(Paragraph("IL SINDACO", cen))
for t in [
    "<b>Premesso</b> che la Regione del Veneto, con deliberazione della Giunta Regionale n. 238 del 2 marzo 2021 "
    "e successivi aggiornamenti, ha approvato le misure temporanee per il miglioramento della qualità dell'aria "
    "previste dall'Accordo di Programma per l'adozione coordinata e congiunta di misure nel Bacino Padano;",
    "<b>Considerato</b> che il territorio comunale ricade nella zona \"Pianura\" ai fini della valutazione della "
    "qualità dell'aria e che nel periodo autunnale e invernale la rete di monitoraggio di ARPAV registra "
    "frequenti superamenti del valore limite giornaliero di PM10 nella bassa padovana;",
    "<b>Rilevato</b> che la combustione all'aperto dei residui vegetali derivanti dalle attività agricole, "
    "forestali e di manutenzione del verde e l'utilizzo di generatori di calore domestici alimentati a biomassa "
    "legnosa con prestazioni emissive non adeguate costituiscono fonti rilevanti di emissione di particolato "
    "primario e di precursori del particolato secondario;",
    "<b>Vista</b> la nota della Provincia di Padova prot. n. 51320 del 22 settembre 2028, con la quale i Comuni "
    "sono invitati ad adottare i provvedimenti di competenza per la stagione 2028/2029;",
    "<b>Visti</b> il D.Lgs. 3 aprile 2006, n. 152, e in particolare l'art. 182, comma 6-bis; il D.Lgs. 13 agosto "
    "2010, n. 155; l'art. 50 del D.Lgs. 18 agosto 2000, n. 267; l'art. 7-bis del medesimo decreto legislativo; "
    "lo Statuto comunale e il vigente Regolamento di Polizia Urbana;",
    "<b>Ritenuto</b> necessario adottare, per la tutela della salute pubblica, misure omogenee a quelle dei "
    "Comuni contermini dell'Area Estense;",
]:
    story.append(Paragraph(t, body))
story.append(Paragraph("O R D I N A", cen))
story.append(Paragraph("su tutto il territorio comunale, dal 2 ottobre 2028 al 31 marzo 2029:", body))
for i, t in enumerate([
    "il divieto di combustione all'aperto, anche in piccoli cumuli, dei residui vegetali agricoli e forestali "
    "e degli sfalci e potature, fatta salva la deroga di cui all'art. 182, comma 6-bis, del D.Lgs. 152/2006 "
    "nelle sole giornate in cui non sia attivo alcun livello di allerta;",
    "il divieto di utilizzo dei generatori di calore a biomassa legnosa (legna, pellet, cippato) di classe di "
    "prestazione emissiva inferiore a \"3 stelle\", in presenza di un impianto di riscaldamento alternativo;",
    "l'obbligo di utilizzare, nei generatori di calore a pellet di potenza termica nominale inferiore a 35 kW, "
    "esclusivamente pellet certificato conforme alla classe A1 della norma UNI EN ISO 17225-2;",
    "il divieto di mantenere acceso il motore dei veicoli durante la sosta e durante le fermate di durata "
    "superiore a un minuto, anche in prossimità delle intersezioni semaforizzate;",
    "nelle giornate di attivazione dei livelli di allerta \"arancio\" e \"rosso\" comunicati da ARPAV, il "
    "rispetto delle ulteriori limitazioni indicate nell'allegato tecnico della D.G.R. 238/2021.",
], 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i, t), pts))
story.append(Spacer(1, 4))
for t in [
    "<b>AVVERTE</b> che, salvo che il fatto costituisca reato, le violazioni alla presente ordinanza sono punite "
    "con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. "
    "267/2000, e che l'attività di vigilanza è affidata alla Polizia Locale e agli altri organi di polizia.",
    "<b>DISPONE</b> che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale "
    "del Comune, sia resa nota mediante affissione nei luoghi pubblici e sia trasmessa alla Prefettura di Padova, "
    "alla Stazione Carabinieri di Este, al Comando di Polizia Locale e ad ARPAV - Dipartimento Provinciale di Padova.",
    "<b>INFORMA</b> che avverso il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale "
    "per il Veneto entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della "
    "Repubblica entro 120 giorni.",
]:
    story.append(Paragraph(t, body))
story.append(Spacer(1, 8))
story.append(Paragraph("Villa Estense, 2 ottobre 2028", ParagraphStyle("l", parent=body, alignment=TA_LEFT)))
story.append(Spacer(1, 6))
story.append(KeepTogether([
    Paragraph("IL SINDACO", ParagraphStyle("s1", parent=sig, fontName="Helvetica-Bold")),
    Paragraph("Elena Bertazzo", sig),
    Spacer(1, 3),
    Paragraph("<i>(documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.)</i>",
              ParagraphStyle("s2", parent=sig, fontSize=7.5, leading=9)),
]))

doc = BaseDocTemplate(OUT, pagesize=A4, title="Ordinanza sindacale n. 38/2028",
                      author="Comune di Villa Estense", creator="Civilia Next - Atti")
f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 76 * mm, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 44 * mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", frames=[f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", frames=[f2], onPage=later_pages)])
doc.build(story)
