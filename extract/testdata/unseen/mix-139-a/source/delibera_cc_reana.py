#!/usr/bin/env python3
"""Consiglio Comunale di Reana del Rojale, deliberazione n. 1/2029: the same
Insiel-like print as the Giunta's, this time laid out with ReportLab platypus."""
import sys
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

F = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", F + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", F + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSans-I", F + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I", boldItalic="LSans-B")

N = ParagraphStyle("n", fontName="LSans", fontSize=10.2, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER)
H = ParagraphStyle("h", parent=N, fontName="LSans-B", fontSize=12.5, leading=15, alignment=TA_CENTER)
S = ParagraphStyle("s", parent=N, fontSize=8.3, leading=10)
R = ParagraphStyle("r", parent=N, alignment=TA_RIGHT)
PT = ParagraphStyle("pt", parent=N, leftIndent=7 * mm, firstLineIndent=-6 * mm)

SUBJ = ("APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA "
        "LOCALE TRA I COMUNI DI REANA DEL ROJALE E POVOLETTO PER IL QUINQUENNIO 2029-2033.")


def foot(cv, doc):
    cv.saveState()
    cv.setFont("LSans", 7.5)
    cv.drawString(20 * mm, 12 * mm, "Comune di Reana del Rojale – Deliberazione del Consiglio Comunale n. 1 del 12/01/2029")
    cv.drawRightString(190 * mm, 12 * mm, "Pag. %d" % doc.page)
    cv.setLineWidth(0.4)
    cv.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
    cv.restoreState()


story = []
story.append(Paragraph("<b>COMUNE DI REANA DEL ROJALE</b>", ParagraphStyle("lh", parent=H, fontSize=16, leading=19)))
story.append(Paragraph("<i>Provincia di Udine</i>", C))
story.append(Spacer(1, 4 * mm))
story.append(Paragraph("<b>ORIGINALE</b>", ParagraphStyle("o", parent=R, fontSize=8.5)))
story.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", H))
story.append(Spacer(1, 2 * mm))
nt = Table([[Paragraph("<b>N. 1</b>", C), Paragraph("<b>del 12/01/2029</b>", C)]], colWidths=[50 * mm, 50 * mm])
nt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.7, colors.black),
                        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
story.append(nt)
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("Adunanza straordinaria di prima convocazione – seduta pubblica", ParagraphStyle("a", parent=C, fontSize=9)))
story.append(Spacer(1, 2 * mm))
ot = Table([[Paragraph("<b>OGGETTO:</b>", N), Paragraph("<b>" + SUBJ + "</b>", N)]], colWidths=[24 * mm, 146 * mm])
ot.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.black), ("INNERGRID", (0, 0), (-1, -1), 0.7, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(ot)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "L'anno 2029, il giorno 12 del mese di gennaio alle ore 20:00, nella sala consiliare del Municipio, "
    "previa convocazione disposta dal Sindaco con avvisi scritti recapitati a norma di legge, si è riunito il "
    "Consiglio Comunale. Fatto l'appello nominale risultano:", N))

roll = [("ZAMPARO Emiliano", "Sindaco", True), ("TOMASIN Chiara", "Consigliere", True),
        ("DE CECCO Luca", "Consigliere", True), ("PASCOLO Michela", "Consigliere", True),
        ("ERMACORA Davide", "Consigliere", True), ("COSSIO Federica", "Consigliere", True),
        ("MORETTI Alessandro", "Consigliere", False), ("TONIUTTI Giorgio", "Consigliere", True),
        ("BULFONI Sara", "Consigliere", True), ("DEL FABBRO Igor", "Consigliere", True),
        ("NADALUTTI Renata", "Consigliere", True), ("VENUTI Stefano", "Consigliere", True),
        ("CANCIANI Marta", "Consigliere", False)]
rows = [["", "Componente", "Carica", "Presente", "Assente"]]
for i, (n, r, p) in enumerate(roll, 1):
    rows.append([str(i), n, r, "Presente" if p else "", "" if p else "Assente"])
rt = Table(rows, colWidths=[8 * mm, 60 * mm, 40 * mm, 26 * mm, 26 * mm], rowHeights=[6 * mm] + [5 * mm] * len(roll))
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9.6), ("FONT", (0, 0), (-1, 0), "LSans-B", 9.6),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black),
                        ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
