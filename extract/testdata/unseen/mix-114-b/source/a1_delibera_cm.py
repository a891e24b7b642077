#!/usr/bin/env python3
"""Comunità Montana Bussento - Lambro e Mingardo: verbale di deliberazione
della Giunta Esecutiva in the CM's "Halley" house style.

ReportLab platypus: justified paragraphs (ReportLab justifies with Tw),
the roll in two numbered columns side by side, a running foot with the
act's number and "Pag. x di y", and a last page with the certificate of
publication filled in over printed underscores."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, Flowable,
                                KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-cmbussento-halley.pdf"
W, H = A4
ENTE = "COMUNITÀ MONTANA BUSSENTO – LAMBRO E MINGARDO"
NUM, DATA = 9, "16/02/2027"

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11, spaceAfter=2)
center = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Times-Bold")
head = ParagraphStyle("h", parent=center, fontSize=13, leading=16, spaceAfter=8)
cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")


def crest(c, x, y):
    # a simple drawn crest: shield with mountains
    c.saveState()
    c.setStrokeColor(colors.HexColor("#2e5d34"))
    c.setFillColor(colors.HexColor("#e9f1e4"))
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm); p.lineTo(x + 18 * mm, y + 22 * mm)
    p.lineTo(x + 18 * mm, y + 8 * mm); p.curveTo(x + 18 * mm, y + 2 * mm, x + 9 * mm, y, x + 9 * mm, y)
    p.curveTo(x + 9 * mm, y, x, y + 2 * mm, x, y + 8 * mm); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#2e5d34"))
    m = c.beginPath()
    m.moveTo(x + 2 * mm, y + 8 * mm); m.lineTo(x + 7 * mm, y + 17 * mm); m.lineTo(x + 10 * mm, y + 12 * mm)
    m.lineTo(x + 13 * mm, y + 16 * mm); m.lineTo(x + 16 * mm, y + 8 * mm); m.close()
    c.drawPath(m, stroke=0, fill=1)
    c.restoreState()


def on_page(c, doc):
    c.saveState()
    top = H - 15 * mm
    if doc.page == 1:
        crest(c, 17 * mm, top - 24 * mm)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2 + 8 * mm, top - 7 * mm, ENTE)
        c.setFont("Times-Italic", 10)
        c.drawCentredString(W / 2 + 8 * mm, top - 12.5 * mm, "(Provincia di Salerno)")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2 + 8 * mm, top - 17 * mm,
                            "Via Nazionale, 1 – 84050 Futani (SA) – C.F. 84001230656 – "
                            "PEC: protocollo@pec.cmbussento.it")
        c.setLineWidth(0.8)
        c.line(20 * mm, top - 26 * mm, W - 20 * mm, top - 26 * mm)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 20 * mm, top + 2 * mm, "COPIA")
    else:
        c.setFont("Times-Italic", 8.5)
        c.drawString(20 * mm, top + 2 * mm, "Comunità Montana Bussento – Lambro e Mingardo")
        c.line(20 * mm, top, W - 20 * mm, top)
    # running foot with the act's number
    c.setFont("Helvetica", 7.5)
    c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
    c.drawString(20 * mm, 11 * mm, f"Deliberazione G.E. n. {NUM} del {DATA}")
    c.drawRightString(W - 20 * mm, 11 * mm, f"Pag. {doc.page} di 3")
    c.restoreState()


class Filled(Flowable):
    """A line of a paper form: label, printed underscores, and the value
    typed over the underscores afterwards."""

    def __init__(self, parts, height=16):
        super().__init__()
        self.parts = parts
        self.height = height

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        x = 0
        for kind, text, n in self.parts:
            if kind == "t":
                c.setFont("Times-Roman", 11)
                c.drawString(x, 3, text)
                x += c.stringWidth(text, "Times-Roman", 11)
            else:
                under = "_" * n
                c.setFont("Times-Roman", 11)
                c.drawString(x, 3, under)
                w = c.stringWidth(under, "Times-Roman", 11)
                c.setFont("Courier-Bold", 10.5)
                c.drawCentredString(x + w / 2, 5, text)
                x += w


def roll_half(rows):
    data = [[Paragraph("N.", cellb), Paragraph("Cognome e Nome", cellb), Paragraph("Carica", cellb),
             Paragraph("P", cellb), Paragraph("A", cellb)]]
    for n, name, role, pres in rows:
        data.append([Paragraph(str(n), cell), Paragraph(name, cell), Paragraph(role, cell),
                     Paragraph("X" if pres else "", cell), Paragraph("" if pres else "X", cell)])
    while len(data) < 4:
        data.append(["", "", "", "", ""])
    t = Table(data, colWidths=[9 * mm, 33 * mm, 27 * mm, 8 * mm, 8 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=15 * mm, bottomMargin=20 * mm,
                          title=f"Delibera Giunta Esecutiva n. {NUM} del {DATA}",
                          author="Comunità Montana Bussento - Lambro e Mingardo",
                          creator="Halley Informatica - Atti Amministrativi")
    f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 15 * mm - 20 * mm - 43 * mm, id="f1")
    fN = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 15 * mm - 20 * mm - 6 * mm, id="fN")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=on_page, autoNextPageTemplate="next"),
                          PageTemplate("next", [fN], onPage=on_page)])
    s = []
    box = Table([[Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA ESECUTIVA", head)],
                 [Paragraph(f"N. {NUM} del {DATA}", center)]],
                colWidths=[W - 40 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black)]))
    s.append(box)
    s.append(Spacer(1, 6))
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", base),
                  Paragraph("<b>Approvazione del programma degli interventi di forestazione e bonifica "
                            "montana – annualità 2027 (L.R. Campania n. 11/1996).</b>", base)]],
                colWidths=[27 * mm, W - 40 * mm - 27 * mm])
    ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(ogg)
    s.append(Paragraph("Proposta n. 12 del 10/02/2027 – Ufficio proponente: Area Tecnica e Forestale", small))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "L'anno <b>duemilaventisette</b>, il giorno <b>sedici</b> del mese di <b>febbraio</b>, alle ore "
        "<b>11:30</b>, nella sede della Comunità Montana in Futani, convocata nei modi di legge, si è "
        "riunita la Giunta Esecutiva nelle persone dei signori:", base))
    left = [(1, "GRECO Antonio", "Presidente", True),
            (2, "D'AMATO Rosaria", "Vice Presidente", True),
            (3, "LIGUORI Pasquale", "Assessore", False)]
    right = [(4, "MELILLO Carmine", "Assessore", True),
             (5, "SPINELLI Teresa", "Assessore", True)]
    two = Table([[roll_half(left), roll_half(right)]], colWidths=[(W - 40 * mm) / 2] * 2)
    two.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(two)
    s.append(Paragraph("Presenti n. 4 – Assenti n. 1", ParagraphStyle("r", parent=base, alignment=2)))
    s.append(Paragraph(
        "Presiede il sig. Antonio Greco, nella sua qualità di Presidente. Partecipa con funzioni "
        "consultive, referenti e di assistenza, e ne cura la verbalizzazione, il Segretario Generale "
        "dott. Nicola Pecoraro.", base))
    s.append(Paragraph(
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed "
        "invita la Giunta a deliberare sull'argomento in oggetto.", base))
    s.append(Paragraph("LA GIUNTA ESECUTIVA", center))
    prem = [
        "PREMESSO che la Comunità Montana esercita, ai sensi della Legge Regionale 7 maggio 1996, n. 11, "
        "le funzioni delegate in materia di forestazione e bonifica montana sul territorio dei Comuni "
        "associati, e che a tal fine predispone annualmente il programma degli interventi da finanziare "
        "con le risorse trasferite dalla Regione Campania;",
        "VISTA la nota della Regione Campania – Direzione Generale per le Politiche Agricole, Alimentari e "
        "Forestali – con la quale sono stati comunicati i criteri per la redazione dei programmi annuali "
        "e la ripartizione provvisoria delle risorse per l'annualità 2027;",
        "VISTO il programma degli interventi predisposto dall'Area Tecnica e Forestale, composto dalla "
        "relazione tecnica, dal quadro economico e dall'elenco degli interventi per un importo complessivo "
        "di € 1.284.600,00, di cui € 912.300,00 per la manodopera idraulico-forestale;",
        "RITENUTO di dover approvare il suddetto programma al fine di consentirne la trasmissione agli "
        "uffici regionali entro il termine del 28 febbraio 2027;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. 18 agosto 2000, n. 267, riportati in calce al presente atto;",
        "CON VOTI unanimi favorevoli, espressi nelle forme di legge;",
    ]
    for p in prem:
        s.append(Paragraph(p, base))
    s.append(Paragraph("DELIBERA", ParagraphStyle("hk", parent=head, keepWithNext=1)))
    points = [
        "di approvare, per le motivazioni espresse in narrativa, il programma degli interventi di "
        "forestazione e bonifica montana per l'annualità 2027, allegato al presente atto quale parte "
        "integrante e sostanziale;",
        "di dare atto che la spesa complessiva di € 1.284.600,00 trova copertura nei fondi regionali "
        "iscritti al bilancio di previsione 2027-2029, Missione 9, Programma 5;",
        "di trasmettere il programma alla Regione Campania per il finanziamento degli interventi;",
        "di demandare al Responsabile dell'Area Tecnica e Forestale gli adempimenti conseguenti.",
    ]
    for i, p in enumerate(points, 1):
        s.append(Paragraph(f"{i}. {p}", ParagraphStyle("pt", parent=base, leftIndent=14, firstLineIndent=-14)))
    s.append(Paragraph(
        "Successivamente, con separata ed unanime votazione, la Giunta Esecutiva dichiara il presente atto "
        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", base))
    s.append(Spacer(1, 6))
    pareri = Table([
        [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere favorevole.<br/>"
                   "Il Responsabile dell'Area Tecnica e Forestale<br/>F.to ing. Mario Cammarano", small),
         Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere favorevole.<br/>"
                   "Il Responsabile dell'Area Amministrativo-Finanziaria<br/>F.to dott.ssa Lucia Speranza", small)]],
        colWidths=[(W - 40 * mm) / 2] * 2)
    pareri.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.4, colors.black),
                                ("BOX", (1, 0), (1, 0), 0.4, colors.black)]))
    s.append(pareri)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Letto, approvato e sottoscritto.", base))
    sig = Table([[Paragraph("IL PRESIDENTE", center), Paragraph("IL SEGRETARIO GENERALE", center)],
                 [Paragraph("F.to sig. Antonio Greco", ParagraphStyle("x", parent=base, alignment=TA_CENTER)),
                  Paragraph("F.to dott. Nicola Pecoraro", ParagraphStyle("x", parent=base, alignment=TA_CENTER))]],
                colWidths=[(W - 40 * mm) / 2] * 2)
    s.append(KeepTogether([sig]))
    s.append(PageBreak())
    s.append(Paragraph("CERTIFICATO DI PUBBLICAZIONE", head))
    s.append(Paragraph(
        "Il sottoscritto Segretario Generale, visti gli atti d'ufficio, ATTESTA che la presente "
        "deliberazione:", base))
    s.append(Filled([("t", "è stata affissa all'Albo Pretorio on line in data ", 0), ("v", "18/02/2027", 22),
                     ("t", " al n. ", 0), ("v", "61", 10), ("t", " del Registro", 0)]))
    s.append(Filled([("t", "per rimanervi quindici giorni consecutivi, fino al ", 0), ("v", "05/03/2027", 22),
                     ("t", ".", 0)]))
    s.append(Filled([("t", "Futani, lì ", 0), ("v", "18/02/2027", 22)]))
    s.append(Paragraph("IL SEGRETARIO GENERALE<br/>F.to dott. Nicola Pecoraro",
                       ParagraphStyle("rr", parent=base, alignment=TA_CENTER, leftIndent=80 * mm)))
    s.append(Spacer(1, 14))
    s.append(Paragraph("CERTIFICATO DI ESECUTIVITÀ", head))
    s.append(Paragraph("[X] dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)", base))
    s.append(Paragraph("[ ] divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3)", base))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Copia conforme all'originale per uso amministrativo.", base))
    s.append(Filled([("t", "Futani, ", 0), ("v", "18/02/2027", 22), ("t", "            Il Segretario Generale ", 0),
                     ("v", "dott. Nicola Pecoraro", 34)]))
    doc.build(s)


if __name__ == "__main__":
    build()
