#!/usr/bin/env python3
"""Comune di Martano - Giunta Comunale n. 118 del 03/08/2027 (Sicraweb-like house style).

ReportLab platypus. Body justified by ReportLab (word spacing, Tw); the title
is letter-spaced (Tc); the letterhead is a Form XObject drawn with doForm at
the END of each page's content stream (after the body), as is the running
head of pages 2+; the roll is a ruled table.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, Flowable, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-martano-sicraweb.pdf"
W, H = A4
TOTAL = 0

NUM, DATA = "118", "03/08/2027"
SUBJECT = ("VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI "
           "DELL'ART. 175, COMMA 4, DEL D.LGS. N. 267/2000 - APPLICAZIONE QUOTA DI AVANZO "
           "VINCOLATO PER INTERVENTI DI MANUTENZIONE STRAORDINARIA DEGLI EDIFICI SCOLASTICI.")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12)
center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                        spaceBefore=6, spaceAfter=6)
point = ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16)
subj = ParagraphStyle("subj", parent=body, fontName="Times-Bold", leftIndent=62,
                      firstLineIndent=-62)


class SpacedTitle(Flowable):
    """Title drawn with character spacing (Tc), centred."""
    def __init__(self, text, size=13.5, cs=2.6):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs
        self.height = size + 6

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        from reportlab.pdfbase.pdfmetrics import stringWidth
        w = stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText()
        t.setFont("Helvetica-Bold", self.size)
        t.setCharSpace(self.cs)
        t.setTextOrigin((self.aw - w) / 2, 4)
        t.textOut(self.text)
        c.drawText(t)


class NumberBand(Flowable):
    """Sicraweb band: number/date left, proposal right, boxed."""
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 34

    def draw(self):
        c = self.canv
        c.setLineWidth(0.8)
        c.rect(0, 0, self.aw, 32)
        c.line(self.aw * 0.52, 0, self.aw * 0.52, 32)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(8, 12, "N. %s  del  %s" % (NUM, DATA))
        c.setFont("Helvetica", 8)
        c.drawString(self.aw * 0.52 + 8, 19, "Proposta n. 131 del 29/07/2027")
        c.drawString(self.aw * 0.52 + 8, 7, "Proponente: SETTORE ECONOMICO - FINANZIARIO")


def letterhead_form(c):
    c.beginForm("letterhead")
    # crest: a simple shield
    c.setStrokeColor(colors.HexColor("#1f3b73"))
    c.setFillColor(colors.HexColor("#dbe4f3"))
    p = c.beginPath()
    x, y = 22 * mm, H - 35 * mm
    p.moveTo(x, y + 17 * mm); p.lineTo(x + 14 * mm, y + 17 * mm); p.lineTo(x + 14 * mm, y + 7 * mm)
    p.curveTo(x + 14 * mm, y + 2 * mm, x + 7 * mm, y, x + 7 * mm, y)
    p.curveTo(x + 7 * mm, y, x, y + 2 * mm, x, y + 7 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1f3b73"))
    c.setFont("Times-Bold", 20)
    c.drawCentredString(W / 2, H - 24 * mm, "COMUNE DI MARTANO")
    c.setFont("Times-Italic", 11.5)
    c.drawCentredString(W / 2, H - 29.5 * mm, "Provincia di Lecce")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, H - 34 * mm,
                        "Piazza Caduti, 1 - 73025 Martano (LE) - C.F. 80010370752 - Tel. 0836 575211")
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 37 * mm, W - 20 * mm, H - 37 * mm)
    c.endForm()


def first_page_end(c, doc):
    c.saveState()
    c.doForm("letterhead")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.black)
    c.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.")
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (doc.page, TOTAL))
    c.restoreState()


def later_page_end(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Martano - Deliberazione di Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e s.m.i.")
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (doc.page, TOTAL))
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, title="Deliberazione di Giunta Comunale n. 118/2027",
                         author="Comune di Martano", creator="Sicraweb - Atti Amministrativi")
        f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 62 * mm, id="f1")
        f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2")
        self.addPageTemplates([
            PageTemplate("first", [f1], onPageEnd=first_page_end, autoNextPageTemplate="later"),
            PageTemplate("later", [f2], onPageEnd=later_page_end)])

    def build(self, story):
        self._calc()
        super().build(story)

    def handle_documentBegin(self):
        super().handle_documentBegin()
        letterhead_form(self.canv)


P = lambda t, s=body: Paragraph(t, s)
story = [
    SpacedTitle("DELIBERAZIONE DELLA GIUNTA COMUNALE"),
    Spacer(1, 6),
    NumberBand(),
    Spacer(1, 8),
    P("OGGETTO:&nbsp;&nbsp;&nbsp;" + SUBJECT, subj),
    Spacer(1, 6),
    P("L'anno duemilaventisette, il giorno tre del mese di agosto, alle ore 13:15, nella Sala delle "
      "adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale "
      "nelle persone dei signori:"),
]
roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["PRONTERA Giuseppe", "Sindaco", "X", ""],
        ["MELE Annarita", "Vicesindaco", "X", ""],
        ["GRECO Antonio", "Assessore", "X", ""],
        ["DE GIORGI Lucia", "Assessore", "", "X"],
        ["TOMA Cosimo", "Assessore", "X", ""],
        ["", "Totale", "4", "1"]]
t = Table(roll, colWidths=[62 * mm, 48 * mm, 24 * mm, 24 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("GRID", (0, 0), (-1, -2), 0.5, colors.black),
    ("BOX", (1, -1), (-1, -1), 0.5, colors.black),
    ("INNERGRID", (1, -1), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
]))
story += [t, Spacer(1, 8),
    P("Partecipa alla seduta il Segretario Comunale dott.ssa Maria Rosaria Caputo, che cura la "
      "verbalizzazione ai sensi dell'art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000."),
    P("Assume la presidenza il Sindaco, dott. Giuseppe Prontera, il quale, constatato il numero legale "
      "degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto."),
    P("LA GIUNTA COMUNALE", center),
    P("<b>Premesso che</b> con deliberazione del Consiglio Comunale n. 9 del 28/02/2027, esecutiva, è stato "
      "approvato il Bilancio di previsione finanziario 2027/2029 e che con deliberazione della Giunta "
      "Comunale n. 31 del 14/03/2027 è stato approvato il Piano Esecutivo di Gestione 2027/2029;"),
    P("<b>Vista</b> la nota prot. n. 11873 del 27/07/2027 con la quale il Responsabile del Settore Tecnico "
      "segnala la necessità di eseguire, prima dell'avvio dell'anno scolastico 2027/2028, interventi urgenti "
      "di manutenzione straordinaria sulla copertura e sugli infissi della Scuola Primaria di Via Calimera "
      "e della Scuola dell'Infanzia di Via Borgagne, per un importo complessivo stimato in "
      "€ 86.500,00;"),
    P("<b>Considerato che</b> nel risultato di amministrazione dell'esercizio 2026, approvato con "
      "deliberazione del Consiglio Comunale n. 17 del 29/04/2027, risulta una quota vincolata da "
      "trasferimenti per edilizia scolastica pari a € 92.140,37, disponibile per l'applicazione;"),
    P("<b>Ritenuto</b> che ricorrano i presupposti d'urgenza di cui all'art. 175, comma 4, del D.Lgs. "
      "n. 267/2000, atteso che i lavori devono essere affidati ed eseguiti entro il mese di settembre "
      "e che la prima seduta utile del Consiglio Comunale non consentirebbe il rispetto dei tempi;"),
    P("<b>Visti</b> il D.Lgs. n. 267/2000, il D.Lgs. n. 118/2011, lo Statuto comunale e il vigente "
      "Regolamento di contabilità;"),
    P("<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile "
      "del Settore Economico - Finanziario ai sensi dell'art. 49 del D.Lgs. n. 267/2000, nonché il parere "
      "favorevole dell'Organo di revisione economico-finanziaria (verbale n. 14 del 01/08/2027);"),
    P("Con voti unanimi favorevoli, espressi nelle forme di legge,"),
    P("DELIBERA", center),
    P("1.&nbsp;&nbsp;di apportare al Bilancio di previsione finanziario 2027/2029, in via d'urgenza ai "
      "sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, le variazioni di competenza e di cassa "
      "riportate nell'allegato A, che costituisce parte integrante e sostanziale del presente atto;", point),
    P("2.&nbsp;&nbsp;di applicare al bilancio dell'esercizio 2027 la quota di avanzo vincolato di "
      "€ 86.500,00, destinandola agli interventi di manutenzione straordinaria degli edifici scolastici "
      "indicati in premessa;", point),
    P("3.&nbsp;&nbsp;di dare atto che, a seguito della presente variazione, permangono gli equilibri di "
      "bilancio e il rispetto dei vincoli di finanza pubblica, come da prospetto allegato B;", point),
    P("4.&nbsp;&nbsp;di sottoporre il presente provvedimento alla ratifica del Consiglio Comunale entro "
      "il termine di sessanta giorni, a pena di decadenza, ai sensi dell'art. 175, comma 4, del "
      "D.Lgs. n. 267/2000.", point),
    Spacer(1, 4),
    P("Successivamente, con separata votazione unanime favorevole, la Giunta Comunale dichiara il "
      "presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, "
      "stante l'urgenza di avviare le procedure di affidamento dei lavori."),
    Spacer(1, 10),
    P("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000</b>", small),
    P("Parere di regolarità tecnica: FAVOREVOLE - Parere di regolarità contabile: FAVOREVOLE.<br/>"
      "Il Responsabile del Settore Economico - Finanziario: dott. Salvatore Pellegrino "
      "(firmato digitalmente il 02/08/2027)", small),
    Spacer(1, 14),
]
sig = Table([["Letto, confermato e sottoscritto.", ""],
             ["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["dott. Giuseppe Prontera", "dott.ssa Maria Rosaria Caputo"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]],
            colWidths=[(W - 40 * mm) / 2] * 2)
sig.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Times-Roman", 11),
    ("FONT", (0, 1), (-1, 1), "Times-Bold", 11),
    ("FONT", (0, 3), (-1, 3), "Times-Italic", 9),
    ("ALIGN", (0, 1), (-1, -1), "CENTER"),
    ("SPAN", (0, 0), (1, 0)),
]))
story.append(KeepTogether([sig]))

import copy, io
story2 = copy.deepcopy(story)
buf = io.BytesIO()
d = Doc(buf)
d.build(story)
TOTAL = d.page
Doc(OUT).build(story2)
