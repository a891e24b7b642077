#!/usr/bin/env python3
"""San Chirico Raparo - Giunta deliberation n. 58/2027 in a Halley-like layout.
ReportLab platypus: justified paragraphs (ReportLab writes Tw for them),
a running foot with the act's number and "Pag. x di y" on every page, a
running head from page 2."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib import colors

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-sanchiricoraparo-halley.pdf"

W, H = A4
FOOT = "Deliberazione di Giunta Comunale n. 58 del 06/07/2027"


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Times-Italic", 8.5)
            self.setFillColor(colors.black)
            self.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
            self.drawString(20 * mm, 10 * mm, FOOT)
            self.drawRightString(W - 20 * mm, 10 * mm, "Pag. %d di %d" % (self._pageNumber, n))
            if self._pageNumber > 1:
                self.setFont("Times-Roman", 8.5)
                self.drawString(20 * mm, H - 12 * mm, "COMUNE DI SAN CHIRICO RAPARO")
                self.drawRightString(W - 20 * mm, H - 12 * mm, "G.C. n. 58/2027")
                self.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
            super().showPage()
        super().save()


def crest(c, x, y):
    # a plain shield as the software prints it when no bitmap is loaded
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 20 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.setLineWidth(1)
    c.setFillColor(colors.Color(0.85, 0.88, 0.95))
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 7)
    c.drawCentredString(x + 8 * mm, y + 10 * mm, "S.C.R.")


def first_page(c, doc):
    c.saveState()
    crest(c, 22 * mm, H - 38 * mm)
    c.setFont("Times-Bold", 16)
    c.drawCentredString(W / 2, H - 24 * mm, "COMUNE DI SAN CHIRICO RAPARO")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, H - 30 * mm, "Provincia di Potenza")
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, H - 35 * mm,
                        "Via Roma, 1 - 85030 San Chirico Raparo (PZ) - C.F. 80004510765 - tel. 0973 631014")
    c.setFont("Times-Bold", 11)
    c.drawRightString(W - 20 * mm, H - 18 * mm, "COPIA")
    c.restoreState()


def later_pages(c, doc):
    pass


ss = {
    "body": ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                           alignment=TA_JUSTIFY, spaceAfter=4),
    "bodyi": ParagraphStyle("bodyi", fontName="Times-Roman", fontSize=11, leading=14.2,
                            alignment=TA_JUSTIFY, spaceAfter=4, leftIndent=8 * mm),
    "pt": ParagraphStyle("pt", fontName="Times-Roman", fontSize=11, leading=14.2,
                         alignment=TA_JUSTIFY, spaceAfter=4, leftIndent=8 * mm, firstLineIndent=-6 * mm),
    "c": ParagraphStyle("c", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_CENTER,
                        spaceBefore=6, spaceAfter=6),
    "small": ParagraphStyle("small", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_JUSTIFY),
    "smallb": ParagraphStyle("smallb", fontName="Times-Bold", fontSize=9.5, leading=12, alignment=TA_LEFT),
    "cell": ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=13),
}

SUBJECT = ("APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO SAN CHIRICO RAPARO "
           "PER LA GESTIONE DEL SERVIZIO DI ACCOGLIENZA E INFORMAZIONE TURISTICA - STAGIONE ESTIVA 2027.")

story = []
story.append(Spacer(1, 30 * mm))
hdr = Table([
    [Paragraph("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>",
               ParagraphStyle("h", fontName="Times-Bold", fontSize=12.5, alignment=TA_CENTER, leading=15))],
], colWidths=[170 * mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                         ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story.append(hdr)
story.append(Spacer(1, 3 * mm))
num = Table([["N. 58", "del 06/07/2027", "Proposta n. 64 del 01/07/2027"]],
            colWidths=[40 * mm, 55 * mm, 75 * mm])
num.setStyle(TableStyle([("FONT", (0, 0), (1, 0), "Times-Bold", 12),
                         ("FONT", (2, 0), (2, 0), "Times-Roman", 10),
                         ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                         ("BOX", (0, 0), (1, 0), 0.6, colors.black),
                         ("INNERGRID", (0, 0), (1, 0), 0.6, colors.black)]))
story.append(num)
story.append(Spacer(1, 4 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", ss["cell"]),
              Paragraph("<b>%s</b>" % SUBJECT.replace("'", "&#39;"),
                        ParagraphStyle("o", fontName="Times-Bold", fontSize=11, leading=14, alignment=TA_JUSTIFY))]],
            colWidths=[27 * mm, 143 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story.append(ogg)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "L'anno <b>duemilaventisette</b>, il giorno <b>sei</b> del mese di <b>luglio</b>, alle ore <b>13:30</b>, "
    "nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla "
    "vigente normativa, si è riunita la Giunta Comunale, con l'intervento dei signori:", ss["body"]))

roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "LOFIEGO Rocco", "Sindaco", "X", ""],
        ["2", "CANTISANI Maria Teresa", "Vice Sindaco", "X", ""],
        ["3", "ARCIERI Domenico", "Assessore", "", "X"]]
rt = Table(roll, colWidths=[10 * mm, 70 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                        ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
                        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                        ("ALIGN", (0, 0), (0, -1), "CENTER"),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
story.append(Spacer(1, 2 * mm))
story.append(rt)
story.append(Spacer(1, 1.5 * mm))
story.append(Paragraph("Presenti n. 2 &nbsp;&nbsp;&nbsp; Assenti n. 1", ss["body"]))
story.append(Paragraph(
    "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a), "
    "del D.Lgs. 18 agosto 2000, n. 267) il Segretario Comunale <b>dott.ssa Angela Sarubbi</b>.", ss["body"]))
story.append(Paragraph(
    "Il Sindaco <b>dott. Rocco Lofiego</b>, constatato il numero legale degli intervenuti, dichiara aperta la "
    "riunione ed invita i convocati a deliberare sull'oggetto sopraindicato.", ss["body"]))
story.append(Paragraph("LA GIUNTA COMUNALE", ss["c"]))
prem = [
    "VISTA la proposta di deliberazione n. 64 del 01/07/2027 predisposta dall'Area Amministrativa, "
    "avente ad oggetto quanto in epigrafe;",
    "PREMESSO che l'Amministrazione Comunale intende assicurare, nel periodo compreso tra il 15 luglio e il "
    "15 settembre 2027, l'apertura del punto di informazione turistica di Piazza Municipio e l'accoglienza dei "
    "visitatori presso il Convento di Sant'Antonio, anche in occasione delle manifestazioni dell'estate "
    "sanchirichese;",
    "CONSIDERATO che l'Associazione Pro Loco San Chirico Raparo, iscritta all'Albo regionale delle Pro Loco, "
    "ha manifestato con nota acquisita al protocollo n. 3187 del 24/06/2027 la propria disponibilità a svolgere "
    "il servizio a titolo di volontariato, a fronte del solo rimborso delle spese documentate;",
    "RICHIAMATI l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore) e il vigente Regolamento "
    "comunale per la concessione di contributi e vantaggi economici;",
    "DATO ATTO che la spesa massima di euro 2.500,00 trova copertura sul capitolo 1072 del bilancio di previsione "
    "2027/2029, esercizio 2027, approvato con deliberazione del Consiglio Comunale n. 9 del 28/03/2027;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi dai Responsabili delle Aree "
    "interessate ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000, riportati in calce;",
]
for p in prem:
    story.append(Paragraph(p.replace("'", "&#39;"), ss["body"]))
story.append(Paragraph("Con voti unanimi favorevoli, espressi nei modi e nelle forme di legge,", ss["body"]))
story.append(Paragraph("DELIBERA", ss["c"]))
pts = [
    "di approvare le premesse quali parte integrante e sostanziale del presente atto;",
    "di approvare lo schema di convenzione con l'Associazione Pro Loco San Chirico Raparo per la gestione del "
    "servizio di accoglienza e informazione turistica nel periodo dal 15/07/2027 al 15/09/2027, composto da "
    "n. 9 articoli, allegato al presente atto sotto la lettera A);",
    "di demandare al Responsabile dell'Area Amministrativa la sottoscrizione della convenzione e l'adozione "
    "degli atti di impegno della spesa massima di euro 2.500,00 sul capitolo 1072 del bilancio 2027/2029, "
    "esercizio 2027;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p.replace("'", "&#39;")), ss["pt"]))
story.append(Paragraph(
    "Successivamente, stante l'urgenza di provvedere in vista dell'avvio della stagione estiva, con separata "
    "votazione unanime e palese, la Giunta Comunale <b>DICHIARA</b> la presente deliberazione immediatamente "
    "eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.".replace("'", "&#39;"), ss["body"]))
story.append(Spacer(1, 4 * mm))

par = Table([
    [Paragraph("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000</b>".replace("'", "&#39;"), ss["smallb"]), ""],
    [Paragraph("Parere in ordine alla regolarità tecnica: <b>FAVOREVOLE</b><br/>Data 01/07/2027", ss["small"]),
     Paragraph("Il Responsabile dell'Area Amministrativa<br/>F.to Antonio Fiore".replace("'", "&#39;"), ss["small"])],
    [Paragraph("Parere in ordine alla regolarità contabile: <b>FAVOREVOLE</b><br/>Data 02/07/2027", ss["small"]),
     Paragraph("Il Responsabile dell'Area Finanziaria<br/>F.to dott. Nicola Grieco".replace("'", "&#39;"), ss["small"])],
], colWidths=[100 * mm, 70 * mm])
par.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 1), 0.3, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(KeepTogether([par]))
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, confermato e sottoscritto.", ss["body"]))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["F.to dott. Rocco Lofiego", "F.to dott.ssa Angela Sarubbi"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 11), ("FONT", (0, 1), (-1, 1), "Times-Roman", 11),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(sig)
story.append(Spacer(1, 8 * mm))
cert = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", ss["smallb"])],
              [Paragraph("Il sottoscritto Segretario Comunale attesta che copia della presente deliberazione viene "
                         "pubblicata all'Albo Pretorio on line di questo Comune il giorno 07/07/2027 e vi rimarrà per "
                         "quindici giorni consecutivi (Reg. Pubbl. n. 421).".replace("'", "&#39;"), ss["small"])],
              [Paragraph("San Chirico Raparo, 07/07/2027 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                         "IL SEGRETARIO COMUNALE F.to dott.ssa Angela Sarubbi", ss["small"])]],
             colWidths=[170 * mm])
cert.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
story.append(KeepTogether([cert]))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("Copia conforme all'originale, per uso amministrativo.".replace("'", "&#39;"), ss["small"]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, title="Deliberazione G.C. 58/2027", author="Halley",
                      creator="Halley Informatica - Atti Amministrativi")
frame = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 38 * mm, id="f", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=first_page)])


def onpage(c, d):
    if c.getPageNumber() == 1:
        first_page(c, d)


doc.pageTemplates[0].onPage = onpage
doc.build(story, canvasmaker=NumberedCanvas)
