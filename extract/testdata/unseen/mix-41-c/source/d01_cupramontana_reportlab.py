# Giunta deliberation, Comune di Cupramontana, ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

out = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LA', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LAB', F + 'LiberationSans-Bold.ttf'))

body = ParagraphStyle('b', fontName='LS', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSB', spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', fontName='LA', fontSize=8.5, leading=10.5)
lab = ParagraphStyle('l', fontName='LAB', fontSize=9, leading=11)
subj = ParagraphStyle('o', fontName='LSB', fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY)

SUBJECT = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN '
           'SICUREZZA DELLA STRADA COMUNALE “SAN MICHELE” – CUP H57H25001230004')

def page(c, d):
    c.saveState()
    c.setFont('LA', 7.5)
    c.setFillColor(colors.grey)
    c.drawString(20*mm, 12*mm, 'Deliberazione della Giunta Comunale n. 27 del 12/03/2026')
    c.drawRightString(190*mm, 12*mm, 'Pag. %d' % d.page)
    c.drawCentredString(105*mm, 8*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    if d.page > 1:
        c.setFont('LA', 8)
        c.drawString(20*mm, 285*mm, 'COMUNE DI CUPRAMONTANA – Giunta Comunale')
        c.line(20*mm, 283.5*mm, 190*mm, 283.5*mm)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm,
                      bottomMargin=20*mm, title='Delibera GC 27/2026', author='Comune di Cupramontana',
                      creator='Atti Amministrativi - modulo Delibere', producer='ReportLab PDF Library - www.reportlab.com')
doc.addPageTemplates([PageTemplate(frames=[Frame(20*mm, 20*mm, 170*mm, 257*mm, id='f')], onPage=page)])

S = []
head = Table([[Paragraph('<font name="LA" size="7" color="grey">[stemma]</font>', small),
               Paragraph('<font name="LAB" size="16">COMUNE DI CUPRAMONTANA</font><br/>'
                         '<font name="LA" size="9.5">Provincia di Ancona</font><br/>'
                         '<font name="LA" size="8">Piazza Cavour, 1 – 60034 Cupramontana (AN) – C.F. 00209610424</font>', small)]],
             colWidths=[22*mm, 148*mm], rowHeights=[22*mm])
head.setStyle(TableStyle([('BOX', (0, 0), (0, 0), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                          ('ALIGN', (0, 0), (0, 0), 'CENTER')]))
S += [head, Spacer(1, 5*mm)]
box = Table([[Paragraph('<font name="LAB" size="12">VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</font>', lab), '', ''],
             [Paragraph('COPIA', lab), Paragraph('N. <b>27</b>', lab), Paragraph('Data <b>12/03/2026</b>', lab)]],
            colWidths=[70*mm, 50*mm, 50*mm])
box.setStyle(TableStyle([('SPAN', (0, 0), (2, 0)), ('GRID', (0, 0), (-1, -1), 0.7, colors.black),
                         ('BACKGROUND', (0, 0), (2, 0), colors.HexColor('#e8e8e8')),
                         ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
S += [box, Spacer(1, 4*mm)]
ot = Table([[Paragraph('OGGETTO:', lab), Paragraph(SUBJECT, subj)]], colWidths=[22*mm, 148*mm])
ot.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                        ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
S += [ot, Spacer(1, 4*mm)]
S.append(Paragraph('L’anno <b>duemilaventisei</b>, il giorno <b>dodici</b> del mese di <b>marzo</b> alle ore <b>13:30</b>, '
                   'nella sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è riunita la Giunta '
                   'Comunale nelle persone dei Signori:', body))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'CERIONI LUCA', 'Sindaco', 'X', ''],
        ['2', 'MANCINI ELISA', 'Vice Sindaco', 'X', ''],
        ['3', 'GIAMPAOLI MARCO', 'Assessore', '', 'X'],
        ['4', 'TITTARELLI SARA', 'Assessore', 'X', ''],
        ['5', 'BALDONI FABIO', 'Assessore', 'X', ''],
        ['', '', 'Totale', '4', '1']]
rt = Table(rows, colWidths=[10*mm, 65*mm, 40*mm, 25*mm, 25*mm])
rt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LA', 10), ('FONT', (0, 0), (-1, 0), 'LAB', 9.5),
                        ('FONT', (0, -1), (-1, -1), 'LAB', 10),
                        ('GRID', (0, 0), (-1, -2), 0.4, colors.black), ('BOX', (2, -1), (-1, -1), 0.4, colors.black),
                        ('INNERGRID', (2, -1), (-1, -1), 0.4, colors.black),
                        ('ALIGN', (3, 0), (-1, -1), 'CENTER'), ('ALIGN', (0, 0), (0, -1), 'CENTER')]))
