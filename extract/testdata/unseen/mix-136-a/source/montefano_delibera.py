#!/usr/bin/env python3
"""Comune di Montefano - Consiglio Comunale n. 41 del 14-12-2028 (Halley-like print).

ReportLab platypus: justified paragraphs (word spacing through Tw), the roll in
two columns, a running head ("COPIA") and a running foot with the act's number
drawn by the page template before the body of every page.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-montefano-halley.pdf"
W, H = A4

base = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="Times-Bold")
small = ParagraphStyle("s", parent=base, fontSize=9.5, leading=12)
lab = ParagraphStyle("l", parent=base, alignment=TA_LEFT)

FOOT = "DELIBERAZIONE DI CONSIGLIO n. 41 del 14-12-2028 - pag. %d - COMUNE DI MONTEFANO"


def crest(c, x, y):
    # a plain shield, as the package's letterhead prints the Comune's arms
    c.saveState()
    c.setLineWidth(0.8)
    p = c.beginPath()
    p.moveTo(x, y + 44); p.lineTo(x + 34, y + 44); p.lineTo(x + 34, y + 16)
    p.curveTo(x + 34, y + 6, x + 22, y + 2, x + 17, y - 2)
    p.curveTo(x + 12, y + 2, x, y + 6, x, y + 16); p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(colors.Color(0.55, 0.1, 0.1))
    c.rect(x + 6, y + 18, 22, 14, stroke=0, fill=1)
    c.restoreState()


def on_page(c, doc):
    c.saveState()
    n = c.getPageNumber()
    c.setFont("Helvetica", 8)
    c.drawRightString(W - 18 * mm, H - 12 * mm, "COPIA")
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(W / 2, 12 * mm, FOOT % n)
    c.setLineWidth(0.4)
    c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    if n == 1:
        crest(c, 22 * mm, H - 38 * mm)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, H - 24 * mm, "COMUNE DI MONTEFANO")
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(W / 2, H - 29.5 * mm, "Provincia di Macerata")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, H - 34 * mm,
                            "Piazza Bracaccini, 1 - 62010 Montefano (MC) - C.F. 00128540436")
        c.line(18 * mm, H - 40 * mm, W - 18 * mm, H - 40 * mm)
    c.restoreState()


def p(t, st=base):
    return Paragraph(t, st)


story = []
head = Table([
    [p("<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", cen)],
    [p("Numero <b>41</b> &nbsp;&nbsp;&nbsp;&nbsp; Del <b>14-12-2028</b>", cen)],
], colWidths=[174 * mm])
head.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                          ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                          ("TOPPADDING", (0, 0), (-1, -1), 3)]))
story += [head, Spacer(1, 8)]
story.append(Table([[p("<b>Oggetto:</b>", lab), p(
    "<b>RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI DELL'ART. 20 "
    "DEL D.LGS. 19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE PARTECIPAZIONI POSSEDUTE "
    "AL 31/12/2027 - APPROVAZIONE.</b>", ParagraphStyle("o", parent=base, alignment=TA_LEFT))]],
    colWidths=[20 * mm, 154 * mm],
    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
story.append(Spacer(1, 8))
story.append(p(
    "L'anno duemilaventotto il giorno quattordici del mese di dicembre alle ore 21:00, nella "
    "sala consiliare del Palazzo Comunale, convocato con avviso scritto del Sindaco prot. n. 9871 "
    "del 07-12-2028, regolarmente notificato ai Consiglieri, si è riunito il Consiglio Comunale "
    "in sessione ordinaria, in seduta pubblica di prima convocazione."))
story.append(p("Fatto l'appello nominale, risultano:"))

roll = [("CARBONARI LORENZO", "Sindaco", "P"), ("GIULIODORI ELENA", "Consigliere", "P"),
        ("MORRESI ANDREA", "Consigliere", "P"), ("SANTONI FRANCESCA", "Consigliere", "P"),
        ("PIERONI MATTEO", "Consigliere", "A"), ("CINGOLANI ROBERTA", "Consigliere", "P"),
        ("MARINELLI DAVIDE", "Consigliere", "P"), ("TOMBESI GIORGIO", "Consigliere", "P"),
        ("BIAGETTI SILVIA", "Consigliere", "P"), ("LUCARELLI PAOLO", "Consigliere", "P"),
        ("SCATTOLINI MARCO", "Consigliere", "A"), ("PAOLONI CHIARA", "Consigliere", "P"),
        ("MANCINELLI STEFANO", "Consigliere", "P")]
left, right = roll[:7], roll[7:] + [("", "", "")]
rows = [[a[0], a[1], a[2], "", b[0], b[1], b[2]] for a, b in zip(left, right)]
rt = Table(rows, colWidths=[45 * mm, 24 * mm, 8 * mm, 8 * mm, 45 * mm, 24 * mm, 8 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                        ("FONT", (2, 0), (2, -1), "Times-Bold", 10.5),
                        ("FONT", (6, 0), (6, -1), "Times-Bold", 10.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
story += [rt, Spacer(1, 6)]
story.append(p("Assegnati n. 13 &nbsp;&nbsp; In carica n. 13 &nbsp;&nbsp; Presenti n. 11 "
               "&nbsp;&nbsp; Assenti n. 2", cen))
story.append(p(
    "Assume la presidenza il Sig. CARBONARI LORENZO in qualità di SINDACO, assistito dal "
    "SEGRETARIO COMUNALE dott.ssa CICCARELLI MARTA, incaricata della redazione del verbale."))
story.append(p(
    "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed "
    "invita il Consiglio a deliberare sull'oggetto sopra indicato. Sono nominati scrutatori i "
    "Sigg.: MORRESI ANDREA, BIAGETTI SILVIA, PAOLONI CHIARA."))
story.append(Spacer(1, 4))
story.append(p("IL CONSIGLIO COMUNALE", cen))
for t in [
    "PREMESSO che, ai sensi dell'art. 20 del D.Lgs. 19 agosto 2016, n. 175, recante il Testo unico "
    "in materia di società a partecipazione pubblica (TUSP), le amministrazioni pubbliche effettuano "
    "annualmente, con proprio provvedimento, un'analisi dell'assetto complessivo delle società in cui "
    "detengono partecipazioni, dirette o indirette, predisponendo, ove ricorrano i presupposti, un "
    "piano di riassetto per la loro razionalizzazione, fusione o soppressione, anche mediante messa in "
    "liquidazione o cessione;",
    "RICHIAMATA la propria deliberazione n. 52 del 21-12-2027, con la quale si è provveduto alla "
    "ricognizione delle partecipazioni possedute al 31/12/2026, confermandone il mantenimento senza "
    "interventi di razionalizzazione;",
    "CONSIDERATO che il Comune di Montefano detiene le seguenti partecipazioni: ASTEA S.p.A. "
    "(quota 0,71%), Centro Marche Acque S.r.l. (quota 2,15%), COSMARI S.r.l. (quota 1,09%) e, "
    "in via indiretta, le società da queste controllate, come dettagliato nella relazione tecnica "
    "allegata sotto la lettera A);",
    "DATO ATTO che le società partecipate svolgono attività di produzione di servizi di interesse "
    "generale strettamente necessarie per il perseguimento delle finalità istituzionali dell'Ente e "
    "che per nessuna di esse ricorrono le condizioni di cui all'art. 20, comma 2, del TUSP;",
    "VISTO il parere favorevole dell'organo di revisione economico-finanziaria, reso con verbale "
    "n. 19 del 04-12-2028, acquisito al protocollo dell'Ente al n. 9802;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell'art. 49 "
    "del D.Lgs. 18 agosto 2000, n. 267, dal Responsabile dell'Area Economico-Finanziaria;",
    "UDITA la relazione dell'Assessore al bilancio e l'intervento del Consigliere Lucarelli, che "
    "annuncia l'astensione del gruppo di minoranza, come riportati nella registrazione integrale "
    "della seduta conservata agli atti;",
    "Con la seguente votazione, resa per alzata di mano: presenti n. 11, votanti n. 8, favorevoli "
    "n. 8, contrari n. 0, astenuti n. 3 (Lucarelli, Paoloni, Mancinelli);",
]:
    story.append(p(t))
story.append(p("DELIBERA", cen))
for i, t in enumerate([
    "di approvare la ricognizione di tutte le partecipazioni possedute dal Comune di Montefano alla "
    "data del 31/12/2027, come risultante dalla relazione tecnica allegata sotto la lettera A) quale "
    "parte integrante e sostanziale del presente atto;",
    "di dare atto che non ricorrono i presupposti per l'adozione di un piano di riassetto ai sensi "
    "dell'art. 20, commi 1 e 2, del D.Lgs. 175/2016 e che, pertanto, tutte le partecipazioni sono "
    "mantenute senza interventi di razionalizzazione;",
    "di approvare la relazione sull'attuazione delle misure previste nel precedente piano, ai sensi "
    "dell'art. 20, comma 4, del medesimo decreto;",
    "di incaricare il Responsabile dell'Area Economico-Finanziaria della trasmissione del presente "
    "provvedimento alla competente Sezione regionale di controllo della Corte dei conti e al "
    "Ministero dell'Economia e delle Finanze tramite l'applicativo \"Partecipazioni\";",
    "di comunicare l'esito della ricognizione a tutte le società partecipate.",
], 1):
    story.append(Table([[p("%d)" % i, lab), p(t)]], colWidths=[9 * mm, 165 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
story.append(Spacer(1, 6))
story.append(p(
    "Inoltre, IL CONSIGLIO COMUNALE, stante l'urgenza di provvedere alla trasmissione entro il "
    "31 dicembre, con separata votazione resa per alzata di mano, presenti n. 11, votanti n. 8, "
    "favorevoli n. 8, contrari n. 0, astenuti n. 3,"))
story.append(p("DELIBERA", cen))
story.append(p(
    "di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
    "del D.Lgs. 18 agosto 2000, n. 267."))
story.append(Spacer(1, 10))
story.append(KeepTogether([
    p("<b>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", lab),
    p("Parere <b>Favorevole</b> in ordine alla regolarità tecnica. Data: 05-12-2028 - "
      "Il Responsabile del Servizio f.to dott. SAMPAOLESI ENRICO", small),
    p("Parere <b>Favorevole</b> in ordine alla regolarità contabile. Data: 05-12-2028 - "
      "Il Responsabile del Servizio f.to dott. SAMPAOLESI ENRICO", small),
]))
story.append(Spacer(1, 12))
sig = Table([
    [p("Letto, approvato e sottoscritto.", lab), ""],
    [p("IL PRESIDENTE", cen), p("IL SEGRETARIO COMUNALE", cen)],
    [p("f.to CARBONARI LORENZO", ParagraphStyle("x", parent=base, alignment=TA_CENTER)),
     p("f.to dott.ssa CICCARELLI MARTA", ParagraphStyle("x", parent=base, alignment=TA_CENTER))],
], colWidths=[87 * mm, 87 * mm])
story.append(KeepTogether([sig]))
story.append(Spacer(1, 14))
story.append(KeepTogether([
    p("<b>CERTIFICATO DI ESECUTIVITÀ</b>", cen),
    p("La presente deliberazione è divenuta esecutiva il giorno 14-12-2028, perché dichiarata "
      "immediatamente eseguibile (art. 134, comma 4, del D.Lgs. 267/2000).", small),
    p("Montefano, lì 15-12-2028 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE f.to dott.ssa "
      "CICCARELLI MARTA", small),
    p("<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.; "
      "la presente copia è conforme all'originale.</i>", small),
]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=18 * mm, bottomMargin=22 * mm,
                      title="Deliberazione del Consiglio Comunale n. 41 del 14-12-2028",
                      author="Comune di Montefano", creator="montefano_delibera.py (Halley-like layout)")
first = Frame(18 * mm, 22 * mm, W - 36 * mm, H - 44 * mm - 22 * mm + 4 * mm, id="f1")
later = Frame(18 * mm, 22 * mm, W - 36 * mm, H - 40 * mm, id="f2")
from reportlab.platypus import NextPageTemplate
doc.addPageTemplates([PageTemplate("first", [first], onPage=on_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [later], onPage=on_page)])
doc.build(story)
