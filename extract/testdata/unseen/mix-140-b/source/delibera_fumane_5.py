#!/usr/bin/env python3
"""Comune di Fumane, G.C. n. 5 del 15/01/2029 - ReportLab platypus.
Sicraweb-like print: the number and date of the act appear only in the running foot;
the body dates the session in words. Roll table with one member "presente da remoto";
vote with one abstention."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

out = sys.argv[1]
crests = os.environ.get("CRESTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "crests"))

FOOT = "Deliberazione G.C. n. 5 del 15/01/2029"


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass page count for 'pag. x / y'."""

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
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
            self.drawString(20 * mm, 12 * mm, FOOT)
            self.drawRightString(190 * mm, 12 * mm, "pag. %d / %d" % (self._pageNumber, n))
            super().showPage()
        super().save()


def letterhead(c, d):
    c.saveState()
    c.drawImage(os.path.join(crests, "fumane.png"), 20 * mm, 268 * mm, width=13 * mm, height=15.6 * mm)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(37 * mm, 277 * mm, "COMUNE DI FUMANE")
    c.setFont("Helvetica", 8.5)
    c.drawString(37 * mm, 272 * mm, "PROVINCIA DI VERONA")
    c.setStrokeColor(colors.HexColor("#2D5AA0"))
    c.setLineWidth(1.2)
    c.line(20 * mm, 265 * mm, 190 * mm, 265 * mm)
    c.restoreState()


base = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=6)
tit = ParagraphStyle("t", parent=cen, fontSize=12, leading=15, spaceBefore=2)
pt = ParagraphStyle("p", parent=base, leftIndent=8 * mm, firstLineIndent=-6 * mm)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5)

S = []
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", tit))
S.append(Spacer(1, 2 * mm))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", base),
              Paragraph("<b>CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO FUMANE PER L'ORGANIZZAZIONE DEL CARNEVALE 2029</b>", base)]],
            colWidths=[24 * mm, 146 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#E8EDF5"))]))
S.append(ogg)
S.append(Spacer(1, 4 * mm))
S.append(Paragraph("L'anno duemilaventinove, il giorno quindici del mese di gennaio, alle ore 18.00, nella sala delle adunanze "
                   "della Sede Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale. All'appello risultano:", base))
roll = [["Componente", "Qualifica", "Presenza"],
        ["BENEDETTI Stefano", "Sindaco", "Presente"],
        ["CAMPOSTRINI Laura", "Vicesindaco", "Presente"],
        ["RIGHETTI Marco", "Assessore", "Presente"],
        ["VANTINI Giulia", "Assessore", "Presente da remoto"],
        ["LONARDI Davide", "Assessore esterno", "Presente"]]
rt = Table(roll, colWidths=[50 * mm, 42 * mm, 38 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5")),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
S.append(Spacer(1, 2 * mm))
S.append(rt)
S.append(Paragraph("Presenti n. 5 &nbsp;&nbsp;&nbsp; Assenti n. 0", ParagraphStyle("x", parent=base, alignment=TA_CENTER, spaceBefore=3)))
for s in [
    "Assiste il Segretario Comunale in convenzione Dott.ssa Chiara Tommasini, incaricata della redazione del verbale.",
    "Si dà atto che l'Assessore Giulia Vantini partecipa alla seduta in videoconferenza, secondo le modalità previste dal "
    "Regolamento per lo svolgimento in modalità telematica delle sedute degli organi collegiali, approvato con deliberazione "
    "del Consiglio Comunale n. 21 del 28/04/2022, e che il Segretario ne ha accertato l'identità e la regolare connessione audio e video.",
    "Presiede la seduta il Sindaco, Sig. Stefano Benedetti, il quale, constatato il numero legale degli intervenuti, dichiara "
    "aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.",
]:
    S.append(Paragraph(s, base))
S.append(Paragraph("LA GIUNTA COMUNALE", cen))
for s in [
    "Vista la proposta di deliberazione n. 7 del 11/01/2029 dell'Area Amministrativa – Servizio Cultura, Sport e Tempo Libero, "
    "allegata al presente verbale;",
    "Premesso che l'Associazione Pro Loco Fumane, con nota acquisita al protocollo comunale n. 214 del 08/01/2029, ha "
    "presentato il programma delle manifestazioni del Carnevale 2029, che comprende la sfilata dei carri allegorici nel "
    "capoluogo e le feste nelle frazioni di Molina e Cavalo, chiedendo un contributo a parziale copertura delle spese;",
    "Visto il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del "
    "Consiglio Comunale n. 12 del 27/03/2019, e in particolare l'art. 7, che attribuisce alla Giunta la concessione dei "
    "contributi per manifestazioni di interesse generale;",
    "Ritenuto di concedere un contributo di € 3.500,00, pari a circa il 40 per cento della spesa preventivata, dando atto che "
    "la liquidazione avverrà a seguito della presentazione del rendiconto delle spese sostenute;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    "Dato atto che l'Assessore Marco Righetti, socio dell'associazione beneficiaria, dichiara di astenersi dalla votazione;",
    "Con voti favorevoli n. 4, astenuti n. 1 (Assessore Righetti), contrari nessuno, espressi in forma palese per appello "
    "nominale dai n. 5 componenti presenti;",
]:
    S.append(Paragraph(s, base))
S.append(Paragraph("D E L I B E R A", cen))
for i, s in enumerate([
    "di concedere all'Associazione Pro Loco Fumane, con sede in Fumane, un contributo economico di € 3.500,00 per "
    "l'organizzazione delle manifestazioni del Carnevale 2029, secondo il programma in atti;",
    "di dare atto che la spesa trova imputazione al capitolo 10520/3 \"Contributi ad associazioni per manifestazioni\" "
    "del bilancio 2029, gestito in esercizio provvisorio ai sensi dell'art. 163 del D.Lgs. n. 267/2000;",
    "di demandare al Responsabile dell'Area Amministrativa l'adozione del relativo impegno di spesa e la liquidazione "
    "del contributo, previa presentazione del rendiconto delle spese.",
], 1):
    S.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, s), pt))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph("Successivamente, con separata votazione dal medesimo esito (favorevoli n. 4, astenuti n. 1), la Giunta "
                   "Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
                   "del D.Lgs. n. 267/2000, in considerazione dell'imminenza delle manifestazioni.", base))
sig = Table([["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["Stefano Benedetti", "Dott.ssa Chiara Tommasini"],
             ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 8),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([Spacer(1, 5 * mm), Paragraph("Letto, confermato e sottoscritto.", base), Spacer(1, 2 * mm), sig]))
S.append(Spacer(1, 8 * mm))
S.append(Paragraph("<b>ATTESTAZIONE DI PUBBLICAZIONE</b> – La presente deliberazione è pubblicata all'Albo Pretorio on line dal "
                   "17/01/2029 per quindici giorni consecutivi ed è stata comunicata ai Capigruppo consiliari con nota prot. n. 498 "
                   "del 17/01/2029.", small))

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=36 * mm, bottomMargin=22 * mm,
                        title="Deliberazione G.C. n. 5/2029", author="Comune di Fumane")
doc.build(S, onFirstPage=letterhead, onLaterPages=letterhead, canvasmaker=NumberedCanvas)
