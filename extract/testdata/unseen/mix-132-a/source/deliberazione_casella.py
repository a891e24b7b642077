#!/usr/bin/env python3
"""Comune di Casella - Giunta deliberation in the house style imitated from a
J-Iride print: ReportLab platypus, standard Times fonts, justified paragraphs
(word spacing set with Tw), a letter-spaced title (Tc), a running head with
the act's number and a running foot "Pagina x di y"."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-casella-jiride.pdf"
W, H = A4

RUNHEAD = "Comune di Casella \u2013 Deliberazione della Giunta Comunale n. 58 del 08/08/2028"


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
            self.running(n)
            super().showPage()
        super().save()

    def running(self, total):
        p = self._pageNumber
        self.saveState()
        self.setFont("Times-Italic", 8.5)
        if p > 1:
            self.drawString(20 * mm, H - 12 * mm, RUNHEAD)
            self.setLineWidth(0.4)
            self.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
        self.setFont("Times-Roman", 8)
        self.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        self.drawString(20 * mm, 11 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
        self.drawRightString(W - 20 * mm, 11 * mm, "Pagina %d di %d" % (p, total))
        self.restoreState()


def letterhead(c, doc):
    c.saveState()
    # crest: a simple shield
    x0, y0 = 20 * mm, H - 42 * mm
    c.setLineWidth(0.8)
    c.setFillColor(colors.HexColor("#1d4e89"))
    p = c.beginPath()
    p.moveTo(x0, y0 + 22 * mm)
    p.lineTo(x0 + 17 * mm, y0 + 22 * mm)
    p.lineTo(x0 + 17 * mm, y0 + 9 * mm)
    p.curveTo(x0 + 17 * mm, y0 + 3 * mm, x0 + 11 * mm, y0 + 1 * mm, x0 + 8.5 * mm, y0)
    p.curveTo(x0 + 6 * mm, y0 + 1 * mm, x0, y0 + 3 * mm, x0, y0 + 9 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.rect(x0 + 7.5 * mm, y0 + 4 * mm, 2 * mm, 15 * mm, fill=1, stroke=0)
    c.rect(x0 + 3 * mm, y0 + 13 * mm, 11 * mm, 2 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("Times-Bold", 17)
    c.drawString(42 * mm, H - 27 * mm, "COMUNE DI CASELLA")
    c.setFont("Times-Roman", 10.5)
    c.drawString(42 * mm, H - 32.5 * mm, "Citt\u00e0 Metropolitana di Genova")
    c.setFont("Times-Roman", 8)
    c.drawString(42 * mm, H - 37 * mm, "Piazza Europa, 1 \u2013 16015 Casella (GE) \u2013 C.F. 00954390102 \u2013 Tel. 010 9677011")
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 45 * mm, W - 20 * mm, H - 45 * mm)
    # letter-spaced title, Tc
    c.setFont("Times-Bold", 12.5)
    t = "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"
    cs = 1.6
    tw = c.stringWidth(t, "Times-Bold", 12.5) + cs * (len(t) - 1)
    c.drawString((W - tw) / 2, H - 53 * mm, t, charSpace=cs)
    c.setFont("Times-Roman", 9)
    c.drawRightString(W - 20 * mm, H - 19 * mm, "ORIGINALE")
    c.restoreState()


def later(c, doc):
    pass


st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                    alignment=TA_JUSTIFY, spaceAfter=5)
stc = ParagraphStyle("c", parent=st, alignment=TA_CENTER, fontName="Times-Bold",
                     spaceBefore=6, spaceAfter=6, fontSize=11.5)
sts = ParagraphStyle("s", parent=st, fontSize=9.5, leading=12)
stn = ParagraphStyle("n", parent=st, leftIndent=8 * mm, firstLineIndent=-6 * mm)

story = []
num = Table([["N. 58", "del 08/08/2028", "Proposta n. 71 del 02/08/2028"],
             ["", "", "Ufficio proponente: Area Tecnica \u2013 Lavori Pubblici"]],
            colWidths=[28 * mm, 45 * mm, 97 * mm])
num.setStyle(TableStyle([
    ("FONT", (0, 0), (1, 0), "Times-Bold", 12),
    ("FONT", (2, 0), (2, 1), "Times-Roman", 9),
    ("ALIGN", (2, 0), (2, 1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]))
story += [num, Spacer(1, 3 * mm)]

subj = Table([[Paragraph("<b>OGGETTO:</b>", st),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILIT\u00c0 TECNICO-ECONOMICA DEI LAVORI DI "
                         "MESSA IN SICUREZZA DEL PONTE SUL TORRENTE SCRIVIA IN LOCALIT\u00c0 AVOSSO \u2013 "
                         "CUP F47H28000310004</b>", ParagraphStyle("so", parent=st, alignment=TA_LEFT))]],
             colWidths=[27 * mm, 143 * mm])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
story += [subj, Spacer(1, 4 * mm)]

story.append(Paragraph(
    "L\u2019anno <b>duemilaventotto</b> addì <b>otto</b> del mese di <b>agosto</b> alle ore <b>17:30</b> nella "
    "sala delle adunanze della Sede Comunale, previa l\u2019osservanza di tutte le formalità prescritte "
    "dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale. "
    "All\u2019appello risultano:", st))

roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["DAGNINO Francesco", "Sindaco", "X", ""],
        ["PARODI Elisa", "Vicesindaco", "X", ""],
        ["REPETTO Stefano", "Assessore", "", "X"],
        ["CAVIGLIA Marta", "Assessore", "X", ""],
        ["", "Totale", "3", "1"]]
rt = Table(roll, colWidths=[62 * mm, 42 * mm, 24 * mm, 24 * mm], hAlign="CENTER")
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
    ("FONT", (0, 1), (-1, -1), "Times-Roman", 10.5),
    ("FONT", (1, -1), (-1, -1), "Times-Bold", 10),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, -2), (-1, -2), 0.6, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]))
story += [Spacer(1, 1 * mm), rt, Spacer(1, 3 * mm)]

story.append(Paragraph(
    "Partecipa alla seduta il Segretario Comunale <b>dott.ssa Laura Ferrando</b>, la quale provvede alla "
    "redazione del presente verbale.", st))
story.append(Paragraph(
    "Essendo legale il numero degli intervenuti, il <b>sig. Francesco Dagnino</b>, nella sua qualità di "
    "<b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell\u2019oggetto "
    "sopra indicato.", st))
story.append(Paragraph("LA GIUNTA COMUNALE", stc))
prem = [
    "Premesso che il ponte comunale sul torrente Scrivia in località Avosso, che collega la strada "
    "provinciale n. 226 con le frazioni poste in sponda destra, presenta segni di degrado delle pile e "
    "dell\u2019impalcato, evidenziati dalla verifica di vulnerabilità trasmessa al Comune il 14/06/2028 "
    "(prot. n. 4987);",
    "Richiamata la deliberazione del Consiglio Comunale n. 9 del 28/02/2028, esecutiva, con la quale è stato "
    "approvato il bilancio di previsione finanziario 2028/2030, e il successivo Piano Esecutivo di Gestione "
    "approvato con deliberazione della Giunta Comunale n. 22 del 12/03/2028;",
    "Dato atto che l\u2019intervento è inserito nel programma triennale dei lavori pubblici 2028/2030 per un "
    "importo complessivo di \u20ac 480.000,00, finanziato con contributo regionale per la messa in sicurezza "
    "del territorio di cui al decreto dirigenziale n. 3114 del 20/05/2028;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall\u2019ing. Marco Ghiglione, incaricato "
    "con determinazione dell\u2019Area Tecnica n. 151 del 06/06/2028, acquisito al protocollo comunale n. 5874 "
    "del 31/07/2028, composto dagli elaborati elencati nella relazione generale e recante il seguente "
    "quadro economico: lavori \u20ac 352.400,00, di cui \u20ac 11.200,00 per oneri della sicurezza; somme a "
    "disposizione dell\u2019Amministrazione \u20ac 127.600,00;",
    "Visti il D.Lgs. n. 36/2023 e il D.Lgs. n. 267/2000;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\u2019art. 49 del "
    "D.Lgs. n. 267/2000 dai Responsabili delle Aree interessate, riportati in calce al presente atto;",
    "Con voti unanimi favorevoli espressi nelle forme di legge;",
]
for p in prem:
    story.append(Paragraph(p, st))
story.append(Paragraph("D E L I B E R A", stc))
pts = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica "
    "dei lavori di messa in sicurezza del ponte sul torrente Scrivia in località Avosso, per un importo "
    "complessivo di \u20ac 480.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 2830/1 del bilancio "
    "di previsione 2028/2030, annualità 2028, finanziato con il contributo regionale citato;",
    "di nominare Responsabile Unico del Progetto il geom. Paolo Bruzzone, Responsabile dell\u2019Area "
    "Tecnica;",
    "di demandare al Responsabile dell\u2019Area Tecnica gli adempimenti conseguenti, compreso l\u2019affidamento "
    "della progettazione esecutiva.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), stn))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara la presente "
    "deliberazione <b>immediatamente eseguibile</b> ai sensi dell\u2019art. 134, comma 4, del D.Lgs. n. "
    "267/2000, stante l\u2019urgenza di presentare la richiesta di erogazione del contributo entro il "
    "31/08/2028.", st))
story.append(Spacer(1, 5 * mm))

sig = Table([["Letto, approvato e sottoscritto.", ""],
             ["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["Francesco Dagnino", "dott.ssa Laura Ferrando"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
    ("FONT", (0, 1), (-1, 1), "Times-Bold", 10.5),
    ("FONT", (0, 3), (-1, 3), "Times-Italic", 8.5),
    ("ALIGN", (0, 1), (-1, -1), "CENTER"),
    ("SPAN", (0, 0), (1, 0)),
]))
story.append(KeepTogether(sig))
story.append(Spacer(1, 8 * mm))

story.append(Paragraph("PARERI AI SENSI DELL\u2019ART. 49 DEL D.LGS. N. 267/2000", stc))
story.append(Paragraph(
    "<b>Regolarità tecnica</b>: si esprime parere FAVOREVOLE. Casella, 02/08/2028. Il Responsabile "
    "dell\u2019Area Tecnica, geom. Paolo Bruzzone.", sts))
story.append(Paragraph(
    "<b>Regolarità contabile</b>: si esprime parere FAVOREVOLE. Casella, 03/08/2028. Il Responsabile "
    "dell\u2019Area Finanziaria, rag. Monica Canepa.", sts))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("RELATA DI PUBBLICAZIONE", stc))
story.append(Paragraph(
    "Copia della presente deliberazione viene pubblicata all\u2019Albo Pretorio on line del Comune per 15 "
    "giorni consecutivi dal 10/08/2028 (registro delle pubblicazioni n. 806) e contestualmente comunicata "
    "ai Capigruppo consiliari ai sensi dell\u2019art. 125 del D.Lgs. n. 267/2000.", sts))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Deliberazione G.C. n. 58/2028", author="Comune di Casella",
                      creator="J-Iride Atti Amministrativi", producer="ReportLab PDF Library - www.reportlab.com")
f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 58 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 22 * mm - 18 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later)])
doc.build(story, canvasmaker=NumberedCanvas)
