#!/usr/bin/env python3
"""Giunta deliberation of the Comune di Pavia di Udine, laid out with ReportLab platypus
(as a small in-house Python report would print it): register box, roll table, numbered
points, publication box, running foot with page x of y."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-paviadiudine-reportlab.pdf"
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", L + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSerif", L + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", L + "LiberationSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-B")
registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif", boldItalic="LSerif-B")

body = ParagraphStyle("body", fontName="LSerif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", fontName="LSans", fontSize=8.5, leading=10.5)
center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName="LSans-B", fontSize=13, leading=16, alignment=TA_CENTER, spaceAfter=4)
point = ParagraphStyle("point", parent=body, leftIndent=18, firstLineIndent=-18)
lab = ParagraphStyle("lab", fontName="LSans-B", fontSize=10, leading=12)
val = ParagraphStyle("val", fontName="LSans", fontSize=10, leading=12)

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE "
           "STRAORDINARIA DELLA SCUOLA PRIMARIA “G. MARCONI” DI LAUZACCO – CUP E27H26000120004")


def header(canv, doc):
    canv.saveState()
    w, h = A4
    # crest placeholder + caption
    canv.setStrokeColor(colors.HexColor("#1d3f72"))
    canv.setLineWidth(1)
    canv.rect(18 * mm, h - 33 * mm, 14 * mm, 17 * mm)
    canv.setFont("LSans", 5.5)
    canv.drawCentredString(25 * mm, h - 36 * mm, "stemma")
    canv.setFillColor(colors.HexColor("#1d3f72"))
    canv.setFont("LSans-B", 15)
    canv.drawString(36 * mm, h - 21 * mm, "COMUNE DI PAVIA DI UDINE")
    canv.setFont("LSans", 9)
    canv.drawString(36 * mm, h - 26 * mm, "Regione Autonoma Friuli Venezia Giulia")
    canv.drawString(36 * mm, h - 30.5 * mm, "Piazza Julia, 1 – 33050 Lauzacco (UD) – C.F. 80007690309")
    # register box, top right
    canv.setFillColor(colors.black)
    canv.setLineWidth(0.7)
    canv.rect(150 * mm, h - 34 * mm, 42 * mm, 18 * mm)
    canv.setFont("LSans", 7.5)
    canv.drawString(152 * mm, h - 20 * mm, "Registro Deliberazioni G.C.")
    canv.setFont("LSans-B", 11)
    canv.drawString(152 * mm, h - 26 * mm, "N. 38")
    canv.setFont("LSans", 9)
    canv.drawString(152 * mm, h - 31.5 * mm, "del 12/03/2026")
    canv.setStrokeColor(colors.HexColor("#1d3f72"))
    canv.line(18 * mm, h - 39 * mm, 192 * mm, h - 39 * mm)
    # running foot
    canv.setFont("LSans", 7.5)
    canv.setFillColor(colors.HexColor("#444444"))
    canv.drawString(18 * mm, 12 * mm, "Comune di Pavia di Udine – Deliberazione della Giunta Comunale n. 38 del 12/03/2026")
    canv.drawRightString(192 * mm, 12 * mm, "Pag. %d di %s" % (doc.page, doc._total))
    canv.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn, total, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=44 * mm, bottomMargin=22 * mm,
                         title="Deliberazione Giunta Comunale n. 38/2026",
                         author="Comune di Pavia di Udine - Ufficio Segreteria",
                         subject=SUBJECT, creator="ReportLab platypus - stampa atti")
        self._total = total
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=header)])


def story():
    s = []
    s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", title))
    s.append(Paragraph("<i>Copia conforme all'originale informatico</i>", center))
    s.append(Spacer(1, 4))
    t = Table([[Paragraph("OGGETTO:", lab), Paragraph("<b>%s</b>" % SUBJECT, val)]],
              colWidths=[24 * mm, 150 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e8edf5")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore <b>18:00</b>, "
        "nella sala delle adunanze della sede municipale, previa l'osservanza di tutte le formalità prescritte "
        "dalla vigente normativa, si è riunita la Giunta Comunale. Risultano:", body))
    roll = [["N.", "Cognome e nome", "Carica", "Presente", "Assente"],
            ["1", "TOSOLINI MARCO", "Sindaco", "X", ""],
            ["2", "PERESSINI ELENA", "Vicesindaco", "X", ""],
            ["3", "DEL FABBRO LUCA", "Assessore", "X", ""],
            ["4", "CANDOTTI SILVIA", "Assessore", "X", ""],
            ["5", "ZULIANI FABIO", "Assessore", "", "X"]]
    rt = Table(roll, colWidths=[10 * mm, 70 * mm, 40 * mm, 22 * mm, 22 * mm])
    rt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSans-B", 9.5), ("FONT", (0, 1), (-1, -1), "LSans", 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf5")),
                            ("ALIGN", (3, 0), (4, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER")]))
    s.append(rt)
    s.append(Spacer(1, 3))
    s.append(Paragraph("Presenti n. 4 – Assenti n. 1", ParagraphStyle("r", parent=body, alignment=2, fontName="LSans", fontSize=9.5)))
    s.append(Paragraph(
        "Assiste alla seduta il Segretario Comunale dott.ssa Paola Cudicio, con funzioni consultive, referenti e di "
        "assistenza e ne cura la verbalizzazione. Constatato il numero legale degli intervenuti, assume la presidenza "
        "il Sindaco sig. Marco Tosolini, il quale dichiara aperta la seduta e invita la Giunta a deliberare "
        "sull'oggetto sopra indicato.", body))
    s.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", center))
    s.append(Paragraph(
        "VISTA la proposta di deliberazione n. 45 del 05/03/2026 predisposta dall'Area Tecnica e Tecnico-Manutentiva, "
        "allegata al presente atto quale parte integrante e sostanziale;", body))
    s.append(Paragraph(
        "PREMESSO che l'edificio della scuola primaria “G. Marconi” di Lauzacco necessita di interventi di "
        "rifacimento della copertura, di adeguamento dei servizi igienici e di sostituzione dei serramenti del "
        "piano terra, come evidenziato nel verbale di sopralluogo del 20/01/2026;", body))
    s.append(Paragraph(
        "RICHIAMATA la deliberazione del Consiglio Comunale n. 4 del 27/01/2026, con la quale è stato approvato il "
        "Documento Unico di Programmazione 2026/2028 e il programma triennale dei lavori pubblici;", body))
    s.append(Paragraph(
        "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Stefano Moro, incaricato con "
        "determinazione n. 512 del 18/11/2025, dell'importo complessivo di € 380.000,00, di cui € 291.500,00 per "
        "lavori e oneri della sicurezza ed € 88.500,00 per somme a disposizione dell'Amministrazione;", body))
    s.append(Paragraph(
        "VISTI il D.Lgs. 31 marzo 2023, n. 36 e la L.R. 31 maggio 2002, n. 14 e successive modifiche e integrazioni;", body))
    s.append(Paragraph(
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000 dai Responsabili delle Aree competenti;", body))
    s.append(Paragraph(
        "Con voti unanimi favorevoli, espressi nelle forme di legge,", body))
    s.append(Paragraph("<b>D E L I B E R A</b>", center))
    pts = [
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria della "
        "scuola primaria “G. Marconi” di Lauzacco, dell'importo complessivo di € 380.000,00, composto dagli elaborati "
        "elencati in premessa;",
        "di dare atto che la spesa trova copertura al capitolo 2410/5 del bilancio di previsione 2026/2028, "
        "annualità 2026, finanziato con contributo regionale di cui al decreto n. 1187/TERINF del 15/12/2025;",
        "di individuare quale Responsabile Unico del Progetto il geom. Davide Pittini, Responsabile dell'Area "
        "Tecnica e Tecnico-Manutentiva;",
        "di demandare al Responsabile Unico del Progetto l'adozione degli atti conseguenti, ivi compreso "
        "l'affidamento della progettazione esecutiva.",
    ]
    for i, p in enumerate(pts, 1):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
    s.append(Paragraph(
        "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione "
        "immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, stante "
        "l'urgenza di rispettare il cronoprogramma del contributo.", body))
    s.append(Spacer(1, 10))
    sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
                 ["Marco Tosolini", "dott.ssa Paola Cudicio"],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[87 * mm, 87 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LSans-B", 10), ("FONT", (0, 1), (-1, -1), "LSans", 10),
                             ("FONT", (0, 2), (-1, 2), "LSans-I", 8), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(KeepTogether(sig))
    s.append(Spacer(1, 14))
    pub = Table([[Paragraph(
        "<b>ATTESTATO DI PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all'Albo Pretorio on line "
        "dal 13/03/2026 al 28/03/2026 per quindici giorni consecutivi ai sensi dell'art. 1, comma 15, della "
        "L.R. 21/2003. Comunicata ai capigruppo consiliari in data 13/03/2026.<br/>"
        "L'incaricato della pubblicazione – Laura Bressan", small)]], colWidths=[174 * mm])
    pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(KeepTogether(pub))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce "
                       "il documento cartaceo e la firma autografa.", ParagraphStyle("f", parent=small, fontName="LSans-I")))
    return s


# two passes to know the page total
d = Doc(OUT, "?")
d.build(story())
n = d.page
d = Doc(OUT, str(n))
d.build(story())
