# Giunta deliberation, Comune di Quiliano - imitates an Apra-style atti print (ReportLab platypus)
import sys
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('LS', F + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LSB', F + 'LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LSI', F + 'LiberationSans-Italic.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('LS', normal='LS', bold='LSB', italic='LSI', boldItalic='LSB')
out = sys.argv[1]
body = ParagraphStyle('b', fontName='LS', fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold = ParagraphStyle('bb', parent=body, fontName='LSB')
cen = ParagraphStyle('c', parent=body, fontName='LSB', alignment=TA_CENTER, fontSize=11, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10)
pt = ParagraphStyle('pt', parent=body, leftIndent=16, firstLineIndent=-16)

def furniture(c, doc):
    c.saveState()
    c.setFont('LSB', 15); c.drawString(38*mm, 279*mm, 'COMUNE DI QUILIANO')
    c.setFont('LS', 9.5); c.drawString(38*mm, 274*mm, 'Provincia di Savona')
    c.setFont('LS', 7.5); c.drawString(38*mm, 270*mm, 'Piazza della Costituzione, 1 - 17047 Quiliano (SV)')
    c.setStrokeColor(colors.grey); c.rect(18*mm, 266*mm, 16*mm, 17*mm)
    c.setFont('LSI', 6); c.drawCentredString(26*mm, 273.5*mm, 'stemma'); c.drawCentredString(26*mm, 270.5*mm, 'comunale')
    c.setLineWidth(0.8); c.setStrokeColor(colors.black); c.line(18*mm, 263*mm, 192*mm, 263*mm)
    c.setFont('LS', 7.5)
    c.drawString(18*mm, 12*mm, 'Deliberazione G.C. n. 58 del 14/04/2026')
    c.drawRightString(192*mm, 12*mm, 'Pagina %d di 2' % doc.page)
    c.line(18*mm, 15*mm, 192*mm, 15*mm)
    c.restoreState()

doc = BaseDocTemplate(out, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=38*mm, bottomMargin=22*mm,
                      title='Deliberazione G.C. 58/2026', author='Comune di Quiliano', creator='Atti Amministrativi - stampa verbale')
doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(18*mm, 20*mm, 174*mm, 241*mm, id='f')], onPage=furniture)])
S = []
box = Table([[Paragraph('<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE</b>', ParagraphStyle('x', parent=body, alignment=TA_CENTER, fontSize=11, leading=14)),
              Paragraph('COPIA', ParagraphStyle('y', parent=bold, alignment=TA_CENTER, fontSize=12))],
             [Paragraph('N. <b>58</b> del <b>14/04/2026</b>', ParagraphStyle('z', parent=body, alignment=TA_CENTER, fontSize=11)), '']],
            colWidths=[120*mm, 54*mm])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black), ('INNERGRID', (0,0), (-1,-1), 0.5, colors.black),
                         ('SPAN', (1,0), (1,1)), ('VALIGN', (0,0), (-1,-1), 'MIDDLE')]))
S += [box, Spacer(1, 6)]
ogg = Table([[Paragraph('<b>OGGETTO:</b>', body), Paragraph('<b>APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI CONTENIMENTO IN VIA VALLEGGIA – CUP D47H25001230004.</b>', body)]],
            colWidths=[24*mm, 150*mm])
ogg.setStyle(TableStyle([('VALIGN', (0,0), (-1,-1), 'TOP'), ('LINEBELOW', (0,0), (-1,-1), 0.5, colors.black)]))
S += [ogg, Spacer(1, 6)]
S.append(Paragraph("L'anno <b>duemilaventisei</b>, addì <b>quattordici</b> del mese di <b>aprile</b> alle ore <b>17:30</b>, nella sala delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.", body))
S.append(Paragraph('All\'appello risultano:', body))
roll = [['N.', 'Cognome e Nome', 'Carica', 'Presente', 'Assente'],
        ['1', 'FERRANDO NICOLA', 'Sindaco', 'X', ''],
        ['2', 'BOZZANO LAURA', 'Vice Sindaco', 'X', ''],
        ['3', 'GAGGERO MARCO', 'Assessore', 'X', ''],
        ['4', 'PESCE ELENA', 'Assessore', '', 'X'],
        ['5', 'ROSSELLO DAVIDE', 'Assessore', 'X', ''],
        ['', '', 'Totale', '4', '1']]
t = Table(roll, colWidths=[10*mm, 62*mm, 42*mm, 25*mm, 25*mm])
t.setStyle(TableStyle([('FONT', (0,0), (-1,-1), 'LS', 9.5), ('FONT', (0,0), (-1,0), 'LSB', 9.5), ('FONT', (0,-1), (-1,-1), 'LSB', 9.5),
                       ('GRID', (0,0), (-1,-2), 0.5, colors.black), ('BOX', (2,-1), (-1,-1), 0.5, colors.black), ('INNERGRID', (2,-1), (-1,-1), 0.5, colors.black),
                       ('ALIGN', (3,0), (-1,-1), 'CENTER'), ('ALIGN', (0,0), (0,-1), 'CENTER'), ('BACKGROUND', (0,0), (-1,0), colors.HexColor('#e6e6e6'))]))
