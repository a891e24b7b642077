#!/usr/bin/env python3
"""Giunta Comunale di Spinetoli, deliberazione n. 3 del 15/01/2029 (the Segretario
stands aside; an Assessore acts as segretario verbalizzante). ReportLab platypus,
Helvetica, J-Iride-like print."""
import sys
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = sys.argv[1]
body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER, spaceBefore=4, spaceAfter=5)
pt = ParagraphStyle("p", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)


def page(c, d):
    c.saveState()
    w, h = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(45 * mm, h - 21 * mm, "COMUNE DI SPINETOLI")
    c.setFont("Helvetica", 9)
    c.drawString(45 * mm, h - 26 * mm, "Provincia di Ascoli Piceno")
    c.setLineWidth(0.9)
    x0, y0 = 24 * mm, h - 31 * mm
    p = c.beginPath()
    p.moveTo(x0, y0 + 17 * mm); p.lineTo(x0 + 14 * mm, y0 + 17 * mm); p.lineTo(x0 + 14 * mm, y0 + 7 * mm)
    p.curveTo(x0 + 14 * mm, y0 + 2 * mm, x0 + 10 * mm, y0, x0 + 7 * mm, y0 - 1 * mm)
    p.curveTo(x0 + 4 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 7 * mm); p.close()
    c.drawPath(p)
    c.line(x0 + 7 * mm, y0 + 14 * mm, x0 + 7 * mm, y0 + 2 * mm)
    c.line(x0 + 2 * mm, y0 + 9 * mm, x0 + 12 * mm, y0 + 9 * mm)
    c.setLineWidth(0.4)
    c.line(20 * mm, h - 35 * mm, w - 20 * mm, h - 35 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Deliberazione della Giunta Comunale n. 3 in data 15/01/2029")
    c.drawRightString(w - 20 * mm, 12 * mm, "Pagina %d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                        bottomMargin=20 * mm, title="GC 3/2029", author="Comune di Spinetoli",
                        creator="J-Iride Atti Amministrativi")
S = []
head = Table([["COPIA", ""],
              ["DELIBERAZIONE DELLA GIUNTA COMUNALE", "n. 3 in data 15/01/2029"]],
             colWidths=[110 * mm, 58 * mm])
head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 11), ("FONT", (0, 0), (0, 0), "Helvetica-Bold", 8),
                          ("ALIGN", (1, 1), (1, 1), "RIGHT"), ("LINEBELOW", (0, 1), (-1, 1), 0.6, "black"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
S += [head, Spacer(1, 6)]
S.append(Table([[Paragraph("<b>Oggetto:</b>", body),
                 Paragraph("<b>Rimborso delle spese di patrocinio legale sostenute dal Segretario Comunale in un "
                           "procedimento concluso con sentenza di assoluzione.</b>", body)]],
               colWidths=[20 * mm, 148 * mm],
               style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("BOX", (0, 0), (-1, -1), 0.5, "black"), ("LEFTPADDING", (0, 0), (0, 0), 4)]))
S.append(Spacer(1, 8))
S.append(Paragraph("L'anno duemilaventinove, il giorno quindici del mese di gennaio, alle ore 13:00, nella "
                   "Residenza Municipale, a seguito di regolare convocazione, si è riunita la Giunta Comunale, "
                   "con la presenza dei Signori:", body))
roll = [["Cognome e nome", "Carica", "Presenti", "Assenti"],
        ["CAMELI ROBERTO", "Sindaco", "X", ""], ["VALLORANI SABRINA", "Vice Sindaco", "X", ""],
        ["TRAINI MATTEO", "Assessore", "X", ""], ["CAPRIOTTI LAURA", "Assessore", "X", ""],
        ["PIGNOTTI EMIDIO", "Assessore", "", "X"], ["", "Totale", "4", "1"]]
rt = Table(roll, colWidths=[55 * mm, 40 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                        ("FONT", (0, -1), (-1, -1), "Helvetica-Oblique", 9),
                        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("GRID", (0, 0), (-1, -2), 0.4, "#555555"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
S += [rt, Spacer(1, 6)]
for s in [
    "Assume la presidenza il Sindaco Sig. Roberto Cameli, il quale, constatato il numero legale degli "
    "intervenuti, dichiara aperta la seduta.",
    "Il Segretario Comunale titolare, Dott.ssa Elisa Voltattorni, non partecipa alla trattazione del presente "
    "argomento, che la riguarda personalmente, ai sensi dell'art. 78, comma 2, e dell'art. 97 del D.Lgs. 18 "
    "agosto 2000, n. 267. Le funzioni di segretario verbalizzante sono svolte dall'Assessore Sig. Matteo Traini, "
    "componente più giovane di età della Giunta.",
]:
    S.append(Paragraph(s, body))
S.append(Paragraph("LA GIUNTA COMUNALE", cen))
for s in [
    "Premesso che il Segretario Comunale, Dott.ssa Elisa Voltattorni, è stata sottoposta a procedimento penale "
    "per fatti connessi all'espletamento del servizio e all'adempimento dei compiti d'ufficio, definito con "
    "sentenza del Tribunale di Ascoli Piceno divenuta irrevocabile, con la quale è stata assolta con la formula "
    "\"perché il fatto non sussiste\";",
    "Vista l'istanza presentata dall'interessata in data 27/11/2028, prot. n. 14388, con la quale si chiede il "
    "rimborso delle spese legali sostenute, pari ad € 4.280,00 comprensive di oneri accessori;",
    "Richiamata la vigente disciplina contrattuale dei Segretari Comunali e Provinciali in materia di patrocinio "
    "legale, nonché i consolidati orientamenti della giurisprudenza contabile, che subordinano il rimborso "
    "all'assenza di conflitto di interessi con l'ente e alla conclusione del procedimento con sentenza di "
    "assoluzione;",
    "Acquisito il parere di congruità delle spese espresso dal Consiglio dell'Ordine degli Avvocati di Ascoli "
    "Piceno in data 09/01/2029;",
    "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. "
    "267/2000 dal Responsabile dell'Area Economico-Finanziaria;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge,",
]:
    S.append(Paragraph(s, body))
S.append(Paragraph("DELIBERA", cen))
for n, s in enumerate([
    "di riconoscere al Segretario Comunale, Dott.ssa Elisa Voltattorni, il rimborso delle spese di patrocinio "
    "legale sostenute nel procedimento penale indicato in premessa, nella misura di € 4.280,00;",
    "di demandare al Responsabile dell'Area Economico-Finanziaria l'adozione dell'impegno di spesa e della "
    "conseguente liquidazione;",
    "di dare atto che la spesa rientra nei limiti di cui all'art. 163 del D.Lgs. 267/2000, trattandosi di "
    "obbligazione derivante da disposizioni di legge e contrattuali.",
], 1):
    S.append(Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (n, s), pt))
S.append(Paragraph("Successivamente, con separata e unanime votazione, la Giunta Comunale dichiara il presente "
                   "atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 10))
sig = Table([["Letto, approvato e sottoscritto.", ""],
             ["IL SINDACO", "IL SEGRETARIO VERBALIZZANTE"],
             ["F.to Sig. Roberto Cameli", "F.to Sig. Matteo Traini"]], colWidths=[84 * mm, 84 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("SPAN", (0, 0), (1, 0)),
                         ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 12))
S.append(Paragraph("<font size=8>È copia conforme all'originale. Spinetoli, 16/01/2029 - L'Istruttore "
                   "Amministrativo</font>", body))
doc.build(S, onFirstPage=page, onLaterPages=page)
