#!/usr/bin/env python3
"""Convocation of the Consiglio Comunale of Comune di Montalbano Jonico as a
Lotus Notes memo printed to PDF: Notes' memo header (Da / A / Cc / Data /
Oggetto), then the letter with the numbered agenda.  ReportLab platypus."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem, HRFlowable
from reportlab.lib import colors
out = sys.argv[1]

base = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13)
J = ParagraphStyle('j', parent=base, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle('c', parent=base, alignment=TA_CENTER)
CB = ParagraphStyle('cb', parent=base, alignment=TA_CENTER, fontName='Helvetica-Bold', fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=6)
SM = ParagraphStyle('s', parent=base, fontSize=8, leading=10)
HB = ParagraphStyle('hb', parent=base, fontName='Helvetica-Bold', fontSize=9, leading=11)
HN = ParagraphStyle('hn', parent=base, fontSize=9, leading=11)

def page(canv, doc):
    canv.saveState()
    canv.setFont('Helvetica', 7.5)
    canv.drawString(15 * mm, 290 * mm, 'Presidenza del Consiglio Comunale/Comune Montalbano Jonico')
    canv.drawRightString(195 * mm, 290 * mm, '20/03/2026 11:52')
    canv.drawString(15 * mm, 8 * mm, 'Notes://DOMINO01/C1257A2B0039F6E1/Memo - Stampato da: presidenza.consiglio')
    canv.drawRightString(195 * mm, 8 * mm, 'Pagina %d' % doc.page)
    canv.restoreState()

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                        title='Convocazione Consiglio Comunale 27/03/2026', author='Presidenza del Consiglio Comunale', creator='Lotus Notes 9.0.1 FP10')
S = []
hdr = [[Paragraph('Da:', HB), Paragraph('Presidenza del Consiglio Comunale/Comune Montalbano Jonico', HN)],
       [Paragraph('A:', HB), Paragraph('Consiglieri Comunali/Comune Montalbano Jonico@Domino; Sindaco/Comune Montalbano Jonico@Domino', HN)],
       [Paragraph('Cc:', HB), Paragraph('Segreteria Generale/Comune Montalbano Jonico@Domino; Albo Pretorio/Comune Montalbano Jonico@Domino', HN)],
       [Paragraph('Data:', HB), Paragraph('20/03/2026 11:47', HN)],
       [Paragraph('Oggetto:', HB), Paragraph('Convocazione Consiglio Comunale - seduta ordinaria del 27/03/2026 ore 18:00', HN)]]
t = Table(hdr, colWidths=[22 * mm, 152 * mm])
t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOTTOMPADDING', (0, 0), (-1, -1), 1), ('TOPPADDING', (0, 0), (-1, -1), 1)]))
S += [t, Spacer(1, 3), HRFlowable(width='100%', thickness=1.2, color=colors.black), Spacer(1, 10)]
S.append(Paragraph('<b>COMUNE DI MONTALBANO JONICO</b>', ParagraphStyle('t', parent=C, fontSize=14, leading=17)))
S.append(Paragraph('Provincia di Matera', C))
S.append(Paragraph('Corso Carlo Alberto, 1 - 75023 Montalbano Jonico (MT)', ParagraphStyle('x', parent=C, fontSize=8.5)))
S.append(Spacer(1, 4))
S.append(Paragraph('<i>Ufficio di Presidenza del Consiglio Comunale</i>', C))
S.append(Spacer(1, 10))
S.append(Paragraph('Prot. n. 4127 del 20/03/2026', base))
S.append(Spacer(1, 4))
S.append(Paragraph('Ai Signori Consiglieri Comunali<br/>Al Sindaco<br/>Al Segretario Comunale<br/>e p.c. Al Prefetto di Matera<br/>Al Comando Stazione Carabinieri di Montalbano Jonico',
                   ParagraphStyle('r', parent=base, leftIndent=95 * mm)))
S.append(Spacer(1, 8))
S.append(Paragraph('AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE', CB))
S.append(Paragraph("Il Presidente del Consiglio Comunale, ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267 e degli artt. 12 e 14 del vigente Regolamento per il funzionamento del Consiglio Comunale,", J))
S.append(Paragraph('<b>C O N V O C A</b>', C))
S.append(Spacer(1, 5))
S.append(Paragraph("il Consiglio Comunale in sessione <b>ordinaria</b> e in seduta pubblica di prima convocazione per il giorno <b>venerdì 27 marzo 2026, alle ore 18:00</b>, presso la Sala Consiliare del Palazzo di Città, per la trattazione del seguente", J))
S.append(Paragraph('<b>ORDINE DEL GIORNO</b>', C))
S.append(Spacer(1, 4))
odg = ["Lettura e approvazione dei verbali della seduta precedente del 29/12/2025;",
       "Comunicazioni del Sindaco;",
       "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 - Nota di aggiornamento;",
       "Approvazione del bilancio di previsione finanziario 2026-2028 e relativi allegati;",
       "Conferma delle aliquote IMU e dell'addizionale comunale all'IRPEF per l'anno 2026;",
       "Approvazione del Piano finanziario e delle tariffe TARI 2026;",
       "Interrogazione a risposta orale presentata dal gruppo consiliare \"Montalbano Futura\" in merito alla viabilità rurale in contrada Andriace."]
S.append(ListFlowable([ListItem(Paragraph(x, J), value=i) for i, x in enumerate(odg, 1)], bulletType='1', bulletFormat='%s)', leftIndent=18, bulletFontName='Helvetica', bulletFontSize=10))
S.append(Spacer(1, 4))
S.append(Paragraph("In caso di mancanza del numero legale, la seduta in seconda convocazione è fissata per il giorno <b>lunedì 30 marzo 2026, alle ore 18:00</b>, nello stesso luogo e con il medesimo ordine del giorno.", J))
S.append(Paragraph("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio di Segreteria ed è consultabile dai Consiglieri negli orari d'ufficio, nonché nell'area riservata del sito istituzionale. La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell'Ente.", J))
S.append(Spacer(1, 6))
S.append(Paragraph('Montalbano Jonico, 20/03/2026', base))
S.append(Spacer(1, 10))
S.append(Paragraph('IL PRESIDENTE DEL CONSIGLIO COMUNALE<br/>Avv. Rocco Lospinuso<br/><font size="7.5">(firma autografa sostituita a mezzo stampa ai sensi dell\'art. 3, comma 2, del D.Lgs. 39/1993)</font>',
                   ParagraphStyle('f', parent=C, leftIndent=80 * mm)))
doc.build(S, onFirstPage=page, onLaterPages=page)
