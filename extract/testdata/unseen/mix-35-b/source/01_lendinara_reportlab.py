# Giunta deliberation of Comune di Lendinara, laid out like a Sapidata
# "Atti amministrativi" print: crest caption, label grid, roll table with X
# marks, running head and "Pagina X di Y" foot. Producer: ReportLab platypus.
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

out = sys.argv[1]
FD = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSerif', FD + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-B', FD + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSerif-I', FD + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('LSans', FD + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', FD + 'LiberationSans-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('LSerif', 0, 0, 'LSerif'); addMapping('LSerif', 1, 0, 'LSerif-B')
addMapping('LSerif', 0, 1, 'LSerif-I'); addMapping('LSerif', 1, 1, 'LSerif-B')

body = ParagraphStyle('b', fontName='LSerif', fontSize=11, leading=14.5,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle('s', parent=body, fontName='LSans', fontSize=8, leading=10)
center = ParagraphStyle('c', parent=body, alignment=TA_CENTER, fontName='LSerif-B', fontSize=12)
point = ParagraphStyle('p', parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
lab = ParagraphStyle('l', fontName='LSans', fontSize=7.5, leading=9, textColor=colors.HexColor('#444444'))
val = ParagraphStyle('v', fontName='LSans-B', fontSize=10.5, leading=13)

NUM, DATA = '47', '12/03/2026'
SUBJ = ('APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI '
        'MANUTENZIONE STRAORDINARIA DELLA SCUOLA PRIMARIA "G. MARCONI" DI VIA '
        'PERSICI – CUP E37G26000010004.')


def first_page(c, doc):
    c.saveState()
    # crest placeholder with caption, as the package prints it
    c.setStrokeColor(colors.HexColor('#777777'))
    c.rect(20 * mm, 262 * mm, 16 * mm, 19 * mm)
    c.setFont('LSans', 5.5)
    c.drawCentredString(28 * mm, 270 * mm, 'stemma')
    c.setFont('LSerif-B', 17)
    c.drawString(41 * mm, 274 * mm, 'COMUNE DI LENDINARA')
    c.setFont('LSerif', 10.5)
    c.drawString(41 * mm, 268.5 * mm, 'Provincia di Rovigo')
    c.setFont('LSans', 7.5)
    c.drawString(41 * mm, 264 * mm, 'Piazza Risorgimento, 1 - 45026 Lendinara (RO) - C.F. 82000490290')
    c.setLineWidth(0.8)
    c.line(20 * mm, 259 * mm, 190 * mm, 259 * mm)
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont('LSans', 8)
    c.setFillColor(colors.HexColor('#333333'))
    c.drawString(20 * mm, 285 * mm, 'Comune di Lendinara')
    c.drawRightString(190 * mm, 285 * mm,
                      'Deliberazione di Giunta Comunale n. %s del %s' % (NUM, DATA))
    c.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont('LSans', 7)
    c.setFillColor(colors.HexColor('#333333'))
    c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
    c.drawString(20 * mm, 12.5 * mm,
                 'Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i. '
                 '(CAD) e norme collegate, il quale sostituisce il documento cartaceo e la firma autografa.')
    c.drawRightString(190 * mm, 8.5 * mm, 'Pagina %d di %s' % (doc.page, TOTAL))


TOTAL = '3'

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title='Deliberazione di Giunta Comunale n. 47 del 12/03/2026',
                      author='Comune di Lendinara - Segreteria', creator='Sapidata Atti Amministrativi (imitazione)')
f1 = Frame(20 * mm, 22 * mm, 170 * mm, 234 * mm, id='f1')
f2 = Frame(20 * mm, 22 * mm, 170 * mm, 258 * mm, id='f2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=first_page, autoNextPageTemplate='later'),
                      PageTemplate('later', [f2], onPage=later_pages)])

