#!/usr/bin/env python3
"""Comune di Arzana - Giunta deliberation in the "Sipal" house style.

ReportLab platypus: justified paragraphs (word spacing by Tw), a running head
and foot carrying the act's number on every page, a ruled attendance table.
Usage: arzana_delibera_rl.py OUTPUT.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1]
W, H = A4
NUM = "112"
DATA = "07/10/2027"

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
ind = ParagraphStyle("i", parent=base, leftIndent=8 * mm, firstLineIndent=-6 * mm)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Times-Bold",
                     fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11, alignment=TA_LEFT)
tab = ParagraphStyle("t", parent=base, fontSize=10, leading=12, alignment=TA_LEFT,
                     spaceAfter=0)


def crest(c, x, y):
    """A simple drawn shield standing in for the municipal crest."""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1d3b6a"))
    c.setFillColor(colors.HexColor("#dfe6f2"))
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 18 * mm)
    p.lineTo(x + 14 * mm, y + 7 * mm)
    p.curveTo(x + 14 * mm, y + 2 * mm, x + 9 * mm, y, x + 7 * mm, y - 1.5 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 2 * mm, x, y + 7 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1d3b6a"))
    c.circle(x + 7 * mm, y + 10 * mm, 3 * mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 36 * mm)
    c.setFont("Times-Bold", 18)
    c.drawString(40 * mm, H - 24 * mm, "COMUNE DI ARZANA")
    c.setFont("Times-Italic", 11)
    c.drawString(40 * mm, H - 30 * mm, "Provincia di Nuoro")
    c.setFont("Times-Roman", 8)
    c.drawString(40 * mm, H - 35 * mm,
                 "Via Monsignor Virgilio, 1 - 08040 Arzana (NU) - Tel. 0782 37361 - "
                 "protocollo@pec.comune.arzana.nu.it")
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 39 * mm, W - 20 * mm, H - 39 * mm)
    c.setFont("Times-Bold", 10)
    c.drawRightString(W - 20 * mm, H - 24 * mm, "ORIGINALE")
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Arzana")
    c.drawRightString(W - 20 * mm, H - 14 * mm,
                      "Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.setFont("Times-Roman", 7.5)
    c.drawString(20 * mm, 12 * mm,
                 "G.C. n. %s del %s - Sipal Atti Amministrativi" % (NUM, DATA))
    c.drawRightString(W - 20 * mm, 12 * mm, "Pagina %d" % doc.page)


story = []
hdr = Table([
    [Paragraph("<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>",
               ParagraphStyle("h", parent=tab, fontSize=12, alignment=TA_CENTER)), "", ""],
    [Paragraph("Numero <b>%s</b>" % NUM, tab), Paragraph("Data <b>%s</b>" % DATA, tab),
     Paragraph("Proposta n. 128 del 04/10/2027", tab)],
    [Paragraph("Ufficio proponente: <b>Area Tecnica</b>", tab), "", ""],
], colWidths=[45 * mm, 50 * mm, 75 * mm])
hdr.setStyle(TableStyle([
    ("SPAN", (0, 0), (2, 0)), ("SPAN", (0, 2), (2, 2)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (2, 0), colors.HexColor("#e8ecf3")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [hdr, Spacer(1, 4 * mm)]

subj = Table([[Paragraph("<b>OGGETTO:</b>", tab),
               Paragraph("<b>Approvazione del progetto di fattibilità tecnico-economica dei "
                         "lavori di manutenzione straordinaria della strada rurale "
                         "Sa Teula - Bau Mela. CUP J47H27000380002.</b>", tab)]],
             colWidths=[25 * mm, 145 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [subj, Spacer(1, 3 * mm)]

story.append(Paragraph(
    "L'anno <b>duemilaventisette</b>, il giorno <b>sette</b> del mese di <b>ottobre</b>, "
    "alle ore <b>13:15</b>, nella sala delle adunanze della Casa Comunale, convocata nei "
    "modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:", base))

roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["MURRU Antonello", "Sindaco", "X", ""],
        ["LODDO Maria Grazia", "Vicesindaco", "X", ""],
        ["STOCHINO Gianluca", "Assessore", "", "X"],
        ["PILI Roberta", "Assessore", "X", ""]]
rt = Table(roll, colWidths=[62 * mm, 42 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 10), ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf3"))]))
story += [rt, Spacer(1, 2 * mm),
          Paragraph("Presenti n. 3 &nbsp;&nbsp;&nbsp; Assenti n. 1", small), Spacer(1, 3 * mm)]

story.append(Paragraph(
    "Presiede il Sindaco, Sig. Antonello Murru. Partecipa con funzioni consultive, referenti "
    "e di assistenza e ne cura la verbalizzazione il Segretario Comunale dott.ssa Marcella "
    "Deiana. Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta "
    "la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.", base))

story.append(Paragraph("LA GIUNTA COMUNALE", cen))
prem = [
    "<b>Premesso</b> che la strada rurale Sa Teula - Bau Mela costituisce il principale "
    "collegamento tra il centro abitato e le aziende agro-pastorali della località di "
    "Bau Mela e che, a seguito degli eventi meteorici dell'inverno 2026/2027, presenta "
    "diffusi cedimenti del piano viabile e delle cunette laterali;",
    "<b>Vista</b> la deliberazione della Giunta Comunale n. 41 del 18/04/2027, con la quale "
    "è stato approvato il documento di indirizzo alla progettazione dell'intervento;",
    "<b>Vista</b> la determinazione del Responsabile dell'Area Tecnica n. 233 del 27/05/2027, "
    "con la quale è stato affidato l'incarico di progettazione all'ing. Mauro Cabiddu di "
    "Lanusei;",
    "<b>Visto</b> il progetto di fattibilità tecnico-economica trasmesso dal professionista "
    "incaricato in data 22/09/2027, prot. n. 6114, composto dagli elaborati elencati nella "
    "relazione generale, che prevede una spesa complessiva di euro 180.000,00, di cui euro "
    "136.500,00 per lavori a base d'asta comprensivi degli oneri per la sicurezza ed euro "
    "43.500,00 per somme a disposizione dell'Amministrazione;",
    "<b>Dato atto</b> che l'intervento è finanziato con il contributo concesso dalla Regione "
    "Autonoma della Sardegna ai sensi della L.R. n. 9/2027, per euro 150.000,00, e per la "
    "restante quota di euro 30.000,00 con fondi del bilancio comunale, e che l'opera è "
    "inserita nel programma triennale dei lavori pubblici 2027/2029;",
    "<b>Visto</b> il verbale di verifica del progetto redatto dal Responsabile Unico del "
    "Progetto in data 30/09/2027, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
    "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica, espresso dal Responsabile "
    "dell'Area Tecnica, ing. Paolo Lai, e di regolarità contabile, espresso dal Responsabile "
    "dell'Area Finanziaria, dott.ssa Sonia Mulas, ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267;",
    "<b>Visto</b> il D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
]
story += [Paragraph(p, base) for p in prem]
story.append(Paragraph("Con votazione unanime e palese,", base))
story.append(Paragraph("DELIBERA", cen))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione "
    "straordinaria della strada rurale Sa Teula - Bau Mela, redatto dall'ing. Mauro Cabiddu, "
    "per una spesa complessiva di euro 180.000,00 secondo il quadro economico riportato in "
    "premessa;",
    "di dare atto che la spesa trova copertura per euro 150.000,00 con il contributo "
    "regionale di cui alla L.R. n. 9/2027 e per euro 30.000,00 con fondi di bilancio, al "
    "capitolo 20810.1 del bilancio di previsione 2027/2029, annualità 2027;",
    "di demandare al Responsabile dell'Area Tecnica, ing. Paolo Lai, in qualità di "
    "Responsabile Unico del Progetto, l'adozione degli atti conseguenti per la progettazione "
    "esecutiva e l'affidamento dei lavori;",
    "di trasmettere copia della presente deliberazione alla Regione Autonoma della Sardegna, "
    "Assessorato dei Lavori Pubblici, ai fini della rendicontazione del contributo.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), ind))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Inoltre, stante l'urgenza di rispettare il cronoprogramma del finanziamento regionale, "
    "con separata votazione unanime e palese, la presente deliberazione viene dichiarata "
    "<b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    base))
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, approvato e sottoscritto.", base))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["Sig. Antonello Murru", "dott.ssa Marcella Deiana"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                         ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                         ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                         ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5)]))
story.append(KeepTogether([sig]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Deliberazione G.C. n. 112/2027", author="Comune di Arzana",
                      creator="Sipal Atti Amministrativi")
f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 44 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 20 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story)
