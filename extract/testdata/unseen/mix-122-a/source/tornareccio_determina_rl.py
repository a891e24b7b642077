#!/usr/bin/env python3
"""Comune di Tornareccio - determinazione of the Area Tecnica, "Sicraweb" style.

ReportLab canvas: every block of the page (letterhead, office box, numbers
grid, subject, paragraphs, dispositivo, signatures) is first recorded as a
Form XObject; each page then paints its forms in an order of its own (the
letterhead last, the dispositivo before the premises), as report engines that
cache blocks do. A publication stamp is drawn rotated up the left margin.
Justified paragraphs use word spacing (Tw).
Usage: tornareccio_determina_rl.py OUTPUT.pdf
"""
import sys
import random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Paragraph, Table, TableStyle, Spacer

OUT = sys.argv[1]
W, H = A4
GREEN = colors.HexColor("#0B5D3B")
ML, MR = 22 * mm, 20 * mm
TW = W - ML - MR
TOP1, TOPN, BOTTOM = H - 44 * mm, H - 26 * mm, 26 * mm

base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.8, leading=13,
                      alignment=TA_JUSTIFY, spaceAfter=4)
ind = ParagraphStyle("i", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Helvetica-Bold",
                     fontSize=10.5, spaceBefore=4, spaceAfter=5)
rgt = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, spaceAfter=0)
tab = ParagraphStyle("t", parent=base, alignment=TA_LEFT, spaceAfter=0)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Determinazione Area Tecnica R.G. n. 305/2027")
c.setAuthor("Comune di Tornareccio")
c.setCreator("Sicraweb - Atti Amministrativi (stampa PDF)")
c.setProducer("Sicraweb Report Engine 6.1 / ReportLab")

# ---- page-independent forms ----------------------------------------------
c.beginForm("letterhead")
c.setStrokeColor(GREEN)
c.setFillColor(colors.HexColor("#e7f0eb"))
c.setLineWidth(1)
x, y = ML, H - 36 * mm
p = c.beginPath()
p.moveTo(x, y + 16 * mm); p.lineTo(x + 13 * mm, y + 16 * mm); p.lineTo(x + 13 * mm, y + 6 * mm)
p.curveTo(x + 13 * mm, y + 2 * mm, x + 9 * mm, y, x + 6.5 * mm, y - 1.5 * mm)
p.curveTo(x + 4 * mm, y, x, y + 2 * mm, x, y + 6 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColor(GREEN)
c.circle(x + 6.5 * mm, y + 8 * mm, 2.6 * mm, fill=1, stroke=0)
c.setFont("Helvetica-Bold", 17)
c.drawString(ML + 19 * mm, H - 24 * mm, "COMUNE DI TORNARECCIO")
c.setFillColor(colors.black)
c.setFont("Helvetica", 9.5)
c.drawString(ML + 19 * mm, H - 29.5 * mm, "Provincia di Chieti")
c.setFont("Helvetica", 7)
c.drawString(ML + 19 * mm, H - 34 * mm, "Piazza Guglielmo Marconi, 2 - 66046 Tornareccio (CH) - "
             "Tel. 0872 868108 - comune.tornareccio@pec.it")
c.setStrokeColor(GREEN)
c.setLineWidth(1.4)
c.line(ML, H - 38 * mm, W - MR, H - 38 * mm)
c.endForm()

c.beginForm("runninghead")
c.setFont("Helvetica-Oblique", 8)
c.drawString(ML, H - 16 * mm, "Comune di Tornareccio - Area Tecnica")
c.drawRightString(W - MR, H - 16 * mm, "Determinazione R.G. n. 305 del 14/10/2027")
c.setStrokeColor(GREEN)
c.setLineWidth(0.6)
c.line(ML, H - 18 * mm, W - MR, H - 18 * mm)
c.endForm()

c.beginForm("footer")
c.setLineWidth(0.4)
c.line(ML, 18 * mm, W - MR, 18 * mm)
c.setFont("Helvetica", 7)
c.drawString(ML, 14 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 "
             "- Sicraweb Atti Amministrativi")
c.endForm()

# ---- the story -----------------------------------------------------------
story = []
office = Table([[Paragraph("<b>AREA TECNICA</b>", tab)],
                [Paragraph("Servizio Lavori Pubblici e Manutenzioni", tab)]], colWidths=[TW])
office.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e7f0eb"))]))
story += [office, Spacer(1, 3 * mm)]
story.append(Paragraph("DETERMINAZIONE", ParagraphStyle("k", parent=cen, fontSize=13)))
nums = Table([[Paragraph("Registro Generale<br/><b>n. 305 del 14/10/2027</b>", tab),
               Paragraph("Registro del Servizio<br/><b>n. 112 del 11/10/2027</b>", tab),
               Paragraph("Esecutiva dal<br/><b>14/10/2027</b>", tab)]],
             colWidths=[TW * 0.36, TW * 0.36, TW * 0.28])
nums.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [nums, Spacer(1, 3 * mm)]
subj = Table([[Paragraph("<b>OGGETTO:</b>", tab),
               Paragraph("<b>Servizio di sgombero neve e trattamento antigelo delle strade "
                         "comunali - stagione invernale 2027/2028. Affidamento diretto e "
                         "impegno di spesa. CIG B41C9E07D2.</b>", base)]],
             colWidths=[25 * mm, TW - 25 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]))
