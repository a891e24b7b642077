# Giunta deliberation, Comune di Legnaro: ReportLab platypus, register box, roll table
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Table,
                                TableStyle, Spacer, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
out = sys.argv[1]
W, H = A4
body = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle('bb', parent=body, fontName='Times-Bold')
ctr = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='Times-Bold', fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='Helvetica', fontSize=8, leading=10)
point = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

def first(c, d):
    c.saveState()
    c.setFont('Times-Bold', 20); c.drawCentredString(W/2, H-28*mm, 'COMUNE DI LEGNARO')
    c.setFont('Times-Italic', 11); c.drawCentredString(W/2, H-34*mm, 'Provincia di Padova')
    c.setFont('Helvetica', 7.5); c.drawCentredString(W/2, H-39*mm, 'Piazza Costituzione, 1 - 35020 Legnaro (PD) - C.F. 80009970288 - P.IVA 01624180286')
    c.setLineWidth(0.6); c.line(20*mm, H-42*mm, W-20*mm, H-42*mm)
    footer(c, d)
    c.restoreState()

def later(c, d):
    c.saveState()
    c.setFont('Helvetica', 8)
    c.drawString(20*mm, H-15*mm, 'Comune di Legnaro - Deliberazione della Giunta Comunale n. 38 del 12/03/2026')
    c.line(20*mm, H-17*mm, W-20*mm, H-17*mm)
    footer(c, d)
    c.restoreState()

def footer(c, d):
    c.setFont('Helvetica', 7)
    c.line(20*mm, 18*mm, W-20*mm, 18*mm)
    c.drawString(20*mm, 14*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.')
    c.drawRightString(W-20*mm, 10*mm, 'Pag. %d' % d.page)

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=20*mm, bottomMargin=22*mm,
                      title='Delibera GC 38/2026', author='Comune di Legnaro')
f1 = Frame(20*mm, 22*mm, W-40*mm, H-66*mm, id='f1')
f2 = Frame(20*mm, 22*mm, W-40*mm, H-42*mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=first, autoNextPageTemplate='later'),
                      PageTemplate('later', [f2], onPage=later)])
S = []
reg = Table([['ORIGINALE', 'VERBALE DI DELIBERAZIONE\nDELLA GIUNTA COMUNALE', 'N. 38\n\nData 12/03/2026']],
            colWidths=[35*mm, 95*mm, 40*mm], rowHeights=[20*mm])
reg.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica-Bold', 10), ('FONT', (1,0), (1,0), 'Helvetica-Bold', 12),
    ('BOX', (2,0), (2,0), 1, colors.black), ('ALIGN', (0,0), (-1,-1), 'CENTER'), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
S += [reg, Spacer(1, 6)]
subj = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DELLA PISTA CICLABILE DI VIA ROMA - CUP H41B25000120004.</b>', body)]],
             colWidths=[28*mm, 142*mm])
subj.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('VALIGN', (0,0), (-1,-1), 'TOP')]))
S += [subj, Spacer(1, 8)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore <b>18:30</b> nella sala delle adunanze del Palazzo Municipale, previa osservanza di tutte le formalità prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.", body))
S.append(Paragraph('All\'appello risultano:', body))
roll = [['', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'BORTOLAMI FRANCESCO', 'Sindaco', 'X', ''],
        ['2', 'ZANELLATO GIULIA', 'Vicesindaco', 'X', ''],
        ['3', 'MENEGHETTI PAOLO', 'Assessore', 'X', ''],
        ['4', 'FAVARO ELISA', 'Assessore', '', 'X'],
        ['5', 'CECCHINATO LUCA', 'Assessore', 'X', ''],
        ['', '', 'Totale', '4', '1']]
t = Table(roll, colWidths=[8*mm, 70*mm, 40*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'Helvetica', 9.5), ('FONT', (0,0), (-1,0), 'Helvetica-Bold', 9.5),
    ('FONT', (0,-1), (-1,-1), 'Helvetica-Bold', 9.5),
    ('GRID', (0,0), (-1,-2), 0.4, colors.black), ('BOX', (2,-1), (-1,-1), 0.4, colors.black),
    ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
S += [t, Spacer(1, 8)]
S.append(Paragraph("Partecipa all'adunanza il Segretario Comunale <b>Dott.ssa Chiara Pittarello</b>, il quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Francesco Bortolami</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', ctr))
for p in [
 "PREMESSO che con deliberazione del Consiglio Comunale n. 61 del 18/12/2025 è stato approvato il Documento Unico di Programmazione 2026/2028 e con deliberazione del Consiglio Comunale n. 62 del 18/12/2025 il bilancio di previsione 2026/2028;",
 "CHE nel programma triennale dei lavori pubblici 2026/2028 è inserito l'intervento denominato \"Messa in sicurezza della pista ciclabile di via Roma\", per un importo complessivo di € 285.000,00;",
 "VISTO il progetto esecutivo redatto dall'Ing. Stefano Rigon, con studio in Padova, acquisito al protocollo comunale in data 27/02/2026 al n. 3318, composto dagli elaborati elencati nel quadro allegato;",
 "DATO ATTO che il progetto è stato verificato e validato dal Responsabile Unico del Progetto ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, con verbale del 04/03/2026;",
 "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
 "Con voti unanimi e favorevoli espressi nei modi e nelle forme di legge,"]:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E L I B E R A', ctr))
pts = [
 "di approvare il progetto esecutivo dei lavori di messa in sicurezza della pista ciclabile di via Roma, CUP H41B25000120004, per un importo complessivo di € 285.000,00, di cui € 214.600,00 per lavori a base d'asta comprensivi di € 6.200,00 per oneri della sicurezza non soggetti a ribasso;",
 "di dare atto che la spesa trova copertura al capitolo 20810.3 \"Manutenzione straordinaria piste ciclabili\" del bilancio di previsione 2026/2028, esercizio 2026, finanziato con contributo regionale e avanzo di amministrazione;",
 "di confermare Responsabile Unico del Progetto il geom. Davide Tognon, istruttore direttivo dell'Area Tecnica;",
 "di demandare al Responsabile dell'Area Tecnica l'adozione dei successivi atti per l'affidamento dei lavori."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), point))
S.append(Paragraph("Successivamente, con separata votazione unanime e favorevole, la Giunta Comunale dichiara il presente provvedimento <b>immediatamente eseguibile</b> ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di avviare la procedura di gara entro il 30/04/2026.", body))
S.append(Spacer(1, 8))
par = Table([[Paragraph('<b>PARERI AI SENSI DELL\'ART. 49 DEL D.LGS. 267/2000</b><br/>Proposta n. 52 del 05/03/2026 - Ufficio proponente: Servizio Lavori Pubblici<br/><br/>'
             'Parere di regolarità tecnica: FAVOREVOLE - Il Responsabile dell\'Area Tecnica, Arch. Marta Schiavon<br/>'
             'Parere di regolarità contabile: FAVOREVOLE - Il Responsabile dell\'Area Economico-Finanziaria, Dott. Renato Ferro', small)]], colWidths=[170*mm])
par.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.5, colors.black), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#f4f4f4'))]))
S += [par, Spacer(1, 10)]
S.append(Paragraph('Letto, confermato e sottoscritto.', body))
sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['Dott. Francesco Bortolami', 'Dott.ssa Chiara Pittarello'], ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'Times-Bold', 11), ('FONT', (0,1), (-1,-1), 'Times-Roman', 10.5), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
S.append(KeepTogether([sig]))
doc.build(S)
