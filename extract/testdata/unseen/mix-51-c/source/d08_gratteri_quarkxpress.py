#!/usr/bin/env python3
"""Numbered avviso pubblico of the Comune di Gratteri, imitating a notice laid
out in QuarkXPress by a print shop: a coloured band with the title, two text
columns, a tinted deadline box. Made with ReportLab (platypus, two frames)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, FrameBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

C = "/usr/share/fonts/truetype/crosextra/"
pdfmetrics.registerFont(TTFont("Cal", C + "Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Cal-B", C + "Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Cal-I", C + "Carlito-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Cad-B", C + "Caladea-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Cal", 0, 0, "Cal"); addMapping("Cal", 1, 0, "Cal-B"); addMapping("Cal", 0, 1, "Cal-I")
addMapping("Cal", 1, 1, "Cal-B")

out = sys.argv[1]
W, H = A4
BLUE = colors.HexColor("#1f4e79")
TITLE = ("Concessione di contributi alle associazioni culturali, sportive e di volontariato "
         "per attività e manifestazioni – Anno 2026")
txt = ParagraphStyle("t", fontName="Cal", fontSize=9.6, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=3.5)
art = ParagraphStyle("a", parent=txt, fontName="Cal-B", textColor=BLUE, spaceBefore=4, spaceAfter=1.5)


def first(c, d):
    c.saveState()
    c.setFillColor(BLUE); c.rect(0, H - 78*mm, W, 78*mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Cal", 9); c.drawString(18*mm, H - 12*mm, "stemma")
    c.setFont("Cad-B", 22); c.drawString(18*mm, H - 24*mm, "COMUNE DI GRATTERI")
    c.setFont("Cal", 10.5)
    c.drawString(18*mm, H - 30*mm, "Città Metropolitana di Palermo  ·  Parco delle Madonie")
    c.drawString(18*mm, H - 35*mm, "AREA AMMINISTRATIVA  ·  Servizio Cultura, Sport e Associazionismo")
    c.setFont("Cal-B", 28); c.drawString(18*mm, H - 52*mm, "AVVISO PUBBLICO N. 3/2026")
    c.restoreState()
    foot(c, d)


def foot(c, d):
    c.saveState()
    c.setFont("Cal", 7.5); c.setFillColor(colors.grey)
    c.drawString(18*mm, 10*mm, "Comune di Gratteri – Piazza Monumento, 1 – 90010 Gratteri (PA) – "
                 "protocollo@pec.comune.gratteri.pa.it")
    c.drawRightString(W - 18*mm, 10*mm, "%d" % d.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, title="Avviso pubblico n. 3/2026 - contributi associazioni",
                      author="Comune di Gratteri", creator="QuarkXPress 2024 (ReportLab imitation)")
gap = 8*mm; colw = (W - 36*mm - gap) / 2
f_title = Frame(18*mm, H - 76*mm, W - 36*mm, 20*mm, id="title", showBoundary=0, leftPadding=0)
f1 = [Frame(18*mm, 16*mm, colw, H - 100*mm, id="l1"), Frame(18*mm + colw + gap, 16*mm, colw, H - 100*mm, id="r1")]
f2 = [Frame(18*mm, 16*mm, colw, H - 34*mm, id="l2"), Frame(18*mm + colw + gap, 16*mm, colw, H - 34*mm, id="r2")]
doc.addPageTemplates([PageTemplate(id="first", frames=[f_title] + f1, onPage=first),
                      PageTemplate(id="next", frames=f2, onPage=foot)])

ts = ParagraphStyle("ti", fontName="Cal-B", fontSize=13.5, leading=16.5, textColor=colors.white)
story = [Paragraph(TITLE, ts), FrameBreak(), NextPageTemplate("next")]
story.append(Paragraph("<b>IL RESPONSABILE DELL’AREA AMMINISTRATIVA</b>", ParagraphStyle("x", parent=txt, alignment=TA_CENTER)))
story.append(Paragraph(
    "In esecuzione della deliberazione della Giunta Comunale n. 28 del 05/03/2026 e della propria "
    "determinazione n. 64 del 20/03/2026, nel rispetto del Regolamento comunale per la concessione di "
    "sovvenzioni, contributi e vantaggi economici (art. 12 della Legge 241/1990),", txt))
story.append(Paragraph("<b>RENDE NOTO</b>", ParagraphStyle("y", parent=txt, alignment=TA_CENTER)))
story.append(Paragraph("che sono aperti i termini per la presentazione delle domande di contributo secondo "
                       "quanto di seguito indicato.", txt))
arts = [
    ("Art. 1 – Finalità", "Il Comune sostiene le attività delle associazioni che operano senza fini di lucro "
     "nei settori della cultura, dello sport, delle tradizioni popolari e del volontariato, con particolare "
     "riferimento alle iniziative che valorizzano il centro storico e il patrimonio delle Madonie."),
    ("Art. 2 – Soggetti beneficiari", "Possono presentare domanda le associazioni con sede legale od "
     "operativa nel territorio comunale, costituite da almeno un anno alla data di pubblicazione del "
     "presente avviso e iscritte, ove previsto, al Registro Unico Nazionale del Terzo Settore."),
    ("Art. 3 – Risorse disponibili", "Le risorse complessivamente destinate al presente avviso ammontano a "
     "€ 12.000,00, ripartite in € 7.000,00 per le attività culturali e di volontariato e € 5.000,00 per le "
     "attività sportive. Il contributo per ciascun progetto non potrà superare l’80% della spesa ammissibile "
     "né l’importo di € 2.500,00."),
    ("Art. 4 – Spese ammissibili", "Sono ammissibili le spese direttamente riconducibili al progetto: "
     "noleggi di attrezzature, service audio e luci, materiale promozionale, premi e trofei, rimborsi "
     "spese documentati, coperture assicurative. Non sono ammissibili le spese per beni durevoli e per il "
     "funzionamento ordinario dell’associazione."),
    ("Art. 5 – Criteri di valutazione", "Le domande saranno valutate da una commissione interna secondo i "
     "seguenti criteri: rilevanza per la comunità (max 30 punti); coinvolgimento di giovani e anziani "
     "(max 20 punti); capacità di attrarre visitatori (max 20 punti); cofinanziamento (max 15 punti); "
     "continuità e radicamento dell’iniziativa (max 15 punti)."),
    ("Art. 6 – Modalità di presentazione", "La domanda, redatta sul modello allegato (Mod. A) e corredata "
     "da relazione illustrativa, piano finanziario e copia dello statuto, dovrà pervenire all’Ufficio "
     "Protocollo o tramite PEC all’indirizzo protocollo@pec.comune.gratteri.pa.it."),
]
for a, b in arts:
    story += [Paragraph(a, art), Paragraph(b, txt)]
dl = Table([[Paragraph("<b>SCADENZA</b><br/>ore 12:00 del 30 aprile 2026", ParagraphStyle(
    "d", parent=txt, alignment=TA_CENTER, textColor=BLUE, fontSize=11, leading=14))]], colWidths=[colw])
dl.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dce8f4")),
                        ("BOX", (0, 0), (-1, -1), 1, BLUE), ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [Spacer(1, 3*mm), dl, Spacer(1, 2*mm)]
arts2 = [
    ("Art. 7 – Rendicontazione", "Il contributo sarà liquidato a conclusione dell’iniziativa, previa "
     "presentazione del rendiconto delle spese sostenute con i relativi giustificativi, entro 60 giorni "
     "dalla conclusione. È ammessa un’anticipazione non superiore al 40% per le manifestazioni di rilevanza "
     "sovracomunale."),
    ("Art. 8 – Trattamento dei dati", "I dati personali saranno trattati ai sensi del Regolamento UE 2016/679 "
     "esclusivamente per le finalità del presente avviso. Titolare del trattamento è il Comune di Gratteri."),
    ("Art. 9 – Informazioni", "Responsabile del procedimento è la Sig.ra Rosalia Cirrito, Servizio Cultura, "
     "Sport e Associazionismo, tel. 0921 429111. Il presente avviso è pubblicato all’Albo Pretorio on line e "
     "sul sito istituzionale dell’Ente."),
]
for a, b in arts2:
    story += [Paragraph(a, art), Paragraph(b, txt)]
story += [Spacer(1, 5*mm), Paragraph("Gratteri, 23/03/2026", txt),
          Paragraph("Il Responsabile dell’Area Amministrativa<br/><b>Dott. Vincenzo Liberto</b><br/>"
                    "<i>Firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, comma 2, D.Lgs. 39/1993</i>",
                    ParagraphStyle("s", parent=txt, alignment=TA_CENTER))]
doc.build(story)
