#!/usr/bin/env python3
"""Fiumicello Villa Vicentina (Insiel-like): ordinanza sindacale contingibile
e urgente n. 1/2029, ReportLab platypus with a canvas-drawn letterhead."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

out = sys.argv[1]
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSB")
W, H = A4

body = ParagraphStyle("b", fontName="DS", fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="DSB", fontSize=11, spaceBefore=6, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
sig = ParagraphStyle("s", parent=body, alignment=TA_CENTER, leftIndent=95 * mm, spaceAfter=0)


def letterhead(c, d):
    c.saveState()
    # crest: green shield with a wavy river (Isonzo)
    x, y = 20 * mm, H - 32 * mm
    c.setFillColor(colors.HexColor("#2e6b3a"))
    p = c.beginPath()
    p.moveTo(x, y + 18 * mm); p.lineTo(x + 15 * mm, y + 18 * mm); p.lineTo(x + 15 * mm, y + 7 * mm)
    p.curveTo(x + 15 * mm, y + 2 * mm, x + 11 * mm, y, x + 7.5 * mm, y - 1.5 * mm)
    p.curveTo(x + 4 * mm, y, x, y + 2 * mm, x, y + 7 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setStrokeColor(colors.white); c.setLineWidth(1.6)
    c.bezier(x + 2 * mm, y + 8 * mm, x + 5 * mm, y + 11 * mm, x + 9 * mm, y + 5 * mm, x + 13 * mm, y + 8 * mm)
    c.setStrokeColor(colors.black); c.setLineWidth(0.5)
    c.setFont("DSB", 14)
    c.drawString(40 * mm, H - 19 * mm, "COMUNE DI FIUMICELLO VILLA VICENTINA")
    c.setFont("DS", 8.5)
    c.drawString(40 * mm, H - 24 * mm, "Regione Autonoma Friuli Venezia Giulia")
    c.drawString(40 * mm, H - 28 * mm, "Piazza Guglielmo Marconi, 1 – 33050 Fiumicello Villa Vicentina (UD)")
    c.setStrokeColor(colors.HexColor("#2e6b3a")); c.setLineWidth(1.2)
    c.line(20 * mm, H - 34 * mm, W - 20 * mm, H - 34 * mm)
    c.setFont("DS", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, 12 * mm, "Ordinanza sindacale n. 1 del 09/01/2029")
    c.drawRightString(W - 20 * mm, 12 * mm, "pag. %d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm, bottomMargin=20 * mm,
                        title="Ordinanza sindacale n. 1/2029", author="Comune di Fiumicello Villa Vicentina",
                        creator="Insiel - ADWeb Atti")
st = []
t = Table([[Paragraph("<b>ORDINANZA SINDACALE N. 1 DEL 09/01/2029</b>", ParagraphStyle("h", parent=body, fontSize=11, alignment=TA_LEFT)),
            Paragraph("Prot. n. 298<br/>Class. 06.09", ParagraphStyle("h2", parent=body, fontSize=8.5, alignment=TA_LEFT))]],
          colWidths=[120 * mm, 50 * mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#e6efe8")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
st += [t, Spacer(1, 6 * mm)]
ot = Table([[Paragraph("<b>OGGETTO:</b>", body),
             Paragraph("<b>DIVIETO DI ACCESSO, TRANSITO E SOSTA SULLE SOMMITÀ ARGINALI E NELLE AREE GOLENALI DEL "
                       "FIUME ISONZO IN LOCALITÀ ISOLA MOROSINI E PAPARIANO PER RISCHIO IDRAULICO.</b>", body)]],
           colWidths=[22 * mm, 148 * mm])
ot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
st += [ot, Spacer(1, 3 * mm), Paragraph("IL SINDACO", cen)]
for lead, txt in [
    ("PRESO ATTO", "dell'avviso di criticità idrogeologica e idraulica emesso in data 09/01/2029 dalla Protezione Civile della Regione Friuli Venezia Giulia, che prevede per il bacino dell'Isonzo un livello di allerta arancione, nonché del bollettino idrometrico che segnala il superamento della soglia di attenzione presso la stazione di Pieris;"),
    ("CONSIDERATO", "che la piena in transito può determinare l'erosione e l'instabilità dei corpi arginali e l'allagamento delle aree golenali, con grave pericolo per l'incolumità di quanti vi accedano a piedi, in bicicletta o con veicoli;"),
    ("SENTITO", "il referente della squadra comunale di Protezione Civile e acquisito il parere del Comandante della Polizia Locale;"),
    ("VISTI", "l'art. 50, comma 5, e l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 2 gennaio 2018, n. 1, la L.R. 31 dicembre 1986, n. 64 e lo Statuto comunale;"),
]:
    st.append(Paragraph("<b>%s</b> %s" % (lead, txt), body))
st.append(Paragraph("O R D I N A", cen))
for n, txt in [
    ("1.", "con effetto immediato e fino alla revoca della presente, il <b>divieto di accesso, transito e sosta</b>, a piedi e con qualsiasi mezzo, sulle sommità arginali e nelle aree golenali del fiume Isonzo ricadenti nel territorio comunale, in località Isola Morosini e Papariano;"),
    ("2.", "la chiusura della pista ciclabile \u201cAlpe Adria\u201d nel tratto arginale compreso tra il ponte di Pieris e la località Isola Morosini;"),
    ("3.", "ai proprietari e conduttori dei fondi agricoli posti in area golenale di allontanare mezzi, attrezzature e animali e di astenersi da qualsiasi attività fino al cessato allarme."),
]:
    st.append(Paragraph("%s&nbsp;&nbsp;%s" % (n, txt), num))
st.append(Paragraph("INCARICA", cen))
st.append(Paragraph("la Polizia Locale e la squadra comunale di Protezione Civile dell'apposizione della segnaletica e delle transenne e della vigilanza sul rispetto della presente ordinanza; i trasgressori sono puniti ai sensi dell'art. 7-bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato.", body))
st.append(Paragraph("La presente ordinanza è pubblicata all'Albo pretorio on line e comunicata alla Prefettura – U.T.G. di Udine, alla Protezione Civile regionale e alla Stazione Carabinieri competente. Contro di essa è ammesso ricorso al T.A.R. per il Friuli Venezia Giulia entro 60 giorni o ricorso straordinario al Presidente della Repubblica entro 120 giorni.", body))
st.append(Spacer(1, 5 * mm))
st.append(Paragraph("Fiumicello Villa Vicentina, 09/01/2029", body))
st.append(Spacer(1, 4 * mm))
st.append(KeepTogether([Paragraph("<b>IL SINDACO</b>", sig), Paragraph("Stefano Zorzenon", sig),
                        Paragraph("<i>(documento sottoscritto con firma digitale)</i>", ParagraphStyle("si", parent=sig, fontSize=7.5))]))
doc.build(st, onFirstPage=letterhead, onLaterPages=letterhead)
