# Giunta deliberation, Comune di Pioltello, in the manner of an AnciLab print (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT

OUT = sys.argv[1]
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LSans', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSans-B', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSans-I', F + 'LiberationSans-Italic.ttf'))
pdfmetrics.registerFontFamily('LSans', normal='LSans', bold='LSans-B', italic='LSans-I', boldItalic='LSans-B')

body = ParagraphStyle('b', fontName='LSans', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle('s', fontName='LSans', fontSize=7.5, leading=9)
center = ParagraphStyle('c', parent=body, alignment=TA_CENTER)
title = ParagraphStyle('t', fontName='LSans-B', fontSize=12.5, leading=16, alignment=TA_CENTER)
h = ParagraphStyle('h', fontName='LSans-B', fontSize=10.5, leading=14, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('p', parent=body, leftIndent=16, firstLineIndent=-16)

def page(c, doc):
    c.saveState()
    w, hgt = A4
    # crest placeholder + caption
    c.setStrokeColor(colors.HexColor('#1f4e79')); c.setLineWidth(0.8)
    c.rect(20*mm, hgt-35*mm, 14*mm, 17*mm)
    c.setFont('LSans', 5.5); c.drawCentredString(27*mm, hgt-37.5*mm, 'Stemma del Comune')
    c.setFont('LSans-B', 15); c.setFillColor(colors.HexColor('#1f4e79'))
    c.drawString(40*mm, hgt-25*mm, 'COMUNE DI PIOLTELLO')
    c.setFont('LSans', 9); c.setFillColor(colors.black)
    c.drawString(40*mm, hgt-30*mm, 'Città Metropolitana di Milano')
    c.drawString(40*mm, hgt-34*mm, 'Via Carlo Cattaneo, 1 - 20096 Pioltello (MI) - C.F. 83501410159')
    c.setFont('LSans-B', 9)
    c.drawRightString(w-20*mm, hgt-25*mm, 'ORIGINALE')
    c.setLineWidth(0.5); c.line(20*mm, hgt-40*mm, w-20*mm, hgt-40*mm)
    # foot
    c.line(20*mm, 18*mm, w-20*mm, 18*mm)
    c.setFont('LSans', 7)
    c.drawString(20*mm, 14*mm, 'Deliberazione G.C. n. 58 del 14/04/2026')
    c.drawRightString(w-20*mm, 14*mm, 'Pagina %d' % doc.page)
    c.setFont('LSans-I', 6.5)
    c.drawCentredString(w/2, 9*mm, 'AnciLab - Gestione Atti Amministrativi')
    c.restoreState()

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=45*mm, bottomMargin=24*mm,
                      title='Deliberazione G.C. 58/2026', author='Comune di Pioltello', creator='AnciLab Atti')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(20*mm, 24*mm, A4[0]-40*mm, A4[1]-69*mm, id='f')], onPage=page)])

S = []
S.append(Paragraph('VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE', title))
S.append(Spacer(1, 6))
reg = Table([[Paragraph('<b>Deliberazione N.</b>', body), Paragraph('58', body), Paragraph('<b>Data</b>', body), Paragraph('14/04/2026', body)]],
            colWidths=[40*mm, 30*mm, 25*mm, 40*mm])
reg.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.4, colors.grey),
                         ('BACKGROUND', (0,0), (0,0), colors.HexColor('#dde6f0')), ('BACKGROUND', (2,0), (2,0), colors.HexColor('#dde6f0'))]))
S.append(reg)
S.append(Spacer(1, 8))
ogg = Table([[Paragraph('<b>OGGETTO:</b>', body),
              Paragraph('<b>APPROVAZIONE DEL PROGETTO "ESTATE INSIEME 2026" E DEI CRITERI DI COMPARTECIPAZIONE DELLE FAMIGLIE AL COSTO DEI CENTRI RICREATIVI DIURNI ESTIVI</b>', body)]],
            colWidths=[24*mm, 146*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEBELOW', (0,0), (-1,-1), 0.4, colors.grey)]))
S.append(ogg)
S.append(Spacer(1, 8))
S.append(Paragraph("L'anno <b>duemilaventisei</b> addì <b>quattordici</b> del mese di <b>aprile</b> alle ore <b>17:30</b> nella Sala Giunta del Palazzo Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, si è riunita la Giunta Comunale.", body))
S.append(Paragraph('All\'appello risultano:', body))
rows = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'BRAMBILLA SILVIA', 'Sindaca', 'X', ''],
        ['2', 'ROSSETTI DAVIDE', 'Vice Sindaco', 'X', ''],
        ['3', 'MAGNI CHIARA', 'Assessore', 'X', ''],
        ['4', 'VILLA EMANUELE', 'Assessore', '', 'X'],
        ['5', 'COLOMBO FEDERICA', 'Assessore', 'X', ''],
        ['6', 'PEREGO LUCA', 'Assessore', 'X', ''],
        ['', 'Totale', '', '5', '1']]
