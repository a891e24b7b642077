#!/usr/bin/env python3
"""Comune di Vittorito - Giunta Comunale minute as the Hypersic "Delibere" report
prints it (ReportLab platypus): letterhead in a reused Form XObject drawn at the
END of each page's content (onPageEnd), letter-spaced title (Tc), justified
paragraphs (Tw), the register grid under the letterhead, running foot with the
number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, KeepTogether)

out = sys.argv[1]
W, H = A4
NUM = "Deliberazione della Giunta Comunale n. 29 del 03/07/2028"


class Spaced(Flowable):
    """a title drawn with character spacing (Tc), as the report's heading band"""

    def __init__(self, text, size=12.5, cs=2.2):
        super().__init__()
        self.text, self.size, self.cs = text, size, cs

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 6

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, "Helvetica-Bold", self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 3)
        t.setFont("Helvetica-Bold", self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


def letterhead_form(c):
    if getattr(c, "_lh_done", False):
        return
    c.beginForm("LH")
    c.setFillColor(colors.HexColor("#7a1d1d"))
    c.setStrokeColor(colors.HexColor("#7a1d1d"))
    c.setLineWidth(1.2)
    # crest: a shield with a tower
    p = c.beginPath()
    p.moveTo(22 * mm, H - 12 * mm); p.lineTo(36 * mm, H - 12 * mm); p.lineTo(36 * mm, H - 24 * mm)
    p.curveTo(36 * mm, H - 29 * mm, 31 * mm, H - 31 * mm, 29 * mm, H - 32 * mm)
    p.curveTo(27 * mm, H - 31 * mm, 22 * mm, H - 29 * mm, 22 * mm, H - 24 * mm); p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.rect(26.5 * mm, H - 26 * mm, 5 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 17)
    c.drawCentredString(W / 2, H - 18 * mm, "COMUNE DI VITTORITO")
    c.setFont("Helvetica", 10)
    c.drawCentredString(W / 2, H - 23.5 * mm, "Provincia dell'Aquila")
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(W / 2, H - 28 * mm, "Via Roma n. 12 - 67030 Vittorito (AQ) - tel. 0864 727105 - "
                                            "protocollo@pec.comune.vittorito.aq.it")
    c.setLineWidth(1.4)
    c.line(20 * mm, H - 32 * mm, W - 20 * mm, H - 32 * mm)
    c.setLineWidth(0.5)
    c.line(20 * mm, H - 33.2 * mm, W - 20 * mm, H - 33.2 * mm)
    c.endForm()
    c._lh_done = True


def page_end(c, doc):
    # drawn after the page's flowables: letterhead XObject and running foot come last
    letterhead_form(c)
    c.doForm("LH")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, 12 * mm, NUM)
    c.drawRightString(W - 20 * mm, 12 * mm, "Hypersic - Atti amministrativi  |  pag. %d" % doc.page)
    c.setLineWidth(0.4)
    c.line(20 * mm, 15.5 * mm, W - 20 * mm, 15.5 * mm)


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                      bottomMargin=22 * mm, title=NUM, author="Comune di Vittorito - Segreteria",
                      creator="Hypersic Atti", producer="Hypersic Atti / ReportLab")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=page_end)])

base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=8.8, leading=11)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Helvetica-Bold", spaceBefore=4, spaceAfter=6)
pt = ParagraphStyle("p", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)

S = []
grid = Table([["ORIGINALE", "N. 29", "del 03/07/2028"],
              ["Proposta n. 33 del 29/06/2028", "Ufficio proponente: Area Amministrativa", ""]],
             colWidths=[55 * mm, 55 * mm, 60 * mm])
grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                          ("FONT", (1, 0), (2, 0), "Helvetica-Bold", 12),
                          ("SPAN", (1, 1), (2, 1)),
                          ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                          ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
S += [grid, Spacer(1, 5 * mm), Spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), Spacer(1, 4 * mm)]

ogg = Table([[Paragraph("<b>OGGETTO:</b>", base),
              Paragraph("<b>CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO "
                        "VITTORITO PER LA MANIFESTAZIONE \"ESTATE VITTORITESE 2028\".</b>",
                        ParagraphStyle("o", parent=base, alignment=TA_LEFT))]],
            colWidths=[22 * mm, 148 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
S += [ogg, Spacer(1, 4 * mm)]

S.append(Paragraph("L'anno <b>duemilaventotto</b>, il giorno <b>tre</b> del mese di <b>luglio</b>, alle ore "
                   "<b>13:00</b>, nella sala delle adunanze della sede comunale, convocata con appositi avvisi, "
                   "si &egrave; riunita la Giunta Comunale con l'intervento dei signori:", base))
roll = Table([["", "Cognome e Nome", "Carica", "Presente", "Assente"],
              ["1", "DI BENEDETTO Carlo", "Sindaco", "X", ""],
              ["2", "PETRELLA Anna Maria", "Vice Sindaco", "X", ""],
              ["3", "CIAMPOLI Nicola", "Assessore", "", "X"],
              ["", "", "Totale", "2", "1"]],
             colWidths=[8 * mm, 55 * mm, 35 * mm, 20 * mm, 20 * mm])
roll.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                          ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                          ("FONT", (2, 4), (-1, 4), "Helvetica-Bold", 9.5),
                          ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                          ("LINEABOVE", (0, 4), (-1, 4), 0.6, colors.black)]))