S = []
S.append(Paragraph('COPIA', ParagraphStyle('cp', parent=center, fontSize=9, alignment=2)))
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', center))
S.append(Spacer(1, 3 * mm))
grid = Table([
    [Paragraph('Numero', lab), Paragraph('Data', lab), Paragraph('Proposta', lab), Paragraph('Settore proponente', lab)],
    [Paragraph(NUM, val), Paragraph(DATA, val), Paragraph('n. 52 del 05/03/2026', val),
     Paragraph('Settore Lavori Pubblici e Patrimonio', val)],
], colWidths=[24 * mm, 30 * mm, 44 * mm, 72 * mm])
grid.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                          ('INNERGRID', (0, 0), (-1, -1), 0.4, colors.grey),
                          ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                          ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
S.append(grid)
S.append(Spacer(1, 4 * mm))
subj = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>' + SUBJ + '</b>', body)]],
             colWidths=[27 * mm, 143 * mm])
subj.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (0, 0), (-1, -1), 0.4, colors.grey)]))
S.append(subj)
S.append(Spacer(1, 4 * mm))
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>dodici</b> del mese di <b>marzo</b> alle ore "
                   "<b>12:30</b>, nella Sala delle adunanze della Residenza Municipale, previa "
                   "l'osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati "
                   "convocati a seduta i componenti della Giunta Comunale.", body))
S.append(Paragraph('All\'appello risultano:', body))
roll = [('BARBIERATO LUCA', 'Sindaco', True), ('ZANELLATO ELENA', 'Vice Sindaco', True),
        ('MANTOVANI DAVIDE', 'Assessore', False), ('FERRARESE GIULIA', 'Assessore', True),
        ('BONADIMAN PAOLO', 'Assessore', True), ('GRIGOLO SARA', 'Assessore', True)]
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente']]
for i, (n, r, p) in enumerate(roll, 1):
    rows.append([str(i), n, r, 'X' if p else '', '' if p else 'X'])