S += [rt, Spacer(1, 3*mm)]
S.append(Paragraph('Partecipa alla seduta il Segretario Comunale <b>Dott.ssa Maria Grazia Pieroni</b>, che provvede alla redazione del presente verbale.', body))
S.append(Paragraph('Essendo legale il numero degli intervenuti, il <b>Sig. Luca Cerioni</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza '
                   'e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', body))
S.append(Paragraph('<font name="LA" size="9">Proposta n. 31 del 06/03/2026 – Area Tecnica</font>', body))
S.append(Paragraph('LA GIUNTA COMUNALE', cen))
for p in [
    'PREMESSO che la strada comunale “San Michele”, che collega il centro abitato con le frazioni di Poggio Cupro e San Michele, '
    'presenta in più tratti cedimenti della scarpata di valle e un deterioramento diffuso delle barriere di sicurezza;',
    'RICHIAMATA la deliberazione del Consiglio Comunale n. 6 del 26/02/2026, esecutiva, con la quale è stato approvato il '
    'Documento Unico di Programmazione 2026/2028 e il programma triennale dei lavori pubblici, nel quale l’intervento è inserito '
    'per l’annualità 2026 con un importo complessivo di € 240.000,00;',
    'VISTO il progetto di fattibilità tecnico-economica redatto dall’Ing. Stefano Brunori, incaricato con determinazione dell’Area '
    'Tecnica n. 212 del 18/11/2025, acquisito al protocollo comunale n. 2087 del 02/03/2026, costituito dagli elaborati elencati '
    'nell’allegato “A” alla presente deliberazione;',
    'DATO ATTO che il quadro economico dell’intervento risulta il seguente: lavori a base d’asta € 176.500,00, oneri per la '
    'sicurezza € 5.300,00, somme a disposizione dell’Amministrazione € 58.200,00, per complessivi € 240.000,00;',
    'VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l’art. 41 e l’allegato I.7;',
    'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 267/2000 dal '
    'Responsabile dell’Area Tecnica e dal Responsabile dell’Area Economico-Finanziaria;',
    'CON VOTI unanimi favorevoli espressi nelle forme di legge;']:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E L I B E R A', cen))
pts = [
    'di approvare le premesse quale parte integrante e sostanziale del presente atto;',
    'di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della strada comunale “San Michele”, '
    'per un importo complessivo di € 240.000,00, secondo il quadro economico riportato in premessa;',
    'di dare atto che la spesa trova copertura al capitolo 2810/3 “Manutenzione straordinaria viabilità” del bilancio di previsione '
    '2026/2028, annualità 2026, finanziato con contributo regionale;',
    'di nominare Responsabile Unico del Progetto il Geom. Paolo Carbini, Responsabile dell’Area Tecnica;',
    'di demandare al Responsabile dell’Area Tecnica gli adempimenti conseguenti, compreso l’affidamento della progettazione esecutiva.']
for i, p in enumerate(pts, 1):
    S.append(Paragraph(p, ParagraphStyle('p%d' % i, parent=body, leftIndent=8*mm, bulletIndent=0), bulletText='%d)' % i))
S.append(Paragraph('Inoltre, stante l’urgenza di avviare la fase di progettazione esecutiva, con separata votazione unanime favorevole,', body))
S.append(Paragraph('D E L I B E R A', cen))
S.append(Paragraph('di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000.', body))
S.append(Spacer(1, 6*mm))
sig = Table([[Paragraph('IL SINDACO<br/>Luca Cerioni<br/><font size="8">(firmato digitalmente)</font>', ParagraphStyle('x', parent=small, fontSize=10, leading=13, alignment=TA_CENTER)),
              Paragraph('IL SEGRETARIO COMUNALE<br/>Dott.ssa Maria Grazia Pieroni<br/><font size="8">(firmato digitalmente)</font>', ParagraphStyle('y', parent=small, fontSize=10, leading=13, alignment=TA_CENTER))]],
            colWidths=[85*mm, 85*mm])
S.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', body), sig]))
S.append(Spacer(1, 8*mm))
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione viene pubblicata '
                        'all’Albo Pretorio on line del Comune per 15 giorni consecutivi a partire dal 13/03/2026 (n. 268 del Registro '
                        'delle pubblicazioni) e contestualmente comunicata ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.'
                        '<br/>Cupramontana, 13/03/2026 — Il Messo Comunale, Roberta Cesaroni', small)]], colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
S.append(KeepTogether([pub]))
doc.build(S)