S += [Spacer(1, 2 * mm), roll, Spacer(1, 3 * mm)]
S.append(Paragraph("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Segretario "
                   "Comunale <b>dott. Marco Iannucci</b>.", base))
S.append(Paragraph("Il <b>geom. Carlo Di Benedetto</b>, nella sua qualit&agrave; di <b>Sindaco</b>, assunta la "
                   "presidenza e constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita "
                   "la Giunta a deliberare sull'argomento in oggetto.", base))
S.append(Paragraph("LA GIUNTA COMUNALE", cen))
for t in [
    "VISTA la nota prot. n. 2714 del 23/06/2028, con la quale il Presidente dell'Associazione Pro Loco Vittorito "
    "ha chiesto il patrocinio del Comune e un contributo economico per l'organizzazione della manifestazione "
    "\"Estate Vittoritese 2028\", che si svolger&agrave; dal 21 luglio al 20 agosto 2028 e comprende la sagra "
    "dell'arrosticino, concerti in piazza, la rassegna di teatro dialettale e la fiera dell'artigianato della "
    "Valle Peligna;",
    "CONSIDERATO che la manifestazione, giunta alla trentunesima edizione, costituisce un'occasione di "
    "promozione del territorio e di sostegno alle attivit&agrave; economiche locali, e che l'iniziativa rientra "
    "tra le finalit&agrave; di valorizzazione turistica e culturale perseguite dall'Amministrazione;",
    "VISTO il vigente Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi economici, "
    "approvato con deliberazione del Consiglio Comunale n. 21 del 30/09/2019, ed in particolare gli artt. 5 e 9;",
    "DATO ATTO che il programma e il preventivo delle spese, pari a complessivi euro 14.800,00, sono stati "
    "regolarmente presentati e che l'Associazione non persegue fini di lucro;",
    "ACQUISITI i pareri favorevoli di regolarit&agrave; tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "CON VOTI unanimi favorevoli, resi nei modi e nelle forme di legge;",
]:
    S.append(Paragraph(t, base))
S.append(Paragraph("D E L I B E R A", cen))
for i, t in enumerate([
    "di concedere il patrocinio del Comune di Vittorito alla manifestazione \"Estate Vittoritese 2028\", "
    "organizzata dall'Associazione Pro Loco Vittorito, con l'autorizzazione all'uso dello stemma comunale sul "
    "materiale promozionale;",
    "di concedere all'Associazione un contributo economico di euro 3.500,00, da liquidare per il 50% a titolo di "
    "acconto e per il restante 50% a presentazione del rendiconto delle spese sostenute;",
    "di imputare la spesa alla Missione 7, Programma 1, capitolo 1650 \"Contributi per manifestazioni turistiche\" "
    "del bilancio di previsione 2028-2030, esercizio 2028;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti di impegno e di liquidazione.",
], 1):
    S.append(Paragraph(f"{i}.&nbsp;&nbsp;&nbsp;{t}", pt))
S.append(Paragraph("Inoltre, con successiva e separata votazione unanime favorevole, la presente deliberazione "
                   "viene dichiarata <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. "
                   "267/2000.", base))
S.append(Spacer(1, 3 * mm))
S.append(Paragraph("<b>Pareri ex art. 49 D.Lgs. 267/2000.</b> Regolarit&agrave; tecnica: FAVOREVOLE - Il Responsabile "
                   "dell'Area Amministrativa, rag. Gabriella Pace. Regolarit&agrave; contabile: FAVOREVOLE - Il "
                   "Responsabile dell'Area Finanziaria, dott. Fabio Santilli.", small))
S.append(Spacer(1, 6 * mm))
firme = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
               ["geom. Carlo Di Benedetto", "dott. Marco Iannucci"],
               ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
firme.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10),
                           ("FONT", (0, 1), (-1, 1), "Helvetica", 10),
                           ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 7.5)]))
S.append(KeepTogether([Paragraph("Letto, confermato e sottoscritto.", base), firme]))
doc.build(S)