rows.append(['', '', 'Totale', str(sum(p for *_, p in roll)), str(sum(not p for *_, p in roll))])
t = Table(rows, colWidths=[10 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'LSans', 9.5),
                       ('FONT', (0, 0), (-1, 0), 'LSans-B', 9),
                       ('FONT', (0, -1), (-1, -1), 'LSans-B', 9),
                       ('GRID', (0, 0), (-1, -2), 0.4, colors.grey),
                       ('BOX', (2, -1), (-1, -1), 0.4, colors.grey),
                       ('INNERGRID', (2, -1), (-1, -1), 0.4, colors.grey),
                       ('ALIGN', (3, 0), (-1, -1), 'CENTER'),
                       ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
S.append(t)
S.append(Spacer(1, 3 * mm))
S.append(Paragraph('Partecipa alla seduta il Segretario Generale <b>Dott.ssa Monica Tosello</b>, la quale '
                   'provvede alla redazione del presente verbale.', body))
S.append(Paragraph('Essendo legale il numero degli intervenuti, il <b>Dott. Luca Barbierato</b>, nella sua '
                   'qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione '
                   "dell'oggetto sopra indicato.", body))
S.append(Spacer(1, 3 * mm))
S.append(Paragraph('LA GIUNTA COMUNALE', center))
for p in [
    'PREMESSO che con deliberazione del Consiglio Comunale n. 71 del 19/12/2025, esecutiva, è stato '
    'approvato il Documento Unico di Programmazione 2026/2028 ed il relativo programma triennale dei lavori '
    'pubblici, nel quale è inserito l\'intervento di manutenzione straordinaria della scuola primaria '
    '"G. Marconi" per un importo complessivo di € 480.000,00;',
    'RICHIAMATA la determinazione del Responsabile del Settore Lavori Pubblici e Patrimonio n. 18 del '
    '21/01/2026 con la quale è stato affidato all\'Ing. Stefano Migliorini di Rovigo l\'incarico per la '
    'redazione del progetto di fattibilità tecnico-economica dell\'intervento;',
    'VISTO il progetto di fattibilità tecnico-economica trasmesso dal professionista incaricato in data '
    '27/02/2026, prot. n. 4128, composto dagli elaborati elencati nell\'allegato A, e il relativo quadro '
    'economico che prevede lavori per € 356.000,00, oneri per la sicurezza per € 12.500,00 e somme a '
    'disposizione dell\'Amministrazione per € 111.500,00;',
    'VISTO il verbale di verifica preventiva della progettazione redatto ai sensi dell\'art. 42 del D.Lgs. '
    '31 marzo 2023, n. 36 in data 03/03/2026;',
    'DATO ATTO che la spesa complessiva di € 480.000,00 trova copertura al capitolo 20410/3 "Manutenzione '
    'straordinaria edifici scolastici" del bilancio di previsione 2026/2028, annualità 2026, finanziato per '
    '€ 300.000,00 con contributo regionale e per € 180.000,00 con avanzo di amministrazione;',
    'ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\'art. 49 del '
    'D.Lgs. 18 agosto 2000, n. 267 dai Responsabili dei Settori interessati, allegati al presente atto;',
    'Con voti unanimi favorevoli espressi nelle forme di legge,',
]:
    S.append(Paragraph(p, body))
S.append(Paragraph('D E L I B E R A', center))
pts = [
    'di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione straordinaria '
    'della scuola primaria "G. Marconi" di via Persici, redatto dall\'Ing. Stefano Migliorini, per un '
    'importo complessivo di € 480.000,00, secondo il quadro economico riportato in premessa;',
    'di dare atto che la spesa trova copertura al capitolo 20410/3 del bilancio di previsione 2026/2028, '
    'annualità 2026;',
    'di demandare al Responsabile del Settore Lavori Pubblici e Patrimonio, Arch. Nicola Crepaldi, '
    'nominato RUP, l\'adozione degli atti conseguenti;',
    'di pubblicare il presente provvedimento nella sezione "Amministrazione Trasparente" del sito '
    'istituzionale ai sensi del D.Lgs. 33/2013.',
]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d)&nbsp;&nbsp;%s' % (i, p), point))
S.append(Paragraph('Successivamente, <b>LA GIUNTA COMUNALE</b>, stante l\'urgenza di avviare la fase di '
                   'progettazione esecutiva, con separata votazione unanime favorevole, dichiara la presente '
                   'deliberazione immediatamente eseguibile ai sensi dell\'art. 134, comma 4, del D.Lgs. '
                   '267/2000.', body))
S.append(Spacer(1, 6 * mm))
sig = Table([[Paragraph('<b>IL SINDACO</b><br/>Dott. Luca Barbierato', ParagraphStyle('x', parent=body, alignment=TA_CENTER)),
              Paragraph('<b>IL SEGRETARIO GENERALE</b><br/>Dott.ssa Monica Tosello', ParagraphStyle('y', parent=body, alignment=TA_CENTER))],
             [Paragraph('(firmato digitalmente)', ParagraphStyle('z', parent=small, alignment=TA_CENTER)),
              Paragraph('(firmato digitalmente)', ParagraphStyle('z2', parent=small, alignment=TA_CENTER))]],
            colWidths=[85 * mm, 85 * mm])
S.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', body), sig]))
S.append(Spacer(1, 8 * mm))
pub = Table([[Paragraph('<b>RELATA DI PUBBLICAZIONE</b><br/>Si attesta che copia della presente deliberazione '
                        'viene pubblicata all\'Albo Pretorio on line per 15 giorni consecutivi dal 13/03/2026 '
                        'al 28/03/2026 (Reg. Pubbl. n. 512) e contestualmente comunicata ai Capigruppo '
                        'consiliari ai sensi dell\'art. 125 del D.Lgs. 267/2000.<br/>'
                        'Lendinara, 13/03/2026 &nbsp;&nbsp;&nbsp;&nbsp; L\'incaricato della pubblicazione: Rita Ghirardini', small)]],
            colWidths=[170 * mm])
pub.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 6)]))
S.append(pub)
import copy
S2 = copy.deepcopy(S)
doc.build(S)
TOTAL = str(doc.page)
doc.build(S2)
