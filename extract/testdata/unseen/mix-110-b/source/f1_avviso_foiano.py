#!/usr/bin/env python3
"""Foiano della Chiana, house style "ascotweb": numbered avviso (ReportLab platypus).

Letter-spaced letterhead (Tc), a label grid under it, paragraphs justified by
ReportLab with word spacing (Tw), a running foot carrying the avviso's number.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

out = sys.argv[1]
W, H = A4

MUNI = "COMUNE DI FOIANO DELLA CHIANA"
FOOT = ("Comune di Foiano della Chiana – Piazza Cavour, 1 – 52045 Foiano della Chiana (AR) – "
        "tel. 0575 6431 – PEC comune.foianodellachiana@postacert.toscana.it")


def crest(c, x, y):
    # a plain shield outline with a cross, as the header prints a small crest
    c.saveState()
    c.setStrokeColor(colors.HexColor("#6b1d1d"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 30); p.lineTo(x + 24, y + 30); p.lineTo(x + 24, y + 12)
    p.curveTo(x + 24, y + 4, x + 16, y, x + 12, y - 3)
    p.curveTo(x + 8, y, x, y + 4, x, y + 12); p.close()
    c.drawPath(p)
    c.setFillColor(colors.HexColor("#6b1d1d"))
    c.rect(x + 10.5, y + 4, 3, 22, stroke=0, fill=1)
    c.rect(x + 4, y + 18, 16, 3, stroke=0, fill=1)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, W / 2 - 12, H - 62)
    t = c.beginText()
    t.setFont("Helvetica-Bold", 15)
    t.setCharSpace(2.2)
    tw = c.stringWidth(MUNI, "Helvetica-Bold", 15) + 2.2 * (len(MUNI) - 1)
    t.setTextOrigin(W / 2 - tw / 2, H - 82)
    t.textOut(MUNI)
    t.setCharSpace(0)
    c.drawText(t)
    c.setFont("Helvetica", 10)
    c.drawCentredString(W / 2, H - 96, "Provincia di Arezzo")
    c.setStrokeColor(colors.HexColor("#6b1d1d"))
    c.setLineWidth(0.8)
    c.line(25 * mm, H - 104, W - 25 * mm, H - 104)
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#444444"))
    c.line(25 * mm, 20 * mm, W - 25 * mm, 20 * mm)
    c.drawCentredString(W / 2, 16 * mm, FOOT)
    c.setFont("Helvetica-Oblique", 8)
    c.drawRightString(W - 25 * mm, 11 * mm,
                      "Avviso pubblico n. 14/2026 – pag. %d di 2" % doc.page)
    c.restoreState()


def later_pages(c, doc):
    footer(c, doc)


base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=6)
centre_b = ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold",
                          alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
title = ParagraphStyle("t", parent=centre_b, fontSize=13, leading=16)
subj = ParagraphStyle("s", parent=centre_b, fontSize=11.5, leading=15)
art = ParagraphStyle("a", parent=base, fontName="Helvetica-Bold", alignment=TA_LEFT,
                     spaceBefore=6, spaceAfter=3, keepWithNext=1)
bullet = ParagraphStyle("bl", parent=base, leftIndent=14, firstLineIndent=-10)
small = ParagraphStyle("sm", parent=base, fontSize=8.5, leading=10.5,
                       alignment=TA_CENTER)
sign = ParagraphStyle("sg", parent=base, alignment=TA_CENTER, spaceAfter=0)

grid = Table([
    ["AREA", "AREA AMMINISTRATIVA E SERVIZI ALLA PERSONA", "", ""],
    ["SERVIZIO", "Servizi Sociali e Politiche Abitative", "", ""],
    ["PROT. N.", "18342", "DATA", "12/10/2026"],
], colWidths=[28 * mm, 70 * mm, 22 * mm, 40 * mm])
grid.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6b1d1d")),
    ("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 1), (3, 1)),
    ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8),
    ("FONT", (2, 2), (2, 2), "Helvetica-Bold", 8),
    ("FONT", (1, 0), (1, -1), "Helvetica", 9.5),
    ("FONT", (3, 2), (3, 2), "Helvetica", 9.5),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1e6e6")),
    ("BACKGROUND", (2, 2), (2, 2), colors.HexColor("#f1e6e6")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]))

story = [grid, Spacer(1, 14),
         Paragraph("AVVISO PUBBLICO N. 14/2026", title),
         Paragraph("CONTRIBUTI AD INTEGRAZIONE DEI CANONI DI LOCAZIONE – ANNO 2026 "
                   "(ART. 11 DELLA LEGGE 9 DICEMBRE 1998, N. 431)", subj),
         Spacer(1, 6),
         Paragraph("IL RESPONSABILE DELL'AREA", centre_b),
         Paragraph("Visti:", base),
         Paragraph("– la Legge 9 dicembre 1998, n. 431, e in particolare l'art. 11, che istituisce il "
                   "Fondo nazionale per il sostegno all'accesso alle abitazioni in locazione;", bullet),
         Paragraph("– la deliberazione della Giunta Regionale Toscana n. 1184 del 28 settembre 2026, "
                   "recante i criteri e le procedure per la ripartizione delle risorse del Fondo per "
                   "l'anno 2026;", bullet),
         Paragraph("– la propria determinazione n. 512 del 9 ottobre 2026, con la quale sono stati "
                   "approvati lo schema del presente avviso e il relativo modulo di domanda;", bullet),
         Paragraph("RENDE NOTO", centre_b),
         Paragraph("che dal 12 ottobre 2026 al 13 novembre 2026 i soggetti in possesso dei requisiti sotto "
                   "elencati possono presentare domanda per ottenere un contributo ad integrazione del "
                   "canone di locazione dovuto per l'anno 2026, secondo quanto stabilito negli articoli "
                   "seguenti.", base),
         Paragraph("Art. 1 – Requisiti per l'ammissione", art),
         Paragraph("Possono partecipare i nuclei familiari residenti nel Comune di Foiano della Chiana, "
                   "titolari di un contratto di locazione ad uso abitativo regolarmente registrato, relativo "
                   "ad un alloggio di proprietà privata o pubblica con esclusione degli alloggi di edilizia "
                   "residenziale pubblica, in possesso di attestazione ISEE 2026 in corso di validità con "
                   "valore ISE non superiore a euro 32.456,72 e con un'incidenza del canone sul valore ISE "
                   "non inferiore al 14 per cento (fascia A) o al 24 per cento (fascia B). Nessun componente "
                   "del nucleo deve essere titolare di diritti di proprietà, usufrutto o abitazione su un "
                   "alloggio adeguato alle esigenze del nucleo stesso.", base),
         Paragraph("Art. 2 – Modalità e termini di presentazione", art),
         Paragraph("La domanda, redatta esclusivamente sul modulo predisposto dall'Ufficio e corredata di "
                   "copia del contratto di locazione e delle ricevute di pagamento del canone, deve essere "
                   "presentata entro le ore 12:00 del 13 novembre 2026 con una delle seguenti modalità:", base),
         Paragraph("a) consegna a mano all'Ufficio Protocollo, nei giorni e negli orari di apertura al "
                   "pubblico;", bullet),
         Paragraph("b) invio a mezzo PEC all'indirizzo comune.foianodellachiana@postacert.toscana.it;",
                   bullet),
         Paragraph("c) invio tramite lo sportello telematico accessibile dal sito istituzionale "
                   "dell'Ente.", bullet),
         Paragraph("Art. 3 – Formazione della graduatoria", art),
         Paragraph("L'Ufficio provvede all'istruttoria delle domande e alla formazione della graduatoria "
                   "provvisoria, distinta per fasce, che sarà pubblicata all'Albo Pretorio on line per "
                   "quindici giorni consecutivi. Entro tale termine gli interessati possono presentare "
                   "opposizione. Il contributo sarà erogato nei limiti delle risorse trasferite dalla "
                   "Regione Toscana e di quelle eventualmente stanziate dal Comune, in misura "
                   "proporzionale al contributo teorico spettante.", base),
         Paragraph("Art. 4 – Informazioni e trattamento dei dati personali", art),
         Paragraph("Il responsabile del procedimento è la dott.ssa Silvia Bernardini, Servizi Sociali e "
                   "Politiche Abitative (tel. 0575 643228), presso la quale è possibile ottenere "
                   "informazioni e assistenza nella compilazione della domanda il martedì e il giovedì "
                   "dalle ore 9:00 alle ore 12:30. I dati personali saranno trattati ai sensi del "
                   "Regolamento (UE) 2016/679 esclusivamente per le finalità connesse al presente "
                   "avviso.", base),
         Spacer(1, 14),
         KeepTogether([
             Table([[Paragraph("Foiano della Chiana, 12 ottobre 2026", ParagraphStyle(
                         "l", parent=base, alignment=TA_LEFT)),
                     [Paragraph("IL RESPONSABILE DELL'AREA", sign),
                      Paragraph("Dott.ssa Lucia Menchetti", sign),
                      Paragraph("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", small)]]],
                   colWidths=[80 * mm, 80 * mm],
                   style=[("VALIGN", (0, 0), (-1, -1), "TOP")])]),
         ]

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                      topMargin=40 * mm, bottomMargin=26 * mm,
                      title="Avviso pubblico n. 14/2026", author="Comune di Foiano della Chiana",
                      creator="AscotWeb - Atti e Albo")
f1 = Frame(25 * mm, 26 * mm, W - 50 * mm, H - 26 * mm - 112, id="f1")
f2 = Frame(25 * mm, 26 * mm, W - 50 * mm, H - 26 * mm - 20 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story)