story += [subj, Spacer(1, 2 * mm)]
story.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", cen))
for t in [
    "<b>Visto</b> il decreto del Sindaco n. 1 del 08/01/2027, di conferimento allo scrivente "
    "dell'incarico di Responsabile dell'Area Tecnica con le funzioni di cui all'art. 107 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "<b>Richiamata</b> la deliberazione del Consiglio Comunale n. 8 del 27/03/2027, di "
    "approvazione del bilancio di previsione finanziario 2027/2029;",
    "<b>Premesso</b> che il territorio comunale, posto a 630 metri di altitudine ai piedi "
    "della Maiella orientale, è soggetto nel periodo invernale a nevicate e gelate che "
    "rendono necessario assicurare lo sgombero della neve e lo spargimento di sale e "
    "graniglia sulla viabilità comunale, per complessivi 38 chilometri di strade urbane ed "
    "extraurbane;",
    "<b>Considerato</b> che il Comune non dispone di mezzi e personale sufficienti a garantire "
    "il servizio in economia e che occorre pertanto affidarlo a un operatore economico "
    "dotato di mezzi spazzaneve e spargisale con reperibilità continuativa dal 15 novembre "
    "2027 al 31 marzo 2028;",
    "<b>Visto</b> l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente "
    "l'affidamento diretto dei servizi di importo inferiore a euro 140.000,00;",
    "<b>Vista</b> l'offerta presentata tramite la piattaforma di approvvigionamento digitale "
    "certificata in data 07/10/2027 dalla ditta Movimento Terra Di Lizio Antonio, con sede "
    "in Tornareccio, Contrada Colle Marcone n. 4, P. IVA 02187340694, che per il servizio "
    "offre un canone di reperibilità di euro 6.000,00 e una tariffa oraria di intervento di "
    "euro 68,00 per mezzo, per un importo stimato di euro 18.240,00 oltre IVA al 22%;",
    "<b>Verificati</b> il possesso dei requisiti di ordine generale e di idoneità "
    "professionale della ditta e la regolarità contributiva (DURC prot. INPS_47301876, "
    "valido fino al 04/01/2028);",
    "<b>Dato atto</b> che al servizio è stato attribuito il codice identificativo di gara "
    "CIG B41C9E07D2 e che non sussistono situazioni di conflitto di interessi ai sensi "
    "dell'art. 16 del D.Lgs. n. 36/2023;",
]:
    story.append(Paragraph(t, base))