t = Table(rows, colWidths=[10*mm, 62*mm, 40*mm, 22*mm, 22*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LSans', 9.5), ('FONT', (0,0), (-1,0), 'LSans-B', 9.5),
                       ('FONT', (0,-1), (-1,-1), 'LSans-B', 9.5),
                       ('GRID', (0,0), (-1,-1), 0.4, colors.grey), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#dde6f0')),
                       ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER')]))
S.append(t)
S.append(Spacer(1, 8))
S.append(Paragraph("Partecipa alla seduta il Segretario Generale <b>Dott. Marco Lietti</b>, il quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, la <b>Sig.ra Silvia Brambilla</b>, nella sua qualità di <b>Sindaca</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', h))
S.append(Paragraph("Vista la proposta di deliberazione n. 71 del 09/04/2026 predisposta dal Settore Servizi alla Persona, avente ad oggetto quanto sopra indicato;", body))
S.append(Paragraph("Premesso che il Comune di Pioltello organizza ogni anno, nel periodo di chiusura delle scuole, centri ricreativi diurni estivi rivolti ai minori residenti di età compresa tra i 3 e i 14 anni, quale servizio di sostegno alle famiglie nella conciliazione dei tempi di vita e di lavoro;", body))
S.append(Paragraph("Richiamata la deliberazione del Consiglio Comunale n. 12 del 26/02/2026, con la quale è stato approvato il Bilancio di previsione finanziario 2026-2028;", body))
S.append(Paragraph("Visto il progetto \"Estate Insieme 2026\" elaborato dal Servizio Istruzione e Politiche Giovanili, che prevede l'attivazione dei centri estivi dal 15 giugno al 4 settembre 2026 presso i plessi scolastici di via Bizet, via Molise e via Galilei, per complessivi 420 posti settimanali;", body))
S.append(Paragraph("Ritenuto di confermare il sistema di compartecipazione delle famiglie al costo del servizio articolato per fasce ISEE, come riportato nell'allegato B;", body))
S.append(Paragraph("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 18 agosto 2000, n. 267;", body))
S.append(Paragraph("Con voti unanimi e favorevoli espressi nelle forme di legge;", body))
S.append(Paragraph('D E L I B E R A', h))
pts = ["di approvare il progetto \"Estate Insieme 2026\", allegato A alla presente deliberazione quale parte integrante e sostanziale;",
       "di approvare i criteri di compartecipazione delle famiglie al costo del servizio, articolati per fasce ISEE come da allegato B;",
       "di dare atto che la spesa complessiva presunta di € 186.400,00 trova copertura alla Missione 12, Programma 01, del Bilancio di previsione 2026-2028, annualità 2026;",
       "di demandare al Responsabile del Settore Servizi alla Persona l'adozione di tutti gli atti gestionali conseguenti."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;%s' % (i, p), pt))
S.append(Spacer(1, 4))
S.append(Paragraph("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare le iscrizioni.", body))
S.append(Spacer(1, 14))
sig = Table([[Paragraph('<b>LA SINDACA</b>', center), Paragraph('<b>IL SEGRETARIO GENERALE</b>', center)],
             [Paragraph('Silvia Brambilla', center), Paragraph('Dott. Marco Lietti', center)]], colWidths=[85*mm, 85*mm])
S.append(KeepTogether([Paragraph('Letto, approvato e sottoscritto.', body), sig]))
S.append(Spacer(1, 10))
S.append(Paragraph('Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, che sostituisce il documento cartaceo e la firma autografa.', small))
doc.build(S)
