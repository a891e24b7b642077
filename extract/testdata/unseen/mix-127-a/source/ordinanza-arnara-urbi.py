#!/usr/bin/env python3
"""Arnara: ordinanza sindacale n. 7 of 09/03/2028 (ReportLab platypus).
Justified paragraphs (ReportLab sets word spacing with Tw), the protocol's
stamp printed up the left margin, rotated 90 degrees, on page 1."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib import colors

out = sys.argv[1]
BLUE = colors.HexColor("#1d3b6e")


def crest(c, x, y, s=1.0):
    c.saveState()
    c.translate(x, y)
    c.scale(s, s)
    c.setStrokeColor(BLUE); c.setFillColor(colors.white); c.setLineWidth(1.6)
    p = c.beginPath()
    p.moveTo(0, 60); p.lineTo(50, 60); p.lineTo(50, 30); p.curveTo(50, 12, 36, 3, 25, 0)
    p.curveTo(14, 3, 0, 12, 0, 30); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(BLUE)
    c.rect(15, 14, 20, 26, stroke=0, fill=1)
    for xx in (12, 21, 30):
        c.rect(xx, 38, 7, 7, stroke=0, fill=1)
    c.setFillColor(colors.white); c.rect(21, 14, 8, 10, stroke=0, fill=1)
    c.restoreState()


def letterhead(c, doc):
    W, H = A4
    c.saveState()
    crest(c, 22 * mm, H - 34 * mm, 0.95)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(42 * mm, H - 20 * mm, "COMUNE DI ARNARA")
    c.setFont("Helvetica", 10)
    c.drawString(42 * mm, H - 25 * mm, "Provincia di Frosinone")
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(42 * mm, H - 29.5 * mm, "Piazza Municipio, 1 \u2013 03020 Arnara (FR) \u2013 tel. 0775 290011 \u2013 PEC: protocollo.arnara@pec.it")
    c.setFillColor(colors.black)
    c.setLineWidth(0.6); c.line(20 * mm, H - 37 * mm, W - 18 * mm, H - 37 * mm)
    # running foot with the number
    c.setFont("Helvetica", 7.5); c.setFillColor(colors.HexColor("#555555"))
    c.line(20 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.drawString(20 * mm, 11 * mm, "Comune di Arnara \u2013 Ordinanza sindacale n. 7 del 09/03/2028")
    c.drawRightString(W - 18 * mm, 11 * mm, "Pag. %d" % doc.page)
    c.restoreState()


def first_page(c, doc):
    letterhead(c, doc)
    # the protocol's stamp, printed up the left margin by the protocol software
    c.saveState()
    c.translate(11 * mm, 95 * mm)
    c.rotate(90)
    c.setStrokeColor(colors.HexColor("#8a1c1c")); c.setFillColor(colors.HexColor("#8a1c1c"))
    c.setLineWidth(0.8)
    c.roundRect(0, -3 * mm, 128 * mm, 11 * mm, 2 * mm, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(3 * mm, 3.5 * mm, "COMUNE DI ARNARA \u2013 PROTOCOLLO GENERALE")
    c.setFont("Helvetica", 8)
    c.drawString(3 * mm, -0.5 * mm, "Prot. N. 0001342 del 09-03-2028 \u2013 PARTENZA \u2013 Tit. VI Cl. 9")
    c.restoreState()


body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
cent = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Helvetica-Bold", fontSize=12, spaceBefore=6, spaceAfter=6)
item = ParagraphStyle("i", parent=body, leftIndent=8 * mm, bulletIndent=1 * mm)

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm,
                        topMargin=42 * mm, bottomMargin=22 * mm,
                        title="Ordinanza sindacale n. 7 del 09/03/2028", author="Comune di Arnara",
                        creator="Urbi - Atti amministrativi")
st = []
head = Table([["ORDINANZA SINDACALE", "N. 7", "DEL 09/03/2028"]], colWidths=[80 * mm, 30 * mm, 60 * mm])
head.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica-Bold", 12),
    ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e9e9e9")),
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]))
st.append(head)
ogg = Table([[Paragraph("<b>OGGETTO: Disciplina degli abbruciamenti di residui vegetali agricoli e forestali e misure "
                        "di prevenzione degli incendi boschivi e di interfaccia \u2013 anno 2028.</b>", body)]],
            colWidths=[170 * mm])
ogg.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
st.append(ogg)
st.append(Spacer(1, 5 * mm))
st.append(Paragraph("IL SINDACO", cent))

prem = [
    "<b>PREMESSO</b> che la pratica della bruciatura in loco dei residui vegetali provenienti da attivit\u00e0 agricole e forestali, "
    "se non correttamente condotta, costituisce una delle principali cause di innesco degli incendi boschivi e di interfaccia "
    "e produce emissioni di fumo che arrecano molestia alla popolazione;",
    "<b>VISTO</b> l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, che consente le attivit\u00e0 di raggruppamento e "
    "abbruciamento in piccoli cumuli e in quantit\u00e0 giornaliere non superiori a tre metri steri per ettaro dei materiali "
    "vegetali di cui all'art. 185, comma 1, lett. f), effettuate nel luogo di produzione, e attribuisce ai Comuni la facolt\u00e0 "
    "di sospendere, differire o vietare tali attivit\u00e0;",
    "<b>VISTA</b> la Legge 21 novembre 2000, n. 353, legge quadro in materia di incendi boschivi, e la L.R. Lazio 28 ottobre "
    "2002, n. 39, recante norme in materia di gestione delle risorse forestali;",
    "<b>VISTO</b> il Piano comunale di protezione civile, aggiornato con deliberazione del Consiglio Comunale n. 22 del 30/07/2026;",
    "<b>RITENUTO</b> necessario disciplinare le operazioni di abbruciamento nel territorio comunale per l'anno in corso, a tutela "
    "della pubblica incolumit\u00e0 e della salute dei cittadini;",
    "<b>VISTI</b> gli artt. 7-bis e 50 del D.Lgs. 18 agosto 2000, n. 267;",
]
for p in prem:
    st.append(Paragraph(p, body))
st.append(Paragraph("ORDINA", cent))
st.append(Paragraph("a tutti i proprietari, conduttori e detentori a qualsiasi titolo di fondi agricoli, boschivi e incolti "
                    "situati nel territorio del Comune di Arnara:", body))
punti = [
    "l'abbruciamento di piccoli cumuli di residui vegetali \u00e8 consentito, nel luogo di produzione e in quantit\u00e0 non superiori "
    "a tre metri steri per ettaro al giorno, esclusivamente dalle ore 6:00 alle ore 11:00, dal 10 marzo al 14 giugno 2028 e dal "
    "1\u00b0 ottobre al 31 dicembre 2028;",
    "\u00e8 vietata qualsiasi operazione di abbruciamento dal 15 giugno al 30 settembre 2028, nonch\u00e9 in ogni giornata di vento "
    "e nei giorni in cui il bollettino regionale di suscettivit\u00e0 all'innesco indichi un livello di pericolosit\u00e0 alto;",
    "le operazioni devono essere costantemente sorvegliate da persona maggiorenne fino al completo spegnimento, a una distanza "
    "non inferiore a 50 metri da edifici, strade, boschi e linee elettriche, con idonei mezzi di spegnimento a disposizione;",
    "i proprietari di terreni incolti confinanti con strade, abitazioni e aree boscate devono provvedere entro il 31 maggio 2028 "
    "alla pulizia dei fondi e alla realizzazione di una fascia di protezione, priva di vegetazione secca, di larghezza non "
    "inferiore a 5 metri.",
]
for i, p in enumerate(punti, 1):
    st.append(Paragraph(p, item, bulletText="%d." % i))
st.append(Paragraph("AVVERTE", cent))
st.append(Paragraph("che, salvo che il fatto costituisca reato, le violazioni alla presente ordinanza sono punite con la "
                    "sanzione amministrativa pecuniaria da \u20ac 25,00 a \u20ac 500,00 ai sensi dell'art. 7-bis del D.Lgs. 267/2000, "
                    "fatte salve le sanzioni previste dalla Legge 353/2000 e dalla normativa regionale.", body))
st.append(Paragraph("DISPONE", cent))
st.append(Paragraph("che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e sul sito "
                    "istituzionale e trasmessa al Comando Stazione Carabinieri competente per territorio, al Comando Provinciale "
                    "dei Vigili del Fuoco di Frosinone, al Gruppo comunale di Protezione Civile e al Servizio di Polizia Locale, "
                    "incaricati di farla osservare.", body))
st.append(Paragraph("Avverso il presente provvedimento \u00e8 ammesso ricorso al Tribunale Amministrativo Regionale del Lazio, "
                    "Sezione staccata di Latina, entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente "
                    "della Repubblica entro 120 giorni.", body))
st.append(Spacer(1, 6 * mm))
sig = Table([["Arnara, 09/03/2028", "IL SINDACO"], ["", "dott. Dario Liburdi"], ["", "(firmato digitalmente)"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 10.5), ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 10.5),
                         ("ALIGN", (1, 0), (1, -1), "CENTER"), ("FONT", (1, 2), (1, 2), "Helvetica-Oblique", 8)]))
st.append(KeepTogether([sig]))
doc.build(st, onFirstPage=first_page, onLaterPages=letterhead)
