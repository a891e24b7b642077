#!/usr/bin/env python3
"""Aci Sant'Antonio, deliberazione della Commissione Straordinaria con i poteri
del Consiglio Comunale n. 2 del 10/01/2029: ReportLab platypus, Urbi-like
layout, DejaVu Sans. Usage: cs02_aci_rl.py OUT.pdf CRESTDIR"""
import os
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

out, crestdir = sys.argv[1], sys.argv[2]
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", D + "DejaVuSans-BoldOblique.ttf"))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

base = ParagraphStyle("b", fontName="DV", fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=base, fontName="DV-B", alignment=TA_CENTER, spaceBefore=4, spaceAfter=5)
num = ParagraphStyle("n", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
small = ParagraphStyle("s", parent=base, fontSize=7.8, leading=10)
W, H = A4
FOOT = "Deliberazione della Commissione Straordinaria con i poteri del Consiglio Comunale n. 2 del 10/01/2029"


def foot(c, d):
    c.saveState()
    c.setFont("DV", 6.8)
    c.setFillGray(0.3)
    c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
    c.drawString(18 * mm, 10 * mm, FOOT)
    c.drawRightString(W - 18 * mm, 10 * mm, "pag. %d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=12 * mm,
                        bottomMargin=20 * mm, title=FOOT, author="Comune di Aci Sant'Antonio",
                        creator="URBI Smart - Atti Amministrativi")
S = []
lh = Table([[Image(os.path.join(crestdir, "crest_aci.png"), width=13 * mm, height=16 * mm),
             [Paragraph("<b>COMUNE DI ACI SANT'ANTONIO</b>", ParagraphStyle("e", parent=base, fontSize=14,
                                                                             leading=17, alignment=0)),
              Paragraph("Città Metropolitana di Catania", ParagraphStyle("e2", parent=base, fontSize=9,
                                                                         alignment=0))]]],
           colWidths=[17 * mm, 157 * mm])
lh.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, 0), 1, "black")]))
S += [lh, Spacer(1, 5 * mm)]
S.append(Paragraph("<b>DELIBERAZIONE DELLA COMMISSIONE STRAORDINARIA</b>",
                   ParagraphStyle("t", parent=base, fontSize=11.5, leading=14, alignment=TA_CENTER)))
S.append(Paragraph("con i poteri del Consiglio Comunale", ParagraphStyle("t2", parent=base, fontSize=10,
                                                                         alignment=TA_CENTER, spaceAfter=1)))
S.append(Paragraph("(nominata con D.P.R. del 03/10/2028, ai sensi dell'art. 143 del D.Lgs. n. 267/2000)",
                   ParagraphStyle("t3", parent=small, alignment=TA_CENTER, spaceAfter=6)))
nd = Table([["N. 2", "del 10/01/2029"]], colWidths=[30 * mm, 40 * mm], hAlign="RIGHT")
nd.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV-B", 10), ("BOX", (0, 0), (-1, -1), 0.7, "black"),
                        ("INNERGRID", (0, 0), (-1, -1), 0.7, "black"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S += [nd, Spacer(1, 4 * mm)]
og = Table([[Paragraph("<b>OGGETTO:</b>", base),
             Paragraph("<b>APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E L'UTILIZZO DEI BENI "
                       "CONFISCATI ALLA CRIMINALITÀ ORGANIZZATA TRASFERITI AL PATRIMONIO DEL COMUNE</b>", base)]],
           colWidths=[26 * mm, 148 * mm])
og.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.7, "black"),
                        ("BACKGROUND", (0, 0), (-1, -1), "#eeeeee")]))
S += [og, Spacer(1, 4 * mm)]
P = lambda s, st=base: S.append(Paragraph(s, st))
P("L'anno <b>duemilaventinove</b>, il giorno <b>dieci</b> del mese di <b>gennaio</b>, alle ore <b>11:30</b> e "
  "seguenti, nella Casa Comunale, si è riunita la Commissione Straordinaria, nominata con D.P.R. del 3 ottobre "
  "2028, ai sensi dell'art. 143 del D.Lgs. 18 agosto 2000, n. 267, per la provvisoria gestione dell'Ente, "
  "composta da:")
roll = [["Componenti", "Qualifica", "Presente", "Assente"],
        ["Dott.ssa Maria Grazia LO FARO", "Presidente", "X", ""],
        ["Dott. Salvatore MIGNECO", "Componente", "X", ""],
        ["Dott. Antonino CUTRONA", "Componente", "X", ""]]
