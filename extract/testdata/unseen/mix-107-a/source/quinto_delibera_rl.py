#!/usr/bin/env python3
"""Comune di Quinto di Treviso - Giunta deliberation n. 48/2026 in the
"Civilia Next" house style, printed by ReportLab platypus.

Justified paragraphs (ReportLab justifies with Tw word spacing), a grid of
labels over values, a roll table, a running head with the number from
page 2 and "Pag. x di y" in the foot."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-quintoditreviso-civilianext.pdf"

W, H = A4
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, alignment=TA_LEFT)
lab = ParagraphStyle("lab", fontName="Helvetica", fontSize=7, leading=8.5, textColor=colors.HexColor("#555555"))
val = ParagraphStyle("val", fontName="Helvetica-Bold", fontSize=10, leading=12)
center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold",
                        fontSize=11, spaceBefore=6, spaceAfter=6)
ogg = ParagraphStyle("ogg", parent=body, fontName="Helvetica-Bold", fontSize=10, leading=13)
num = ParagraphStyle("num", parent=body, leftIndent=16, firstLineIndent=-16)

NUMBER, DATE = 48, "14/04/2026"


def crest(c, x, y, s=1.0):
    """A plain drawn shield, as the package prints the town's arms."""
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1f3f6e"))
    c.setFillColor(colors.HexColor("#dfe8f5"))
    c.setLineWidth(1)
    p = c.beginPath()
    p.moveTo(x, y + 34 * s)
    p.lineTo(x + 28 * s, y + 34 * s)
    p.lineTo(x + 28 * s, y + 14 * s)
    p.curveTo(x + 28 * s, y + 5 * s, x + 18 * s, y + 1 * s, x + 14 * s, y)
    p.curveTo(x + 10 * s, y + 1 * s, x, y + 5 * s, x, y + 14 * s)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setStrokeColor(colors.HexColor("#2a6db5"))
    c.setLineWidth(2)
    for k in range(3):
        yy = y + (10 + 7 * k) * s
        c.bezier(x + 4 * s, yy, x + 10 * s, yy + 3 * s, x + 18 * s, yy - 3 * s, x + 24 * s, yy)
    c.restoreState()


def letterhead(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 34 * mm)
    c.setFillColor(colors.HexColor("#1f3f6e"))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(34 * mm, H - 22 * mm, "COMUNE DI QUINTO DI TREVISO")
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.black)
    c.drawString(34 * mm, H - 27 * mm, "Provincia di Treviso")
    c.drawString(34 * mm, H - 31.5 * mm, "Piazza Roma, 2 - 31055 Quinto di Treviso (TV) - C.F. 80008050265")
    c.setStrokeColor(colors.HexColor("#1f3f6e"))
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 37 * mm, W - 20 * mm, H - 37 * mm)
    c.restoreState()
    foot(c, doc)


def runhead(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#1f3f6e"))
    c.drawString(20 * mm, H - 15 * mm, "Comune di Quinto di Treviso")
    c.drawRightString(W - 20 * mm, H - 15 * mm,
                      "Deliberazione di Giunta Comunale n. %d del %s" % (NUMBER, DATE))
    c.setLineWidth(0.5)
    c.line(20 * mm, H - 17 * mm, W - 20 * mm, H - 17 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di 2" % doc.page)
    c.restoreState()


def grid(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#1f3f6e")),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa0c0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def cell(label, value):
    return [Paragraph(label, lab), Paragraph(value, val)]


story = []
band = Table([[Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
                         ParagraphStyle("b", fontName="Helvetica-Bold", fontSize=11, textColor=colors.white)),
               Paragraph("ORIGINALE", ParagraphStyle("o", fontName="Helvetica-Bold", fontSize=9,
                                                     textColor=colors.white, alignment=2))]],
             colWidths=[130 * mm, 40 * mm])
band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1f3f6e")),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [band, Spacer(1, 3 * mm)]
story.append(grid([[cell("Numero", "48"), cell("Data", "14/04/2026"),
                    cell("Proposta", "n. 61 del 09/04/2026"),
                    cell("Ufficio proponente", "Area Tecnica - Servizio Lavori Pubblici")]],
                  [22 * mm, 28 * mm, 40 * mm, 80 * mm]))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("OGGETTO: APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI "
                       "DI MESSA IN SICUREZZA DEL PERCORSO CICLOPEDONALE LUNGO IL FIUME SILE IN VIA "
                       "CANTON - CUP J81B26000120004", ogg))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "L'anno duemilaventisei, addì quattordici del mese di aprile alle ore 18:30, nella sala delle "
    "adunanze della Sede Municipale, previa convocazione nei modi di legge, si è riunita la Giunta "
    "Comunale nelle persone dei Signori:", body))

roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["BORTOLATO Michele", "Sindaco", "X", ""],
        ["ZANATTA Silvia", "Vicesindaco", "X", ""],
        ["FAVARO Luca", "Assessore", "", "X"],
        ["PIVATO Elena", "Assessore", "X", ""],
        ["BASSO Giorgio", "Assessore", "X", ""],
        ["", "Totale", "4", "1"]]
