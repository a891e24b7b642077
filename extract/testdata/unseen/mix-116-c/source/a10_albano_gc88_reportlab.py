#!/usr/bin/env python3
"""Città di Albano Laziale - Giunta Comunale n. 88 del 06/04/2027 ("Sicraweb" style).
ReportLab: letterhead grid drawn on the canvas with a letter-spaced name (Tc), a running
head with the act's number on every page, justified paragraphs (Tw), a roll whose notes
record a member in videoconference and one who arrives during the item."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-albanolaziale-sicraweb-estate.pdf"
NUM, DATA = 88, "06/04/2027"
BLUE = colors.HexColor("#1d3a6b")

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
ctr = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
cc = ParagraphStyle("cc", parent=body, alignment=TA_CENTER)


def running(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#333333"))
    c.drawString(18 * mm, 287 * mm, "Città di Albano Laziale \u2013 Giunta Comunale \u2013 Deliberazione n. %d del %s"
                 % (NUM, DATA))
    c.drawRightString(192 * mm, 287 * mm, "pag. %d" % doc.page)
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.4)
    c.line(18 * mm, 285.5 * mm, 192 * mm, 285.5 * mm)
    c.line(18 * mm, 15 * mm, 192 * mm, 15 * mm)
    c.drawString(18 * mm, 11 * mm, "Sicraweb \u2013 Gestione atti. Documento firmato digitalmente ai sensi del D.Lgs. "
                 "n. 82/2005.")
    c.restoreState()


def first(c, doc):
    running(c, doc)
    c.saveState()
    top, bot = 281 * mm, 256 * mm
    c.setStrokeColor(BLUE)
    c.setLineWidth(1)
    c.rect(18 * mm, bot, 174 * mm, top - bot)
    c.setLineWidth(0.6)
    c.line(40 * mm, bot, 40 * mm, top)
    c.line(148 * mm, bot, 148 * mm, top)
    c.rect(21 * mm, bot + 3 * mm, 16 * mm, 19 * mm)
    c.setFont("Helvetica-Bold", 5.5)
    c.drawCentredString(29 * mm, bot + 12 * mm, "STEMMA")
    c.setFillColor(BLUE)
    t = c.beginText(43 * mm, bot + 15 * mm)
    t.setFont("Helvetica-Bold", 15)
    t.setCharSpace(1.6)
    t.textOut("CITTÀ DI ALBANO LAZIALE")
    t.setCharSpace(0)
    c.drawText(t)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8.5)
    c.drawString(43 * mm, bot + 9 * mm, "Città Metropolitana di Roma Capitale")
    c.drawString(43 * mm, bot + 4.5 * mm, "Piazza della Costituente, 1 \u2013 00041 Albano Laziale (RM)")
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(170 * mm, bot + 19 * mm, "Deliberazione della")
    c.drawCentredString(170 * mm, bot + 15 * mm, "Giunta Comunale")
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(170 * mm, bot + 9 * mm, "N. %d" % NUM)
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(170 * mm, bot + 4 * mm, "Data %s" % DATA)
    c.restoreState()


doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione G.C. n. 88 del 06/04/2027",
                      author="Città di Albano Laziale", creator="Sicraweb - Gestione atti")
doc.addPageTemplates([
    PageTemplate("first", [Frame(18 * mm, 18 * mm, 174 * mm, 236 * mm, leftPadding=0, rightPadding=0)],
                 onPage=first, autoNextPageTemplate="later"),
    PageTemplate("later", [Frame(18 * mm, 18 * mm, 174 * mm, 265 * mm, leftPadding=0, rightPadding=0)],
                 onPage=running)])

S = []
og = Table([[Paragraph("<font color='#1d3a6b' size=8><b>OGGETTO</b></font>", body)],
            [Paragraph("<b>RASSEGNA \u201cESTATE ALBANENSE 2027\u201d: APPROVAZIONE DEL PROGRAMMA DEGLI EVENTI E "
                       "INDIRIZZI AL DIRIGENTE DEL SETTORE II</b>", ParagraphStyle("o", parent=body, alignment=0))]],
           colWidths=[174 * mm])
og.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, BLUE), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                        ("TOPPADDING", (0, 1), (-1, 1), 0)]))
S += [og, Spacer(1, 2 * mm)]
S.append(Paragraph("Proposta di deliberazione n. 104 del 01/04/2027 &nbsp;|&nbsp; Settore proponente: SETTORE II "
                   "\u2013 SERVIZI ALLA PERSONA, CULTURA E TURISMO", small))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph(
    "L'anno duemilaventisette, il giorno sei del mese di aprile, alle ore 11:30, nella Sala della Giunta del "
    "Palazzo Comunale e in collegamento telematico, si è riunita la Giunta Comunale, convocata nelle forme di "
    "legge. Risultano:", body))
roll = [("ORSINI Massimiliano", "Sindaco", "", "X", ""),
        ("MARINI Daniela", "Vice Sindaco", "X", "", ""),
        ("FERRANTE Paolo", "Assessore", "X", "", ""),
        ("CORSI Alessia", "Assessore", "X", "", "in videoconferenza"),
        ("RINALDI Giorgio", "Assessore", "X", "", ""),
        ("MASSIMI Elena", "Assessore", "X", "", ""),
        ("BRUNETTI Andrea", "Assessore", "", "X", "entra alle ore 11:50")]
rows = [["Componente", "Carica", "Presente", "Assente", "Note"]] + [list(r) for r in roll] + \
       [["", "Totale", "5", "2", ""]]
rt = Table(rows, colWidths=[48 * mm, 34 * mm, 20 * mm, 20 * mm, 44 * mm], hAlign="CENTER")
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf3")),
                        ("GRID", (0, 0), (-1, -2), 0.4, colors.HexColor("#888888")),
                        ("ALIGN", (2, 0), (3, -1), "CENTER")]))
S += [rt, Spacer(1, 3 * mm)]
S.append(Paragraph(
    "Assente il Sindaco, presiede la seduta la <b>Vice Sindaco, dott.ssa Daniela MARINI</b>. Partecipa il <b>Vice "
    "Segretario Generale, dott. Fabrizio ROSATI</b>, in sostituzione del Segretario Generale temporaneamente "
    "assente, con funzioni consultive, referenti e di assistenza, che cura la redazione del presente verbale.", body))
S.append(Paragraph(
    "L'Assessora CORSI Alessia partecipa in videoconferenza dalla sede della Città Metropolitana; il Vice "
    "Segretario Generale ne ha accertato l'identità. Alle ore 11:50, nel corso dell'illustrazione della proposta, "
    "entra nella sala l'Assessore BRUNETTI Andrea, che partecipa alla discussione e alla votazione: i presenti "
    "sono pertanto n. 6.", body))
S.append(Paragraph("LA GIUNTA COMUNALE", ctr))
for t in [
    "Premesso che l'Amministrazione intende promuovere, nei mesi di giugno, luglio e agosto 2027, la rassegna "
    "\u201cEstate Albanense 2027\u201d, articolata in spettacoli, concerti, proiezioni cinematografiche all'aperto e "
    "visite guidate ai siti archeologici cittadini, con l'obiettivo di valorizzare il patrimonio storico e "
    "culturale e di sostenere le attività economiche del centro storico;",
    "Visto il Documento Unico di Programmazione 2027-2029, approvato con deliberazione del Consiglio Comunale "
    "n. 3 del 27/01/2027, che alla Missione 05 \u2013 Tutela e valorizzazione dei beni e delle attività culturali "
    "prevede l'organizzazione di eventi culturali estivi diffusi sul territorio;",
    "Visto il programma degli eventi predisposto dal Servizio Cultura e Turismo, allegato al presente atto sotto "
    "la lettera \u201cA\u201d, che prevede complessivamente n. 34 appuntamenti in piazza Mazzini, a Villa "
    "Doria e presso l'anfiteatro romano, per una spesa stimata di euro 118.000,00, di cui euro 40.000,00 coperti da "
    "sponsorizzazioni e dal contributo regionale per lo spettacolo dal vivo;",
    "Ritenuto di approvare il programma e di fornire al Dirigente del Settore II gli indirizzi per "
    "l'individuazione degli operatori, nel rispetto del D.Lgs. 31 marzo 2023, n. 36, e per la ricerca di "
    "sponsorizzazioni mediante avviso pubblico;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "18 agosto 2000, n. 267, dal Dirigente del Settore II e dal Dirigente del Settore Finanziario;",
    "Con votazione unanime e palese, favorevoli n. 6 su n. 6 presenti,",
]:
    S.append(Paragraph(t, body))
S.append(Paragraph("D E L I B E R A", ctr))
pts = [
    "di approvare il programma degli eventi della rassegna \u201cEstate Albanense 2027\u201d, allegato sotto la "
    "lettera \u201cA\u201d quale parte integrante e sostanziale;",
    "di fornire al Dirigente del Settore II indirizzo per l'affidamento dei servizi tecnici, di sicurezza e di "
    "promozione necessari allo svolgimento degli eventi e per la pubblicazione di un avviso pubblico per la "
    "ricerca di sponsor;",
    "di dare atto che la spesa a carico del bilancio comunale, stimata in euro 78.000,00, trova copertura alla "
    "Missione 05, Programma 02, del bilancio di previsione 2027-2029, annualità 2027;",
    "di dare atto che il programma potrà essere integrato con successivi provvedimenti del Dirigente, nei limiti "
    "della spesa autorizzata.",
]
for i, t in enumerate(pts, 1):
    S.append(Paragraph("%d) %s" % (i, t), ParagraphStyle("p%d" % i, parent=body, leftIndent=7 * mm,
                                                          firstLineIndent=-6 * mm)))
S.append(Paragraph(
    "Con successiva, separata e unanime votazione, la Giunta Comunale dichiara il presente atto immediatamente "
    "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire l'avvio delle procedure di "
    "affidamento.", body))
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([[Paragraph("<b>LA VICE SINDACO</b><br/>dott.ssa Daniela MARINI<br/><font size=7.5>(firmato "
                        "digitalmente)</font>", cc),
              Paragraph("<b>IL VICE SEGRETARIO GENERALE</b><br/>dott. Fabrizio ROSATI<br/><font size=7.5>(firmato "
                        "digitalmente)</font>", cc)]], colWidths=[87 * mm, 87 * mm])
S.append(sig)
doc.build(S)