rt = Table(roll, colWidths=[68 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("FONT", (0, 0), (-1, 0), "DV-B", 8.5),
                        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                        ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4")]))
S += [rt, Spacer(1, 3 * mm)]
P("Presiede la seduta la Dott.ssa Maria Grazia Lo Faro, Presidente della Commissione Straordinaria.")
P("Partecipa il Segretario Generale Dott. Giuseppe Rapisarda, anche con funzioni di verbalizzante.")
P("LA COMMISSIONE STRAORDINARIA", cen)
P("<b>Vista</b> la proposta di deliberazione n. 4 del 05/01/2029, predisposta dal V Settore - Patrimonio, Beni "
  "Confiscati e Servizi Tecnici, corredata dei pareri prescritti dall'art. 53 della L. 142/1990, come recepito "
  "dall'art. 1, comma 1, lett. i), della L.R. 11 dicembre 1991, n. 48, e successive modifiche;")
for s in [
    "<b>Premesso</b> che nel territorio comunale insistono n. 9 beni immobili confiscati alla criminalità "
    "organizzata e trasferiti al patrimonio indisponibile del Comune ai sensi dell'art. 48, comma 3, lett. c), "
    "del D.Lgs. 6 settembre 2011, n. 159, tra i quali un fabbricato rurale in contrada Lavinaio, un locale "
    "commerciale in Via Vittorio Emanuele e un appezzamento di terreno in località Santa Maria la Stella;",
    "<b>Considerato</b> che la relazione prefettizia posta a fondamento dello scioglimento degli organi elettivi "
    "ha evidenziato l'assenza di una disciplina comunale per l'assegnazione dei beni confiscati e il loro "
    "prolungato inutilizzo, e che costituisce obiettivo prioritario della gestione straordinaria restituire tali "
    "beni alla collettività per finalità istituzionali e sociali;",
    "<b>Viste</b> le linee guida dell'Agenzia Nazionale per l'amministrazione e la destinazione dei beni sequestrati "
    "e confiscati alla criminalità organizzata (ANBSC) e lo schema di regolamento, composto da n. 21 articoli, "
    "allegato alla proposta;",
    "<b>Visto</b> il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 1 del "
    "08/01/2029;",
    "<b>Ritenuto</b> di dover approvare la proposta per le motivazioni in essa contenute;",
    "<b>Visto</b> l'O.R.EE.LL. vigente nella Regione Siciliana;",
    "Con voti unanimi, espressi in forma palese;",
]:
    P(s)
P("DELIBERA", cen)
for k, s in enumerate([
    "di approvare il \"Regolamento comunale per l'assegnazione e l'utilizzo dei beni confiscati alla criminalità "
    "organizzata trasferiti al patrimonio del Comune\", composto da n. 21 articoli, allegato al presente atto "
    "per farne parte integrante e sostanziale;",
    "di istituire l'elenco dei beni confiscati trasferiti al patrimonio comunale, da pubblicare e aggiornare "
    "con cadenza mensile nella sezione \"Amministrazione Trasparente\" del sito istituzionale, ai sensi "
    "dell'art. 48, comma 3, lett. c), del D.Lgs. 159/2011;",
    "di demandare al Responsabile del V Settore l'adozione degli atti necessari alla pubblicazione del primo "
    "avviso pubblico di assegnazione entro sessanta giorni dall'esecutività del presente atto;",
    "di trasmettere copia della presente deliberazione alla Prefettura - Ufficio Territoriale del Governo di "
    "Catania e all'Agenzia Nazionale per l'amministrazione e la destinazione dei beni sequestrati e confiscati.",
], 1):
    P("%d.&nbsp;&nbsp;&nbsp;%s" % (k, s), num)
P("Successivamente, con separata votazione unanime, la Commissione Straordinaria dichiara il presente atto "
  "immediatamente esecutivo, ai sensi dell'art. 12, comma 2, della L.R. 3 dicembre 1991, n. 44, stante "
  "l'urgenza di avviare le procedure di assegnazione.")
S.append(Spacer(1, 4 * mm))
sig = Table([["LA COMMISSIONE STRAORDINARIA", "IL SEGRETARIO GENERALE"],
             ["Dott.ssa Maria Grazia Lo Faro", "Dott. Giuseppe Rapisarda"],
             ["Dott. Salvatore Migneco", ""], ["Dott. Antonino Cutrona", ""]], colWidths=[87 * mm, 87 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.8), ("FONT", (0, 0), (-1, 0), "DV-B", 8.8),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", base), sig, Spacer(1, 3 * mm),
                       Paragraph("Firme apposte digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005 "
                                 "(Codice dell'Amministrazione Digitale).",
                                 ParagraphStyle("d", parent=small, alignment=TA_CENTER))]))
S.append(Spacer(1, 5 * mm))
S.append(KeepTogether([
    Paragraph("<b>PARERI</b> (art. 53 L. 142/1990 come recepito dalla L.R. 48/1991 e art. 49 D.Lgs. 267/2000)",
              small),
    Paragraph("Regolarità tecnica: FAVOREVOLE - 05/01/2029 - Il Responsabile del V Settore, Ing. Carmelo Sciuto",
              small),
    Paragraph("Regolarità contabile: FAVOREVOLE - 07/01/2029 - Il Responsabile del III Settore - Servizi "
              "Finanziari e Tributi, Dott.ssa Agata Nicotra", small)]))
doc.build(S, onFirstPage=foot, onLaterPages=foot)