story.append(rt)
story.append(Spacer(1, 1.5 * mm))
story.append(Paragraph("<b>Presenti n. 11 – Assenti n. 2</b>", R))
story.append(Paragraph("Assiste il Vice Segretario comunale dott.ssa Elena Variola.", N))
story.append(Paragraph(
    "Il sig. Emiliano Zamparo, nella sua qualità di Sindaco, assume la presidenza e, constatato il numero "
    "legale degli intervenuti, dichiara aperta la seduta e pone in discussione l'argomento sopra indicato, "
    "iscritto al punto n. 2 dell'ordine del giorno.", N))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph("<b>IL CONSIGLIO COMUNALE</b>", C))
for x in [
    "PREMESSO che i Comuni di Reana del Rojale e di Povoletto gestiscono in forma associata il servizio di "
    "polizia locale in forza della convenzione sottoscritta il 28/02/2024, in scadenza il 31/01/2029;",
    "RICHIAMATA la L.R. 29 aprile 2009, n. 9, recante «Disposizioni in materia di politiche di sicurezza e "
    "ordinamento della polizia locale», ed in particolare l'art. 10, che disciplina l'esercizio associato "
    "delle funzioni di polizia locale;",
    "VISTO l'art. 21 della L.R. 26 ottobre 2006, n. 1 e l'art. 30 del D.Lgs. 18 agosto 2000, n. 267, in "
    "materia di convenzioni tra enti locali;",
    "ESAMINATO lo schema di convenzione allegato sub A), composto da 16 articoli, che individua il Comune di "
    "Reana del Rojale quale ente capofila e ripartisce le spese in proporzione alla popolazione residente al "
    "31 dicembre dell'anno precedente;",
    "UDITA la relazione del Sindaco e gli interventi dei consiglieri Del Fabbro e Venuti, come da "
    "registrazione conservata agli atti;",
    "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000;",
    "CON VOTI favorevoli n. 8, contrari nessuno, astenuti n. 3 (Del Fabbro, Nadalutti, Venuti), espressi per "
    "alzata di mano dai n. 11 consiglieri presenti, di cui n. 8 votanti,",
]:
    story.append(Paragraph(x, N))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("<b>D E L I B E R A</b>", C))
for i, x in enumerate([
    "di approvare lo schema di convenzione per la gestione in forma associata del servizio di polizia locale "
    "tra i Comuni di Reana del Rojale e Povoletto per il quinquennio 2029-2033, allegato sub A) quale parte "
    "integrante e sostanziale del presente atto;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportarvi le modifiche "
    "non sostanziali che si rendessero necessarie;",
    "di dare atto che la spesa a carico del Comune, stimata in euro 212.000,00 annui, trova copertura alla "
    "Missione 3, Programma 1, del bilancio di previsione 2029-2031;",
    "di trasmettere copia della presente deliberazione al Comune di Povoletto.",
], 1):
    story.append(Paragraph("<b>%d.</b>&nbsp;&nbsp;%s" % (i, x), PT))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con votazione palese che dà il seguente esito: voti favorevoli n. 11, contrari "
    "nessuno, astenuti nessuno, il Consiglio Comunale dichiara la presente deliberazione immediatamente "
    "eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21, attesa la scadenza della "
    "convenzione in essere.", N))
story.append(Spacer(1, 6 * mm))
sig = Table([[Paragraph("<b>IL PRESIDENTE</b>", C), Paragraph("<b>IL VICE SEGRETARIO COMUNALE</b>", C)],
             [Paragraph("Emiliano Zamparo", C), Paragraph("dott.ssa Elena Variola", C)],
             [Paragraph("<i>(documento firmato digitalmente)</i>", ParagraphStyle("f", parent=C, fontSize=7.5)),
              Paragraph("<i>(documento firmato digitalmente)</i>", ParagraphStyle("f", parent=C, fontSize=7.5))]],
            colWidths=[85 * mm, 85 * mm])
story.append(KeepTogether([Paragraph("Letto, confermato e sottoscritto.", N), Spacer(1, 2 * mm), sig]))

doc = SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=16 * mm, bottomMargin=22 * mm,
                        title="Deliberazione del Consiglio Comunale n. 1 del 12/01/2029", author="Comune di Reana del Rojale")
doc.build(story, onFirstPage=foot, onLaterPages=foot)