rt = Table(roll, colWidths=[60 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 9),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f3f6e")),
    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#1f3f6e")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8f5")),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]))
story += [rt, Spacer(1, 3 * mm)]
story.append(Paragraph(
    "Partecipa all'adunanza il Segretario Comunale dott.ssa Chiara Toffoletto, la quale provvede alla "
    "redazione del presente verbale. Essendo legale il numero degli intervenuti, l'arch. Michele "
    "Bortolato, nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la "
    "trattazione dell'oggetto sopra indicato.", body))
story.append(Paragraph("LA GIUNTA COMUNALE", center))
for t in [
    "Premesso che il percorso ciclopedonale che costeggia il fiume Sile lungo via Canton costituisce un "
    "tratto della rete di mobilità lenta del Parco Naturale Regionale del Fiume Sile ed è interessato, "
    "nei mesi primaverili ed estivi, da un intenso transito di pedoni e ciclisti;",
    "Rilevato che i sopralluoghi eseguiti dall'Area Tecnica nel mese di febbraio 2026 hanno evidenziato "
    "cedimenti della scarpata arginale, l'ammaloramento delle staccionate in legno e la mancanza di "
    "adeguata illuminazione nel tratto compreso tra il ponte di via Canton e l'area di sosta del mulino;",
    "Richiamata la deliberazione del Consiglio Comunale n. 58 del 22/12/2025, con la quale è stato "
    "approvato il Documento Unico di Programmazione 2026/2028 e il programma triennale dei lavori pubblici, "
    "nel quale l'intervento è inserito con un importo complessivo di € 185.000,00;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Federica Dalla Torre, tecnico "
    "incaricato con determinazione dell'Area Tecnica n. 35 del 05/02/2026, acquisito al protocollo "
    "comunale n. 6412 del 02/04/2026, composto dagli elaborati elencati nella relazione generale e "
    "recante il seguente quadro economico: lavori a base d'asta € 132.400,00, oneri per la sicurezza "
    "€ 4.600,00, somme a disposizione dell'Amministrazione € 48.000,00;",
    "Visti il D.Lgs. 31 marzo 2023, n. 36 e il D.Lgs. 18 agosto 2000, n. 267;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dai Responsabili delle Aree competenti, riportati in calce;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,",
]:
    story.append(Paragraph(t, body))
story.append(Paragraph("DELIBERA", center))
points = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica "
    "dei lavori di messa in sicurezza del percorso ciclopedonale lungo il fiume Sile in via Canton, "
    "dell'importo complessivo di € 185.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura al capitolo 28150 \"Manutenzione straordinaria piste "
    "ciclabili\" del bilancio di previsione 2026/2028, annualità 2026, finanziato per € 120.000,00 con "
    "contributo regionale e per la restante parte con avanzo di amministrazione;",
    "di confermare Responsabile Unico del Progetto l'ing. Paolo Menegazzo, Responsabile dell'Area Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione di tutti gli atti conseguenti, compreso "
    "l'affidamento della progettazione esecutiva.",
]
for i, p in enumerate(points, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), num))
story.append(Paragraph(
    "Successivamente, LA GIUNTA COMUNALE, stante l'urgenza di rispettare i termini del contributo "
    "regionale, con separata votazione unanime e palese, delibera di dichiarare il presente atto "
    "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.", body))
story.append(Spacer(1, 5 * mm))
pareri = grid([[cell("Parere di regolarità tecnica (art. 49 TUEL)", "FAVOREVOLE"),
                cell("Il Responsabile dell'Area Tecnica", "ing. Paolo Menegazzo"),
                cell("Data", "10/04/2026")],
               [cell("Parere di regolarità contabile (art. 49 TUEL)", "FAVOREVOLE"),
                cell("Il Responsabile dell'Area Economico-Finanziaria", "dott. Enrico Sartor"),
                cell("Data", "13/04/2026")]],
              [62 * mm, 78 * mm, 30 * mm])
story.append(pareri)
story.append(Spacer(1, 8 * mm))
sig = Table([[Paragraph("Letto, confermato e sottoscritto.", body), ""],
             [Paragraph("IL SINDACO", center), Paragraph("IL SEGRETARIO COMUNALE", center)],
             [Paragraph("arch. Michele Bortolato", ParagraphStyle("s", parent=body, alignment=TA_CENTER)),
              Paragraph("dott.ssa Chiara Toffoletto", ParagraphStyle("s2", parent=body, alignment=TA_CENTER))],
             [Paragraph("(firmato digitalmente)", ParagraphStyle("s3", parent=small, alignment=TA_CENTER)),
              Paragraph("(firmato digitalmente)", ParagraphStyle("s4", parent=small, alignment=TA_CENTER))]],
            colWidths=[85 * mm, 85 * mm])
story.append(KeepTogether(sig))

doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione di Giunta Comunale n. 48 del 14/04/2026",
                      author="Comune di Quinto di Treviso", creator="Civilia Next - Atti Amministrativi")
first = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 60 * mm, id="f1")
later = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [first], onPage=letterhead, autoNextPageTemplate="later"),
                      PageTemplate("later", [later], onPage=runhead)])
doc.build(story)
