#!/usr/bin/env python3
"""Comune di Soliera - Consiglio Comunale n. 14 del 16/03/2027.
House style 'sicrawebevo' from a ReportLab canvas: letterhead, number band, page foot and
signature block are reused Form XObjects; the blocks of each page are laid out first and
then drawn out of reading order (foot, dispositivo, letterhead, the right half of the roll
before the left, premises last). Body justified (Tw). Roll in two side-by-side columns with
members present by videoconference ("Da remoto")."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors

OUT = sys.argv[1] if len(sys.argv) > 1 else "consiglio-soliera-sicrawebevo-14.pdf"
W, H = A4
ML = 18*mm
TW = W - 2*ML
RED = colors.HexColor("#7a1e1e")
NUM, DATA = "14", "16/03/2027"

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, alignment=TA_CENTER,
                      spaceBefore=4, spaceAfter=6)
pt = ParagraphStyle("p", parent=body, leftIndent=9*mm, firstLineIndent=-6*mm)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Delibera di Consiglio n. 14 del 16/03/2027")
c.setAuthor("Comune di Soliera")
c.setCreator("Sicraweb EVO - Atti amministrativi")

# ---------- Form XObjects
c.beginForm("letterhead")
c.setStrokeColor(RED); c.setLineWidth(2); c.circle(ML + 11*mm, H - 24*mm, 8*mm)
c.setFillColor(RED); c.setFont("Helvetica-Bold", 18); c.drawString(ML + 24*mm, H - 23*mm, "COMUNE DI SOLIERA")
c.setFillColor(colors.black); c.setFont("Helvetica", 10); c.drawString(ML + 24*mm, H - 28.5*mm, "Provincia di Modena")
c.setFont("Helvetica", 7.5)
for i, t in enumerate(["Piazza Repubblica, 1 - 41019 Soliera (MO)",
                       "PEC comune.soliera@cert.comune.soliera.mo.it", "C.F. e P.IVA 00221730369"]):
    c.drawString(ML + 110*mm, H - 20*mm - i*3.6*mm, t)
c.setStrokeColor(RED); c.setLineWidth(1.2); c.line(ML, H - 35*mm, W - ML, H - 35*mm)
c.endForm()

c.beginForm("band")
y = H - 44*mm
c.setFillColor(colors.HexColor("#f1e7e7")); c.rect(ML, y, 102*mm, 7*mm, stroke=0, fill=1)
c.setFillColor(colors.black); c.setStrokeColor(colors.black); c.setLineWidth(0.8)
c.rect(ML, y, TW, 7*mm); c.line(ML + 102*mm, y, ML + 102*mm, y + 7*mm); c.line(ML + 130*mm, y, ML + 130*mm, y + 7*mm)
c.setFont("Helvetica-Bold", 10)
c.drawString(ML + 2*mm, y + 2.3*mm, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
c.drawString(ML + 104*mm, y + 2.3*mm, "N. %s" % NUM)
c.drawString(ML + 132*mm, y + 2.3*mm, "Data %s" % DATA)
c.endForm()

c.beginForm("firme")
c.setFont("Helvetica", 10); c.drawString(ML, 0, "Letto, approvato e sottoscritto.")
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(ML + 40*mm, -10*mm, "IL PRESIDENTE DEL CONSIGLIO")
c.drawCentredString(ML + 130*mm, -10*mm, "IL SEGRETARIO GENERALE")
c.setFont("Helvetica", 10)
c.drawCentredString(ML + 40*mm, -15*mm, "Marco Tirelli")
c.drawCentredString(ML + 130*mm, -15*mm, "dott. Giovanni Bursi")
c.setFont("Helvetica-Oblique", 8)
c.drawCentredString(ML + 40*mm, -19.5*mm, "documento firmato digitalmente")
c.drawCentredString(ML + 130*mm, -19.5*mm, "documento firmato digitalmente")
c.endForm()

for n in (1, 2):
    c.beginForm("foot%d" % n)
    c.setStrokeColor(RED); c.setLineWidth(0.6); c.line(ML, 17*mm, W - ML, 17*mm)
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.black)
    c.drawString(ML, 13*mm, "Delibera di Consiglio n. %s del %s" % (NUM, DATA))
    c.drawRightString(W - ML, 13*mm, "pag. %d/2" % n)
    c.endForm()
c.beginForm("runhead")
c.setFont("Helvetica-Oblique", 8)
c.drawString(ML, H - 14*mm, "COMUNE DI SOLIERA - Deliberazione del Consiglio Comunale n. %s del %s" % (NUM, DATA))
c.setLineWidth(0.5); c.line(ML, H - 15.5*mm, W - ML, H - 15.5*mm)
c.endForm()

# ---------- blocks
subject = ("AGGIORNAMENTO DEL PIANO COMUNALE DI PROTEZIONE CIVILE AI SENSI DELL'ART. 12 DEL D.LGS. 2 "
           "GENNAIO 2018, N. 1. APPROVAZIONE")
blocks = []   # (tag, flowable)
ogg = Table([[Paragraph("OGGETTO:", ParagraphStyle("o", parent=small, fontSize=8))],
             [Paragraph(subject, bold)]], colWidths=[TW])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                         ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
blocks.append(("ogg", ogg))
blocks.append(("prop", Paragraph("Proposta n. 9 del 05/03/2027 - Settore proponente: Settore Pianificazione e "
                                 "Sviluppo del Territorio", small)))
blocks.append(("intro", Paragraph(
    "L'anno duemilaventisette il giorno sedici del mese di marzo alle ore 18:00 nella Sala consiliare della "
    "Residenza Municipale, convocato in sessione ordinaria con avviso prot. n. 4410 del 10/03/2027, si è "
    "riunito il Consiglio Comunale in seduta pubblica di prima convocazione, in forma mista. All'appello "
    "risultano:", body)))
L = [("MALAGOLI Roberta", "Presente"), ("TIRELLI Marco", "Presente"), ("ZANOLI Chiara", "Presente"),
     ("BERGONZINI Luca", "Presente"), ("CATTANI Elisa", "Da remoto"), ("GOLINELLI Paolo", "Presente"),
     ("MANTOVANI Sara", "Presente"), ("POLTRONIERI Enrico", "Presente"), ("RIGHI Federica", "Presente")]
R = [("SALVIOLI Davide", "Da remoto"), ("TAGLIAZUCCHI Irene", "Presente"), ("VENTURELLI Simone", "Presente"),
     ("BORSARI Laura", "Presente"), ("CAVAZZUTI Nicola", "Presente"), ("MUCCINI Alessia", "Assente"),
     ("PIVETTI Gabriele", "Assente"), ("SERAFINI Monica", "Presente")]


def half(rows):
    t = Table([["Consigliere", "Presenza"]] + rows, colWidths=[48*mm, 27*mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


blocks.append(("rollL", half(L)))
blocks.append(("rollR", half(R)))
blocks.append(("tot", Paragraph("Presenti n. 15 (di cui n. 2 da remoto) - Assenti n. 2. <i>Da remoto</i>: "
                                "presente mediante collegamento in videoconferenza ai sensi dell'art. 73 del "
                                "Regolamento del Consiglio comunale.", small)))
for s in [
    "Sono presenti gli assessori esterni Stefano Ferrari e Giulia Vaccari, senza diritto di voto.",
    "Presiede il Presidente del Consiglio comunale Marco Tirelli. Assiste il Segretario Generale dott. "
    "Giovanni Bursi, che cura la verbalizzazione. Scrutatori: Righi, Borsari, Serafini."]:
    blocks.append(("p", Paragraph(s, body)))
blocks.append(("h", Paragraph("IL CONSIGLIO COMUNALE", head)))
for s in [
    "Premesso che il Piano comunale di protezione civile, approvato con deliberazione consiliare n. 61 del "
    "28/11/2019, deve essere aggiornato periodicamente ai sensi dell'art. 18 del D.Lgs. 2 gennaio 2018, n. 1, "
    "Codice della protezione civile, e della deliberazione della Giunta regionale dell'Emilia-Romagna n. 1439 "
    "del 10/09/2018;",
    "Dato atto che l'aggiornamento, predisposto dal Servizio di Protezione civile dell'Unione delle Terre "
    "d'Argine, recepisce i nuovi scenari di rischio idraulico del fiume Secchia e del cavo Lama e le aree di "
    "emergenza individuate nel capoluogo e nelle frazioni di Limidi e Sozzigalli;",
    "Visto il parere favorevole della Commissione consiliare Assetto del territorio, espresso nella seduta "
    "del 09/03/2027;",
    "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "Udita la relazione della Sindaca e gli interventi dei consiglieri, registrati e conservati agli atti;",
    "Con la seguente votazione, espressa per appello nominale: presenti n. 15, votanti n. 15, favorevoli "
    "n. 15, contrari n. 0, astenuti n. 0;"]:
    blocks.append(("prem", Paragraph(s, body)))
blocks.append(("h2", Paragraph("DELIBERA", head)))
for i, s in enumerate([
    "di approvare l'aggiornamento 2027 del Piano comunale di protezione civile, composto dalla relazione "
    "generale, dagli scenari di rischio e dalle tavole delle aree di emergenza, allegati al presente atto;",
    "di trasmettere il Piano all'Agenzia regionale per la sicurezza territoriale e la protezione civile, "
    "alla Prefettura di Modena e all'Unione delle Terre d'Argine;",
    "di disporre la pubblicazione del Piano sul sito istituzionale e la sua divulgazione alla popolazione."], 1):
    blocks.append(("disp", Paragraph("%d. %s" % (i, s), pt)))
blocks.append(("ie", Paragraph(
    "Successivamente, con separata votazione unanime (presenti e votanti n. 15), il Consiglio Comunale "
    "dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
    "D.Lgs. 18 agosto 2000, n. 267.", body)))

# ---------- layout: assign pages and positions
pages = [[]]
top1, top2, bottom = H - 48*mm, H - 22*mm, 22*mm
y = top1
i = 0
while i < len(blocks):
    tag, f = blocks[i]
    if tag == "rollL":
        _, hL = f.wrapOn(c, 75*mm, 200*mm)
        fR = blocks[i + 1][1]
        _, hR = fR.wrapOn(c, 75*mm, 200*mm)
        hh = max(hL, hR)
        if y - hh < bottom:
            pages.append([]); y = top2
        pages[-1].append(("rollL", f, ML + 4*mm, y - hL))
        pages[-1].append(("rollR", fR, ML + 92*mm, y - hR))
        y -= hh + 3*mm
        i += 2
        continue
    _, h = f.wrapOn(c, TW, 200*mm)
    sb = getattr(f.style, "spaceBefore", 0) if hasattr(f, "style") else 0
    sa = getattr(f.style, "spaceAfter", 4) if hasattr(f, "style") else 3*mm
    if y - h - sb < bottom:
        pages.append([]); y = top2
    y -= sb
    pages[-1].append((tag, f, ML, y - h))
    y -= h + sa
    i += 1
firme_y = y - 6*mm
if firme_y - 22*mm < bottom:
    pages.append([]); firme_y = top2 - 6*mm

# ---------- draw, out of reading order
order = ["disp", "ie", "h2", "rollR", "rollL", "tot", "ogg", "intro", "prop", "p", "h", "prem"]
for n, pg in enumerate(pages, 1):
    c.doForm("foot%d" % n)
    if n == 1:
        # dispositivo first if it is here, then the letterhead and band
        for tag in order[:3]:
            for (t, f, x, yy) in pg:
                if t == tag: f.drawOn(c, x, yy)
        c.doForm("letterhead"); c.doForm("band")
    rest = order[3:]
    if n == len(pages):
        c.saveState(); c.translate(0, firme_y); c.doForm("firme"); c.restoreState()
    for tag in rest:
        for (t, f, x, yy) in pg:
            if t == tag: f.drawOn(c, x, yy)
    if n > 1:
        c.doForm("runhead")
        for tag in order[:3]:
            for (t, f, x, yy) in pg:
                if t == tag: f.drawOn(c, x, yy)
    c.showPage()
c.save()
assert len(pages) == 2, len(pages)