S += [t, Spacer(1, 6)]
S.append(Paragraph("Assiste il Segretario Comunale <b>Dott.ssa Maria Grazia Oddone</b>, il quale provvede alla redazione del presente verbale.", body))
S.append(Paragraph("Essendo legale il numero degli intervenuti, il <b>Dott. Nicola Ferrando</b>, nella sua qualità di <b>Sindaco</b>, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.", body))
S.append(Paragraph('LA GIUNTA COMUNALE', cen))
S.append(Paragraph("VISTA la proposta di deliberazione n. 71 del 09/04/2026 predisposta dal Settore Lavori Pubblici, di seguito riportata;", body))
S.append(Paragraph("PREMESSO che con deliberazione del Consiglio Comunale n. 12 del 27/02/2026 è stato approvato il Documento Unico di Programmazione 2026/2028 e il bilancio di previsione finanziario 2026/2028, nel cui programma triennale delle opere pubbliche è inserito l'intervento di messa in sicurezza del muro di contenimento di via Valleggia, per un importo complessivo di € 185.000,00;", body))
S.append(Paragraph("DATO ATTO che con deliberazione della Giunta Comunale n. 17 del 05/02/2026 è stato approvato il progetto di fattibilità tecnico-economica dell'intervento e che il progettista incaricato, Ing. Stefano Calcagno, ha trasmesso in data 30/03/2026 (prot. n. 4412) il progetto esecutivo, composto dagli elaborati elencati nel verbale di verifica;", body))
S.append(Paragraph("VISTO il verbale di verifica e validazione del progetto redatto dal Responsabile Unico del Progetto, Geom. Andrea Pizzorno, in data 07/04/2026, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;", body))
S.append(Paragraph("ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;", body))
S.append(Paragraph("Con voti unanimi favorevoli, espressi in forma palese;", body))
S.append(Paragraph('D E L I B E R A', cen))
pts = ["di approvare il progetto esecutivo dei lavori di messa in sicurezza del muro di contenimento in via Valleggia, redatto dall'Ing. Stefano Calcagno, che presenta il quadro economico complessivo di € 185.000,00, di cui € 138.600,00 per lavori a base d'asta, compresi € 4.200,00 per oneri della sicurezza non soggetti a ribasso, ed € 46.400,00 per somme a disposizione dell'Amministrazione;",
       "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, Capitolo 20815/3 del bilancio di previsione 2026/2028, esercizio 2026, finanziata con contributo regionale e per la quota residua con avanzo di amministrazione;",
       "di demandare al Responsabile del Settore Lavori Pubblici l'adozione degli atti necessari all'affidamento dei lavori nel rispetto del D.Lgs. 36/2023;",
       "di pubblicare il presente provvedimento nella sezione \"Amministrazione trasparente\" del sito istituzionale, sottosezione \"Opere pubbliche\"."]
for i, p in enumerate(pts, 1):
    S.append(Paragraph('%d.&nbsp;&nbsp;&nbsp;%s' % (i, p), pt))
S.append(Paragraph("Successivamente, con separata votazione unanime e favorevole, la Giunta Comunale DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare la procedura di affidamento prima della stagione autunnale.", body))
S.append(Spacer(1, 10))
sig = Table([['IL SINDACO', 'IL SEGRETARIO COMUNALE'], ['F.to Dott. Nicola Ferrando', 'F.to Dott.ssa Maria Grazia Oddone']], colWidths=[87*mm, 87*mm])
sig.setStyle(TableStyle([('FONT', (0,0), (-1,0), 'LSB', 10), ('FONT', (0,1), (-1,1), 'LS', 10), ('ALIGN', (0,0), (-1,-1), 'CENTER')]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph('<b>CERTIFICATO DI PUBBLICAZIONE</b>', ParagraphStyle('q', parent=body, alignment=TA_CENTER))],
             [Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune in data 16/04/2026 (reg. pubbl. n. 512) e vi rimarrà per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, ed è contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125.", body)],
             [Paragraph('Quiliano, 16/04/2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;IL SEGRETARIO COMUNALE - F.to Dott.ssa Maria Grazia Oddone', small)]],
            colWidths=[174*mm])
pub.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 0.8, colors.black)]))
S.append(KeepTogether([pub]))
S.append(Spacer(1, 8))
S.append(Paragraph("Copia conforme all'originale, in carta libera per uso amministrativo. Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate; l'originale è conservato negli archivi informatici del Comune di Quiliano.", small))
doc.build(S)
