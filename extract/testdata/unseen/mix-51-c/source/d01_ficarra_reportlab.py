#!/usr/bin/env python3
"""Giunta deliberation of the Comune di Ficarra, printed the way an in-house
ReportLab (platypus) atti module prints it: register box, roll table,
numbered points, running foot with page x of y."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", F + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", F + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-B")

out = sys.argv[1]
SUBJECT = ("Approvazione progetto “Estate Ficarrese 2026” – Atto di indirizzo per la "
           "programmazione delle manifestazioni culturali e turistiche.")

body = ParagraphStyle("b", fontName="Serif", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
h = ParagraphStyle("h", parent=cen, fontName="Serif-B", fontSize=11, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontName="Sans", fontSize=8, leading=10)
pt = ParagraphStyle("p", parent=body, leftIndent=16, firstLineIndent=-16)


class Doc(BaseDocTemplate):
    def __init__(self, fn, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=22*mm, rightMargin=20*mm,
                         topMargin=44*mm, bottomMargin=22*mm,
                         title="Deliberazione G.C. n. 47 del 12/03/2026",
                         author="Comune di Ficarra - Ufficio Segreteria",
                         creator="AttiWeb Ficarra 2.3 (ReportLab)", **kw)
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.deco)])

    def deco(self, c, d):
        W, H = A4
        c.saveState()
        # crest placeholder and its caption
        c.setStrokeColor(colors.grey); c.rect(22*mm, H-36*mm, 16*mm, 20*mm)
        c.setFont("Sans", 5.5); c.drawCentredString(30*mm, H-38.5*mm, "stemma civico")
        c.setFont("Serif-B", 15); c.drawCentredString(W/2+6*mm, H-22*mm, "COMUNE DI FICARRA")
        c.setFont("Serif", 9.5); c.drawCentredString(W/2+6*mm, H-27*mm, "Città Metropolitana di Messina")
        c.setFont("Sans", 7.5)
        c.drawCentredString(W/2+6*mm, H-31.5*mm,
                            "Piazza Lanza, 1 – 98062 Ficarra (ME) – C.F. 00412390836 – PEC: protocollo@pec.comune.ficarra.me.it")
        c.setLineWidth(0.6); c.line(22*mm, H-40*mm, W-20*mm, H-40*mm)
        c.setFont("Sans", 7.5)
        c.drawString(22*mm, 12*mm, "Deliberazione G.C. n. 47 del 12/03/2026")
        c.restoreState()


story = []
box = Table([
    ["COPIA", "DELIBERAZIONE DELLA GIUNTA COMUNALE", "N. 47", "del 12/03/2026"],
], colWidths=[20*mm, 92*mm, 22*mm, 34*mm])
box.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Sans-B", 10), ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
    ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#dddddd")),
    ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story += [box, Spacer(1, 5*mm)]
subj = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % SUBJECT, body)]],
             colWidths=[27*mm, 141*mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
story += [subj, Spacer(1, 4*mm)]
story.append(Paragraph(
    "L’anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b>, alle ore "
    "<b>17:30</b> e seguenti, nella Sala delle adunanze della Sede Municipale, convocata nelle forme "
    "di legge, si è riunita la Giunta Comunale con l’intervento dei Signori:", body))
roll = [["", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "FOTI SALVATORE", "Sindaco", "X", ""],
        ["2", "CARUSO GIUSEPPINA", "Vice Sindaco", "X", ""],
        ["3", "BONTEMPO ANTONINO", "Assessore", "", "X"],
        ["4", "LA ROSA MARIA CONCETTA", "Assessore", "X", ""],
        ["5", "MILICI CARMELO", "Assessore", "X", ""],
        ["", "", "Totale", "4", "1"]]
t = Table(roll, colWidths=[8*mm, 70*mm, 40*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Sans", 9), ("FONT", (0, 0), (-1, 0), "Sans-B", 9),
    ("FONT", (2, -1), (-1, -1), "Sans-B", 9),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.grey), ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
story += [Spacer(1, 2*mm), t, Spacer(1, 3*mm)]
story.append(Paragraph(
    "Assume la Presidenza il <b>Sindaco Dott. Salvatore Foti</b>. Partecipa con funzioni consultive, "
    "referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 267/2000) il "
    "<b>Segretario Comunale Dott.ssa Rosalba Ferrara</b>. Il Presidente, constatato il numero legale degli "
    "intervenuti, dichiara aperta la seduta ed invita i convenuti a deliberare sull’oggetto sopraindicato.", body))
story.append(Paragraph("LA GIUNTA COMUNALE", h))
story.append(Paragraph(
    "Vista la proposta di deliberazione n. 52 del 09/03/2026 predisposta dall’Area Amministrativa – "
    "Servizio Cultura, Turismo e Spettacolo, avente ad oggetto quanto sopra, che si allega al presente "
    "atto per farne parte integrante e sostanziale;", body))
for s in [
    "Premesso che l’Amministrazione Comunale intende promuovere, nel periodo giugno-settembre 2026, "
    "un calendario di manifestazioni culturali, musicali e di valorizzazione dei prodotti tipici locali, "
    "con particolare riguardo alla tradizionale Sagra della Pesca Tabacchiera e alle serate nel Borgo;",
    "Considerato che le iniziative rappresentano un momento di aggregazione sociale e un volano per "
    "l’economia turistica del territorio dei Nebrodi;",
    "Dato atto che la spesa complessiva stimata, pari ad € 18.500,00, trova copertura al Cap. 7320 "
    "“Spese per manifestazioni turistiche” del bilancio di previsione 2026-2028, annualità 2026;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del "
    "D.Lgs. 267/2000, come recepito dalla L.R. n. 48/1991 e s.m.i.;",
    "Visto l’O.R.EE.LL. vigente nella Regione Siciliana;",
    "Con voti unanimi favorevoli espressi in forma palese;"]:
    story.append(Paragraph(s, body))
story.append(Paragraph("DELIBERA", h))
pts = [
    "di approvare il progetto “Estate Ficarrese 2026”, contenente il programma di massima delle "
    "manifestazioni culturali e turistiche, allegato alla proposta;",
    "di demandare al Responsabile dell’Area Amministrativa l’adozione di tutti gli atti gestionali "
    "conseguenti, ivi compresi gli affidamenti nel rispetto del D.Lgs. 36/2023;",
    "di prenotare la spesa complessiva di € 18.500,00 al Cap. 7320 del bilancio 2026-2028, esercizio 2026;",
    "di dare atto che il programma potrà essere integrato con le iniziative proposte dalle associazioni "
    "locali, previa valutazione dell’Amministrazione;",
    "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente esecutiva "
    "ai sensi dell’art. 12, comma 2, della L.R. n. 44/1991, attesa l’urgenza di avviare le procedure."]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
story.append(Spacer(1, 5*mm))
sig = Table([["IL SINDACO", "L’ASSESSORE ANZIANO", "IL SEGRETARIO COMUNALE"],
             ["F.to Dott. Salvatore Foti", "F.to Giuseppina Caruso", "F.to Dott.ssa Rosalba Ferrara"]],
            colWidths=[56*mm]*3)
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Sans-B", 8.5), ("FONT", (0, 1), (-1, 1), "Sans", 8.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 6*mm))
pub = Table([[Paragraph(
    "<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Responsabile della pubblicazione certifica che "
    "copia della presente deliberazione è pubblicata all’Albo Pretorio on line dal 13/03/2026 per 15 "
    "giorni consecutivi (Reg. Pubbl. n. 298).<br/>Ficarra, 13/03/2026 &nbsp;&nbsp;&nbsp; Il Messo Comunale "
    "F.to Nunzio Pintabona", small)]], colWidths=[168*mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
story.append(pub)
story.append(Spacer(1, 3*mm))
story.append(Paragraph("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; "
                       "copia conforme all’originale per uso amministrativo.", small))

# "page x of y": a canvas that defers the pages and writes the count at the end
from reportlab.pdfgen import canvas as _cv
class NumberedCanvas(_cv.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self._saved = []
    def showPage(self):
        self._saved.append(dict(self.__dict__)); self._startPage()
    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("Sans", 7.5)
            self.drawRightString(A4[0]-20*mm, 12*mm, "Pag. %d di %d" % (self._pageNumber, n))
            super().showPage()
        super().save()
Doc(out).build(story, canvasmaker=NumberedCanvas)
