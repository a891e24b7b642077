#!/usr/bin/env python3
"""Frosinone, house style "Sicraweb EVO": determinazione dirigenziale of the Settore 1, printed
by the package's ReportLab engine. The letterhead and the running head are reused Form XObjects
painted at the end of each page (onPageEnd), after the body: out of reading order. Justified
paragraphs (Tw), the organ under the act's title, the list of admitted candidates in two columns."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-frosinone-sicrawebevo-personale.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
for n, f in [("DS", "DejaVuSerif.ttf"), ("DS-B", "DejaVuSerif-Bold.ttf"), ("DS-I", "DejaVuSerif-Italic.ttf"),
             ("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + f))
addMapping("DS", 0, 0, "DS"); addMapping("DS", 1, 0, "DS-B"); addMapping("DS", 0, 1, "DS-I"); addMapping("DS", 1, 1, "DS-B")
W, H = A4
RG = "Determinazione R.G. n. 1231 del 22/05/2026"
_forms = set()

def _define(c):
    if "lh" in _forms:
        return
    c.beginForm("lh")
    cx = W / 2
    p = c.beginPath(); p.moveTo(cx - 22, H - 24 * mm); p.lineTo(cx + 22, H - 24 * mm); p.lineTo(cx + 22, H - 24 * mm - 28)
    p.lineTo(cx, H - 24 * mm - 44); p.lineTo(cx - 22, H - 24 * mm - 28); p.close()
    c.setFillColor(colors.HexColor("#1b5e20")); c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.white); q = c.beginPath(); q.moveTo(cx - 13, H - 24 * mm - 30); q.lineTo(cx, H - 24 * mm - 6)
    q.lineTo(cx + 13, H - 24 * mm - 30); q.close(); c.drawPath(q, fill=1, stroke=0)
    c.setFillColor(colors.black)
    t = c.beginText(); t.setFont("DV-B", 16); t.setCharSpace(4)
    txt = "COMUNE DI FROSINONE"; w = pdfmetrics.stringWidth(txt, "DV-B", 16) + 4 * (len(txt) - 1)
    t.setTextOrigin(cx - w / 2, H - 47 * mm); t.textOut(txt); t.setCharSpace(0); c.drawText(t)
    c.setFont("DS-I", 8.5); c.drawCentredString(cx, H - 51.5 * mm, "Medaglia d'Oro al Merito Civile")
    c.endForm()
    c.beginForm("rh")
    c.setFont("DV", 7); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, H - 13 * mm, "Comune di Frosinone – Settore 1 – Affari Generali e Risorse Umane")
    c.drawRightString(W - 20 * mm, H - 13 * mm, RG)
    c.setStrokeColor(colors.HexColor("#666666")); c.setLineWidth(0.4); c.line(20 * mm, H - 14.5 * mm, W - 20 * mm, H - 14.5 * mm)
    c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
    c.drawCentredString(W / 2, 11 * mm, "Piazza VI Dicembre - 03100 Frosinone")
    c.endForm()
    _forms.add("lh")

def page_end_first(c, doc):
    _define(c)
    c.saveState(); c.doForm("rh")
    c.setFont("DV", 7); c.drawRightString(W - 20 * mm, 11 * mm, f"Pagina {doc.page}")
    c.doForm("lh"); c.restoreState()

def page_end_later(c, doc):
    _define(c)
    c.saveState(); c.doForm("rh")
    c.setFont("DV", 7); c.drawRightString(W - 20 * mm, 11 * mm, f"Pagina {doc.page}")
    c.restoreState()

S = dict(
    body=ParagraphStyle("b", fontName="DS", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4),
    h=ParagraphStyle("h", fontName="DV-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=5),
    title=ParagraphStyle("t", fontName="DV-B", fontSize=12.5, leading=15, alignment=TA_CENTER),
    org=ParagraphStyle("o", fontName="DV-B", fontSize=10.5, leading=13, alignment=TA_CENTER),
    off=ParagraphStyle("f", fontName="DV", fontSize=9, leading=12, alignment=TA_CENTER),
    cell=ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5),
    num=ParagraphStyle("n", fontName="DS", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, leftIndent=7 * mm,
                       firstLineIndent=-7 * mm, spaceAfter=4),
    small=ParagraphStyle("s", fontName="DV", fontSize=8.3, leading=10.5),
    sig=ParagraphStyle("g", fontName="DS", fontSize=10, leading=13, alignment=TA_CENTER),
)
story = []
story.append(Paragraph("DETERMINAZIONE DIRIGENZIALE", S["title"]))
story.append(Spacer(1, 2))
story.append(Paragraph("Settore 1 – Affari Generali e Risorse Umane", S["org"]))
story.append(Paragraph("Servizio Gestione Giuridica del Personale", S["off"]))
story.append(Spacer(1, 6))
reg = Table([["R.G. n. 1231", "del 22/05/2026", "N. settoriale 58", "del 21/05/2026", "Proposta n. 1390", "del 20/05/2026"]],
            colWidths=[23 * mm, 26 * mm, 30 * mm, 26 * mm, 30 * mm, 26 * mm])
reg.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (0, 0), "DV-B", 8.5),
                         ("FONT", (2, 0), (2, 0), "DV-B", 8.5), ("FONT", (4, 0), (4, 0), "DV-B", 8.5),
                         ("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEAFTER", (1, 0), (1, 0), 0.5, colors.black),
                         ("LINEAFTER", (3, 0), (3, 0), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee"))]))
story.append(reg)
story.append(Spacer(1, 8))
SUBJ = ("Concorso pubblico, per esami, per la copertura di n. 4 posti di Istruttore Amministrativo, Area degli "
        "Istruttori, a tempo pieno e indeterminato - Approvazione dell'elenco dei candidati ammessi e non ammessi "
        "alla prova scritta")
story.append(Table([[Paragraph("<b>OGGETTO:</b>", S["body"]), Paragraph("<b>%s</b>" % SUBJ, S["body"])]],
                   colWidths=[25 * mm, 140 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(Paragraph("IL DIRIGENTE", S["h"]))
B = lambda t: story.append(Paragraph(t, S["body"]))
B("<b>Visto</b> il decreto del Sindaco n. 2 del 9 gennaio 2026, con il quale è stata conferita alla sottoscritta la "
  "direzione del Settore 1 – Affari Generali e Risorse Umane;")
B("<b>Richiamata</b> la propria determinazione R.G. n. 702 del 20 marzo 2026, con la quale è stato approvato il bando "
  "di concorso pubblico, per esami, per la copertura di n. 4 posti di Istruttore Amministrativo, Area degli "
  "Istruttori, a tempo pieno e indeterminato, pubblicato sul portale inPA e, per estratto, nella Gazzetta Ufficiale "
  "– 4ª Serie speciale Concorsi ed esami n. 27 del 3 aprile 2026;")
B("<b>Dato atto</b> che entro il termine di scadenza, fissato al 3 maggio 2026, sono pervenute tramite il portale inPA "
  "n. 26 domande di partecipazione e che l'Ufficio ha concluso l'istruttoria sul possesso dei requisiti di "
  "ammissione previsti dall'art. 2 del bando;")
B("<b>Rilevato</b> che n. 2 domande non possono essere accolte, in quanto i candidati non risultano in possesso del "
  "titolo di studio richiesto ovvero hanno presentato la domanda priva della ricevuta di versamento della tassa di "
  "concorso, non regolarizzata nel termine assegnato;")
B("<b>Visti</b> il D.P.R. 9 maggio 1994, n. 487, il vigente Regolamento comunale sull'accesso agli impieghi e "
  "l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;")
story.append(Paragraph("DETERMINA", S["h"]))
N = lambda n, t: story.append(Paragraph(f"{n}.&nbsp;&nbsp;{t}", S["num"]))
N(1, "di ammettere alla prova scritta del concorso indicato in oggetto i seguenti n. 24 candidati:")
names = ["ANGELINI Chiara", "BALDASSARRA Marco", "BIANCHI Federica", "CAPPELLI Simone", "CELLUPICA Ilaria",
         "CIOTOLI Andrea", "COLAFRANCESCO Elisa", "D'AMICO Lorenzo", "DE SANTIS Giulia", "FANELLA Matteo",
         "FORTE Alessia", "GIZZI Riccardo", "IADECOLA Sara", "LATINI Davide", "MANCINI Roberta", "MASTROIANNI Luca",
         "NARDONI Francesca", "PALLADINO Stefano", "PATRIZI Martina", "QUADRINI Emanuele", "RICCI Valeria",
         "SPERDUTI Gabriele", "TAGLIENTI Noemi", "ZOMPARELLI Pietro"]
half = (len(names) + 1) // 2
rows = [["Cognome e nome", "Cognome e nome"]] + [[names[i], names[i + half] if i + half < len(names) else ""] for i in range(half)]
roll = Table(rows, colWidths=[72 * mm, 72 * mm], hAlign="CENTER")
roll.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.8), ("FONT", (0, 0), (-1, 0), "DV-B", 8.3),
                          ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.grey)]))
story.append(roll); story.append(Spacer(1, 5))
N(2, "di non ammettere al concorso, per le motivazioni indicate nell'allegato elenco riservato, conservato agli "
     "atti del Servizio, i candidati contraddistinti dai codici domanda inPA n. 0417 e n. 0533;")
N(3, "di dare atto che la prova scritta si svolgerà il giorno 16 giugno 2026, alle ore 9.30, presso la sede del "
     "Comune in piazza VI Dicembre, come da calendario pubblicato sul portale inPA e sul sito istituzionale;")
N(4, "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione \"Amministrazione "
     "trasparente – Bandi di concorso\", con valore di notifica a tutti gli effetti per i candidati;")
N(5, "di dare atto che il presente provvedimento non comporta impegno di spesa.")
story.append(Spacer(1, 6))
story.append(Paragraph("Frosinone, 22/05/2026", S["body"]))
story.append(KeepTogether([Spacer(1, 6), Table([["", Paragraph("IL DIRIGENTE DEL SETTORE 1<br/><b>dott.ssa Marina Tagliaferri</b><br/>"
    "<font size=7>Firmato digitalmente ai sensi del D.Lgs. n. 82/2005</font>", S["sig"])]], colWidths=[85 * mm, 85 * mm])]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                      title="Determinazione dirigenziale R.G. n. 1231/2026", author="Comune di Frosinone",
                      creator="Sicraweb EVO - Atti Amministrativi")
f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 20 * mm - 57 * mm, id="f1")
f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 20 * mm - 20 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPageEnd=page_end_first, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPageEnd=page_end_later)])
doc.build(story)
