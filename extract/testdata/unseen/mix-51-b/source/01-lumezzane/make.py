# Giunta deliberation, Comune di Lumezzane - ReportLab platypus
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LA', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LAB', F + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LS', 0, 0, 'LS'); addMapping('LS', 1, 0, 'LSB'); addMapping('LS', 0, 1, 'LSI'); addMapping('LS', 1, 1, 'LSB')

out = sys.argv[1]
body = ParagraphStyle('b', fontName='LS', fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
hd = ParagraphStyle('h', fontName='LAB', fontSize=12, leading=15, alignment=TA_CENTER)
small = ParagraphStyle('s', fontName='LA', fontSize=8, leading=10)
pt = ParagraphStyle('p', parent=body, leftIndent=8*mm, firstLineIndent=-6*mm)

def header_footer(c, doc):
    c.saveState()
    w, h = A4
    # crest placeholder and caption
    c.setStrokeColor(colors.HexColor('#1f3b73')); c.setLineWidth(1)
    c.rect(20*mm, h-38*mm, 16*mm, 19*mm)
    c.setFont('LA', 5.5); c.drawCentredString(28*mm, h-41*mm, 'Stemma comunale')
    c.setFont('LAB', 16); c.setFillColor(colors.HexColor('#1f3b73'))
    c.drawString(42*mm, h-26*mm, 'COMUNE DI LUMEZZANE')
    c.setFont('LA', 9.5); c.setFillColor(colors.black)
    c.drawString(42*mm, h-31.5*mm, 'Provincia di Brescia')
    c.drawString(42*mm, h-36*mm, 'Via Monsuello, 154 - 25065 Lumezzane (BS) - C.F. 00304370176')
    c.line(20*mm, h-44*mm, w-20*mm, h-44*mm)
    c.setFont('LA', 8)
    c.drawString(20*mm, 14*mm, 'Deliberazione G.C. n. 58 del 17/03/2026')
    c.drawRightString(w-20*mm, 14*mm, 'Pag. %d' % doc.page)
    c.setFont('LA', 6.5)
    c.drawCentredString(w/2, 9*mm, 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate')
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=48*mm, bottomMargin=22*mm,
                      title='Deliberazione di Giunta Comunale n. 58/2026', author='Comune di Lumezzane - Ufficio Segreteria',
                      subject='Verbale di deliberazione della Giunta Comunale')
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
doc.addPageTemplates([PageTemplate(id='p', frames=[frame], onPage=header_footer)])

S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', hd))
S.append(Spacer(1, 4*mm))
reg = Table([[ 'Deliberazione n.', '58', 'Data', '17/03/2026', 'Codice ente', '10928'],
             ['COPIA', '', 'Trasmessa ai Capigruppo consiliari', '', 'Prot. n.', '6241']],
            colWidths=[30*mm, 16*mm, 18*mm, 46*mm, 24*mm, 36*mm])
reg.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LA', 9), ('FONT', (1,0), (1,0), 'LAB', 10), ('FONT', (3,0), (3,0), 'LAB', 10),
                         ('GRID', (0,0), (-1,0), 0.6, colors.black), ('BOX', (0,1), (-1,1), 0.6, colors.black),
                         ('SPAN', (2,1), (3,1)), ('BACKGROUND', (0,0), (0,0), colors.HexColor('#e8edf6')),
                         ('BACKGROUND', (2,0), (2,0), colors.HexColor('#e8edf6')), ('BACKGROUND', (4,0), (4,0), colors.HexColor('#e8edf6'))]))
S.append(reg)
S.append(Spacer(1, 5*mm))
subj = ('APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA '
        'DELLA PALESTRA DELLA SCUOLA PRIMARIA “SAN SEBASTIANO” – CUP E37H25001230004')
ot = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>' + subj + '</b>', body)]], colWidths=[24*mm, 146*mm])
ot.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LEFTPADDING', (0,0), (-1,-1), 0)]))
S.append(ot)
S.append(Spacer(1, 3*mm))
S.append(Paragraph("L’anno <b>duemilaventisei</b>, addì <b>diciassette</b> del mese di <b>marzo</b>, alle ore <b>17:30</b>, "
                   "nella sala delle adunanze della sede comunale, previa osservanza di tutte le formalità prescritte dalla "
                   "vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.", body))
S.append(Paragraph('All’appello risultano:', body))
roll = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'ZANETTI GIOVANNI', 'Sindaco', 'X', ''],
        ['2', 'GHIDINI ELENA', 'Vice Sindaco', 'X', ''],
        ['3', 'PEDRALI MARCO', 'Assessore', 'X', ''],
        ['4', 'BUGATTI SILVIA', 'Assessore', '', 'X'],
        ['5', 'FRANZONI DAVIDE', 'Assessore', 'X', ''],
        ['6', 'SABATTI LUCIA', 'Assessore', 'X', ''],
        ['', '', 'Totale', '5', '1']]
