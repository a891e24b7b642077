"""Comunità Montana Monte Maggiore - deliberazione della Giunta Esecutiva
n. 4 del 12/01/2029 (Halley-like print: centred letterhead, ORIGINALE box,
OGGETTO boxed, roll with Presenti/Assenti columns, pareri, relata di
pubblicazione). ReportLab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from rlutil import register_liberation

out = sys.argv[1]
register_liberation()
W, H = A4

base = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="LSerif-B", spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11.5)
num = ParagraphStyle("n", parent=base, leftIndent=18, firstLineIndent=-14)

SUBJECT = ("APPROVAZIONE DEL PROGRAMMA ANNUALE DEGLI INTERVENTI DI FORESTAZIONE E BONIFICA MONTANA - "
           "ANNUALITA' 2029 - L.R. 7 MAGGIO 1996, N. 11")


def page_deco(c, doc):
    c.saveState()
    # centred letterhead (Halley style)
    c.setFont("LSerif-B", 15)
    c.drawCentredString(W / 2, H - 22 * mm, "COMUNITÀ MONTANA MONTE MAGGIORE")
    c.setFont("LSerif", 10.5)
    c.drawCentredString(W / 2, H - 27.5 * mm, "Provincia di Caserta")
    c.setLineWidth(0.6)
    c.line(25 * mm, H - 30.5 * mm, W - 25 * mm, H - 30.5 * mm)
    if doc.page == 1:
        c.setFont("LSans-B", 10)
        c.rect(W - 52 * mm, H - 44 * mm, 30 * mm, 7 * mm)
        c.drawCentredString(W - 37 * mm, H - 41.6 * mm, "ORIGINALE")
    c.setFont("LSans", 7.5)
    c.drawString(22 * mm, 12 * mm, "Deliberazione della Giunta Esecutiva n. 4 del 12/01/2029")
    c.drawRightString(W - 22 * mm, 12 * mm, "Pag. %d" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=36 * mm,
                      bottomMargin=20 * mm, title="Delibera G.E. n. 4/2029", author="Comunità Montana Monte Maggiore",
                      creator="Halley - Gestione Atti")
fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=page_deco)])

S = []
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("DELIBERAZIONE DELLA GIUNTA ESECUTIVA", ParagraphStyle("t", parent=ctr, fontSize=13, leading=16)))
S.append(Paragraph("N. 4 del 12/01/2029", ParagraphStyle("t2", parent=ctr, fontSize=12, spaceBefore=0)))
S.append(Spacer(1, 2 * mm))
lab = ParagraphStyle("lab", parent=base, alignment=TA_LEFT)
ogg = Table([[Paragraph("<b>OGGETTO:</b>", lab), Paragraph("<b>%s</b>" % SUBJECT, base)]],
            colWidths=[27 * mm, doc.width - 27 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
S.append(ogg)
S.append(Spacer(1, 4 * mm))
S.append(Paragraph(
    "L'anno <b>duemilaventinove</b>, il giorno <b>dodici</b> del mese di <b>gennaio</b>, alle ore <b>11,30</b>, "
    "nella sede della Comunità Montana, regolarmente convocata, si è riunita la Giunta Esecutiva nelle persone "
    "dei Signori:", base))

roll = [["", "Cognome e Nome", "Carica", "Presenti", "Assenti"],
        ["1", "DI LILLO ANTONIO", "Presidente", "X", ""],
        ["2", "IANNOTTA CARMELA", "Vice Presidente", "X", ""],
        ["3", "CAPUTO NICOLA", "Assessore", "", "X"],
        ["4", "ZARRILLO VINCENZO", "Assessore", "X", ""],
        ["5", "MARROCCO GIUSEPPINA", "Assessore", "X", ""],
        ["", "", "Totale", "4", "1"]]
rt = Table(roll, colWidths=[8 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                        ("FONT", (0, -1), (-1, -1), "LSerif-B", 10),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                        ("ALIGN", (3, 0), (4, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
S.append(rt)
S.append(Spacer(1, 3 * mm))
S.append(Paragraph(
    "Partecipa con funzioni consultive, referenti e di assistenza il Segretario Generale <b>Dott. Gennaro Di "
    "Rienzo</b>, incaricato della redazione del verbale.", base))
S.append(Paragraph(
    "Il Presidente, <b>Avv. Antonio Di Lillo</b>, constatato il numero legale degli intervenuti, dichiara aperta "
    "la riunione ed invita i presenti a deliberare sull'argomento indicato in oggetto.", base))

S.append(Paragraph("LA GIUNTA ESECUTIVA", ctr))
PREM = [
    "Vista l'allegata proposta di deliberazione n. 5 del 08/01/2029, predisposta dall'Area Tecnica – Servizio "
    "Forestazione, che qui si intende integralmente richiamata;",
    "Premesso che la Comunità Montana esercita le funzioni delegate in materia di forestazione e bonifica "
    "montana ai sensi della L.R. 7 maggio 1996, n. 11 e successive modificazioni, e che per ciascuna "
    "annualità è tenuta a trasmettere alla Regione Campania il programma degli interventi da realizzare in "
    "amministrazione diretta con le maestranze idraulico-forestali;",
    "Visto il programma predisposto dal Servizio Forestazione, che prevede interventi di manutenzione dei "
    "boschi comunali, ripulitura delle fasce parafuoco, sistemazione idraulico-forestale di valloni e "
    "manutenzione della viabilità forestale nei territori dei Comuni associati, per un importo complessivo di "
    "€ 1.264.800,00;",
    "Dato atto che sulla proposta sono stati espressi i pareri favorevoli di regolarità tecnica e contabile ai "
    "sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "Con voti unanimi, legalmente espressi;",
]
for p in PREM:
    S.append(Paragraph(p, base))
S.append(Paragraph("DELIBERA", ctr))
PTS = [
    "di approvare il programma annuale degli interventi di forestazione e bonifica montana per l'annualità "
    "2029, che si allega al presente atto sotto la lettera A) per formarne parte integrante e sostanziale, "
    "per l'importo complessivo di € 1.264.800,00;",
    "di trasmettere il programma alla Regione Campania – Direzione Generale Politiche Agricole, Alimentari e "
    "Forestali, per l'approvazione e il finanziamento di competenza;",
    "di demandare al Responsabile dell'Area Tecnica gli adempimenti gestionali conseguenti, ivi compresa la "
    "programmazione delle giornate lavorative delle maestranze forestali.",
]
for i, p in enumerate(PTS, 1):
    S.append(Paragraph("%d. %s" % (i, p), num))
S.append(Paragraph(
    "Infine la Giunta Esecutiva, con separata e unanime votazione, stante l'urgenza di rispettare i termini "
    "fissati dalla Regione per la presentazione dei programmi, dichiara il presente atto immediatamente "
    "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", base))

S.append(Spacer(1, 6 * mm))
pareri = Table([
    [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere favorevole.<br/>Data 08/01/2029<br/>"
               "Il Responsabile dell'Area Tecnica<br/>F.to Ing. Luigi Merola", small),
     Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere favorevole.<br/>Data 09/01/2029<br/>"
               "Il Responsabile dell'Area Finanziaria<br/>F.to Dott.ssa Anna Ventriglia", small)]],
    colWidths=[doc.width / 2, doc.width / 2])
pareri.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S.append(pareri)
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("Letto, confermato e sottoscritto.", base))
firme = Table([["IL PRESIDENTE", "IL SEGRETARIO GENERALE"],
               ["F.to Avv. Antonio Di Lillo", "F.to Dott. Gennaro Di Rienzo"]],
              colWidths=[doc.width / 2, doc.width / 2])
firme.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(firme)
S.append(Spacer(1, 8 * mm))
rel = [Paragraph("RELATA DI PUBBLICAZIONE", ctr),
       Paragraph("Il sottoscritto Segretario Generale attesta che copia della presente deliberazione viene pubblicata "
                 "all'Albo Pretorio on line dell'Ente in data 13/01/2029 e vi resterà per quindici giorni consecutivi "
                 "(Reg. Pubbl. n. 21).", base),
       Paragraph("Formicola, 13/01/2029 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                 "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO GENERALE - F.to Dott. Gennaro Di Rienzo", base)]
S.append(KeepTogether(rel))
doc.build(S)