story.append(Paragraph("DETERMINA", cen))
for i, t in enumerate([
    "di affidare alla ditta Movimento Terra Di Lizio Antonio di Tornareccio il servizio di "
    "sgombero neve e trattamento antigelo delle strade comunali per la stagione invernale "
    "2027/2028, dal 15/11/2027 al 31/03/2028, alle condizioni dell'offerta richiamata in "
    "premessa;",
    "di impegnare la spesa complessiva di euro 22.252,80 IVA compresa, imputandola per "
    "euro 8.900,00 al capitolo 1930 \"Servizio sgombero neve\" dell'esercizio 2027 e per "
    "euro 13.352,80 al medesimo capitolo dell'esercizio 2028 del bilancio 2027/2029;",
    "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali "
    "tramite posta elettronica certificata;",
    "di nominare direttore dell'esecuzione il geom. Carlo Sciarretta, istruttore tecnico "
    "dell'Area Tecnica;",
    "di dare atto che la liquidazione avverrà mensilmente, sulla base dei rapportini di "
    "intervento vistati dal direttore dell'esecuzione, previa presentazione di fattura "
    "elettronica;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella "
    "sezione Amministrazione Trasparente ai sensi dell'art. 28 del D.Lgs. n. 36/2023.",
], 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, t), ind))
story.append(Spacer(1, 5 * mm))
story.append(Paragraph("Il Responsabile dell'Area Tecnica", rgt))
story.append(Paragraph("<b>ing. Marco Di Renzo</b>", rgt))
story.append(Spacer(1, 7 * mm))
visto = Table([[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE</b> attestante la copertura "
                          "finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. n. 267/2000. "
                          "Impegni n. 517/2027 e n. 41/2028, cap. 1930.", base)],
                [Paragraph("Tornareccio, 14/10/2027 - Il Responsabile dell'Area Finanziaria "
                           "rag. Nicola Tano", tab)]], colWidths=[TW])
visto.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
story.append(visto)

# ---- layout: record every block as a form, page by page --------------------
pages, cur, n = [], [], 0
y, top = TOP1, TOP1
queue = list(story)
while queue:
    fl = queue.pop(0)
    avail = y - BOTTOM
    w, h = fl.wrap(TW, avail)
    if h > avail:
        parts = fl.split(TW, avail) if avail > 30 else []
        if len(parts) >= 2:
            queue = parts + queue
            continue
        pages.append(cur)
        cur, y = [], TOPN
        queue.insert(0, fl)
        continue
    n += 1
    name = "blk%03d" % n
    c.beginForm(name)
    fl.drawOn(c, ML, y - h)
    c.endForm()
    cur.append(name)
    sa = getattr(getattr(fl, "style", None), "spaceAfter", 0) or 0
    y -= h + sa
pages.append(cur)

# ---- paint: each page shows its forms in a shuffled order -----------------
rnd = random.Random(122)
for pno, blocks in enumerate(pages, 1):
    order = blocks[:]
    rnd.shuffle(order)
    for b in order[: len(order) // 2]:
        c.doForm(b)
    c.doForm("footer")
    c.setFont("Helvetica", 7)
    c.drawRightString(W - MR, 14 * mm, "Pag. %d di %d" % (pno, len(pages)))
    for b in order[len(order) // 2:]:
        c.doForm(b)
    if pno == 1:
        # publication stamp, rotated up the left margin
        c.saveState()
        c.translate(12 * mm, 70 * mm)
        c.rotate(90)
        c.setStrokeColor(colors.HexColor("#8a1c1c"))
        c.setFillColor(colors.HexColor("#8a1c1c"))
        c.setLineWidth(1)
        c.roundRect(0, -3 * mm, 128 * mm, 10 * mm, 2 * mm, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(3 * mm, 2.4 * mm, "ALBO PRETORIO ON LINE - COMUNE DI TORNARECCIO")
        c.setFont("Helvetica", 7.5)
        c.drawString(3 * mm, -1 * mm, "Pubblicata dal 14/10/2027 al 29/10/2027 - Reg. Pubbl. n. 642")
        c.restoreState()
        c.doForm("letterhead")
    else:
        c.doForm("runninghead")
    c.showPage()
c.save()