rt = Table(roll, colWidths=[10*mm, 62*mm, 40*mm, 24*mm, 24*mm])
rt.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LA', 9.5), ('FONT', (0,0), (-1,0), 'LAB', 9.5), ('FONT', (0,-1), (-1,-1), 'LAB', 9.5),
                        ('GRID', (0,0), (-1,-2), 0.5, colors.grey), ('BOX', (2,-1), (-1,-1), 0.5, colors.grey),
                        ('INNERGRID', (2,-1), (-1,-1), 0.5, colors.grey),
                        ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'),
                        ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e8edf6'))]))
S.append(rt)
S.append(Spacer(1, 3*mm))
S.append(Paragraph('Partecipa alla seduta il Segretario Generale <b>Dott.ssa Chiara Bonomelli</b>, la quale provvede alla redazione del presente verbale.', body))
S.append(Paragraph('Essendo legale il numero degli intervenuti, il Sig. <b>Giovanni Zanetti</b>, nella sua qualità di <b>Sindaco</b>, '
                   'assume la presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.', body))
S.append(Spacer(1, 3*mm))
S.append(Paragraph('<b>LA GIUNTA COMUNALE</b>', cen))
for t in [
 'PREMESSO che l’edificio della scuola primaria “San Sebastiano”, di proprietà comunale, necessita di interventi di efficientamento energetico '
 'dell’involucro e degli impianti della palestra, come evidenziato nella diagnosi energetica acquisita al protocollo n. 21874 del 04/11/2025;',
 'RICHIAMATI il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione 2026/2028, approvati con deliberazione del '
 'Consiglio Comunale n. 11 del 19/02/2026, nonché il programma triennale dei lavori pubblici 2026/2028, nel quale l’intervento è inserito '
 'con un importo complessivo di € 640.000,00;',
 'VISTO il progetto di fattibilità tecnico-economica redatto dall’Ing. Paolo Belleri, incaricato con determinazione n. 812 del 21/11/2025, '
 'trasmesso in data 09/03/2026 e composto dagli elaborati elencati nel verbale di verifica allegato;',
 'VISTO il D.Lgs. 31 marzo 2023, n. 36, e in particolare l’art. 41 e l’allegato I.7;',
 'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267, '
 'rispettivamente dal Responsabile del Settore Lavori Pubblici e dal Responsabile del Settore Economico Finanziario;',
 'Con voti unanimi favorevoli, espressi nelle forme di legge,']:
    S.append(Paragraph(t, body))
S.append(Paragraph('<b>D E L I B E R A</b>', cen))
pts = [
 'di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della palestra della scuola primaria '
 '“San Sebastiano”, dell’importo complessivo di € 640.000,00, di cui € 478.500,00 per lavori e oneri della sicurezza;',
 'di dare atto che la spesa trova copertura al capitolo 20412/3 del bilancio 2026/2028, esercizio 2026, finanziato per € 400.000,00 con '
 'contributo regionale e per la restante parte con avanzo di amministrazione;',
 'di nominare Responsabile Unico del Progetto l’Arch. Federica Gnutti, Responsabile del Settore Lavori Pubblici;',
 'di demandare al Responsabile del Settore Lavori Pubblici l’adozione degli atti conseguenti per l’affidamento della progettazione esecutiva;',
 'di comunicare la presente deliberazione ai Capigruppo consiliari ai sensi dell’art. 125 del D.Lgs. 267/2000.']
for i, t in enumerate(pts, 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, t), pt))
S.append(Spacer(1, 2*mm))
S.append(Paragraph('Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata '
                   '<b>immediatamente eseguibile</b> ai sensi dell’art. 134, comma 4, del D.Lgs. 267/2000, stante l’urgenza di '
                   'presentare la candidatura al bando regionale entro il 31/03/2026.', body))
S.append(Spacer(1, 6*mm))
sig = Table([['IL SINDACO', 'IL SEGRETARIO GENERALE'], ['Giovanni Zanetti', 'Dott.ssa Chiara Bonomelli'],
             ['(firmato digitalmente)', '(firmato digitalmente)']], colWidths=[85*mm, 85*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LAB', 10), ('FONT', (0,1), (-1,-1), 'LA', 10), ('FONT', (0,2), (-1,2), 'LA', 8),
                         ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
S.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', body), sig]))
S.append(Spacer(1, 8*mm))
pub = Table([[Paragraph('<b>PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all’Albo Pretorio on line per 15 giorni consecutivi '
                        'dal 19/03/2026 al 03/04/2026 (reg. pubbl. n. 512).<br/>Lumezzane, 19/03/2026 &nbsp;&nbsp;&nbsp; Il Messo Comunale &nbsp; Ivan Gatta', small)]],
            colWidths=[170*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.6, colors.black), ('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#f3f3f3'))]))
S.append(pub)
doc.build(S)
