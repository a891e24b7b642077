# -*- coding: utf-8 -*-
"""Giunta deliberation of the Comune di Nimis, ReportLab platypus (Times, standard fonts)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from data import NIMIS as D, dmy

out = sys.argv[1]
N, DT = D["number"], dmy(D["date"])
base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                      spaceAfter=5)
ctr = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
ctrb = ParagraphStyle("cb", parent=ctr, fontName="Times-Bold", fontSize=12, leading=15)
small = ParagraphStyle("s", parent=base, fontSize=9, leading=11)

def head_foot(c, doc):
    c.saveState()
    # letterhead
    c.setStrokeColor(colors.HexColor("#1f3b6e"))
    c.circle(30*mm, 277*mm, 8*mm)
    c.setFont("Helvetica", 5.5)
    c.drawCentredString(30*mm, 276.2*mm, "stemma")
    c.setFont("Times-Bold", 17)
    c.drawString(44*mm, 279*mm, "COMUNE DI NIMIS")
    c.setFont("Times-Italic", 10)
    c.drawString(44*mm, 273.5*mm, "Regione Autonoma Friuli Venezia Giulia")
    c.setFont("Times-Roman", 8.5)
    c.drawString(44*mm, 269.5*mm, "Piazza XXIX Settembre, 15 – 33045 Nimis (UD) – tel. 0432 797980 – PEC: comune.nimis@certgov.fvg.it")
    c.line(20*mm, 265*mm, 190*mm, 265*mm)
    # foot
    c.setFont("Times-Italic", 8.5)
    c.drawString(20*mm, 12*mm, f"Deliberazione della Giunta comunale n. {N} del {DT}")
    c.drawRightString(190*mm, 12*mm, f"Pag. {doc.page}")
    c.line(20*mm, 15.5*mm, 190*mm, 15.5*mm)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=36*mm,
                      bottomMargin=22*mm, title=f"Delibera GC {N}/2026", author="Comune di Nimis",
                      subject=D["subject"], creator="Atti Amministrativi – modulo Delibere")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=head_foot)])

S = []
S.append(Paragraph("<b>COPIA</b>", ParagraphStyle("r", parent=base, alignment=2, fontSize=10)))
S.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", ctrb))
S.append(Paragraph(f"<b>N. {N}</b> del <b>{DT}</b>", ctr))
S.append(Spacer(1, 4))
ogg = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph(f"<b>{D['subject']}</b>", ParagraphStyle("sl", parent=base, alignment=TA_LEFT))]],
            colWidths=[27*mm, 143*mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 0), (-1, -1), 5)]))
S.append(ogg)
S.append(Spacer(1, 8))
S.append(Paragraph("L'anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore "
                   "<b>18:30</b>, nella sala delle adunanze della sede municipale, in seguito a regolare "
                   "convocazione, si è riunita la Giunta Comunale nelle persone dei signori:", base))
rows = [["", "Cognome e Nome", "Carica", "Presente", "Assente"]]
for i, (n, r, p) in enumerate(D["attendees"], 1):
    rows.append([str(i), n, r, "X" if p else "", "" if p else "X"])
npres = sum(1 for a in D["attendees"] if a[2])
rows.append(["", "", "Totale", str(npres), str(len(D["attendees"]) - npres)])
t = Table(rows, colWidths=[8*mm, 62*mm, 44*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
    ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.grey),
    ("LINEBELOW", (2, -1), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")),
]))
S.append(t)
S.append(Spacer(1, 8))
S.append(Paragraph("Assiste alla seduta il Segretario comunale <b>dott.ssa Paola Zanier</b>.", base))
S.append(Paragraph("Constatato il numero legale degli intervenuti, assume la presidenza il <b>dott. Giorgio "
                   "Martinis</b> nella sua qualità di <b>Sindaco</b>, il quale dichiara aperta la seduta e "
                   "invita la Giunta a deliberare sull'oggetto sopra indicato.", base))
S.append(Spacer(1, 6))
S.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", ctr))
prem = [
    "PREMESSO che la strada comunale che collega il capoluogo alla frazione di Cergneu Superiore presenta "
    "in più punti fenomeni di cedimento della banchina di valle e l'ammaloramento delle barriere di "
    "sicurezza esistenti, come evidenziato nella relazione dell'Ufficio Tecnico prot. n. 1874 del 19/02/2026;",
    "RICHIAMATO il Documento Unico di Programmazione 2026-2028 e il programma triennale dei lavori pubblici, "
    "approvati con deliberazione del Consiglio comunale n. 6 del 27/01/2026, nei quali l'intervento è inserito "
    "per un importo complessivo di € 185.000,00;",
    "VISTO il decreto del Direttore centrale infrastrutture e territorio della Regione Autonoma Friuli Venezia "
    "Giulia con il quale è stato concesso al Comune un contributo di € 150.000,00 ai sensi della L.R. 14/2002;",
    "VISTO il progetto di fattibilità tecnico-economica redatto dall'ing. Luca Venuti, con studio in Tarvisio, "
    "acquisito al protocollo comunale n. 2261 del 03/03/2026, composto dagli elaborati elencati nella relazione "
    "generale, e il relativo quadro economico dell'importo complessivo di € 185.000,00, di cui € 132.400,00 "
    "per lavori a base d'asta comprensivi di € 4.100,00 per oneri della sicurezza;",
    "VISTO il D.Lgs. 31 marzo 2023, n. 36 e il relativo Allegato I.7;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dai Responsabili dei servizi competenti, allegati al presente atto;",
    "CON VOTI unanimi e favorevoli espressi nelle forme di legge,",
]
for p in prem:
    S.append(Paragraph(p, base))
S.append(Paragraph("<b>D E L I B E R A</b>", ctr))
pts = [
    "di approvare, per le motivazioni espresse in premessa, il progetto di fattibilità tecnico-economica dei "
    "lavori di messa in sicurezza della strada comunale per Cergneu Superiore, redatto dall'ing. Luca Venuti, "
    "dell'importo complessivo di € 185.000,00;",
    "di dare atto che la spesa trova copertura al capitolo 8230/1 del bilancio di previsione 2026-2028, "
    "esercizio 2026, finanziato per € 150.000,00 con contributo regionale e per € 35.000,00 con avanzo di "
    "amministrazione;",
    "di individuare quale Responsabile Unico del Progetto il geom. Franco Picco, Responsabile dell'Area "
    "Tecnica e Tecnico-manutentiva;",
    "di demandare al Responsabile Unico del Progetto l'adozione degli atti conseguenti, ivi compreso "
    "l'affidamento della progettazione esecutiva.",
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph(f"{i}. {p}", ParagraphStyle("pt", parent=base, leftIndent=14, firstLineIndent=-14)))
S.append(Spacer(1, 4))
S.append(Paragraph("Successivamente, con separata votazione unanime e palese,", base))
S.append(Paragraph("<b>D E L I B E R A</b>", ctr))
S.append(Paragraph("di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 1, comma 19, "
                   "della L.R. 11 dicembre 2003, n. 21, stante l'urgenza di avviare la progettazione esecutiva "
                   "entro i termini fissati dal decreto di concessione del contributo.", base))
S.append(Spacer(1, 12))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["F.to dott. Giorgio Martinis", "F.to dott.ssa Paola Zanier"]], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5), ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 16))
pub = Table([[Paragraph("<b>ATTESTATO DI INIZIO PUBBLICAZIONE</b><br/>Si attesta che la presente deliberazione "
                        "viene pubblicata all'Albo pretorio on line il 16/03/2026 e vi rimarrà per quindici giorni "
                        "consecutivi, fino al 31/03/2026, ai sensi dell'art. 1, comma 15, della L.R. 21/2003.<br/>"
                        "Nimis, 16/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; L'impiegato responsabile F.to Cristina Bellina", small)],
             [Paragraph("<b>CERTIFICATO DI ESECUTIVITÀ</b><br/>La presente deliberazione è divenuta esecutiva il "
                        f"{DT} in quanto dichiarata immediatamente eseguibile (art. 1, comma 19, L.R. 21/2003).", small)]],
            colWidths=[170*mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black)]))
S.append(KeepTogether([pub]))
S.append(Spacer(1, 8))
S.append(Paragraph("Copia conforme all'originale, in carta libera per uso amministrativo. Documento firmato "
                   "digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", small))
doc.build(S)
